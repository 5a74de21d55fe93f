"""Changes between two loads of assessments (issue 17 item 2): every rule at its edges, and 100,000 rows."""

import time

import pytest
from epoch_eudr.core.api import CancelledError
from epoch_eudr.core.compare import (
    BETTER,
    CHANGE_FIELDS,
    CHANGED,
    DOWN,
    GONE,
    MOVED,
    NEW,
    UNCHANGED,
    UP,
    WORSE,
    ChangeTally,
    Producer,
    compare_loads,
    compare_rows,
    legality_direction,
    row_key,
)


def row(cid="0xa", company="Coop A", status="Medium Risk", rank=2, nc=3, pct=1.5, art10="Low", **extra):
    return {"collection_id": cid, "company_name": company, "commodity": "cocoa", "country": "Ghana",
            "status": status, "risk_rank": rank, "noncompliance_plot_count": nc, "nc_percent": pct,
            "legality_risk": art10, **extra}


def only(changes):
    assert len(changes) == 1, changes
    return changes[0]


def test_same_rank_and_figures_is_unchanged_and_left_out_unless_asked():
    changes, tally = compare_loads([row()], [row()])
    assert changes == [] and tally.counts[UNCHANGED] == 1 and tally.compared == 1
    assert tally.summary() == "No change in 1 producer"
    changes, _ = compare_loads([row()], [row()], include_unchanged=True)
    assert only(changes).kind == UNCHANGED and only(changes).what() == "unchanged"
    # A new label for the same rank is no change of status; nor is case or padding in Article 10.
    changes, _ = compare_loads([row(status="Medium Risk")], [row(status="medium risk", art10=" low ")])
    assert changes == []


def test_worse_and_better_go_by_risk_rank():
    worse = only(compare_loads([row(status="Compliant", rank=0)], [row(status="Not Assessable", rank=1)])[0])
    assert worse.kind == WORSE and worse.what().startswith("Compliant -> Not Assessable")
    better = only(compare_loads([row(status="High Risk", rank=3)], [row(status="Medium Risk", rank=2)])[0])
    assert better.kind == BETTER
    # No rank column (a layer of another tool): the status label gives it.
    changes, _ = compare_loads([{"collection_id": "x", "status": "Compliant"}],
                               [{"collection_id": "x", "status": "High Risk"}])
    assert only(changes).kind == WORSE


def test_new_and_gone_with_their_values():
    changes, tally = compare_loads([row(cid="0xold", company="Old")], [row(cid="0xnew", company="New")],
                                   since="2026-11-02")
    kinds = {c.kind: c for c in changes}
    assert set(kinds) == {NEW, GONE}
    assert kinds[NEW].before is None and kinds[NEW].after.company_name == "New"
    assert kinds[GONE].after is None and kinds[GONE].row()["status_before"] == "Medium Risk"
    assert kinds[GONE].row()["status_after"] is None and kinds[GONE].row()["company_name"] == "Old"
    assert tally.counts[NEW] == tally.counts[GONE] == 1
    assert tally.headline() == "No producer worse since 2026-11-02"
    assert "1 new, 1 gone" in tally.summary()


def test_article10_from_low_to_high_and_other_moves():
    change = only(compare_loads([row(art10="Low")], [row(art10="High")])[0])
    assert change.kind == CHANGED and change.article10 == UP
    assert change.row()["article10_before"] == "Low" and change.row()["article10_after"] == "High"
    assert "Article 10 Low -> High" in change.what()
    assert legality_direction("High", "Medium") == DOWN
    assert legality_direction(None, "Low") == MOVED and legality_direction("Low", "unknown") == MOVED
    assert legality_direction("LOW", "low") == ""
    # Worse status and Article 10 up at once: the kind is the status, the move is kept beside it.
    both = only(compare_loads([row(art10="Low")], [row(status="High Risk", rank=3, art10="High")])[0])
    assert both.kind == WORSE and both.article10 == UP


