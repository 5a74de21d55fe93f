"""The dock's *Check before upload* box in words: each issue a sentence (its code for experts in a tooltip),
a check with errors said as what it means for an upload (never in green), and the EU-ready GeoJSON export
reachable from the box, on the checked layer or its fixed copy, saying where the files went."""

import json
import re

from epoch_eudr.core.preflight.codes import CODES
from qgis.core import QgsProject

from .dock_driver import click, log_in, wait_until
from .test_preflight_qgis import messy_layer

GREEN = "#15803d"


def _checked(dock):
    log_in(dock)
    layer = messy_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.check.check_button)
    wait_until(lambda: screening.check.issues.count() > 0 and not screening.task_bar.busy())
    return screening, layer


def test_issues_are_sentences_and_errors_are_not_a_success(dock):
    screening, _layer = _checked(dock)
    box = screening.check
    items = [box.issues.item(i) for i in range(box.issues.count())]
    texts = [item.text() for item in items]
    assert texts[0] == "3 features would be refused by the EU system: fix them before the upload."
    codes = [code for code in CODES if any(re.search(rf"\b{code}\b", text) for text in texts)]
    assert codes == [], texts  # no code where a sentence belongs
    hole = next(item for item in items if "holes" in item.text())
    assert hole.text().startswith("1 feature with holes") and "hole" in hole.toolTip()
    assert any("an Area that is text" in text for text in texts)
    status = screening.status
    assert "would be refused by the EU system" in status.text()
    assert GREEN not in status.styleSheet()  # a check with errors is no success


def test_the_export_is_in_the_box_refused_with_errors_and_written_from_the_fixed_copy(dock, tmp_path):
    screening, layer = _checked(dock)
    box = screening.check
    assert box.export_button.isEnabled()
    refused = tmp_path / "refused"
    box.export(str(refused))
    wait_until(lambda: not screening.task_bar.busy() and "Exporting" in screening.status.text())
    assert "errors the EU system refuses" in screening.status.text()
    assert not list(refused.glob("*.geojson"))  # refused: nothing written

    before = len(QgsProject.instance().mapLayers())
    click(box.fix_button)
    wait_until(lambda: len(QgsProject.instance().mapLayers()) == before + 1 and not screening.task_bar.busy())
    assert "5 features written fixed" in screening.status.text()
    folder = tmp_path / "eu"
    box.export(str(folder))
    wait_until(lambda: not screening.task_bar.busy() and "GeoJSON file" in screening.status.text())
    written = sorted(folder.glob("*.geojson"))
    assert written and str(folder) in screening.status.text()
    assert all(path.name in screening.status.text() for path in written)
    features = [f for path in written for f in json.loads(path.read_text())["features"]]
    assert len(features) == 5
    assert set(features[0]["properties"]) <= {"ProducerName", "ProducerCountry", "ProductionPlace", "Area"}
    # the producers, from the layer's producer column (as a submission reads it): the EU groups plots by them
    assert {f["properties"].get("ProducerName") for f in features} == {"Finca A", "Finca B", "Finca C"}
    assert layer.featureCount() == 3  # the input is untouched


def test_the_export_file_names_keep_accented_letters_without_their_accents(dock, tmp_path):
    """The fixed copy is "Corrigé : ..." in French: its files are ``corrige_..._001.geojson``, not ``corrig_...``."""
    screening, _layer = _checked(dock)
    box = screening.check
    before = len(QgsProject.instance().mapLayers())
    click(box.fix_button)
    wait_until(lambda: len(QgsProject.instance().mapLayers()) == before + 1 and not screening.task_bar.busy())
    fixed = box.checked_source
    fixed.setName("Corrigé : sample_plots_pf")
    folder = tmp_path / "eu"
    box.export(str(folder))
    wait_until(lambda: not screening.task_bar.busy() and "GeoJSON file" in screening.status.text())
    names = sorted(path.name for path in folder.glob("*.geojson"))
    assert names and all(re.fullmatch(r"corrige_sample_plots_pf_\d{3}\.geojson", name) for name in names), names
