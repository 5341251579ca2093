"""Detection, session 32: a gathering told as mourning after a killing is no protest (detect._mourning_gathering,
wordlists [detect] mourning_gathering_patterns): people gathered for a vigil or a balloon release, to grieve or to
remember someone, or a town rallying around a family. A vigil held for a cause (mourning_cause_patterns: a demand,
"in support of", "against") stays a protest, as ACLED codes it. The sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import code_text, detected
from eventwire.records import Article


def _drafts(text: str, published: str = "2019-05-13") -> list[str]:
    article = Article(id="m", text=text, published=published, url="https://news.example.org/m")
    (work,) = list(detected([article], default_options()))
    return [d.main.text.strip() for d in work.drafts]


def _events(text: str, published: str = "2019-05-13") -> list[str | None]:
    return [i.event_type for i in code_text(text, published).incidents]


def test_a_balloon_release_after_a_killing_is_no_protest():
    text = ("A 17-year-old was shot and killed on Ferris Road in Maplewood on Wednesday night, police said. "
            "Dozens of his schoolmates gathered at Orchard Park on Saturday afternoon for a balloon release.")
    drafts = _drafts(text)
    assert not any("balloon" in d for d in drafts)
    assert "Protests" not in _events(text)


def test_students_gathered_to_hold_a_vigil_for_an_officer_is_no_protest():
    text = ("A deputy was killed on Monday when a man opened fire at a gas station in Brookfield. Students, teachers "
            "and neighbours from across town gathered on the college lawn Tuesday night to hold a vigil for "
            "Deputy Aaron Welles.")
    drafts = _drafts(text)
    assert not any("vigil" in d for d in drafts)
    assert "Protests" not in _events(text)


def test_a_town_rallying_around_a_family_is_no_protest():
    text = ("Residents across Harlan County are rallying around the family of a 15-year-old girl who died after "
            "a shooting last week.")
    assert "Protests" not in _events(text)


def test_neighbours_gathered_to_grieve_is_no_protest():
    text = ("Three people were shot dead at a bowling alley in Lakeport on Friday, police said. Neighbours gathered "
            "at Willow Green on Sunday to grieve and support one another.")
    drafts = _drafts(text)
    assert not any("grieve" in d for d in drafts)


def test_a_vigil_held_for_a_cause_stays_a_protest():
    text = ("On 12 May 2019, about sixty people gathered for a vigil outside the county courthouse in Dunmore to call "
            "for stricter gun laws.")
    assert _events(text) == ["Protests"]


def test_a_shooting_at_a_vigil_stays_an_act():
    text = ("Two men were wounded on Sunday night when a gunman fired into mourners who had gathered for a "
            "vigil on Pike Street in Dunmore, police said.")
    assert "Protests" not in _events(text)
    assert _events(text)


def test_soldiers_detaining_villagers_is_an_event():
    text = ("On 3 May 2022, in Kanbalu village (Sagaing region), army troops detained four farmers at a checkpoint "
            "near the market.")
    assert _events(text, "2022-05-04")


def test_people_detained_by_militants_is_an_event():
    text = "On 9 May 2022, two schoolteachers were detained by militants on the road outside Garbaharey."
    assert _events(text, "2022-05-10")


def test_a_police_arrest_after_a_shooting_is_no_act_of_its_own():
    text = ("A 31-year-old man was shot and wounded on Elm Street in Dunmore on Saturday night, police said. Officers "
            "arrested a 24-year-old suspect on Sunday morning.")
    assert len(_events(text)) == 1


def test_troops_seizing_a_house_is_an_event():
    text = ("On 14 April 2022, in Shwebo town (Sagaing region), military forces seized the house of a local "
            "opposition party official.")
    assert _events(text, "2022-04-15") == ["Strategic developments"]
