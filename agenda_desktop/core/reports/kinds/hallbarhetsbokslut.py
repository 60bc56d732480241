"""Hållbarhetsbokslut (step 5, once per term of office): the deeper sustainability report.

What the report must hold (to be written on ``FollowUpService``, ``AnalysisService``,
``ProgrammeService`` and ``IndicatorService``):

* a summary for the council: where the municipality stands after the term of office;
* for each prioritised goal: a chart of each indicator over the years against its target
  (``charts.line_chart`` with ``ChartTarget``: target dashed, baseline→target dotted)
  and against riket and the kommungrupp (``charts.bar_chart``), with the analysis;
* the actions carried out and their effect; success factors to spread;
* what moved since the nulägesanalys and what the next cycle should change.

For now it holds what needs no step data: the document's background and the cycle.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.registry import ReportContext

PURPOSE = (
    "Hållbarhetsbokslutet är den fördjupade redovisningen av kommunens arbete med "
    "Agenda 2030 under mandatperioden: hur nyckeltalen har utvecklats mot målen, vad "
    "åtgärderna har gett och vad nästa styrcykel behöver ta vid av."
)


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Hållbarhetsbokslut after the title page."""
    return [*about_section(context, PURPOSE), *cycle_section(context)]
