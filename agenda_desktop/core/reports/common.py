"""Content that several report kinds share: the document's background and the cycle's steps.

These need no step data, so every kind can start with them::

    def build(context: ReportContext) -> list[Flowable]:
        return [*about_section(context, PURPOSE), *cycle_section(context), …]
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from agenda_desktop.core.reports.build import cycle_label
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.registry import ReportContext

STEP_TITLES = {
    1: "Nulägesanalys",
    2: "Prioritera och sätt egna mål",
    3: "Handlingsplan och genomförande",
    4: "Kommunicera och involvera",
    5: "Följ upp och analysera",
}


def about_section(context: ReportContext, purpose: str) -> list[Flowable]:
    """“Om dokumentet”: what the document is for, and the municipality and cycle it covers."""
    s = context.styles
    profile = context.profile
    municipality = context.services.reference.municipality(profile.municipality_id)
    facts = [
        ("Kommun", f"{municipality.name} (kommunkod {municipality.id})"),
    ]
    if municipality.county_name:
        facts.append(("Län", municipality.county_name))
    if municipality.kommungrupp:
        group = municipality.kommungrupp
        if municipality.kommungrupp_title:
            group = f"{group}: {municipality.kommungrupp_title}"
        facts.append(("Kommungrupp", group))
    cycle = context.cycle
    facts += [
        ("Styrcykel", cycle_label(cycle)),
        ("Organisation", profile.organisation_name),
    ]
    return [
        s.heading("Om dokumentet"),
        s.paragraph(purpose),
        s.space(2),
        s.facts(facts),
    ]


def cycle_section(context: ReportContext) -> list[Flowable]:
    """“Arbetet i styrcykeln”: the five steps and the date each was completed."""
    s = context.styles
    rows = []
    for step in context.cycle.steps:
        if step.completed_on is not None:
            state = f"Klart {swedish_date(step.completed_on)}"
        elif step.is_current:
            state = "Pågår"
        else:
            state = "Ej påbörjat"
        rows.append([str(step.number), STEP_TITLES[step.number], state])
    return [
        s.heading("Arbetet i styrcykeln"),
        s.paragraph(
            "Kommunen styr arbetet med Agenda 2030 i fem steg som upprepas varje "
            "mandatperiod. Tabellen visar hur långt arbetet har kommit i styrcykeln "
            f"”{context.cycle.name}”."
        ),
        s.table(["Steg", "Innehåll", "Status"], rows, widths=[0.1, 0.6, 0.3]),
    ]


def content_pending(context: ReportContext, what: str) -> list[Flowable]:
    """A muted note that a part of the report is not yet filled in by the app."""
    return [context.styles.note(what)]
