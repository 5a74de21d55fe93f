"""The base of every error the plugin raises on purpose: a readable English message, a code and its parameters.

``str(error)`` is the English sentence (logs, tests); ``code`` and ``params`` say the same for translation,
which happens in one place, ``layers.words.language.error_text``: the code's template in the user's language filled
with the params, or the message itself for a code without a template (a message already worded in the user's
language when raised, as the GeoPackage writer's are). Catch :class:`PluginError` to catch them all.
"""

from __future__ import annotations

from typing import Any, Dict, Optional


class PluginError(Exception):
    """A failure the user can act on: ``message`` says what and what to do; ``code`` (the class's unless given)
    and ``params`` let it be said in another language."""

    code = "error"

    def __init__(self, message: str = "", *, code: Optional[str] = None,
                 params: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params: Dict[str, Any] = dict(params or {})

    def __str__(self) -> str:
        return self.message
