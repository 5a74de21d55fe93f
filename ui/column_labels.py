"""The dock tables' column headers in the user's language (the catalogue, ``core.result_kinds``, keeps English)."""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _headers() -> Dict[str, str]:
    """Field -> header; built per call: the language may change while QGIS runs."""
    return {
        "company_name": tr("Producer"), "commodity": tr("Commodity"), "admin1": tr("Admin 1"),
        "country": tr("Country"), "eu_country_risk": tr("EU country risk"), "assessment_type": tr("Assessment"),
        "status": tr("Status"), "noncompliance_plot_count": tr("NC Plots"), "nc_percent": tr("NC %"),
        "legality_risk": tr("Article 10"), "ingestion_date": tr("Date"), "collection_id": tr("Audit"),
        "plotid": tr("Plot"), "second_opinion": tr("2nd opinion"), "area": tr("Area (ha)"),
        "noncompliance_area": tr("NC area (ha)"), "noncompliance_area_perc": tr("NC %"),
        "deforestation_alert": tr("Alert"), "second_opinion_disagrees": tr("Disagree"),
        "facility_id": tr("Facility ID"), "address": tr("Address"), "commodity_type": tr("Commodity"),
        "confidence_score": tr("Score"), "confidence_level": tr("Level"),
        "commodity_presence": tr("Comm. Presence"), "poi_presence": tr("POI"), "building_presence": tr("Building"),
        "road_access": tr("Road"), "water_access": tr("Water"), "port_proximity": tr("Port"),
        "high_density": tr("High Density"), "producer_name": tr("Producer Name"),
        "producer_confirmed": tr("Confirmed"), "primary_warning": tr("Warning"), "risk": tr("Risk"),
        "area_ha": tr("Area (ha)"), "shape_validity": tr("Shape"), "protected_area_overlap": tr("Protected area"),
        "deforestation_area_ha": tr("Deforestation (ha)"), "epoch_source_fid": tr("Source feature"),
        "data_error": tr("Data error"), "data_note": tr("Data note"), "findings": tr("Findings"),
    }


def translated(columns: Sequence[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """(field, header) pairs with the headers in the user's language (unknown fields keep theirs)."""
    headers = _headers()
    return [(key, headers.get(key, header)) for key, header in columns]


def group_headers() -> Tuple[str, str, str, str, str]:
    """The grouped-by-producer view's headers (its first column is the producer, then its worst status ...)."""
    return (tr("Producer"), tr("Status"), tr("NC Plots"), tr("Commodity"), tr("Country"))
