"""A layer that cannot be sent is one of the plugin's coded errors (caught as a PluginError), worded as raised."""

import pytest
from epoch_eudr.core.errors import PluginError
from epoch_eudr.layers.inputs.source import SourceError, snapshot_layer
from epoch_eudr.layers.words.language import error_text


def test_a_source_error_is_a_plugin_error_with_its_own_words(qgis_app):
    with pytest.raises(PluginError) as raised:
        snapshot_layer(None)
    assert isinstance(raised.value, SourceError)
    assert error_text(raised.value) == str(raised.value) == "Pick a valid vector layer to screen."
