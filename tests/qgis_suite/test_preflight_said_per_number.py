"""The preflight's words in the user's language and in the form each number takes: the layer's legend
(error / warning / OK) comes through tr(), and the summary says "20 errors, 1 warning" (not "20 error"),
"0 erreur" in French (CLDR: 0 and 1 take the singular there)."""

from pathlib import Path

from qgis.core import QgsVectorLayer

from .helpers import SAMPLE_PLOTS, qgis_process_env, results_of, run_algorithm, speaking

FRENCH = {
    ("Styles", "Error: blocks an EU upload"): "Erreur : bloque un envoi à l'UE",
    ("Styles", "Warning"): "Avertissement",
    ("Styles", "OK"): "Correct",
    ("LayerPreflight", "{errors}, {warnings}, {ok}"): "{errors}, {warnings}, {ok}",
    ("LayerPreflight", "{n} error"): "{n} erreur", ("LayerPreflight", "{n} errors"): "{n} erreurs",
    ("LayerPreflight", "{n} warning"): "{n} avertissement",
    ("LayerPreflight", "{n} warnings"): "{n} avertissements",
    ("LayerPreflight", "{n} feature OK"): "{n} entité correcte",
    ("LayerPreflight", "{n} features OK"): "{n} entités correctes",
}


def legend(path):
    layer = QgsVectorLayer(str(path), "p", "ogr")
    return {c.value(): c.label() for c in layer.renderer().categories()}


def test_processing_in_french_writes_a_french_legend_and_counts(processing, tmp_path):
    layer = QgsVectorLayer(str(SAMPLE_PLOTS), "sample_plots", "ogr")
    with speaking("fr_FR", FRENCH):
        done = processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert legend(done["OUTPUT"]) == {"error": "Erreur : bloque un envoi à l'UE", "warning": "Avertissement",
                                      "ok": "Correct"}
    assert done["SUMMARY"].startswith("20 erreurs, 10 avertissements, 0 entité correcte"), done["SUMMARY"]


def test_processing_in_english_counts_in_the_plural(processing, tmp_path):
    layer = QgsVectorLayer(str(SAMPLE_PLOTS), "sample_plots", "ogr")
    done = processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert legend(done["OUTPUT"]) == {"error": "Error: blocks an EU upload", "warning": "Warning", "ok": "OK"}
    assert done["SUMMARY"].startswith("20 errors, 10 warnings, 0 features OK"), done["SUMMARY"]


def test_qgis_process_summary_has_plural_forms(tmp_path):
    env = qgis_process_env(tmp_path / "profile")
    out = Path(tmp_path / "p.gpkg")
    results = results_of(run_algorithm(env, "preflight", f"INPUT={SAMPLE_PLOTS}", f"OUTPUT={out}", timeout=300))
    assert results["SUMMARY"].startswith("20 errors, 10 warnings, 0 features OK"), results["SUMMARY"]
