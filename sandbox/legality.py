"""The sandbox's stand-in for Epoch's legality check (``include_legality_check=true``): synthetic sources.

Epoch searches the web for reports on a facility's Regulation (EU) 2023/1115 Art. 10(2) risks and
answers up to five ranked sources, a one-sentence summary and a 0-1 risk score adjusted for the
evidence (facility-level source +0.1, local +0.05, national-only -0.1, this year's +0.05, older than
three years -0.15), per Epoch's "Facility Validation" page. Here the sources are drawn from a generator
seeded by the geometry (same point, same answer), every URL under ``https://example.org/sandbox/``
and every title saying it is synthetic. The level thresholds (0.6 high, 0.3 medium) are not published:
a guess the client must not depend on.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from .synthetic import geometry_seed, rng_for

RISK_SIGNALS = ("deforestation", "land rights", "environmental violation", "labour", "corruption", "sanctions",
                "supply chain integrity")
TIERS = ("facility", "local", "regional", "national")
SANDBOX_YEAR = 2025  # "this year" of the sandbox: answers do not change with the clock


def _level(score: float) -> str:
    return "high" if score >= 0.6 else ("medium" if score >= 0.3 else "low")


def legality_answer(geometry: Dict[str, Any], place: Dict[str, str], commodity: Optional[str]) -> Dict[str, Any]:
    """``legality_risk_score``, ``legality_risk_level``, ``legality_sources`` and ``legality_summary``."""
    rng = rng_for(geometry, "legality")
    where = place.get("admin1") or place.get("country") or "this area"
    crop = commodity or "commodity"
    sources: List[Dict[str, Any]] = []
    for rank in range(rng.randint(0, 4)):
        tier, signal = TIERS[rng.randrange(len(TIERS))], RISK_SIGNALS[rng.randrange(len(RISK_SIGNALS))]
        year = rng.randint(2021, SANDBOX_YEAR)
        sources.append({
            "title": f"Synthetic report {rank + 1}: {signal} in the {crop} sector ({where})",
            "url": f"https://example.org/sandbox/legality/{geometry_seed(geometry, str(rank)):x}",
            "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "snippet": f"Sandbox text: a {tier}-level source on {signal} near {where}. Not a real report.",
            "relevance": tier, "risk_signal": signal})
    order = {tier: i for i, tier in enumerate(TIERS)}
    sources.sort(key=lambda source: order[source["relevance"]])  # facility > local > regional > national
    score = rng.uniform(0.05, 0.5) if sources else rng.uniform(0.0, 0.15)
    tiers = {source["relevance"] for source in sources}
    score += 0.1 if "facility" in tiers else (0.05 if "local" in tiers else 0.0)
    score -= 0.1 if tiers == {"national"} else 0.0
    years = [int(source["date"][:4]) for source in sources]
    score += 0.05 if SANDBOX_YEAR in years else 0.0
    score -= 0.15 if years and max(years) < SANDBOX_YEAR - 3 else 0.0
    score = round(max(0.0, min(1.0, score)), 2)
    if sources:
        signals = sorted({source["risk_signal"] for source in sources})
        count = "1 synthetic source" if len(sources) == 1 else f"{len(sources)} synthetic sources"
        summary = f"Sandbox: {count} on {', '.join(signals)} around {where}."
    else:
        summary = f"Sandbox: no synthetic source found for {where}."
    return {"legality_risk_score": score, "legality_risk_level": _level(score), "legality_sources": sources,
            "legality_summary": summary}
