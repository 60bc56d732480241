"""The TrueType fonts of the printed reports, shipped in ``resources/fonts`` and embedded.

The PDF standard fonts cover neither the Sámi letters (á č đ ŋ š ŧ ž) nor, reliably,
å ä ö in every viewer, so every report embeds DejaVu Serif (body text) and DejaVu Sans
(headings, tables, charts, header and footer). ``register_fonts`` runs once per process.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agenda_desktop.core.resources import resource_path

SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"

# font name -> file in resources/fonts
FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the report fonts with reportlab (once; safe from any thread).

    ``<b>`` and ``<i>`` in paragraphs map to the bold and italic files; bold italic,
    which is not shipped, prints bold.

    Raises:
        FileNotFoundError: a font file is missing from the installation.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        for family, bold, italic in (
            (SERIF, SERIF_BOLD, SERIF_ITALIC),
            (SANS, SANS_BOLD, SANS_ITALIC),
        ):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        _registered = True
