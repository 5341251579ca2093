"""One act coded as two (issue 20 item 1, session 22), on real local news (GVA lines outside the held-out 301-450;
real models and spaCy, no mocks): words that read as one more act where they tell one more victim or one more shot
of the same act (consolidate._also_acted, _counts_an_act, _apart).

- "also" before a wound ("A woman, who also had gunshot wounds, was flown out") or a passive act word ("a sixth
  man who had also been shot") counts a victim, not one who acted.
- "another shot in the leg" counts a person hit (data/consolidate_not_acts.txt), not one more shooting.
- "In a separate call, he told dispatchers he had shot his wife" is a call, not a separate act.
"""
from __future__ import annotations

from seedutil import gva_text

from eventwire import consolidate
from eventwire.pipeline import code_article
from eventwire.records import Article


def test_also_before_a_wound_or_a_passive_act_word_counts_a_victim():
    # GVA line 1188 (2015-08-30)
    bristol = code_article(Article(id="gva-1188", title="Three dead and a child hurt in Bristol gunfire",
                                   text=gva_text(1188), published="2015-08-30")).incidents
    assert len(bristol) == 1
    assert (bristol[0].admin1, bristol[0].location, bristol[0].date) == ("Tennessee", "Bristol", "2015-08-29")
    # GVA line 5982 (2014-01-12)
    elgin = code_article(Article(id="gva-5982", title="Elgin shooting leaves 5 injured", text=gva_text(5982, until='expected to survive.'),
                                 published="2014-01-12")).incidents
    assert len(elgin) == 1
    assert (elgin[0].admin1, elgin[0].location, elgin[0].date) == ("Illinois", "Elgin", "2014-01-12")


def test_another_shot_counts_a_person_hit_and_a_separate_call_no_act():
    assert not consolidate._counts_an_act(" shot in the leg.")
    assert not consolidate._counts_an_act(" shot ring out in the distance")
    assert consolidate._counts_an_act(" shooting happened around 4 a.m.")
    assert consolidate._counts_an_act(" drive by shooting")
    assert not consolidate._apart("In a separate call, the father told dispatchers he had shot his wife and two sons.")
    assert consolidate._apart("In a separate shooting in Logan Square, a woman was hit in the shoulder.")
    assert consolidate._apart("In a separate incident, a cab driver was robbed at gunpoint.")
    assert consolidate._apart("Separately, a man was shot in Durham.")
