"""The field report's print-layout names, now in :mod:`.qgis_compat` (the plugin's one compatibility module):
re-exported here for the modules that still import them from this name."""

from .qgis_compat import (  # noqa: F401
    allow_label_overlaps,
    dot_at_line_end,
    fill_colour_property,
    grid_annotate,
    grid_decimal_with_suffix,
    grid_fit_segment_width,
    grid_lines,
    kilometres,
    scale_bar_fit_width,
    set_table_columns,
    text_always_as_text,
)
