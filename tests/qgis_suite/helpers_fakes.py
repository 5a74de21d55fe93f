"""Small fake servers written for the QGIS tests, answering otherwise than the sandbox does (the sandbox follows
the contract; these answer as another or a hostile server could), and the session a dock tab asks them through."""

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from epoch_eudr.core.api import ApiKeyCredentials, EpochClient


@contextmanager
def serving(handler):
    """``handler`` (a request handler class, its ``asked`` emptied) answering on loopback; its URL yielded, the
    server stopped afterwards."""
    handler.asked = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def send_collection(handler, features):
    """Answer 200 with a GeoJSON FeatureCollection of ``features``."""
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


class KeySession:
    """What a dock tab asks for its client, logged in with a key to ``url`` (a fake server of the test's own)."""

    def __init__(self, url):
        self.url = url

    def client(self):
        return EpochClient(self.url, ApiKeyCredentials("fake-key", "fake-user"))


#: Legality sources as a hostile server could send them: markup in the texts, a javascript: URL, not an object.
HOSTILE = [
    {"title": "NGO report <img src=x onerror=alert(1)>", "url": "https://example.com/report?a=1&b=2",
     "date": "2024-03-15", "snippet": "Clearing <b>found</b>", "relevance": "Regional", "risk_signal": "deforestation"},
    {"title": "Click me", "url": "javascript:alert(document.cookie)", "date": "2023-01-02",
     "snippet": "no link here", "relevance": "national", "risk_signal": "corruption"},
    "not an object",
]


#: What the fake answers for every facility: no POI and no road (0.65, medium by Epoch's page), a legality answer.
_FACILITY = {"location_type": "facility", "commodity_type": "rubber", "commodity_presence": 1.0, "poi_presence": 0.0,
             "building_presence": 1.0, "road_access": 0.0, "high_density": 0.0, "confidence_score": 0.65,
             "confidence_level": "medium", "legality_risk_score": 0.45, "legality_risk_level": "medium",
             "legality_summary": "Regional concerns <a href='javascript:x'>here</a>"}


class FacilityAnswers(BaseHTTPRequestHandler):
    """An independent fake of ``/validate_facility`` (one facility at the point asked) and ``/validate_facilities``
    (each point uploaded), every facility with hostile legality sources."""

    asked = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).asked.append((url.path, query))
        lon, lat = (float(v) for v in query["geometry"][6:-1].split())
        props = {**_FACILITY, "facility_name": "Mill <script>", "legality_sources": HOSTILE}
        send_collection(self, [
            {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}}])

    def do_POST(self):  # noqa: N802
        _post_facilities(self)


def _uploaded_collection(handler):
    """The GeoJSON file of a multipart/form-data upload and its form fields, read with the standard library."""
    from email import policy
    from email.parser import BytesParser

    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():  # a streamed upload
        body = b""
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip(), 16)
            body += handler.rfile.read(size)
            handler.rfile.readline()
            if not size:
                break
    else:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    head = f"Content-Type: {handler.headers.get('Content-Type')}\r\n\r\n".encode()
    fields, collection = {}, None
    for part in BytesParser(policy=policy.default).parsebytes(head + body).iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_filename():
            collection = json.loads(part.get_payload(decode=True))
        else:
            fields[name] = part.get_payload(decode=True).decode()
    return collection, fields


def _post_facilities(handler):
    """``POST /validate_facilities``: each point uploaded answered as a facility with the hostile sources."""
    collection, fields = _uploaded_collection(handler)
    type(handler).asked.append((urlsplit(handler.path).path, fields))
    features = [{"type": "Feature", "geometry": f.get("geometry"), "properties": {
        **(f.get("properties") or {}), **_FACILITY, "legality_sources": HOSTILE}} for f in collection["features"]]
    send_collection(handler, features)


class OtherGeocoder(BaseHTTPRequestHandler):
    """Another server's way of answering: no row numbers, other field names, the unplaced row left out."""

    asked = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        OtherGeocoder.asked.append((self.path, body))
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-47.9, -15.8]},
             "properties": {"facility_id": "F-001", "facility_name": "Usina Boa Vista", "match_score": 0.91}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-51.2, -30.0]},
             "properties": {"facility_id": "F-002", "facility_name": "Cooperativa Cafe Sul", "match_score": 0.7}},
            {"type": "Feature", "geometry": None,  # said failed, with its own words
             "properties": {"facility_id": "F-004", "facility_name": "Koperasi Sawit Maju", "status": "NOT_FOUND",
                            "message": "ambiguous street"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-4.0, 5.3]},
             "properties": {"facility_id": "F-005", "facility_name": "Depot Abidjan", "match_score": 0.5}},
        ]
        send_collection(self, features)
