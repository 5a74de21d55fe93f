"""The translations (issue 18), without Qt: every string the code translates is in every .ts file, every
translation keeps its source's {placeholders}, and every code core gives an error or a preflight finding
has a template on the QGIS side (layers/words/language.py, read here as source: it imports Qt).

The strings are found with Python's own parser, the way pylupdate5 files them: ``tr("...")`` under its
module helper's context, ``self.tr("...")`` under the enclosing class, ``QCoreApplication.translate("Ctx",
"...")`` under "Ctx". So this test also catches what pylupdate5 cannot extract: ``tr(f"...")``, ``tr(name)``.
"""

import ast
import importlib.util
import re
import string
import xml.etree.ElementTree as ET  # nosec B405: the repository's own .ts files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("epoch_i18n_script", ROOT / "scripts" / "i18n.py")
i18n_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_script)


def _languages():
    match = re.search(r"^LANGUAGES\s*:?=\s*(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    return match.group(1).split()


LANGUAGES = _languages()
#: files whose strings are wrapped in a later step of issue 18: their problems are not counted yet
PENDING: tuple = ()


class _Finder(ast.NodeVisitor):
    def __init__(self, rel, helper):
        self.rel, self.helper, self.classes = rel, helper, []
        self.found, self.problems = set(), []

    def visit_ClassDef(self, node):  # noqa: N802 (ast's name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _literal(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit_Call(self, node):  # noqa: N802
        func = node.func
        where = f"{self.rel}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id == "tr" and node.args:
            text = self._literal(node.args[0])
            if text is None:
                self.problems.append(f"{where}: tr() of something that is not a literal string")
            elif self.helper is None:
                self.problems.append(f"{where}: tr() without a module helper")
            else:
                self.found.add((self.helper, text))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            text = self._literal(node.args[0])
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if text is None:
                self.problems.append(f"{where}: .tr() of something that is not a literal string")
            elif owner == "self" and self.classes:
                self.found.add((self.classes[-1], text))
            else:
                self.problems.append(f"{where}: {owner}.tr(): use the module's tr() helper")
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            context, text = self._literal(node.args[0]), self._literal(node.args[1])
            if context is not None and text is not None:
                self.found.add((context, text))
        self.generic_visit(node)


def _code_strings():
    found, problems = set(), []
    for path in i18n_script.source_files(ROOT):
        rel = path.relative_to(ROOT).as_posix()
        finder = _Finder(rel, i18n_script.helper_context(path))
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), rel))
        found |= finder.found
        problems += [] if rel in PENDING else finder.problems
    return found, problems


def _ts(language):
    tree = ET.parse(ROOT / "i18n" / f"epoch_eudr_{language}.ts")  # nosec B314: the repository's own file
    assert tree.getroot().tag == "TS" and tree.getroot().get("language") == language
    entries = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            entries[(context.findtext("name"), message.findtext("source"))] = (translation.text or "",
                                                                                translation.get("type"))
    return entries


def _fields(text):
    return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name is not None})


def test_every_translated_string_is_a_literal_with_a_known_context():
    found, problems = _code_strings()
    assert not problems, "\n".join(problems)
    assert len(found) > 200  # the dock, Processing, the layers' messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ts_file_holds_exactly_the_strings_of_the_code(language):
    found, _ = _code_strings()
    entries = _ts(language)
    current = {key for key, (_, kind) in entries.items() if kind not in ("obsolete", "vanished")}
    missing = sorted(found - current)
    stale = sorted(current - found)
    assert not missing, f"not in epoch_eudr_{language}.ts (run `make translations`): {missing[:10]}"
    assert not stale, f"in epoch_eudr_{language}.ts but no longer in the code (run `make translations`): {stale[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    wrong = []
    for (context, source), (text, kind) in _ts(language).items():
        if text and kind not in ("obsolete", "vanished"):
            if _fields(text) != _fields(source):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            elif source.endswith(("\n",)) != text.endswith(("\n",)):
                wrong.append(f"{context}: {source!r} -> {text!r} (line ends differ)")
    assert not wrong, "\n".join(wrong)



@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_hedges_a_plural_the_code_says_in_full(language):
    """ "dégradé(s)", "nouveau(x)": the code gives one string per plural form (or a "label: number" form), so a
    translation that hedges with (s) reads as a machine's; only a source that itself hedges may."""
    hedge = re.compile(r"\w\((?:s|x|es|en|n|e|os|as)\)")
    wrong = [f"{context}: {source!r} -> {text!r}" for (context, source), (text, kind) in _ts(language).items()
             if text and kind not in ("obsolete", "vanished") and hedge.search(text) and not hedge.search(source)]
    assert not wrong, "\n".join(wrong)

