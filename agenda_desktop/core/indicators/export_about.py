"""The "Om filen" sheet of an export: what the file holds and how to edit and import it."""

from __future__ import annotations

from datetime import datetime

from agenda_desktop.core.indicators import template as t


def about_rows(
    municipality: str,
    exported_at: datetime,
    values: int,
    missing: int,
    indicators: int,
    areas: int,
    periods: tuple[int, int] | None,
) -> list[tuple[str, str]]:
    """(label, text) rows, in Swedish, for the person who opens the file."""
    years = f"åren {periods[0]}–{periods[1]}" if periods else "inga år"
    marks = ", ".join(
        f"{mark} ({t.MISSING_LABELS[reason].lower()})"
        for mark, reason in t.KOLADA_MISSING_MARKS.items()
    )
    return [
        ("Agenda Desktop", "Nyckeltal exporterade ur Agenda Desktop."),
        ("Kommun", municipality or "(ingen kommun vald i Agenda Desktop)"),
        ("Exporterad", exported_at.strftime("%Y-%m-%d %H:%M")),
        (
            "Innehåll",
            f"{values} värden ({missing} saknade) för {indicators} nyckeltal och "
            f"{areas} kommuner eller områden, {years}.",
        ),
        (
            "Blad",
            f"”{t.VALUES_SHEET}”: ett värde per rad. ”{t.KPI_SHEET}”: vad nyckeltalen mäter, "
            "deras enhet och källa. ”Om filen”: det här bladet.",
        ),
        (
            "Källa",
            f"Koladas nyckeltal: {t.KOLADA_SOURCE}. Lokala nyckeltal är kommunens egna "
            f"uppgifter; källan står på bladet ”{t.KPI_SHEET}”.",
        ),
        (
            "Så redigerar du",
            f"Ändra bara kolumnerna {t.COL_VALUE}, {t.COL_MISSING}, {t.COL_COUNT} och "
            f"{t.COL_STATUS}. Låt {t.COL_KPI_ID}, {t.COL_MUNICIPALITY_ID}, {t.COL_PERIOD} och "
            f"{t.COL_GENDER} vara: de talar om vilket värde raden gäller. Nya rader (ett nytt år, "
            "en ny kommun) går bra att lägga till.",
        ),
        (
            "Saknade värden",
            f"Ett saknat värde står som {marks} eller som en tom cell, med orsaken i "
            f"{t.COL_MISSING}. Skriver du in ett tal i {t.COL_VALUE}, töm {t.COL_MISSING}. "
            "Ett saknat värde blir aldrig 0.",
        ),
        (
            "Importera igen",
            "Nyckeltal → Importera i Agenda Desktop. Bara de värden du har ändrat uppdateras; "
            "det gamla värdet sparas i historiken. Samma fil två gånger ändrar ingenting.",
        ),
    ]
