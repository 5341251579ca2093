"""Detection on real local news, session 25: a hunting accident is a shooting told without 'shoot' (data/triggers.tsv),
and a headline's plea for something or with someone is an appeal, not a court's step after the act
(detect.headline_follows_up). Hand-made texts in the shape of GVA articles (a page whose body is a sign-up box, the
headline the report), parsed for real by spaCy."""
from __future__ import annotations

import pytest
from test_detect_s24 import headline_incidents

from eventwire import detect


@pytest.mark.parametrize(
    "title",
    [
        "Deer camp hunting accident kills Ashford man, 58",
        "Teen dies in Polk Township hunting accident",
    ],
)
def test_a_headline_of_a_hunting_accident_tells_a_shooting(title):
    incidents = headline_incidents(title, "2016-11-28")
    # the act is found, and marked an accident with no GTD attack type (types_model.accident_told, session 28)
    assert incidents and incidents[0].accident and incidents[0].attack_types == ()


@pytest.mark.parametrize(
    "title",
    [
        "Family pleads for the gunman to turn himself in after boy, 9, is killed",
        "Mother of teen shot pleads with community to find shooter",
        "Grandmother's plea for witnesses after boy, 6, shot dead",
    ],
)
def test_a_plea_for_help_is_no_step_after_the_act(title):
    assert not detect.headline_follows_up(title)


@pytest.mark.parametrize(
    "title",
    [
        "Oregon father pleads not guilty in accidental shooting of son",
        "Second man pleads in deadly Dayton nightclub shooting",
        "Man pleads guilty in fatal shooting, family pleads for privacy",
    ],
)
def test_a_plea_in_court_is_still_a_step_after_the_act(title):
    assert detect.headline_follows_up(title)
