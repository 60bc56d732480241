"""The report “Program för Agenda 2030” built from the demo database and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services

TODAY = date(2026, 3, 14)


def test_program_holds_goals_areas_indicators_and_relations(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "program.pdf"
    result = build_report(services, "program", out, diarienummer="KS 2024/17", today=TODAY)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    text = "\n".join(pages)
    flat = " ".join(text.split())

    assert "Program för Agenda 2030" in pages[0] and "KS 2024/17" in pages[0]
    assert f"Sida 1 av {result.pages}" in pages[0]
    assert result.has_contents and "Innehåll" in pages[1]
    # the prioritised goals with their names (Swedish letters) and rationale
    assert "Prioriterade mål" in flat
    for name in ("4 God utbildning för alla", "13 Bekämpa klimatförändringarna"):
        assert name in flat
    assert "16 Fredliga och inkluderande samhällen" in flat
    assert "Kompetensbristen i välfärden" in flat
    # each insatsområde with Hit vill vi / Det gör vi genom att
    for title in (
        "Insatsområde 1: Ett hållbart och inkluderande samhälle",
        "Insatsområde 2: Klimat och miljö",
        "Insatsområde 3: Barn och unga växer upp jämlikt",
        "Insatsområde 4: Hållbar tillväxt och arbete",
    ):
        assert title in flat
    assert flat.count("Hit vill vi") >= 4 and flat.count("Det gör vi genom att") >= 4
    assert "Målsättning 2.4" in flat and "2035" in flat and "6.3, 15.5" in flat
    assert "ta fram en klimatfärdplan för kommunkoncernen" in flat
    # indicators with baseline and target, and a chart per målsättning at most
    assert "71,8 (2022)" in flat and "80 (2030)" in flat
    assert "(N05831)" in flat and "kvinnor" in flat
    assert "Figur 1. Målsättning 1.1" in flat and "Figur 15." in flat
    assert "Figur 16." not in flat
    # synergies and conflicts, and the follow-up
    assert "Synergier och målkonflikter" in flat and "Målkonflikt" in flat
    assert "väg 44" in flat
    assert "Så följs programmet upp" in flat and "Årlig uppföljning 2024" in flat


def test_program_of_a_cycle_without_programme_says_so(services: Services, tmp_path: Path) -> None:
    earlier = next(c for c in services.cycle.cycles() if "2019" in c.name)
    out = tmp_path / "tidigare.pdf"
    build_report(services, "program", out, cycle_id=earlier.cycle_id, today=TODAY)
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Programmet har ännu inga insatsområden." in flat
    assert "Inga synergier eller målkonflikter har registrerats." in flat
