"""Domain knowledge loaded from the package's data files: triggers, weapons, targets, groups, claim channels."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

#: aliases this common as English words (wordfreq Zipf scale) are only matched in their written case
COMMON_WORD_ZIPF = 3.0


@dataclass(frozen=True)
class Trigger:
    phrase: tuple[str, ...]
    muc_type: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    gtd_attack_type: str | None
    strong: bool


@dataclass(frozen=True)
class Weapon:
    phrase: tuple[str, ...]
    gtd_type: str
    klass: str


@dataclass(frozen=True)
class Target:
    phrase: tuple[str, ...]
    gtd_type: str
    klass: str
    physical: bool


@dataclass(frozen=True)
class Group:
    canonical: str
    alias: str
    kind: str
    case_sensitive: bool


@dataclass(frozen=True)
class ClaimChannel:
    phrase: tuple[str, ...]
    channel: str
    gtd_mode: str


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("eventwire").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        yield {k: (v or "").strip() for k, v in row.items()}


def _words(name: str) -> list[str]:
    text = resources.files("eventwire").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_starts(*names: str) -> re.Pattern[str]:
    """One case-blind pattern of the word beginnings listed in the data files `names` (one a line: "arrest",
    "pleaded guilty"), each matched at the start of a word, its spaces matching any run of white space."""
    words = [w for name in names for w in _words(name)]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words)
                      + ")", re.I)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("fe"):
        return word[:-2] + "ves"
    return word + "s"


_VOWELS = "aeiou"


def with_inflections(words: Iterable[str]) -> set[str]:
    """The words and their regular inflected forms (inflections): a word list of base forms as the text writes them."""
    return {form for word in words for form in (word, *inflections(word))}


def inflections(word: str) -> list[str]:
    """Regular inflected forms of a word ("kidnap" -> "kidnapped", "clash" -> "clashes") and listed irregulars."""
    forms = {word + ("es" if word.endswith(("s", "sh", "ch", "x", "z")) else "s")}
    if word.endswith("ie"):
        forms |= {word + "d", word[:-2] + "ying"}
    elif word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ied", word + "ing", word[:-1] + "ies"}
    else:
        forms |= {word + "ed", word + "ing"}
        if len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # CVC doubles: kidnapped, robbed
    forms |= set(_irregular().get(word, ()))
    forms.discard(word)
    return sorted(forms)


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    return {row["base"]: tuple(row["forms"].split("|")) for row in _rows("irregular_verbs.tsv")}


#: match_at's marker of a phrase not indexed (a phrase's value may be None)
_MISSING = object()


class PhraseIndex:
    """Longest-match lookup of word sequences; each phrase is indexed by its first word."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        #: the same phrases by first word as (length, {phrase: value}), longest first: match_at builds the slice of
        #: each length once and looks it up, where a common first word ("be", "set") has tens of phrases to compare
        self._by_length: dict[str, list[tuple[int, dict[tuple[str, ...], object]]]] = {}
        self.longest = 1

    def add(self, words: tuple[str, ...], value: object) -> None:
        split = tuple(part for word in words for part in re.split(r"(-)", word) if part)
        if split != words:
            self._add(split, value)  # spaCy splits "sit-in" into "sit", "-", "in"
        self._add(words, value)

    def _add(self, words: tuple[str, ...], value: object) -> None:
        bucket = self._by_first.setdefault(words[0], [])
        if all(w != words for w, _ in bucket):
            bucket.append((words, value))
            bucket.sort(key=lambda item: -len(item[0]))
            lengths = self._by_length.setdefault(words[0], [])
            same = next((phrases for n, phrases in lengths if n == len(words)), None)
            if same is None:
                lengths.append((len(words), {words: value}))
                lengths.sort(key=lambda item: -item[0])
            else:
                same[words] = value
        self.longest = max(self.longest, len(words))

    def match_at(self, words: list[str], i: int) -> tuple[int, object] | None:
        """(length, value) of the longest phrase starting at words[i], or None (a phrase is indexed once, so one
        phrase of a length at most can match)."""
        for n, phrases in self._by_length.get(words[i], ()):
            value = phrases.get(tuple(words[i : i + n]), _MISSING)
            if value is not _MISSING:
                return n, value
        return None

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def items(self) -> Iterator[tuple[tuple[str, ...], object]]:
        """Every (phrase, value) indexed, each spelling once (a hyphenated phrase also as spaCy splits it)."""
        for entries in self._by_first.values():
            yield from entries


