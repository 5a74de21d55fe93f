"""The built-in demo catalogue: producers covering every status of the Epoch EUDR Enforcement Dashboard guide.

Fictitious names in real producing regions. Metrics are computed from the
generated plots, so a drill-down always agrees with its row.
"""

from __future__ import annotations

from typing import Any, Dict, List

from ..core.commodities import ISOCHRONE_MINUTES
from ..core.geodesy import geojson_area_ha
from .assessments import TRAVEL_KMH, _metadata, _now, aggregate_row, collection_id_for, plot_feature
from .store import Store
from .synthetic import circle, plots_around

CATALOGUE_VERSION = "3"
CATALOGUE_USER = "catalogue"

# name, commodity, country, ISO-2, admin1, lon, lat, kind, plots, nc share, plot radius (m), max loss fraction,
# confidence (or skip reason), Article 10 risk
SPECS: List[Dict[str, Any]] = [
    dict(company="PT Sawit Lestari Makmur", commodity="palm", country="Indonesia", code="ID",
         admin1="Kalimantan Barat", lon=109.62, lat=-0.31, shed=True, plots=40, share=0.45, confidence="high",
         legality="High"),
    dict(company="PT Sawit Lestari Makmur", commodity="rubber", country="Indonesia", code="ID",
         admin1="Kalimantan Barat", lon=109.95, lat=-0.62, shed=False, plots=25, share=0.08, max_fraction=0.15,
         confidence="medium", legality="Medium"),
    dict(company="Koperasi Tani Sejahtera", commodity="palm", country="Indonesia", code="ID", admin1="Riau",
         lon=101.45, lat=0.52, shed=True, plots=35, share=0.06, max_fraction=0.12, confidence="medium",
         legality="Medium"),
    dict(company="Cooperativa Cafetalera La Esperanza", commodity="coffee", country="Nicaragua", code="NI",
         admin1="Jinotega", lon=-85.95, lat=13.25, shed=False, plots=30, share=0.0, confidence="high",
         legality="Low"),
    dict(company="Société Coopérative Agricole de Soubré", commodity="cocoa", country="Ivory Coast", code="CI",
         admin1="Bas-Sassandra", lon=-6.59, lat=5.79, shed=True, plots=45, share=0.3, confidence="low",
         legality="High"),
    dict(company="Agropecuária Boa Vista", commodity="cattle", country="Brazil", code="BR", admin1="Rondônia",
         lon=-63.05, lat=-9.55, shed=False, plots=150, share=0.95, radius=(400, 450), max_fraction=0.045,
         confidence="high", legality="High"),
    dict(company="Fazenda Santa Clara", commodity="soy", country="Brazil", code="BR", admin1="Mato Grosso",
         lon=-55.52, lat=-12.48, shed=True, plots=30, share=0.0, confidence="high", legality="Low"),
    dict(company="Suriname Timber Holdings", commodity="timber", country="Suriname", code="SR", admin1="Brokopondo",
         lon=-55.05, lat=4.62, shed=True, plots=30, share=0.1, max_fraction=0.05, confidence="medium",
         legality="Medium"),
    dict(company="Thai Rubber Latex Co.", commodity="rubber", country="Thailand", code="TH", admin1="Rayong",
         lon=101.35, lat=12.85, shed=True, plots=25, share=0.0, confidence="high", legality="Low"),
    dict(company="Ghana Cocoa Farmers Union", commodity="cocoa", country="Ghana", code="GH", admin1="Ashanti",
         lon=-1.62, lat=6.69, confidence="not processed: address too approximate", legality="Medium"),
    dict(company="Mekong Rubber Trading", commodity="rubber", country="Vietnam", code="VN", admin1="Binh Phuoc",
         lon=106.9, lat=11.75, confidence="not processed: validation confidence too low", legality="Low",
         geometry=False),
    dict(company="Unknown Supplier 47", commodity="coffee", country="", code="", admin1="",
         confidence="not processed: no address or geolocation provided", legality="", geometry=False, point=False),
    dict(company="Borneo Timber Export", commodity="timber", country="Malaysia", code="MY", admin1="Sarawak",
         lon=113.0, lat=2.9, confidence="invalid", legality="Medium"),
]


def _build(spec: Dict[str, Any]):
    name = f"{spec['commodity']}_{spec['country'] or 'unknown'}_{spec['company']}"
    cid = collection_id_for(name, CATALOGUE_USER)
    base = {"company_name": spec["company"], "commodity": spec["commodity"], "country": spec["country"],
            "country_code": spec["code"], "admin1": spec["admin1"], "legality_risk": spec["legality"] or None,
            "ingestion_date": _now(), "collection_name": name}
    point = (spec["lon"], spec["lat"]) if spec.get("point", True) and "lon" in spec else None
    base["metadata"] = _metadata(f"SUP-{int(cid[2:8], 16) % 10000:04d}", point, "compliance@example.org")
    if point:
        base["facility_geo"] = f"POINT({point[0]:.6f} {point[1]:.6f})"
    if spec["confidence"] not in ("high", "medium", "low"):  # Not Assessable: no metrics at all
        base.update(collection_id=cid, locations_confidence=spec["confidence"], stat_type="supply_shed_eudr",
                    sandbox=True)
        geometry = circle(*point, 40) if point and spec.get("geometry", True) else None
        return name, base, geometry, []
    radius_km = ISOCHRONE_MINUTES[spec["commodity"]] / 60.0 * TRAVEL_KMH if spec["shed"] else 4.0
    generated = plots_around(spec["lon"], spec["lat"], spec["plots"], radius_km * 0.5, cid, spec["share"],
                             spec.get("radius", (60, 300)), spec.get("max_fraction", 0.6))
    plots = [plot_feature(cid, i, g, d, {"ProducerName": spec["company"]}) for i, (g, d) in enumerate(generated)]
    if spec["shed"]:
        geometry = circle(spec["lon"], spec["lat"], radius_km)
        base.update(stat_type="supply_shed_eudr", area_ha_supply_shed=round(geojson_area_ha(geometry), 2))
    else:
        from shapely.geometry import mapping, shape
        from shapely.ops import unary_union

        geometry = mapping(unary_union([shape(p["geometry"]) for p in plots]).convex_hull)
        base.update(stat_type="eudr_deforestation", area_ha_supply_shed=0)
    return name, aggregate_row(cid, plots, base, spec["confidence"]), geometry, plots


def seed_catalogue(store: Store) -> None:
    """Write the catalogue once per store (and again when its version changes)."""
    if store.meta("catalogue_version") == CATALOGUE_VERSION:
        return
    for spec in SPECS:
        name, row, geometry, plots = _build(spec)
        store.save(row, geometry, plots, name=name, kind="catalogue", user_id=CATALOGUE_USER, delay=-1)
    store.set_meta("catalogue_version", CATALOGUE_VERSION)
