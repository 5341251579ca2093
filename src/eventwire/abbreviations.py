"""Sentences that go on after a title written short: a component run before spaCy's parser that keeps the parser
from beginning a sentence after "Sgt.", "Lt.", "Det." and the like (data/title_abbreviations.txt). The small
English model's parser read the full stop of "Police Sgt. William Wentz said" as a sentence's end, and the speaker's
sentence lost its subject to a fragment ("York City Police Sgt.") that every stage then read alone."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

TITLES = "title_abbreviations.txt"
#: marks that go on a sentence after a title ("Sgt., who")
CONTINUING_MARKS = frozenset({",", ";", ":"})


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """The titles of data/title_abbreviations.txt, as written ("Sgt.")."""
    text = resources.files("eventwire").joinpath(f"data/{TITLES}").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def keep_after_titles(doc: Any) -> Any:
    """Mark the word after a title (one token, "Sgt.", or the word and the full stop the tokenizer split from it,
    "Sgt" ".") as no sentence start where it is a word or a comma; a line break between them (a space token) or a
    quote or bracket leaves the parser free."""
    known = titles()
    for token in doc[:-1]:
        if token.text == ".":
            if token.i == 0 or doc[token.i - 1].whitespace_:
                continue
            written = doc[token.i - 1].text + "."
        else:
            written = token.text
        after = doc[token.i + 1].text
        if written in known and (after[0].isalpha() or after in CONTINUING_MARKS):
            doc[token.i + 1].is_sent_start = False
    return doc
