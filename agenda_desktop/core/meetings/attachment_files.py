"""Read a file to store in the database as an attachment or a network document.

The size limit is enforced while reading (at most one byte past the limit is read, even
if the file grows after it was measured), the content is kept with its SHA-256, and the
name stored is the file's safe base name (file_names.py), never its path.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.file_names import safe_filename
from agenda_desktop.core.meetings import agenda_rules


@dataclass(frozen=True)
class StoredFile:
    filename: str
    media_type: str
    size: int
    sha256: str
    content: bytes


def read_stored_file(path: Path, field: str) -> StoredFile:
    """The file at ``path`` as it is stored.

    Raises:
        ValidationError (for ``field``): the file is missing, unreadable, nameless or
            larger than agenda_rules.MAX_ATTACHMENT_BYTES.
    """
    filename = safe_filename(path.name)
    if not path.is_file():
        raise ValidationError(field, f"filen ”{path}” finns inte.")
    try:
        agenda_rules.check_attachment(filename, path.stat().st_size)
        with path.open("rb") as handle:
            content = handle.read(agenda_rules.MAX_ATTACHMENT_BYTES + 1)
        agenda_rules.check_attachment(filename, len(content))
    except ValidationError as error:
        raise ValidationError(field, error.reason) from error
    except OSError as error:
        raise ValidationError(
            field, f"filen ”{filename}” kunde inte läsas ({error.strerror or error})."
        ) from error
    return StoredFile(
        filename=filename,
        media_type=agenda_rules.media_type(filename),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
    )
