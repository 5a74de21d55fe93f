"""Validation against the official V3 schemas (``schemas/``), when lxml is installed.

lxml is a test and development dependency only (``requirements-dev.txt``): without it the fake service still
answers, and says that validation is off. lxml is imported only in the validating process (:class:`Validator`),
never in the process that runs the fake: see why there. The schemas import each other by absolute acceptance-server URLs
(``...?xsd=N``); :data:`LOCAL_FILES` maps each to the copy here (``schemas/README.md``), and no network is used.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import shutil
import subprocess  # nosec B404 - this module itself, run to validate (see Validator)
import sys
import threading
from pathlib import Path
from typing import Dict, List, Optional

FOLDER = Path(__file__).resolve().parent / "schemas"
ACC = "https://acceptance.eudr.webcloud.ec.europa.eu:443/tracesnt/ws/"
DDS_SERVICE = "EUDRDueDiligenceStatementServiceV3"
VERIFY_SERVICE = "EUDRVerifyDeclarationServiceV3"
_SHARED_LANG = "shared/uncefact-iso2-alpha-language-code.xsd"
_SHARED_UDT = "shared/uncefact-unqualified-data-type-21.xsd"
_COMMON = f"{VERIFY_SERVICE}/xsd2-eudr-common-v3.xsd"

#: ``<service>?xsd=N`` -> file under ``schemas/`` (see ``schemas/README.md``).
LOCAL_FILES: Dict[str, str] = {
    f"{DDS_SERVICE}?xsd=1": f"{DDS_SERVICE}/xsd1-base-v4.xsd",
    f"{DDS_SERVICE}?xsd=3": _COMMON,
    f"{DDS_SERVICE}?xsd=4": f"{DDS_SERVICE}/xsd4-due-diligence-statement-v3.xsd",
    f"{DDS_SERVICE}?xsd=5": f"{DDS_SERVICE}/xsd5-error-v01.xsd",
    f"{DDS_SERVICE}?xsd=6": _SHARED_LANG,
    f"{DDS_SERVICE}?xsd=7": _SHARED_UDT,
    f"{VERIFY_SERVICE}?xsd=1": f"{VERIFY_SERVICE}/xsd1-base-v4.xsd",
    f"{VERIFY_SERVICE}?xsd=2": _COMMON,
    f"{VERIFY_SERVICE}?xsd=3": f"{VERIFY_SERVICE}/xsd3-verify-declaration-v3.xsd",
    f"{VERIFY_SERVICE}?xsd=4": f"{VERIFY_SERVICE}/xsd4-error-v01.xsd",
    f"{VERIFY_SERVICE}?xsd=5": _SHARED_LANG,
    f"{VERIFY_SERVICE}?xsd=6": _SHARED_UDT,
}
#: What each service's validator imports: (namespace, ``?xsd=N``).
_IMPORTS = {
    DDS_SERVICE: (("http://ec.europa.eu/tracesnt/certificate/eudr/due-diligence-statement/v3", 4),
                  ("http://ec.europa.eu/sanco/tracesnt/base/v4", 1)),
    VERIFY_SERVICE: (("http://ec.europa.eu/tracesnt/certificate/eudr/verify-declaration/v3", 3),
                     ("http://ec.europa.eu/sanco/tracesnt/base/v4", 1)),
}
#: The WSDLs served at ``?wsdl`` / ``?wsdl=N`` (for a look with a SOAP tool; nothing reads them).
WSDL_FILES = {
    f"{DDS_SERVICE}?wsdl": f"{DDS_SERVICE}/{DDS_SERVICE}.wsdl",
    f"{DDS_SERVICE}?wsdl=1": f"{DDS_SERVICE}/wsdl1-base-v4.wsdl",
    f"{DDS_SERVICE}?wsdl=2": f"{DDS_SERVICE}/wsdl2-body-v3.wsdl",
    f"{VERIFY_SERVICE}?wsdl": f"{VERIFY_SERVICE}/{VERIFY_SERVICE}.wsdl",
    f"{VERIFY_SERVICE}?wsdl=1": f"{VERIFY_SERVICE}/wsdl1-base-v4.wsdl",
    **LOCAL_FILES,
}


def local_file(url: str) -> Optional[Path]:
    """The copy of the schema an acceptance URL names, or ``None``."""
    if not url.startswith(ACC):
        return None
    name = LOCAL_FILES.get(url[len(ACC):])
    return FOLDER / name if name else None


def lxml_available() -> bool:
    """Whether lxml could be imported (it is not: see :class:`Validator`)."""
    try:
        return importlib.util.find_spec("lxml") is not None
    except (ImportError, ValueError):
        return False


def _safe_parser(etree, **kwargs):  # noqa: ANN001, ANN202 - lxml's module, imported by the validating process
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, **kwargs)


def _compiled(etree, service: str):  # noqa: ANN001, ANN202 - as above
    """The service's schemas as an lxml ``XMLSchema`` (in the validating process only: see :class:`Validator`)."""

    class Resolver(etree.Resolver):
        def resolve(self, url, pubid, context):  # noqa: ANN001, ANN202 - lxml's signature
            path = local_file(url or "")
            return self.resolve_filename(str(path), context) if path else None

    imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{ACC}{service}?xsd={n}"/>'
                      for ns, n in _IMPORTS[service])
    wrapper = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = _safe_parser(etree)
    parser.resolvers.add(Resolver())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=str(FOLDER) + "/"))


