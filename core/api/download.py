"""Atomic ZIP download: stream to a temporary file, check it, then rename into place.

The answer is read like every other (:class:`~.streams.BodyReader`): within the request's overall
deadline (``EPOCH_REQUEST_DEADLINE_S``), under the streamed-answer cap after decompression
(``EPOCH_MAX_STREAM_MB``: a gzip answer cannot fill the disk) and with a cancel seen between pieces.
It is written to ``.<name>.epoch-XXXXXXXX.part`` beside the destination, held with an advisory lock
while it is written, then renamed onto the destination path: a symbolic link there is replaced,
never followed. A ``.part`` left by a killed download (older than this run, not locked) is removed
at the next download into the same folder.

A ZIP is read through its central directory before anything is decompressed: the entry count and the
directory's size from the end records (:mod:`.zip_safety`, before ``zipfile`` reads the directory),
then names (no ``../``, no absolute path), expanded sizes and compression ratios are checked against
:class:`ZipLimits`, so a 4 MB ZIP that expands to 4 GiB is refused in milliseconds. :func:`extract_entry`
then writes one entry, counting the bytes it writes, into a folder from :func:`temporary_folder`, which the caller
removes (:func:`remove_folder`) and which :func:`sweep_temporary_folders` clears when left behind.
Entry names are shown through :func:`~..display_text.shown` (a name is text, never a control sequence).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Callable, Iterator, List, Optional

import requests

from ..display_text import shown
from .errors import DownloadError, IncompleteStreamError
from .streams import ENV_MAX_STREAM, BodyBroken, BodyReader, budget_of
from .transport import CancelCheck, check_cancel
from .zip_safety import directory_size

try:  # POSIX: a .part being written is locked, so a sweep never takes it (elsewhere an open file cannot go)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@dataclass
class DdsDownload:
    path: Path
    names: List[str]
    size: int


@dataclass(frozen=True)
class ZipLimits:
    """What a DDS ZIP may hold. A DDS is a PDF and GeoJSON files: megabytes, compressing 2-20 times."""

    max_entries: int = 10_000
    max_entry_bytes: int = 1 << 30  # one entry, expanded
    max_total_bytes: int = 2 << 30  # all entries, expanded
    max_ratio: float = 100.0  # expanded / compressed; zeros reach about 1,000
    ratio_from_bytes: int = 1 << 20  # smaller entries may compress better: harmless
    max_directory_bytes: int = 8 << 20  # the central directory, read whole by zipfile: ~800 bytes an entry


DEFAULT_ZIP_LIMITS = ZipLimits()  # replace (e.g. ``dataclasses.replace``) to configure


class ZipRefusedError(DownloadError):
    """The ZIP is refused before any extraction (bomb, unsafe name, encryption); the message names the entry."""

    code = "zip_refused"


def format_bytes(count: float) -> str:
    """``4.0 GiB``, ``291.3 KiB``, ``12 bytes``."""
    if count < 1024:
        return f"{int(count)} bytes"
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        count /= 1024.0
        if count < 1024 or unit == "TiB":
            return f"{count:,.1f} {unit}"
    return f"{count:,.1f} TiB"  # pragma: no cover


def unsafe_name(name: str) -> Optional[str]:
    """Why ``name`` cannot be written under a folder (``../x``, ``/etc/x``, ``C:\\x``), or ``None``."""
    text = name.replace("\\", "/")
    if not text.strip("/") or "\x00" in text:
        return "an empty or invalid name"
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return "an absolute path"
    if ".." in PurePosixPath(text).parts:
        return "a path that leaves its folder (..)"
    return None


def check_zip(archive: zipfile.ZipFile, limits: Optional[ZipLimits] = None,
              outcome: str = "nothing was extracted") -> List[zipfile.ZipInfo]:
    """The entries of ``archive`` if it is safe to expand; raise :class:`ZipRefusedError` naming the entry if not.

    Reads only the central directory: nothing is decompressed. ``outcome`` ends each message
    ("nothing was saved", "nothing was extracted").
    """
    limits = limits or DEFAULT_ZIP_LIMITS
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise _too_many(len(infos), limits, outcome)
    total = 0
    for info in infos:
        name = shown(info.filename)
        why = unsafe_name(info.filename)
        if why:
            raise ZipRefusedError(f"The ZIP entry '{name}' has {why}: refused; {outcome}.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ZipRefusedError(f"The ZIP entry '{name}' is a symbolic link: refused; {outcome}.")
        if info.flag_bits & 0x1:
            raise ZipRefusedError(f"The ZIP entry '{name}' is encrypted: refused; {outcome}.")
        size = info.file_size
        if size > limits.max_entry_bytes:
            raise ZipRefusedError(f"The ZIP entry '{name}' would expand to {format_bytes(size)}, more than "
                                  f"the {format_bytes(limits.max_entry_bytes)} allowed per entry: refused; {outcome}.")
        if size > limits.ratio_from_bytes and size > limits.max_ratio * max(info.compress_size, 1):
            ratio = size / max(info.compress_size, 1)
            raise ZipRefusedError(
                f"The ZIP entry '{name}' would expand to {format_bytes(size)} from "
                f"{format_bytes(info.compress_size)} ({ratio:,.0f} times; a DDS file compresses at most "
                f"{limits.max_ratio:,.0f} times): refused as a ZIP bomb; {outcome}.")
        total += size
        if total > limits.max_total_bytes:
            raise ZipRefusedError(f"The ZIP would expand to more than {format_bytes(limits.max_total_bytes)} in all "
                                  f"(reached at entry '{name}'): refused; {outcome}.")
    return infos


def _too_many(count: int, limits: ZipLimits, outcome: str) -> ZipRefusedError:
    return ZipRefusedError(f"The ZIP holds {count:,} entries, more than the {limits.max_entries:,} a DDS "
                           f"may hold: refused; {outcome}.")


def check_directory(path: Path, limits: Optional[ZipLimits] = None, outcome: str = "nothing was extracted") -> None:
    """Refuse a ZIP whose end records state more entries, or a bigger central directory, than ``limits`` allow,
    before ``zipfile`` reads that directory (it makes an object of every entry on open)."""
    limits = limits or DEFAULT_ZIP_LIMITS
    directory = directory_size(path)
    if directory is None:
        return  # not a ZIP: zipfile says so
    if directory.entries > limits.max_entries:
        raise _too_many(directory.entries, limits, outcome)
    if directory.size > limits.max_directory_bytes:
        raise ZipRefusedError(f"The ZIP's list of entries takes {format_bytes(directory.size)}, more than the "
                              f"{format_bytes(limits.max_directory_bytes)} a DDS needs: refused; {outcome}.")


@contextmanager
def open_zip(path: Path, limits: Optional[ZipLimits] = None,
             outcome: str = "nothing was extracted") -> Iterator[zipfile.ZipFile]:
    """``zipfile.ZipFile(path)`` after :func:`check_directory`, its entries checked by :func:`check_zip`."""
    check_directory(Path(path), limits, outcome)
    with zipfile.ZipFile(path) as archive:
        check_zip(archive, limits, outcome)
        yield archive


def verify_zip(path: Path, limits: Optional[ZipLimits] = None) -> List[str]:
    """The entry names of a sound ZIP; raise :class:`DownloadError` if it is damaged, empty, unsafe or a bomb."""
    try:
        with open_zip(path, limits, "nothing was saved") as archive:  # checked before testzip decompresses
            bad = archive.testzip()  # each entry stops at its checked size: bounded
            names = archive.namelist()
    except ZipRefusedError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError,
            ValueError) as exc:
        raise DownloadError(f"The server sent a damaged ZIP file ({exc}); nothing was saved. Try again.") from None
    if bad is not None:
        raise DownloadError(f"The ZIP entry '{shown(bad)}' is damaged (CRC error); nothing was saved. Try again.")
    if not names:
        raise DownloadError("The server sent an empty ZIP file; nothing was saved.")
    return names


TEMP_PREFIX = "epoch-dds-"
STALE_AFTER_S = 12 * 3600


def temporary_base() -> Path:
    """Where the plugin's temporary folders go: ``<system temp>/epoch_eudr``."""
    return Path(tempfile.gettempdir()) / "epoch_eudr"


