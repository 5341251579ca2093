"""Unit tests for extract.py on hand-made texts, coded for real (spaCy, the gazetteer, the packaged models) through
pipeline.code_text / code_articles: each field of the incident, and evidence spans that point into the text."""
from __future__ import annotations

from functools import cache

import pytest

from eventwire import extract
from eventwire.pipeline import code_articles, code_text
from eventwire.records import Article, Incident

PUBLISHED = "2022-12-18"  # a Sunday
KIRKUK = "Gunmen killed three soldiers in Kirkuk, Iraq on Sunday. Police said the attack lasted an hour."
MOGADISHU = ("A car bomb exploded in Mogadishu, Somalia on Monday, killing 5 people and wounding 12 others.\n\n"
             "Separately, gunmen attacked a police station in Baidoa on Tuesday.")
FMLN = ("THE FMLN TOOK RESPONSIBILITY FOR THE DYNAMITE ATTACK ON A POWER PYLON IN USULUTAN ON MONDAY. "
        "NO ONE WAS HURT.")


@cache
def coded(text: str, published: str | None = PUBLISHED) -> tuple[Incident, ...]:
    return code_text(text, published).incidents


def one(text: str, published: str | None = PUBLISHED) -> Incident:
    (incident,) = coded(text, published)
    return incident


def test_an_armed_attack_on_soldiers():
    inc = one(KIRKUK)
    assert (inc.date, inc.date_precision) == ("2022-12-18", "day")
    assert (inc.country, inc.admin1, inc.location, inc.geo_precision) == ("IQ", "Kirkuk", "Kirkuk", 1)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert (inc.attack_types, inc.target_types, inc.weapon_types) == (("Armed Assault",), ("Military",), ("Firearms",))
    assert (inc.killed, inc.wounded, inc.perpetrators_killed) == (3, None, None)
    assert (inc.victims, inc.perpetrator_individuals) == (("soldiers",), ("Gunmen",))
    assert inc.summary == "Gunmen killed three soldiers in Kirkuk, Iraq on Sunday."


def test_evidence_spans_point_into_the_text_as_received():
    inc = one(KIRKUK)
    for name, spans in inc.evidence.items():
        assert all(KIRKUK[s.start:s.end] == s.text for s in spans), name
    assert [s.text for s in inc.evidence["date"]] == ["on Sunday"]
    assert [s.text for s in inc.evidence["location"]] == ["Kirkuk"]
    assert [s.text.strip() for s in inc.evidence["killed"]] == ["killed three soldiers"]


def test_two_acts_each_with_its_own_day_place_toll_and_target():
    bombing, raid = coded(MOGADISHU)
    # weekdays resolve to the last such day before the Sunday the article is dated
    assert (bombing.date, raid.date) == ("2022-12-12", "2022-12-13")
    assert (bombing.country, bombing.admin1, bombing.location) == ("SO", "Banadir", "Mogadishu")
    assert (raid.country, raid.admin1, raid.location) == ("SO", "Bay", "Baidoa")
    assert (bombing.killed, bombing.wounded) == (5, 12)
    assert (bombing.sub_event_type, bombing.weapons, bombing.muc_incident_type) == (
        "Remote explosive/landmine/IED", ("car bomb",), "bombing")
    assert (raid.killed, raid.physical_targets, raid.target_types) == (None, ("a police station",), ("Police",))


def test_a_claimed_bombing_names_its_perpetrator():
    inc = one("The Islamic State claimed the bombing in Baghdad on Saturday that killed 7 people.")
    assert (inc.claimed, inc.perpetrator, inc.perpetrator_organizations) == (True, "Islamic State", ("Islamic State",))
    assert (inc.date, inc.killed, inc.attack_types) == ("2022-12-17", 7, ("Bombing/Explosion",))


def test_a_range_keeps_its_low_end_and_the_range():
    inc = one("Between 6 and 10 villagers died when Boko Haram fighters raided their village in Borno State, "
              "Nigeria on Wednesday.")
    assert (inc.killed, dict(inc.count_ranges)) == (6, {"killed": (6, 10)})
    assert (inc.perpetrator, inc.country, inc.admin1, inc.date) == ("Boko Haram", "NG", "Borno", "2022-12-14")


def test_a_kidnapping():
    inc = one("Taliban fighters kidnapped two aid workers in Kandahar, Afghanistan on Friday.")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert (inc.attack_types, inc.target_types, inc.muc_incident_type) == (
        ("Hostage Taking (Kidnapping)",), ("NGO",), "kidnapping")
    assert (inc.perpetrator, inc.victims, inc.killed) == ("Taliban", ("aid workers",), None)


