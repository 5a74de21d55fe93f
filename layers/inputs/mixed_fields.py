"""Fields QGIS cannot read: GDAL types a GeoJSON property holding numbers in some features and text in others (the
bundled sample's ``Area``: 2.54 and "5,84") as JSON, which QGIS 3.22 reads as NULL on every feature. What a
feature declares there is read through GDAL instead (``..writer.join.OgrValues``), so that what is sent (a
screening, a submission, a statement) carries it."""

from __future__ import annotations

import json
import math
from typing import Any, List, Optional

from qgis.core import QgsFields, QgsVectorLayer

from ..qgis_compat import is_type


def json_fields(layer: QgsVectorLayer) -> List[str]:
    """The fields OGR types as JSON: GDAL gives that type to a GeoJSON property holding numbers in some features
    and text in others (``Area`` of 2.54 and "5,84"), and QGIS reads every value of such a field as NULL."""
    return [f.name() for f in layer.fields() if is_type(f, "QVariantMap", "QVariantList", "QStringList")]


def gdal_reader(layer: QgsVectorLayer, names: List[str]) -> Any:
    """Main thread: where GDAL reads ``names`` of ``layer`` (``None`` when there are none, or QGIS does not read
    the layer through GDAL)."""
    if not names or layer.providerType() != "ogr":
        return None
    from ..writer.join import OgrValues  # join imports .source, which imports this module

    fields = QgsFields()
    for name in names:
        fields.append(layer.fields().field(name))
    return OgrValues.of(layer, fields)


def declared_value(text: Optional[str]) -> Any:
    """A value of a field GDAL reads as JSON text, as the file declared it: a number as a number (2.54), anything
    else as its text ("5,84")."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return text
