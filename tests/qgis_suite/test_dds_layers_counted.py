"""The dock's "Load DDS layers" says how many it added in the form the number takes ("1 DDS layer added.",
"2 DDS layers added.", "0 couche DDS ajoutée." in French): one translatable string a form, no "layer(s)"."""

import zipfile

import pytest
from qgis.core import QgsProject

from .helpers import speaking

POINT = ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"n": 1}, '
         '"geometry": {"type": "Point", "coordinates": [-5.5, 7.5]}}]}')


def dds_zip(path, layers):
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(layers):
            archive.writestr(f"plots_{number}.geojson", POINT)
        archive.writestr("manifest.json", '{"files": []}')
    return path


def loaded(dock, path):
    tab = dock.assessments
    tab.dds_path = path
    before = set(QgsProject.instance().mapLayers())
    tab.load_dds_layers()
    added = [key for key in QgsProject.instance().mapLayers() if key not in before]
    QgsProject.instance().removeMapLayers(added)
    return len(added), tab.status.text()


@pytest.mark.parametrize(("layers", "said"), [(1, "1 DDS layer added."), (2, "2 DDS layers added.")])
def test_the_count_takes_its_form_in_english(dock, tmp_path, layers, said):
    count, text = loaded(dock, dds_zip(tmp_path / "dds.zip", layers))
    assert count == layers and said in text, text


def test_french_says_zero_in_the_singular(dock, tmp_path):
    with speaking("fr_FR", {("AssessmentsTab", "{n} DDS layer added."): "{n} couche DDS ajoutée.",
                            ("AssessmentsTab", "{n} DDS layers added."): "{n} couches DDS ajoutées."}):
        count, text = loaded(dock, dds_zip(tmp_path / "dds.zip", 0))
        assert count == 0 and "0 couche DDS ajoutée." in text, text
        count, text = loaded(dock, dds_zip(tmp_path / "two.zip", 2))
        assert count == 2 and "2 couches DDS ajoutées." in text, text
