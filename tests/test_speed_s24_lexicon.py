"""Session 24, speed (issue 18; /work/s24/speed_lexicon.patch): PhraseIndex.match_at looks each length up once instead
of comparing every phrase that starts with the word. Its answers must be those of the one-by-one scan."""
from __future__ import annotations

from eventwire.lexicon import PhraseIndex, lexicon


def _scan(index: PhraseIndex, words: list[str], i: int):
    """The longest indexed phrase at words[i], phrase by phrase (match_at before session 24)."""
    best = None
    for phrase, value in index.items():
        if tuple(words[i:i + len(phrase)]) == phrase and (best is None or len(phrase) > best[0]):
            best = (len(phrase), value)
    return best


def test_match_at_gives_the_longest_phrase_as_a_scan_does():
    index = PhraseIndex()
    for phrase, value in [(("set",), 1), (("set", "fire"), 2), (("set", "fire", "to"), 3), (("set", "off"), 4),
                          (("sit-in",), 5), (("none",), None)]:
        index.add(phrase, value)
    words = "they set fire to it , set off a bomb , set a sit - in , set fire none".split()
    for i in range(len(words)):
        assert index.match_at(words, i) == _scan(index, words, i), words[i:]
    assert index.match_at(["none"], 0) == (1, None)  # a phrase whose value is None is found


def test_every_trigger_phrase_is_found_by_length():
    triggers = lexicon().triggers
    # each first word's phrases sit under their lengths, longest first (the lookup match_at makes)
    assert all([n for n, _ in lengths] == sorted({n for n, _ in lengths}, reverse=True)
               for lengths in triggers._by_length.values())
    for phrase, value in triggers.items():
        words = list(phrase) + ["."]
        assert triggers.match_at(words, 0) == _scan(triggers, words, 0)
