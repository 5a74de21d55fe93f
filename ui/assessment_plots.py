"""The Assessments tab's drill-down plots view: the plots of the producer drilled down, their filter (the plots
layer's own filter, as the producers' filters are the assessments layer's: :mod:`.assessment_filters`), their
cards and the map on them; a producer Epoch has no plots for is said plainly, with nothing added to the map."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt

from ..core.plot_ids import user_plot_id_field
from ..core.result_kinds import RESULT_KINDS
from ..core.risk import PLOT_STATUSES
from ..layers.styles.explanations import verdict_words
from ..layers.tables.layer_rows import TableStats, table_of
from .assessment_labels import PLOT_FILTER_FIELDS
from .column_labels import translated
from .column_sizing import fit_when_read
from .table_reader import ReadInThread
from .wdg_common import show_status

PLOTS = RESULT_KINDS["plots"]


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)  # the tab's context: one set of translations


def plot_filters():
    """The drill-down plots' filters (:data:`PLOT_FILTER_FIELDS`): (label, field, value), a verdict in the words
    the table shows it in (the stored verdict filters)."""
    words = verdict_words()
    labels = [tr("All plots"), tr("Epoch and the second opinion disagree")]
    labels += [tr("Second opinion: {verdict}").format(verdict=words.get(value, value))
               for _key, value in PLOT_FILTER_FIELDS[2:]]
    return [(label, key, value) for label, (key, value) in zip(labels, PLOT_FILTER_FIELDS)]


class PlotsView:
    """Mixed into :class:`~.wdg_assessments.AssessmentsTab` (its widgets, models and ``plots_follows``)."""

    _drilled_fid: Optional[int] = None

    def _filter_plots(self) -> None:
        """One of :data:`PLOT_FILTER_FIELDS` on the drill-down plots (the other filter fields cleared)."""
        key, value = self.plots_filter.currentData() or ("", "")
        query = self.plots_model.query
        for name, _value in PLOT_FILTER_FIELDS[1:]:
            query = query.with_filter(name, "")
        self.plots_model.set_query(query.with_filter(key, value) if key else query)
        self.plots_follows.changed()

    def _plots_shown(self) -> None:
        if self.stack.currentWidget() is self.plots_table:
            fit_when_read(self.plots_table, self.plots_model, PLOT_STATUSES)
        self._empty_note()

    def _drilled(self, outcome, layers, fid: Optional[int] = None):
        """The plots in their view, the map on them; a producer without plots said plainly (nothing added)."""
        written = [output for output in outcome.outputs() if output.kind == PLOTS.key]
        plots = [layer for output, layer in zip(outcome.outputs(), layers) if output.kind == PLOTS.key]
        if not plots:
            text = tr("Epoch has no plots for {producer}: nothing was added to the map.").format(
                producer=getattr(outcome, "producer", "") or "?")
            show_status(self.status, text, Qgis.MessageLevel.Warning)
            return Qgis.MessageLevel.Warning, text
        self.plot_cards.setVisible(True)
        self._drilled_fid = fid  # the plots view's producer (its DDS, a drill-down again)
        self.show_plots(plots[0], TableStats(total=written[0].count, counts=dict(outcome.counts)))
        self.view.setCurrentIndex(2)  # what was asked for: the producer's plots
        if layers and self.iface is not None and self.iface.mapCanvas() is not None:
            extent = layers[-1].extent()
            for layer in layers[:-1]:
                extent.combineExtentWith(layer.extent())
            extent.scale(1.1)
            self.iface.mapCanvas().setExtent(extent)
            self.iface.mapCanvas().refresh()

    def show_plots(self, layer: QgsVectorLayer, stats: Optional[TableStats] = None) -> None:
        """The drill-down's plots in the third view (paged from the GeoPackage like every table here);
        ``stats``: their counts (the drill-down's), else counted in a task."""
        self.plots_layer = layer
        own = user_plot_id_field([f.name() for f in layer.fields()])  # the user's own plot id, when the plots have it
        self.plots_model.set_columns(([(own, tr("Your plot id"))] if own else []) + translated(PLOTS.columns()),
                                     colour_of=self.plots_model.colour_of)
        old, self._plots_table = self._plots_table, ReadInThread(table_of(
            layer, self.plots_model.keys(), queried=[key for key, _ in self.plots_model.columns], search=False))
        self.plots_model.set_table(self._plots_table)
        old.close()
        self.plots_follows.attach(layer, self._plots_table.table, stats)  # the cards, then the filter chosen
        self._follow("plots", self.plots_table, self.plots_model, layer, zoom=True)
        self._enable_view(2, True)
        self.view.setItemText(2, layer.name())  # "Plots: <producer>": short enough for the narrow dock
        tip = tr("Drill-down plots: {layer}").format(layer=layer.name())
        self.view.setItemData(2, tip, Qt.ItemDataRole.ToolTipRole)
