"""Why features were not sent for screening, said in the user's language in the dock's status: the reason
("no geometry") is worded when shown (stored in English), and the count takes its form ("1 feature not sent",
"2 features not sent"; no hedged "feature(s)")."""

from pathlib import Path

from epoch_eudr.layers.inputs.source import no_geometry_at_all
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .dock_driver import wait_until
from .helpers import SAMPLE_PLOTS, speaking
from .test_dock_french_shown import log_in
from .test_join_copy import screen

NEW_WORDS = {
    ("LayerSource", "{n} feature not sent ({shown}{more})"): "{n} entité non envoyée ({shown}{more})",
    ("LayerSource", "{n} features not sent ({shown}{more})"): "{n} entités non envoyées ({shown}{more})",
    ("NotSent", "no geometry"): "sans géométrie",
}


def plots_and(blank: int) -> QgsVectorLayer:
    """Two plots of the bundled sample, then ``blank`` features without a geometry."""
    sample = QgsVectorLayer(str(SAMPLE_PLOTS), "sample", "ogr")
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=Plot ID:string", "plots", "memory")
    features = []
    for source in list(sample.getFeatures())[:2]:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(source.geometry()))
        feature.setAttributes([source["Plot ID"]])
        features.append(feature)
    for number in range(blank):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"blank {number}"])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_the_dock_says_the_reason_in_french_with_the_singular(dock, french):
    log_in(dock)
    with speaking("fr_FR", NEW_WORDS):
        screening = screen(dock, plots_and(1))
        wait_until(lambda: "non envoy" in screening.status.text(), timeout=30)
        said = screening.status.text()
    assert "1 entité non envoyée (entité 3\u00a0: sans géométrie)" in said, said  # the catalogue's French colon
    assert "(s)" not in said and "no geometry" not in said


def test_the_dock_counts_in_the_plural_in_english(dock):
    log_in(dock)
    screening = screen(dock, plots_and(2))
    wait_until(lambda: "not sent" in screening.status.text(), timeout=30)
    said = screening.status.text()
    assert "2 features not sent (feature 3: no geometry; feature 4: no geometry)" in said, said


def test_a_file_of_one_feature_without_geometry_is_said_in_the_singular(qgis_app, tmp_path):
    path = Path(tmp_path / "one.geojson")
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"a": 1}, '
                    '"geometry": null}]}', encoding="utf-8")
    said = no_geometry_at_all(QgsVectorLayer(str(path), "one", "ogr"))
    assert said is not None and said.startswith("'one' has 1 feature and it has no geometry"), said
