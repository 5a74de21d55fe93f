"""How counts read in messages: one phrase per outcome, nouns that agree with their numbers.

"1124 screened plots screened" came from pasting a layer kind into a sentence;
the nouns live here, with thousands separators, so the dock, Processing and
the demo say the same thing.
"""

from __future__ import annotations

from typing import Mapping, Tuple

from .kinds import RESULT_KINDS

NOUNS = {
    **{key: kind.nouns for key, kind in RESULT_KINDS.items()},  # the catalogue's result kinds
    "preflight": ("feature", "features"),
    "outline": ("supply-shed outline", "supply-shed outlines"),
    "facility_point": ("facility", "facilities"),
}


def count_of(number: int, kind: str) -> str:
    """``1,124 plots``, ``1 facility``: the number with the noun of ``kind`` agreeing with it."""
    singular, plural = NOUNS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return f"{number:,} {singular if number == 1 else plural}"


def breakdown(counts: Mapping[str, int]) -> str:
    """``1,120 Compliant, 4 Non-Compliant``: largest first, zero counts left out."""
    ordered: Tuple[Tuple[str, int], ...] = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    return ", ".join(f"{n:,} {label}" for label, n in ordered if n)


def outcome(number: int, kind: str, verb: str, counts: Mapping[str, int]) -> str:
    """``1,124 plots screened: 1,120 Compliant, 4 Non-Compliant``."""
    detail = breakdown(counts)
    return f"{count_of(number, kind)} {verb}" + (f": {detail}" if detail else "")
