"""Uppföljningsrapport (step 5, yearly): outcomes against targets and the actions' status.

What the report must hold (to be written on ``FollowUpService``, ``ActionPlanService``
and ``IndicatorService``):

* a summary for the årsredovisning: how many goals are on track, at risk or off track;
* for each local goal: its indicators' latest outcome against baseline and target
  (a table, and ``charts.line_chart`` with ``ChartTarget``), the trend, and comparisons
  with riket and similar municipalities (``charts.bar_chart``), women and men where split;
* the status of the actions (done, ongoing, late) and what moved and why;
* what the officers propose to change, and the återkoppling from dialogues.

For now it holds what needs no step data: the document's background and the cycle.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.registry import ReportContext

PURPOSE = (
    "Uppföljningsrapporten redovisar hur kommunen ligger till mot sina mål för Agenda 2030: "
    "nyckeltalens utfall jämfört med målvärdena, hur åtgärderna går och vad som behöver "
    "ändras. Den är en del av den ordinarie uppföljningen i årsredovisningen."
)


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Uppföljningsrapport after the title page."""
    return [*about_section(context, PURPOSE), *cycle_section(context)]
