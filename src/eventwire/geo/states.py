"""US states as news writes them after a town or alone ("Decatur, Ga.", "Richmond, IN", "D.C."): the patterns that
geo.focus (the story's state) and geo.mentions (a town's own state after its name) both read."""
from __future__ import annotations

import functools
import re

from .. import wordlists
from .files import _lines

#: abbreviations that name their state standing alone ("a shooting in Southwest D.C.", "D.C. police"); the others
#: alone are words or names ("Pa.", "Ind.", "Miss."), read only after a town
STANDALONE_ABBREVIATIONS = ("D.C.",)


#: a county or township abbreviated before its state, as datelines write them ("FLOYD CO., Ind. -", "PRINCE GEORGE'S
#: CO., MD.", "UPPER MACUNGIE TWP., Pa."): the abbreviation's full stop stands where a town's last letter would
_AREA_ABBREVIATED = r"(?<=\bCo\.)|(?<=\bCO\.)|(?<=\bTwp\.)|(?<=\bTWP\.)"


@functools.lru_cache(maxsize=1)
def _us_state_patterns() -> tuple[dict[str, str], re.Pattern[str]]:
    """(any way of writing a state -> its name, a pattern for full names (group 0; "Washington" of "Washington, D.C."
    is no state, nor is "Delaware" of "Delaware County", "Kansas" of "Kansas City" (Missouri's, or Kansas's: the
    city's name says which, as "Michigan City" is in Indiana; GVA but 301-450, the story's state right 4,153 ->
    4,161 and wrong 324 -> 304) or "Vermont" of "Vermont Avenue"), for AP or postal abbreviations after a town (group 1:
    "Decatur, Ga.", "Richmond, IN") and for STANDALONE_ABBREVIATIONS anywhere (group 2))."""
    names: dict[str, str] = {}
    full, short = [], []
    for line in _lines("us_states.tsv"):
        name, ap, postal, *filed = line.split("\t")  # the gazetteer's name where it differs ("Washington, D.C.")
        names[name] = names[ap] = names[postal] = name
        names.update((other, name) for other in filed)
        full.append(re.escape(name))
        short += [re.escape(ap), re.escape(postal) + r"\b"]
    alone = "|".join(re.escape(a) for a in STANDALONE_ABBREVIATIONS)
    streets = wordlists.alternation("geo", "street_words")
    named = "|".join(re.escape(" ".join(part.capitalize() for part in w.split()))
                     for w in sorted(wordlists.words("geo", "state_name_before"), key=len, reverse=True))
    pattern = (rf"\b(?:{'|'.join(sorted(full, key=len, reverse=True))})\b(?!,?\s*(?:{alone})|\s+(?:County|Parish|City)\b|"
               rf"\s+(?:[A-Z][a-z]+\s+)?(?i:{streets})s?\b|\s+(?:and|&)\s+(?:[\w.]+\s+){{1,3}}(?i:{streets})s\b|"
               rf"\s+(?:{named})\b)"
               rf"|(?:(?<=[A-Za-z])|{_AREA_ABBREVIATED}), ({'|'.join(sorted(short, key=len, reverse=True))})"
               rf"|(?<![\w.])({alone})(?!\w)")
    return names, re.compile(pattern)


def _state_name(admin1: str | None) -> str | None:
    """A US state's name as _state_after gives it, from any way of writing it (its gazetteer admin1 included); a
    name that is no US state's, or None, unchanged."""
    return _us_state_patterns()[0].get(admin1 or "", admin1)


def _state_after(text: str, end: int) -> str | None:
    """The US state written right after a town's name ending at `end` (", Kan.", ", KS", ", Kansas"), else None."""
    names, pattern = _us_state_patterns()
    m = pattern.match(text, end)
    if m is not None and m.group(1):
        return names.get(m.group(1).strip())
    if text.startswith(", ", end):
        m = pattern.match(text, end + 2)
        if m is not None and not (m.group(1) or m.group(2)):
            return names.get(m.group(0))
    return None
