"""The field report's QField copy: a ``field_checks`` layer of the plots to visit, and a ``.qgz`` opening it.

``field_checks`` (in the report GeoPackage) holds one feature per plot to visit, with what the report says
of it (read-only in the form) and the fields a team fills in: ``visit_date``, ``observed_land_use``,
``deforestation_seen`` (yes / no / unsure), ``photo`` and ``notes``, each with its edit widget (value maps,
a date picker, a camera/file picker, a multi-line text). The widgets are in the project and in the layer's
default style inside the GeoPackage, so they hold however the layer is opened. The project refers to the
GeoPackage by a relative path and marks ``field_checks`` for QFieldSync's offline editing (the other layers
are copied), so *QFieldSync > Package for QField* takes the folder as it is.

A plot is named as the PDF's table names it: the user's own plot id where the drill-down kept it
(``own_plot_id``, see :mod:`.plot_ids`), else Epoch's; Epoch's id stays beside it (``epoch_plot_id``).

Writing into a folder that already holds a ``field_checks`` layer keeps what was filled in there for every
plot still to visit (matched by plot uuid, else plot id): a report made again does not wipe a visit.
Any thread: the project is a ``QgsProject`` of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.operation import Cancel, never_cancelled
from .data import FACILITIES, OUTLINES, PLOTS, replace_layer, report_dataset
from .plot_ids import OWN_ID

FIELD_CHECKS = "field_checks"
LAND_USES: List[Tuple[str, str]] = [
    ("commodity", "The declared commodity"), ("other_crop", "Another crop"), ("forest", "Forest"),
    ("recently_cleared", "Recently cleared (stumps, burning)"), ("regrowth", "Regrowth / fallow"),
    ("pasture", "Pasture or grassland"), ("built", "Buildings or roads"), ("water", "Water"),
    ("no_access", "Could not reach the plot"), ("other", "Other (see notes)"),
]
DEFORESTATION_SEEN: List[Tuple[str, str]] = [("yes", "Yes"), ("no", "No"), ("unsure", "Unsure")]
EDITABLE = ("visit_date", "observed_land_use", "deforestation_seen", "photo", "notes")


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


def choice_labels():
    """The labels of LAND_USES and DEFORESTATION_SEEN in the user's language (the stored values stay)."""
    return {"commodity": tr("The declared commodity"), "other_crop": tr("Another crop"), "forest": tr("Forest"),
            "recently_cleared": tr("Recently cleared (stumps, burning)"), "regrowth": tr("Regrowth / fallow"),
            "pasture": tr("Pasture or grassland"), "built": tr("Buildings or roads"), "water": tr("Water"),
            "no_access": tr("Could not reach the plot"), "other": tr("Other (see notes)"),
            "yes": tr("Yes"), "no": tr("No"), "unsure": tr("Unsure")}


def column_aliases():
    """The aliases of INFO_COLUMNS and EDIT_COLUMNS in the user's language."""
    return {"visit_no": tr("No."), "plot_id": tr("Plot"), "epoch_plot_id": tr("Epoch plot ID"),
            "plot_uuid": tr("Plot UUID"), "producer": tr("Producer"),
            "commodity": tr("Commodity"), "collection_id": tr("Collection"), "why_visit": tr("Why visit"),
            "epoch_status": tr("Epoch status"), "second_opinion": tr("Second opinion"), "area_ha": tr("Area (ha)"),
            "deforested_ha": tr("Deforested after 2020 (ha)"), "alert_from": tr("Alert from"),
            "alert_to": tr("Alert to"), "latitude": tr("Latitude"), "longitude": tr("Longitude"),
            "visit_date": tr("Visit date"), "observed_land_use": tr("Observed land use"),
            "deforestation_seen": tr("Deforestation seen"), "photo": tr("Photo"), "notes": tr("Notes")}

