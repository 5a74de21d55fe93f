"""Text files for upload: which encoding a CSV (or GeoJSON) was saved in, and the same text as UTF-8.

The rule, simple on purpose and applied to the whole file:

1. a byte-order mark decides: UTF-8 (the mark is dropped), or UTF-16 (Excel's "Unicode text");
2. bytes with NUL in them are refused (UTF-16 without its mark, or not text at all);
3. bytes that are valid UTF-8 are UTF-8 (pure ASCII included);
4. otherwise Windows-1252, when every byte is defined there: Excel's "CSV" on Western-European Windows, and a
   superset of Latin-1 (ISO-8859-1) for every printable character;
5. anything else is refused, with a message saying to save the file as "CSV UTF-8".

A Latin-1 or Windows-1252 file never decodes as UTF-8 by accident unless it has no accented letter at all
(then both readings agree), so the order cannot mangle a name.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO, Optional, Union

from .errors import ConfigurationError

ASCII = "ascii"
UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16 = "utf-16"
CP1252 = "cp1252"
CHUNK = 1 << 20
SAVE_AS = 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8; LibreOffice: character set Unicode (UTF-8))'


class EncodingRefused(ConfigurationError):
    """The bytes are neither UTF-8 nor Windows-1252 text; the message says how to save the file."""


def _offset_text(offset: int, byte: int) -> str:
    return f"byte 0x{byte:02X} at offset {offset:,}"


def detect_encoding(source: Union[bytes, BinaryIO], name: str = "the file") -> str:
    """The Python codec the text of ``source`` (bytes or a binary file object, read once) is in.

    Returns ``ascii`` (no byte over 127: every reading agrees), ``utf-8-sig``, ``utf-16``, ``utf-8`` or
    ``cp1252``; raises :class:`EncodingRefused` otherwise.
    Reads in 1 MiB chunks: a large file never sits in memory whole.
    """
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    head = stream.read(4)
    if head.startswith(codecs.BOM_UTF8):
        codec = UTF8_BOM
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = UTF16
    else:
        codec = ""
    utf8 = codecs.getincrementaldecoder(codec or UTF8)()
    cp1252 = codecs.getincrementaldecoder(CP1252)()
    utf8_ok, cp_error, offset, nul, ascii_only = True, None, 0, None, True
    chunk = head
    while chunk:
        ascii_only = ascii_only and chunk.isascii()
        if utf8_ok:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                utf8_ok = False
        if codec != UTF16:
            if nul is None and b"\x00" in chunk:
                nul = offset + chunk.index(b"\x00")
            if cp_error is None:
                try:
                    cp1252.decode(chunk)
                except UnicodeDecodeError as exc:
                    cp_error = (offset + exc.start, chunk[exc.start])
        offset += len(chunk)
        if nul is not None or (not utf8_ok and cp_error is not None):
            break
        chunk = stream.read(CHUNK)
    if utf8_ok:
        try:
            utf8.decode(b"", final=True)  # a character cut at the very end
        except UnicodeDecodeError:
            utf8_ok = False
    if codec == UTF16:
        if utf8_ok:
            return UTF16
        raise EncodingRefused(f"{name} starts like UTF-16 text but is damaged: {SAVE_AS}, and try again.")
    if nul is not None:
        raise EncodingRefused(f"{name} is not a text file in UTF-8 or Windows-1252 (it holds NUL bytes, "
                              f"{_offset_text(nul, 0)}; UTF-16 without its byte-order mark?): {SAVE_AS}, "
                              "and try again.")
    if utf8_ok:
        return codec or (ASCII if ascii_only else UTF8)
    if cp_error is not None:
        raise EncodingRefused(f"{name} is neither UTF-8 nor Windows-1252/Latin-1 text ({_offset_text(*cp_error)}): "
                              f"{SAVE_AS}, and try again.")
    return CP1252


def as_utf8(data: bytes, name: str = "the file") -> bytes:
    """``data`` as UTF-8 without a byte-order mark (unchanged when it already is)."""
    codec = detect_encoding(data, name)
    if codec in (ASCII, UTF8):
        return data
    return data.decode(codec).encode(UTF8)


def describe(codec: str) -> str:
    """The encoding's name for people: ``UTF-8``, ``UTF-16``, ``Windows-1252``."""
    return {ASCII: "ASCII", UTF8: "UTF-8", UTF8_BOM: "UTF-8", UTF16: "UTF-16",
            CP1252: "Windows-1252"}.get(codec, codec)


def qgis_name(codec: str) -> Optional[str]:
    """The encoding name QGIS's providers take (``setProviderEncoding``, delimited text ``encoding=``)."""
    return {UTF8: "UTF-8", UTF8_BOM: "UTF-8", UTF16: "UTF-16", CP1252: "windows-1252"}.get(codec)
