"""Atomic ZIP download: stream to a temporary file, check it, then rename into place."""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Optional

import requests

from .errors import DownloadError, IncompleteStreamError
from .transport import CancelCheck, check_cancel


@dataclass
class DdsDownload:
    path: Path
    names: List[str]
    size: int


def verify_zip(path: Path) -> List[str]:
    """The entry names of a sound ZIP; raise :class:`DownloadError` if it is damaged or empty."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DownloadError(f"The server sent a damaged ZIP file ({exc}); nothing was saved. Try again.") from None
    if bad is not None:
        raise DownloadError(f"The ZIP entry '{bad}' is damaged (CRC error); nothing was saved. Try again.")
    if not names:
        raise DownloadError("The server sent an empty ZIP file; nothing was saved.")
    return names


def download_zip(response: requests.Response, destination: Path, *,
                 progress: Optional[Callable[[int, Optional[int]], None]] = None, cancel: CancelCheck = None,
                 chunk_bytes: int = 64 * 1024) -> DdsDownload:
    """Save ``response`` at ``destination`` only if it is a complete, valid ZIP.

    On any failure (cancel, broken connection, damaged ZIP, disk full) the
    temporary file is removed and ``destination`` keeps what it had before.
    """
    destination = destination.expanduser().resolve()
    total = response.headers.get("Content-Length")
    total_bytes = int(total) if total and total.isdigit() else None
    tmp_name = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
        received = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in response.iter_content(chunk_bytes):
                check_cancel(cancel)
                out.write(chunk)
                received += len(chunk)
                if progress:
                    progress(received, total_bytes)
            out.flush()
            os.fsync(out.fileno())
        if total_bytes is not None and received < total_bytes:
            raise IncompleteStreamError(f"The download stopped after {received} of {total_bytes} bytes. Try again.")
        names = verify_zip(Path(tmp_name))
        os.replace(tmp_name, destination)
        tmp_name = None
        return DdsDownload(path=destination, names=names, size=received)
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError,
            requests.exceptions.ReadTimeout):
        raise IncompleteStreamError("The connection broke during the download; nothing was saved. Try again.") \
            from None
    except OSError as exc:
        raise DownloadError(f"Could not write {destination}: {exc.strerror or exc}. "
                            "Choose another folder or free some disk space.") from None
    finally:
        response.close()
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass

