"""Readers: every input format becomes Article records; bad input becomes a Failure naming it."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.read import read_inputs, read_path, read_text
from eventwire.records import Article, Failure

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _split(results):
    arts = [r for r in results if isinstance(r, Article)]
    fails = [r for r in results if isinstance(r, Failure)]
    return arts, fails


def test_seed_format_keeps_the_lead_on_the_first_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("date 2022-12-18 Gunmen killed 9 police in Kirkuk.\n\nMore text.", encoding="utf-8")
    (a,) = read_path(p)
    assert a.published == "2022-12-18" and a.text.startswith("Gunmen killed 9 police")


@pytest.mark.parametrize(
    "line, place, day, source",
    [
        ("KIRKUK, Iraq, Dec. 18, 2022 (AFP) - Gunmen killed 9 police.", "KIRKUK, Iraq", "2022-12-18", "AFP"),
        ("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- THE FMLN ATTACKED.", "SAN SALVADOR", "1990-01-12", "RADIO VENCEREMOS"),
    ],
)
def test_dateline(tmp_path, line, place, day, source):
    p = tmp_path / "wire.txt"
    p.write_text(line, encoding="utf-8")
    (a,) = read_path(p)
    assert (a.dateline_place, a.published, a.source) == (place, day, source)


def test_jsonl_with_a_bad_line_goes_on(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text(
        json.dumps({"id": "x1", "text": "Gunmen killed 3 people in Gao.", "date": "2020-01-02", "url": "https://e.org/1"})
        + "\n{not json\n"
        + json.dumps({"id": "x2", "text": "A bomb exploded in Gao.", "date": "2020-01-03T10:00:00Z"})
        + "\n",
        encoding="utf-8",
    )
    arts, fails = _split(list(read_path(p)))
    assert [a.id for a in arts] == ["x1", "x2"] and arts[1].published == "2020-01-03"
    assert len(fails) == 1 and fails[0].origin.endswith("dump.jsonl:2") and "not JSON" in fails[0].reason


def test_html_page_uses_main_text_title_and_date():
    (a,) = read_path(SAMPLES / "005_page.html")
    assert a.title == "Car bomb kills four soldiers near Mogadishu base"
    assert a.published == "2021-08-22"
    assert "Al-Shabaab said" in a.text and "Home" not in a.text


def test_rss_feed_entries():
    arts, fails = _split(list(read_path(SAMPLES / "004_feed.rss")))
    assert not fails and len(arts) == 2
    assert arts[0].published == "2023-05-09" and arts[0].url.endswith("zamfara-abduction")
    assert "<p>" not in arts[0].text


def test_warc_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (SAMPLES / "005_page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record("https://news.example.org/mogadishu", "response",
                                           payload=io.BytesIO(html), http_headers=headers)
        writer.write_record(record)
    (a,) = read_path(path)
    assert a.url == "https://news.example.org/mogadishu" and "car bomb exploded" in a.text


def test_directory_and_glob():
    arts, fails = _split(list(read_inputs([str(SAMPLES)])))
    assert fails == []
    assert [a.id for a in arts] == [
        "001_maiduguri_market", "002_kandahar_checkpoint", "003_wire_caps",
        "https://news.example.org/security/zamfara-abduction", "https://news.example.org/security/khartoum-rally",
        "005_page", "sample-006-a", "sample-006-b",
    ]  # the .gold.json files beside the samples are not articles
    arts2, _ = _split(list(read_inputs([str(SAMPLES / "00[12]*.txt")])))
    assert len(arts2) == 2


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00" * 10, "binary"),
        (b"date 2020-01-01 caf\xe9 bomb", "not valid UTF-8"),
    ],
)
def test_bad_input_is_a_named_failure(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (result,) = read_path(p)
    assert isinstance(result, Failure) and result.origin == str(p) and problem in result.reason


def test_oversized_file_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"date 2020-01-01 " + b"word " * 20)
    options = Options.load(overrides={"read": {"max_bytes": 50}}, use_env=False)
    (result,) = read_path(p, options)
    assert isinstance(result, Failure) and "larger than" in result.reason


def test_default_date_fills_in(tmp_path):
    p = tmp_path / "undated.txt"
    p.write_text("Gunmen killed 3 people.", encoding="utf-8")
    (a,) = read_path(p, default_date="2021-05-05")
    assert a.published == "2021-05-05"


def test_undated_text_is_read_with_a_note_unless_a_date_is_required(tmp_path):
    from eventwire.errors import InputError

    a = read_text("Gunmen killed 3 people somewhere.")
    assert a.published is None and any("no publication date" in n for n in a.notes)
    strict = Options.load(overrides={"read": {"require_date": True}}, use_env=False)
    with pytest.raises(InputError, match="no publication date"):
        read_text("No date here.", options=strict)


def _cli(*args: str, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True, timeout=300)


def test_cli_bad_inputs_reported_others_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2022-12-18 Gunmen killed 9 police officers in Kirkuk on Sunday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\xff" * 100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"date 2020-01-01 " + b"x" * (50 * 1024 * 1024))
    result = _cli("code", str(empty), str(good), str(binary), str(big), "--no-progress")
    assert result.returncode == 1
    lines = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert len(lines) == 1 and lines[0]["incidents"][0]["killed"] == 9
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 3
    assert any(str(empty) in e and "empty" in e for e in errors)
    assert any(str(binary) in e and "binary" in e for e in errors)
    assert any(str(big) in e and "larger than" in e for e in errors)


def test_cli_reads_stdin():
    result = _cli("code", "-", "--no-progress", stdin=b"date 2022-12-18 A roadside bomb killed three soldiers in Tarmiya on Wednesday.")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.decode().splitlines()
    assert json.loads(line)["incidents"][0]["date"] == "2022-12-14"


# -- issue 20 item 4: dates never block coding --------------------------------------------------------------------
@pytest.mark.parametrize(
    "content, published, place",
    [
        ("DATE 2020-01-06 Gunmen killed 4 villagers in Gao.", "2020-01-06", None),
        ("date: 2020-01-06\nGunmen killed 4 villagers in Gao.", "2020-01-06", None),
        ("Date: January 6, 2020\nGunmen killed 4 villagers in Gao.", "2020-01-06", None),
        ("kirkuk, iraq, dec. 18, 2022 (afp) - gunmen killed 9 police officers on sunday.", "2022-12-18", "kirkuk, iraq"),
        ("KIRKUK, IRAQ, DEC. 18, 2022 (AFP) - GUNMEN KILLED 9 POLICE OFFICERS ON SUNDAY.", "2022-12-18", "KIRKUK, IRAQ"),
        ("NIAMEY, Dec. 12 (Reuters) - Gunmen killed 7 soldiers on Tuesday, the worst attack since January 2019.",
         "2019-12-12", "NIAMEY"),
        ("niamey, 12 dec (reuters) - gunmen killed 7 soldiers in 2019's worst attack.", "2019-12-12", "niamey"),
    ],
)
def test_dates_in_headers_and_datelines_in_any_case(tmp_path, content, published, place):
    p = tmp_path / "story.txt"
    p.write_text(content, encoding="utf-8")
    (a,) = read_path(p)
    assert isinstance(a, Article), a
    assert (a.published, a.dateline_place) == (published, place)
    assert a.notes == ()


def test_a_yearless_dateline_takes_the_latest_year_before_the_file_date(tmp_path):
    import os
    import time as _time

    p = tmp_path / "niamey.txt"
    p.write_text("NIAMEY, Dec. 12 (Reuters) - Gunmen killed 7 soldiers on Tuesday.", encoding="utf-8")
    stamp = _time.mktime((2021, 3, 1, 12, 0, 0, 0, 0, -1))
    os.utime(p, (stamp, stamp))
    (a,) = read_path(p)
    assert a.published == "2020-12-12"  # not after the file was written
    (b,) = read_path(p, default_date="2016-01-05")
    assert b.published == "2015-12-12"  # --date bounds it too


def test_an_undated_article_is_coded_with_dates_unresolved_and_one_warning(tmp_path):
    p = tmp_path / "undated.txt"
    p.write_text("Gunmen killed 9 police officers in Kirkuk on Sunday.", encoding="utf-8")
    result = _cli("code", str(p), "--no-progress")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.decode().splitlines()
    (inc,) = json.loads(line)["incidents"]
    assert inc["date"] is None and inc["date_precision"] == "unknown" and inc["killed"] == 9
    assert [e["text"] for e in inc["evidence"]["date"]] == ["on Sunday"]
    (warning,) = result.stderr.decode().strip().splitlines()
    assert str(p) in warning and "no publication date" in warning


def test_date_option_is_validated():
    from eventwire.errors import UsageError

    for bad in ("2020-1-5", "garbage", "2020-02-30", "0001-01-01", "9999-12-31", "05/01/2020"):
        with pytest.raises(UsageError, match="--date"):
            list(read_inputs([str(SAMPLES)], default_date=bad))


# -- issue 20 item 5: language ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, code",
    [
        ("アフガニスタン東部で自爆テロがあり、少なくとも31人が死亡したと地元当局が明らかにした。警察によると、"
         "モスクの近くで爆発が起きた。", "ja"),
        ("Des hommes armés ont tué neuf policiers dimanche à Kirkouk, dans le nord de l'Irak, selon des sources "
         "sécuritaires. L'attaque n'a pas été revendiquée.", "fr"),
        ("Hombres armados mataron a nueve policías el domingo en Kirkuk, en el norte de Irak, según fuentes de "
         "seguridad. Nadie se atribuyó el ataque.", "es"),
        ("กลุ่มคนร้ายใช้อาวุธปืนยิงเจ้าหน้าที่ตำรวจเสียชีวิตสองนายที่จังหวัดนครพนมเมื่อคืนวันอาทิตย์ "
         "เจ้าหน้าที่กำลังสืบสวนหาตัวผู้กระทำผิด", "th"),
    ],
)
def test_an_article_in_another_language_is_refused_by_name(tmp_path, text, code):
    p = tmp_path / "foreign.txt"
    p.write_text("date 2022-12-18 " + text, encoding="utf-8")
    (result,) = read_path(p)
    assert isinstance(result, Failure) and result.kind == "language" and f"({code})" in result.reason
    assert "English" in result.reason
    # the language by its name, not its code alone ("written in Thai (th)", not "written in th (th)")
    assert f"written in {code} " not in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 9 police officers in Kirkuk on Sunday, a day after the Peshmerga said the road was safe.",
        "GUNMEN KILLED 9 POLICE OFFICERS IN KIRKUK ON SUNDAY, SECURITY SOURCES SAID.",
        "gunmen killed 9 police officers in kirkuk on sunday, security sources said.",
        "The FMLN attacked the garrison in San Miguel; the Policia Nacional said \"los terroristas\" fled.",
        "Attack in Gao",
        "12 3 2022 45 17",
        "Militants from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a convoy near Djibo, Burkina Faso.",
    ],
)
def test_english_stays_english_short_mixed_or_in_one_case(text):
    a = read_text(text, default_date="2022-12-18")
    assert isinstance(a, Article)


def test_language_check_is_a_setting_and_ingest_records_it(tmp_path):
    from eventwire.ingest import ingest
    from eventwire.store import open_store

    text = ("Des hommes armés ont tué neuf policiers dimanche à Kirkouk, dans le nord de l'Irak, selon des "
            "sources sécuritaires.")
    p = tmp_path / "fr.txt"
    p.write_text("date 2022-12-18 " + text, encoding="utf-8")
    anything = Options.load(overrides={"read": {"languages": []}}, use_env=False)
    (a,) = read_path(p, anything)
    assert isinstance(a, Article)
    store = open_store(str(tmp_path / "x.db"))
    report = ingest([str(p)], store, Options.load(use_env=False))
    assert report.failed == 1 and report.exit_code == 1
    (row,) = store.failures()
    assert row["stage"] == "language" and row["origin"] == str(p) and "French" in row["reason"]
    store.close()


def test_html_in_a_declared_or_legacy_charset_and_with_stray_nul_bytes_is_read(tmp_path):
    body = "<p>" + "Gunmen killed nine police officers in Kirkuk on Sunday, officials said. " * 8 + "</p>"
    page = f'<html><head><meta charset="iso-8859-1"><title>Kirkuk attack</title></head><body><article>' \
           f'<h1>Kirkuk attack</h1>{body}<p>Le café était fermé.</p></article></body></html>'
    latin = tmp_path / "latin.html"
    latin.write_bytes(page.encode("latin-1"))
    (a,) = read_path(latin, default_date="2022-12-18")
    assert isinstance(a, Article) and "café" in a.text
    nul = tmp_path / "nul.html"
    nul.write_bytes(page.encode("utf-8").replace(b"</article>", b"</article>" + b" " * 5000 + b"\x00"))
    (b,) = read_path(nul, default_date="2022-12-18")
    assert isinstance(b, Article) and "\x00" not in b.text