def test_a_suicide_bombing_of_a_mosque():
    inc = one("A suicide bomber blew himself up at a mosque in Peshawar, Pakistan on Friday, killing 30 worshippers.")
    assert (inc.sub_event_type, inc.target_types, inc.killed) == (
        "Suicide bomb", ("Religious Figures/Institutions",), 30)
    assert (inc.admin1, inc.location) == ("Khyber Pakhtunkhwa", "Peshawar")


def test_nobody_hurt_is_a_zero_not_a_blank():
    inc = one("No one was injured when a grenade exploded outside a bank in Kabul on Tuesday.")
    assert (inc.wounded, inc.killed) == (0, None)
    assert (inc.sub_event_type, inc.weapons, inc.physical_targets) == ("Grenade", ("grenade",), ("a bank",))


@pytest.mark.parametrize("text, types", [
    ("Hundreds of protesters marched peacefully in Khartoum, Sudan on Thursday to demand elections.",
     ("Protests", "Peaceful protest")),
    ("Police clashed with rioters who threw stones and burned tyres in Nairobi, Kenya on Monday.",
     ("Riots", "Mob violence")),
])
def test_demonstrations(text, types):
    inc = one(text)
    assert (inc.event_type, inc.sub_event_type) == types
    assert inc.killed is None


def test_all_caps_wire_copy_is_coded_with_spans_in_its_own_case():
    inc = one(FMLN, "1989-12-18")
    assert (inc.claimed, inc.perpetrator, inc.perpetrator_organizations) == (
        True, "Farabundo Marti National Liberation Front", ("FMLN",))
    assert (inc.country, inc.admin1, inc.wounded) == ("SV", "Usulutan", 0)
    assert (inc.physical_targets, inc.target_types, inc.weapons) == (("POWER PYLON",), ("Utilities",), ("DYNAMITE",))
    assert [(s.start, s.end, s.text) for s in inc.evidence["location"]] == [(73, 81, "USULUTAN")]
    assert [s.text for s in inc.evidence["wounded"]] == ["NO ONE WAS HURT"]


def test_articles_come_back_in_order_and_one_without_an_act_has_no_incident():
    articles = [Article(id="weather", text="It was sunny in Lagos on Monday.", published=PUBLISHED),
                Article(id="kirkuk", text=KIRKUK, published=PUBLISHED)]
    result = list(code_articles(articles))
    assert [(c.article.id, len(c.incidents)) for c in result] == [("weather", 0), ("kirkuk", 1)]
    assert result[1].incidents[0].article_id == "kirkuk"


@pytest.mark.parametrize("context, clash", [
    ("troops exchanged fire with rebels", True),
    ("a shoot-out with police", True),
    ("the minister spoke to reporters", False),
])
def test_clash_words(context, clash):
    assert extract.clash_words(context) is clash


@pytest.mark.parametrize("text, perpetrator", [
    # state forces told acting are the perpetrator, in ACLED's naming, once the incident's country is known
    ("Soldiers shot dead three villagers in Maiduguri, Nigeria, on Sunday, residents said.",
     "Military Forces of Nigeria (2015-)"),
    # a group a state's strike fell on is not the perpetrator
    ("A US drone strike killed three Islamic State fighters near Raqqa, Syria, on Sunday.",
     "Military Forces of the United States (2021-)"),
    # the police speaking are not the actor
    ("Gunmen killed three villagers in Maiduguri, Nigeria, on Sunday, police said.", None),
])
def test_state_forces_that_acted_are_the_perpetrator(text, perpetrator):
    assert one(text).perpetrator == perpetrator


def test_a_shooting_by_no_group_is_no_mob_violence_whoever_the_words_name():
    # GVA: a shooting on a restaurant's patio was typed Riots / Mob violence ("police were searching for suspects" named an
    # armed target, no armed group the shooter)
    (incident,) = coded("Four men were taken to hospitals after gunfire on a crowded patio outside a well-known bar in "
                        "Tampa early Friday, and police were searching for suspects.", "2015-03-21")
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians", "Attack")
    assert incident.wounded == 4
    # a crowd's attack stays mob violence
    (incident,) = coded("A mob attacked two police officers in Lagos on Monday, injuring both.")
    assert (incident.event_type, incident.sub_event_type) == ("Riots", "Mob violence")
