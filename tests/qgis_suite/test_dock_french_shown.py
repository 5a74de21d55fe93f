"""The dock in French shows stored values in French (stored values stay English): the Assessments tab's country and
commodity filters, the drill-down's verdict filter, the screening's and drill-down's alert and shape words, the check
sample's line (one form per count, the translation's separators), the Submit tab's countries and server.
In the dock at its default 470 px: nothing cut, every status cell of the producers', drill-down's and screening's
tables read whole and in view (a cell's text measured against its column, with Qt's text margins), the search and
coordinates hints read whole in their fields, a number box's name on one line.
The translator is the plugin's own, compiled from the committed .ts (conftest's ``french``)."""

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLineEdit, QPushButton

from .dock_driver import click, lay_out, settle, wait_until
from .helpers import facilities_layer, plots_layer

NBSP = "\u00a0"


@pytest.fixture
def french(french):
    """QGIS in French with the shipped translation (conftest's ``french``), Qt's default locale French too."""
    QLocale.setDefault(QLocale("fr_FR"))
    yield french
    QLocale.setDefault(QLocale("en_US"))


def log_in(dock):
    """Signing in to the sandbox as the French user does (dock_driver's checks the English note)."""
    tab = dock.connection
    tab.server.setCurrentIndex(tab.server.findData("sandbox"))
    QTest.keyClicks(tab.findChild(QLineEdit, "login"), DEMO_EMAIL)
    QTest.keyClicks(tab.findChild(QLineEdit, "secret"), DEMO_PASSWORD)
    click(tab.findChild(QPushButton, "save_login"))
    assert tab.session.settings.authcfg


def _loaded(dock):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and tab.country_filter.count() > 1, timeout=60)
    return tab


def _column(model, key):
    return [k for k, _ in model.columns].index(key)


def test_country_and_commodity_filters_list_french_names_and_filter_on_the_stored_value(french, dock):
    tab = _loaded(dock)
    countries = {tab.country_filter.itemData(i): tab.country_filter.itemText(i)
                 for i in range(1, tab.country_filter.count())}
    assert countries.get("Brazil", "Brésil") == "Brésil" and countries.get("Indonesia", "Indonésie") == "Indonésie"
    assert countries.get("Ivory Coast", "Côte d’Ivoire") == "Côte d’Ivoire"
    assert any(text != stored for stored, text in countries.items())
    commodities = {tab.commodity_filter.itemData(i): tab.commodity_filter.itemText(i)
                   for i in range(1, tab.commodity_filter.count())}
    assert commodities and not any(text == stored for stored, text in commodities.items()), commodities
    assert commodities.get("cocoa", "Cacao") == "Cacao"
    stored = next(iter(countries))
    tab.country_filter.setCurrentIndex(tab.country_filter.findData(stored))  # the French name chosen
    wait_until(lambda: not tab.model.pending() and tab.model.rowCount() > 0)
    assert {tab.model.row_at(r).get("country") for r in range(tab.model.rowCount())} == {stored}


def test_the_drill_down_filter_names_verdicts_in_french(french, dock):
    from epoch_eudr.layers.styles.explanations import verdict_words

    texts = [dock.assessments.plots_filter.itemText(i) for i in range(dock.assessments.plots_filter.count())]
    assert not any("NON_COMPLIANT" in t or "NEEDS_REVIEW" in t for t in texts), texts
    words = verdict_words()
    assert words["NON_COMPLIANT"] != "Non-Compliant"  # French words
    for verdict in ("NON_COMPLIANT", "NEEDS_REVIEW"):
        assert f"Second avis{NBSP}: {words[verdict]}" in texts, texts


def _cells(model, key):
    column = _column(model, key)
    return [(model.row_at(r).get(key), model.index(r, column).data(),
             model.index(r, column).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())]


FRENCH_ALERTS = {"critical": "critique", "non-critical": "non critique", "no deforestation": "pas de déforestation"}


def test_screening_alert_and_shape_are_french_in_the_table_and_its_tooltip(french, dock):
    log_in(dock)
    layer = plots_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    screening.option_boxes["include_deforestation"].setChecked(True)
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 6 and screening.run_button.isEnabled(), timeout=60)
    alerts = _cells(screening.model, "deforestation_alert")
    assert alerts and all(stored in FRENCH_ALERTS for stored, _shown, _tip in alerts), alerts  # stored English
    assert all(shown == tip == FRENCH_ALERTS[stored] for stored, shown, tip in alerts), alerts
    shapes = _cells(screening.model, "shape_validity")
    assert ("valid", "valide", "valide") in shapes, shapes