def temporary_folder(base: Optional[Path] = None) -> Path:
    """A new private folder for extracted files; remove it with :func:`remove_folder`."""
    base = base or temporary_base()
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=base))


def remove_folder(folder: Optional[Path]) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_temporary_folders(base: Optional[Path] = None, older_than_s: float = STALE_AFTER_S) -> int:
    """Remove the plugin's temporary folders left behind (older than ``older_than_s``); how many went."""
    base = base or temporary_base()
    removed = 0
    try:
        entries = list(base.iterdir())
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        try:
            old = entry.name.startswith(TEMP_PREFIX) and entry.is_dir() and now - entry.stat().st_mtime > older_than_s
        except OSError:
            continue
        if old:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def extract_entry(zip_path: Path, name: str, folder: Path, *, limits: Optional[ZipLimits] = None,
                  cancel: CancelCheck = None, chunk_bytes: int = 1 << 20) -> Path:
    """Write the entry ``name`` of ``zip_path`` into ``folder`` (by its base name) after :func:`check_zip`.

    The bytes written are counted against the entry's checked size; a failure or a cancel leaves
    no file behind.
    """
    limits = limits or DEFAULT_ZIP_LIMITS
    target = Path(folder) / PurePosixPath(name.replace("\\", "/")).name
    partial = target.with_name(f".{target.name}.part")
    try:
        with open_zip(Path(zip_path), limits) as archive:
            info = next((entry for entry in archive.infolist() if entry.filename == name), None)
            if info is None:
                raise DownloadError(f"The ZIP has no entry '{shown(name)}'.")
            allowed = min(info.file_size, limits.max_entry_bytes)
            written = 0
            with archive.open(info) as source, open(partial, "wb") as out:
                while True:
                    check_cancel(cancel)
                    block = source.read(chunk_bytes)
                    if not block:
                        break
                    written += len(block)
                    if written > allowed:
                        raise ZipRefusedError(f"The ZIP entry '{shown(name)}' expands beyond the "
                                              f"{format_bytes(allowed)} it declares: refused; nothing was extracted.")
                    out.write(block)
        os.replace(partial, target)
        return target
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise DownloadError(f"The ZIP {Path(zip_path).name} cannot be read ({exc}): download it again.") from None
    except OSError as exc:
        raise DownloadError(f"Could not extract '{shown(name)}' into {folder}: {exc.strerror or exc}.") from None
    finally:
        partial.unlink(missing_ok=True)


