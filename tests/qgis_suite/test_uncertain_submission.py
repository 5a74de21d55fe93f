"""A submission that may have arrived is never resent; the collection is looked up instead (issue 13 item 2)."""

import time

import pytest
from epoch_eudr.core.api.errors import SubmissionUncertainError
from epoch_eudr.layers.inputs.source import snapshot_layer
from epoch_eudr.layers.operations import epoch_api as ops

from .helpers import plots_layer


def _cut_after_sending(client, monkeypatch, sent):
    real = client.batch_process

    def send_then_break(*args, **kwargs):
        sent.append(real(*args, **kwargs))  # the server got it...
        raise SubmissionUncertainError("The connection broke after the upload.")  # ...the answer was lost

    monkeypatch.setattr(client, "batch_process", send_then_break)


def test_a_received_collection_is_found_and_not_sent_again(client, sandbox_server, monkeypatch):
    name = f"coffee_uncertain_{time.time_ns()}"
    sent = []
    _cut_after_sending(client, monkeypatch, sent)
    snapshot = snapshot_layer(plots_layer())
    with pytest.raises(SubmissionUncertainError, match="not among the assessments yet"):
        ops.submit_layer(client, snapshot, "plot", name, "coffee")  # still processing: say so
    time.sleep(0.3)  # the sandbox's ready delay
    with pytest.raises(SubmissionUncertainError, match=r"It was received: collection .* Do not submit it again"):
        ops.submit_layer(client, snapshot, "plot", name, "coffee")
    assert len(sent) == 2 and sent[0].collection_id == sent[1].collection_id
