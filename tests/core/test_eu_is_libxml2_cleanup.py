"""The fake EU service keeps validating after another library in its process resets libxml2.

In QGIS 3.44 (GDAL 3.13), closing a GeoPackage or SQLite dataset calls SpatiaLite's ``spatialite_cleanup_ex``,
which calls libxml2's ``xmlCleanupParser()``. A schema compiled before that call then loops forever or crashes
the process at its next validation: the fake, run inside pytest or QGIS, stopped answering the Verify service
after the register was written. The same libxml2 call is made here directly, as SpatiaLite makes it, in a
process of its own: the call frees libxml2's per-thread state, and the process that made it must end.
"""

import ctypes.util
import subprocess  # nosec B404 - this test's own script
import sys
import textwrap
from pathlib import Path

import pytest
from epoch_eudr.sandbox.eu_is.schemas import lxml_available

pytestmark = [
    pytest.mark.skipif(not lxml_available(), reason="lxml (test-only) validates against the schemas"),
    pytest.mark.skipif(ctypes.util.find_library("xml2") is None, reason="libxml2 not found"),
]

HERE = Path(__file__).resolve().parent
SCRIPT = textwrap.dedent("""
    import ctypes, ctypes.util, sys
    sys.path[:0] = [{pkgpath!r}, {here!r}]
    from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, EuIsError, RateLimiter
    from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME, temporary_server
    from eu_is_support import cocoa_import

    def clean_up_libxml2():  # what SpatiaLite does when GDAL closes a dataset
        ctypes.CDLL(ctypes.util.find_library("xml2")).xmlCleanupParser()

    fake = temporary_server(ready_delay=0)
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url,
                        rate_limiter=RateLimiter(), sleep=lambda s: None, timeout=(5.0, 20.0), retries=0)
    with client:
        first = client.submit_dds(cocoa_import("PO-CLEANUP-1"))
        errors_before = len(fake.schema_errors)
        for number in range(2, 5):
            clean_up_libxml2()
            assert client.submit_dds(cocoa_import("PO-CLEANUP-%d" % number)).uuid != first.uuid
            assert client.verify_declaration("26FRABCDEFGHIJ", "ABCDEFGH").result == "NON_EXISTENT"
        clean_up_libxml2()
        try:  # an invalid request is still refused by the schema
            client.verify_declaration("26FRABCDEFGHIJ", "AB")
        except EuIsError as exc:
            print("refused:", "cvc-" in str(exc), len(fake.schema_errors) > errors_before)
        else:
            print("accepted")
    fake.stop()
    print("lxml-here:", "lxml" in sys.modules)  # lxml is loaded by the validating process, never by this one
""")


def test_requests_are_validated_after_libxml2_is_cleaned_up():
    script = SCRIPT.format(pkgpath=str(HERE.parents[1] / ".build" / "pkgpath"), here=str(HERE))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["refused:", "True", "True", "lxml-here:", "False"], done.stdout + done.stderr[-2000:]
