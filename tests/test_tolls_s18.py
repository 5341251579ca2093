"""Tolls, session 18 (issue 15 item 1): one person told alive and hurt in so many words ("is in stable condition",
"non-life threatening injuries", "Another child was hospitalized") where no wounded is counted is one wounded, as
GVA counts him: the largest class of the whole GVA file's injured errors (307 incidents with one injured coded with
none). Texts written after the shapes of GVA lines 745, 5199, 5163, 3267 and 5207 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import alive_told_at, shot_tolls


@pytest.mark.parametrize("text", [
    "A 5-year-old girl was shot Monday in Clay County. Harper Jane Whitlock suffered a pistol wound to her "
    "shoulder around 5:15 p.m. Harper was flown to Wolfson Children's and is in stable condition.",
    "Officers are looking into a shooting before dawn Saturday in Laredo. They say a man they have not named "
    "was sitting in his truck with the window down when a stranger walked up and shot him in the wrist. He went to "
    "Doctors Hospital, where staff treated his non-life threatening injuries.",
    "A Harrodsburg man remains in critical condition following what deputies describe as an accidental shooting on "
    "Tuesday in "
    "Mercer County.",
])
def test_one_person_told_alive_is_one_wounded(text):
    assert _tolls(text) == [(0, 1)]


def test_one_told_another_and_alive_beside_the_dead():
    text = ("Four people were shot and killed Monday at a trailer park in Elgin, deputies said. Another child "
            "was hospitalized.")
    assert _tolls(text) == [(4, 1)]


@pytest.mark.parametrize("text", [
    "A man was shot Friday night in Waco. Medics took him to a hospital in critical condition, where he died.",
    "A man was shot and killed Friday night in Waco. Medics had taken him to a hospital in critical condition.",
    "Two men were shot and killed Friday night in Waco. He leaves behind his wife and three daughters.",
])
def test_no_one_told_alive(text):
    assert all(wounded == 0 for _, wounded in _tolls(text))


@pytest.mark.parametrize("text, beside_dead, told", [
    ("Harper was flown to Wolfson Children's and is in stable condition.", False, True),
    ("Harper was flown to Wolfson Children's and is in stable condition.", True, True),
    ("The teen remains in critical condition.", False, True),
    ("The teen remains in critical condition.", True, False),
    ("Another child was hospitalized.", True, True),
    ("The victim was in critical condition but died that night.", False, False),
    ("Both victims are expected to survive.", False, False),
    ("He is survived by a wife and three sons.", False, False),
    ("He was released from jail after posting bail.", False, False),
])
def test_alive_told_at(text, beside_dead, told):
    assert (alive_told_at(text, beside_dead=beside_dead) is not None) == told


@pytest.mark.parametrize("text", [
    "Beaufort deputies say a father shot and wounded his 4-year-old daughter, then killed himself.",
    "Two deputies face charges for shooting and killing a seven year old girl and critically wounding her mother after a "
    "pursuit.",
    "Dale Hemming fatally shot daughter 15-year-old Kayla, and wounded his wife, Rosa, before killing himself.",
])
def test_one_person_wounded_in_the_active_voice_is_alive(text):
    assert (1, 0) in [(s.shot, s.killed) for s in shot_tolls(text)]


def test_one_wounded_in_the_active_voice_beside_one_shot_to_death():
    text = ("The teen shot his 7-year-old sister to death, wounded his older sister in the arm and killed himself, a "
            "sheriff said Friday.")
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 1), (1, 0)]


@pytest.mark.parametrize("text", [
    "The gunman wounded his wife, who later died at the hospital.",
    "He shot and wounded his wife, and she died Tuesday.",
    "The gunman fatally wounded a man in the chest.",
])
def test_one_wounded_who_died_is_not_alive(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_injuring_the_others_counts_them():
    text = "Booker fired into the van, killing Renata Vale and injuring the three others."
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(3, 0)]


@pytest.mark.parametrize("text", [
    "Also hurt in the gunfire were three women, ages 19, 23 and 25, who were shot in the foot and the hip.",
    "Deputies say five men between the ages of 22 and 57 were shot.",
    "The victims, between 20 and 27 years old, suffered several gunshot wounds and went to hospitals nearby.",
    "Deputies killed in Lafayette | 2:47 Three deputies are dead and three others hurt.",
    "Live from the scene | 19:52 One person is dead and at least 12 more were injured in a shooting.",
])
def test_ages_and_clock_times_count_no_people(text):
    assert all(s.shot < 19 for s in shot_tolls(text))


def test_murder_suicide_with_one_death_counted_is_two_dead():
    text = ("OGDEN — Police say an Ogden man shot a 9-year-old girl and then himself in a murder-suicide "
            "Wednesday inside a downtown condo. The girl was flown to a children's hospital in Salt Lake City, where "
            "she was later pronounced dead.")
    assert [killed for killed, _ in _tolls(text)] == [2]


def test_attempted_murder_suicide_adds_no_death():
    text = "A man was shot and killed Tuesday in Salt Lake City. Police said it was an attempted murder-suicide."
    assert [killed for killed, _ in _tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "A six-year-old girl was airlifted to a trauma center after she was shot by her older sister.",
    "A 5-year-old girl was rushed to St. Jude after her 4-year-old brother shot her in the hand.",
    "A 9-year-old Galt boy was driven to a nearby hospital after he was shot by accident.",
    "A Pike County sheriff's deputy was rushed to a hospital in Troy after he suffered a gunshot wound.",
])
def test_one_person_told_then_a_pronoun_is_one(text):
    assert [s.shot for s in shot_tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "He shot his wife and then shot himself.",
    "A 13-year-old girl shot in the ankle and a 15-year-old boy shot in the left hip were taken to hospital.",
])
def test_two_people_told_one_by_one_stay_two(text):
    assert sum(s.shot for s in shot_tolls(text)) == 2
