"""Validation against the official V3 schemas (``schemas/``), when lxml is installed.

lxml is a test and development dependency only (``requirements-dev.txt``): without it the fake service still
answers, and says that validation is off. The schemas import each other by absolute acceptance-server URLs
(``...?xsd=N``); :data:`LOCAL_FILES` maps each to the copy here (``schemas/README.md``), and no network is used.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Dict, List, Optional

try:  # a test-only dependency: see the module docstring
    from lxml import etree
except ImportError:  # pragma: no cover - exercised with /usr/bin/python3 lacking python3-lxml
    etree = None

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
    return etree is not None


if etree is not None:
    class _Resolver(etree.Resolver):
        def resolve(self, url, pubid, context):  # noqa: ANN001 - lxml's signature
            path = local_file(url or "")
            return self.resolve_filename(str(path), context) if path else None


def _safe_parser(**kwargs):
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, **kwargs)


class Validator:
    """The schemas of one service; :meth:`errors` lists what makes an element invalid (``[]``: valid)."""

    def __init__(self, service: str) -> None:
        if etree is None:
            raise RuntimeError("lxml is not installed: schema validation is off")
        imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{ACC}{service}?xsd={n}"/>'
                          for ns, n in _IMPORTS[service])
        wrapper = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
        parser = _safe_parser()
        parser.resolvers.add(_Resolver())
        self.schema = etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=str(FOLDER) + "/"))
        # one validation at a time: an lxml XMLSchema is not thread-safe (the fake answers each request in a
        # thread of its own; two statements validated at once crashed the process on lxml 5 / libxml2 2.14)
        self._lock = threading.Lock()

    def errors(self, element) -> List[str]:
        """``element`` (an lxml element or XML bytes), validated as a document of its own."""
        data = element if isinstance(element, bytes) else etree.tostring(element)
        document = etree.fromstring(data, _safe_parser())
        with self._lock:
            if self.schema.validate(document):
                return []
            return [f"{e.message} (line {e.line})" for e in self.schema.error_log]


_VALIDATORS: Dict[str, Validator] = {}


def validator(service: str) -> Optional[Validator]:
    """The (cached) validator of ``DDS_SERVICE`` or ``VERIFY_SERVICE``; ``None`` without lxml."""
    if etree is None:
        return None
    if service not in _VALIDATORS:
        _VALIDATORS[service] = Validator(service)
    return _VALIDATORS[service]


def parse_request(data: bytes):
    """A request as an lxml tree (DTDs and entities not loaded, no network); ``ValueError`` when unreadable."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValueError("a DTD or entity declaration is not allowed in a SOAP message")
    try:
        return etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(str(exc)) from None
