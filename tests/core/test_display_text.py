"""Names from a server or a ZIP shown as text, and cells a spreadsheet would run as formulas (OWASP)."""

import pytest
from epoch_eudr.core.display_text import SHOWN_CHARACTERS, needs_quote, shown, spreadsheet_text


@pytest.mark.parametrize("raw, seen", [
    ("\x1b[31mred\x1b[0m.geojson", "\\x1b[31mred\\x1b[0m.geojson"),
    ("a.pdf\nOUTPUT_FILE:\tx", "a.pdf\\nOUTPUT_FILE:\\tx"),
    ("cr\rover", "cr\\rover"),
    ("invoice_\u202efdp.exe", "invoice_\\u202efdp.exe"),
    ("bell\x07 del\x7f c1\x9b", "bell\\x07 del\\x7f c1\\x9b"),
    ("line\u2028sep\u2029 isolate\u2066", "line\\u2028sep\\u2029 isolate\\u2066"),
    ("bad\udce9byte", "bad\\udce9byte"),  # surrogateescape
    ("Coopérative Sœur 合作社 – ok.pdf", "Coopérative Sœur 合作社 – ok.pdf"),  # text stays text
    (None, ""),
])
def test_shown_escapes_what_acts_on_a_terminal_or_a_line(raw, seen):
    assert shown(raw) == seen


def test_shown_cuts_a_long_name():
    text = shown("x" * 70_000)
    assert len(text) == SHOWN_CHARACTERS + 1 and text.endswith("\u2026")


@pytest.mark.parametrize("value, safe", [
    ("=HYPERLINK(\"http://evil\",\"click\")", "'=HYPERLINK(\"http://evil\",\"click\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("-5", "-5"), ("+1.5e3", "+1.5e3"), ("-.5", "-.5"),  # a plain number calls nothing
    ("Coop = good", "Coop = good"), ("", ""), (None, None), (-5, -5), (1.5, 1.5),
])
def test_spreadsheet_text_prefixes_formula_starts(value, safe):
    assert spreadsheet_text(value) == safe
    assert needs_quote(value) == (safe != value)
