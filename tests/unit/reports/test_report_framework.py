"""The report framework: real PDFs written from the demo database and read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.progress import Cancelled, CancelToken
from agenda_desktop.core.reports.build import build_report, validate_diarienummer, write_report
from agenda_desktop.core.reports.charts import Bar, ChartSeries, ChartTarget, bar_chart, line_chart
from agenda_desktop.core.reports.glossary import swedish_sort_key
from agenda_desktop.core.reports.registry import REPORT_KINDS, ReportContext, ReportKind
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.models.dialogue import GlossaryTerm

TODAY = date(2026, 3, 14)


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def long_content(context: ReportContext) -> list[Flowable]:
    s = context.styles
    story: list[Flowable] = []
    for goal in range(1, 9):
        story.append(s.heading(f"Mål {goal}: Hållbar utveckling i Årjäng och Övertorneå"))
        story.append(s.paragraph("Kommunen följer upp målet med nyckeltal. " * 30))
        story.append(s.heading("Nyckeltal", 2))
        story.append(
            s.figure(
                line_chart(
                    [ChartSeries("Exempelkommun", ((2019, 41.0), (2021, 44.5), (2023, 47.25)))],
                    target=ChartTarget(60.0, 2030, 2019, 41.0),
                    unit="procent",
                ),
                "Andel förnybar energi.",
            )
        )
        story.append(s.figure(bar_chart([Bar("Riket", (50.0, None))], ["K", "M"]), "Jämförelse."))
    return story


LONG = ReportKind("lang", "Hållbarhetsbokslut för Sápmi – Čáhcegáddi", "test", long_content)
SHORT = ReportKind("kort", "Kort rapport", "test", lambda c: [c.styles.paragraph("En sida.")])


def test_every_kind_builds_with_title_block_fonts_and_page_numbers(
    services: Services, tmp_path: Path
) -> None:
    for kind in REPORT_KINDS:
        out = tmp_path / f"{kind.key}.pdf"
        result = build_report(services, kind.key, out, diarienummer="KS 2026/42", today=TODAY)
        assert result.path == out and result.pages >= 2
        assert b"/FontFile2" in out.read_bytes()  # TrueType fonts embedded
        pages = text_of(out)
        assert len(pages) == result.pages
        first = pages[0]
        assert kind.title in first
        assert "Exempelkommun, kommunledningskontoret" in first
        assert "2026-03-14" in first and "KS 2026/42" in first
        assert f"Sida 1 av {result.pages}" in first
        assert f"Sida {result.pages} av {result.pages}" in pages[-1]
        assert "Mandatperioden 2023–2026" in first  # the latest cycle
        assert "Prioritera och sätt egna mål" in "".join(pages)
        assert PdfReader(out).metadata.title == kind.title


def test_swedish_letters_and_minority_language_names_print(
    services: Services, tmp_path: Path
) -> None:
    with services.database.unit_of_work() as session:
        session.add(GlossaryTerm(term="Ödemarksprov", explanation="Glest befolkat område."))
        session.add(GlossaryTerm(term="Återbruksbod", explanation="Svar på en synpunkt."))
        session.add(GlossaryTerm(term="Ärtsoppeträff", explanation="Fråga som behandlas."))
        session.add(GlossaryTerm(term="Zonplanering", explanation="Område."))
        session.add(GlossaryTerm(term="Čáhcegáddi", explanation="Nordsamiskt namn, ŋ đ ŧ ž."))
    out = tmp_path / "med-ordlista.pdf"
    build_report(services, "program", out, today=TODAY)
    text = "".join(text_of(out))
    assert "Bilaga: Ordlista" in text
    assert "ŋ đ ŧ ž" in text and "Čáhcegáddi" in text
    order = [
        text.index(term)
        for term in ("Čáhcegáddi", "Zonplanering", "Återbruksbod", "Ärtsoppeträff", "Ödemarksprov")
    ]
    assert order == sorted(order)

    without = tmp_path / "utan.pdf"
    build_report(services, "program", without, include_glossary=False, today=TODAY)
    assert "Ordlista" not in "".join(text_of(without))


def test_swedish_sort_order() -> None:
    words = ["ödla", "Zebra", "åska", "Äpple", "apa", "Émile", "Ångest", "ärlig"]
    assert sorted(words, key=swedish_sort_key) == [
        "apa",
        "Émile",
        "Zebra",
        "Ångest",
        "åska",
        "Äpple",
        "ärlig",
        "ödla",
    ]


def test_long_document_gets_a_table_of_contents(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "lang.pdf"
    result = write_report(services, LONG, out, diarienummer="KS 2026/7", today=TODAY)
    assert result.has_contents and result.pages >= 6
    pages = text_of(out)
    assert "Innehåll" in pages[1]
    assert "Mål 8: Hållbar utveckling i Årjäng och Övertorneå" in pages[1]
    assert "Čáhcegáddi" in pages[0]
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert outline[0].startswith("Mål 1")

    short = tmp_path / "kort.pdf"
    assert not write_report(services, SHORT, short, today=TODAY).has_contents
    assert ". . ." not in "".join(text_of(short))  # no dot leaders: no table of contents


def test_failing_builder_leaves_no_file_and_keeps_the_old_one(
    services: Services, tmp_path: Path
) -> None:
    def broken(_context: ReportContext) -> list[Flowable]:
        raise RuntimeError("trasig")

    out = tmp_path / "rapport.pdf"
    with pytest.raises(RuntimeError):
        write_report(services, ReportKind("x", "X", "x", broken), out)
    assert list(tmp_path.glob("*.pdf*")) == []

    out.write_bytes(b"den gamla filen")
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        write_report(services, LONG, out, cancel=cancel)
    assert out.read_bytes() == b"den gamla filen"
    assert [p.name for p in tmp_path.iterdir() if "rapport" in p.name] == ["rapport.pdf"]


def test_progress_is_reported(services: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build_report(services, "uppfoljning", tmp_path / "u.pdf", progress=lambda *a: seen.append(a))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]


def test_bad_input_is_refused(services: Services, fresh_database: object, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="nulagesanalys"):
        build_report(services, "okand", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        build_report(services, "program", tmp_path / "x.pdf", cycle_id=999)
    with pytest.raises(ValidationError, match="numret saknas"):
        build_report(services, "program", tmp_path / "x.pdf", diarienummer="KS 2026/")
    assert validate_diarienummer("  KS  2026/12 ") == "KS 2026/12"
    fresh = Services.for_database(fresh_database)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="styrcykel"):
        build_report(fresh, "program", tmp_path / "x.pdf")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("x", ".x"))] == []


def test_a_bar_charts_first_series_is_dark_on_top_as_its_legend_says() -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    from agenda_desktop.core.reports.charts import BAR_FILLS
    from agenda_desktop.core.reports.fonts import register_fonts

    register_fonts()
    drawing = bar_chart(
        [Bar("Mål 7", (40.0, 55.0)), Bar("Mål 13", (12.0, 20.0))],
        series_labels=("Exempelkommun", "Riket"),
    )
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalBarChart))
    # The series drawn last in a group is on top; it is the first series, in the darkest fill.
    on_top = len(chart.data) - 1
    assert list(chart.data[on_top]) == [12.0, 40.0]  # categories bottom-up
    assert chart.bars[on_top].fillColor == BAR_FILLS[0]
    assert chart.bars[0].fillColor == BAR_FILLS[1]
