"""The fields of a new due diligence statement, as the V3 DDS service takes them ("EUDR Information System -
Operator API Reference" v1.0, section 10.3): the production places (a layer, selected features only, the producer
name and country fields), the activity and operator role, EORI, countries, the commodity line (HS heading of
Annex I with its description, net mass, supplementary unit and qualifier, species for wood), internal reference,
confidential geolocation and associated statements. Read into a plain
:class:`~epoch_eudr.core.eu_is.build.StatementForm`; nothing is checked here (core.eu_is.checks says everything,
before sending).
"""

from __future__ import annotations

import re
from typing import List, Optional

from qgis.core import QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..core.colours import CAPTION_GREY
from ..core.eu_is.build import COUNTRY_FIELD, PRODUCER_FIELD, StatementForm
from ..core.eu_is.checks import EU_COUNTRIES
from ..core.eu_is.hs_headings import clean_heading, is_wood
from ..core.eu_is.statement import (
    ACTIVITIES,
    OPERATOR_ROLES,
    REPRESENTATIVE_OPERATOR,
    Address,
    OperatorIdentifier,
    RepresentedOperator,
)
from ..core.naming import producer_field_guess
from ..layers.qgis_compat import vector_layer_filter
from ..layers.words.eu_headings import shown_entries
from ..layers.words.eu_messages import activity_labels
from ..layers.words.language import commodity_label, decimal_text, number_locale
from ..layers.words.shown_values import country_label
from .wdg_common import PrivateLayersHidden

COUNTRY_FIELDS = (COUNTRY_FIELD, "country_iso2", "ProducerCountryCode", "country", "iso2", "pais", "pays")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuStatementForm", text)




def role_labels():
    return {"OPERATOR": tr("Operator"), "REPRESENTATIVE_OPERATOR": tr("Authorised representative")}


def _keep_field_on_reset(combo: QgsFieldComboBox) -> None:
    """The chosen field stays chosen when the layer's fields change by more than one at once (a join of the
    statement numbers adds two): QGIS's field model then resets and the combo box falls back to the first field."""
    kept: List[str] = [""]
    model = combo.model()
    model.modelAboutToBeReset.connect(lambda: kept.__setitem__(0, combo.currentField()))
    model.modelReset.connect(lambda: combo.setField(kept[0]) if kept[0] and combo.layer() is not None
                             and combo.layer().fields().indexOf(kept[0]) >= 0 else None)


def guess_country_field(names: List[str]) -> Optional[str]:
    lower = {name.lower(): name for name in names}
    return next((lower[c.lower()] for c in COUNTRY_FIELDS if c.lower() in lower), None)


def quantity_text(text: str) -> Optional[str]:
    """A quantity typed in the user's number locale (``12 000,5`` in French: layers/words/language.number_locale, the
    locale the plugin writes numbers in), or in plain decimal text, as plain decimal text; anything else as typed
    (the checks then say it is not a number); empty: ``None``."""
    text = text.strip()
    if not text:
        return None
    number, ok = number_locale().toDouble(text)
    if not ok:
        number, ok = QLocale.c().toDouble(text)
    if not ok:
        return text
    plain = format(number, "f")  # 6 decimals at most, as the schema takes them
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def shown_quantity(value) -> str:
    """A stored quantity (plain decimal text) as the plugin writes numbers (layers/words/language.decimal_text: the
    locale's separators), without trailing zeros; :func:`quantity_text` reads it back."""
    if value in (None, ""):
        return ""
    number, ok = QLocale.c().toDouble(str(value))
    if not ok:
        return str(value)
    text, point = decimal_text(number, 6), number_locale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def _line(parent: QWidget, name: str, placeholder: str = "", length: int = 0) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(placeholder)  # whole when the dock's width cuts the grey hint; a row's own tooltip replaces it
    if length:
        edit.setMaxLength(length)
    return edit


def _sub_form(parent: QWidget):
    """Rows shown or hidden together (a hidden QFormLayout row would keep its spacing)."""
    box = QWidget(parent)
    rows = QFormLayout(box)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return box, rows