def test_the_ts_files_are_the_makefile_languages():
    on_disk = sorted(p.stem.replace("epoch_eudr_", "") for p in (ROOT / "i18n").glob("epoch_eudr_*.ts"))
    assert on_disk == sorted(LANGUAGES)
    assert {"fr", "es", "pt", "pt_BR", "id", "de"} <= set(LANGUAGES)  # pt_BR: QGIS's locale in Brazil


# --- core's codes and the QGIS side's templates ------------------------------------------------------
def _dict_of_function(tree, name):
    """The dict literal a function of layers/words/language.py returns: key -> the template's literal text."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            returned = [n for n in ast.walk(node) if isinstance(n, ast.Return)][0].value
            out = {}
            for key, value in zip(returned.keys, returned.values):
                if isinstance(value, ast.Call) and value.args:  # tr("...")
                    value = value.args[0]
                out[key.value] = value.value if isinstance(value, ast.Constant) else None
            return out
    raise AssertionError(f"layers/words/language.py has no {name}()")


I18N_TREE = ast.parse((ROOT / "layers" / "words" / "language.py").read_text(encoding="utf-8"))
#: the EU Information System's codes are worded beside its other messages (layers/words/eu_messages.py)
ERROR_TEMPLATES = {**_dict_of_function(I18N_TREE, "_error_templates"), **_dict_of_function(
    ast.parse((ROOT / "layers" / "words" / "eu_messages.py").read_text(encoding="utf-8")), "_client_templates")}
PREFLIGHT_TEMPLATES = _dict_of_function(I18N_TREE, "_preflight_templates")
STATUS_LABELS = _dict_of_function(I18N_TREE, "_status_labels")


def _core_error_codes():
    """Every ``code`` core gives an error: the classes' ``code = "..."`` and the raises' ``code="..."``."""
    codes = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, ast.Assign) and [getattr(t, "id", "") for t in item.targets] == ["code"]
                            and isinstance(item.value, ast.Constant)):
                        codes[item.value.value] = f"{path.name}: class {node.name}"
            callee = getattr(node, "func", None)
            callee = getattr(callee, "id", getattr(callee, "attr", ""))
            if isinstance(node, ast.Call) and callee.endswith("Error"):
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        if isinstance(keyword.value, ast.IfExp):
                            values = [keyword.value.body, keyword.value.orelse]
                        else:
                            values = [keyword.value]
                        for value in values:
                            assert isinstance(value, ast.Constant), f"{path.name}:{node.lineno}: code not a literal"
                            codes[value.value] = f"{path.name}:{node.lineno}"
    return codes


def test_every_error_class_of_core_has_a_code():
    from epoch_eudr.core.api import errors
    from epoch_eudr.core.api.download import ZipRefusedError

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.EpochError)]
    classes.append(ZipRefusedError)
    codes = {}
    for cls in classes:
        assert "code" in vars(cls) or cls is errors.EpochError, f"{cls.__name__} has no code of its own"
        assert cls.code not in codes, f"{cls.__name__} and {codes.get(cls.code)} share the code {cls.code}"
        codes[cls.code] = cls.__name__


def test_every_code_core_raises_has_a_template_on_the_qgis_side():
    unknown = {code: where for code, where in _core_error_codes().items() if code not in ERROR_TEMPLATES}
    assert not unknown, f"codes without a template in layers/words/language.py or eu_messages.py: {unknown}"


def test_a_coded_error_keeps_its_english_message_and_carries_its_params():
    from epoch_eudr.core.api.errors import CancelledError, ConfigurationError, NetworkError
    from epoch_eudr.core.api.servers import normalize_base_url

    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url("http://example.org")
    error = caught.value
    assert error.code == "server_url_http" and error.params == {"text": "http://example.org"}
    assert str(error).startswith("'http://example.org' uses plain http")
    english = ERROR_TEMPLATES[error.code]  # the template, formatted with the params, is the English message
    assert english.format(**error.params) == str(error)
    assert NetworkError("x").code == "network" and NetworkError("x").params == {}
    assert CancelledError().code == "cancelled"


def test_preflight_templates_match_the_codes_sentences():
    from epoch_eudr.core.preflight.codes import CODES

    assert set(PREFLIGHT_TEMPLATES) == set(CODES)
    for code, (_, english) in CODES.items():
        assert PREFLIGHT_TEMPLATES[code] == english, f"{code}: layers/words/language.py says it otherwise than core"


def test_preflight_findings_carry_the_values_of_their_sentence():
    from epoch_eudr.core.preflight.check import FeatureReport
    from epoch_eudr.core.preflight.codes import CODES

    report = FeatureReport(7)
    report.add("hole", count=2)
    finding = report.findings[0]
    assert finding.values == {"count": 2}
    assert CODES["hole"][1].format(**finding.values) == finding.message


def test_every_status_label_has_a_screen_label():
    from epoch_eudr.core.risk import PLOT_STATUSES, PRODUCER_STATUSES

    for status in (*PRODUCER_STATUSES, *PLOT_STATUSES):
        assert STATUS_LABELS.get(status.label) == status.label
