"""Article 10 legality evidence of a facility: the sources Epoch's legality check found, as data.

Epoch's facility validation ("Legality Risk Check", ``include_legality_check=true``) answers, per
facility, ``legality_risk_score`` (0-1, independent of the confidence score), ``legality_risk_level``,
``legality_summary`` (one sentence) and ``legality_sources``: up to five ranked sources, each with a
title, URL, date, snippet, relevance tier (facility > local > regional > national) and risk signal
(the Regulation (EU) 2023/1115 Art. 10(2) risk dimension it speaks to).

Everything here is read tolerantly: the sources may come as a list or as the JSON text of one, an item
that is not an object is left out, every text is folded to one line and cut to a sane length. A URL is
offered as a link only when it is ``http``/``https`` with a host and nothing that could end an HTML
attribute or a line (:func:`safe_url`): anything else (``javascript:``, ``data:``, ``file:``) is shown as
plain text by every view. No HTML is made here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple
from urllib.parse import urlsplit

from .coercion import clean_text, to_float

Field = Tuple[str, str, str]  # name, type, alias (as core.result_rows)

#: The facility's legality answer, kept on the facility's row (the sources go to their own table).
LEGALITY_FIELDS: List[Field] = [
    ("legality_risk_score", "real", "Legality risk score"), ("legality_risk_level", "string", "Legality risk"),
    ("legality_summary", "string", "Legality summary"), ("legality_source_count", "integer", "Legality sources"),
]
#: One row per source, joined to its facility check by ``check_id``.
SOURCE_FIELDS: List[Field] = [
    ("check_id", "string", "Check"), ("position", "integer", "Rank"), ("date", "string", "Date"),
    ("title", "string", "Title"), ("url", "string", "URL"), ("link", "string", "Safe link"),
    ("snippet", "string", "Snippet"), ("relevance", "string", "Relevance"), ("risk_signal", "string", "Risk signal"),
]
RELEVANCE_TIERS = ("facility", "local", "regional", "national")
MAX_SOURCES = 50  # the API gives up to 5; a server sending thousands is cut here
_LIMITS = {"title": 300, "url": 2000, "date": 40, "snippet": 2000, "relevance": 40, "risk_signal": 80}
_UNSAFE_IN_URL = re.compile(r"[\s\"'<>`\\\x00-\x1f\x7f]")


@dataclass(frozen=True)
class LegalitySource:
    """One source: what it says, where it is, how close to the facility, and which risk it signals."""

    title: str
    url: str
    date: str
    snippet: str
    relevance: str
    risk_signal: str

    @property
    def link(self) -> Optional[str]:
        """The URL when it may be opened in a browser (:func:`safe_url`), else ``None``."""
        return safe_url(self.url)


def safe_url(url: Any) -> Optional[str]:
    """``url`` when it is an absolute ``http``/``https`` URL with a host and no character that could break
    out of a link (white space, quotes, angle brackets, control characters); ``None`` otherwise."""
    if not isinstance(url, str) or not url or len(url) > _LIMITS["url"] or url.endswith("…") or \
            _UNSAFE_IN_URL.search(url):  # a URL cut to the length limit leads nowhere
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def _text(value: Any, limit: int) -> str:
    """One line of text (control characters and line breaks folded to spaces), cut to ``limit``."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    text = clean_text(_CONTROL.sub(" ", str(value)))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_sources(value: Any) -> List[LegalitySource]:
    """The sources of an answer (a list, or its JSON text), in the order given; unreadable items left out."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if not isinstance(value, list):
        return []
    sources = []
    for item in value[:MAX_SOURCES]:
        if not isinstance(item, dict):
            continue
        texts = {key: _text(item.get(key), limit) for key, limit in _LIMITS.items()}
        if not any(texts.values()):
            continue
        texts["relevance"] = texts["relevance"].lower()
        sources.append(LegalitySource(**texts))
    return sources


def source_rows(check_id: str, sources: Sequence[LegalitySource]) -> List[Dict[str, Any]]:
    """The related table's rows of one facility check: its key, the rank (1 = first given), each field."""
    return [{"check_id": check_id, "position": rank, "date": s.date or None, "title": s.title or None,
             "url": s.url or None, "link": s.link, "snippet": s.snippet or None, "relevance": s.relevance or None,
             "risk_signal": s.risk_signal or None} for rank, s in enumerate(sources, start=1)]


def legality_fields(props: Dict[str, Any], sources: Sequence[LegalitySource]) -> Dict[str, Any]:
    """The facility row's legality fields (all ``None`` when the check did not run)."""
    score = to_float(props.get("legality_risk_score"))
    level = _text(props.get("legality_risk_level"), 40).lower() or None
    summary = _text(props.get("legality_summary"), 2000) or None
    ran = score is not None or level is not None or summary is not None or bool(sources)
    return {"legality_risk_score": score if score is None or 0 <= score <= 1 else None,
            "legality_risk_level": level, "legality_summary": summary,
            "legality_source_count": len(sources) if ran else None}
