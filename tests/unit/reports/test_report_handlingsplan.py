"""The report “Handlingsplan” built from the demo database and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services

TODAY = date(2026, 3, 14)


def test_handlingsplan_holds_summary_overview_and_every_action(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "handlingsplan.pdf"
    result = build_report(services, "handlingsplan", out, diarienummer="KS 2024/18", today=TODAY)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    flat = " ".join("\n".join(pages).replace("\xa0", " ").split())

    assert "Handlingsplan" in pages[0] and "KS 2024/18" in pages[0]
    assert f"Sida 1 av {result.pages}" in pages[0]
    # introduction and summary: counts, overdue, total cost, per förvaltning
    assert "Inledning" in flat and "ordnade efter insatsområde" in flat
    assert "omfattar 24 åtgärder" in flat and "50 450 000 kr" in flat
    assert "Sammanlagt 4 är försenade, varav 2 har passerat sitt slutdatum" in flat
    assert "Exempelkommuns Energi AB" in flat and "Socialförvaltningen" in flat
    # the list for the steering group and the overview table
    assert "Att uppmärksamma för styrgruppen" in flat
    assert "Översikt över åtgärderna" in flat and "Tkr" in flat
    # the actions under their focus area and målsättning, with all their data
    assert "Insatsområde 1: Ett hållbart och inkluderande samhälle" in flat
    assert "Insatsområde 4: Hållbar tillväxt och arbete" in flat
    assert "Målsättning 2.4" in flat
    assert "Trygghetsvandringar och bättre belysning i Södra Stationsområdet" in flat
    assert "Oskar Nyberg" in flat and "2024-03-01 – 2025-10-31" in flat
    assert "Försenad Slutdatum passerat" in flat
    assert "Kräver samverkan" in flat and "Vattenrådet för Exempelån" in flat
    assert "12 500 000 kr" in flat
    assert "13 Bekämpa klimatförändringarna" in flat
    assert "Genomförande i ordinarie planering" in flat
    # every action is described once, numbered 1 … 24
    assert "1. Modell för medborgardialog" in flat and "24. Planprogram för Västra Ängen" in flat


def test_handlingsplan_without_actions_says_so(services: Services, tmp_path: Path) -> None:
    earlier = next(c for c in services.cycle.cycles() if "2019" in c.name)
    out = tmp_path / "tom.pdf"
    build_report(services, "handlingsplan", out, cycle_id=earlier.cycle_id, today=TODAY)
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Handlingsplanen har ännu inga åtgärder." in flat
