"""Tolls, session 18 (issue 15 item 1): one person told alive and hurt in so many words ("is in stable condition",
"non-life threatening injuries", "Another child was hospitalized") where no wounded is counted is one wounded, as
GVA counts him: the largest class of the whole GVA file's injured errors (307 incidents with one injured coded with
none). Texts shortened from GVA lines 745, 5199, 5163, 3267 and 5207 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import alive_told_at, shot_tolls


@pytest.mark.parametrize("text", [
    "A 4-year-old boy was shot Sunday in St. Johns County. Bentley Michael Lenhart suffered a handgun wound to his "
    "abdomen about 4:30 p.m. Bentley was taken to UF Health Jacksonville and is in stable condition.",
    "Detectives are investigating an early morning shooting Sunday in Corpus Christi. They say an unidentified man "
    "had his car window rolled down when someone approached him and shot him in his hand. He was taken to Christus "
    "Spohn Memorial Hospital and was treated for non-life threatening injuries.",
    "A Lawrenceburg man is in critical condition after what police are calling an accidental shooting on Friday in "
    "Anderson County.",
])
def test_one_person_told_alive_is_one_wounded(text):
    assert _tolls(text) == [(0, 1)]


def test_one_told_another_and_alive_beside_the_dead():
    text = ("Four people were shot and killed Saturday at an apartment complex in Bastrop, police said. Another child "
            "was hospitalized.")
    assert _tolls(text) == [(4, 1)]


@pytest.mark.parametrize("text", [
    "A man was shot Saturday night in Houston. He was taken to the hospital in critical condition, where he died.",
    "A man was shot and killed Saturday night in Houston. He had been taken to the hospital in critical condition.",
    "Two men were shot and killed Saturday night in Houston. He is survived by his wife and two children.",
])
def test_no_one_told_alive(text):
    assert all(wounded == 0 for _, wounded in _tolls(text))


@pytest.mark.parametrize("text, beside_dead, told", [
    ("Bentley was taken to UF Health Jacksonville and is in stable condition.", False, True),
    ("Bentley was taken to UF Health Jacksonville and is in stable condition.", True, True),
    ("The teen remains in critical condition.", False, True),
    ("The teen remains in critical condition.", True, False),
    ("Another child was hospitalized.", True, True),
    ("The victim was in critical condition and later died.", False, False),
    ("Both victims are expected to survive.", False, False),
    ("He is survived by his wife and two children.", False, False),
    ("He was released from jail after posting bail.", False, False),
])
def test_alive_told_at(text, beside_dead, told):
    assert (alive_told_at(text, beside_dead=beside_dead) is not None) == told


@pytest.mark.parametrize("text", [
    "Charleston police say a mother shot and wounded her 3-year-old son before killing herself.",
    "Two officers are accused of shooting and killing a six year old boy and critically wounding his father after a "
    "car chase.",
    "Randy Coffland fatally shot daughter 16-year-old Brittany, and wounded his wife, Anjum, before killing himself.",
])
def test_one_person_wounded_in_the_active_voice_is_alive(text):
    assert (1, 0) in [(s.shot, s.killed) for s in shot_tolls(text)]


def test_one_wounded_in_the_active_voice_beside_one_shot_to_death():
    text = ("The boy shot his 6-year-old brother to death, wounded his older brother in the leg and killed himself, a "
            "sheriff said Thursday.")
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 1), (1, 0)]


@pytest.mark.parametrize("text", [
    "The gunman wounded his wife, who later died at the hospital.",
    "He shot and wounded his wife, and she died Tuesday.",
    "The gunman fatally wounded a man in the chest.",
])
def test_one_wounded_who_died_is_not_alive(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_injuring_the_others_counts_them():
    text = "Jackson fired into the vehicle, killing Maryanna Pennington and injuring the three others."
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(3, 0)]


@pytest.mark.parametrize("text", [
    "Also injured in the shooting were three men, ages 19, 21 and 22, who were shot in the hand and the arm.",
    "Police say five men between the ages of 21 and 58 were shot.",
    "The victims, between 20 and 26 years old, received several gunshot wounds and were taken to nearby hospitals.",
    "Police officers killed in Baton Rouge | 1:53 Three officers are confirmed dead and three others wounded.",
    "Update from the scene | 19:39 One person is dead and at least 14 more were injured in a shooting.",
])
def test_ages_and_clock_times_count_no_people(text):
    assert all(s.shot < 19 for s in shot_tolls(text))


def test_murder_suicide_with_one_death_counted_is_two_dead():
    text = ("SALT LAKE CITY — Police say a Salt Lake man shot an 8-year-old boy and then himself in a murder-suicide "
            "Tuesday inside a Capitol Hill apartment. The boy was transported to Primary Children's Hospital, where he "
            "was later pronounced dead.")
    assert [killed for killed, _ in _tolls(text)] == [2]


def test_attempted_murder_suicide_adds_no_death():
    text = "A man was shot and killed Tuesday in Salt Lake City. Police said it was an attempted murder-suicide."
    assert [killed for killed, _ in _tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "A five-year-old boy was airlifted to a hospital after he was shot by his older brother.",
    "A 4-year-old boy was taken to Primary Children's Hospital after his 3-year-old brother shot him in the foot.",
    "An 8-year-old Lodi girl was transported to an area hospital after she was accidentally shot.",
    "A Jefferson County Sheriff's Deputy was rushed to an area hospital after he suffered a gunshot wound.",
])
def test_one_person_told_then_a_pronoun_is_one(text):
    assert [s.shot for s in shot_tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "He shot his wife and then shot himself.",
    "A 14-year-old girl shot in the foot and a 14-year-old boy shot in the right leg were taken to hospital.",
])
def test_two_people_told_one_by_one_stay_two(text):
    assert sum(s.shot for s in shot_tolls(text)) == 2
