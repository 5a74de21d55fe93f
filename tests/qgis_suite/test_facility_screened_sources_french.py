"""Screened facilities' sources table in French: its layer named from the screening layer's French name (not the
stored English one), and the count said after the translation's separator."""

from qgis.core import QgsProject

from .dock_driver import log_in, screen_in_dock
from .helpers import facilities_layer

NBSP = "\u00a0"
FRENCH = {
    ("ResultLayers", "Screening: {layer} (facilities)"): f"Analyse{NBSP}: {{layer}} (sites)",
    ("ScreenedSources", "{layer}: legality sources"): f"{{layer}}{NBSP}: sources de légalité",
    ("ScreenedSources", "{n} legality sources in their own table"): "{n} sources de légalité dans leur propre table",
    ("ScreenedSources", "{n} legality source in its own table"): "{n} source de légalité dans sa propre table",
    ("Explanations", "; "): f"{NBSP}; ",
}


def test_the_sources_table_is_named_and_counted_in_french(dock, sandbox_server, in_french):
    log_in(dock)
    screening = screen_in_dock(dock, facilities_layer(), legality=True, rows=3)
    facilities = screening.result_layer
    assert facilities.name() == f"Analyse{NBSP}: mills (sites)"
    relation = next(r for r in QgsProject.instance().relationManager().relations().values()
                    if r.referencedLayer() is facilities)
    sources = relation.referencingLayer()
    assert sources.name() == f"Analyse{NBSP}: mills (sites){NBSP}: sources de légalité"
    said = screening.status.text()
    assert f"{NBSP}; {sources.featureCount()} sources de légalité dans leur propre table" in said, said
