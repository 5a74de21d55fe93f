"""After *Apply fixes* the Check before upload box lists the fixed copy's own check (what an upload of the copy
would meet), not the input's: the input's errors are gone from the list, and a click selects the copy's features."""

from epoch_eudr.core.preflight.codes import CODES
from qgis.core import QgsProject

from .dock_driver import click, wait_until
from .test_dock_preflight_words import _checked


def test_the_list_shows_the_fixed_copy_checked_again(dock):
    screening, _layer = _checked(dock)
    box = screening.check
    first = [box.issues.item(i).text() for i in range(box.issues.count())]
    assert any("an Area that is text" in text for text in first)  # the input's error
    before = len(QgsProject.instance().mapLayers())
    click(box.fix_button)
    wait_until(lambda: len(QgsProject.instance().mapLayers()) == before + 1 and not screening.task_bar.busy())
    (fixed,) = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name().startswith("Fixed:")]
    texts = [box.issues.item(i).text() for i in range(box.issues.count())]
    assert texts[0] == "The fixed copy, checked again:"
    assert not any("an Area that is text" in text for text in texts), texts  # fixed: no longer listed
    expected = {}
    for feature in fixed.getFeatures():
        for code in set(filter(None, (feature["issues"] or "").split(","))):
            if CODES[code][0] != "info":
                expected[code] = expected.get(code, 0) + 1
    listed = {box.issues.item(i).toolTip().split()[1]: box.issues.item(i) for i in range(1, box.issues.count())
              if box.issues.item(i).toolTip().startswith("Code ")}
    assert set(listed) == set(expected)
    for code, item in listed.items():
        n = expected[code]
        assert item.text().startswith("1 feature with" if n == 1 else f"{n} features with")
    if listed:  # a click selects the copy's features that have it
        box.zoom_to(next(iter(listed.values())))
        assert fixed.selectedFeatureCount() > 0
    else:
        assert "No issue found" in texts[-1]
