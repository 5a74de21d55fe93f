"""English counts for the one caller outside the QGIS side's wording: layers/operations.py's notes.

Counts in messages are worded in layers/i18n.py (``count_text``, ``breakdown_text``, ``outcome_text``), in the
user's language, with the locale's digit grouping and the language's plural forms. core itself words no counts;
these two English helpers remain only for ``layers.operations`` (``describe_counts``, ``layer_notes``) until
it uses ``layers.i18n``, and then this module goes.
"""

from __future__ import annotations

from typing import Mapping, Tuple

from .kinds import RESULT_KINDS


def count_of(number: int, kind: str) -> str:
    """``1,124 plots``, ``1 facility``: the number with the noun of ``kind`` (core.kinds) agreeing with it."""
    found = RESULT_KINDS.get(kind)
    singular, plural = found.nouns if found else (kind.replace("_", " "), kind.replace("_", " "))
    return f"{number:,} {singular if number == 1 else plural}"


def breakdown(counts: Mapping[str, int]) -> str:
    """``1,120 Compliant, 4 Non-Compliant``: largest first, zero counts left out."""
    ordered: Tuple[Tuple[str, int], ...] = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    return ", ".join(f"{n:,} {label}" for label, n in ordered if n)
