"""Preview geocoding in French: the rows not placed are joined as the translation says (French types a no-break
space before ";"), the server's own words are quoted, the counts take their noun form."""


from .dock_driver import click, wait_until
from .helpers_fakes import KeySession
from .test_facility_geocoding import ADDRESSES, _geocoded_layers

NBSP = "\u00a0"
FRENCH = {
    ("Geocoding", "{first}; {second}"): f"{{first}}{NBSP}; {{second}}",
    ("Geocoding", "the server says: “{reason}”"): f"le serveur indique{NBSP}: «{NBSP}{{reason}}{NBSP}»",
    ("Geocoding", "the server's answer left it out"): "la réponse du serveur l'a omise",
    ("Geocoding", "row {row} ({name}): {why}"): f"ligne {{row}} ({{name}}){NBSP}: {{why}}",
    ("Geocoding", "{placed} of {total} rows geocoded: check the points (move any that is wrong) before "
                  "screening this layer."): f"{{placed}} lignes géocodées sur {{total}}{NBSP}: vérifiez les points.",
    ("Geocoding", "Row in the file"): "Ligne du fichier",
    ("Geocoding", "Geocoding"): "Géocodage",
    ("Geocoding", "Geocoding note"): "Note de géocodage",
    ("Geocoding", "placed"): "placé",
    ("Geocoding", "not placed"): "non placé",
}


def _previewed(dock, geocoder):
    """*Preview geocoding* of the sample addresses against ``geocoder``, waited for."""
    screening = dock.screening
    screening.session = KeySession(geocoder)
    screening.file_widget.setFilePath(str(ADDRESSES))
    click(screening.geocode_button)
    wait_until(lambda: _geocoded_layers() and screening.geocode_button.isEnabled())
    return screening


def test_the_rows_not_placed_are_joined_and_quoted_as_french_does(dock, other_geocoder, in_french):
    screening = _previewed(dock, other_geocoder)
    status = screening.status.text()
    assert f"3 lignes géocodées sur 5{NBSP}: vérifiez les points." in status, status
    assert (f"ligne 3 (Mill Without Country, Jalan Sudirman 5){NBSP}: la réponse du serveur l'a omise{NBSP}; "
            f"ligne 4 (Koperasi Sawit Maju, Jalan Raya Pekanbaru 77){NBSP}: le serveur indique{NBSP}: "
            f"«{NBSP}ambiguous street{NBSP}»") in status, status


def test_the_preview_map_tip_puts_french_space_before_its_colons(qgis_app):
    from epoch_eudr.layers.operations.geocoding import preview_maptip

    from .helpers import speaking

    with speaking("fr_FR", {("MapTips", ": "): f"{NBSP}: ", ("Geocoding", "Geocoding"): "Géocodage"}):
        tip = preview_maptip(["facility_name", "preview_status", "preview_note", "address"])
    assert f"'Géocodage' || '{NBSP}: '" in tip and "|| ': ' ||" not in tip, tip


def test_the_preview_layer_names_its_own_columns_and_status_in_french(dock, other_geocoder, in_french):
    from qgis.core import QgsApplication

    _previewed(dock, other_geocoder)
    layer = _geocoded_layers()[0]
    shown = {name: layer.attributeDisplayName(layer.fields().indexOf(name))
             for name in ("preview_row", "preview_status", "preview_note", "facility_name")}
    assert shown == {"preview_row": "Ligne du fichier", "preview_status": "Géocodage",
                     "preview_note": "Note de géocodage", "facility_name": "facility_name"}  # the file's own: as is
    index = layer.fields().indexOf("preview_status")
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    words = {value: formatter.representValue(layer, index, setup.config(), None, value)
             for value in ("geocoded", "not_geocoded")}
    assert words == {"geocoded": "placé", "not_geocoded": "non placé"}
    assert {f["preview_status"] for f in layer.getFeatures()} == {"geocoded", "not_geocoded"}  # stored as written