class Lexicon:
    def __init__(self) -> None:
        self.triggers = PhraseIndex()
        for row in _rows("triggers.tsv"):
            trigger = Trigger(
                    phrase=_phrase(row["phrase"]),
                    muc_type=row["muc_type"] or None,
                    acled_event_type=row["acled_event_type"] or None,
                    acled_sub_event_type=row["acled_sub_event_type"] or None,
                    gtd_attack_type=row["gtd_attack_type"] or None,
                    strong=row["strength"] == "strong",
                )
            self.triggers.add(trigger.phrase, trigger)
            # coding runs without spaCy's lemmatizer (a quarter of parse time): index the words as written, the
            # first word of a phrase inflected ("gunned down") and the last one too ("clashes", "took control")
            for form in inflections(trigger.phrase[0]):
                self.triggers.add((form,) + trigger.phrase[1:], trigger)
            if len(trigger.phrase) > 1:
                for form in inflections(trigger.phrase[-1]):
                    self.triggers.add(trigger.phrase[:-1] + (form,), trigger)
                    # both ends inflected: "threw stones", "took to the streets", "pelted stones"
                    for first in inflections(trigger.phrase[0]):
                        self.triggers.add((first,) + trigger.phrase[1:-1] + (form,), trigger)
        self.weapons = PhraseIndex()
        for row in _rows("weapons.tsv"):
            weapon = Weapon(_phrase(row["phrase"]), row["gtd_weapon_type"], row["class"])
            self.weapons.add(weapon.phrase, weapon)
            self.weapons.add(weapon.phrase[:-1] + (plural(weapon.phrase[-1]),), weapon)
        self.targets = PhraseIndex()
        for row in _rows("targets.tsv"):
            target = Target(_phrase(row["phrase"]), row["gtd_target_type"], row["class"], row["kind"] == "physical")
            self.targets.add(target.phrase, target)
            self.targets.add(target.phrase[:-1] + (plural(target.phrase[-1]),), target)
        self.implied_weapons: dict[tuple[str, ...], Weapon] = {
            _phrase(row["trigger"]): Weapon(_phrase(row["trigger"]), row["gtd_weapon_type"], row["class"])
            for row in _rows("implied_weapons.tsv")
        }
        self.perpetrator_nouns = PhraseIndex()
        for word in _words("perpetrator_nouns.txt"):
            self.perpetrator_nouns.add(_phrase(word), word)
        self.claim_channels = PhraseIndex()
        for row in _rows("claim_channels.tsv"):
            self.claim_channels.add(_phrase(row["phrase"]), ClaimChannel(_phrase(row["phrase"]), row["channel"], row["gtd_claim_mode"]))
        self.groups: list[Group] = []
        for row in _rows("groups.tsv"):
            for alias in row["aliases"].split("|"):
                alias = alias.strip()
                if alias:
                    self.groups.append(Group(row["canonical"], alias, row["kind"], is_common_word(alias)))
        self.group_pattern_ci, self.group_pattern_cs = _group_patterns(self.groups)
        self.group_by_alias = {g.alias.lower(): g for g in self.groups}
        self.proper_words = _proper_words(self.groups)
        self.acronyms = {g.alias.lower() for g in self.groups if g.alias.isupper() and not g.case_sensitive}

    def group_for(self, mention: str) -> Group | None:
        return self.group_by_alias.get(mention.lower().strip())

    def is_perpetrator_noun(self, noun: str) -> bool:
        """Does this noun phrase name attackers ("an attacker", "two of the militants", "ISIS fighters")?"""
        words = noun.lower().split()
        if self.group_for(noun) or any(self.group_for(w) for w in words):
            return True
        return any(self.perpetrator_nouns.match_at(words, i) for i in range(len(words)))


def is_common_word(alias: str) -> bool:
    """'IS', 'LET', 'AA' are English words in lower case: match them only as written."""
    if not (alias.isupper() and len(alias) <= 4):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(alias.lower(), "en") >= COMMON_WORD_ZIPF or len(alias) <= 2


def _group_patterns(groups: list[Group]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def build(aliases: list[str], flags: int) -> re.Pattern[str]:
        ordered = sorted(set(aliases), key=len, reverse=True)
        body = "|".join(re.escape(a) for a in ordered) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

    return (
        build([g.alias for g in groups if not g.case_sensitive], re.I),
        build([g.alias for g in groups if g.case_sensitive], 0),
    )


def _proper_words(groups: list[Group]) -> frozenset[str]:
    """Words written with a capital in news: used to re-case wire copy before tagging."""
    import pycountry

    words: set[str] = set()
    for g in groups:
        if not g.case_sensitive:
            words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", g.alias) if w[0].isupper())
    for country in pycountry.countries:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", getattr(country, "common_name", country.name)))
    words.update(_words("proper_words.txt"))
    return frozenset(w for w in words if len(w) > 2 and w not in _NOT_PROPER)


#: function words that appear inside names ("Republic of the Congo") but must stay lower-case
_NOT_PROPER = frozenset({"and", "the", "of", "for", "del", "des", "les", "islands", "republic", "state", "states"})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
