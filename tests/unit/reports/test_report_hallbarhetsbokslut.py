"""The report “Hållbarhetsbokslut” built from the demo database and read back."""

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


def test_hallbarhetsbokslut_holds_the_whole_term(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "bokslut.pdf"
    result = build_report(services, "hallbarhetsbokslut", out, today=TODAY)
    pages, flat = _read(out)

    assert "Hållbarhetsbokslut" in pages[0]
    assert f"Sida 1 av {result.pages}" in pages[0]
    # the summary at the end of the term, from both follow-ups
    assert "Årlig uppföljning 2024, Årlig uppföljning 2025" in flat
    assert (
        "Av 15 målsättningar är 3 uppnådda eller på väg, 6 har status risk och 6 är inte på väg"
        in flat
    )
    assert "Mellan (2024) → Hög (2025)" in flat
    # the start: the 17 goals as assessed in the nulägesanalys
    assert "Utgångsläget: nulägesanalysen" in flat
    assert "1 Ingen fattigdom" in flat and "17 Genomförande och globalt partnerskap" in flat
    assert "13 Bekämpa klimatförändringarna Betydande utmaning Förbättras" in flat
    # every indicator over the term against its target, per focus area
    assert "Insatsområde 3: Barn och unga växer upp jämlikt" in flat
    assert "3,71 (2022) 3 (2030) 3,48 (2024)" in flat
    assert "Figur 22. Målsättning 4.4" in flat
    # dialogues, actions carried out, maturity and conclusions
    assert "5 dialogaktiviteter med sammanlagt 1005 deltagare" in flat
    assert "21 synpunkter, varav 12 har fått återkoppling" in flat
    assert "Av handlingsplanens 24 åtgärder är 8 genomförda och 16 inte genomförda" in flat
    assert "Åtgärder som är klara" in flat and "Återbruksparken vid återvinningscentralen" in flat
    assert "Mognadsutveckling" in flat
    assert "Slutsatser inför nästa nulägesanalys" in flat
    assert "Från årlig uppföljning 2024" in flat and "Sätt in demokratiambassadörer" in flat
    assert "Målsättningar att pröva särskilt" in flat


def test_hallbarhetsbokslut_without_follow_up_says_so(services: Services, tmp_path: Path) -> None:
    earlier = next(c for c in services.cycle.cycles() if "2019" in c.name)
    out = tmp_path / "tom.pdf"
    build_report(services, "hallbarhetsbokslut", out, cycle_id=earlier.cycle_id, today=TODAY)
    _, flat = _read(out)
    assert "Styrcykeln har ännu ingen uppföljning." in flat