def test_drill_down_alert_is_french(french, dock):
    tab = _loaded(dock)
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    wait_until(lambda: tab.plots_model.rowCount() > 0 and not tab.plots_model.pending())
    alerts = [cell for cell in _cells(tab.plots_model, "deforestation_alert") if cell[0]]
    assert alerts and all(shown == tip == FRENCH_ALERTS[stored] for stored, shown, tip in alerts), alerts


def test_check_sample_line_agrees_its_counts_and_uses_french_separators(french, dock):
    tab = _loaded(dock)
    click(tab.sample_button)
    wait_until(lambda: not tab.task_bar.busy() and "graine" in tab.status.text(), timeout=60)
    text = tab.status.text()
    assert "(s)" not in text, text
    assert f"Échantillon de contrôle (graine 1){NBSP}: " in text, text
    assert f"{NBSP}; " in text and " ; " not in text.replace(f"{NBSP}; ", ""), text  # between the risk classes
    assert " producteurs, " in text or " 1 producteur, " in text or ": 0 producteur, " in text, text


def test_check_sample_words_take_the_singular_french_gives_0_and_1(french):
    from epoch_eudr.layers.words.check_sample import sample_summary

    one = sample_summary(2, [{"risk": "low", "share": 1, "population": 7, "required": 1}], 1)
    assert one == f"Échantillon de contrôle (graine 2){NBSP}: 1 producteur, 1 ligne{NBSP}: risque faible{NBSP}: " \
                  f"1 sur 7 (1{NBSP}%)", one
    assert f"0 producteur, 0 ligne{NBSP}: aucun producteur" in sample_summary(3, [], 0)


