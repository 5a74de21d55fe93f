"""Bad input without QGIS (issue 13, items 9 and 15): DDS ZIP bombs and unsafe names, CSV encodings.

Each case ends in a correct result or a specific message (which entry or file, what to do), never a
traceback; nothing is written on a refusal; input files keep their checksums.
"""

import codecs
import dataclasses
import hashlib
import io
import os
import struct
import time
import zipfile

import pytest
from epoch_eudr.core.api import ConfigurationError, DownloadError, Upload
from epoch_eudr.core.api import download as dl

BOMB_BYTES = 64 << 20  # 64 MiB of zeros: about 64 KiB deflated (ratio ~1,000), built in well under a second


def small_limits(**changes):
    limits = dl.ZipLimits(max_entries=50, max_entry_bytes=32 << 20, max_total_bytes=48 << 20, max_ratio=100,
                          ratio_from_bytes=1 << 20)
    return dataclasses.replace(limits, **changes)


def uploads():
    from epoch_eudr.core.api import uploads as module  # new in issue 13: imported here so that the other tests run

    return module

LATIN1_CSV = "name,country,address\nCoopérative Agricole,Côte d'Ivoire,Soubré\nMüller GmbH,Deutschland,Straße 1\n"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    """One entry of 64 MiB zeros compressing to ~64 KiB, next to a real small PDF."""
    path = tmp_path_factory.mktemp("bomb") / "dds_bomb.zip"
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("dds_audit_trail.pdf", b"%PDF-1.4\n% a real, small PDF\n%%EOF\n")
        with archive.open("statement.pdf", "w", force_zip64=True) as out:
            for _ in range(BOMB_BYTES >> 20):
                out.write(zeros)
    return path


def small_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


# -- item 9: ZIP checks before any extraction ------------------------------------------------------

def test_a_bomb_is_refused_from_its_directory_naming_the_entry_and_size(bomb, tmp_path):
    assert bomb.stat().st_size < 1 << 20
    started = time.monotonic()
    with zipfile.ZipFile(bomb) as archive, pytest.raises(dl.ZipRefusedError) as caught:
        dl.check_zip(archive)  # default limits: the ratio gives it away
    assert time.monotonic() - started < 0.5  # nothing was decompressed
    text = str(caught.value)
    assert "'statement.pdf'" in text and "64.0 MiB" in text and "ZIP bomb" in text and "nothing was extracted" in text


def test_an_entry_over_the_size_cap_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("plots.geojson", os.urandom(2 << 20))  # incompressible: the ratio is 1
    limits = small_limits(max_entry_bytes=1 << 20)
    expected = r"'plots.geojson' would expand to 2.0 MiB, more than the 1.0 MiB"
    with zipfile.ZipFile(path) as archive, pytest.raises(dl.ZipRefusedError, match=expected):
        dl.check_zip(archive, limits)


@pytest.mark.parametrize("name", ["../evil.pdf", "dds/../../evil.pdf", "/etc/evil.pdf", "C:\\evil.pdf",
                                  "..\\evil.pdf"])
def test_a_name_leaving_the_folder_is_refused(tmp_path, name):
    path = small_zip(tmp_path / "trav.zip", {"ok.pdf": b"%PDF-1.4", name: b"%PDF-1.4 evil"})
    with pytest.raises(DownloadError, match="refused") as caught:
        dl.verify_zip(path)
    assert name in str(caught.value) and "nothing was saved" in str(caught.value)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DownloadError, match="refused"):
        dl.extract_entry(path, "ok.pdf", folder)
    assert list(folder.iterdir()) == [] and not (tmp_path / "evil.pdf").exists()


def test_too_many_entries_are_refused(tmp_path):
    path = small_zip(tmp_path / "many.zip", {f"f{i}.geojson": b"{}" for i in range(60)})
    with zipfile.ZipFile(path) as archive, pytest.raises(dl.ZipRefusedError, match="60 entries, more than the 50"):
        dl.check_zip(archive, small_limits())


def test_verify_refuses_a_bomb_before_decompressing_it(bomb, monkeypatch):
    monkeypatch.setattr(zipfile.ZipFile, "testzip", lambda self: pytest.fail("decompressed before the check"))
    with pytest.raises(DownloadError, match="'statement.pdf'.*64.0 MiB.*nothing was saved"):
        dl.verify_zip(bomb)


def test_the_download_of_a_bomb_saves_nothing(client, sandbox, bomb, tmp_path, monkeypatch):
    """Through the client against the sandbox, whose DDS answer is replaced by the bomb."""
    data = bomb.read_bytes()
    monkeypatch.setattr("epoch_eudr.sandbox.server.build_dds_zip", lambda *a, **k: data)
    target = tmp_path / "keep.zip"
    target.write_bytes(b"previous good file")
    cid = next(f["properties"]["collection_id"] for f in client.fetch_supply_shed(limit=1))
    with pytest.raises(DownloadError, match="'statement.pdf' would expand to 64.0 MiB"):
        client.export_eudr_dds([cid], target)
    assert target.read_bytes() == b"previous good file" and [p.name for p in tmp_path.iterdir()] == ["keep.zip"]


def test_extract_writes_one_checked_entry_and_nothing_on_a_refusal(bomb, tmp_path):
    before = sha256(bomb)
    folder = dl.temporary_folder(tmp_path / "base")
    pdf = dl.extract_dds_pdf(bomb, folder, limits=dataclasses.replace(dl.DEFAULT_ZIP_LIMITS, max_ratio=10_000))
    assert pdf.endswith("dds_audit_trail.pdf") and open(pdf, "rb").read().startswith(b"%PDF")
    (folder / "dds_audit_trail.pdf").unlink()
    with pytest.raises(dl.ZipRefusedError, match="'statement.pdf' would expand to 64.0 MiB"):
        dl.extract_entry(bomb, "statement.pdf", folder)
    assert list(folder.iterdir()) == [] and sha256(bomb) == before
    with pytest.raises(DownloadError, match="holds no PDF"):
        dl.extract_dds_pdf(small_zip(tmp_path / "nopdf.zip", {"a.geojson": b"{}"}), folder)


