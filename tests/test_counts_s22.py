"""Tolls, session 22 (issue 15 item 1).

- The wounded are read again in the article's other sentences where the incident's own count some: the lead told
  one of them, another paragraph all of them.
- An age is no count: a figure above one told with a singular verb ("Jamie clayton, 22 was shot"), a figure right
  after the people it is of ("Two men, 26 and 21, who were both shot"), a year after a month and a day ("January 9,
  2017 Man dead").
- One person told shot who survived is one hurt and alive.
- Headlines: a charge or ruling of manslaughter tells a death; "double homicide", "triple murder" tell that many
  dead (a murder-suicide one more); the shooter told dead ("Armed suspect dies"); the shooter who killed himself after
  those he killed ("kills infant, self") is one of the attackers killed; people listed before those counted hurt
  ("Woman, 3 teenage daughters shot": 4); a shooting told "quadruple" is four shot.

Titles and texts shortened from GVA lines 1725, 522, 842, 4933, 546, 112, 3533, 933, 805, 4447, 519, 2177, 2626, 891,
1975, 1302, 2972, 801 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from seedutil import gva_text
from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, no_people, shot_tolls


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


def test_the_wounded_told_in_another_paragraph_raise_those_the_lead_counts():
    text = gva_text(1725, until='in the arm, MPD said.')
    assert _tolls(text, title="Homicide Watch D.C.", published="2013-09-12") == [(1, 3)]


def test_an_age_is_no_count_of_people_shot():
    for text in ("Calvin Williams, 24 was shot in the chest and Jamie clayton, 22 was shot in both legs.",
                 "Two men, 26 and 21, who were both shot in the leg, brought themselves to the hospital, sources said."):
        assert all(s.shot < 20 for s in shot_tolls(text)), text
    # a count told with a plural verb is still read
    assert [(s.shot, s.killed) for s in shot_tolls("Police said 3 people were shot and 2 were killed.")] == [(3, 2)]
    assert [s.shot for s in shot_tolls("Police said 12 people were shot.")] == [12]


def test_a_year_after_a_date_is_no_count():
    text = "Related Articles January 9, 2017 Man dead after shootout with guards outside Adams County strip club."
    at = text.index("2017")
    assert no_people(text, at, at + 4)
    other = "Police said 2017 people were evacuated."
    assert not no_people(other, other.index("2017"), other.index("2017") + 4)


def test_one_person_shot_who_survived_is_one_hurt_alive():
    assert [(s.shot, s.killed) for s in shot_tolls("Shriver's wife was shot but survived.")] == [(1, 0)]


@pytest.mark.parametrize("title, tally", [
    ("DA charges teen with manslaughter in Larose shooting", {"deadly": 1}),
    ("Weapon discharge inside of residence ruled as manslaughter", {"deadly": 1}),
    ("Teen mother and son identified as victims of double murder", {"killed": 2}),
    ("Victims identified in Roswell triple homicide", {"killed": 3}),
    ("Murray police investigate apparent double murder-suicide", {"killed": 3}),
    ("Armed suspect dies after officer-involved shooting at Carmichael 7-Eleven", {"killed": 1}),
    ("Teen dad kills infant, self in Myrtle Creek", {"killed": 1, "self": 1}),
    ("Gunman Fatally Shoots 3 Musicians, Self in Brooklyn: Police", {"killed": 3, "self": 1}),
    ("Police say father fatally shot his 2 children, then himself", {"killed": 2, "self": 1}),
    ("Lingle man allegedly kills 4-month-old before shooting himself", {"killed": 1, "self": 1}),
    ("Woman, 3 teenage daughters shot in Nashville", {"shot": 4}),
    ("3-year-old and four adults shot in Evanston", {"shot": 5}),
])
def test_headline_tallies(title, tally):
    assert _tally(title) == tally


def test_headline_deaths_read_and_not():
    assert _tally("Arrest made in double homicide in East Bremerton") == {"killed": 2}
    for title in ("Police investigate double shooting",  # two shot, not two dead
                  "Man charged with attempted murder in double shooting",
                  "Suspect shot by police in Oakland",  # hurt, not dead
                  "Man wanted in weekend block party shooting turns himself in"):  # surrendered, not dead
        tally = _tally(title)
        assert "killed" not in tally and "deadly" not in tally and "self" not in tally, title


def test_the_shooter_a_headline_tells_killed_himself_is_one_dead_besides_his_victims():
    text = ("Police say a man shot and killed his 7-year-old daughter at their home in Avoyelles Parish on Tuesday. "
            "Deputies found the girl dead in the living room.")
    assert _tolls(text, title="Avoyelles Parish man kills 7-year-old daughter, himself", published="2015-06-24") == [
        (2, 0)]


def test_a_shooting_told_quadruple_counts_four_shot():
    text = ("The sheriff's office has arrested a man in connection with a quadruple shooting that left three people "
            "dead last week.")
    assert [s.shot for s in shot_tolls(text)] == [4]
    # where the sentence counts the people shot itself, its count
    assert [s.shot for s in shot_tolls("Police are investigating a double shooting in which two men were wounded.")] == [2]
    assert _tally("One man dead after triple shooting in Buffalo") == {"killed": 1, "shot": 3}
