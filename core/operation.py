"""What every operation of the plugin shares, whoever runs it (the dock's task, a Processing algorithm, a test).

- ``Cancel``: the one cancel type, a callable that says whether the user asked to stop (``QgsTask.isCanceled``,
  ``QgsProcessingFeedback.isCanceled``); an operation asks it between steps and raises ``CancelledError``.
- :class:`Progress`: the one progress type, a share of the work done. It is called with a percent (0-100) of
  the step it stands for and passes the percent of the whole run on (``QgsTask.setProgress``,
  ``QgsProcessingFeedback.setProgress``); :meth:`Progress.step` gives the progress of a sub-step, like QGIS's
  ``QgsProcessingMultiStepFeedback``, and :meth:`Progress.items` the progress of ``n`` items out of a total.
- :class:`Outcome`: what an operation returns (what it wrote, a summary, counts); the task opens what was
  written on the main thread and says the summary.
- ``LOG_TAG``: the tab of QGIS's message log the plugin writes to.

Qt-free: nothing here imports QGIS.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Protocol, Sequence, Union, runtime_checkable

#: The tab of QGIS's Log Messages panel the plugin writes to.
LOG_TAG = "Epoch EUDR"

#: Whether the user asked to stop: asked between steps, never blocking.
Cancel = Callable[[], bool]


def never_cancelled() -> bool:
    """The ``cancel`` of a run nobody can stop (a test, a script)."""
    return False


Sink = Callable[[float], None]


class Progress:
    """A share of a run, reported as percent of the whole to ``sink``.

    ``progress(percent)`` reports ``percent`` (0-100) of this step; values outside are clamped, so a step never
    reports more than its share. A ``Progress`` without a sink reports nothing (an operation need not check).
    """

    def __init__(self, sink: Optional[Sink] = None, start: float = 0.0, end: float = 100.0) -> None:
        self.sink, self.start, self.end = sink, float(start), float(end)

    @classmethod
    def of(cls, progress: Union[Progress, Sink, None]) -> Progress:
        """``progress`` as a ``Progress``: one already is; a plain callable (percent) is wrapped; ``None``: silent."""
        if isinstance(progress, Progress):
            return progress
        return cls(progress)

    def __bool__(self) -> bool:
        return self.sink is not None

    def __call__(self, percent: float) -> None:
        if self.sink is not None:
            share = min(100.0, max(0.0, float(percent))) / 100.0
            self.sink(self.start + (self.end - self.start) * share)

    def fraction(self, share: float) -> None:
        """Report ``share`` (0-1) of this step."""
        self(100.0 * share)

    def step(self, start: float, end: float) -> Progress:
        """The progress of a sub-step that covers ``start``-``end`` percent of this step."""
        span = self.end - self.start
        return Progress(self.sink, self.start + span * start / 100.0, self.start + span * end / 100.0)

    def items(self, total: Optional[float]) -> Callable[..., None]:
        """A callback for ``n`` items done out of ``total`` (``n, total`` when the caller knows the total better,
        as a download does; an unknown total (``None`` or 0) reports half the step)."""
        def report(done: float, known: Optional[float] = None) -> None:
            whole = known if known is not None else total
            self.fraction(min(1.0, done / whole) if whole else 0.5)
        return report


@runtime_checkable
class Outcome(Protocol):
    """What an operation returns: the layers it wrote (``outputs``, opened on the main thread), a ``summary`` in
    the user's language, and ``counts`` (rows by verdict, or whatever the operation counts)."""

    counts: Dict[str, int]

    def outputs(self) -> Sequence[Any]:
        """The layers written (each with ``gpkg``, ``layer_name``, ``kind``, ``display_name``, ``style_stored``)."""

    def summary(self) -> str:
        """One line on what was done, for the message bar."""
