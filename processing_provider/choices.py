"""The values of choice (enum) parameters: a name or its number, both accepted; anything else refused with the names.

QGIS documents a choice as "the number of the selected option" (``qgis_process help``, the Processing
documentation), and the algorithms take names (``LOCATION_TYPE=plot``) so that scripts read well and survive a
new option. Both are accepted: :func:`choices_as_named` turns each number into its option's name (or, for a
parameter that stores numbers, each name into its number) before QGIS checks the values and before the
algorithm reads them, so ``LOCATION_TYPE=1`` runs exactly like ``LOCATION_TYPE=plot``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from qgis.core import QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import PluginError


def tr(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


class ChoiceError(PluginError, ValueError):
    """A choice parameter's value that is neither one of its names nor one of their numbers (message translated
    when raised, so its code has no template of its own)."""

    code = "choice"


def choices_as_named(algorithm, parameters: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``parameters`` whose choice values are in the form their parameter stores (see the module).

    Raises :class:`ChoiceError` naming the parameter, the value and every valid name with its number.
    """
    named = dict(parameters or {})
    for definition in algorithm.parameterDefinitions():
        if isinstance(definition, QgsProcessingParameterEnum) and definition.name() in named:
            named[definition.name()] = choice_value(definition, named[definition.name()])
    return named


def choice_value(definition: QgsProcessingParameterEnum, value: Any) -> Any:
    """``value`` as ``definition`` stores it: its option's name (static strings) or number; empty stays empty."""
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float, list, tuple)):
        return value  # unset, or a data-defined property: QGIS's own checks apply
    if isinstance(value, (list, tuple)) or (definition.allowMultiple() and isinstance(value, str) and "," in value):
        items = value if isinstance(value, (list, tuple)) else value.split(",")
        return [choice_value(definition, item) for item in items]
    text = str(value).strip()
    if text == "":
        return value
    options = list(definition.options())
    index = _index_of(text, options)
    if index is None:
        raise ChoiceError(choice_refusal(definition.name(), text, options))
    return options[index] if definition.usesStaticStrings() else index


def _index_of(text: str, options: List[str]) -> Optional[int]:
    if text in options:
        return options.index(text)
    folded = [option.casefold() for option in options]
    if text.casefold() in folded:
        return folded.index(text.casefold())
    try:
        number = float(text)
    except ValueError:
        return None
    if number.is_integer() and 0 <= int(number) < len(options):
        return int(number)
    return None


def choice_refusal(name: str, value: str, options: List[str]) -> str:
    """``LOCATION_TYPE: 'nope' is not one of its choices: 0 = auto, 1 = plot, 2 = facility (give the name or the
    number).``"""
    listed = ", ".join(f"{number} = {option}" for number, option in enumerate(options))
    return tr("{parameter}: '{value}' is not one of its choices: {choices} (give the name or the number).").format(
        parameter=name, value=value, choices=listed)
