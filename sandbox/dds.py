"""The sandbox's Due Diligence Statement ZIP: TRACES GeoJSON per collection plus a PDF audit trail."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any, Dict, List, Tuple

from ..core.risk import compliance_status, plot_status


def _pdf(lines: List[str]) -> bytes:
    """A one-page PDF with plain text lines (Helvetica), written by hand: no dependency."""

    def esc(text: str) -> str:
        text = text.encode("latin-1", "replace").decode("latin-1")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({esc(line)}) '" for line in lines[:52]) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def traces_collection(row: Dict[str, Any], plots: List[Dict[str, Any]]) -> Dict[str, Any]:
    """EU-ready GeoJSON: only ProducerName, ProducerCountry, ProductionPlace, Area; 6 decimals."""

    def rounded(value: Any) -> Any:
        if isinstance(value, list):
            return [rounded(v) for v in value]
        return round(value, 6) if isinstance(value, float) else value

    features = []
    for plot in plots:
        geometry = plot.get("geometry") or {}
        features.append({"type": "Feature", "geometry": {"type": geometry.get("type"),
                                                         "coordinates": rounded(geometry.get("coordinates"))},
                         "properties": {"ProducerName": row.get("company_name", ""),
                                        "ProducerCountry": row.get("country_code", ""),
                                        "ProductionPlace": row.get("admin1", ""),
                                        "Area": plot["properties"].get("area")}})
    return {"type": "FeatureCollection", "features": features}


def build_dds_zip(collections: List[Tuple[Dict[str, Any], List[Dict[str, Any]]]], corrupt: bool = False) -> bytes:
    buffer = io.BytesIO()
    lines = ["EUDR Due Diligence Statement - audit trail", "SANDBOX: synthetic data for training, not a real DDS.", ""]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for row, plots in collections:
            cid = row["collection_id"]
            archive.writestr(f"{cid}_traces.geojson", json.dumps(traces_collection(row, plots)))
            nc = sum(1 for p in plots if plot_status(p["properties"]).key == "non-compliant")
            lines += [f"Collection {cid}", f"  Producer: {row.get('company_name', '')}",
                      f"  Commodity: {row.get('commodity', '')}  Country: {row.get('country', '')}",
                      f"  Status: {compliance_status(row).label}  Plots: {len(plots)}  Non-compliant: {nc}",
                      f"  Article 10 risk: {row.get('legality_risk') or 'not assessed'}", ""]
        archive.writestr("manifest.json", json.dumps({"sandbox": True, "collections": [r["collection_id"]
                                                                                     for r, _ in collections]}))
        archive.writestr("dds_audit_trail.pdf", _pdf(lines))
    data = bytearray(buffer.getvalue())
    if corrupt:  # flip a byte inside the first entry's data: the CRC check must catch it
        header_len = 30 + int.from_bytes(data[26:28], "little") + int.from_bytes(data[28:30], "little")
        data[header_len + 5] ^= 0xFF
    return bytes(data)