def heading_description(heading: str) -> str:
    """The Annex I words of a heading (or of the entry a subdivision falls under), in the user's language; ''
    for anything else."""
    found = [(digits, text) for _commodity, digits, text in shown_entries() if heading.startswith(digits)
             or (len(heading) >= 4 and digits.startswith(heading))]
    if not found:
        return tr("Not a heading of Annex I: the EU Information System would refuse it.") if heading else ""
    return "; ".join(text for _digits, text in found[:3])


def _country_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(tr("(none)"), "")
    for code in sorted(EU_COUNTRIES):
        combo.addItem(f"{code} – {country_label(code)}" if country_label(code) != code else code, code)
    return combo


class StatementFormWidget(QWidget):
    """The form; :meth:`form` reads it, :meth:`layer` and :attr:`selected_only` say which places."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_place_rows(form)
        self._build_operator_rows(form)
        self._build_goods_rows(form)
        self._build_reference_rows(form)
        self._connect_signals()
        self._layer_changed(self.layer_combo.currentLayer())

    def _build_place_rows(self, form: QFormLayout) -> None:
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName("eu_layer")
        self.layer_combo.setFilters(vector_layer_filter())
        PrivateLayersHidden(self.layer_combo)
        self.selected_only = QCheckBox(tr("Selected features only"), self)
        self.selected_only.setObjectName("eu_selected_only")
        self.producer_field = QgsFieldComboBox(self)
        self.producer_field.setObjectName("eu_producer_field")
        self.country_field = QgsFieldComboBox(self)
        self.country_field.setObjectName("eu_country_field")
        self.country_field.setToolTip(tr("The producer's country: the two-letter ISO code (the preflight's fix "
                                         "fills ProducerCountry from the geometry)."))
        form.addRow(tr("Production places"), self.layer_combo)
        form.addRow("", self.selected_only)
        form.addRow(tr("Producer name field"), self.producer_field)
        form.addRow(tr("Producer country field"), self.country_field)

    def _build_operator_rows(self, form: QFormLayout) -> None:
        self.activity = QComboBox(self)
        self.activity.setObjectName("eu_activity")
        for key in ACTIVITIES:
            self.activity.addItem(activity_labels()[key], key)
        self.role = QComboBox(self)
        self.role.setObjectName("eu_operator_role")
        for key in OPERATOR_ROLES:
            self.role.addItem(role_labels()[key], key)
        self.eori = _line(self, "eu_eori", tr("e.g. FR1234567890123 (IMPORT and EXPORT)"), 17)
        self.country_of_activity = _country_combo(self, "eu_country_of_activity")
        self.border_cross_country = _country_combo(self, "eu_border_cross_country")
        form.addRow(tr("Activity"), self.activity)
        form.addRow(tr("Operator role"), self.role)
        self.represented_box, rows = _sub_form(self)
        self.represented = [_line(self, "eu_rep_name", tr("name"), 200),
                            _line(self, "eu_rep_country", tr("country (2 letters)"), 2),
                            _line(self, "eu_rep_street", tr("street and number"), 300),
                            _line(self, "eu_rep_postal_code", tr("postal code"), 80),
                            _line(self, "eu_rep_city", tr("city"), 200),
                            _line(self, "eu_rep_identifiers", tr("identifiers, e.g. vat:DE123456789"))]
        for edit, label in zip(self.represented, (tr("Represented operator"), "", "", "", "", "")):
            rows.addRow(label, edit)
        form.addRow(self.represented_box)
        form.addRow(tr("EORI number"), self.eori)
        form.addRow(tr("Country of activity"), self.country_of_activity)
        form.addRow(tr("Border-cross country"), self.border_cross_country)

    def _build_goods_rows(self, form: QFormLayout) -> None:
        self.hs_heading = QComboBox(self)
        self.hs_heading.setObjectName("eu_hs_heading")
        self.hs_heading.setEditable(True)
        self.hs_heading.setToolTip(tr("The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type "
                                      "2 to 6 digits of a subdivision)."))
        for commodity, digits, text in shown_entries():
            self.hs_heading.addItem(f"{digits} – {commodity_label(commodity)}", digits)
            self.hs_heading.setItemData(self.hs_heading.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.heading_text = QLabel(self)  # the Annex's words, in the user's language (layers/eu_headings)
        self.heading_text.setObjectName("eu_hs_description")
        self.heading_text.setWordWrap(True)
        self.heading_text.setStyleSheet(f"color: {CAPTION_GREY};")
        self.description = _line(self, "eu_description", tr("e.g. Green coffee beans, not roasted"), 150)
        self.net_mass = _line(self, "eu_net_mass", tr("kg (IMPORT and EXPORT: required)"))
        self.supplementary_unit = _line(self, "eu_supplementary_unit", tr("quantity in the unit below"))
        self.qualifier = _line(self, "eu_supplementary_qualifier", tr("unit, e.g. MTQ, NAR"), 4)
        self.scientific_name = _line(self, "eu_scientific_name", tr("e.g. Quercus robur"), 200)
        self.common_name = _line(self, "eu_common_name", tr("e.g. oak"), 200)
        form.addRow(tr("HS heading"), self.hs_heading)
        form.addRow("", self.heading_text)
        form.addRow(tr("Description of the goods"), self.description)
        form.addRow(tr("Net mass (kg)"), self.net_mass)
        form.addRow(tr("Supplementary unit"), self.supplementary_unit)
        form.addRow(tr("Unit qualifier"), self.qualifier)
        self.species_box, rows = _sub_form(self)
        rows.addRow(tr("Species: scientific name"), self.scientific_name)
        rows.addRow(tr("Species: common name"), self.common_name)
        form.addRow(self.species_box)

    def _build_reference_rows(self, form: QFormLayout) -> None:
        self.internal_reference = _line(self, "eu_internal_reference", tr("empty: one is made"), 50)
        self.internal_reference.setToolTip(tr("Your reference (order, shipment): it also finds a statement whose "
                                              "answer was lost."))
        self.confidential = QCheckBox(tr("Geolocation confidential"), self)
        self.confidential.setObjectName("eu_geo_confidential")
        self.associated = _line(self, "eu_associated", tr("reference numbers, separated by commas"))
        form.addRow(tr("Internal reference"), self.internal_reference)
        form.addRow("", self.confidential)
        form.addRow(tr("Associated statements"), self.associated)

    def _connect_signals(self) -> None:
        self.layer_combo.layerChanged.connect(self._layer_changed)
        for combo in (self.producer_field, self.country_field):
            _keep_field_on_reset(combo)
        self.role.currentIndexChanged.connect(self._show_rows)
        self.hs_heading.currentTextChanged.connect(lambda _text: self._show_rows())

    # what is shown ----------------------------------------------------------------------------------------------
    def _show_rows(self) -> None:
        self.represented_box.setVisible(self.role.currentData() == REPRESENTATIVE_OPERATOR)
        heading = self.heading()
        self.species_box.setVisible(is_wood(heading))
        self.heading_text.setText(heading_description(heading))

    def _layer_changed(self, layer) -> None:
        self.producer_field.setLayer(layer)
        self.country_field.setLayer(layer)
        if isinstance(layer, QgsVectorLayer):
            names = [f.name() for f in layer.fields()]
            country = guess_country_field(names)
            producer = PRODUCER_FIELD if PRODUCER_FIELD in names else producer_field_guess(
                [n for n in names if n != country and "country" not in n.lower()])  # not ProducerCountry
            self.producer_field.setField(producer or "")
            self.country_field.setField(country or "")
        self._show_rows()

    # what is filled in ------------------------------------------------------------------------------------------
    def set_form(self, form: StatementForm, layer: Optional[QgsVectorLayer] = None, keep_empty: bool = False
                 ) -> None:
        """The form as ``form`` says (an amendment starts from what was sent); ``layer`` the production places.
        With ``keep_empty`` and no layer, the production places stay empty (an amendment never starts from a
        layer that merely happens to be in the project)."""
        if layer is None and keep_empty:
            self.layer_combo.setAllowEmptyLayer(True)
            self.layer_combo.setLayer(None)
        if layer is not None:
            self.layer_combo.setLayer(layer)
            names = [f.name() for f in layer.fields()]
            for combo, name in ((self.producer_field, form.producer_field), (self.country_field, form.country_field)):
                if name in names:
                    combo.setField(name)
        for combo, value in ((self.activity, form.activity), (self.role, form.operator_role),
                             (self.country_of_activity, form.country_of_activity),
                             (self.border_cross_country, form.border_cross_country)):
            index = combo.findData(value or "")
            if index >= 0:
                combo.setCurrentIndex(index)
        index = self.hs_heading.findData(form.hs_heading)
        if index >= 0:
            self.hs_heading.setCurrentIndex(index)
        else:
            self.hs_heading.setEditText(form.hs_heading)
        for edit, value in ((self.eori, form.eori), (self.description, form.description),
                            (self.net_mass, shown_quantity(form.net_mass_kg)),
                            (self.supplementary_unit, shown_quantity(form.supplementary_unit)),
                            (self.qualifier, form.supplementary_unit_qualifier),
                            (self.scientific_name, form.scientific_name), (self.common_name, form.common_name),
                            (self.internal_reference, form.internal_reference),
                            (self.associated, ", ".join(form.associated_statements))):
            edit.setText(value or "")
        self.confidential.setChecked(bool(form.geolocation_confidential))
        rep = form.represented_operator
        address = rep.address if rep is not None else None
        values = ((rep.name, address.country if address else "", address.street if address else "",
                   address.postal_code if address else "", address.city if address else "",
                   ";".join(f"{i.type}:{i.value}" for i in rep.identifiers)) if rep is not None else ("",) * 6)
        for edit, value in zip(self.represented, values):
            edit.setText(value)
        self._show_rows()

    # what is read -----------------------------------------------------------------------------------------------
    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def heading(self) -> str:
        """The chosen heading's digits, or the digits typed."""
        text = self.hs_heading.currentText()
        index = self.hs_heading.currentIndex()
        if index >= 0 and self.hs_heading.itemText(index) == text:
            return str(self.hs_heading.itemData(index))
        match = re.match(r"\s*([0-9][0-9 .]*)", text)
        return clean_heading(match.group(1)) if match else text.strip()

    def _represented(self) -> Optional[RepresentedOperator]:
        if self.role.currentData() != REPRESENTATIVE_OPERATOR:
            return None
        name, country, street, postal, city, identifiers = (e.text().strip() for e in self.represented)
        if not any((name, country, street, postal, city, identifiers)):
            return None
        found = []
        for item in identifiers.replace(",", ";").split(";"):
            if item.strip():
                kind, _, value = item.partition(":")
                found.append(OperatorIdentifier(kind.strip().lower(), value.strip()))
        address = Address(country.upper(), street, postal, city) if any((country, street, city)) else None
        return RepresentedOperator(name, found, address)

    def form(self) -> StatementForm:
        return StatementForm(
            activity=self.activity.currentData(), operator_role=self.role.currentData(), hs_heading=self.heading(),
            description=self.description.text().strip(), net_mass_kg=quantity_text(self.net_mass.text()),
            supplementary_unit=quantity_text(self.supplementary_unit.text()),
            supplementary_unit_qualifier=self.qualifier.text().strip(),
            scientific_name=self.scientific_name.text().strip() if is_wood(self.heading()) else "",
            common_name=self.common_name.text().strip() if is_wood(self.heading()) else "",
            eori=self.eori.text().strip(), represented_operator=self._represented(),
            country_of_activity=self.country_of_activity.currentData() or "",
            border_cross_country=self.border_cross_country.currentData() or "",
            internal_reference=self.internal_reference.text().strip(),
            geolocation_confidential=self.confidential.isChecked(),
            associated_statements=[r for r in self.associated.text().split(",") if r.strip()],
            producer_field=self.producer_field.currentField() or PRODUCER_FIELD,
            country_field=self.country_field.currentField() or COUNTRY_FIELD)
