import math

import pytest
from epoch_eudr.core.coercion import clean_text, first_present, is_blank, norm_key, num, to_bool, to_float, to_int


@pytest.mark.parametrize(
    "raw, expected",
    [
        (0.5, 0.5), (3, 3.0), ("0.05", 0.05), (" 0.0501 ", 0.0501), ("1e-3", 0.001), ("0,5", 0.5),
        (True, 1.0), (False, 0.0), ("1 000", 1000.0),
        (None, None), ("", None), ("  ", None), ("null", None), ("NaN", None), (float("nan"), None),
        (float("inf"), None), ("abc", None), ([1], None), ({"a": 1}, None), ("1,000.5", None),
    ],
)
def test_to_float(raw, expected):
    assert to_float(raw) == expected


def test_num_defaults_missing_to_zero_but_keeps_real_zero():
    assert num(None) == 0.0
    assert num("oops") == 0.0
    assert num("0") == 0.0
    assert num("2.5") == 2.5
    assert num(None, default=-1.0) == -1.0


def test_to_int_truncates_and_rejects_garbage():
    assert to_int("101") == 101
    assert to_int(100.9) == 100
    assert to_int("x") is None


@pytest.mark.parametrize(
    "raw, expected",
    [(True, True), ("Yes", True), (" TRUE ", True), (1, True), ("0", False), ("no", False),
     (0.0, False), (None, None), ("maybe", None)],
)
def test_to_bool(raw, expected):
    assert to_bool(raw) is expected


def test_text_helpers_fold_case_and_space():
    assert clean_text("  ACME   Ltd \n") == "ACME Ltd"
    assert clean_text(None) == ""
    assert norm_key(" High ") == "high"
    assert is_blank("None") and is_blank(math.nan) and not is_blank(0)


def test_first_present_skips_blanks():
    assert first_present({"a": "", "b": None, "c": "x"}, "a", "b", "c") == "x"
    assert first_present({}, "a") is None
