"""One decision about a text's case, which every stage reads: wire copy in ALL CAPS and lower-cased corpora (MUC-4)
say nothing with their capitals, so parse re-cases them, extraction matches names case-blind and the geo stage
stops trusting capitals as a sign of a name."""
from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Literal

from .options import Options

Case = Literal["mixed", "upper", "lower"]

#: the case of a text is judged on its first characters: wire copy is one case throughout
CASE_SAMPLE_CHARS = 5000
#: texts whose shares are remembered: every stage asks about the article being coded (a few hundred calls for 120
#: articles, ~0.7 ms each), and a batch codes one article at a time per process
CASE_MEMO_TEXTS = 16
_ASCII_LOWER = string.ascii_lowercase.encode("ascii")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=CASE_MEMO_TEXTS)
def letter_shares(text: str) -> tuple[float, float] | None:
    """(share of lower-case, share of capital letters) among the letters of the text's first characters; None
    when it has none."""
    sample = text[:CASE_SAMPLE_CHARS]
    # the ASCII letters counted by bytes.translate (an ASCII character is a letter, lower or capital exactly when it
    # is one of a-z or A-Z), the few others one by one: the same counts as testing every character, ~30x faster
    # (each stage asks about each article: a few hundred calls for 120 articles at ~2 ms each before)
    raw = sample.encode("ascii", "ignore")
    not_lower = raw.translate(None, _ASCII_LOWER)
    lower = len(raw) - len(not_lower)
    upper = len(not_lower) - len(not_lower.translate(None, _ASCII_UPPER))
    letters = lower + upper
    for char in _NOT_ASCII.findall(sample):
        if char.isalpha():
            letters += 1
            lower += char.islower()
            upper += char.isupper()
    if not letters:
        return None
    return lower / letters, upper / letters


def case_mode(text: str, options: Options) -> Case:
    """'upper' (wire copy in capitals: fewer lower-case letters than parse.caps_ratio), 'lower' (fewer capitals
    than parse.lower_ratio) or 'mixed' (case can be trusted)."""
    shares = letter_shares(text)
    if shares is None:
        return "mixed"
    lower, upper = shares
    if lower < options.parse.caps_ratio:
        return "upper"
    if upper < options.parse.lower_ratio:
        return "lower"
    return "mixed"
