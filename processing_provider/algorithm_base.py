"""Shared parameters and plumbing of the Epoch algorithms: SERVER, AUTHCFG, choices, feedback, errors, outputs."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Dict, NoReturn, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..connection.client_factory import make_client, resolve
from ..core.api.client import EpochClient
from ..core.api.errors import CancelledError, EpochError
from ..core.errors import PluginError
from ..core.operation import Cancel, Progress, never_cancelled
from ..layers.inputs.source import SourceError
from ..layers.words.language import error_text
from ..layers.writer.results import layer_uri, layer_uri_parts, reload_file_layers
from .choices import ChoiceError, choices_as_named


def tr(text: str) -> str:
    return QCoreApplication.translate("EpochAlgorithm", text)


class EpochAlgorithm(QgsProcessingAlgorithm):
    """Base: every algorithm talks to one server with one login and reports errors readably.

    ``self.tr("...")`` translates in the context of the algorithm's own class, the one pylupdate5 files a
    ``self.tr`` call under: call it only in the class that defines the method (a shared method of a base
    class uses its module's ``tr()`` helper instead).
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS's name)
        return type(self)()

    def group(self):
        return tr("Epoch API")

    def groupId(self):  # noqa: N802
        return "epoch_api"

    def add_connection_parameters(self) -> None:
        server = QgsProcessingParameterString("SERVER", tr("Server"), defaultValue="", optional=True)
        server.setHelp(tr("Server URL. Empty: $EPOCH_API_URL if set, else the production API."))
        self.addParameter(server)
        auth = QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication"), defaultValue="", optional=True)
        auth.setHelp(tr("QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: "
                        "EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment."))
        self.addParameter(auth)

    def client(self, parameters: Dict[str, Any], context) -> EpochClient:
        server = self.parameterAsString(parameters, "SERVER", context) or ""
        authcfg = self.parameterAsString(parameters, "AUTHCFG", context) or ""
        try:
            url, credentials = resolve(server, authcfg)
        except EpochError as exc:
            raise QgsProcessingException(error_text(exc)) from None
        client = make_client(url, credentials)
        self._open_clients = [*getattr(self, "_open_clients", []), client]  # closed when the run ends
        return client

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A choice given by its number is checked as its name; a wrong one is refused listing the names."""
        try:
            named = choices_as_named(self, parameters)
        except ChoiceError as exc:
            return False, str(exc)
        return super().checkParameterValues(named, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """``execute`` with choices by name; every refusal becomes one QgsProcessingException (see :func:`refuse`).

        The clients the run opened are closed however it ends: a socket left to the garbage collector is a
        ``ResourceWarning`` in the user's output (qgis_process prints it)."""
        self._written_files = []
        try:
            results = self.execute(choices_as_named(self, parameters), context, feedback)
            self._written_files = written_geopackages(results)
            return results
        except QgsProcessingException as exc:
            message = str(exc)
        except ChoiceError as exc:
            message = str(exc)
        except CancelledError:
            message = tr("Cancelled: nothing was written.")
        except (PluginError, SourceError) as exc:  # every coded error, in the user's language
            message = error_text(exc)
        except OSError as exc:
            message = tr("Could not write the output: {error}").format(error=exc.strerror or exc)
        finally:
            for client in getattr(self, "_open_clients", []):
                client.close()
            self._open_clients = []
        refuse(message)

    def execute(self, parameters, context, feedback) -> Dict[str, Any]:
        raise NotImplementedError

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS's name)
        """Main thread, after the run: the project's layers of a GeoPackage the run wrote into are read again
        (:func:`..layers.writer.results.reload_file_layers`; none in ``qgis_process``: its project holds none)."""
        from qgis.core import QgsProject

        project = context.project() or QgsProject.instance()
        for gpkg in getattr(self, "_written_files", ()):
            reload_file_layers(gpkg, project=project)
        return {}  # the outputs stay those the run returned


def written_geopackages(results: Dict[str, Any]) -> list:
    """The GeoPackages named by a run's outputs (a layer's source or a file's path)."""
    files = []
    for value in (results or {}).values():
        if isinstance(value, str) and value:
            path = layer_uri_parts(value)[0]
            if path.suffix.lower() == ".gpkg" and path.is_file() and path not in files:
                files.append(path)
    return files


def refuse(message: str) -> NoReturn:
    """End the algorithm with ``message``: a non-zero exit in qgis_process, the sentence printed once.

    QGIS reports an algorithm's exception three times in qgis_process: QgsProcessingAlgorithm::run logs it to
    the message log, then gives it to the feedback, whose reportError prints "ERROR:" and logs it again, and
    qgis_process echoes every Critical log line on stderr (with --json, which prints no JSON for a failed run,
    the two log lines are all that is shown). In qgis_process only, the message log is silenced for the rest of
    the run, which this error ends, so the sentence is printed once: by the feedback's "ERROR:" line, or with
    --json by the one log line written here. The desktop's dialog and message log are left as QGIS has them.
    """
    if QgsApplication.platform() == "qgis_process":
        if _json_output():
            QgsMessageLog.logMessage(message, tr("Processing"), Qgis.MessageLevel.Critical)
        QgsApplication.messageLog().blockSignals(True)
    raise QgsProcessingException(message)


def _json_output() -> bool:
    """qgis_process writes JSON (``--json``, or the parameters read as JSON from stdin: ``run ALG -``)."""
    arguments = QCoreApplication.arguments()
    return "--json" in arguments or (len(arguments) > 3 and "run" in arguments and arguments[-1] == "-")


def unknown_collection(collection_id: str, server: str) -> str:
    """The refusal of a collection id the server has no assessment (nor plot) for."""
    return tr("No collection '{id}' on {server}: no producer assessment has this id (a typo, another account "
              "or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from "
              "its collection_id column.").format(id=collection_id, server=server)


def progress_of(feedback) -> Optional[Progress]:
    """The operation's progress, reported to Processing's feedback (``None`` without one)."""
    return Progress(feedback.setProgress) if feedback is not None else None


def cancel_of(feedback) -> Cancel:
    """The operation's cancel: the feedback's (never cancelled without one)."""
    return feedback.isCanceled if feedback is not None else never_cancelled


def gpkg_destination(destination: str, default_name: str) -> Tuple[Path, str, str]:
    """Where to write an OUTPUT layer: (GeoPackage, layer name, final destination for Processing).

    A ``.gpkg`` path or ``ogr:dbname=... table=...`` is written directly; a temporary or
    ``memory:`` output goes to a GeoPackage in the Processing temp folder; any other
    format is written as GeoPackage then converted (see :func:`finish_destination`).
    """
    text = (destination or "").strip()
    if text.startswith("ogr:"):
        import re

        db = re.search(r"dbname='((?:[^']|'')*)'", text) or re.search(r'dbname="?([^"\s]+)"?', text)
        table = re.search(r'table="((?:[^"]|"")*)"', text)
        if db:
            path = Path(db.group(1).replace("''", "'"))
            name = table.group(1).replace('""', '"') if table else default_name
            return path, name, layer_uri(path, name)
    if not text or text.startswith("memory:") or text == "TEMPORARY_OUTPUT":
        folder = Path(QgsProcessingUtils.tempFolder())
        path = Path(tempfile.mkstemp(suffix=".gpkg", dir=folder)[1])
        path.unlink()
        return path, default_name, layer_uri(path, default_name)
    path, named = layer_uri_parts(text)
    if path.suffix.lower() == ".gpkg":
        name = named or path.stem or default_name
        return path, name, layer_uri(path, name)
    folder = Path(QgsProcessingUtils.tempFolder())
    staged = Path(tempfile.mkstemp(suffix=".gpkg", dir=folder)[1])
    staged.unlink()
    return staged, default_name, text


def finish_destination(gpkg: Path, layer_name: str, final: str) -> str:
    """Convert to the requested format when it was not a GeoPackage; return what Processing should load.

    A spreadsheet (CSV, XLSX, ODS) gets no cell that runs as a formula (OWASP's CSV injection rule; the staged
    GeoPackage copy is changed, never the user's data)."""
    if final.startswith(str(gpkg)):
        return final
    from osgeo import gdal

    from .outputs import defuse_formulas, is_spreadsheet  # outputs builds on this module

    if is_spreadsheet(final):
        defuse_formulas(gpkg, layer_name)

    gdal.VectorTranslate(final, f"{gpkg}", options=gdal.VectorTranslateOptions(layers=[layer_name]))
    return final
