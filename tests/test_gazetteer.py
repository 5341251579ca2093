"""Tests for the compiled gazetteer: name keys, admin-name cleaning, lookups, user places (real data, no mocks)."""
from __future__ import annotations

import time

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, clean_admin_name, get_gazetteer, name_key


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize("variants", [
    ("Tarmiya", "At Tarmiyah", "Aţ Ţārmīyah", "al-Tarmiyah", "Tarmiyya"),
    ("Salah ad-Din", "Salah al-Din", "Şalāḩ ad Dīn", "Salah ad Din"),
    ("Deir ez-Zor", "Deir-ez-Zor", "Deir ez Zor"),
])
def test_transliteration_variants_share_a_key(variants):
    assert len({name_key(v) for v in variants}) == 1


@pytest.mark.parametrize("raw, clean", [
    ("Muhafazat Kirkuk", "Kirkuk"),
    ("Salah ad Din Governorate", "Salah ad Din"),
    ("Wilayat-e Baghlan", "Baghlan"),
    ("Mayorality of Baghdad", "Baghdad"),
    ("Departamento de Antioquia", "Antioquia"),
    ("Mexico City", "Mexico City"),
])
def test_clean_admin_name(raw, clean):
    assert clean_admin_name(raw) == clean


def test_lookup_transliterations(gz):
    for name in ("Tarmiya", "At Tarmiyah", "Aţ Ţārmīyah"):
        best = gz.lookup(name, "IQ")[0]
        assert best.country == "IQ" and best.admin1 == "Baghdad"
        assert abs(best.latitude - 33.67) < 0.05 and abs(best.longitude - 44.40) < 0.05


def test_admin1_common_english_names(gz):
    for name in ("Salah al-Din", "Salah ad Din", "Şalāḩ ad Dīn", "Saladin"):
        areas = [p for p in gz.lookup(name, "IQ") if p.feature == "admin1"]
        assert areas and areas[0].admin1 == "Salah al-Din"
    assert [p for p in gz.lookup("Ninewa", "IQ") if p.feature == "admin1"][0].admin1 == "Ninewa"
    assert [p for p in gz.lookup("Nineveh", "IQ") if p.feature == "admin1"][0].admin1 == "Ninewa"
    assert gz.lookup("Kirkuk", "IQ")[0].admin1 == "Kirkuk"
    assert gz.lookup("Nangarhar")[0].country == "AF"


def test_lookup_prefers_country_then_population(gz):
    assert gz.lookup("Tripoli", "LB")[0].country == "LB"
    assert gz.lookup("Tripoli")[0].country == "LY"


def test_fuzzy_near_miss_within_country(gz):
    hits = gz.fuzzy(name_key("Jalalabadd"), "AF")
    assert hits and name_key(hits[0][0].name) == name_key("Jalalabad")


def test_user_places_take_part_in_matching(tmp_path):
    csv = tmp_path / "places.csv"
    csv.write_text("name,alternate_names,latitude,longitude,country,admin1\n"
                   "Shalal al-Matar,Shalal Matar|Shallal al Matar,35.31,44.28,IQ,Kirkuk\n", encoding="utf-8")
    g = Gazetteer(user_places=str(csv))
    best = g.lookup("Shalal al-Matar", "IQ")[0]
    assert best.feature == "user" and best.admin1 == "Kirkuk" and best.latitude == 35.31
    assert g.lookup("Shallal al Matar")[0].feature == "user"


def test_bad_user_places_is_a_gazetteer_error(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("name,latitude,longitude\nX,north,3\n", encoding="utf-8")
    with pytest.raises(GazetteerError):
        Gazetteer(user_places=str(csv))
    with pytest.raises(GazetteerError):
        Gazetteer(user_places=str(tmp_path / "missing.csv"))


def test_missing_gazetteer_without_build_is_an_error(tmp_path):
    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "none.sqlite", build_if_missing=False)


def test_cold_open_is_fast(gz):
    t = time.perf_counter()
    g = Gazetteer(gz.path)
    g.lookup("Kirkuk")
    assert time.perf_counter() - t < 2.0


@pytest.mark.slow
def test_build_is_deterministic(tmp_path):
    import hashlib

    from eventwire.gazetteer import build

    a = build(tmp_path / "a.sqlite")
    b = build(tmp_path / "b.sqlite")
    assert hashlib.sha256(a.read_bytes()).hexdigest() == hashlib.sha256(b.read_bytes()).hexdigest()
    assert Gazetteer(a).lookup("Kirkuk", "IQ")[0].admin1 == "Kirkuk"