def _lie_about_size(data: bytes, name: bytes, declared: int) -> bytes:
    """The ZIP with ``name``'s uncompressed size set to ``declared`` in both headers (the data unchanged)."""
    out = bytearray(data)
    local = out.find(b"PK\x03\x04")
    while local >= 0:
        if out[local + 30:local + 30 + len(name)] == name:
            struct.pack_into("<I", out, local + 22, declared)
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central >= 0:
        if out[central + 46:central + 46 + len(name)] == name:
            struct.pack_into("<I", out, central + 24, declared)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


def test_an_entry_lying_about_its_size_never_writes_more_than_it_declares(tmp_path):
    real = small_zip(tmp_path / "real.zip", {"dds.pdf": bytes(8 << 20)})
    liar = tmp_path / "liar.zip"
    liar.write_bytes(_lie_about_size(real.read_bytes(), b"dds.pdf", 1000))
    with zipfile.ZipFile(liar) as archive:
        assert archive.getinfo("dds.pdf").file_size == 1000  # passes the size and ratio checks
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DownloadError, match="dds.pdf|damaged|CRC"):
        dl.extract_entry(liar, "dds.pdf", folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(DownloadError, match="damaged|CRC"):
        dl.verify_zip(liar)


def test_old_temporary_folders_are_swept_and_recent_ones_kept(tmp_path):
    base = tmp_path / "base"
    old, recent = dl.temporary_folder(base), dl.temporary_folder(base)
    (old / "x.pdf").write_bytes(b"%PDF")
    other = base / "not-ours"
    other.mkdir()
    stale = time.time() - dl.STALE_AFTER_S - 60
    os.utime(old, (stale, stale))
    os.utime(other, (stale, stale))
    assert dl.sweep_temporary_folders(base) == 1
    assert not old.exists() and recent.is_dir() and other.is_dir()
    dl.remove_folder(recent)
    assert not recent.exists()


# -- item 15: CSV encodings --------------------------------------------------------------------------

@pytest.mark.parametrize("data, codec", [
    (b"name\nplain ascii\n", "ascii"),
    (LATIN1_CSV.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + LATIN1_CSV.encode("utf-8"), "utf-8-sig"),
    (LATIN1_CSV.encode("latin-1"), "cp1252"),
    ("name\nCafé “Le Sud” – 5 €\n".encode("cp1252"), "cp1252"),
    (codecs.BOM_UTF16_LE + LATIN1_CSV.encode("utf-16-le"), "utf-16"),
])
def test_the_encoding_rule(data, codec):
    assert uploads().detect_encoding(data) == codec
    assert uploads().detect_encoding(io.BytesIO(data)) == codec  # streamed the same way
    assert uploads().as_utf8(data).decode("utf-8").lstrip("\ufeff") == data.decode(codec).lstrip("\ufeff")


def test_a_utf8_character_cut_by_a_chunk_boundary_is_still_utf8(monkeypatch):
    monkeypatch.setattr("epoch_eudr.core.api.uploads.CHUNK", 7)
    assert uploads().detect_encoding(("x" * 9 + "é" * 50).encode("utf-8")) == "utf-8"


@pytest.mark.parametrize("data, detail", [
    (b"name\nbad \x81 byte\n", "byte 0x81 at offset 9"),
    ("name\nCoop".encode("utf-16-le"), "NUL bytes"),
])
def test_bytes_that_are_no_known_text_are_refused_with_what_to_save_as(data, detail):
    with pytest.raises(uploads().EncodingRefused) as caught:
        uploads().detect_encoding(data, "farms.csv")
    text = str(caught.value)
    assert text.startswith("farms.csv ") and detail in text and "CSV UTF-8" in text


def test_a_latin1_csv_is_uploaded_as_utf8_and_the_file_is_untouched(tmp_path):
    path = tmp_path / "coops.csv"
    path.write_bytes(LATIN1_CSV.encode("latin-1"))
    before = sha256(path)
    upload = Upload.from_path(path)
    assert upload.content.decode("utf-8") == LATIN1_CSV and upload.kind == "csv"
    assert sha256(path) == before


def test_an_unreadable_csv_is_refused_not_a_unicode_error(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"name\nCoop\x81rative\n")
    with pytest.raises(ConfigurationError, match=r"broken.csv is neither UTF-8 nor Windows-1252.*CSV UTF-8"):
        Upload.from_path(path)
    with pytest.raises(ConfigurationError, match="Cannot read"):
        Upload.from_path(tmp_path / "missing.csv")


def test_a_latin1_csv_is_screened_with_its_names_intact(client, tmp_path):
    """Against the sandbox: names come back as written, whether from a file or from bytes built by hand."""
    path = tmp_path / "mills.csv"
    path.write_text("facility_id,name,country,address\nCI-01,Coopérative Soubré,Côte d'Ivoire,Route de Soubré\n",
                    encoding="latin-1")
    for upload in (Upload.from_path(path), Upload(path.read_bytes(), "mills.csv", "csv")):
        result = client.validate_locations(upload, location_type="facility", limit=1)
        (feature,) = result["features"]
        assert feature["properties"]["name"] == "Coopérative Soubré"
