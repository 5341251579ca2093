"""Joining the pieces of one act within an article (consolidate.py), on hand-made incidents and on real text."""
from __future__ import annotations

from dataclasses import replace

from eventwire import consolidate
from eventwire.detect import Draft, Sentence
from eventwire.options import Options
from eventwire.pipeline import code_text
from eventwire.records import Incident, Span


def _incident(n: int, *, day: str | None = "2014-01-27", admin1: str | None = "North Carolina",
              event_type: str = "Violence against civilians", summary: str = "Four teens were shot.",
              own_date: bool = True, own_place: bool = True, killed: int | None = None) -> Incident:
    evidence = {}
    if own_date:
        evidence["date"] = (Span(0, 3, "Mon"),)
    if own_place:
        evidence["location"] = (Span(4, 8, "Town"),)
    return Incident(id=f"a#{n}", article_id="a", date=day, date_earliest=day, date_latest=day, country="US",
                    admin1=admin1, event_type=event_type, summary=summary, evidence=evidence, killed=killed)


def _drafts(n: int, *pieces: Incident) -> list[Draft]:
    """One draft per piece, its main sentence the piece's summary (what tells another act is read there)."""
    texts = [p.summary or "Shot." for p in pieces] + ["Shot."] * (n - len(pieces))
    return [Draft(sentences=(Sentence(index=i, start=0, end=len(t), text=t, triggers=(), casualties=(), none_hurt=(),
                                      times=(), background=None, claim=None, no_claim=None, suspected=False),))
            for i, t in enumerate(texts)]


def test_pieces_that_agree_are_joined():
    pieces = [_incident(1), _incident(2, admin1=None), _incident(3, day="2014-01-28", own_date=False)]
    assert consolidate.groups(pieces, _drafts(len(pieces))) == [[0, 1, 2]]


def test_what_tells_acts_apart_keeps_them_apart():
    base = _incident(1)
    assert consolidate.groups([base, _incident(2, day="2014-01-20")], _drafts(2)) == [[0], [1]]  # own dates a week apart
    assert consolidate.groups([base, _incident(2, admin1="Virginia")], _drafts(2)) == [[0], [1]]  # own places in two states
    durham = _incident(2, summary="Another man was shot in Durham.")
    assert consolidate.groups([base, durham], _drafts(2, base, durham)) == [[0], [1]]
    assert consolidate.groups([base, _incident(2, event_type="Protests")], _drafts(2)) == [[0], [1]]
    # the same two pieces join once the second has no date of its own
    assert consolidate.groups([base, _incident(2, day="2014-01-20", own_date=False)], _drafts(2)) == [[0, 1]]


def test_the_piece_with_the_toll_leads_the_joined_incident():
    pieces = [_incident(1, summary="Teen charged Posted: Tuesday"), _incident(2, killed=1)]
    assert consolidate._telling(pieces[1]) > consolidate._telling(pieces[0])


def test_a_page_time_stamp_does_not_date_the_act():
    text = ("Boy, 16, charged in deadly shooting of a schoolmate Posted: Tuesday, January 28, 2014 7:42 PM "
            "EST\n\nA 16-year-old shot dead another pupil in Hermitage, Tennessee, late on Monday, police said.")
    coded = code_text(text, "2014-01-28", Options.load(use_env=False))
    assert [i.date for i in coded.incidents] == ["2014-01-27"]


def test_the_seed_keeps_its_three_incidents():
    from pathlib import Path

    from eventwire.read import read_path

    seed = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_4c74c92a67e39f7d.txt"
    article = next(a for a in read_path(seed, Options.load(use_env=False)))
    coded = code_text(article.text, article.published, Options.load(use_env=False))
    assert [i.location for i in coded.incidents] == ["Kirkuk", "Tarmiya", "Kirkuk"]


def test_another_victim_and_a_second_arrest_tell_the_same_act():
    """'and another injured' is one more victim and 'a second teen was arrested' one more follow-up; 'a second
    shooting' is one more act."""
    base = _incident(1)
    for summary, joined in (("Two were killed and another injured during the gunfire.", True),
                            ("A second teen was arrested Friday over the shooting.", True),
                            ("A second shooting happened nearby.", False)):
        expected = [[0, 1]] if joined else [[0], [1]]
        piece = _incident(2, summary=summary)
        assert consolidate.groups([base, piece], _drafts(2, base, piece)) == expected, summary


def test_another_person_is_one_more_victim_unless_told_elsewhere():
    """'Another person was hit while fleeing the building' (GVA, Alturas) and 'the shooter left after an argument
    with another person' tell more of the one shooting; 'another man was shot in Durham' places
    that man's shooting on its own, and 'another drive by shooting' counts an act."""
    base = _incident(1)
    for summary, own_place, joined in (
            ("Another person was wounded while fleeing the store.", False, True),
            ("The gunman walked out after an argument with another person, came back with a rifle and fired.", False, True),
            ("Another boy, 15, was also shot in the thigh and taken to Grady.", False, True),
            ("Another man, Tyrell Banks, 22, is also charged with murdering Hollis.", True, True),
            ("Another man was shot in Durham.", True, False),
            ("Four people were hit in another drive by shooting near 1:15am.", False, False),
            ("Jackson police are hunting the man behind another double shooting.", False, False),
            ("Separately, a man was shot.", False, False)):
        piece = _incident(2, summary=summary, own_date=False, own_place=own_place)
        if own_place:
            piece = replace(piece, evidence={"location": (Span(summary.index(" ", 20) + 1, len(summary) - 1, "x"),)})
        expected = [[0, 1]] if joined else [[0], [1]]
        assert consolidate.groups([base, piece], _drafts(2, base, piece)) == expected, summary


def test_pieces_a_day_apart_are_one_act_led_by_the_earlier_day():
    """'late Sunday night' and 'early Monday morning' are one shooting; of pieces that tell it equally well, the
    earlier dated leads (a follow-up comes after the act)."""
    pieces = [_incident(1, day="2014-01-28"), _incident(2, day="2014-01-27")]
    assert consolidate.groups(pieces, _drafts(2)) == [[0, 1]]
    assert consolidate._day(pieces[1]) < consolidate._day(pieces[0])
    assert consolidate.groups([pieces[0], _incident(2, day="2014-01-25")], _drafts(2)) == [[0], [1]]
    # a day apart, a piece placed only at the country (a wire report of the day's attacks) is another incident
    assert consolidate.groups([pieces[0], _incident(2, day="2014-01-27", admin1=None)], _drafts(2)) == [[0], [1]]
