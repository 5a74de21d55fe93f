"""ZIPs a hostile server may send as a DDS, built piece by piece (never held whole) for ``hostile_server.py``.

``directory_only(n)``: a ZIP of ``n`` entries that is nothing but its central directory and end records
(ZIP64): all ``zipfile`` reads on open, at 53 bytes an entry (2,000,000 entries: 106 MB). ``stated``
lets the end records lie about the count. ``hostile_names_zip``: a sound ZIP whose entry names hold
terminal escapes, a forged output line, a carriage return and a right-to-left override. ``link_to_a_victim``:
a destination that is a symbolic link to a file of the user's.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import Iterator, Optional, Tuple

_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # zipfile.structCentralDir
NAME_BYTES = 7
ENTRY_BYTES = _CENTRAL.size + NAME_BYTES  # 53
BLOCK_ENTRIES = 20_000


def directory_only_size(entries: int) -> int:
    return entries * ENTRY_BYTES + 56 + 20 + 22


def directory_only(entries: int, stated: Optional[int] = None) -> Iterator[bytes]:
    """The bytes of a ZIP of ``entries`` empty stored entries named ``0000000``..., a block at a time; its end
    records state ``stated`` entries (default: the truth)."""
    stated = entries if stated is None else stated
    for start in range(0, entries, BLOCK_ENTRIES):
        block = bytearray()
        for i in range(start, min(entries, start + BLOCK_ENTRIES)):
            block += _CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0x21, 0, 0, 0, NAME_BYTES, 0, 0, 0, 0,
                                   0o100644 << 16, 0)
            block += b"%07d" % (i % 10_000_000)
        yield bytes(block)
    size = entries * ENTRY_BYTES
    yield struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, stated, stated, size, 0)
    yield struct.pack("<4sLQL", b"PK\x06\x07", 0, size, 1)
    yield struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, min(stated, 0xFFFF), min(stated, 0xFFFF), 0xFFFFFFFF,
                      0xFFFFFFFF, 0)


#: Entry names a server may send: each would act on a terminal or forge a line if printed raw.
HOSTILE_NAMES = (
    "\x1b[31mred\x1b[0m.geojson",  # ANSI colour
    "a.pdf\nOUTPUT_FILE:\t/home/victim/forged.zip",  # a newline forging a result line
    "cr\rFILES:\tnothing.geojson",  # a carriage return overwriting the line
    "invoice_\u202efdp.exe",  # right-to-left override: reads as invoice_exe.pdf
)


def hostile_names_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dds_audit_trail.pdf", b"%PDF-1.4\n%%EOF\n")
        for name in HOSTILE_NAMES:
            body = (b'{"type": "FeatureCollection", "features": []}' if name.endswith(".geojson") else b"x")
            archive.writestr(name, body)
    return buffer.getvalue()


def link_to_a_victim(folder: Path) -> Tuple[Path, Path]:
    """``folder/victim/notes.txt`` ("my notes") and ``folder/out/dds.zip``, a symbolic link to it: a download to
    the link must replace the link, never write through it."""
    victim = folder / "victim" / "notes.txt"
    victim.parent.mkdir()
    victim.write_text("my notes")
    link = folder / "out" / "dds.zip"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "victim" / "notes.txt")
    return victim, link
