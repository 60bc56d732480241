"""The Windows version resource of agenda-desktop.exe, made from the project's version.

Used by ``packaging/agenda_desktop.spec``; Explorer shows these fields under
Properties > Details, and installers and antivirus products read them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

# Swedish (0x041D) with the Unicode code page (1200 = 0x04B0).
LANGUAGE = 0x041D
CODE_PAGE = 1200


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Turn a version such as ``1.2.0`` or ``1.3.0rc1`` into the four numbers Windows wants.

    Args:
        version: The project's version (PEP 440).

    Returns:
        ``(major, minor, micro, 0)``; a pre-release keeps the numbers of its release.
    """
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*numbers, 0, 0, 0][:3]
    return padded[0], padded[1], padded[2], 0


def windows_version_info(
    *, version: str, product_name: str, description: str, executable: str
) -> Any:
    """Build the version resource (PyInstaller's module for it needs pefile: Windows only).

    Args:
        version: The project's version, e.g. ``0.1.0``.
        product_name: The product's name as the user sees it (``Agenda Desktop``).
        description: One line that says what the program is.
        executable: The file name of the program, e.g. ``agenda-desktop.exe``.

    Returns:
        A ``VSVersionInfo`` structure, which PyInstaller's ``EXE(version=...)`` accepts.
    """
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = numeric_version(version)
    dotted = ".".join(str(number) for number in numbers)
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers,
            prodvers=numbers,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,  # VOS_NT_WINDOWS32
            fileType=0x1,  # VFT_APP
            subtype=0x0,
            date=(0, 0),
        ),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        f"{LANGUAGE:04X}{CODE_PAGE:04X}",
                        [
                            StringStruct("CompanyName", product_name),
                            StringStruct("FileDescription", description),
                            StringStruct("FileVersion", dotted),
                            StringStruct("InternalName", executable.removesuffix(".exe")),
                            StringStruct(
                                "LegalCopyright",
                                f"© {date.today().year} {product_name}, GPL-3.0-or-later",
                            ),
                            StringStruct("OriginalFilename", executable),
                            StringStruct("ProductName", product_name),
                            StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [LANGUAGE, CODE_PAGE])]),
        ],
    )
