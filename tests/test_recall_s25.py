"""Recall and extra incidents (issue 20 item 1, session 25), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- "another" or "a second" counting a person or a thing that is the subject of a trigger verb in a past form ("then
  another person shot and injured in the same general area", "Someone in another vehicle opened fire on the family",
  "A second person died at the hospital") counts one more person, not one more act: the verb ends the noun phrase as
  "was" does (consolidate._counts_an_act). Before, the verb was read as the counted act's noun, and the piece stayed
  an incident of its own: an extra incident beside the one shooting.
"""
from __future__ import annotations

from seedutil import gva_article

from eventwire import consolidate
from eventwire.pipeline import code_article
from eventwire.records import Article


def _page(line: int) -> Article:
    """GVA line `line` as the evaluation codes it (title, text, address, publication date)."""
    row = gva_article(line)
    return Article(id=f"gva-{line}", title=row["title"], text=row["text"], url=row["url"], published=row["date"])


def test_a_verb_after_the_counted_noun_ends_its_phrase():
    for after in (" person shot and injured in the same general area.", " vehicle opened fire on the family,",
                  " person died at the hospital.", " teen accidentally shot Turner inside a Northland home",
                  " man gunned down on the same spot"):
        assert not consolidate._counts_an_act(after), after
    # an act counted stays one more act, an adjective in -ed before it included
    for after in (" shooting occurred about 1 a.m.", " drive by shooting", " fatal shooting followed about 8:30",
                  " targeted killing", " car bomb exploded", " double homicide"):
        assert consolidate._counts_an_act(after), after


def test_another_person_shot_at_the_same_scene_is_a_victim_of_the_act():
    # GVA line 1820 (2013-03-13): four teens shot in one Oceanside park, told victim by victim
    incidents = code_article(_page(1820)).incidents
    assert len(incidents) == 1
    shooting = incidents[0]
    assert (shooting.admin1, shooting.location, shooting.date) == ("California", "Oceanside", "2013-03-13")
