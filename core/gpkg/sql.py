"""SQLite's quoting rules in one place: every identifier and literal the plugin puts into SQL goes through these
(the SQLite documentation, "SQL As Understood By SQLite": keywords and quoting)."""

from __future__ import annotations


def quote_identifier(name: object) -> str:
    """An SQL identifier (table or column name) double-quoted, embedded double quotes doubled."""
    return '"' + str(name).replace('"', '""') + '"'


def quote_literal(text: object) -> str:
    """An SQL string literal, embedded single quotes doubled."""
    return "'" + str(text).replace("'", "''") + "'"