def test_submit_confirmation_names_countries_in_french_and_the_sandbox_too(french, dock, job_store):
    from epoch_eudr.core.jobs import new_job

    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3 and screening.run_button.isEnabled(), timeout=60)
    for row in range(3):
        screening.model.setData(screening.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    asked = []
    dock.submit.confirm = lambda text: asked.append(text) or False  # read, then answer no: nothing sent
    click(dock.submit.submit_button)
    wait_until(lambda: asked and not dock.submit.task_bar.busy(), timeout=30)
    assert "Indonésie" in asked[0] and "Côte d’Ivoire" in asked[0], asked[0]
    assert "Indonesia" not in asked[0] and "Ivory Coast" not in asked[0], asked[0]
    tab = dock.submit
    tab.watcher.add(new_job("cocoa_here", "0xabc", commodity="cocoa", location_type="plot", features=1,
                            server_url="http://127.0.0.1:8123", source="panel", status="submitted"))
    wait_until(lambda: tab.table.rowCount() >= 1)
    tips = [tab.table.item(r, 1).toolTip() for r in range(tab.table.rowCount())]
    assert any("bac à sable local" in tip for tip in tips) and not any("local sandbox" in tip for tip in tips), tips



def _cut(dock, tab):
    """The labels and buttons ``tab`` shows whose text needs more room than they have (and does not wrap), or
    that reach past the dock's right edge."""
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QLabel, QPushButton

    cut = []
    for widget in tab.findChildren(QLabel) + tab.findChildren(QPushButton):
        if not widget.isVisibleTo(tab) or not widget.text():
            continue
        right = widget.mapTo(dock, QPoint(widget.width(), 0)).x()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if (not wraps and widget.sizeHint().width() > widget.width()) or right > dock.width():
            cut.append((widget.objectName(), widget.text(), widget.sizeHint().width(), widget.width(), right))
    return cut


def test_nothing_is_cut_in_french_in_the_470_px_dock(french, dock):
    """The Assessments (its changes box shown: two loads) and Submit tabs in French in the 470 px dock:
    every label and button shows its whole text (a longer French text wraps or has a row of its own)."""
    from qgis.core import QgsApplication

    tab = _loaded(dock)
    window = dock.window()
    window.resize(800, 1000)
    window.show()  # laid out as the user sees it (a hidden dock's tabs keep their first geometry)
    dock.show()
    dock.resize(470, 900)
    click(tab.load_button)  # a second load: the changes box shows ("Changes since" the first)
    wait_until(lambda: tab.ready() and tab.changes.isVisibleTo(tab), timeout=60)
    found = {}
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        for _ in range(10):
            QgsApplication.processEvents()
        for mine in (dock.assessments, dock.submit):
            if mine.isVisibleTo(dock):
                found[type(mine).__name__] = _cut(dock, mine)
    assert dock.width() <= 470 and set(found) == {"AssessmentsTab", "SubmitTab"}
    assert not any(found.values()), found


def test_the_screening_tabs_own_rows_fit_the_470_px_dock_in_french(french, dock):
    """The Screening tab's form, checks and result buttons fit the 470 px dock in French (a long label wraps or
    goes above its box; a number box has its name beside it, not in its text). The check-before-upload box and
    the check-before-upload box (a button per row) are measured here; the facility card by its own tests."""
    from epoch_eudr.ui.wdg_facility_card import FacilityCheckCard
    from qgis.core import QgsApplication

    window = dock.window()
    window.resize(800, 1000)
    window.show()
    dock.show()
    dock.resize(470, 900)
    dock.tabs.setCurrentIndex(1)
    for _ in range(10):
        QgsApplication.processEvents()
    tab = dock.screening
    margins = tab.layout().contentsMargins()
    room = dock.tabs.currentWidget().viewport().width() - margins.left() - margins.right()
    layout = tab.layout()
    wide = {}
    for kind in ("plot", "facility"):  # facilities show the facility validation's options
        tab.location_combo.setCurrentIndex(tab.location_combo.findData(kind))
        for _ in range(5):
            QgsApplication.processEvents()
        wide[kind] = [(item.widget() or item.layout(), item.minimumSize().width()) for item in
                      (layout.itemAt(i) for i in range(layout.count()))
                      if not isinstance(item.widget(), FacilityCheckCard)
                      and item.minimumSize().width() > room]
    assert dock.width() <= 470 and wide == {"plot": [], "facility": []}, (room, wide)


def test_no_label_stays_without_its_box(dock):
    """Plots show the production volume, facilities the commodity radius: each label shows with its box only."""
    from qgis.PyQt.QtWidgets import QLabel

    tab = dock.screening
    dock.show()
    for kind in ("plot", "facility", "plot"):
        tab.location_combo.setCurrentIndex(tab.location_combo.findData(kind))
        orphans = [label.text() for label in tab.findChildren(QLabel)
                   if label.buddy() is not None and label.isVisibleTo(tab) != label.buddy().isVisibleTo(tab)]
        assert orphans == [], (kind, orphans)
    assert tab.volume_label.isVisibleTo(tab) and not tab.radius_label.isVisibleTo(tab)


def test_the_filters_show_their_whole_words_in_french_in_the_470_px_dock(french, dock):
    """Each filter's first choice ("Tous les risques UE", "Tous les statuts") is read whole at 470 px."""
    tab = _loaded(dock)
    lay_out(dock, tab)
    cut = []
    for combo in (tab.view, tab.status_filter, tab.commodity_filter, tab.country_filter, tab.eu_filter):
        text = combo.itemText(0)
        if combo.width() < combo.fontMetrics().horizontalAdvance(text) + 24:  # the arrow's room
            cut.append((combo.objectName(), text, combo.width()))
    assert cut == [], cut


def test_one_screened_plot_is_said_in_the_singular_and_a_failure_in_french_typography(french, dock):
    """Submit tab after screening one plot: "1 parcelle analysée de « x »", not "1 parcelles"; a task's failure
    "tâche : raison" with a no-break space (the translation types it, not the code)."""
    from epoch_eudr.layers.operations.task import failure_text
    from epoch_eudr.ui.wdg_assessments import AssessmentsTab  # noqa: F401 (the dock's modules loaded)

    log_in(dock)
    layer = plots_layer("one plot")
    layer.setSubsetString('"plot" = \'P0\'')
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 1 and screening.run_button.isEnabled(), timeout=60)
    said = dock.submit.what.text()
    assert said.startswith("1 parcelle analysée de «\u00a0one plot\u00a0»"), said
    assert failure_text("Rédaction du rapport terrain", "Rien à mettre") == \
        "Rédaction du rapport terrain\u00a0: Rien à mettre"


