"""Incidents invented on general news (issue 20 item 1, session 20), measured on the web pages the relevance models
never saw (bench/web_out_of_fold.py): deaths in an accident or a disaster, a legal step on a crime, a rescue. Each
is a frame of wordlists.toml relevance.mention_patterns (relevance.mention_reason), which the act filter drops in
every article; the acts of shooting stories told near the same words stay (real sentences, real models and spaCy)."""
from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.relevance import mention_reason


@pytest.mark.parametrize("sentence", [
    # deaths in road accidents when a storm iced the roads: no act of violence (the storm is weather, not a raid)
    "Over the weekend, seven motorists died, most of them in car crashes, after a winter storm coated highways in ice.",
    "Classmates on Monday honored three teens killed in a traffic accident on the county road.",
    "Three workers were killed in a mining accident in West Virginia.",
    "Four people died in the flooding that followed the hurricane.",
    # a legal step on a crime, not the crime: the headline of a dropped inquiry
    "Prosecutors drop rape investigation into former minister.",
    "Police close murder inquiry after eight years.",
    # a victim named by the act in a rescue: the rescue is the news
    "Video shows dramatic rescue of 10-year-old kidnapping victim.",
])
def test_accidents_legal_steps_and_rescues_are_mentions(sentence):
    assert mention_reason(sentence, violent=True) == "frame"


@pytest.mark.parametrize("sentence", [
    "A man was shot and later died in a car crash while fleeing police.",
    "Relatives remember a jogger killed after a gunman opened fire in a city park as a kind neighbor.",
    "A 4-year-old girl died after bullets struck the van she rode in on the east side.",
    "A 19-year-old woman died of accidental gun fire late Monday.",
    "Protesters stormed the parliament building and set it on fire.",
    "Two people were killed in a house fire that police say was set by a man who shot them.",
    "Police drop charges against the man accused of the shooting.",
])
def test_acts_told_near_those_words_stay(sentence):
    assert mention_reason(sentence, violent=True) is None


def test_a_storm_story_codes_no_incident():
    text = ("DALLAS (AP) - Travelers faced icy roads on Wednesday as the holiday rush began.\n\n"
            "Over the weekend, seven motorists died, most of them in car crashes, after a winter storm coated "
            "highways in ice.\n\nForecasters expect more snow in the north on Thursday.")
    assert code_text(text, published="2013-11-27").incidents == ()