S, INT, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
#: (column, OGR type, alias, source column in report_plots)
INFO_COLUMNS: List[Tuple[str, int, str, str]] = [
    ("visit_no", INT, "No.", "visit_no"), ("plot_id", S, "Plot", "plotid"),
    ("epoch_plot_id", S, "Epoch plot ID", "plotid"), ("plot_uuid", S, "Plot UUID", "uuid"),
    ("producer", S, "Producer", "producer"), ("commodity", S, "Commodity", "commodity"),
    ("collection_id", S, "Collection", "collection_id"), ("why_visit", S, "Why visit", "visit_reason"),
    ("epoch_status", S, "Epoch status", "epoch_status"), ("second_opinion", S, "Second opinion", "second_opinion_word"),
    ("area_ha", R, "Area (ha)", "area"), ("deforested_ha", R, "Deforested after 2020 (ha)", "noncompliance_area"),
    ("alert_from", S, "Alert from", "alert_from"), ("alert_to", S, "Alert to", "alert_to"),
    ("latitude", R, "Latitude", "latitude"), ("longitude", R, "Longitude", "longitude"),
]
EDIT_COLUMNS: List[Tuple[str, int, str]] = [
    ("visit_date", ogr.OFTDate, "Visit date"), ("observed_land_use", S, "Observed land use"),
    ("deforestation_seen", S, "Deforestation seen"), ("photo", S, "Photo"), ("notes", S, "Notes"),
]


def _earlier_visits(dataset) -> Dict[str, Dict[str, Any]]:
    """What was filled in an existing ``field_checks``, by plot uuid and by plot id."""
    layer = dataset.GetLayerByName(FIELD_CHECKS)
    if layer is None:
        return {}
    definition = layer.GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    kept: Dict[str, Dict[str, Any]] = {}
    for feature in layer:
        values = {name: feature.GetField(name) for name in EDITABLE if name in names}
        if not any(value not in (None, "") for value in values.values()):
            continue
        if values.get("visit_date"):
            values["visit_date"] = str(values["visit_date"]).replace("/", "-")[:10]
        for key in ("plot_uuid", "plot_id"):
            if key in names and feature.GetField(key):
                kept.setdefault(f"{key}:{feature.GetField(key)}", values)
    return kept


def write_field_checks(gpkg: Path, cancel: Cancel = never_cancelled) -> int:
    """``field_checks`` from the report's plots to visit (earlier entries kept); the number of plots."""
    with report_dataset(gpkg) as dataset:
        kept = _earlier_visits(dataset)
        plots = dataset.GetLayerByName(PLOTS)
        plots.SetAttributeFilter("visit_no IS NOT NULL")
        has_own = plots.GetLayerDefn().GetFieldIndex(OWN_ID) >= 0  # a report written before it had none
        rows = []
        for feature in plots:
            props = {column: feature.GetField(source) for column, _, _, source in INFO_COLUMNS}
            own = feature.GetField(OWN_ID) if has_own else None
            if own:
                props["plot_id"] = own  # as the PDF names the plot
            earlier = (kept.get(f"plot_uuid:{props['plot_uuid']}") or kept.get(f"plot_id:{props['plot_id']}")
                       or kept.get(f"plot_id:{props['epoch_plot_id']}") or {})  # a copy made before: Epoch's id
            props.update(earlier)
            geometry = feature.GetGeometryRef()
            rows.append((props, geometry.Clone() if geometry is not None else None))
        plots.SetAttributeFilter(None)
        geometry_type = plots.GetGeomType()
        columns = [(name, kind) for name, kind, _, _ in INFO_COLUMNS] + [(name, kind) for name, kind, _ in EDIT_COLUMNS]
        return replace_layer(dataset, FIELD_CHECKS, geometry_type, columns, rows, cancel)


