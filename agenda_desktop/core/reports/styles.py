"""The look of every report: page geometry, paragraph styles and helpers for builders.

A report kind's builder gets a :class:`ReportStyles` as ``context.styles`` and writes its
content with its helpers, which take plain text (escaped here, so ``&`` and ``<`` print)::

    s = context.styles
    story = [
        s.heading("Mål och delmål"),           # level 1: in the table of contents
        s.paragraph("Kommunen har valt …"),
        s.table(["Mål", "Bedömning"], [["1 Ingen fattigdom", "Stor utmaning"]],
                widths=[0.6, 0.4]),
        s.facts([("Ansvarig", "Kommunstyrelsen")]),
    ]

Body text is DejaVu Serif 10 pt; headings, tables and charts DejaVu Sans. Colours are
dark greys and one dark blue, so that everything prints well in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from agenda_desktop.core.reports.fonts import SANS, SANS_BOLD, SERIF, register_fonts

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 28 * mm  # room for the running header
MARGIN_BOTTOM = 22 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")  # dark blue: near black on a black-and-white printer
RULE = colors.HexColor("#8c8c8c")
LIGHT_RULE = colors.HexColor("#c8c8c8")
HEADER_FILL = colors.HexColor("#ececec")

HEADING_STYLES = ("Rubrik1", "Rubrik2")  # the styles that go into the table of contents


def plain(text: str) -> str:
    """Escape text for a reportlab paragraph and keep its line breaks."""
    return escape(text).replace("\n", "<br/>")


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = (
        {}
        if "parent" in kwargs
        else {"fontName": SERIF, "fontSize": 10, "leading": 14, "textColor": INK}
    )
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class ReportStyles:
    """Paragraph styles and the helpers that builders use to write content."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    overline: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_number: ParagraphStyle
    header_cell: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    contents_heading: ParagraphStyle

    # --- helpers for builders ---

    def heading(self, text: str, level: int = 1) -> Flowable:
        """A heading; levels 1 and 2 are listed in the table of contents and as bookmarks.

        A level-1 heading near the bottom of a page moves to the next one.
        """
        style = {1: self.heading1, 2: self.heading2}.get(level, self.heading3)
        heading = Paragraph(plain(text), style)
        if level == 1:
            return KeepTogether([CondPageBreak(60 * mm), heading])
        return heading

    def paragraph(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Body text (plain text, escaped; line breaks are kept)."""
        return Paragraph(plain(text), style or self.body)

    def note(self, text: str) -> Paragraph:
        """A muted remark, e.g. “Uppgifter saknas”."""
        return Paragraph(plain(text), self.muted)

    def space(self, height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)

    def bullets(self, items: Sequence[str]) -> ListFlowable:
        """A bulleted list of plain-text items."""
        return ListFlowable(
            [ListItem(Paragraph(plain(item), self.body), leftIndent=12) for item in items],
            bulletType="bullet",
            bulletFontName=SANS,
            bulletFontSize=7,
            leftIndent=12,
            start="•",
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        widths: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
        bold_first_column: bool = False,
    ) -> Table:
        """A data table with a grey header row and light rules, repeated on each page.

        Args:
            header: the column headings.
            rows: the cells: plain text (wrapped and escaped) or ready flowables.
            widths: the columns' shares of the text width (summing to 1), or None for equal.
            numeric: the indexes of right-aligned (number) columns.
            bold_first_column: print the first column bold (a name or a term).
        """
        count = len(header)
        shares = list(widths) if widths else [1 / count] * count
        col_widths = [CONTENT_WIDTH * share for share in shares]

        def cell(value: str | Flowable, column: int) -> Flowable:
            if not isinstance(value, str):
                return value
            if column in numeric:
                return Paragraph(plain(value), self.cell_number)
            style = self.cell_bold if bold_first_column and column == 0 else self.cell
            return Paragraph(plain(value), style)

        data: list[list[Flowable]] = [[Paragraph(plain(text), self.header_cell) for text in header]]
        data += [[cell(value, i) for i, value in enumerate(row)] for row in rows]
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT_RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        table.setStyle(TableStyle(commands))
        return table

    def facts(self, pairs: Sequence[tuple[str, str]], label_share: float = 0.3) -> Table:
        """A two-column table of labels and values without a header, e.g. a document's data."""
        data = [
            [Paragraph(plain(label), self.cell_bold), Paragraph(plain(value), self.cell)]
            for label, value in pairs
        ]
        widths = [CONTENT_WIDTH * label_share, CONTENT_WIDTH * (1 - label_share)]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT_RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.4, LIGHT_RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def figure(self, drawing: Flowable, caption: str) -> KeepTogether:
        """A chart (see ``charts``) with its caption below, kept on one page."""
        return KeepTogether(
            [self.space(3), drawing, Paragraph(plain(caption), self.caption), self.space(3)]
        )


def make_styles() -> ReportStyles:
    """Build the styles (registers the fonts first)."""
    register_fonts()
    cell = _style("Cell", fontName=SANS, fontSize=8.5, leading=11)
    return ReportStyles(
        title=_style("Titel", fontName=SANS_BOLD, fontSize=26, leading=32, textColor=ACCENT),
        subtitle=_style("Undertitel", fontName=SANS, fontSize=13, leading=18, textColor=INK),
        overline=_style("Dokumenttyp", fontName=SANS, fontSize=9.5, leading=12, textColor=MUTED),
        heading1=_style(
            "Rubrik1",
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        heading2=_style(
            "Rubrik2",
            fontName=SANS_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        heading3=_style(
            "Rubrik3",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=_style("Brödtext", spaceAfter=6),
        small=_style("Liten", fontSize=8.5, leading=11.5),
        muted=_style("Dämpad", fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=6),
        caption=_style(
            "Figurtext", fontName=SANS, fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=2
        ),
        cell=cell,
        cell_bold=_style("CellFet", parent=cell, fontName=SANS_BOLD),
        cell_number=_style("CellTal", parent=cell, alignment=TA_RIGHT),
        header_cell=_style("Kolumnrubrik", parent=cell, fontName=SANS_BOLD, alignment=TA_LEFT),
        contents_heading=_style(
            "Innehållsrubrik", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT
        ),
        toc_levels=(
            _style("Innehåll1", fontName=SANS_BOLD, fontSize=10, leading=15, leftIndent=0),
            _style("Innehåll2", fontName=SANS, fontSize=9.5, leading=13, leftIndent=14),
        ),
    )
