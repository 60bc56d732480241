"""Inspect a zip-based spreadsheet (.xlsx, .ods) before any reader opens it.

A hostile file can make a reader use all memory or hang long before it fails: a zip bomb
(a small member that inflates to gigabytes), a member whose declared size lies, or XML
with entity declarations ("billion laughs"). This module refuses such a file from what
the zip says (number of members, declared sizes, compression ratios, member names), then
inflates every member itself in bounded pieces, stopping as soon as one gives more than
it declared, and lets ``defusedxml`` read the start of every XML part (which refuses a
DOCTYPE, an entity declaration or an external reference). Each refusal is a
:class:`ZipRefused` whose message says, in Swedish, what was wrong; the caller names the
file. The sheet contents are checked by ``sheet_extent.py`` on the same pieces.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Final

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

MAX_MEMBERS: Final = 10_000
MAX_UNPACKED_BYTES: Final = 2 << 30  # all members together, as declared and as inflated
MAX_MEMBER_BYTES: Final = 1536 << 20  # one member
RATIO_FROM_BYTES: Final = 8 << 20  # smaller members may compress as well as they like
MAX_RATIO: Final = 400  # sheet XML compresses some 10:1; zeros 1000:1
MAX_NAME_CHARS: Final = 1024
PIECE_BYTES: Final = 4 << 20  # inflated at a time
PROLOG_MAX_BYTES: Final = 1 << 20  # the root element must start within this
XML_SUFFIXES: Final = (".xml", ".rels", ".vml")
_LOCAL_HEADER: Final = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE: Final = b"PK\x03\x04"


class ZipRefused(Exception):
    """The zip is not one we let a reader open; the message says why, in Swedish."""


class _RootSeen(Exception):
    pass


class _Target:
    """An ElementTree target that stops the parse at the root element's start tag."""

    def start(self, _tag: str, _attributes: dict[str, str]) -> None:
        raise _RootSeen

    def close(self) -> None:
        return None


def check_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The archive's members, after checking what its directory declares."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ZipRefused(f"den innehåller {len(members)} delar; högst {MAX_MEMBERS} tillåts.")
    total = 0
    for info in members:
        _check_name(info.filename)
        if info.flag_bits & 0x1:
            raise ZipRefused("delar av den är krypterade.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ZipRefused(
                f"delen ”{info.filename[:80]}” är packad på ett sätt som kalkylprogram inte "
                "använder."
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise ZipRefused(_too_big(info.filename, info.file_size))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise ZipRefused(
                f"delen ”{info.filename[:80]}” packas upp {ratio:.0f} gånger större än den "
                f"är i filen (högst {MAX_RATIO} gånger): filen ser ut som en zip-bomb."
            )
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise ZipRefused(
            f"uppackad skulle den bli {_megabytes(total)} MB; högst "
            f"{_megabytes(MAX_UNPACKED_BYTES)} MB tillåts."
        )
    return members


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        len(name) > MAX_NAME_CHARS
        or name.startswith(("/", "\\"))
        or ".." in parts
        or any(ord(char) < 32 for char in name)
        or (len(name) > 1 and name[1] == ":")
    ):
        raise ZipRefused(f"den innehåller en del med ett otillåtet namn (”{name[:80]}”).")


def _too_big(name: str, size: int) -> str:
    return (
        f"delen ”{name[:80]}” är {_megabytes(size)} MB uppackad; högst "
        f"{_megabytes(MAX_MEMBER_BYTES)} MB tillåts."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):.0f}"


def inflated_pieces(handle: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes in pieces of at most PIECE_BYTES, inflated from its raw data
    here (not trusting the declared size): ZipRefused as soon as it gives more than it
    declared, or when it ends early or its checksum is wrong."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
        raise ZipRefused(f"delen ”{info.filename[:80]}” saknas eller är skadad.")
    *_fields, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    handle.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    remaining = info.compress_size
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type else None
    produced, checksum, pending = 0, 0, b""
    while remaining or pending:
        if not pending:
            raw = handle.read(min(PIECE_BYTES, remaining))
            if not raw:
                raise ZipRefused(f"delen ”{info.filename[:80]}” är avkortad.")
            remaining -= len(raw)
            pending = raw
        if inflater is None:
            piece, pending = pending, b""
        else:
            piece = inflater.decompress(pending, PIECE_BYTES)
            pending = inflater.unconsumed_tail
        produced += len(piece)
        if produced > info.file_size:
            raise ZipRefused(
                f"delen ”{info.filename[:80]}” ger mer data än den uppger "
                f"({info.file_size} byte): filen ser ut som en zip-bomb."
            )
        checksum = zlib.crc32(piece, checksum)
        if piece:
            yield piece
        if inflater is not None and inflater.eof:
            break
    if produced != info.file_size or checksum != info.CRC:
        raise ZipRefused(f"delen ”{info.filename[:80]}” är skadad eller avkortad.")


def is_xml_part(name: str) -> bool:
    return name.lower().endswith(XML_SUFFIXES)


def check_xml_prolog(name: str, pieces: Iterator[bytes]) -> Iterator[bytes]:
    """Pass the pieces on, after ``defusedxml`` has read the XML up to its root element:
    ZipRefused for a DOCTYPE, an entity declaration, an external reference or XML that
    cannot be read."""
    parser = DefusedXMLParser(target=_Target(), forbid_dtd=True)
    read = 0
    rooted = False
    for piece in pieces:
        if not rooted:
            rooted = _feed(parser, name, piece)
            read += len(piece)
            if not rooted and read > PROLOG_MAX_BYTES:
                raise ZipRefused(f"delen ”{name[:80]}” är inte XML som den borde vara.")
        yield piece
    if not rooted:
        raise ZipRefused(f"delen ”{name[:80]}” är tom eller inte XML som den borde vara.")


def _feed(parser: DefusedXMLParser, name: str, piece: bytes) -> bool:
    for start in range(0, len(piece), 64 << 10):  # stop soon after the root's start tag
        try:
            parser.feed(piece[start : start + (64 << 10)])
        except _RootSeen:
            return True
        except DefusedXmlException as error:
            raise ZipRefused(
                f"delen ”{name[:80]}” innehåller en DTD eller entitetsdeklaration "
                f"({type(error).__name__}), som kalkylprogram aldrig skriver; den kan få en "
                "läsare att fylla minnet."
            ) from error
        except ParseError as error:
            raise ZipRefused(f"delen ”{name[:80]}” är inte giltig XML ({error}).") from error
    return False


def inspect_zip(
    path: Path, check_part: Callable[[str, Iterator[bytes]], None], first: str = ""
) -> None:
    """Check the zip at ``path`` and every member's bytes; ``check_part`` gets each
    member's name and pieces to check its content, the member named ``first`` first."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted(check_members(archive), key=lambda info: info.filename != first)
            with path.open("rb") as handle:
                for info in members:
                    if info.is_dir():
                        continue
                    pieces = inflated_pieces(handle, info)
                    if is_xml_part(info.filename):
                        pieces = check_xml_prolog(info.filename, pieces)
                    check_part(info.filename, pieces)
                    for _rest in pieces:  # the whole member is checked, whatever check_part read
                        pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError) as error:
        raise ZipRefused(f"den är inte en hel zip-fil ({error}).") from error
