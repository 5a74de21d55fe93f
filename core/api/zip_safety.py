"""The size of a ZIP's central directory, read from its end records before :mod:`zipfile` reads the directory.

``zipfile.ZipFile`` reads the whole central directory on open and makes one object per entry: a
ZIP of 2,000,000 empty entries (about 100 MB) takes more than a gigabyte before any entry limit
can refuse it. The end-of-central-directory record (and its ZIP64 form, for more than 65,535
entries or a directory past 4 GiB) states the number of entries and the directory's size in a
few bytes at the end of the file (PKWARE "APPNOTE.TXT" 4.3.14-4.3.16): :func:`directory_size`
reads them the way ``zipfile`` finds them, so a ZIP is refused from its last 64 KiB. ``zipfile``
reads as many bytes as the record says the directory holds, whatever count it states: the
caller bounds both.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Optional, Tuple, Union

_END = b"PK\x05\x06"
_END_FORMAT = "<4s4H2LH"  # signature, disk, disk of the directory, entries here, entries, size, offset, comment
_END_SIZE = struct.calcsize(_END_FORMAT)  # 22
_LOCATOR = b"PK\x06\x07"
_LOCATOR_SIZE = 20
_END64 = b"PK\x06\x06"
_END64_FORMAT = "<4sQ2H2L4Q"  # signature, record size, versions, disks, entries here, entries, size, offset
_END64_SIZE = struct.calcsize(_END64_FORMAT)  # 56
_MAX_COMMENT = 0xFFFF


@dataclass(frozen=True)
class Directory:
    """What the end records say: how many entries, and how many bytes of central directory."""

    entries: int
    size: int


def _end_record(handle: BinaryIO, length: int) -> Optional[Tuple[int, int, int]]:
    """(entries, directory size, position) of the end record, found where ``zipfile`` looks: at the very end
    (no comment), else the last signature in the last 64 KiB."""
    if length < _END_SIZE:
        return None
    handle.seek(length - _END_SIZE)
    data = handle.read(_END_SIZE)
    position = length - _END_SIZE
    if not (data[:4] == _END and data[-2:] == b"\0\0"):
        start = max(length - _MAX_COMMENT - 1 - _END_SIZE, 0)
        handle.seek(start)
        tail = handle.read()
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_SIZE:
            return None
        data, position = tail[at:at + _END_SIZE], start + at
    _, _, _, here, entries, size, _, _ = struct.unpack(_END_FORMAT, data)
    return max(here, entries), size, position


def directory_size(source: Union[str, Path, BinaryIO]) -> Optional[Directory]:
    """The entry count and directory size a ZIP's end records state (the ZIP64 record's when there is one, as
    ``zipfile`` reads it; the larger of two counts); ``None`` without an end record (not a ZIP: ``zipfile``
    says so in its own words)."""
    if isinstance(source, (str, Path)):
        with open(source, "rb") as handle:
            return directory_size(handle)
    source.seek(0, 2)
    length = source.tell()
    found = _end_record(source, length)
    if found is None:
        return None
    entries, size, position = found
    record_at = position - _LOCATOR_SIZE - _END64_SIZE
    if record_at >= 0:
        source.seek(record_at)
        block = source.read(_END64_SIZE + _LOCATOR_SIZE)
        if block[_END64_SIZE:_END64_SIZE + 4] == _LOCATOR and block[:4] == _END64:
            fields = struct.unpack(_END64_FORMAT, block[:_END64_SIZE])
            entries, size = max(fields[6], fields[7]), fields[8]
    return Directory(entries=entries, size=size)
