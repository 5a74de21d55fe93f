"""Which field of a layer of plots holds the user's own plot id, and that id's value.

Epoch names each plot of a drill-down with its own id (``plotid``, e.g. ``0x298d29be-00012``: the same prefix
on every row). A field team knows its plots by the id it sent in the file screened or submitted (``Plot ID``,
``parcela``...), which the drill-down keeps as a column of its own. The dock's tables, the map tips, the field
report and its QField copy all show the user's id where it is known, so they decide which column it is in the
same way, here. Qt-free: nothing here imports QGIS.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

#: Field names (lower case, spaces and underscores alike) that hold the user's own plot id, best first.
USER_PLOT_ID_NAMES = ("plot id", "plot_id", "id plot", "parcel id", "id parcela", "parcela", "codigo parcela",
                      "plot code", "plot name", "plot", "id")
#: Epoch's own ids: never the user's, whatever the field is called.
EPOCH_ID_FIELDS = ("plotid", "uuid")


def user_plot_id_field(names: Iterable[str]) -> str:
    """The field among ``names`` that holds the user's own plot id (kept from the file screened, e.g.
    ``Plot ID``), or ``""``: Epoch's ``plotid`` is the server's, not the user's."""
    by_norm = {}
    for name in names:
        norm = " ".join(name.lower().replace("_", " ").split())
        by_norm.setdefault(norm, name)
    for wanted in USER_PLOT_ID_NAMES:
        found = by_norm.get(" ".join(wanted.replace("_", " ").split()))
        if found and found not in EPOCH_ID_FIELDS:
            return found
    return ""


def own_plot_id(props: Mapping[str, Any], field: str) -> Optional[str]:
    """The user's plot id in ``props`` (``field`` as :func:`user_plot_id_field` found it) on one line, or
    ``None`` when there is no such field or it is empty."""
    if not field:
        return None
    value = props.get(field)
    text = "" if value is None else " ".join(str(value).split())
    return text or None
