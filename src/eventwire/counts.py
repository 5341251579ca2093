"""Casualty counts: number words, vague quantities and ranges, and who was killed or wounded."""
from __future__ import annotations

import re
from dataclasses import dataclass

#: vague quantities as ACLED's codebook numbers them (unspecified "several"/"many" = 10, "dozens" = 12,
#: "hundreds" = 100), so counts agree with hand-coded data; "a few" and "a couple" are read literally
VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20,
    "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000,
    "several": 10, "many": 10, "numerous": 10, "a number of": 10, "a few": 3,
    "a couple of": 2, "a couple": 2, "a pair of": 2, "both": 2,
}
UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}

_NUMBER_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
#: one number: digits with separators, or words like "twenty-one", "a hundred and five"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*))"
_QUALIFIER = r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|approximately|up\s+to|as\s+many\s+as|an\s+estimated|a\s+total\s+of|only|another|other)"
#: a count as written: "at least 12", "between 6 and 10", "a dozen", "9"
COUNT = rf"(?:(?:{_QUALIFIER})\s+)?(?:between\s+{NUMBER}\s+(?:and|to)\s+{NUMBER}|{NUMBER}\s*(?:-|to|or)\s*{NUMBER}|{_VAGUE}|{NUMBER})"
_COUNT_RE = re.compile(COUNT, re.I)


@dataclass(frozen=True)
class Count:
    low: int
    high: int

    @property
    def value(self) -> int:
        """The single number a coder records: the low end of a range (conservative, as ACLED does)."""
        return self.low


def words_to_int(text: str) -> int | None:
    """'nine' -> 9, 'twenty-one' -> 21, 'a hundred and five' -> 105, '2,500' -> 2500."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text):
        if word == "and" or not word:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_count(text: str) -> Count | None:
    """The count expressed by `text` ("at least 12", "between 6 and 10", "a dozen", "nine")."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    text = re.sub(rf"^{_QUALIFIER}\s+", "", text)
    for vague, value in VAGUE.items():
        if text == vague:
            return Count(value, value)
    match = re.fullmatch(rf"(?:between\s+)?({NUMBER})\s*(?:-|to|or|and)\s*({NUMBER})", text)
    if match:
        low, high = words_to_int(match.group(1)), words_to_int(match.group(2))
        if low is not None and high is not None and low <= high:
            return Count(low, high)
    value = words_to_int(text)
    return Count(value, value) if value is not None else None


def count_pattern() -> re.Pattern[str]:
    return _COUNT_RE
