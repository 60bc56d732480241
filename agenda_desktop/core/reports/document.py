"""The document template every report is printed with.

Page 1 is the title page (logo, organisation, document title, subtitle and a table of
the document's data: date, diarienummer …); a meeting's documents have none and start
with a body page. Every later page has a running header with
the logo, the organisation and the title, and every page a footer with the date, the
diarienummer and “Sida X av Y”. Headings of level 1 and 2 become PDF bookmarks and, when
asked for, a table of contents after the title page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from agenda_desktop import APP_NAME
from agenda_desktop.core.progress import CancelToken
from agenda_desktop.core.reports.fonts import SANS, SANS_BOLD
from agenda_desktop.core.reports.styles import (
    CONTENT_WIDTH,
    HEADING_STYLES,
    LIGHT_RULE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_SIZE,
    PAGE_WIDTH,
    RULE,
    ReportStyles,
    plain,
)

HEADER_LOGO_HEIGHT = 9 * mm
COVER_LOGO_HEIGHT = 24 * mm
FOOTER_Y = 12 * mm
WATERMARK = HexColor("#e4e4e4")  # drawn under the text, so it never hides a word


def swedish_date(day: date) -> str:
    """The date as Swedish documents write it: 2026-11-22."""
    return day.isoformat()


@dataclass(frozen=True)
class DocumentInfo:
    """What the title page, header and footer print."""

    title: str
    subtitle: str
    organisation: str
    municipality: str
    printed_on: date
    diarienummer: str = ""
    logo: bytes | None = None
    document_type: str = "Rapport"
    header_title: str = ""  # the running header's right side; "" for the title
    footer_note: str = ""  # a second footer line on every page (e.g. a fingerprint)
    watermark: str = ""  # light-grey text across every page (e.g. "EJ JUSTERAT")

    @property
    def footer_text(self) -> str:
        parts = [swedish_date(self.printed_on)]
        if self.diarienummer:
            parts.append(f"Dnr {self.diarienummer}")
        return " · ".join(parts)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end so that each can print “Sida X av Y”."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(SANS, 8)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y, f"Sida {number} av {total}")
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 with a title page and body pages; see the module's docstring."""

    def __init__(
        self,
        filename: str,
        info: DocumentInfo,
        styles: ReportStyles,
        cancel: CancelToken | None = None,
        cover: bool = True,
    ) -> None:
        """``cover``: the first page is the title page; False to start with a body page."""
        super().__init__(
            filename,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.organisation,
            subject=info.subtitle,
            creator=APP_NAME,
            lang="sv-SE",
        )
        self.info = info
        self._cancel = cancel
        self.styles = styles
        self._logo = ImageReader(BytesIO(info.logo)) if info.logo else None
        self._heading_count = 0
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - 20 * mm - MARGIN_BOTTOM,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover_frame], onPage=self._draw_footer),
                PageTemplate("body", [frame], onPage=self._draw_header_and_footer),
            ]
        )
        if not cover:
            self._firstPageTemplateIndex = 1

    # --- the story around the builder's content ---

    def title_page(self) -> list[Flowable]:
        """The flowables of the title page, ending with the switch to body pages."""
        s = self.styles
        info = self.info
        story: list[Flowable] = []
        if self._logo is not None:
            width, height = self._logo.getSize()
            logo = Image(
                BytesIO(info.logo or b""),
                width=COVER_LOGO_HEIGHT * width / height,
                height=COVER_LOGO_HEIGHT,
            )
            logo.hAlign = "LEFT"
            story.append(logo)
            story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(plain(info.organisation), s.subtitle))
        if info.municipality and info.municipality not in info.organisation:
            story.append(Paragraph(plain(info.municipality), s.muted))
        story.append(Spacer(1, 55 * mm))
        story.append(Paragraph(plain(info.document_type.upper()), s.overline))
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(plain(info.title), s.title))
        if info.subtitle:
            story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(plain(info.subtitle), s.subtitle))
        story.append(Spacer(1, 50 * mm))
        facts = [
            ("Dokument", info.title),
            *((("Avser", info.subtitle),) if info.subtitle else ()),
            ("Datum", swedish_date(info.printed_on)),
            ("Diarienummer", info.diarienummer or "–"),
            ("Upprättad av", info.organisation),
        ]
        story.append(s.facts(facts, label_share=0.25))
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())
        return story

    def contents(self) -> list[Flowable]:
        """A table of contents of the level 1 and 2 headings, on its own page(s)."""
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = list(self.styles.toc_levels)
        return [
            Paragraph("Innehåll", self.styles.contents_heading),
            Spacer(1, 4 * mm),
            toc,
            PageBreak(),
        ]

    # --- page decoration ---

    def _draw_footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(LIGHT_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, FOOTER_Y + 10, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y + 10)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, FOOTER_Y, self.info.footer_text)
        if self.info.footer_note:
            canvas.setFont(SANS, 7)
            note = _fit(canvas, self.info.footer_note, SANS, 7, CONTENT_WIDTH)
            canvas.drawString(MARGIN_LEFT, FOOTER_Y - 9, note)
        if self.info.watermark:
            canvas.setFont(SANS_BOLD, 64)
            canvas.setFillColor(WATERMARK)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -20, self.info.watermark)
        canvas.restoreState()

    def _draw_header_and_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas, doc)
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        x = MARGIN_LEFT
        if self._logo is not None:
            width, height = self._logo.getSize()
            logo_width = HEADER_LOGO_HEIGHT * width / height
            canvas.drawImage(
                self._logo,
                x,
                top - HEADER_LOGO_HEIGHT,
                width=logo_width,
                height=HEADER_LOGO_HEIGHT,
                mask="auto",
            )
            x += logo_width + 3 * mm
        middle = top - HEADER_LOGO_HEIGHT / 2 - 3
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, middle, _fit(canvas, self.info.organisation, SANS_BOLD, 8.5, 80 * mm))
        canvas.setFont(SANS, 8.5)
        title = _fit(canvas, self.info.header_title or self.info.title, SANS, 8.5, 70 * mm)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, middle, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = top - HEADER_LOGO_HEIGHT - 2.5 * mm
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
        canvas.restoreState()

    # --- headings: bookmarks and the table of contents ---

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancel is not None:
            self._cancel.check()
        if not isinstance(flowable, Paragraph):
            return
        name = flowable.style.name
        if name not in HEADING_STYLES:
            return
        level = HEADING_STYLES.index(name)
        text = flowable.getPlainText()
        self._heading_count += 1
        key = f"rubrik-{self._heading_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, plain(text), self.page, key))

    def handle_documentBegin(self) -> None:
        self._heading_count = 0
        super().handle_documentBegin()


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits in ``width`` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas() -> type[Canvas]:
    """The canvas class to pass to ``build``/``multiBuild`` as ``canvasmaker``."""
    return _NumberedCanvas
