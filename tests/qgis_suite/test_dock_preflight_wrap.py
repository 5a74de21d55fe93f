"""The check's issues in a narrow dock: each sentence wrapped to the list's width (never cut), its whole text in
its tooltip."""

from .test_dock_preflight_words import _checked


def test_long_issues_wrap_in_a_narrow_dock_and_their_tooltip_holds_the_whole_text(dock):
    screening, _layer = _checked(dock)
    issues = screening.check.issues
    dock.resize(320, 900)
    dock.show()
    issues.doItemsLayout()
    from qgis.core import QgsApplication

    QgsApplication.processEvents()
    width = issues.viewport().width()
    line = issues.fontMetrics().height()
    items = [issues.item(i) for i in range(issues.count())]
    longest = max(items, key=lambda item: issues.fontMetrics().horizontalAdvance(item.text()))
    assert issues.fontMetrics().horizontalAdvance(longest.text()) > width  # the case: longer than the list is wide
    rect = issues.visualItemRect(longest)
    assert rect.width() <= width and rect.height() >= 2 * line, (rect, width, line)
    assert all(item.text() in item.toolTip() for item in items if item.toolTip())
    assert longest.text() in longest.toolTip()