def _scroll_to_status(view, status):
    """The view scrolled to a row showing ``status`` (the drill-down's order and the view's height decide which
    rows are in view at first); fails when no row shows it."""
    model = view.model()
    column = _column(model, "status")
    wait_until(lambda: any(model.index(r, column).data() == status for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == status)
    view.scrollTo(model.index(row, column))
    settle(0.5)


def _rows_in_view(view):
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model().rowCount() - 1) + 1)


def _cut_cells(view, keys):
    """The cells of columns ``keys`` in view whose text is not read whole: wider than the room the cell gives
    its text (Qt's item text margin each side), or the column reaching past the table's right edge (the user
    would have to scroll sideways to read it)."""
    from qgis.PyQt.QtWidgets import QStyle

    model = view.model()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = view.fontMetrics()
    assert view.isVisible() and view.horizontalScrollBar().value() == 0
    cut = []
    for key in keys:
        column = _column(model, key)
        width, left = view.columnWidth(column), view.columnViewportPosition(column)
        for row in _rows_in_view(view):
            text = model.index(row, column).data() or ""
            if metrics.horizontalAdvance(text) + 2 * margin > width or left + width > view.viewport().width():
                cut.append((key, text, metrics.horizontalAdvance(text), width, left + width,
                            view.viewport().width()))
    return cut


def _read(view, keys):
    """Whether every cell of ``keys`` in view shows its row (the pages are read in a thread)."""
    model = view.model()
    return all(model.index(row, _column(model, key)).data() for key in keys for row in _rows_in_view(view))


def test_every_status_of_the_producers_table_is_read_whole_and_in_view_in_french_at_470_px(french, dock):
    """The producers' status ("Risque moyen", "Non évaluable") is read whole beside the producer in the 470 px
    dock: the producer's name gives way (elided, whole in its tooltip), not the status."""
    tab = _loaded(dock)
    lay_out(dock, tab)
    click(tab.load_button)  # loaded as the user loads: the dock already narrow
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and not tab.model.pending(), timeout=60)
    wait_until(lambda: _read(tab.table, ["status"]))
    settle(1.2)  # the columns fitted to the rows read
    assert _cut_cells(tab.table, ["status"]) == []
    shown = {tab.model.index(row, _column(tab.model, "status")).data() for row in _rows_in_view(tab.table)}
    assert {"Risque élevé", "Risque moyen"} <= shown, shown  # French, several statuses
    producer = _column(tab.model, "company_name")
    names = [tab.model.row_at(row)["company_name"] for row in _rows_in_view(tab.table)]
    tips = [tab.model.index(row, producer).data(Qt.ItemDataRole.ToolTipRole) for row in _rows_in_view(tab.table)]
    assert tips == names and all(names), tips  # a producer's name elided is whole in its tooltip


def test_every_status_of_the_drill_down_is_read_whole_in_french_at_470_px_even_drilled_from_another_tab(
        french, dock):
    """The drill-down's status and second opinion ("Non conforme") are read whole in the 470 px dock, also when
    the user looked at another tab while the plots were drilled down (a hidden view reads no row to fit to)."""
    tab = _loaded(dock)
    lay_out(dock, tab)
    tab.table.selectRow(0)
    click(tab.drill_button)
    dock.tabs.setCurrentIndex(0)  # the Connection tab meanwhile
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    wait_until(lambda: tab.plots_model.rowCount() > 0 and not tab.plots_model.pending())
    settle(1.5)  # every try to fit the hidden view is over
    dock.show_tab(tab)
    keys = ["status", "second_opinion"]
    wait_until(lambda: _read(tab.plots_table, keys))
    assert _cut_cells(tab.plots_table, keys) == []  # at once: a status is as wide as its longest word
    settle(1.2)
    assert _cut_cells(tab.plots_table, keys) == []  # and once fitted to the rows read
    _scroll_to_status(tab.plots_table, "Non conforme")
    assert _cut_cells(tab.plots_table, keys) == []
    shown = {tab.plots_model.index(row, _column(tab.plots_model, "status")).data()
             for row in _rows_in_view(tab.plots_table)}
    assert "Non conforme" in shown, shown


