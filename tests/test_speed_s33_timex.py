"""Session 33 (issue 18): timex.find reads a text once for each article date and remembers it (detection reads each
sentence, extraction reads the sentences outside each incident's own again); a text read at another offset gets the
same expressions shifted, as reading it there gave."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex

REFERENCE = date(2021, 8, 11)
# sentences written for these tests
TEXTS = [
    "The robbery happened on Saturday night, two days after a similar one on Aug. 5.",
    "Police said the man was found dead the day before, on July 30, 2021, near the river.",
    "A hearing is set for next Tuesday; the shooting took place last week.",
    "Nothing in this sentence tells a time.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("offset", [0, 9, 1200])
def test_find_as_read_at_its_offset(text, offset):
    assert timex.find(text, REFERENCE, offset) == timex._find(text, REFERENCE, offset)
    assert timex.find(text, None, offset) == timex._find(text, None, offset)


def test_a_text_read_once(monkeypatch):
    text = "The two men were shot on Sunday afternoon, March 3, outside a bar."
    first = timex.find(text, REFERENCE, 40)

    def unread(*args, **kwargs):
        raise AssertionError("a text read again")

    monkeypatch.setattr(timex, "_find", unread)
    assert timex.find(text, REFERENCE, 40) == first
    assert [(t.start - 40, t.end - 40) for t in first] == [(t.start, t.end) for t in timex.find(text, REFERENCE)]
    first.clear()
    assert timex.find(text, REFERENCE, 40)
