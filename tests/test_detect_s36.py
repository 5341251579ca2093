"""Detection, session 36: two pieces of one scene (one day, one named place) whose learned MUC-4 types differ are one
act when the kind that sets them apart (an arson, a kidnapping, a robbery) is not told by its piece's own main
sentence (consolidate.KIND_BY_MAIN). The sentences are written for these tests."""
from __future__ import annotations

from dataclasses import replace

from eventwire import consolidate
from eventwire.detect import Draft, Sentence, TriggerHit
from eventwire.lexicon import Trigger
from eventwire.records import Incident, Span

_ARSON = Trigger(phrase=("set", "fire"), muc_type="arson", acled_event_type=None, acled_sub_event_type=None,
                 gtd_attack_type=None, strong=True)


def _piece(n: int, muc: str, summary: str, location: str = "Millbrook") -> Incident:
    return Incident(id=f"s36#{n}", article_id="s36", date="2016-05-10", date_earliest="2016-05-10",
                    date_latest="2016-05-10", country="US", admin1="Alabama", location=location,
                    event_type="Violence against civilians", muc_incident_type=muc, summary=summary,
                    evidence={"date": (Span(0, 7, "Tuesday"),), "location": (Span(8, 17, "Millbrook"),)})


def _draft(i: int, text: str, arson_word: str | None = None) -> Draft:
    hits: tuple[TriggerHit, ...] = ()
    if arson_word is not None:
        at = text.index(arson_word)
        hits = (TriggerHit(start=at, end=at + len(arson_word), text=arson_word, trigger=_ARSON, definite=False,
                           indefinite=True, generic=False),)
    return Draft(sentences=(Sentence(index=i, start=0, end=len(text), text=text, triggers=hits, casualties=(),
                                     none_hurt=(), times=(), background=None, claim=None, no_claim=None,
                                     suspected=False),))


_SHOT = "A gunman shot two cousins dead at a mobile home in Millbrook on Tuesday night."
_FOUND = "The county coroner said an uncle was found dead beside the shed."
_FIRE = "The gunman set fire to a barn across the road before dawn."


def test_a_piece_typed_arson_whose_sentence_tells_no_fire_joins_the_shooting():
    pieces = [_piece(1, "attack", _SHOT), _piece(2, "arson", _FOUND)]
    assert consolidate.groups(pieces, [_draft(0, _SHOT), _draft(1, _FOUND)]) == [[0, 1]]


def test_a_piece_whose_own_sentence_tells_the_fire_stays_apart():
    pieces = [_piece(1, "attack", _SHOT), _piece(2, "arson", _FIRE)]
    assert consolidate.groups(pieces, [_draft(0, _SHOT), _draft(1, _FIRE, "set fire")]) == [[0], [1]]


def test_only_one_scene_joins_across_kinds():
    # another named place (or the setting off) keeps the kinds apart, as before
    other = [_piece(1, "attack", _SHOT), _piece(2, "arson", _FOUND, location="Wetumpka")]
    assert consolidate.groups(other, [_draft(0, _SHOT), _draft(1, _FOUND)]) == [[0], [1]]
    same = [_piece(1, "attack", _SHOT), _piece(2, "arson", _FOUND)]
    try:
        consolidate.KIND_BY_MAIN = False
        assert consolidate.groups(same, [_draft(0, _SHOT), _draft(1, _FOUND)]) == [[0], [1]]
    finally:
        consolidate.KIND_BY_MAIN = True
    # a piece with no day or place of its own tells no scene
    unplaced = [_piece(1, "attack", _SHOT), replace(_piece(2, "arson", _FOUND), evidence={})]
    assert consolidate.groups(unplaced, [_draft(0, _SHOT), _draft(1, _FOUND)]) == [[0], [1]]


def _typed(n: int, summary: str, event_type: str | None, sub: str | None = None, day: str = "2016-05-10",
           location: str = "Millbrook") -> Incident:
    return replace(_piece(n, "attack", summary, location=location), event_type=event_type, sub_event_type=sub,
                   date=day, date_earliest=day, date_latest=day)


_STOLEN = "Officers learned that a pickup had been taken from the man in a robbery minutes earlier."
_DIED = "He died of several gunshot wounds at the hospital."


def test_a_second_step_of_the_scene_joins_the_act_and_its_first_step():
    steps = [_typed(1, _SHOT, "Violence against civilians", "Attack"),
             _typed(2, _STOLEN, "Strategic developments", "Looting/property destruction"),
             _typed(3, _DIED, "Strategic developments", "Looting/property destruction")]
    drafts = [_draft(0, _SHOT), _draft(1, _STOLEN), _draft(2, _DIED)]
    assert consolidate.groups(steps, drafts) == [[0, 1, 2]]
    try:
        consolidate.STEP_JUDGED_BY_ACT = False
        assert consolidate.groups(steps, drafts) == [[0, 1], [2]]
    finally:
        consolidate.STEP_JUDGED_BY_ACT = True


def test_a_step_of_another_day_is_still_judged_against_every_piece():
    # a log's next day's report is not of the act's scene: the earlier step still keeps it apart
    steps = [_typed(1, _SHOT, "Violence against civilians", "Attack"),
             _typed(2, _STOLEN, "Strategic developments", "Looting/property destruction"),
             _typed(3, _DIED, "Strategic developments", "Looting/property destruction", day="2016-05-11")]
    drafts = [_draft(0, _SHOT), _draft(1, _STOLEN), _draft(2, _DIED)]
    assert consolidate.groups(steps, drafts) == [[0, 1], [2]]
