"""Detection, session 35: a count whose people are followed by their ages between commas ("Three men, aged 19 to
24, were hurt") is a toll, so a story that tells its act only in such words codes it; so is a person named as
"wounded" in the passive ("Lee Ortiz was wounded"), and a firearm that "fires" in a headline. The sentences are
written for these tests."""
from __future__ import annotations

from eventwire.detect import _casualties
from eventwire.pipeline import code_article, code_text
from eventwire.records import Article


def _tolls(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.low) for c in _casualties(text, 0)]


def test_a_count_with_an_age_range_between_commas_is_a_toll():
    assert _tolls("Three men, aged 19 to 24, were wounded near a gas station.") == [("wounded", 3)]
    assert _tolls("Two girls, 11 and 14, were hurt on the porch.") == [("wounded", 2)]
    assert _tolls("Six people, including a 3-year-old, were killed in the fire-fight.") == [("killed", 6)]
    # a clause or a date between commas is no apposition
    assert _tolls("Two men, officers said, were hurt.") == []
    assert _tolls("On 9 June 2021, a total of 7 rebels were killed, 3 injured.") == [("killed", 7), ("wounded", 3)]


def test_two_people_joined_before_their_ages_are_two():
    assert _tolls("A man and a woman, both 41, were found dead in a parked van.") == [("killed", 2)]


def test_a_story_that_tells_its_act_only_so_codes_it():
    text = ("FLINT, Mich. - Three men, aged 19 to 24, were wounded outside a corner store on Elm Park Road "
            "late Friday, police said. Officers reached the store after a call at 11:50 p.m. None of the "
            "injuries is thought to be life-threatening.")
    (incident,) = code_text(text, "2018-09-16").incidents
    assert incident.wounded == 3
    assert incident.admin1 == "Michigan"


def test_a_person_named_as_wounded_is_an_act():
    text = ("YAKIMA - Yakima resident Teresa Vance was wounded at a packed roller rink in Spokane early "
            "Saturday. Her cousin said she is healing at a hospital.")
    (incident,) = code_text(text, "2017-03-20").incidents
    assert incident.admin1 == "Washington"
    # one hurt in a game is no act: only "wounded" is read so
    assert code_text("Forward Nell Brandt was injured in the third period of Sunday's game in Tulsa.",
                     "2017-03-20").incidents == ()


def test_a_firearm_that_fires_in_a_headline_is_an_act():
    title = "Dealer's pistol fires at a knife fair, hits man in the foot; boy hurt by fragments"
    article = Article(id="s35", text="Sign up for our newsletter to get the day's headlines.", title=title,
                      published="2018-10-07")
    (incident,) = code_article(article).incidents
    assert incident.summary.startswith("Dealer's pistol fires")
    # a fire at a gun shop is no shot
    assert code_text("The fire at the gun shop on Main Street was put out by crews on Tuesday, the fire chief "
                     "said.", "2018-10-07").incidents == ()
