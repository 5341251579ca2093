"""Detection, session 28: acts told with no act word that the ACLED 2020 dev notes coded nothing for (detect's
_turned_violent and _armed_pounding frames, the [detect] section of data/wordlists.toml). ACLED notes are read from
../shared/data (never copied here); the other texts are sentences written for these tests in the shape of news."""
from __future__ import annotations

import pytest

from seedutil import acled_note

#: the ACLED 2020 dev notes the tests below read (../shared/data: never copied here)
ACLED = "acled_world_2020-04-27_2020-05-03.csv"


def _types(text: str, published: str = "2020-05-03") -> list[tuple[str | None, str | None]]:
    from eventwire.pipeline import code_text

    return [(i.event_type, i.sub_event_type) for i in code_text(text, published=published).incidents]


def test_a_crowd_that_turned_violent_is_a_riot():
    # the note: a group of villagers breaking the epidemic curfew turned violent and police broke them up
    assert _types(acled_note(ACLED, "ROU1240"), "2020-04-30") == [("Riots", "Mob violence")]


def _trigger_phrases(text: str, published: str = "2020-05-03") -> list[tuple[str, ...]]:
    from eventwire import pipeline
    from eventwire.options import default_options
    from eventwire.records import Article

    article = Article(id="t", text=text, title=None, published=published, url=None)
    work = next(iter(pipeline.detected([article], default_options())))
    return [h.trigger.phrase for d in work.drafts for s in d.sentences for h in s.triggers]


def test_a_protest_that_turned_violent_tells_a_riot():
    # detection gives the riot trigger; the typing of such a note is the types models' (it was typed a peaceful
    # protest at d6248d6, the protest word outweighing the riot)
    assert ("riot",) in _trigger_phrases("On 2 May 2020, a protest against fuel prices in Nairobi turned violent.")


@pytest.mark.parametrize("text", [
    # the prelude of a shooting, not a crowd
    "On 2 May 2020, an argument between two neighbours in Dallas turned violent and a man was shot.",
    # not done
    "On 2 May 2020, officials in Nairobi warned that the protest could turn violent before a man was shot.",
])
def test_what_turned_violent_with_no_crowd_or_not_done_is_no_riot(text):
    assert ("riot",) not in _trigger_phrases(text)


def test_forces_that_pounded_houses_shelled_them():
    # the note: government troops 'pounded' some dozens of homes in a northern district and destroyed them
    assert _types(acled_note(ACLED, "AFG45414"), "2020-05-02") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_aircraft_that_pounded_hideouts_struck_them():
    text = "On 2 May 2020, fighter jets pounded insurgent camps in the hills of Kurram district."
    assert _types(text)


@pytest.mark.parametrize("text", [
    "On 2 May 2020, heavy rain pounded the coast near Chittagong, flooding several villages.",
    "On 2 May 2020, the army said its engineers would pound the old runway into gravel.",
])
def test_what_pounds_with_no_armed_doer_or_not_done_is_no_act(text):
    assert not _types(text)


# ---------------------------------------------------------------- damage done by an armed doer
# detect._damage_done_by_armed ([detect] damage_doer_patterns, extract's armed_actor_patterns, the lexicon's groups)
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(("event_id", "published"), [
    ("HND1588", "2020-04-30"),  # the note: soldiers located a hidden landing strip of drug smugglers and wrecked it
    ("HND1584", "2020-04-28"),
])
def test_forces_that_destroyed_a_place_did_an_act(event_id, published):
    assert _types(acled_note(ACLED, event_id), published) == [LOOTING]


def test_terrorists_that_damaged_power_towers_did_an_act():
    text = "SAN SALVADOR, 2 May 1990 - Terrorists damaged two high-voltage towers in Usulutan on Monday, causing a blackout."
    assert _types(text, "1990-05-02")


@pytest.mark.parametrize("text", [
    "On 2 May 2020, a storm damaged 40 houses in Garowe.",
    "DALLAS - A man damaged a car in Dallas on Monday, police said.",
    "On 2 May 2020, officials in Garowe said the militants could destroy the bridge.",
])
def test_damage_with_no_armed_doer_or_not_done_is_no_act(text):
    assert not _types(text)
