"""A small multipart/form-data parser (the ``cgi`` module is gone from Python 3.13)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional, Tuple


@dataclass
class FilePart:
    filename: str
    content_type: str
    data: bytes


_DISPOSITION = re.compile(r'(\w+)="([^"]*)"')


def parse_multipart(body: bytes, content_type: str) -> Tuple[Dict[str, str], Dict[str, FilePart]]:
    """(form fields, files) of a multipart body; raises ValueError when it is not multipart."""
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    if not content_type.lower().startswith("multipart/form-data") or not match:
        raise ValueError("expected multipart/form-data with a boundary")
    boundary = b"--" + match.group(1).encode("latin-1")
    fields: Dict[str, str] = {}
    files: Dict[str, FilePart] = {}
    for part in body.split(boundary)[1:]:
        if part.startswith(b"--"):
            break
        part = part[2:] if part.startswith(b"\r\n") else part
        head, _, data = part.partition(b"\r\n\r\n")
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        params = dict(_DISPOSITION.findall(headers.get("content-disposition", "")))
        name: Optional[str] = params.get("name")
        if name is None:
            continue
        if "filename" in params:
            files[name] = FilePart(params["filename"], headers.get("content-type", ""), data)
        else:
            fields[name] = data.decode("utf-8", "replace")
    return fields, files
