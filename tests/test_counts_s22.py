"""Tolls, session 22 (issue 15 item 1).

- The wounded are read again in the article's other sentences where the incident's own count some: the lead told
  one of them, another paragraph all of them.
- An age is no count: a figure above one told with a singular verb ("Tara jenkins, 27 was shot"), a figure right
  after the people it is of ("Two women, 33 and 19, who were both shot"), a year after a month and a day ("March 4,
  2018 Woman dead").
- One person told shot who survived is one hurt and alive.
- Headlines: a charge or ruling of manslaughter tells a death; "double homicide", "triple murder" tell that many
  dead (a murder-suicide one more); the shooter told dead ("Armed suspect dies"); the shooter who killed himself after
  those he killed ("kills infant, self") is one of the attackers killed; people listed before those counted hurt
  ("Man, 3 young sons shot": 4); a shooting told "quadruple" is four shot.

Titles and texts written anew after the shapes of GVA lines 1725, 522, 842, 4933, 546, 112, 3533, 933, 805, 4447, 519, 2177, 2626, 891,
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
    for text in ("Marcus Hill, 31 was shot in the hip and Tara jenkins, 27 was shot in both arms.",
                 "Two women, 33 and 19, who were both shot in the foot, drove themselves to the hospital, police said."):
        assert all(s.shot < 20 for s in shot_tolls(text)), text
    # a count told with a plural verb is still read
    assert [(s.shot, s.killed) for s in shot_tolls("Police said 3 people were shot and 2 were killed.")] == [(3, 2)]
    assert [s.shot for s in shot_tolls("Police said 12 people were shot.")] == [12]


def test_a_year_after_a_date_is_no_count():
    text = "More Stories March 4, 2018 Woman dead after gunfight with bouncers at Lake County nightclub."
    at = text.index("2018")
    assert no_people(text, at, at + 4)
    other = "Police said 2017 people were evacuated."
    assert not no_people(other, other.index("2017"), other.index("2017") + 4)


def test_one_person_shot_who_survived_is_one_hurt_alive():
    assert [(s.shot, s.killed) for s in shot_tolls("Shriver's wife was shot but survived.")] == [(1, 0)]


@pytest.mark.parametrize("title, tally", [
    ("Prosecutor charges man with manslaughter in Houma shooting", {"deadly": 1}),
    ("Gun going off inside apartment ruled manslaughter", {"deadly": 1}),
    ("Father and daughter named as victims of double murder", {"killed": 2}),
    ("Names released in Dalton triple homicide", {"killed": 3}),
    ("Deputies look into apparent double murder-suicide near Salem", {"killed": 3}),
    ("Armed suspect dies in officer-involved shooting at Fresno gas station", {"killed": 1}),
    ("Young father kills infant, self in Glendale", {"killed": 1, "self": 1}),
    ("Shooter Fatally Shoots 3 Co-Workers, Self in Queens: Police", {"killed": 3, "self": 1}),
    ("Deputies say father fatally shot his 2 sons, then himself", {"killed": 2, "self": 1}),
    ("Casper man allegedly kills 6-month-old before shooting himself", {"killed": 1, "self": 1}),
    ("Man, 3 young sons shot in Memphis", {"shot": 4}),
    ("5-year-old and three adults shot in Gary", {"shot": 4}),
])
def test_headline_tallies(title, tally):
    assert _tally(title) == tally


def test_headline_deaths_read_and_not():
    assert _tally("Suspect held in double homicide in West Akron") == {"killed": 2}
    for title in ("Police investigate double shooting",  # two shot, not two dead
                  "Man charged with attempted murder in double shooting",
                  "Suspect shot by police in Oakland",  # hurt, not dead
                  "Teen sought in Saturday cookout shooting turns himself in"):  # surrendered, not dead
        tally = _tally(title)
        assert "killed" not in tally and "deadly" not in tally and "self" not in tally, title


def test_the_shooter_a_headline_tells_killed_himself_is_one_dead_besides_his_victims():
    text = ("Deputies say a man shot and killed his 9-year-old son at their house in Rapides Parish on Friday. "
            "The boy was found dead in a bedroom.")
    assert _tolls(text, title="Rapides Parish man kills 9-year-old son, himself", published="2015-06-24") == [
        (2, 0)]


def test_a_shooting_told_quadruple_counts_four_shot():
    text = "Deputies have charged a woman over a quadruple shooting on Friday in which three men died."
    assert [s.shot for s in shot_tolls(text)] == [4]
    # where the sentence counts the people shot itself, its count
    assert [s.shot for s in shot_tolls("Detectives are looking into a double shooting in which two teens were wounded.")] == [2]
    assert _tally("One woman dead after triple shooting in Toledo") == {"killed": 1, "shot": 3}
