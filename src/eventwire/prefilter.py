"""Skip early: a trigger scan that turns away, for the price of one regular expression, articles that cannot report
an act of violence, protest or conflict, before the learned article gate (relevance.py, ~80 ms an article for its
sentence encoder) and spaCy's parse.

An article passes when its title or text holds a word beginning listed in data/prefilter.txt (killed, gunmen,
protest, ...). The list is wide on purpose: eventwire's detector codes only acts told with a trigger word
(data/triggers.tsv), so an article with none of these words has nothing to lose. What it loses on the shared
evaluation sets, and what it saves on a mixed stream, is measured by bench/bench_prefilter.py (docs/scale.md).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .options import Options
    from .records import Article

WORDS_FILE = "data/prefilter.txt"

_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None


def words() -> list[str]:
    """The word beginnings of data/prefilter.txt, in file order, without comments or blank lines."""
    raw = resources.files("eventwire").joinpath(WORDS_FILE).read_text(encoding="utf-8")
    out: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line and line not in out:
            out.append(line)
    return out


def trigger_words() -> list[str]:
    """Every detector trigger in every form lexicon.py indexes (data/triggers.tsv: "rally", "rallied", "car bomb",
    "opened fire"...), phrases whole: an article holding none of them gives detect no sentence to start an incident
    from, so the scan, which holds them all, loses nothing the detector would find, and a phrase's first word alone
    ("on", "car", "open") lets no general story through."""
    from .lexicon import lexicon

    return sorted({" ".join(phrase) for phrase, _ in lexicon().triggers.items() if all(w.isascii() for w in phrase)})


def pattern() -> re.Pattern[str]:
    """One compiled pattern of every listed word beginning and every trigger word, each anchored at a word start
    (loaded once). The words are written as a tree of their shared beginnings (_tree_pattern): as a flat
    alternation of its ~6,000 words and phrases, Python's regular expressions tried each one at every letter of the
    text, 25-50 ms for an article of a few thousand characters that holds none; the tree matches the same words."""
    global _pattern
    with _lock:
        if _pattern is None:
            listed = set(words()) | set(trigger_words())
            _pattern = re.compile(r"(?<![a-z0-9])" + _tree_pattern(listed), re.IGNORECASE)
        return _pattern


def _tree_pattern(listed: set[str]) -> str:
    """A pattern that matches each of `listed` (a space matching any run of blanks), written as a tree: the words
    that begin alike share the pattern of their beginning, so a position of the text is tried once per letter of a
    beginning some word has, not once per word. A longer word is tried before a word that ends where it goes on."""
    tree: dict = {}
    for word in listed:
        node = tree
        for char in word:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str:
        ends = "" in node
        branches = [unit + written(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        if ends:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree)


def passes(title: str | None, text: str, chars: int = 0) -> bool:
    """Whether the article may report an incident: a listed word in its title or in its text (the first `chars`
    characters of it when chars > 0, all of it when 0)."""
    found = pattern().search
    if title and found(title):
        return True
    return found(text[:chars] if chars > 0 else text) is not None


def scan(items: Sequence[tuple[str | None, str]], chars: int = 0) -> list[bool]:
    """passes() for each (title, text)."""
    return [passes(title, text, chars) for title, text in items]


def gate(articles: Sequence[Article], options: Options) -> list[bool]:
    """The scan over articles as the pipeline's gate() asks it: every article passes when [prefilter] is off."""
    if not options.prefilter.enabled:
        return [True] * len(articles)
    return scan([(a.title, a.text) for a in articles], options.prefilter.chars)
