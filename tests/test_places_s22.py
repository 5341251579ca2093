"""First-level areas under the names ACLED writes (session 22): its national or English spelling of a GeoNames area
("Republic of Sakha", "Niedersachsen", "North Jeolla"), and the regions that replaced or joined GeoNames areas
(France's 2016 regions, Greece's decentralised administrations, Morocco's and Nepal's 2015 divisions) match the areas
they hold, in same_admin1 and in text."""
from __future__ import annotations

import pytest

from eventwire.evaluate.common import same_admin1
from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("ours, acled, cc", [
    ("Sakha", "Republic of Sakha", "RU"),
    ("Moskovskaya", "Moscow Oblast", "RU"),
    ("Lower Saxony", "Niedersachsen", "DE"),
    ("Jeollabuk-do", "North Jeolla", "KR"),
    ("Nairobi Area", "Nairobi", "KE"),
    ("High-Basins", "Hauts-Bassins", "BF"),
    ("Grand Casablanca", "Casablanca-Settat", "MA"),
])
def test_acled_s_name_of_an_area_is_that_area(ours, acled, cc):
    assert same_admin1(ours, acled, cc)


def test_a_region_that_joined_areas_holds_each_of_them_and_no_other():
    assert same_admin1("Limousin", "Nouvelle-Aquitaine", "FR")
    assert same_admin1("Aquitaine", "Nouvelle-Aquitaine", "FR")
    assert not same_admin1("Brittany", "Nouvelle-Aquitaine", "FR")
    assert same_admin1("North Aegean", "Aegean", "GR")
    assert not same_admin1("Attica", "Aegean", "GR")


def test_a_split_area_carries_no_new_region_s_name():
    # Meknes-Tafilalet went to three of Morocco's 2015 regions: no one of them is it
    assert not same_admin1("Meknes-Tafilalet", "Fes-Meknes", "MA")


@pytest.mark.parametrize("text, cc, acled", [
    ("On 1 May 2020, workers protested in Lensk demanding their wages.", "RU", "Republic of Sakha"),
    ("On 30 April 2020, unemployed graduates held a sit-in in Casablanca.", "MA", "Casablanca-Settat"),
])
def test_a_town_s_area_is_acled_s_area(text, cc, acled, options):
    place, _ = locate_incident(text, [(0, len(text))], options)
    assert place.country == cc and same_admin1(place.admin1, acled, cc)


def test_acled_s_name_is_read_in_text(options):
    text = "On 2 May 2020, farmers protested in Niedersachsen and Bayern."
    place, _ = locate_incident(text, [(0, len(text))], options)
    assert (place.country, place.admin1) == ("DE", "Lower Saxony")


@pytest.mark.parametrize("text, cc, area", [
    ("On 2 May 2020, police dispersed a protest in Belgrade.", "RS", "Belgrade"),
    ("On 2 May 2020, residents blocked a road in Arraijan demanding food aid.", "PA", "Panama Oeste"),
    ("On 28 April 2020, traders protested in N'Djamena against the closure of markets.", "TD", "N'Djamena"),
    # the areas they were cut from keep the rest
    ("On 2 May 2020, workers protested in Kragujevac.", "RS", "Central Serbia"),
    ("On 2 May 2020, residents blocked a road in Chepo.", "PA", "Panama"),
])
def test_a_capital_or_province_made_its_own_area_is_that_area(text, cc, area, options):
    # data/admin1_parts.tsv: ACLED holds Belgrade, N'Djamena and Panama Oeste apart from the GeoNames areas they lie in
    place, _ = locate_incident(text, [(0, len(text))], options)
    assert (place.country, place.admin1) == (cc, area)


def _focus_place(text, focus, options):
    start = text.index(focus)
    found = locate_incident(text, [(start, start + len(focus))], options)
    return None if found is None else (found[0].name, found[0].admin1)


def test_the_town_of_a_victim_s_hospital_is_not_the_shooting_s(options):
    # the sentence the victim is told in names only the hospital's city: the shooting's town is the one before it
    text = ("A woman was shot in the arm late Saturday in Plaquemine, Iberville Parish deputies reported. "
            "She was driven to a Baton Rouge hospital and is expected to recover.")
    assert _focus_place(text, "She was driven to a Baton Rouge hospital", options) == ("Plaquemine", "Louisiana")
    text = ("A 17-year-old boy lies in serious condition at Denver's St. Joseph Hospital; he was shot outside a "
            "school in north Aurora, Colorado, on Tuesday evening.")
    assert _focus_place(text, text, options) == ("Aurora", "Colorado")


def test_a_shooting_at_a_town_s_hospital_is_in_that_town(options):
    text = "A guard and a nurse were hurt when a man opened fire at a Dallas hospital on Thursday, police said."
    assert _focus_place(text, text, options) == ("Dallas", "Texas")
