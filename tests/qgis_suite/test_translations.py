"""The plugin in French (issue 18): the translator for QGIS's locale, the dock's tabs, Processing, core's codes.

The .qm files are compiled here from the committed .ts (lrelease) into a temporary folder, so the test
never reads a stale .qm; English stays the default for every other test.
"""

import importlib.util
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def qm_dir(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("epoch_i18n_script", ROOT / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    built = script.compile_all(ROOT, out_dir=tmp_path)
    assert {p.name for p in built} >= {f"epoch_eudr_{code}.qm" for code in ("fr", "es", "pt", "pt_BR", "id", "de")}
    monkeypatch.setattr("epoch_eudr.layers.words.language.I18N_DIR", tmp_path)
    return tmp_path


@pytest.fixture
def french(qgis_app, qm_dir):
    from epoch_eudr.layers.words.language import install_translator, remove_translator

    translator = install_translator("fr")
    assert translator is not None
    yield translator
    remove_translator(translator)


def test_locale_code_and_english_needs_no_file(qm_dir):
    from epoch_eudr.layers.words.language import install_translator, locale_code, qm_path

    assert locale_code("fr_FR") == "fr_FR" and locale_code("fr") == "fr" and locale_code("en_US") == "en_US"
    assert locale_code("pt_BR") == locale_code("pt-br") == locale_code("pt_BR.UTF-8") == "pt_BR"
    assert qm_path("en") is None and qm_path("en_US") is None and qm_path("xx") is None and qm_path("xx_YY") is None
    assert qm_path("fr") == qm_path("fr_FR") == qm_path("fr_CA") == qm_dir / "epoch_eudr_fr.qm"
    # the locale's own file first, then its language's: Brazil has its own, Portugal (and plain pt) the European one
    assert qm_path("pt_BR") == qm_dir / "epoch_eudr_pt_BR.qm"
    assert qm_path("pt_PT") == qm_path("pt") == qm_dir / "epoch_eudr_pt.qm"
    assert install_translator("en") is None and install_translator("xx") is None  # English: the source texts


@pytest.mark.parametrize("locale, connection, feature", [
    ("pt_BR", "Conexão", "{n} feições"),  # Brazilian: conexão, feição (QGIS's pt_BR word for a feature)
    ("pt_PT", "Ligação", "{n} elementos"),  # European: ligação, elemento (QGIS's pt_PT word)
    ("pt", "Ligação", "{n} elementos"),
])
def test_brazil_gets_the_brazilian_file_and_portugal_the_european_one(qgis_app, qm_dir, locale, connection, feature):
    """QGIS reports pt_BR in Brazil: the plugin loads epoch_eudr_pt_BR there, epoch_eudr_pt for any other Portuguese."""
    from epoch_eudr import classFactory

    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", locale)
    plugin = None
    try:
        plugin = classFactory(None)
        assert plugin.translator is not None
        said = (QCoreApplication.translate("Dock", "Connection"), QCoreApplication.translate("CoreMessages",
                                                                                             "{n} features"))
    finally:
        if plugin is not None:
            plugin.unload()  # also when an assertion failed: no translator leaks into the next test
        if before is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", before)
    assert said == (connection, feature)
    assert QCoreApplication.translate("Dock", "Connection") == "Connection"


def test_plugin_installs_the_translator_of_qgis_locale_and_removes_it(qgis_app, qm_dir):
    from epoch_eudr import classFactory

    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        plugin = classFactory(None)
        assert plugin.translator is not None
        assert QCoreApplication.translate("Dock", "Connection") == "Connexion"
        plugin.unload()
        assert plugin.translator is None
        assert QCoreApplication.translate("Dock", "Connection") == "Connection"
    finally:
        if before is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", before)
    assert classFactory(None).translator is None  # back to English: no translator at all


def test_the_dock_speaks_french(french, qgis_app):
    from epoch_eudr.connection.session import Session
    from epoch_eudr.connection.settings import ConnectionSettings
    from epoch_eudr.ui.wdg_dock import EudrDockWidget

    from .fake_iface import RecordingIface

    dock = EudrDockWidget(RecordingIface(), None, session=Session(ConnectionSettings()))
    try:
        titles = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
        assert titles == ["Connexion", "Analyse", "Soumettre", "Évaluations", "UE"]
        assert dock.connection.test_button.text() == "Tester la connexion"
        assert dock.connection.server.itemText(dock.connection.server.findData("sandbox")).startswith("Bac à sable")
        assert dock.screening.run_button.text() == "Analyser"
        assert dock.screening.location_combo.itemText(0) == "Parcelles (polygones ou points avec Area)"
        assert dock.screening.option_boxes["include_deforestation"].text() == "Inclure la déforestation"
        assert dock.screening.check.check_button.text() == "Vérifier avant envoi"
        assert dock.screening.commodity.itemData(1) == "cocoa"  # the stored value stays the API's word
        assert dock.screening.commodity.itemText(1) == "Cacao"
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_processing_speaks_french_but_keeps_its_names(french, qgis_app):
    from epoch_eudr.processing_provider.alg_fetch_plots import FetchPlots
    from epoch_eudr.processing_provider.alg_preflight import Preflight

    algorithm = FetchPlots()
    algorithm.initAlgorithm()
    assert algorithm.name() == "fetch_plots"
    assert algorithm.displayName() == "Charger les parcelles d'une collection (détail)"
    assert algorithm.group() == "API Epoch"
    assert algorithm.parameterDefinition("SERVER").description() == "Serveur"
    assert algorithm.parameterDefinition("MONITORING_START").description() == "Suivi à partir du (AAAA-MM-JJ)"
    preflight = Preflight()
    assert preflight.group() == "Vérifications hors ligne" and preflight.name() == "preflight"


def test_core_codes_statuses_and_counts_in_french(french):
    from epoch_eudr.core.api.errors import ConfigurationError, NetworkError
    from epoch_eudr.core.api.servers import normalize_base_url
    from epoch_eudr.core.preflight.check import FeatureReport
    from epoch_eudr.layers.words.language import count_text, error_text, finding_text, status_label

    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url("http://example.org")
    assert str(caught.value).startswith("'http://example.org' uses plain http")  # English for the log
    assert error_text(caught.value).startswith("« http://example.org » utilise http simple")
    assert error_text(NetworkError("no code of its own")) == "no code of its own"  # class code: English kept
    assert error_text(ValueError("plain")) == "plain"
    report = FeatureReport(1)
    report.add("hole", count=2)
    assert finding_text(report.findings[0]).startswith("Trous dans la parcelle\u00a0: 2\u00a0;")
    assert status_label("High Risk") == "Risque élevé" and status_label("Something else") == "Something else"
    assert count_text(1, "plots") == "1 parcelle" and count_text(1124, "plots") == "1,124 parcelles"


def test_the_words_core_fills_in_english_are_french_too(french):
    from epoch_eudr.core.preflight.check import check_features
    from epoch_eudr.layers.words.language import finding_text
    from shapely import wkt

    def texts(geometry, props, has_m=False):
        (report,) = check_features([(1, wkt.loads(geometry), props, has_m)], commodity="cocoa")
        return {finding.code: finding_text(finding) for finding in report.findings}

    point = texts("POINT Z (-1.5 6.5 120)", {"area": 2, "ProducerCountry": "GHA"}, has_m=True)
    assert point["z_or_m_values"].startswith("Contient des valeurs Z et M")
    assert "(le champ 'area' est ignoré" in point["point_without_area"]
    assert point["missing_producer_country"].startswith("ProducerCountry 'GHA' n'est pas un code à deux lettres")
    assert texts("POINT (-1.5 6.5)", {"Area": 2})["missing_producer_country"].startswith("ProducerCountry est absent")
    square = "POLYGON ((-1.5 6.5, -1.49 6.5, -1.49 6.51, -1.5 6.51, -1.5 6.5))"
    assert "à risque standard" in texts(square, {"ProducerCountry": "BR"})["eu_country_risk"]


def test_a_translation_naming_an_unknown_param_falls_back_to_english(french, monkeypatch):
    from epoch_eudr.core.api.errors import NetworkError
    from epoch_eudr.layers.words import language as i18n

    monkeypatch.setattr(i18n, "_error_templates", lambda: {"timeout": "{nowhere} a expiré"})
    error = NetworkError("English sentence", code="timeout", params={"host": "h"})
    assert i18n.error_text(error) == "English sentence"


def _dock_texts():
    """Every text the dock's four tabs show before any action: (tab, widget, text), in widget order."""
    from epoch_eudr.connection.session import Session
    from epoch_eudr.connection.settings import ConnectionSettings
    from epoch_eudr.ui.wdg_dock import EudrDockWidget
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableWidget

    from .fake_iface import RecordingIface

    def ours(widget, tab):  # QGIS's own widgets (the auth configuration picker ...) speak QGIS's language
        parent = widget.parentWidget()
        while parent is not None and parent is not tab:
            if parent.metaObject().className().startswith("Qgs"):
                return False
            parent = parent.parentWidget()
        return True

    dock = EudrDockWidget(RecordingIface(), None, session=Session(ConnectionSettings()))
    found = []
    try:
        for tab in (dock.connection, dock.screening, dock.submit, dock.assessments):
            name = type(tab).__name__

            def mine(kind, tab=tab):
                return [w for w in tab.findChildren(kind) if ours(w, tab)]

            found += [(name, w.objectName(), w.text()) for w in mine(QAbstractButton) + mine(QLabel)]
            found += [(name, w.objectName(), w.placeholderText()) for w in mine(QLineEdit)]
            found += [(name, w.objectName(), w.itemText(i)) for w in mine(QComboBox) for i in range(w.count())]
            found += [(name, w.objectName(), w.horizontalHeaderItem(i).text()) for w in mine(QTableWidget)
                      for i in range(w.columnCount())]
            found += [(name, w.objectName(), w.toolTip()) for w in mine(QAbstractButton)]
    finally:
        dock.shutdown()
        dock.deleteLater()
    return found


#: Texts that read the same in French (names, codes, numbers, words French shares).
SAME_IN_FRENCH = {"Collection", "Id", "Date", "Audit", "POI", "Port", "Article 10", "Score", "URL", "https://...",
                  "Production (epoch-sco2-api.com)"}


def test_every_text_of_every_tab_is_french(qgis_app, qm_dir):
    """A text the dock shows in English that is still English in French is a string tr() does not reach."""
    from epoch_eudr.layers.words.language import install_translator, remove_translator

    english = _dock_texts()
    translator = install_translator("fr")
    try:
        french = _dock_texts()
    finally:
        remove_translator(translator)
    assert len(french) == len(english)
    untranslated = [(tab, name, en) for (tab, name, en), (_t, _n, fr) in zip(english, french)
                    if en == fr and any(c.isalpha() for c in en) and en not in SAME_IN_FRENCH]
    assert untranslated == [], "\n".join(map(str, untranslated))
    tabs = {tab for tab, _name, en in english if any(c.isalpha() for c in en)}
    assert tabs == {"ConnectionTab", "ScreeningTab", "SubmitTab", "AssessmentsTab"}
