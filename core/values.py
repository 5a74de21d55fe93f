"""Coercion of loosely typed JSON values.

API rows arrive as JSON decoded from NDJSON or user files: a number may be a
string (``"0.05"``), ``null``, missing, ``NaN`` or a blank cell; a label may carry
odd case and stray spaces. Every rule in ``core`` reads its inputs through these
helpers so that they all agree on what "missing" means.
"""

from __future__ import annotations

import math
from typing import Any, Mapping, Optional

_NULL_WORDS = frozenset({"", "null", "none", "nan", "n/a", "na", "undefined"})


def is_blank(value: Any) -> bool:
    """True for ``None``, NaN, and strings that only spell "nothing" (``""``, ``"null"``)."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and value.strip().lower() in _NULL_WORDS:
        return True
    return False


def to_float(value: Any) -> Optional[float]:
    """A finite float, or ``None`` when the value is missing or not a number.

    Accepts numbers, booleans and numeric strings (``" 0.5 "``, ``"1e-3"``); a
    decimal comma (``"0,5"``) is read as a point because spreadsheets export it.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def num(value: Any, default: float = 0.0) -> float:
    """Like :func:`to_float`, but a missing or unreadable number counts as ``default``."""
    number = to_float(value)
    return default if number is None else number


def to_int(value: Any) -> Optional[int]:
    """An int (truncated toward zero), or ``None`` when the value is not a number."""
    number = to_float(value)
    return None if number is None else int(number)


def to_bool(value: Any) -> Optional[bool]:
    """Read ``true/false``, ``yes/no``, ``1/0`` in any case; ``None`` when unknown."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    if text in {"true", "yes", "y", "t", "1", "1.0"}:
        return True
    if text in {"false", "no", "n", "f", "0", "0.0"}:
        return False
    return None


def clean_text(value: Any) -> str:
    """A display string: stripped, inner runs of white space folded; blank for missing."""
    if is_blank(value):
        return ""
    return " ".join(str(value).split())


def norm_key(value: Any) -> str:
    """A comparison key: :func:`clean_text` in lower case."""
    return clean_text(value).lower()


def first_present(props: Mapping[str, Any], *names: str) -> Any:
    """The first non-blank value among ``names`` in ``props`` (``None`` if none)."""
    for name in names:
        value = props.get(name)
        if not is_blank(value):
            return value
    return None
