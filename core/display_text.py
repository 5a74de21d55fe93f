"""Text from a server or a file, made safe to show or to put in a spreadsheet.

A name that comes from outside (a ZIP entry, a company name in an answer) is data, not
layout: shown raw, an ANSI escape recolours a terminal, a newline forges a line of
``qgis_process`` output, a carriage return overwrites what came before and a right-to-left
override (U+202E) makes ``fdp.exe`` read as ``exe.pdf``. :func:`shown` writes every such
character as a visible escape (Unicode's "Bidirectional Algorithm", UAX #9, lists the
overrides; categories Cc, Cf, Zl, Zp and lone surrogates are never printable).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``):
:func:`spreadsheet_text` prefixes it with a single quote, as the OWASP "CSV Injection" guidance
says. A text that is a plain decimal number (``-5``, ``+1.5e3``) is left alone: it cannot call
anything.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: How many characters of one name :func:`shown` keeps (a ZIP name may be 65,535 bytes long).
SHOWN_CHARACTERS = 200

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})

#: The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(text: Any, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` with every control, format (bidi override, zero-width) and line-separator character written
    as a visible escape (``\\x1b``, ``\\n``, ``\\u202e``), cut to ``limit`` characters with an ellipsis."""
    value = "" if text is None else str(text)
    out = []
    for char in value[:limit]:
        out.append(_escape(char) if unicodedata.category(char) in _HIDDEN_CATEGORIES else char)
    return "".join(out) + ("\u2026" if len(value) > limit else "")


def needs_quote(value: Any) -> bool:
    """Whether a spreadsheet would read ``value`` (a text cell) as a formula."""
    return (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and _PLAIN_NUMBER.fullmatch(value) is None)


def spreadsheet_text(value: Any) -> Any:
    """``value`` as a spreadsheet cell that is never a formula: a text starting with ``= + - @``, a tab or a
    carriage return gets a leading single quote; numbers, plain numeric texts and anything else stay as they are."""
    return "'" + value if needs_quote(value) else value
