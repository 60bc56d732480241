"""Safe file names for files that come from outside: attachments and network documents.

A stored name is shown in lists and used again when the file is written to disk (to open
it, or as the suggestion in "Spara som"), on Windows, macOS and Linux. So it is the base
name only (no folders, no ``..``), without control characters or characters Windows
forbids, not a reserved device name (CON, NUL, COM1, …), and short enough for any file
system; what cannot be kept becomes ``_``.
"""

from __future__ import annotations

import re
from typing import Final

MAX_NAME_BYTES: Final = 200  # UTF-8 bytes; file systems allow 255
MAX_SUFFIX_CHARS: Final = 16
_FORBIDDEN: Final = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_RESERVED: Final = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$")


def safe_filename(name: str, fallback: str = "fil") -> str:
    """The base name of ``name``, safe to store and to write on any system.

    >>> safe_filename("../../etc/passwd"), safe_filename("CON.txt"), safe_filename("..")
    ('passwd', '_CON.txt', 'fil')
    """
    base = re.split(r"[/\\]", name)[-1]
    cleaned = _FORBIDDEN.sub("_", base).strip().rstrip(". ")
    if not cleaned.strip("._ "):
        cleaned = fallback
    stem = cleaned.split(".", 1)[0].rstrip(" ")
    if _RESERVED.match(stem.lower()):
        cleaned = f"_{cleaned}"
    return _shortened(cleaned)


def _shortened(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    dot = name.rfind(".")
    suffix = name[dot:] if dot > 0 and len(name) - dot <= MAX_SUFFIX_CHARS else ""
    stem = name[: len(name) - len(suffix)]
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    stem = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(". ")
    return f"{stem or '_'}{suffix}"
