"""Session 25, speed (issue 18; /work/s25/speed_geo.patch): find_mentions reads the place names of a stretch once
(an article's incidents are placed from the sentences they share) and gives each caller copies of its own, which
the people's names then thin; _story_state is asked once per story. Real gazetteer, real spaCy NER; a text written
for these tests in the shape of US local news."""
from __future__ import annotations

import pytest

from eventwire import parse
from eventwire.geo import locate, mentions
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.mentions import _Context, find_mentions
from eventwire.options import Options

# written for these tests: a person named after a town (Tyler) beside towns named as towns
STORY = ("Jordan Tyler was shot Friday night outside a store in Round Rock, police said. Officers in Pflugerville "
         "and Tyler, Texas, helped.")


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _names(found):
    return [(m.start, m.end, m.key, m.weak, m.partial, m.hint, m.cue) for m in found]


def test_a_stretch_asked_again_is_read_once_and_each_caller_gets_its_own_mentions(options):
    gz = get_gazetteer(options)
    mentions._MENTIONS_MEMO.clear()
    calls = []
    read = mentions._names_in

    def counted(*args):
        calls.append(args[1:3])
        return read(*args)

    mentions._names_in = counted
    try:
        first = find_mentions(STORY, 0, len(STORY), _Context(gz, STORY, "mixed", "US"))
        for m in first:  # what _resolve_all and the place picking do to a caller's mentions
            m.best, m.weak, m.score = None, True, 9.0
        again = find_mentions(STORY, 0, len(STORY), _Context(gz, STORY, "mixed", "US"))
    finally:
        mentions._names_in = read
    assert calls == [(0, len(STORY))]
    mentions._MENTIONS_MEMO.clear()
    fresh = find_mentions(STORY, 0, len(STORY), _Context(gz, STORY, "mixed", "US"))
    assert _names(again) == _names(fresh) and [m.score for m in again] == [m.score for m in fresh]
    assert {"round rock", "texas"} <= {m.key for m in again}
    assert not any(a is b for a, b in zip(first, again))


def test_the_people_of_each_call_thin_the_remembered_names(options):
    gz = get_gazetteer(options)
    mentions._MENTIONS_MEMO.clear()
    ctx = _Context(gz, STORY, "mixed", "US")
    everywhere = find_mentions(STORY, 0, len(STORY), ctx)
    people = parse.people(STORY, [(0, len(STORY))], options)
    thinned = find_mentions(STORY, 0, len(STORY), ctx, people)
    mentions._MENTIONS_MEMO.clear()
    assert _names(thinned) == _names(find_mentions(STORY, 0, len(STORY), ctx, people))
    # "Tyler" inside "Jordan Tyler" is a person's; the town of "Tyler, Texas" stays
    assert len(thinned) < len(everywhere)
    assert STORY.index("Tyler,") in {m.start for m in thinned}
    assert STORY.index("Tyler was") not in {m.start for m in thinned}
    assert _names(find_mentions(STORY, 0, len(STORY), ctx)) == _names(everywhere)


def test_a_story_s_state_is_worked_out_once(options):
    gz = get_gazetteer(options)
    locate._story_state.cache_clear()
    first = locate._story_state("US", STORY, STORY, gz, "mixed")
    assert locate._story_state("US", STORY, STORY, gz, "mixed") == first
    assert locate._story_state.cache_info().hits == 1
    assert first[0] is not None and first[0].admin1 == locate._story_state.__wrapped__("US", STORY, STORY, gz,
                                                                                       "mixed")[0].admin1
