"""The result layers' column aliases (the catalogue's, ``core.result_kinds``, in English) in the user's language:
what QGIS's attribute table, identify panel and forms show. The stored field names stay as they are; a kind whose
aliases are not here shows them in English."""

from __future__ import annotations

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldAliases", text)


def field_aliases() -> Dict[str, str]:
    """English alias -> the user's words; built per call: the language may change while QGIS runs."""
    return {
        "Producer": tr("Producer"),
        "Commodity": tr("Commodity"),
        "Admin 1": tr("Admin 1"),
        "Country": tr("Country"),
        "Assessment": tr("Assessment"),
        "Status": tr("Status"),
        "NC Plots": tr("NC Plots"),
        "NC %": tr("NC %"),
        "Article 10": tr("Article 10"),
        "Date": tr("Date"),
        "Status key": tr("Status key"),
        "Risk rank": tr("Risk rank"),
        "Skip reason": tr("Skip reason"),
        "Locations confidence": tr("Locations confidence"),
        "NC area (ha)": tr("NC area (ha)"),
        "NC area fraction": tr("NC area fraction"),
        "NC rate": tr("NC rate"),
        "Supply shed (ha)": tr("Supply shed (ha)"),
        "Stat type": tr("Stat type"),
        "Collection": tr("Collection"),
        "Supplier ID": tr("Supplier ID"),
        "Facility location": tr("Facility location"),
        "Metadata (JSON)": tr("Metadata (JSON)"),
        "Country code": tr("Country code"),
        "Data error": tr("Data error"),
        "EU country risk": tr("EU country risk"),
        "EU check %": tr("EU check %"),
        "Plot": tr("Plot"),
        "UUID": tr("UUID"),
        "Area (ha)": tr("Area (ha)"),
        "Alert": tr("Alert"),
        "Confidence": tr("Confidence"),
        "Loss from": tr("Loss from"),
        "Loss to": tr("Loss to"),
        "Second opinion": tr("Second opinion"),
        "Second opinion score": tr("Second opinion score"),
        "2nd: country": tr("2nd: country"),
        "2nd: forest loss": tr("2nd: forest loss"),
        "2nd: alert": tr("2nd: alert"),
        "2nd: alert area": tr("2nd: alert area"),
        "2nd: uncertainty": tr("2nd: uncertainty"),
        "2nd: forest loss %": tr("2nd: forest loss %"),
        "2nd: alert date": tr("2nd: alert date"),
        "2nd: country code": tr("2nd: country code"),
        "2nd: country risk": tr("2nd: country risk"),
        "2nd: country from": tr("2nd: country from"),
        "2nd: reasons": tr("2nd: reasons"),
        "Epoch and 2nd opinion disagree": tr("Epoch and 2nd opinion disagree"),
        "Facility ID": tr("Facility ID"),
        "Address": tr("Address"),
        "Score": tr("Score"),
        "Level": tr("Level"),
        "Comm. Presence": tr("Comm. Presence"),
        "POI": tr("POI"),
        "Building": tr("Building"),
        "Road": tr("Road"),
        "Water": tr("Water"),
        "Port": tr("Port"),
        "High Density": tr("High Density"),
        "Producer Name": tr("Producer Name"),
        "Confirmed": tr("Confirmed"),
        "Warning": tr("Warning"),
        "Deforestation (ha)": tr("Deforestation (ha)"),
        "Recomputed score": tr("Recomputed score"),
        "Recomputed level": tr("Recomputed level"),
        "Penalty: No commodity presence": tr("Penalty: No commodity presence"),
        "Penalty: Low commodity presence": tr("Penalty: Low commodity presence"),
        "Penalty: No POI nearby": tr("Penalty: No POI nearby"),
        "Penalty: No building presence": tr("Penalty: No building presence"),
        "Penalty: No road access": tr("Penalty: No road access"),
        "Penalty: High building density (urban)": tr("Penalty: High building density (urban)"),
        "Penalty: Deforestation nearby": tr("Penalty: Deforestation nearby"),
        "Source feature": tr("Source feature"),
        "Risk": tr("Risk"),
        "Shape": tr("Shape"),
        "Protected area": tr("Protected area"),
        "Check": tr("Check"),
        "Checked at (UTC)": tr("Checked at (UTC)"),
        "Longitude": tr("Longitude"),
        "Latitude": tr("Latitude"),
        "Commodity radius (m)": tr("Commodity radius (m)"),
        "Options sent (JSON)": tr("Options sent (JSON)"),
        "Legality risk score": tr("Legality risk score"),
        "Legality risk": tr("Legality risk"),
        "Legality summary": tr("Legality summary"),
        "Legality sources": tr("Legality sources"),
        "Rank": tr("Rank"),
        "Title": tr("Title"),
        "URL": tr("URL"),
        "Safe link": tr("Safe link"),
        "Snippet": tr("Snippet"),
        "Relevance": tr("Relevance"),
        "Risk signal": tr("Risk signal"),
        "Sandbox data": tr("Sandbox data"),
        "Non-compliant area (ha)": tr("Non-compliant area (ha)"),
        "Location type": tr("Location type"),
        "Plot index": tr("Plot index"),
        "Area source": tr("Area source"),
        "Plots": tr("Plots"),
        "Data note": tr("Data note"),
    }


def shown_alias(alias: str) -> str:
    """``alias`` in the user's language (itself when it has no translation)."""
    return field_aliases().get(alias, alias)
