"""What the EU Information System algorithms share: ENVIRONMENT, EU_SERVER, AUTHCFG, the client, the wording of
its errors, and the outputs a statement's status fills."""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..connection.eu_credentials import ENV_AUTH_KEY, ENV_USERNAME, eu_client, eu_credentials
from ..core.eu_is import EuIsClient, EuIsError
from ..core.eu_is.environments import ENVIRONMENTS
from ..core.eu_is.records import StatementRecord
from ..layers.operations.eu_statements import reasons
from ..layers.words.eu_messages import eu_error_text
from .algorithm_base import EpochAlgorithm

STATUS_OUTPUTS = ("UUID", "STATUS", "REFERENCE_NUMBER", "VERIFICATION_NUMBER", "MESSAGES")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuAlgorithm", text)


class EuAlgorithm(EpochAlgorithm):
    """Base of the EU Information System algorithms: their own group, connection parameters and error words."""

    def group(self):
        return tr("EU Information System")

    def groupId(self):  # noqa: N802
        return "eu_information_system"

    def add_eu_connection_parameters(self) -> None:
        env = QgsProcessingParameterEnum("ENVIRONMENT", tr("Environment"), options=list(ENVIRONMENTS),
                                         defaultValue=ENVIRONMENTS[0], usesStaticStrings=True)
        env.setHelp(tr("acceptance (the Commission's test system, the default) or production: statements sent to "
                       "production are legal declarations."))
        self.addParameter(env)
        server = QgsProcessingParameterString("EU_SERVER", tr("Server address (empty: the environment's)"),
                                              defaultValue="", optional=True)
        server.setHelp(tr("Empty: the environment's own address. A URL for tests (the fake service on this "
                          "machine)."))
        self.addParameter(server)
        auth = QgsProcessingParameterAuthConfig("AUTHCFG", tr("EU Information System login"), defaultValue="",
                                                optional=True)
        auth.setHelp(tr("QGIS authentication configuration, Basic method: the username and, as password, the "
                        "authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from "
                        "the environment.").format(user=ENV_USERNAME, key=ENV_AUTH_KEY))
        self.addParameter(auth)

    def eu_client(self, parameters: Dict[str, Any], context) -> EuIsClient:
        credentials = eu_credentials(self.parameterAsString(parameters, "AUTHCFG", context) or "")
        environment = self.parameterAsEnumString(parameters, "ENVIRONMENT", context) or ENVIRONMENTS[0]
        client = eu_client(credentials, environment, self.parameterAsString(parameters, "EU_SERVER", context) or None)
        self._clients.append(client)
        return client

    def add_status_outputs(self) -> None:
        labels = {"UUID": tr("Statement UUID"), "STATUS": tr("Status"), "REFERENCE_NUMBER": tr("Reference number"),
                  "VERIFICATION_NUMBER": tr("Verification number"), "MESSAGES": tr("Messages")}
        for name in STATUS_OUTPUTS:
            self.addOutput(QgsProcessingOutputString(name, labels[name]))

    def execute(self, parameters, context, feedback):
        """``run_eu`` with the EU Information System's errors said in the user's language (one refusal)."""
        self._clients: List[EuIsClient] = []
        try:
            return self.run_eu(parameters, context, feedback)
        except EuIsError as exc:
            raise QgsProcessingException(eu_error_text(exc)) from None
        finally:
            for client in self._clients:
                client.close()

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        raise NotImplementedError

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS's name)
        """Main thread, after a run from the toolbox, a model or a script: the project's plots layers show the
        numbers of the statements this run settled at once, as the dock's list does when it refreshes (none in
        ``qgis_process``: its project holds no layer)."""
        from qgis.core import QgsProject

        from ..layers.operations.eu_plot_numbers import show_numbers_on_plots
        from ..layers.operations.eu_statements import read_statements

        super().postProcessAlgorithm(context, feedback)
        project = context.project() or QgsProject.instance()
        if project is not None and project.mapLayers():
            show_numbers_on_plots(read_statements(), project)
        return {}  # the outputs stay those the run returned


def status_results(records: List[StatementRecord], messages: List[str]) -> Dict[str, Any]:
    """The status outputs of one or more statements (several: comma-separated, in order)."""
    def joined(name: str) -> str:
        return ",".join(getattr(r, name) for r in records)

    return {"UUID": joined("uuid"), "STATUS": joined("status"), "REFERENCE_NUMBER": joined("reference_number"),
            "VERIFICATION_NUMBER": joined("verification_number"), "MESSAGES": "\n".join(messages)}


def status_message(record: StatementRecord) -> str:
    """What a statement's status means, in one sentence (its reasons when REJECTED)."""
    name = record.internal_reference
    if record.status == "AVAILABLE":
        return tr("{name}: AVAILABLE, reference number {reference}, verification number {verification}.").format(
            name=name, reference=record.reference_number, verification=record.verification_number)
    if record.status == "REJECTED":
        return tr("{name}: REJECTED by the EU Information System: {reasons}").format(
            name=name, reasons=" | ".join(reasons(record)) or tr("no reason given"))
    if record.status == "SUBMITTED":
        if record.local:
            return tr("{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.")\
                .format(name=name, uuid=record.uuid)
        return tr("{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: "
                  "the plugin checks it then (or run epoch_eudr:eu_dds_status).").format(name=name, uuid=record.uuid)
    if record.status == "UNCERTAIN":
        return tr("{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its "
                  "internal reference.").format(name=name)
    if record.status == "NOT_RECEIVED":
        return tr("{name}: the EU Information System never received it; submit it again.").format(name=name)
    return tr("{name}: {status}.").format(name=name, status=record.status)
