"""The fake EU service keeps validating after another library in its process resets libxml2.

In QGIS 3.44 (GDAL 3.13), closing a GeoPackage or SQLite dataset calls SpatiaLite's ``spatialite_cleanup_ex``,
which calls libxml2's ``xmlCleanupParser()``. A schema compiled before that call then loops forever or crashes
the process at its next validation: the fake, run inside pytest or QGIS, stopped answering the Verify service
after the register was written. The same libxml2 call is made here directly, as SpatiaLite makes it.
"""

import ctypes
import ctypes.util
import sys
from pathlib import Path

import pytest

etree = pytest.importorskip("lxml.etree")

from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials  # noqa: E402
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402
from eu_is_support import cocoa_import  # noqa: E402

fake, limiter = eu_is_support.fake, eu_is_support.limiter  # the shared fixtures


def clean_up_libxml2():
    """What SpatiaLite does when GDAL closes a dataset: ``xmlCleanupParser()`` in this process's libxml2."""
    name = ctypes.util.find_library("xml2")
    if name is None:
        pytest.skip("libxml2 not found")
    ctypes.CDLL(name).xmlCleanupParser()


def test_requests_are_validated_after_libxml2_is_cleaned_up(fake, limiter):
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter,
                        sleep=lambda s: None, timeout=(5.0, 20.0), retries=0)
    with client:
        first = client.submit_dds(cocoa_import("PO-CLEANUP-1"))
        errors_before = len(fake.schema_errors)
        for number in range(2, 5):
            clean_up_libxml2()
            assert client.submit_dds(cocoa_import(f"PO-CLEANUP-{number}")).uuid != first.uuid
            assert client.verify_declaration("26FRABCDEFGHIJ", "ABCDEFGH").result == "NON_EXISTENT"
        clean_up_libxml2()
        with pytest.raises(Exception) as refused:  # an invalid request is still refused by the schema
            client.verify_declaration("26FRABCDEFGHIJ", "AB")
        assert "cvc-" in str(refused.value) and len(fake.schema_errors) > errors_before
