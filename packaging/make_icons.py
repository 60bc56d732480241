"""Render the project's drawings into the bitmaps that the app and the installers need.

    python packaging/make_icons.py            write the files below
    python packaging/make_icons.py --check    fail when a committed file is out of date

Sources (SVG, drawn for this project) and what is made from them:

    resources/icons/agenda-desktop.svg   -> resources/icons/agenda-desktop.png (512 px)
                                            packaging/icons/agenda-desktop.ico (16-256 px)
                                            packaging/icons/agenda-desktop.icns (128-1024 px)
    packaging/icons/exempelkommun-logotyp.svg
                                         -> resources/demo/exempelkommun-logotyp.png (256 px)

The generated files are committed, so a build needs no drawing step. Only PySide6 is used:
QtSvg renders, QtGui encodes PNG, and the ICO and ICNS containers are written here, because
both are no more than a small directory of PNG images.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_SVG = ROOT / "resources" / "icons" / "agenda-desktop.svg"
APP_PNG = ROOT / "resources" / "icons" / "agenda-desktop.png"
APP_ICO = ROOT / "packaging" / "icons" / "agenda-desktop.ico"
APP_ICNS = ROOT / "packaging" / "icons" / "agenda-desktop.icns"
LOGO_SVG = ROOT / "packaging" / "icons" / "exempelkommun-logotyp.svg"
LOGO_PNG = ROOT / "resources" / "demo" / "exempelkommun-logotyp.png"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data: 128, 256, 512 and 1024 (512 at 2x) pixels.
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(svg: Path, size: int) -> bytes:
    """Render an SVG file into a square PNG image with a transparent background.

    Args:
        svg: The drawing.
        size: Width and height in pixels.

    Returns:
        The PNG file's bytes.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Kept on the module so that the application outlives every call.
        render_png.application = QGuiApplication(  # type: ignore[attr-defined]
            ["make_icons", "-platform", "offscreen"]
        )
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: ingen giltig SVG-fil")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise SystemExit(f"{svg}: PNG-bilden kunde inte skrivas: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_container(images: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows .ico file (PNG entries: Windows Vista and later).

    Args:
        images: PNG bytes by size in pixels (at most 256).

    Returns:
        The .ico file's bytes: ICONDIR, one ICONDIRENTRY per image, then the images.
    """
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries = b""
    for size in sizes:
        data = images[size]
        # Width and height are one byte each; 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images[size] for size in sizes)


def icns_container(elements: list[tuple[bytes, bytes]]) -> bytes:
    """Pack PNG images into a macOS .icns file.

    Args:
        elements: ``(type, png)`` pairs, e.g. ``(b"ic08", <256 px PNG>)``.

    Returns:
        The .icns file's bytes: magic and total length, then type, length and data of each
        element (lengths are big-endian and include the 8-byte headers).
    """
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generated_files() -> dict[Path, bytes]:
    """Render every generated file in memory.

    Returns:
        The bytes of each generated file by its path.
    """
    renders: dict[int, bytes] = {}

    def app_icon(size: int) -> bytes:
        if size not in renders:
            renders[size] = render_png(APP_SVG, size)
        return renders[size]

    return {
        APP_PNG: app_icon(512),
        APP_ICO: ico_container({size: app_icon(size) for size in ICO_SIZES}),
        APP_ICNS: icns_container([(kind, app_icon(size)) for kind, size in ICNS_TYPES]),
        LOGO_PNG: render_png(LOGO_SVG, 256),
    }


def main(argv: list[str] | None = None) -> int:
    """Write the generated files, or with ``--check`` compare them with the committed ones.

    Args:
        argv: Command line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0, or 1 when ``--check`` finds an out-of-date file.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    arguments = parser.parse_args(argv)
    stale = []
    for path, data in generated_files().items():
        relative = path.relative_to(ROOT).as_posix()
        if arguments.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        sys.stdout.write(f"{relative}: {len(data):,} byte\n".replace(",", " "))
    for relative in stale:
        sys.stderr.write(f"{relative} är inaktuell: kör python packaging/make_icons.py\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