def _python() -> str:
    """An interpreter for the validating process: this one, unless it is not Python (QGIS's own binary)."""
    if Path(sys.executable).name.lower().startswith("python"):
        return sys.executable
    return shutil.which("python3") or shutil.which("python") or sys.executable


class Validator:
    """The schemas of one service; :meth:`errors` lists what makes an element invalid (``[]``: valid).

    The schemas are compiled and used in a process of their own (this module run as a script), one request at
    a time. In the process that runs the fake (pytest, QGIS) libxml2's global state is not ours: closing a
    GeoPackage or SQLite dataset in GDAL 3.13 calls SpatiaLite's ``spatialite_cleanup_ex``, which calls
    ``xmlCleanupParser()`` and frees libxml2's built-in schema types. A compiled lxml ``XMLSchema`` still points
    at them: its next validation loops forever or crashes the process ("Internal error in XML Schema
    validation"), whichever thread it runs in. Nor is lxml imported there at all: lxml and GDAL share the
    system's libxml2, whose per-thread state that cleanup frees, and a process holding both aborted at a later
    thread's exit ("tcache_thread_shutdown(): unaligned tcache chunk detected"). Nothing else in the child
    touches libxml2.
    """

    def __init__(self, service: str) -> None:
        if not lxml_available():
            raise RuntimeError("lxml is not installed: schema validation is off")
        self.service = service
        self._lock = threading.Lock()
        self._process: Optional[subprocess.Popen] = None

    def _start(self) -> subprocess.Popen:
        process = subprocess.Popen([_python(), "-I", str(Path(__file__).resolve()), self.service],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        ready = process.stdout.readline()
        if ready.strip() != b"ready":
            self._stop(process)
            raise RuntimeError(f"the schema validator of {self.service} did not start")
        return process

    @staticmethod
    def _stop(process: subprocess.Popen) -> None:
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        """End the validating process (started again by the next :meth:`errors`)."""
        with self._lock:
            if self._process is not None:
                self._stop(self._process)
                self._process = None

    def errors(self, data: bytes) -> List[str]:
        """An element serialised as XML bytes, validated as a document of its own."""
        with self._lock:
            for _attempt in (1, 2):  # a validating process that died is started again once
                if self._process is None or self._process.poll() is not None:
                    self._process = self._start()
                try:
                    self._process.stdin.write(b"%d\n" % len(data) + data)
                    self._process.stdin.flush()
                    answer = self._process.stdout.readline()
                except OSError:
                    answer = b""
                if answer:
                    return json.loads(answer)
                self._stop(self._process)
                self._process = None
            raise RuntimeError(f"the schema validator of {self.service} stopped")


_VALIDATORS: Dict[str, Validator] = {}
_VALIDATORS_LOCK = threading.Lock()


def validator(service: str) -> Optional[Validator]:
    """The (shared) validator of ``DDS_SERVICE`` or ``VERIFY_SERVICE``; ``None`` without lxml."""
    if not lxml_available():
        return None
    with _VALIDATORS_LOCK:
        if service not in _VALIDATORS:
            _VALIDATORS[service] = Validator(service)
        return _VALIDATORS[service]


@atexit.register
def _close_validators() -> None:
    for checker in list(_VALIDATORS.values()):
        checker.close()


def _serve(service: str) -> int:
    """The validating process: ``<length>\\n<document>`` on stdin -> one JSON list of problems a line."""
    from lxml import etree  # only here: see Validator

    schema = _compiled(etree, service)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    stdout.write(b"ready\n")
    stdout.flush()
    while True:
        header = stdin.readline()
        if not header.strip():
            return 0
        data = stdin.read(int(header))
        try:
            document = etree.fromstring(data, _safe_parser(etree))
        except etree.XMLSyntaxError as exc:
            problems = [f"not well-formed: {exc}"]
        else:
            problems = ([] if schema.validate(document) else
                        [f"{e.message} (line {e.line})" for e in schema.error_log])
        stdout.write(json.dumps(problems).encode() + b"\n")
        stdout.flush()


if __name__ == "__main__":  # the validating process started by Validator
    raise SystemExit(_serve(sys.argv[1]))
