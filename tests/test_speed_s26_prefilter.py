"""The trigger scan's pattern as a tree of the words' shared beginnings (issue 18, session 26): the same yes or no as
the flat alternation of every word, for the price of a few tries a letter instead of one try a word."""
from __future__ import annotations

import re
import time

from eventwire import prefilter

SPORT = ("Shares rose three percent after the firm reported higher profits. Analysts expect the next quarter to be "
         "as strong, the company told shareholders. ")


def _listed() -> list[str]:
    return sorted(set(prefilter.words()) | set(prefilter.trigger_words()))


def _flat() -> re.Pattern[str]:
    """The pattern as it was: one alternative a word, longest first."""
    alternatives = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _listed()), key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def test_tree_pattern_answers_as_the_flat_alternation():
    flat, tree = _flat(), prefilter.pattern()
    assert tree.pattern != flat.pattern  # the tree, not the flat alternation
    words = _listed()
    # each word, in capitals, inside another word, one letter short, with its blanks a line break, and in a sentence
    cases = (words + [w.upper() for w in words] + ["x" + w for w in words] + [w[:-1] for w in words]
             + [w.replace(" ", "\n  ") for w in words if " " in w] + [f"Police said {w}." for w in words[::7]])
    differ = [c for c in cases if (flat.search(c) is None) != (tree.search(c) is None)]
    assert not differ, differ[:5]
    assert all(tree.search(w) for w in words)  # every word is matched
    assert not tree.search("A skilled engineer was hired by the firm.")


def test_tree_pattern_shares_beginnings():
    # the words as a tree: the pattern is a fraction of the flat alternation's, and a long text that holds none of
    # them is scanned in a few milliseconds (the flat alternation took ~10 ms for each thousand characters)
    assert len(prefilter.pattern().pattern) < len(_flat().pattern) / 2
    text = SPORT * 200  # 30,000 characters without a listed word
    prefilter.passes(None, "warm up")
    started = time.process_time()
    assert not prefilter.passes(None, text)
    assert time.process_time() - started < 0.1
