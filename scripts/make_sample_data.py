"""Build the small demo inputs in resources/sample/ from the shared real plots (run once; outputs committed).

Plot shapes are real (Whisp project, MIT licence); producer names are replaced by
fictitious ones and attributes are made as messy as supplier files are: Spanish
column names, areas as text with decimal commas, blanks, Z values.
"""

import json
import random
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "tests" / "data" / "real"
OUT = Path(__file__).resolve().parents[1] / "resources" / "sample"
NAMES = ["Cooperativa El Cafetal", "Finca La Esperanza", "Hermanos Lopez", "Finca San Rafael", "Coop. Las Brumas",
         "Maria Elena Duarte (ficticia)", "Finca El Roble", "Asoc. Cafe Jinotega"]
FACILITIES = [
    (-6.3506, 6.0431, {"Facility Name": "Soubre Cocoa Warehouse", "Empresa": "Coop Soubre Cacao", "Commodity": "Cacao",
                       "pais": "CI"}),
    (-5.2767, 6.8276, {"Facility Name": "Yamoussoukro buying station", "Empresa": "Ivoire Cacao SARL",
                       "Commodity": "cocoa", "pais": "CI"}),
    (-1.6244, 6.6885, {"Facility Name": "Kumasi depot", "Empresa": "", "Commodity": "Cocoa ", "pais": "GH"}),
    (101.4478, 0.5071, {"Facility Name": "Pekanbaru Mill 2", "Empresa": "PT Sawit Riau", "Commodity": "Palm Oil",
                        "pais": "ID"}),
    (113.9213, -2.2096, {"Facility Name": "Palangkaraya CPO mill", "Empresa": "PT Kalteng Agro",
                         "Commodity": "palm", "pais": "ID"}),
    (-55.5, -12.55, {"Facility Name": "Sorriso silo", "Empresa": "Fazenda Boa Vista", "Commodity": "Soja",
                     "pais": "BR"}),
    (107.0, 11.5, {"Facility Name": "Binh Phuoc latex plant", "Empresa": "Mekong Rubber JSC", "Commodity": "rubber",
                   "pais": "VN"}),
    (-85.98, 13.09, {"Facility Name": "Beneficio Jinotega", "Empresa": "Asoc. Cafe Jinotega", "Commodity": "Café",
                     "pais": "NI"}),
]


def plots():
    rng = random.Random(2023)
    source = json.loads((REAL / "nicaragua_coffee_efico.geojson").read_text())["features"]
    picked = [source[i] for i in range(0, len(source), 38)][:30]
    features, others = [], []
    for i, feature in enumerate(picked):
        area = rng.uniform(0.4, 6.0)
        props = {"Plot ID": feature["properties"]["Plot ID"], "Productor": NAMES[i % len(NAMES)],
                 "Area": f"{area:.2f}".replace(".", ",") if i % 3 else round(area, 2),
                 "Pais": "NI" if i % 5 else "", "Cultivo": "Café" if i % 2 else "coffee",
                 "Estado": feature["properties"].get("Estado")}
        features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    for name, producer, country, crop in (("idn_kalimantan.geojson", "PT Kalteng Agro smallholders", "ID", "palm"),
                                          ("br_pasture_after2020.geojson", "Fazenda Boa Vista", "BR", "cattle")):
        for j, feature in enumerate(json.loads((REAL / name).read_text())["features"]):
            others.append({"type": "Feature", "geometry": feature["geometry"],
                             "properties": {"Plot ID": f"{country}-{j + 1:03d}", "Productor": producer, "Area": None,
                                            "Pais": country, "Cultivo": crop, "Estado": None}})
    return ({"type": "FeatureCollection", "name": "sample_plots", "features": features},
            {"type": "FeatureCollection", "name": "sample_plots_other", "features": others})


def facilities():
    return {"type": "FeatureCollection", "name": "sample_facilities", "features": [
        {"type": "Feature", "properties": {"facility_id": f"F{i + 1:02d}", **props},
         "geometry": {"type": "Point", "coordinates": [lon, lat]}} for i, (lon, lat, props) in enumerate(FACILITIES)]}


if __name__ == "__main__":
    if not REAL.is_dir():
        sys.exit(f"{REAL} not found")
    OUT.mkdir(parents=True, exist_ok=True)
    coffee, others = plots()
    (OUT / "sample_plots.geojson").write_text(json.dumps(coffee, ensure_ascii=False))
    (OUT / "sample_plots_other.geojson").write_text(json.dumps(others, ensure_ascii=False))
    (OUT / "sample_facilities.geojson").write_text(json.dumps(facilities(), ensure_ascii=False, indent=1))
    print("written", *sorted(p.name for p in OUT.glob("*.geojson")))
