"""Places, session 35. The packaged GeoNames lists file towns of the State of Mexico and of Hidalgo under Morelos;
data/admin1_fixes.tsv sets them right by GeoNames id when the gazetteer hands out their entries. In a US story a
city written as the landmark of another place ("the Tulsa suburb of Jenks", "the Boise suburbs", "in suburban
Tulsa") yields to a town of its state near it that the sentence or a later sentence of the
incident names (geo.locate._landmark); alone, it is still the place. A story abroad whose focus names no place finer
than its country reads the two sentences after it. A focus span that stops inside a sentence runs on to its end.
The first of two towns a road joins ("the Nagpur-Seoni stretch") is the road's, no place of its own. A town after a
court's name ("22nd District Court in Inkster") is the court's, not the scene."""
from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _where(text: str, options: Options) -> tuple[str | None, str | None, str | None] | None:
    """(country, admin1, name) of an incident told in the sentences of `text`, each a focus sentence in turn."""
    focus, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        focus.append((start, end))
        start = end + 1
    found = locate_incident(text, focus, options)
    return None if found is None else (found[0].country, found[0].admin1, found[0].name)


def test_a_toluca_valley_town_is_coded_in_the_state_of_mexico(options):
    text = "On 12 March 2021, in Ocoyoacac, Mexico, a grocer was hurt when two riders on a motorbike fired at his stall."
    assert _where(text, options) == ("MX", "Mexico State", "Ocoyoacac")


def test_the_gazetteer_hands_out_the_corrected_state():
    gz = get_gazetteer()
    assert {p.admin1 for p in gz.lookup("Tizayuca", "MX")} == {"Hidalgo"}
    # another Xonacatlan lies in Guerrero; none in Morelos
    assert {p.admin1 for p in gz.lookup("Xonacatlan", "MX")} == {"Mexico State", "Guerrero"}


def test_a_town_of_morelos_stays_in_morelos(options):
    # a guard: Cuautla lies inside Morelos and is not in the table
    text = "On 3 July 2021, in Cuautla, Morelos, a municipal police officer was shot dead outside his home."
    assert _where(text, options) == ("MX", "Morelos", "Cuautla")


def test_the_town_a_city_suburb_of_names(options):
    text = "Three people were hurt at a house party in the Tulsa suburb of Jenks early Sunday, police said."
    assert _where(text, options) == ("US", "Oklahoma", "Jenks")


def test_a_town_named_after_the_city_suburbs(options):
    text = ("A woman died on Friday after a shooting in the Boise suburbs. It happened at a duplex in Kuna shortly "
            "after midnight, the sheriff's office said.")
    assert _where(text, options) == ("US", "Idaho", "Kuna")


def test_a_town_a_later_sentence_names_after_suburban_city(options):
    text = ("A 12-year-old was shot by accident in suburban Boise, Idaho, on Saturday morning. The boy and his uncle "
            "were walking along a canal in Kuna when a shotgun went off.")
    assert _where(text, options) == ("US", "Idaho", "Kuna")


def test_a_city_outskirts_stay_the_city(options):
    # a guard: "just west of" and "outside" tell a town's outskirts, which the datasets code as the town
    text = ("Deputies were called to a home just west of Boise, Idaho, on Saturday. A teenager who lives in Kuna "
            "was shot in the leg.")
    assert _where(text, options) == ("US", "Idaho", "Boise")


def test_a_landmark_city_alone_is_the_place(options):
    # a guard: no town near it is named beside it; the man's home town lies some 280 km off
    text = ("A man was shot and wounded outside a gas station in suburban Tulsa on Friday night. The man, who "
            "lives in Lawton, is expected to survive.")
    assert _where(text, options) == ("US", "Oklahoma", "Tulsa")


def test_a_focus_cut_inside_its_sentence_runs_to_the_sentence_end(options):
    # the parser may end the incident's sentence at a capitalised word inside it; the place follows
    text = "On 4 June 2021, gunmen ambushed a police patrol in the Sarbagh area of Nad Ali district, Helmand."
    found = locate_incident(text, [(0, text.index("Nad") + 3)], options)
    assert found is not None and (found[0].country, found[0].admin1) == ("AF", "Helmand")


def test_a_focus_ending_its_sentence_stays_as_it_is(options):
    # a guard: the next sentence is another act's
    text = "A man was shot on Friday in Dayton. Police said a second man was hurt in Kettering."
    found = locate_incident(text, [(0, text.index(". ") + 1)], options)
    assert found is not None and found[0].name == "Dayton"


def test_the_first_town_of_a_road_between_two_is_the_roads(options):
    # Nagpur is the road's far end, in another state; the protest is in the district the sentence names
    text = ("On 12 June 2021, stranded workers held a protest at the Nagpur-Seoni stretch of National Highway 44 in "
            "Seoni district (Madhya Pradesh).")
    assert _where(text, options)[:2] == ("IN", "Madhya Pradesh")


def test_a_town_after_a_courts_name_is_the_courts(options):
    text = ("Two cousins were charged on Monday in 22nd District Court in Inkster in the death of a toddler who "
            "was shot inside his home, Detroit police said.")
    assert _where(text, options) == ("US", "Michigan", "Detroit")


def test_a_town_after_a_street_named_court_is_the_scene(options):
    # a guard: "Elm Court" is a street, no court's name
    text = "A woman was shot at a home on Elm Court in Romulus late Friday, police said."
    assert _where(text, options) == ("US", "Michigan", "Romulus")
