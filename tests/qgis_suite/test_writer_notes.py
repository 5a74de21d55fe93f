"""The GeoPackage writer's notes about property names are sentences in the user's language, one per plural form
(never "1 property name(s)")."""

from .helpers import speaking

FRENCH = {
    ("GpkgWriter", "{n} property name renamed for the GeoPackage: {names}"):
        "{n}\u00a0nom de propriété renommé pour le GeoPackage\u00a0: {names}",
    ("GpkgWriter", "'{name}' as '{column}'"): "«\u00a0{name}\u00a0» en «\u00a0{column}\u00a0»",
}


def test_one_renamed_name_is_said_in_the_singular(qgis_app):
    from epoch_eudr.layers.writer.gpkg_writer import _Columns

    columns = _Columns("plots")
    columns.add("fid")
    assert columns.notes() == ["1 property name renamed for the GeoPackage: 'fid' as 'fid_'"]
    for name in ("A", "a", "B", "b", "C", "c", "D", "d"):
        columns.add(name)
    (note,) = columns.notes()
    assert note.startswith("5 property names renamed for the GeoPackage: 'fid' as 'fid_', ") and \
        note.endswith(" and 2 more"), note


def test_the_note_is_translated(qgis_app):
    from epoch_eudr.layers.writer.gpkg_writer import _Columns

    with speaking("fr_FR", FRENCH):
        columns = _Columns("plots")
        columns.add("fid")
        assert columns.notes() == ["1\u00a0nom de propriété renommé pour le GeoPackage\u00a0: «\u00a0fid\u00a0» en "
                                   "«\u00a0fid_\u00a0»"]
