"""The few QGIS/Qt names that differ between QGIS 3.22 and QGIS 4 (Qt6), chosen once.

Everything else in the plugin uses fully scoped enums that exist on every supported
version; only the names below moved (QMetaType field types from 3.38, ``Qgis`` enums
from 3.30/3.34), so each is looked up here instead of being guessed at the call site.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsMapLayerProxyModel, QgsSymbolLayer, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT
FIELDS_TAKE_QMETATYPE = QGIS_VERSION_INT >= 33800  # QgsField(name, QMetaType.Type) from 3.38 on


def _type_id(value) -> int:
    """An enum value as a plain int (sip enums are ints; Qt6 enums carry ``.value``)."""
    return int(getattr(value, "value", value))


def field_type(name: str):
    """The field type ``name`` ("Int", "LongLong", "Double", "QString", "QDateTime", "Bool") for QgsField."""
    meta = getattr(QMetaType.Type, name)
    if FIELDS_TAKE_QMETATYPE:
        return meta
    return QVariant.Type(_type_id(meta))  # qt6-compat: QGIS < 3.38 only (Qt 5); QVariant::Int == QMetaType::Int


def make_field(name: str, type_name: str) -> QgsField:
    """A new ``QgsField`` of the given type name, on any supported QGIS."""
    return QgsField(name, field_type(type_name))


def is_type(field: QgsField, *type_names: str) -> bool:
    """Whether the field's type is one of ``type_names`` (QMetaType names), whatever ``type()`` returns."""
    return _type_id(field.type()) in {_type_id(getattr(QMetaType.Type, n)) for n in type_names}


def is_integer(field: QgsField) -> bool:
    return is_type(field, "Int", "LongLong", "UInt", "ULongLong")


def layout_millimeters():
    """The layout unit millimetres (``Qgis.LayoutUnit`` from 3.30; ``QgsUnitTypes`` before)."""
    if hasattr(Qgis, "LayoutUnit"):
        return Qgis.LayoutUnit.Millimeters
    return QgsUnitTypes.LayoutUnit.LayoutMillimeters


def vector_layer_filter():
    """The map-layer combo filter for vector layers (``Qgis.LayerFilter`` from 3.34)."""
    if hasattr(Qgis, "LayerFilter"):
        return Qgis.LayerFilter.VectorLayer
    return QgsMapLayerProxyModel.Filter.VectorLayer


def symbol_layer_enabled_property():
    """The data-defined "layer enabled" property key (renamed when ``Property`` became scoped)."""
    if hasattr(Qgis, "SymbolLayerProperty") and hasattr(Qgis.SymbolLayerProperty, "LayerEnabled"):
        return Qgis.SymbolLayerProperty.LayerEnabled
    prop = QgsSymbolLayer.Property
    return prop.LayerEnabled if hasattr(prop, "LayerEnabled") else prop.PropertyLayerEnabled


def set_label_font(label, font) -> None:
    """Give a layout label its font: a text format from 3.24 on (``setFont`` is deprecated on 3.44)."""
    if hasattr(label, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
