"""What the Assessments tab's *Check sample* and *Field report (PDF)* buttons run, in a task's worker.

Both read the assessments from the result GeoPackage in the worker, with GDAL (a project layer belongs to the main
thread, and a second QGIS provider on the file the project shows can deadlock with it: see
:class:`~..layers.inputs.features.StoredLayer`), so 100,000 producers never stall QGIS. The check sample is the
layer operation the Processing algorithm ``epoch_eudr:check_sample`` runs (``layers/operations/check_sample.py``):
the dock and ``qgis_process`` draw the same sample.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, List, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import CancelledError, ConfigurationError
from ..core.gpkg.sql import quote_identifier
from ..core.gpkg.tables import database_uri
from ..core.operation import Outcome
from ..layers.inputs.features import StoredLayer, stored_count
from ..layers.operations.check_sample import write_check_sample
from ..layers.operations.epoch_api import LayerOutput
from ..layers.report.field_report import FieldReport, build_field_report, rows_of_layer
from ..layers.words.check_sample import sample_summary
from ..layers.words.language import integer_text

SAMPLE_LAYER = "check_sample"
SAMPLE_SOURCE_FID = "epoch_source_fid"  # the check sample's link to the assessment row it copies
#: Without a selection, a report on more producers than this is refused (it would run to thousands of pages).
REPORT_ALL_LIMIT = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentActions", text)


@dataclass
class SampleOutcome(Outcome):
    """The written check sample (a layer the task opens and styles) and what was picked per EU risk class;
    ``counts``: the producers picked per EU risk class."""

    output: LayerOutput
    seed: int
    classes: List[dict]  # risk, share, population, required (the algorithm's CLASSES)
    fids: FrozenSet[int] = frozenset()  # the assessments' feature ids picked (the sample's epoch_source_fid)

    @property
    def counts(self) -> Dict[str, int]:  # type: ignore[override]
        return {str(c["risk"]): int(c["required"]) for c in self.classes}

    def outputs(self) -> List[LayerOutput]:
        return [self.output] if self.output.count else []

    def summary(self) -> str:
        """``Check sample (seed 1): 3 producers, 4 rows: standard risk: 1 of 9 (3 %); ...`` in the user's language
        (the words Processing's log gives it too)."""
        return sample_summary(self.seed, self.classes, self.output.count)


def draw_sample(assessments: StoredLayer, gpkg: Path, seed: int, cancel: Callable[[], bool]) -> SampleOutcome:
    """Worker thread: the check sample of every assessment of ``assessments``, into ``gpkg`` (the layer operation
    ``epoch_eudr:check_sample`` runs too: the dock and ``qgis_process`` draw the same sample)."""
    if cancel():
        raise CancelledError()
    drawn = write_check_sample(assessments, gpkg, SAMPLE_LAYER, seed=seed, cancel=cancel)
    if cancel():
        raise CancelledError()
    output = LayerOutput(gpkg, SAMPLE_LAYER, "assessments", tr("Check sample"), drawn.written.count,
                         notes=drawn.written.summary())
    return SampleOutcome(output, seed, drawn.classes(), sample_fids(gpkg))


def sample_fids(gpkg: Path) -> FrozenSet[int]:
    """Worker thread: the assessments' feature ids a check sample written to ``gpkg`` holds."""
    try:
        conn = sqlite3.connect(database_uri(Path(gpkg)), uri=True, timeout=5)
        try:
            sql = f"SELECT DISTINCT {quote_identifier(SAMPLE_SOURCE_FID)} FROM {quote_identifier(SAMPLE_LAYER)}"  # nosec B608
            rows = conn.execute(sql)
            return frozenset(int(fid) for (fid,) in rows if fid is not None)
        finally:
            conn.close()
    except sqlite3.Error:
        return frozenset()


def report_rows(assessments: StoredLayer, cancel: Callable[[], bool]) -> List[dict]:
    """Worker thread: the selected assessment rows of ``assessments`` (all of them without a selection)."""
    if not assessments.fids:
        count = stored_count(assessments)
        if count > REPORT_ALL_LIMIT:
            raise ConfigurationError(tr(
                "{n} producers are loaded: select the producers to report on (in the table or on the map); a report "
                "covers at most {limit} producers without a selection.").format(n=integer_text(count),
                                                                                 limit=integer_text(REPORT_ALL_LIMIT)))
    return rows_of_layer(assessments, selected_only=bool(assessments.fids), cancel=cancel)


def field_report(assessments: StoredLayer, pdf: Path, *, client: Any, drilldowns: Optional[Path],
                 qfield_folder: Optional[Path], progress: Callable[[float], None],
                 cancel: Callable[[], bool]) -> FieldReport:
    """Worker thread: the PDF field report (and its QField copy) for the selected producers of ``assessments``
    (all when none is selected)."""
    rows = report_rows(assessments, cancel)
    return build_field_report(rows, pdf, client=client, drilldowns=drilldowns, qfield_folder=qfield_folder,
                              progress=progress, cancel=cancel)
