"""The dashboard's "grouped by producer" view: one row per ``company_name``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping

from .risk import COMPLIANT, Status, compliance_status
from .values import clean_text, num

UNNAMED_PRODUCER = "(no producer name)"


@dataclass
class ProducerGroup:
    """All assessments of one producer, with the group's worst status and NC plot total."""

    name: str
    rows: List[Mapping[str, Any]] = field(default_factory=list)
    worst_status: Status = COMPLIANT
    total_nc_plots: int = 0

    def add(self, props: Mapping[str, Any]) -> None:
        self.rows.append(props)
        status = compliance_status(props)
        if len(self.rows) == 1 or status.rank > self.worst_status.rank:
            self.worst_status = status
        self.total_nc_plots += int(num(props.get("noncompliance_plot_count")))


def group_by_producer(rows: Iterable[Mapping[str, Any]]) -> List[ProducerGroup]:
    """Group feature properties by producer, in order of first appearance.

    Names are matched ignoring case and repeated spaces ("ACME  Ltd" and
    "acme ltd" are one producer); the group shows the first spelling seen.
    Rows without a name form one "(no producer name)" group.
    """
    groups: Dict[str, ProducerGroup] = {}
    for props in rows:
        name = clean_text(props.get("company_name")) or UNNAMED_PRODUCER
        key = name.lower()
        group = groups.get(key)
        if group is None:
            group = groups[key] = ProducerGroup(name=name)
        group.add(props)
    return list(groups.values())