def configure_field_checks(layer) -> None:
    """Aliases, read-only report fields and the edit widgets of a ``field_checks`` layer."""
    from qgis.core import QgsEditorWidgetSetup, QgsExpression

    labels = choice_labels()

    def value_map(choices):
        return QgsEditorWidgetSetup("ValueMap", {"map": [{labels.get(value, label): value}
                                                         for value, label in choices]})

    widgets = {
        "visit_date": QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                                        "calendar_popup": True, "allow_null": True}),
        "observed_land_use": value_map(LAND_USES),
        "deforestation_seen": value_map(DEFORESTATION_SEEN),
        "photo": QgsEditorWidgetSetup("ExternalResource", {"DocumentViewer": 1, "RelativeStorage": 1,
                                                           "StorageMode": 0, "FileWidget": True,
                                                           "FileWidgetButton": True, "DocumentViewerHeight": 0,
                                                           "DocumentViewerWidth": 0}),
        "notes": QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}),
    }
    aliases = {name: alias for name, _, alias, _ in INFO_COLUMNS}
    aliases.update({name: alias for name, _, alias in EDIT_COLUMNS})
    aliases.update({name: alias for name, alias in column_aliases().items() if name in aliases})
    form = layer.editFormConfig()
    for index, field in enumerate(layer.fields()):
        name = field.name()
        if name in aliases:
            layer.setFieldAlias(index, aliases[name])
        if name in widgets:
            layer.setEditorWidgetSetup(index, widgets[name])
        elif name in aliases:
            form.setReadOnly(index, True)
    layer.setEditFormConfig(form)
    number = QgsExpression.quotedString(tr("No.") + " ")  # "N° 12 P-0007" in French: each language's sign
    layer.setDisplayExpression(f"{number} || \"visit_no\" || ' ' || coalesce(\"plot_id\", '')")


def _field_checks_style(layer) -> None:
    """Plots to visit: Epoch's colour, a thick orange outline and their number."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor

    from ..styles.renderers import apply_style

    apply_style(layer, "plots")
    settings = QgsPalLayerSettings()
    settings.fieldName = "visit_no"
    text = QgsTextFormat()
    text.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _field_checks_form(layer) -> None:
    """The field checks layer's style and form (stored with it, so QField shows both)."""
    _field_checks_style(layer)
    configure_field_checks(layer)


def write_qfield_copy(gpkg: Path, qgz: Path, cancel: Cancel = never_cancelled) -> Path:
    """``field_checks`` in ``gpkg`` and the project ``qgz`` (next to it) that opens it; returns ``qgz``."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    from ..styles.renderers import apply_style
    from ..writer.results import layer_uri, store_style

    write_field_checks(gpkg, cancel)
    project = QgsProject()
    project.setFileName(str(qgz))
    project.setTitle(tr("Epoch EUDR field checks"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    project.writeEntry("Paths", "/Absolute", False)  # relative paths: the folder travels as a whole
    layers = []
    for name, title, kind, action in ((FIELD_CHECKS, tr("Field checks (plots to visit)"), "", "offline"),
                                      (PLOTS, tr("All plots"), "plots", "copy"),
                                      (OUTLINES, tr("Assessment outlines"), "outline", "copy"),  # a shed or plots
                                      (FACILITIES, tr("Facilities"), "facility_point", "copy")):
        layer = QgsVectorLayer(layer_uri(gpkg, name), title, "ogr")
        if not layer.isValid():
            raise OSError(f"Could not open layer '{name}' of {gpkg}")
        if kind:
            store_style(gpkg, name, kind)
            apply_style(layer, kind)
        else:
            _field_checks_form(layer)
            store_style(gpkg, name, FIELD_CHECKS, _field_checks_form, "Epoch EUDR field checks: style and form")
        layer.setCustomProperty("QFieldSync/action", action)
        layer.setCustomProperty("QFieldSync/cloud_action", action)
        layers.append(layer)
    project.addMapLayers(layers)
    extent = layers[0].extent() if layers[0].featureCount() else layers[1].extent()
    view = project.viewSettings()
    if hasattr(view, "setDefaultViewExtent") and not extent.isEmpty():
        from qgis.core import QgsReferencedRectangle

        extent.scale(1.2)
        view.setDefaultViewExtent(QgsReferencedRectangle(extent, layers[0].crs()))
    qgz = Path(qgz)
    if not project.write(str(qgz)):
        raise OSError(tr("Could not write the QField project {file}: {error}").format(file=qgz, error=project.error()))
    return qgz


def field_check_widgets(layer) -> Dict[str, Tuple[str, Optional[dict]]]:
    """``{field: (widget type, config)}`` of a layer (what a test or a check of a package reads)."""
    return {field.name(): (field.editorWidgetSetup().type(), field.editorWidgetSetup().config())
            for field in layer.fields()}
