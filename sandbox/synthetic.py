"""Deterministic synthetic signals: same geometry, same answer, every time.

Nothing here is real Earth observation. Deforestation, commodity and
infrastructure signals are drawn from a random generator seeded by a hash of
the geometry, so results are plausible, repeatable and clearly synthetic.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from typing import Any, Dict, List, Optional, Tuple

from ..core.geodesy import geojson_area_ha

CONFIDENCE_WORDS = ("very low", "low", "medium", "high", "very high")


def geometry_seed(geometry: Optional[dict], salt: str = "") -> int:
    """A stable integer from a geometry's coordinates (rounded to 6 decimals)."""

    def rounded(value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [rounded(v) for v in value]
        return round(value, 6) if isinstance(value, float) else value

    text = json.dumps(rounded((geometry or {}).get("coordinates")), separators=(",", ":")) + salt
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def rng_for(geometry: Optional[dict], salt: str = "") -> random.Random:
    return random.Random(geometry_seed(geometry, salt))


def plot_deforestation(geometry: dict, area_ha: float, nc_share: float = 0.15,
                       max_fraction: float = 0.6) -> Dict[str, Any]:
    """Per-plot deforestation fields of ``/fetch_deforestation_check``.

    About ``nc_share`` of plots get post-2020 loss; the deforested area is a
    fraction of the plot, so small plots rarely pass the 0.5 ha threshold.
    """
    rng = rng_for(geometry, "defor")
    if rng.random() < nc_share:
        loss = round(area_ha * rng.uniform(min(0.02, max_fraction / 2), max_fraction), 4)
    else:
        loss = 0.0
    if loss > 0.5:
        alert = "critical"
    elif loss > 0:
        alert = "non-critical"
    else:
        alert = "no deforestation"
    confidence = CONFIDENCE_WORDS[rng.randrange(len(CONFIDENCE_WORDS))] if loss else "very high"
    return {
        "area": round(area_ha, 4),
        "noncompliance_area": loss,
        "noncompliance_area_ha": loss,
        "noncompliance_area_perc": round(loss / area_ha, 6) if area_ha else 0.0,
        "deforestation_alert": alert,
        "deforestation_confidence": confidence,
        "deforestation_start": "2021-01-01" if loss else None,
        "deforestation_end": f"202{rng.randint(1, 5)}-{rng.randint(1, 12):02d}-01" if loss else None,
    }


def star_polygon(lon: float, lat: float, radius_m: float, rng: random.Random, vertices: int = 10) -> dict:
    """A valid, irregular plot-like polygon around a centre (star-shaped, so never self-intersecting)."""
    ring: List[List[float]] = []
    dlat = radius_m / 111_320.0
    dlon = dlat / max(math.cos(math.radians(lat)), 0.05)
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices + rng.uniform(-0.2, 0.2)
        scale = rng.uniform(0.6, 1.0)
        ring.append([round(lon + dlon * scale * math.cos(angle), 7), round(lat + dlat * scale * math.sin(angle), 7)])
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def circle(lon: float, lat: float, radius_km: float, vertices: int = 48) -> dict:
    """A supply-shed-like disc (the sandbox's stand-in for a travel-time isochrone)."""
    dlat = radius_km / 111.32
    dlon = dlat / max(math.cos(math.radians(lat)), 0.05)
    ring = [[round(lon + dlon * math.cos(2 * math.pi * i / vertices), 6),
             round(lat + dlat * math.sin(2 * math.pi * i / vertices), 6)] for i in range(vertices)]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def plots_around(lon: float, lat: float, count: int, spread_km: float, seed: str, nc_share: float,
                 radius_m: Tuple[float, float] = (60, 300),
                 max_fraction: float = 0.6) -> List[Tuple[dict, Dict[str, Any]]]:
    """``count`` synthetic plots scattered around a point, each with deforestation fields."""
    rng = random.Random(seed)
    out = []
    dlat = spread_km / 111.32
    dlon = dlat / max(math.cos(math.radians(lat)), 0.05)
    for _ in range(count):
        geometry = star_polygon(lon + rng.uniform(-dlon, dlon), lat + rng.uniform(-dlat, dlat),
                                rng.uniform(*radius_m), rng)
        area = geojson_area_ha(geometry)
        out.append((geometry, plot_deforestation(geometry, area, nc_share, max_fraction)))
    return out