def test_nc_plots_and_nc_percent_up_and_down():
    up = only(compare_loads([row(nc=3, pct=1.5)], [row(nc=4, pct=1.5)])[0])
    assert up.kind == CHANGED and up.nc_plots == UP and up.nc_percent == ""
    assert up.row()["nc_plots_before"] == 3 and up.row()["nc_plots_after"] == 4
    down = only(compare_loads([row(nc=3, pct=1.5)], [row(nc=3, pct=1.2)])[0])
    assert down.nc_percent == DOWN and down.nc_plots == ""
    # A missing number counts as 0 (the risk rules' reading): None -> 0 is no change, None -> 2 is up.
    assert compare_loads([row(nc=None, pct=None)], [row(nc=0, pct=0.0)])[0] == []
    assert only(compare_loads([row(nc=None)], [row(nc=2)])[0]).nc_plots == UP
    # The same figure read back from a file, within a hair: equal.
    assert compare_loads([row(pct=1.5)], [row(pct=1.5 + 1e-9)])[0] == []
    # Numbers given as text (a CSV export) compare as numbers.
    assert compare_loads([row(nc="3", pct="1.5")], [row()])[0] == []


def test_rows_without_collection_id_match_by_producer():
    before = [row(cid=None, company="Coop  B "), row(cid="", company="Coop C")]
    after = [row(cid=None, company="coop b", rank=3, status="High Risk"), row(cid=None, company="Coop C")]
    assert row_key(before[0]) == row_key(after[0]) == "coop b | cocoa | ghana"
    changes, tally = compare_loads(before, after)
    assert only(changes).kind == WORSE and tally.counts[UNCHANGED] == 1


def test_a_producer_under_a_new_collection_id_is_matched_when_unambiguous():
    changes, _ = compare_loads([row(cid="0xold")], [row(cid="0xnew", nc=9)])
    change = only(changes)
    assert change.kind == CHANGED and change.nc_plots == UP and change.row()["collection_id"] == "0xnew"
    # Two new collections of one producer: which one is the old? Neither: one gone, two new.
    changes, tally = compare_loads([row(cid="0xold")], [row(cid="0xn1"), row(cid="0xn2")])
    assert tally.counts[GONE] == 1 and tally.counts[NEW] == 2


def test_duplicated_keys_are_matched_in_order():
    before = [row(cid=None, nc=1), row(cid=None, nc=2)]
    after = [row(cid=None, nc=1), row(cid=None, nc=5)]
    change = only(compare_loads(before, after)[0])
    assert change.key.endswith(" #2") and change.nc_plots == UP


def test_every_change_row_has_the_layer_fields():
    changes, _ = compare_loads([row(cid="a", company="A"), row(cid="b")],
                               [row(cid="b", rank=3, status="High Risk"), row(cid="c", company="C")])
    names = [name for name, _, _ in CHANGE_FIELDS]
    for change in changes:
        assert list(change.row()) == names
    assert [c.kind for c in changes] == [WORSE, NEW, GONE]  # matched first, then new, then gone


def test_cancel_stops_the_comparison():
    before = (Producer.from_row(row(cid=str(i))) for i in range(20_000))
    with pytest.raises(CancelledError):
        list(compare_rows(before, iter([]), cancel=lambda: True))


def test_headline_counts_agree():
    tally = ChangeTally(since="2026-11-02")
    tally.counts[WORSE] = 3
    assert tally.headline() == "3 producers worse since 2026-11-02"
    tally.counts[WORSE] = 1
    assert tally.headline() == "1 producer worse since 2026-11-02"


def test_100000_producers_compare_in_a_few_seconds():
    n = 100_000
    statuses = [("Compliant", 0), ("Not Assessable", 1), ("Medium Risk", 2), ("High Risk", 3)]
    before = [row(cid=f"0x{i:08x}", company=f"Producer {i}", status=statuses[i % 4][0], rank=statuses[i % 4][1],
                  nc=i % 7, pct=(i % 13) / 3, art10=("Low", "Medium", "High")[i % 3]) for i in range(n)]
    after = [dict(r) for r in before[1000:]]  # 1,000 gone
    after += [row(cid=f"0xnew{i:05d}", company=f"Newcomer {i}") for i in range(500)]  # 500 new
    for r in after[:2000]:
        r["risk_rank"] = min(3, r["risk_rank"] + 1)  # up to 2,000 worse
    for r in after[2000:2600]:
        r["noncompliance_plot_count"] += 1
    start = time.perf_counter()
    tally = ChangeTally()
    changes = list(compare_rows((Producer.from_row(r) for r in before), (Producer.from_row(r) for r in after),
                                tally=tally))
    elapsed = time.perf_counter() - start
    assert tally.counts[GONE] == 1000 and tally.counts[NEW] == 500
    assert tally.counts[WORSE] == sum(1 for r in before[1000:3000] if r["risk_rank"] < 3)
    assert tally.nc_plots_up == 600 and len(changes) == n - tally.counts[UNCHANGED] + 500 - 0
    assert elapsed < 5.0, f"{elapsed:.1f} s"