def extract_dds_pdf(zip_path: Path, folder: Path, *, limits: Optional[ZipLimits] = None,
                    cancel: CancelCheck = None) -> str:
    """The DDS's PDF written into ``folder`` (see :func:`extract_entry`); its path as text."""
    try:
        with open_zip(Path(zip_path), limits) as archive:
            pdfs = [n for n in archive.namelist() if n.lower().endswith(".pdf")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise DownloadError(f"Cannot read {zip_path} ({exc}): download the DDS again.") from None
    if not pdfs:
        raise DownloadError(f"{Path(zip_path).name} holds no PDF.")
    return str(extract_entry(Path(zip_path), pdfs[0], folder, limits=limits, cancel=cancel))


PART_MARK = ".epoch-"
PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"\..+\.epoch-[a-z0-9_]{8}\.part")  # tempfile's 8 random characters


def _lock(handle: IO[bytes]) -> None:
    """An advisory lock on a ``.part`` (POSIX): held while it is written, so that no sweep takes it; taken by a
    sweep before it removes one (``BlockingIOError`` while a download holds it)."""
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _hold(handle: IO[bytes]) -> None:
    """:func:`_lock` for the writer; a file system without locks only loses the sweep's second check (age)."""
    try:
        _lock(handle)
    except OSError:
        pass


def sweep_partial_downloads(folder: Path, before: float) -> int:
    """Remove the ``.part`` files killed downloads left in ``folder``: last written before ``before`` (a
    ``time.time()``) and not locked by a download still running. How many went."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        if not _PART_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_mtime >= before:
                continue
            with open(entry, "rb") as handle:
                _lock(handle)  # BlockingIOError (an OSError) while its download runs
                entry.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def download_zip(response: requests.Response, destination: Path, *,
                 progress: Optional[Callable[[int, Optional[int]], None]] = None, cancel: CancelCheck = None,
                 chunk_bytes: int = 64 * 1024, limits: Optional[ZipLimits] = None) -> DdsDownload:
    """Save ``response`` at ``destination`` only if it is a complete, valid ZIP.

    The body is read within the request's budget (deadline, decompressed cap ``EPOCH_MAX_STREAM_MB``,
    cancel). On any failure (cancel, deadline, broken connection, damaged ZIP, disk full) the
    temporary file is removed and ``destination`` keeps what it had before; a symbolic link at
    ``destination`` is replaced by the file, its target left alone.
    """
    started = time.time()
    destination = Path(os.path.abspath(destination.expanduser()))  # not resolve(): a link is replaced, not followed
    budget = budget_of(response)
    total = response.headers.get("Content-Length")
    total_bytes = int(total) if total and total.isdigit() else None
    reader = BodyReader(response, budget, cancel=cancel, chunk_bytes=chunk_bytes,
                        max_bytes=budget.limits.max_stream_bytes, what="download", env_name=ENV_MAX_STREAM)
    tmp_name = None
    try:
        check_cancel(cancel)
        destination.parent.mkdir(parents=True, exist_ok=True)
        sweep_partial_downloads(destination.parent, started)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}{PART_MARK}", suffix=PART_SUFFIX,
                                        dir=destination.parent)
        with os.fdopen(fd, "wb") as out:
            _hold(out)
            for piece in reader:
                out.write(piece)
                if progress:
                    progress(reader.received, total_bytes)
            out.flush()
            os.fsync(out.fileno())
            if total_bytes is not None and reader.received < total_bytes:
                raise IncompleteStreamError(f"The download stopped after {reader.received} of {total_bytes} bytes. "
                                            "Try again.")
            if fcntl is None:  # pragma: no cover - Windows renames no open file
                out.close()
            names = verify_zip(Path(tmp_name), limits)
            os.replace(tmp_name, destination)  # still locked: no sweep takes it first
        tmp_name = None
        return DdsDownload(path=destination, names=names, size=reader.received)
    except (BodyBroken, requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError,
            requests.exceptions.ReadTimeout):
        raise IncompleteStreamError("The connection broke during the download; nothing was saved. Try again.") \
            from None
    except OSError as exc:
        raise DownloadError(f"Could not write {destination}: {exc.strerror or exc}. "
                            "Choose another folder or free some disk space.") from None
    finally:
        if not reader.complete:
            reader.close()
        response.close()
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
