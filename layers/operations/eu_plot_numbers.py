"""The plots layer gets the reference and verification numbers of the statement that declared each plot.

A due diligence statement carries the geolocation of its plots (Regulation (EU) 2023/1115, Art. 9 and Annex II);
the numbers are kept beside the plots, in the plots' own GeoPackage (``eu_statement_plots``,
core/gpkg/statements.py), and the plots table itself is never changed. So the numbers reach the plots layer of the
project as a virtual join on the feature id: ``eu_reference_number`` and ``eu_verification_number`` on every plot
of an AVAILABLE statement (a plot of a withdrawn or rejected statement shows none; a plot declared again shows its
latest statement). The join layer is that table filtered to the plots table and AVAILABLE statements, added to the
project (a join needs its layer there) and read again when a statement changes. Main thread only: it changes the
project.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

from qgis.core import QgsExpression, QgsProject, QgsProviderRegistry, QgsVectorLayer, QgsVectorLayerJoinInfo
from qgis.PyQt.QtCore import QCoreApplication

from ...core.eu_is.records import AVAILABLE, StatementRecord
from ...core.gpkg.statements import PLOTS
from ..writer.join import id_field
from ..writer.results import layer_uri
from .eu_statements import plots_geopackage

PREFIX = "eu_"
JOINED = ["reference_number", "verification_number"]


def tr(text: str) -> str:
    return QCoreApplication.translate("EuPlotNumbers", text)


def aliases():
    """The joined columns as the plots layer shows them (stored names stay English)."""
    return {"reference_number": tr("EU reference number"), "verification_number": tr("EU verification number")}


def table_aliases():
    """Every column of the statement numbers table as its own layer shows them (attribute table, identify)."""
    return {"plots_table": tr("Plots table"), "plot_fid": tr("Plot feature id"), "local_id": tr("Statement"),
            "uuid": tr("Statement UUID"), "internal_reference": tr("Internal reference"), "status": tr("Status"),
            **aliases()}


def _same_file(one: str, other: str) -> bool:
    return bool(one and other) and os.path.realpath(one) == os.path.realpath(other)


def _subset(plots_table: str) -> str:
    """The rows of ``plots_table``'s plots in AVAILABLE statements, the latest statement of each plot only (a plot
    is declared again with each shipment; the rows of a later or amended statement are written later)."""
    where = (f'"plots_table" = {QgsExpression.quotedValue(plots_table)} AND '
             f'"status" = {QgsExpression.quotedValue(AVAILABLE)}')
    # values quoted by QGIS (quotedValue), the table a constant of ours: no user text reaches the SQL unquoted
    return f'{where} AND "fid" IN (SELECT MAX("fid") FROM "{PLOTS}" WHERE {where} GROUP BY "plot_fid")'  # nosec B608


def _numbers_layer(project: QgsProject, gpkg: str, plots_table: str) -> Optional[QgsVectorLayer]:
    """The project's layer of the statement numbers of ``plots_table``, added if it is not there yet."""
    subset = _subset(plots_table)
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr" and layer.subsetString() == subset:
            parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
            if parts.get("layerName") == PLOTS and _same_file(str(parts.get("path") or ""), gpkg):
                return layer
    layer = QgsVectorLayer(layer_uri(Path(gpkg), PLOTS), tr("Statement numbers of {table}").format(
        table=plots_table), "ogr")
    if not layer.isValid() or not layer.setSubsetString(subset):
        return None
    for name, alias in table_aliases().items():  # the joined columns keep these names on the plots layer
        if layer.fields().indexOf(name) >= 0:
            layer.setFieldAlias(layer.fields().indexOf(name), alias)
    project.addMapLayer(layer, False)
    project.layerTreeRoot().addLayer(layer)  # below the user's layers: a table, nothing drawn
    return layer


def _join(plots: QgsVectorLayer, numbers: QgsVectorLayer) -> bool:
    """Join ``numbers`` to ``plots`` by feature id, once; True when the plots layer has the join."""
    if any(info.joinLayerId() == numbers.id() for info in plots.vectorJoins()):
        return True
    target = id_field(plots)  # a GeoPackage's fid: the feature id the statement recorded
    if not target:
        return False
    info = QgsVectorLayerJoinInfo()
    info.setJoinLayer(numbers)
    info.setJoinFieldName("plot_fid")
    info.setTargetFieldName(target)
    info.setPrefix(PREFIX)
    info.setJoinFieldNamesSubset(list(JOINED))
    info.setUsingMemoryCache(False)  # read again after each change of a statement
    info.setEditable(False)
    return plots.addJoin(info)


def show_numbers_on_plots(records: Iterable[StatementRecord],
                          project: Optional[QgsProject] = None) -> List[QgsVectorLayer]:
    """Main thread: the plots layers of the project that ``records`` declared get (or show again) the numbers of
    their statements; returns those plots layers."""
    project = project or QgsProject.instance()
    targets: List[Tuple[str, str]] = []
    for record in records:
        if record.plots_gpkg and record.plots_table and (record.plots_gpkg, record.plots_table) not in targets:
            targets.append((record.plots_gpkg, record.plots_table))
    shown: List[QgsVectorLayer] = []
    for gpkg, table in targets:
        plots_layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
                        and _declared_in(layer, gpkg, table)]
        if not plots_layers:
            continue
        numbers = _numbers_layer(project, gpkg, table)
        if numbers is None:
            continue
        numbers.reload()  # the statement's numbers were written beside the plots by another connection
        for plots in plots_layers:
            if _join(plots, numbers):
                plots.triggerRepaint()
                shown.append(plots)
    return shown


def _declared_in(layer: QgsVectorLayer, gpkg: str, table: str) -> bool:
    path, name = plots_geopackage(layer)
    return name == table and _same_file(path, gpkg)
