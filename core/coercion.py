"""Coercion of loosely typed JSON values.

API rows arrive as JSON decoded from NDJSON or user files: a number may be a
string (``"0.05"``), ``null``, missing, ``NaN`` or a blank cell; a label may carry
odd case and stray spaces. Every rule in ``core`` reads its inputs through these
helpers so that they all agree on what "missing" means.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Dict, List, Mapping, MutableMapping, Optional, Tuple

#: Beside ``data_error`` (what makes a verdict impossible), what was changed in a row's values so that the
#: row could be kept whole: text with bytes that are not UTF-8 or a NUL character, a number too large to store.
DATA_NOTE_FIELD = "data_note"

#: The range of a GeoPackage INTEGER (SQLite stores 64-bit integers; GDAL clamps what lies beyond).
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

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
        try:
            number = float(value)
        except OverflowError:  # an integer of more than 308 digits
            return None
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


_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def shown_value(value: Any, limit: int = 40) -> str:
    """A value as it would read in JSON (``"5%"``, ``NaN``, ``[1, 2]``), cut at ``limit`` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def read_api_number(value: Any) -> Tuple[Optional[float], str]:
    """A number from an API answer, read strictly: ``(number, "")``, ``(None, "")`` when missing,
    or ``(None, what)`` when a value is there but is not a finite number.

    Missing means ``None`` or a blank string (``""``, ``"null"``, ``"n/a"``: see :func:`is_blank`).
    A JSON number or a plain numeric string (``"0.05"``, ``"1e-3"``) is read. Anything else is
    unreadable, with ``what`` showing it: ``"abc"``, ``"5%"``, ``"0,07"`` (a decimal comma or a
    thousands separator?), ``NaN``, ``Infinity`` (``1e400`` in JSON), booleans, lists, objects.
    """
    if value is None:
        return None, ""
    if isinstance(value, bool):
        return None, shown_value(value)
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            return None, shown_value(value)
        return (number, "") if math.isfinite(number) else (None, shown_value(value))
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in _NULL_WORDS:
            return None, ""
        if _PLAIN_NUMBER.fullmatch(text):
            number = float(text)
            if math.isfinite(number):
                return number, ""
        return None, shown_value(value)
    return None, shown_value(value)


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


def fits_int64(value: Any) -> bool:
    """Whether a number can be stored in a GeoPackage INTEGER column as it is (no clamping, no wrapping)."""
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    return isinstance(value, float) and math.isfinite(value) and float(INT64_MIN) <= value < float(1 << 63)


#: ``data_note``'s codes (see :func:`finding`): a NUL character taken out of a text; a number too large for its
#: column, left empty; an integer beyond 64 bits stored as a real; bytes that are not UTF-8 read as U+FFFD (its
#: "field" is the line number, its value the byte's position).
NUL_REMOVED, TOO_LARGE_LEFT_EMPTY, TOO_LARGE_AS_REAL, NOT_UTF8 = (
    "nul_removed", "too_large_left_empty", "too_large_as_real", "not_utf8")
#: Between two findings in ``data_note`` and ``data_error``.
FINDING_SEPARATOR = "; "
_FINDING = re.compile(r"([a-z0-9_]+):([^=]*)(?:=(.*))?", re.S)


def finding(code: str, field: str, value: Any = None) -> str:
    """One finding as stored: ``code:field`` or ``code:field=value`` (``out_of_range:noncompliance_plot_count=-5``).

    Stored rows hold data, not sentences ("Store data, not presentation"): the map tip and the dock word a finding
    in the user's language when shown (``layers/styles/explanations.py``). ``value`` is the value as it would read in
    JSON (:func:`shown_value`, cut at 40 characters). A ``;`` inside the field's name or the value is stored as
    U+FF1B (a semicolon that does not separate findings), a ``=`` in the field's name as U+FF1D.
    """
    name = str(field).replace(";", "\uff1b").replace("=", "\uff1d")
    text = f"{code}:{name}"
    return text if value is None else text + "=" + shown_value(value).replace(";", "\uff1b")


def findings(text: Any) -> List[Tuple[str, str, Optional[str]]]:
    """The findings of a stored ``data_note`` or ``data_error``: ``(code, field, value or None)`` each.

    A part that is no finding (a sentence written by an earlier version) is returned as ``("", part, None)``.
    """
    out: List[Tuple[str, str, Optional[str]]] = []
    for part in str(text or "").split(FINDING_SEPARATOR.strip()):
        part = part.strip()
        match = _FINDING.fullmatch(part)
        if match:
            out.append((match.group(1), match.group(2), match.group(3)))
        elif part:
            out.append(("", part, None))
    return out


def add_note(props: MutableMapping[str, Any], note: str) -> None:
    """Add ``note`` (a :func:`finding`) to the row's :data:`DATA_NOTE_FIELD` (separated by ``"; "``)."""
    current = props.get(DATA_NOTE_FIELD)
    props[DATA_NOTE_FIELD] = f"{current}; {note}" if isinstance(current, str) and current.strip() else note


def without_nul(props: Mapping[str, Any]) -> Tuple[Mapping[str, Any], List[str]]:
    """``props`` with every NUL character taken out of its text values, and the names of those values.

    GDAL and SQLite read text up to its first NUL (JSON's ``\\u0000``): ``"NUL\\u0000inside"`` would be
    stored as ``"NUL"``. Taking the NUL out keeps the rest; the caller notes which values changed.
    ``props`` itself is returned, unchanged, when no text holds a NUL (the usual case).
    """
    names = [name for name, value in props.items() if type(value) is str and "\x00" in value]
    if not names:
        return props, names
    cleaned: Dict[str, Any] = dict(props)
    for name in names:
        cleaned[name] = cleaned[name].replace("\x00", "")
    return cleaned, names


def first_present(props: Mapping[str, Any], *names: str) -> Any:
    """The first non-blank value among ``names`` in ``props`` (``None`` if none)."""
    for name in names:
        value = props.get(name)
        if not is_blank(value):
            return value
    return None
