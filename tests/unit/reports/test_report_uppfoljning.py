"""The report “Uppföljningsrapport” built from the demo database and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services

TODAY = date(2026, 3, 14)


def _read(path: Path) -> tuple[list[str], str]:
    pages = [page.extract_text() for page in PdfReader(path).pages]
    flat = " ".join("\n".join(pages).replace("\xa0", " ").split())
    return pages, flat


def test_uppfoljning_holds_status_outcomes_actions_and_maturity(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "uppfoljning.pdf"
    result = build_report(services, "uppfoljning", out, diarienummer="KS 2026/7", today=TODAY)
    pages, flat = _read(out)

    assert "Uppföljningsrapport" in pages[0] and "KS 2026/7" in pages[0]
    assert f"Sida 1 av {result.pages}" in pages[0]
    # the latest yearly follow-up and the summary of statuses
    assert "Årlig uppföljning 2025" in flat
    assert (
        "Av 15 målsättningar är 3 uppnådda eller på väg, 6 har status risk och 6 är inte på väg"
        in flat
    )
    assert (
        "Av 22 nyckeltal är 6 uppnådda eller på väg, 10 har status risk och 6 är inte på väg"
        in flat
    )
    assert "Kan inte bedömas" in flat
    # the rule, and the focus areas and målsättningar with Swedish letters
    assert "Så bedöms statusen" in flat and "rak linje från utgångsläget" in flat
    assert "Insatsområde 1: Ett hållbart och inkluderande samhälle" in flat
    assert "Insatsområde 4: Hållbar tillväxt och arbete" in flat
    assert "Målsättning 2.4" in flat and "Klimat och miljö" in flat
    # an outcome against baseline and target, with its status, and a chart per målsättning
    assert "71,8 (2022) 80 (2030) 70,6 (2024)" in flat
    assert "Inte på väg" in flat and "På väg" in flat and "Risk" in flat
    assert "Figur 1. Målsättning 1.1" in flat and "Målvärde 2030: 80" in flat
    assert "Figur 16." not in flat  # at most one chart per målsättning
    # the officers' comments, the actions and the overdue ones
    assert "Kommentar: Fler nyanlända är i arbete eller studier" in flat
    assert "Handlingsplanen omfattar 24 åtgärder. Av dem är 8 klara och 9 pågår" in flat
    assert "Åtgärder som passerat slutdatum" in flat
    # the analysis texts, maturity checklist and publication
    assert "Vad har hänt och varför" in flat and "återbruksparken" in flat
    assert "Vad behöver ändras" in flat and "Lyft fiberns sista etapp" in flat
    assert "Bedömd mognadsnivå Hög" in flat and "Uppfyllda kriterier 6 av 6" in flat
    assert "Det finns en aktuell nulägesanalys. Ja" in flat
    assert "Uppföljningen har ännu inte publicerats för invånarna." in flat


def test_uppfoljning_without_follow_up_says_so(services: Services, tmp_path: Path) -> None:
    earlier = next(c for c in services.cycle.cycles() if "2019" in c.name)
    out = tmp_path / "tom.pdf"
    build_report(services, "uppfoljning", out, cycle_id=earlier.cycle_id, today=TODAY)
    _, flat = _read(out)
    assert "Styrcykeln har ännu ingen uppföljning." in flat
