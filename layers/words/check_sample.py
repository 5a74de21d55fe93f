"""The check sample said in the user's language, for the dock's status line and Processing's log alike.

``core.check_sample`` draws the sample and stays Qt-free; what it drew (the seed, the producers picked per EU
country risk class of Implementing Regulation (EU) 2025/1093, the rows written) is worded here: each count with
its noun in the form the number takes (:func:`.language.takes_singular`, the CLDR plural rules) and the separators the
translation gives (French types a no-break space before its colons and semicolons).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from qgis.PyQt.QtCore import QCoreApplication

from .language import integer_text, takes_singular


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckSampleWords", text)


def _counted(number: int, one: str, other: str) -> str:
    return (one if takes_singular(number) else other).format(n=integer_text(number))


def sample_summary(seed: int, classes: Iterable[Mapping], rows: int) -> str:
    """``Check sample (seed 1): 3 producers, 4 rows: standard risk: 1 of 9 (3 %); low risk: 1 of 4 (1 %)``;
    ``classes``: per EU risk class its ``risk``, ``share`` (%), ``population`` and ``required`` (picked)."""
    classes = list(classes)
    risks = {"high": tr("high risk"), "standard": tr("standard risk"), "low": tr("low risk"),
             "unknown": tr("unknown country")}
    parts = [tr("{risk}: {picked} of {population} ({share} %)").format(
        risk=risks.get(str(c["risk"]), str(c["risk"])), picked=integer_text(int(c["required"])),
        population=integer_text(int(c["population"])), share=c["share"]) for c in classes]
    producers = sum(int(c["required"]) for c in classes)
    return tr("Check sample (seed {seed}): {producers}, {rows}: {classes}").format(
        seed=seed, classes=tr("; ").join(parts) or tr("no producers"),
        producers=_counted(producers, tr("{n} producer"), tr("{n} producers")),
        rows=_counted(rows, tr("{n} row"), tr("{n} rows")))
