"""Split large uploads into chunks and merge the chunk results back into one answer.

``/validate_locations`` screens at most ``limit`` locations per call. A larger
input is sent in chunks; their FeatureCollections are merged so the caller sees
one result: features in input order, counts summed, averages weighted by each
chunk's location count, level distributions added, risks taken at their worst.
A screening streamed to a layer keeps only each chunk's ``properties`` and count
(:func:`chunk_part`) and merges those at the end (:func:`merge_chunk_properties`).
"""

from __future__ import annotations

import csv
import io
from typing import Any, Dict, List, Sequence, Tuple

RISK_ORDER = {"low": 0, "medium": 1, "high": 2}
_AVERAGE_SUFFIXES = ("_pct", "_perc", "_percent", "_rate", "_score", "_ratio")


def is_average_key(key: str) -> bool:
    """Keys that hold an average or a share, merged as a weighted mean rather than a sum."""
    key = key.lower()
    return key.startswith(("avg_", "mean_", "average_")) or key.endswith(_AVERAGE_SUFFIXES) or key in (
        "confidence_score",
    )


def split_features(collection: Dict[str, Any], limit: int) -> List[Dict[str, Any]]:
    """FeatureCollections of at most ``limit`` features each, sharing the input's other members."""
    features = collection.get("features") or []
    if limit <= 0 or len(features) <= limit:
        return [collection]
    shell = {k: v for k, v in collection.items() if k != "features"}
    return [dict(shell, features=features[i:i + limit]) for i in range(0, len(features), limit)]


def split_csv(data: bytes, limit: int) -> List[bytes]:
    """CSV bytes cut into pieces of at most ``limit`` data rows, each with the header row."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or limit <= 0 or len(rows) - 1 <= limit:
        return [data]
    header, body = rows[0], rows[1:]
    pieces = []
    for start in range(0, len(body), limit):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body[start:start + limit])
        pieces.append(out.getvalue().encode("utf-8"))
    return pieces


def _merge_value(key: str, values: Sequence[Tuple[Any, int]]) -> Any:
    present = [(v, w) for v, w in values if v is not None]
    if not present:
        return None
    first = present[0][0]
    if all(isinstance(v, bool) for v, _ in present):
        return any(v for v, _ in present)
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v, _ in present):
        if is_average_key(key):
            total = sum(w for _, w in present)
            return sum(v * w for v, w in present) / total if total else first
        return sum(v for v, _ in present)
    if all(isinstance(v, dict) for v, _ in present):
        return merge_properties([(v, w) for v, w in present])
    if all(isinstance(v, list) for v, _ in present):
        return [item for v, _ in present for item in v]
    if all(isinstance(v, str) for v, _ in present):
        if all(v.lower() in RISK_ORDER for v, _ in present):
            return max((v for v, _ in present), key=lambda v: RISK_ORDER[v.lower()])
        return first
    return first


def merge_properties(parts: Sequence[Tuple[Dict[str, Any], int]]) -> Dict[str, Any]:
    """Merge collection ``properties`` of chunks; each part is (properties, location count)."""
    keys: List[str] = []
    for props, _ in parts:
        keys.extend(k for k in props if k not in keys)
    return {key: _merge_value(key, [(props.get(key), weight) for props, weight in parts]) for key in keys}


def chunk_part(result: Dict[str, Any]) -> Tuple[Dict[str, Any], int]:
    """(properties, location count) of one chunk's answer, for :func:`merge_chunk_properties`.

    Only these are kept of a chunk once its features are written: a screening sent in chunks never
    holds more than the chunks in flight.
    """
    props = result.get("properties")
    features = result.get("features")
    return (props if isinstance(props, dict) else {}), (len(features) if isinstance(features, list) else 0)


def merge_chunk_properties(parts: Sequence[Tuple[Dict[str, Any], int]]) -> Dict[str, Any]:
    """The collection ``properties`` of a screening sent in chunks, from each chunk's (properties, count) in
    input order: one chunk's as they came, several merged (see :func:`merge_properties`) with ``chunks``."""
    if not parts:
        return {}
    if len(parts) == 1:
        return parts[0][0]
    merged = merge_properties(parts)
    merged["chunks"] = len(parts)
    return merged


def merge_collections(results: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """One FeatureCollection from chunk results given in input order."""
    if len(results) == 1:
        return results[0]
    features = [f for result in results for f in (result.get("features") or [])]
    merged = {k: v for k, v in results[0].items() if k not in ("features", "properties")}
    merged.update(type="FeatureCollection", features=features,
                  properties=merge_chunk_properties([chunk_part(r) for r in results]))
    return merged
