"""What a send task of the Submit tab planned and did, read on the main thread when it ends (also when it failed
midway): the collections answered, those Epoch already had, a submission that may have arrived; and its last
word, in whole sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List

from qgis.PyQt.QtCore import QCoreApplication

from ..core.grouping import PlannedCollection
from ..core.jobs import Job
from ..layers.operations.submissions import EXISTS, not_sent_text, plan_summary
from ..layers.words.language import count_text, integer_text


def tr(text: str) -> str:
    return QCoreApplication.translate("SubmitTab", text)  # the Submit tab's words: one context


@dataclass
class Planned:
    """A submission planned in a task: the plan, what was read (and skipped), said in the task's message."""

    plan: Any  # core.grouping.SubmissionPlan
    prepared: Any  # layers.inputs.source.PreparedUpload
    kind: str
    producer_field: str

    def summary(self) -> str:
        return plan_summary(self.plan, self.kind, self.producer_field)


@dataclass
class Existing:
    """The collection name is already assessed on Epoch: nothing was sent."""

    planned: PlannedCollection
    collection_id: str


@dataclass
class Submitted:
    planned: PlannedCollection
    job: Any  # the batch endpoint's BatchJob
    sent: int


@dataclass
class Sending:
    """What one send task did so far (read on the main thread when it ends, also when it failed midway):
    the collections answered, those already assessed, and a submission that may have arrived."""

    submitted: List[Submitted] = field(default_factory=list)
    existing: List[Existing] = field(default_factory=list)
    uncertain: List[Job] = field(default_factory=list)
    kind: str = "plot"
    #: the collections found already assessed were sent again at the user's word: that send's message is the
    #: one about them, and this task (which sent nothing) says nothing more
    quiet: bool = False

    def summary(self) -> str:
        """The task's last word, whole sentences: what was sent, what Epoch already had (nothing sent). The
        collections found already assessed before sending are not said here: the question that follows names them,
        and its answer is the one message about them (the refusal, or the message of sending them again)."""
        sent = [done for done in self.submitted if done.job.status != EXISTS]
        there = [(done.planned.name or done.job.collection_id, done.job.collection_id)
                 for done in self.submitted if done.job.status == EXISTS]
        said = []
        if len(sent) == 1:
            done = sent[0]
            said.append(tr("The collection '{name}' was submitted (collection {id}, {count} sent).").format(
                name=done.planned.name or done.job.collection_id, id=done.job.collection_id,
                count=count_text(done.sent, "facilities" if self.kind == "facility" else "plots")))
        elif sent:
            said.append(tr("{n} collections were submitted.").format(n=integer_text(len(sent))))
        if there:
            said.append(not_sent_text(there))
        return " ".join(said) or tr("Nothing was sent.")
