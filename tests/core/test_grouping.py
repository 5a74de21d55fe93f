from epoch_eudr.core.grouping import UNNAMED_PRODUCER, group_by_producer
from epoch_eudr.core.risk import COMPLIANT, HIGH_RISK, MEDIUM_RISK, NOT_ASSESSABLE


def test_groups_take_worst_status_and_sum_nc_plots():
    rows = [
        {"company_name": "ACME Ltd", "locations_confidence": "high"},
        {"company_name": "Borneo Mills", "locations_confidence": "invalid"},
        {"company_name": " acme  ltd ", "locations_confidence": "high", "noncompliance_plot_count": "7"},
        {"company_name": "ACME Ltd", "locations_confidence": "high", "noncompliance_area_perc": 0.2,
         "noncompliance_plot_count": 3},
        {"company_name": None, "locations_confidence": "high"},
    ]
    groups = group_by_producer(rows)
    assert [g.name for g in groups] == ["ACME Ltd", "Borneo Mills", UNNAMED_PRODUCER]
    acme = groups[0]
    assert len(acme.rows) == 3
    assert acme.worst_status is HIGH_RISK
    assert acme.total_nc_plots == 10
    assert groups[1].worst_status is NOT_ASSESSABLE and groups[1].total_nc_plots == 0
    assert groups[2].worst_status is COMPLIANT


def test_not_assessable_outranks_compliant_but_not_medium():
    rows = [
        {"company_name": "X", "locations_confidence": "high"},
        {"company_name": "X", "locations_confidence": "not processed: invalid file"},
    ]
    assert group_by_producer(rows)[0].worst_status is NOT_ASSESSABLE
    rows.append({"company_name": "X", "locations_confidence": "low", "noncompliance_area_ha": 1})
    assert group_by_producer(rows)[0].worst_status is MEDIUM_RISK


def test_empty_input():
    assert group_by_producer([]) == []
