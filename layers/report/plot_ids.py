"""The user's own plot id in the field report, beside Epoch's.

Epoch names each plot of a drill-down with its own id (``plotid``, e.g. ``0x298d29be-00012``), the same
prefix on every row; a field team knows its plots by the id it sent (``Plot ID``, ``parcela``...), which the
drill-down keeps when the file screened or submitted had it. :func:`add_own_plot_ids` runs after the report's
plots are written (:mod:`.data`): it adds ``own_plot_id`` to ``report_plots`` (matched to each plot by
its section and Epoch ``uuid``, else its Epoch ``plotid``), so the report's table prints the user's id where
it is known and Epoch's otherwise. Which column holds the user's id is decided as everywhere else in the plugin
(:func:`...core.plot_ids.user_plot_id_field`).
"""

from __future__ import annotations

from typing import Any, Dict, Sequence, Tuple

from osgeo import ogr

from ...core.plot_ids import own_plot_id, user_plot_id_field
from .data import PLOTS, report_dataset

OWN_ID = "own_plot_id"


def own_ids(sections: Sequence[Any]) -> Dict[Tuple[int, str], str]:
    """(section number, Epoch uuid or plotid) -> the user's plot id, for the plots that have one."""
    found: Dict[Tuple[int, str], str] = {}
    for number, section in enumerate(sections, 1):
        names = sorted({name for line in section.lines for name in line.props})
        field = user_plot_id_field(names)
        for line in section.lines:
            own = own_plot_id(line.props, field)
            if own is None:
                continue
            for key in ("uuid", "plotid"):
                value = line.props.get(key)
                if value not in (None, ""):
                    found.setdefault((number, str(value)), own)
    return found


def add_own_plot_ids(gpkg: Any, sections: Sequence[Any]) -> int:
    """``own_plot_id`` of every plot of ``report_plots`` that has one (the column is always added, so the layout
    reads it): the number of plots given one."""
    ids = own_ids(sections)
    given = 0
    with report_dataset(gpkg) as dataset:
        layer = dataset.GetLayerByName(PLOTS)
        if layer is None:
            return 0
        if layer.GetLayerDefn().GetFieldIndex(OWN_ID) < 0:
            layer.CreateField(ogr.FieldDefn(OWN_ID, ogr.OFTString))
        if not ids:
            return 0
        layer.StartTransaction()
        layer.ResetReading()
        updates = []
        for feature in layer:
            number = feature.GetField("section_no")
            own = next((ids[(number, feature.GetField(key))] for key in ("uuid", "plotid")
                        if feature.IsFieldSetAndNotNull(key) and (number, feature.GetField(key)) in ids), None)
            if own is not None:
                updates.append((feature.GetFID(), own))
        for fid, own in updates:
            feature = layer.GetFeature(fid)
            feature.SetField(OWN_ID, own)
            layer.SetFeature(feature)
            given += 1
        layer.CommitTransaction()
    return given
