"""The Assessments tab's filters followed by the map and the cards, not only by the table.

A status, commodity, country, EU-risk, check-sample or text filter becomes the assessments layer's own
filter (:class:`~..layers.layer_filter.LayerFilter`: QGIS's ``setSubsetString``, SQL the GeoPackage
answers), so the map, the attribute table, exports and the field report show the rows the table shows;
the cards count what the layer shows ("3 of 13") with the same SQL, in a task. Clearing the filters puts
back the filter the layer had before (none by default).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Set

from qgis.core import Qgis, QgsApplication, QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer

from ..core.gpkg.tables import Query
from ..layers.operations.epoch_api import FILTER_FIELDS  # listed in the tab's combos (counted per value by the summary)
from ..layers.tables.layer_filter import LayerFilter, table_filter_sql
from ..layers.tables.layer_rows import TableStats, TableStatsTask, gpkg_source
from .assessment_labels import eu_counts, producer_tips
from .wdg_common import existing_layer

#: Typing in the search box: the layer is filtered once the user pauses (each filter re-reads the layer).
TEXT_DELAY_MS = 350


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)


def _keep_shown(layer, fids) -> None:
    """Select again the features of ``fids`` the layer's new filter still shows: QGIS clears a layer's selection
    when its filter changes, and the table's selection follows the layer's (the producer selected, then a
    search typed, would be unselected and Drill down disabled)."""
    request = QgsFeatureRequest().setFilterFids(list(fids)).setFlags(QgsFeatureRequest.Flag.NoGeometry)
    shown = [feature.id() for feature in layer.getFeatures(request.setNoAttributes())]
    if shown:
        layer.selectByIds(shown)


class MapFollows(QObject):
    """Keeps a layer's filter and the cards on a table's query; ``tab`` is the Assessments tab.

    The producers by default (``tab.model``, ``tab.cards`` and the EU cards); the drill-down plots with
    ``model``, ``source`` (the table the filters are said against), ``cards`` and no ``eu_cards``.
    """

    def __init__(self, tab: Any, on_lists: Callable[[TableStats], None], *, model: Any = None,
                 source: Optional[Callable[[], Any]] = None, cards: Any = None, eu_cards: Any = "tab",
                 list_fields=FILTER_FIELDS, refused: str = "") -> None:
        super().__init__(tab)
        self.tab, self.on_lists = tab, on_lists
        self.model = model if model is not None else tab.model
        self.source = source or tab.table_source
        self.cards = cards if cards is not None else tab.cards
        self.eu_cards = tab.eu_cards if eu_cards == "tab" else eu_cards
        self.list_fields = tuple(list_fields)
        self.refused = refused or tr("QGIS refused the filter on the layer ({filter}): the map shows every producer.")
        self.filter = LayerFilter()
        self.all: Optional[TableStats] = None  # every producer loaded: the "of 13"
        self._task: Optional[TableStatsTask] = None
        self._running: Set[TableStatsTask] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.apply)

    def pending(self) -> bool:
        return self._task is not None or self._timer.isActive()

    def attach(self, layer, table, stats: Optional[TableStats] = None) -> None:
        """A new load: follow ``layer``; the summary of all its rows fills the lists and cards: ``stats`` when
        the load's worker counted them already (the cards are set once), else counted in a task."""
        self.filter.release()
        self.filter.attach(existing_layer(layer))
        self.all = None
        self._task = None
        if stats is not None:
            self._whole(stats)
            return
        task = TableStatsTask(table, "status", self.list_fields, lambda stats: self._summed(task, stats, True),
                              producers=self.eu_cards is not None)  # the cards' tooltips (producer_tips)
        self._start(task)
        if self.model.query.filtered():
            self._timer.start(0)  # the filters chosen before this load hold for it too

    def changed(self, delay_ms: int = 0) -> None:
        """The table's query changed: the layer and cards follow (after ``delay_ms``, for typing)."""
        self._timer.start(delay_ms)

    def apply(self) -> None:
        self._timer.stop()
        layer = existing_layer(self.filter.layer)
        if layer is None:
            return
        query: Query = self.model.query
        own = table_filter_sql(self.source(), query)
        selected = layer.selectedFeatureIds()
        if not self.filter.apply(own):
            self.tab.say(self.refused.format(filter=own), Qgis.MessageLevel.Warning)
            return
        if selected and not layer.selectedFeatureCount():
            _keep_shown(layer, selected)
        if self.all is None:
            return  # the summary of the load comes first; it counts the filter when it arrives
        self._count(query)

    def _count(self, query: Query) -> None:
        if not query.filtered():
            self._task = None
            self._show(None)
            return
        layer = existing_layer(self.filter.layer)
        source = gpkg_source(layer) if layer is not None else None
        # what the layer shows, counted by its own filter: the cards and the map cannot disagree
        where = dict(shown=(source[0], source[1], layer.subsetString())) if source is not None else dict(query=query)
        task = TableStatsTask(self.source(), "status", self.list_fields,
                              lambda stats: self._summed(task, stats, False), **where)
        self._start(task)

    def _start(self, task: TableStatsTask) -> None:
        self._task = task
        self._running.add(task)  # referenced until it ends: a task's Python side must outlive its run
        QgsApplication.taskManager().addTask(task)

    def _summed(self, task: TableStatsTask, stats: Optional[TableStats], whole: bool) -> None:
        self._running.discard(task)
        if task is not self._task:
            return  # a later question's answer is on its way
        self._task = None
        if stats is None:
            return
        if whole:
            self._whole(stats)
        else:
            self._show(stats)

    def _whole(self, stats: TableStats) -> None:
        """The summary of every row loaded: the lists, then the cards (what a filter chosen before shows)."""
        self.all = stats
        self.on_lists(stats)
        if self.model.query.filtered():
            self._timer.start(0)  # the layer filtered first, then counted by its own filter
            return
        self._show(None)

    def _show(self, shown: Optional[TableStats]) -> None:
        """The cards: every producer, or "3 of 13" while a filter holds."""
        every = self.all
        if every is None:
            return
        totals: Dict[str, int] = dict(every.counts, total=every.total)
        eu_totals = eu_counts(every.value_counts.get("eu_country_risk", {}), every.total)
        if self.eu_cards is not None:  # the producers' cards: what their numbers are of (every row loaded)
            total_tips, eu_tips = producer_tips(every.total, eu_totals, every.producers)
            self.cards.set_tips(total_tips)
            self.eu_cards.set_tips(eu_tips)
        if shown is None:
            self.cards.set_counts(totals)
            if self.eu_cards is not None:
                self.eu_cards.set_counts(eu_totals)
        else:
            self.cards.set_counts(dict(shown.counts, total=shown.total), of=totals)
            if self.eu_cards is not None:
                self.eu_cards.set_counts(eu_counts(shown.value_counts.get("eu_country_risk", {}), shown.total),
                                         of=eu_totals)

    def release(self) -> None:
        """The layer's own filter back (the dock closes)."""
        self._timer.stop()
        self._task = None
        self.filter.release()