def test_every_status_of_the_screening_table_is_read_whole_in_french_at_470_px(french, dock):
    log_in(dock)
    layer = plots_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    lay_out(dock, dock.tabs.widget(1))
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 6 and screening.run_button.isEnabled(), timeout=60)
    dock.tabs.widget(1).ensureWidgetVisible(screening.table)
    settle(0.5)
    assert _cut_cells(screening.table, ["status"]) == []
    shown = {screening.model.index(row, _column(screening.model, "status")).data() for row in range(6)}
    assert shown == {"Conforme", "Non conforme"}, shown


def _hint_cut(field):
    """How much of ``field``'s placeholder does not fit its text area (0: read whole): the field's contents
    less Qt's 2 px text margin each side and, with a clear button, the button's room."""
    room = field.contentsRect().width() - 4 - (24 if field.isClearButtonEnabled() else 0)
    return max(0, field.fontMetrics().horizontalAdvance(field.placeholderText()) - room)


def test_the_search_hint_is_read_whole_in_french_at_470_px(french, dock):
    tab = _loaded(dock)
    lay_out(dock, tab)
    assert tab.search.placeholderText() == "Rechercher producteur, produit, pays ..."
    assert tab.search.isVisible() and _hint_cut(tab.search) == 0, (tab.search.width(), _hint_cut(tab.search))
    assert tab.search.toolTip() == tab.search.placeholderText()  # said while a search is typed too
    assert tab.sample_filter.isVisible() and not _cut(dock, tab)


def test_the_coordinates_hint_is_read_whole_in_french_at_470_px(french, dock):
    screening = dock.screening
    lay_out(dock, dock.tabs.widget(1))
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("facility"))
    field = screening.findChild(QLineEdit, "facility_coordinates")
    dock.tabs.widget(1).ensureWidgetVisible(field)
    settle(0.3)
    assert field.placeholderText() == "ou saisissez longitude, latitude (WGS 84)"
    assert field.isVisible() and _hint_cut(field) == 0, (field.width(), _hint_cut(field))
    assert field.toolTip() == field.placeholderText()
    right = field.mapTo(dock, field.rect().topRight()).x()
    buttons = [screening.findChild(QPushButton, name) for name in ("pick_facility", "check_facility")]
    assert right <= dock.width() and all(b.isVisible() and b.sizeHint().width() <= b.width() for b in buttons)


def test_a_number_box_name_is_read_on_one_line_in_french_at_470_px(french, dock):
    """"Rayon du produit de base" beside a box saying "valeur par défaut d'Epoch (5 000 m)" was squeezed to
    a word a line; each name before a number box reads on one line (above its box when the row is short)."""
    screening = dock.screening
    lay_out(dock, dock.tabs.widget(1))
    lines = {}
    for kind, label in (("plot", screening.volume_label), ("facility", screening.radius_label)):
        screening.location_combo.setCurrentIndex(screening.location_combo.findData(kind))
        dock.tabs.widget(1).ensureWidgetVisible(label)
        settle(0.3)
        assert label.isVisible()
        lines[label.text()] = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert set(lines.values()) == {1}, lines


def test_every_status_is_read_whole_in_english_at_470_px_too(dock):
    """The same tables in English ("Not Assessable", "Non-Compliant"): statuses whole and in view."""
    tab = _loaded(dock)
    lay_out(dock, tab)
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and not tab.model.pending(), timeout=60)
    wait_until(lambda: _read(tab.table, ["status"]))
    settle(1.2)
    assert _cut_cells(tab.table, ["status"]) == []
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    wait_until(lambda: tab.plots_model.rowCount() > 0 and not tab.plots_model.pending())
    keys = ["status", "second_opinion"]
    wait_until(lambda: _read(tab.plots_table, keys))
    settle(1.2)
    assert _cut_cells(tab.plots_table, keys) == []
    _scroll_to_status(tab.plots_table, "Non-Compliant")  # the longest plot status, wherever the rows put it
    assert _cut_cells(tab.plots_table, keys) == []
    shown = {tab.plots_model.index(row, _column(tab.plots_model, "status")).data()
             for row in _rows_in_view(tab.plots_table)}
    assert "Non-Compliant" in shown, shown
