"""Widgets of the plugin. They hold no business logic: they call ``core`` and ``layers``."""
