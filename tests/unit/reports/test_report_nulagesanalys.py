"""The report ”Nulägesanalys” built from the demo database and read back with pypdf."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services

TODAY = date(2026, 3, 14)


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """The text with line breaks and repeated spaces as single spaces (wrapped cells)."""
    return re.sub(r"\s+", " ", text)


def test_nulagesanalys_holds_overview_goals_evidence_and_comparison(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "nulägesanalys.pdf"
    result = build_report(services, "nulagesanalys", out, diarienummer="KS 2026/7", today=TODAY)
    pages = text_of(out)
    whole = flat(" ".join(pages))

    assert "Nulägesanalys" in pages[0]
    assert f"Sida 1 av {result.pages}" in pages[0]
    assert f"Sida {result.pages} av {result.pages}" in pages[-1]
    assert result.has_contents  # long enough for a table of contents

    for heading in (
        "Så har analysen gjorts",
        "Sammanfattning",
        "Översikt över de 17 målen",
        "De största utmaningarna",
        "Mål som kommunen borde arbeta med",
        "Jämförelse med förra nulägesanalysen",
    ):
        assert heading in whole, heading
    assert "Kolada" in whole and "dialog med invånare, medarbetare och politiker" in whole

    # The goals' Swedish names (resources/reference/sdg_goals.csv), each with its section.
    for number, name in (
        (7, "Hållbar energi för alla"),
        (13, "Bekämpa klimatförändringarna"),
        (15, "Ekosystem och biologisk mångfald"),
    ):
        assert f"Mål {number}. {name}" in whole
    # The assessment and trend words of the demo.
    for word in ("Betydande utmaning", "Vissa utmaningar", "Förbättras", "Försämras"):
        assert word in whole, word
    assert "Delad rådighet" in whole and "Kräver samverkan" in whole
    assert "Av dem bedöms 9 som betydande utmaning och 8 som vissa utmaningar" in whole

    # Goal 13: the partners, a role, the delmål, the indicator and a quote from the dialogue.
    assert "Klimat 2030 – Västra Götaland ställer om" in whole
    assert "13.2 Integrera klimatåtgärder i politik och planering" in whole
    assert "Utsläpp till luft av växthusgaser totalt" in whole
    assert "3,48" in whole and "4,09" in whole  # the demo's 2024 value and Riket's
    assert "Bussen till centralorten går bara tre gånger om dagen" in whole
    assert "Landsbygdskommun, ej nära större stad" in whole

    # The comparison with the analysis of 2019–2022: goal 13 went from stor to betydande.
    comparison = whole[whole.rindex("Jämförelse med förra nulägesanalysen") :]
    assert "Mandatperioden 2019–2022" in comparison
    assert "Stor utmaning" in comparison and "Nyligen bedömd" in comparison


def test_nulagesanalys_of_the_first_cycle_has_no_comparison(
    services: Services, tmp_path: Path
) -> None:
    earliest = min(services.cycle.cycles(), key=lambda cycle: cycle.start_year)
    out = tmp_path / "tidigare.pdf"
    build_report(services, "nulagesanalys", out, cycle_id=earliest.cycle_id, today=TODAY)
    whole = flat(" ".join(text_of(out)))
    assert "Mandatperioden 2019–2022" in whole
    assert "Mål 13. Bekämpa klimatförändringarna" in whole and "Stor utmaning" in whole
    assert "Jämförelse med förra nulägesanalysen" not in whole
    assert "även de från åren efter styrcykeln (till och med 2024)" in whole
    assert "Inga synpunkter från dialogen är kopplade till målet." in whole
