"""Casualty counts: number words, vague quantities and ranges, and the toll a coder records from them.

A toll is the lowest credible figure: "at least 12" is 12, "between 6 and 10" and "6 to 10" are 6 with the range kept,
"as many as 200" beside "at least 106" is 106 with (106, 200) kept (combine). Vague words ("several", "many",
"scores") give no number: the toll is null and the phrase is kept as evidence (read_toll); only the quantities ACLED's
rules number ("dozens" = 12, "hundreds" = 100) give one. "No one was hurt" and "no casualties" are 0, not null
(zeroed). The figures told for one incident make one toll (toll_of, which extract uses): the highest figure known
for certain, as a toll told again only rises, a ceiling never raising it. People told shot (shot_tolls) are the
victims local news counts: "four people were shot, one fatally" is 1 killed and 3 wounded.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import wordlists
from .timex import WEEKDAY

#: quantities that ACLED's rules turn into numbers ("dozens" = 12, "hundreds" = 100) and words that are exact ("a
#: couple", "both"), so counts agree with hand-coded data
VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "dozens of": 12,
    "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000,
    "a couple of": 2, "a couple": 2, "a pair of": 2, "both": 2,
}
#: vague quantities no rule is applied to here: a toll told only so is null, the phrase kept as evidence ("several
#: were wounded" is not 10; ACLED's codebook would write 10 for "several"/"many", issue 15 asks for null)
UNCOUNTED = ("several", "many", "numerous", "a number of", "scores", "scores of", "a few", "multiple", "a handful of",
             "a handful", "countless")
UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}

#: number words that may go on a number ("twenty one", "one hundred"); "a" and "an" only begin one, before a scale ("a
#: hundred and five"): "A four -year-old boy was shot dead" is one boy, not 1 + 4 (GVA line 115 read 4 dead)
_NUMBER_WORD = "|".join(sorted([w for w in [*UNITS, *TENS, *SCALES] if w not in ("a", "an")], key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted([*VAGUE, *UNCOUNTED], key=len, reverse=True))
_WORD_NUMBER = (rf"(?:(?:(?:an?[\s-]+(?:{'|'.join(SCALES)}))|(?:{_NUMBER_WORD}))(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"
                rf"|an?(?![\w-]))")
#: one number: digits with separators, or words like "twenty-one", "a hundred and five"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER})"
#: qualifiers that make the figure a floor ("at least 12") or a ceiling ("as many as 200", "up to 200")
_FLOOR = r"(?:at\s+least|more\s+than|over|no\s+fewer\s+than|not\s+less\s+than)"
_CEILING = r"(?:as\s+many\s+as|up\s+to|at\s+most|no\s+more\s+than|as\s+high\s+as)"
_QUALIFIER = (
    r"(?:no\s+fewer\s+than|not\s+less\s+than|at\s+most|no\s+more\s+than|as\s+high\s+as|at\s+least|more\s+than|over|"
    r"nearly|almost|about|around|some|approximately|up\s+to|as\s+many\s+as|an\s+estimated|a\s+total\s+of|only|another|other)"
)
#: a count as written: "at least 12", "between 6 and 10", "a dozen", "9"
COUNT = rf"(?:(?:{_QUALIFIER})\s+)?(?:between\s+{NUMBER}\s+(?:and|to)\s+{NUMBER}|{NUMBER}\s*(?:-|to|or)\s*{NUMBER}|{_VAGUE}|{NUMBER})"
_COUNT_RE = re.compile(COUNT, re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A count as written: its range (low == high for one figure) and whether a qualifier made the figure a floor
    ("at least 12": bound "floor") or a ceiling ("as many as 200": bound "ceiling")."""

    low: int
    high: int
    bound: str = field(default="", compare=False)

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
    """The count expressed by `text` ("at least 12", "between 6 and 10", "a dozen", "nine"); None for a vague
    quantity no rule numbers ("several", "scores") and for words that are no number."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    bound = "floor" if re.match(rf"{_FLOOR}\s", text) else "ceiling" if re.match(rf"{_CEILING}\s", text) else ""
    text = re.sub(rf"^{_QUALIFIER}\s+", "", text)
    if text in UNCOUNTED:
        return None
    for vague, value in VAGUE.items():
        if text == vague:
            return Count(value, value, bound)
    match = re.fullmatch(rf"(?:between\s+)?({NUMBER})\s*(?:-|to|or|and)\s*({NUMBER})", text)
    if match:
        low, high = words_to_int(match.group(1)), words_to_int(match.group(2))
        if low is not None and high is not None and low <= high:
            return Count(low, high)
    number = words_to_int(text)
    return Count(number, number, bound) if number is not None else None


@dataclass(frozen=True)
class Toll:
    """A toll as a coder records it: `value` the lowest credible figure (None when the text gives none, as for
    "several"), `low`..`high` the range the text allows (None where open: "at least 12" has no high), and the
    phrase it was read from, kept as evidence even when it gives no number."""

    value: int | None
    low: int | None
    high: int | None
    phrase: str

    @property
    def vague(self) -> bool:
        """A toll told only in words no rule numbers."""
        return self.value is None and bool(self.phrase)


def read_toll(phrase: str) -> Toll:
    """The toll one count phrase gives: "at least 12" -> 12 (open above), "6 to 10" -> 6 (6..10), "as many as 200"
    -> 200 (open below), "several" -> None with the phrase kept."""
    return combine([phrase])


def combine(phrases: Iterable[str]) -> Toll:
    """One incident's toll from the figures a report gives for it (toll_of on each phrase's count): "at least 106"
    and "as many as 200" -> 106 (106..200); a ceiling alone is the figure ("up to 200" -> 200, open below); vague
    phrases add no number but are kept when nothing else is given."""
    return toll_of((parse_count(phrase), phrase) for phrase in phrases)


def toll_of(figures: Iterable[tuple[Count | None, str]]) -> Toll:
    """The toll a coder records from the figures told for one incident, each a count (None: a vague phrase) and the
    phrase it was read from. The figure is the highest one known for certain, exact or a floor: a toll told twice
    in one report only rises (victims die, a count is finished: "two were killed ... the toll rose to five"), while
    "as many as 200" beside "at least 106" stays 106, the lowest credible figure, with the range (106, 200) kept. A
    ceiling alone is the figure, open below."""
    floors: list[int] = []
    ceilings: list[int] = []
    exact: list[tuple[int, int]] = []
    used: list[str] = []
    vague: list[str] = []
    for count, phrase in figures:
        if count is None:
            vague.append(phrase.strip())
            continue
        used.append(phrase.strip())
        if count.bound == "floor":
            floors.append(count.low)
        elif count.bound == "ceiling":
            ceilings.append(count.high)
        else:
            exact.append((count.low, count.high))
    if not used:
        return Toll(None, None, None, "; ".join(vague))
    known = [low for low, _ in exact] + floors
    phrase = "; ".join(used)
    if not known:  # only ceilings: the figure given, nothing known below it
        return Toll(min(ceilings), None, min(ceilings), phrase)
    value = max(known)
    highs = [high for _, high in exact] + ceilings
    # a floor with no figure above it leaves the range open
    high = None if floors and not ceilings and max(floors) >= max(highs, default=0) else max(highs, default=value)
    return Toll(value, value, high if high is None or high >= value else value, phrase)


#: "no one was hurt", "there were no casualties", "nobody was killed": a toll of 0, not an unknown one
NONE_HURT = re.compile(
    r"\b(?:there\s+were\s+)?(?:no|neither|nobody|none)\s+(?P<what>casualties|deaths|fatalities|"
    r"injuries\s+or\s+(?:fatalities|deaths)|injuries|one\s+(?:was|were)\s+(?:killed|hurt|injured|wounded)|"
    r"(?:\w+\s+){0,2}(?:was|were)\s+(?:killed|hurt|injured|wounded)|reports?\s+of\s+(?:casualties|injuries|deaths))",
    re.IGNORECASE,
)


#: the words before a count of people that tell them unhurt ("None of the 30 pupils riding the coach were hurt",
#: GTD 1998; "neither of the two officers was injured"): no toll of them
_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither|no\s+one)\s+of\s+(?:the|these|those|its|their|his|her)?\s*$",
                             re.IGNORECASE)


#: the harm told as what the people counted suffered, the verb of the clause ("... were hurt"), not a word that names
#: them ("none of the two wounded women could describe the gunman", "none of the five people hit has
#: wounds thought to threaten life", GVA lines 2066, 2289: three and four hurt)
_HARM_TOLD = re.compile(r"\b(?:were|was)\s+(?:[\w-]+\s+){0,2}?(?:hurt|injured|wounded|harmed|killed|shot|struck|hit)\b",
                        re.IGNORECASE)


def denied_before(text: str, start: int, end: int) -> bool:
    """Do the words just before text[start] deny the people counted in text[start:end] the harm told there ("None of
    the 30 pupils riding the coach were hurt")?"""
    return bool(_NONE_OF_BEFORE.search(text, 0, start) and _HARM_TOLD.search(text, start, end))


def zeroed(text: str) -> list[str]:
    """The tolls a text sets to 0 ("killed", "wounded"): "no one was hurt" -> wounded, "there were no casualties"
    -> both, "nobody was killed" -> killed; [] when it says no such thing."""
    fields: list[str] = []
    for m in NONE_HURT.finditer(text):
        fields.extend(f for f in zeroed_by(m.group("what")) if f not in fields)
    return fields


def zeroed_by(what: str) -> list[str]:
    """The tolls one "no ..." phrase sets to 0, from what it says there was none of ("casualties": both,
    "deaths": killed, "one was hurt": wounded)."""
    what = what.lower()
    if what.startswith("casualt") or re.search(r"injur\w*\s+or\s+(?:fatalit|death)", what):
        return ["killed", "wounded"]
    if re.search(r"death|fatalit|killed", what):
        return ["killed"]
    if re.search(r"injur|hurt|wound", what):
        return ["wounded"]
    return []


def count_pattern() -> re.Pattern[str]:
    return _COUNT_RE


# -- people shot ------------------------------------------------------------------------------------------------------
_SHOT = wordlists.alternation("counts", "shot_verbs")
_SHOT_ADVERB = wordlists.alternation("counts", "shot_adverbs")
_SHOT_FATAL = wordlists.alternation("counts", "shot_fatal_after")
_SHOT_PEOPLE = wordlists.alternation("counts", "shot_people")
_NOT_ONE_VICTIM = wordlists.words("counts", "not_one_victim")
_NOT_IN_SUBJECT = wordlists.words("counts", "not_in_shot_subject")
#: a word that opens a clause inside a subject read too far (_clause_subjects: "a duplex where three men were shot")
_CLAUSE_WORD = wordlists.alternation("counts", "shot_subject_clause")
_SUBJECT_CLAUSE = re.compile(rf"(?<![\w'’-])(?:{_CLAUSE_WORD})\s+", re.IGNORECASE)
#: a count of people (_clause_subjects), not one person told with an article ("hours after a man was fatally shot":
#: in a report of several shootings, most often another of them)
_COUNTED = re.compile(rf"(?:(?:{_QUALIFIER})\s+)?(?!an?\b){NUMBER}", re.IGNORECASE)
#: a subject that names things, not people, before any words after it (_SUBJECT_TAIL: "Two men in a car" are people):
#: "Two cars were struck by gunfire", "Four homes were hit by bullets" (session 21: read as people shot)
_SUBJECT_TAIL = re.compile(r"\b(?:in|inside|outside|of|on|at|near|from|with|by)\b.*$", re.IGNORECASE | re.DOTALL)
_THING_SUBJECT = re.compile(r"(?<![\w-])(?:" + wordlists.alternation("counts", "not_people_nouns") + r")[\s,]*$", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "this", "that", "these", "those"})
#: a number right after a month's name is a day of a date, never a count: "It was March 14 when officers say
#: Delgado was shot dead" is one boy shot, not 25 (seen on GVA). shot_tolls reads the text with such days masked
_MONTH_NAME = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|"
               r"mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_MONTH_DAY = re.compile(rf"(?<![\w-])({_MONTH_NAME}\.?\s+)(\d{{1,2}})(?![\d,.]\d)", re.IGNORECASE)
_AUX = r"(?:were|was|have\s+been|has\s+been|had\s+been|got|are|is|being)"
#: words that may stand between a count and its auxiliary ("five boys, the 10-year-old being the smallest, were
#: shot" is too far): a short noun phrase
_SUBJECT_WORDS = 4
#: "were shot at by a man in a car", "shot at but not hit": fired at, not hit
_MISSED = r"(?!\s+at\s*(?:[.,;]|by\b|from\b|but\b|and\b|several\b|multiple\b|\d+\s+times\b))"
#: how often and where one was shot, between "shot" and the words that tell him dead ("was shot twice in the
#: neck and killed"): the fatal tail still reads
_TIMES_WHERE = (r"(?:\s+(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+times))?"
                r"(?:\s+(?:in|to)\s+(?:the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:" + wordlists.alternation("counts", "body_parts")
                + r")\b)?")
_FATAL_TAIL = rf"(?P<fatal_tail>{_TIMES_WHERE}\s+(?:{_SHOT_FATAL})\b)?"
#: an aside between a subject and its verb ("four teens, the youngest 12, were shot"; "six children – ages 9 to
#: 14 – were shot"): at most this many characters
_ASIDE_CHARS = 60
_ASIDE = rf"(?:\s*[,–—-]?\s*[^,–—.;]{{1,{_ASIDE_CHARS}}}?\s*[,–—-])?\s*"
#: "were also hit and injured by gunfire", "was struck and wounded": hit by what the sentence's shooting fired (a car
#: hitting someone is told "hit by a car", not "hit and injured"), one of the verbs of people shot (GVA line 1348: three)
_HIT_HURT = r"(?:hit|struck)\s+and\s+(?:injured|wounded)(?!\s+by\s+(?:a\s+|an\s+|the\s+)?(?:car|vehicle|truck|suv|van)\b)"
#: "four people were shot", "a 17-year-old boy was fatally shot", "he and three others were shot", "Ketron Nathan,
#: a father of three, was shot and killed" (a person named is one)
_SHOT_PASSIVE = re.compile(
    rf"(?<![\w-])(?:(?:(?P<pair>(?:he|she|(?:a|an)\s+[\w'’-]+|(?-i:[A-Z])[\w'’.-]+)\s+and\s+))?(?P<count>{COUNT})\s+"
    rf"(?P<np>(?:[\w'’.-]+,?\s+){{0,{_SUBJECT_WORDS}}}?)|(?P<named>(?-i:[A-Z][\w'’-]+)))"
    rf"{_ASIDE}{_AUX}\s+(?:(?:{_SHOT_ADVERB})\s+)?"
    rf"(?P<fatally>fatally\s+|critically\s+|seriously\s+|mortally\s+)?(?:{_SHOT}|{_HIT_HURT})\b{_MISSED}{_FATAL_TAIL}",
    re.IGNORECASE,
)


def _shooting_verb(verbs: str) -> str:
    """The head of the patterns that tell the people shot after the verb (_SHOT_ACTIVE, _SHOT_ONE): one of `verbs`
    (an alternation), with the words that make it a killing ("fatally shot", "shot and killed")."""
    return rf"(?<![\w-])(?P<fatally>fatally\s+)?(?:{verbs})(?P<fatal_tail>\s+and\s+kill(?:ed|ing))?\s+"


_ONE_PERSON = wordlists.alternation("counts", "shot_one_person")
_FAMILY_PLURAL = (r"sons|daughters|children|kids|grandchildren|stepchildren|stepsons|stepdaughters|brothers|sisters|"
                  r"siblings|grandsons|granddaughters|nephews|nieces|cousins|friends|relatives")
#: a second victim joined by "and" to the people a casualty verb's object counts: "fatally shot a woman and girl",
#: "killed a 52-year old man and 10-year old boy", "shot a man and his two sons" (GVA line 3025 read one dead). The
#: second must be a person's noun (wordlists counts.shot_one_person; a count before a plural of kin), so "shot a man
#: and his car", "a store and gas station" add no one; nor where it begins a clause of its own ("shot a man and the
#: woman ran away": a verb after it). Not "fatally shot a man and three others": GVA counts one dead, three hurt
#: (line 49), so others counted are left to the patterns that read them
#: a word of the second victim's noun phrase may be no verb nor a word opening a clause ("fatally shot a man and
#: wounded a woman" is one dead and one hurt)
_NOT_VERB = r"(?!(?:\w+ed|\w+ing|shot|hit|struck|slew|then|also|later|he|she|they|police|officers?)\b)"
AND_ANOTHER_PERSON = (
    rf"\s*,?\s+and\s+(?:(?:a|an|his|her|their|the)\s+)?(?:(?P<pair_count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_FAMILY_PLURAL})|(?:{_NOT_VERB}[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}|\d+-year-old))\b(?!['’-])"
    rf"(?!\s+(?:was|were|is|are|had|has|have|did|could|would|will|ran|fled|\w+ed)\b)"
)
_AND_ANOTHER = re.compile(AND_ANOTHER_PERSON, re.IGNORECASE)


def and_another(text: str, pos: int) -> int:
    """How many more victims `text` joins by "and" at `pos`, right after one casualty verb's object
    (AND_ANOTHER_PERSON): 1 for a person's noun, the count for a counted plural, 0 for none."""
    m = _AND_ANOTHER.match(text, pos)
    if m is None:
        return 0
    if m.group("pair_count"):
        count = parse_count(m.group("pair_count"))
        return count.low if count is not None else 0
    return 1


#: "shot six people", "fatally shot two men", "striking four people", "shot and killed one of his friends": the
#: count after the verb; one named before it ("Gunfire struck Milner and three others", GVA line 648: four shot)
_PAIR_NAMED = (r"(?P<pair>(?:him|her|(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
               r"(?-i:[A-Z])[\w'’-]+)\s+and\s+)?")
_SHOT_ACTIVE = re.compile(
    _shooting_verb("shot|shooting|struck|striking|hitting|hit") + _PAIR_NAMED +
    rf"(?P<count>{COUNT})\s+(?:of\s+(?:his|her|their|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_SHOT_PEOPLE}|friends?)\b"
    rf"(?!['’-])(?P<pair_after>{AND_ANOTHER_PERSON})?"
    # "shooting five people to death", "shot two men to death": all of them killed
    r"(?P<to_death>\s+to\s+death\b)?",
    re.IGNORECASE,
)
#: "an attack that sent six people to hospital", "put two people in the hospital": that many hurt
_SHOT_HOSPITAL = re.compile(
    rf"(?<![\w-])(?:sent|sends|sending|put|puts|putting|left|leaving)\s+(?P<count>{COUNT})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:(?:to|in|into)\s+(?:the\s+|a\s+|local\s+|area\s+|two\s+|three\s+)?hospitals?\b|hospitali[sz]ed\b|"
    rf"(?:hurt|injured|wounded)\b)",
    re.IGNORECASE,
)
#: words between "suffered" and "injuries": "sustained what deputies called minor, non-life threatening injuries" (GVA
#: line 1035 had six)
_INJURY_WORDS = 6
#: "three men suffered wounds not thought life threatening", "two women got treatment for gunshot wounds", "Three other
#: boys, ages 12 to 16, sustained ... injuries" (an aside between)
_SHOT_INJURIES = re.compile(
    rf"(?<![\w-])(?P<count>{COUNT})\s+(?P<np>(?:[\w'’.-]+,?\s+){{0,3}}?){_ASIDE}(?:suffered|sustained|received|suffering\s+from|"
    rf"(?:were|have\s+been|had\s+been)\s+treated\s+for)\s+(?:[\w'’-]+\s+){{0,{_INJURY_WORDS}}}?(?:injuries|wounds)\b",
    re.IGNORECASE,
)
#: characters between the people and "with gunshot wounds" ("two other victims turned up at an emergency room with
#: gunshot wounds": about 35)
_WOUNDS_GAP = 50
#: others than the dead told found with gunshot wounds: "found Ortiz and Hale, both declared dead where they lay,
#: and two others with gunshot wounds", "two other victims turned up at an emergency room with gunshot wounds":
#: that many alive. Not people so told with no "other" ("officers came upon four people with gunshot wounds": the dead may be
#: among them, the shooter too, GVA line 3027)
_SHOT_WITH_WOUNDS = re.compile(
    rf"(?<![\w-])(?P<count>{COUNT})\s+(?:others|other\s+(?P<np>(?:[\w'’.-]+\s+){{0,2}}?)(?:{_SHOT_PEOPLE}))\b"
    rf"[^.;:]{{0,{_WOUNDS_GAP}}}?"
    rf"\bwith\s+(?:[\w'’-]+\s+){{0,3}}?gunshot\s+(?:wounds?|injuries)\b",
    re.IGNORECASE,
)
#: "four men were hospitalized", "three people were taken to area hospitals": that many hurt and alive (GVA's
#: "injured"), unless the sentence tells a death after it ("was taken to a hospital, where he died": _DIED_AFTER)
#: "opened fire, wounding six people", "injuring four others", "hurting two men": that many hurt and alive (not
#: "fatally wounded a boy"); "resulted in the death of ... and injuries to five other people" (GVA line 1245) alike
_HURT_ACTIVE = re.compile(
    rf"(?<![\w-])(?<!fatally\s)(?<!mortally\s)(?:wounding|injuring|hurting|wounded|injured|injuries\s+to|"
    # "went on to kill a cashier and injure four other men": the bare verb after "and" (detect's casualty
    # patterns read "injures"; an intent is told "tried to injure")
    rf"(?<=and\s)(?:injure|wound)(?=\s+(?:at\s+least\s+|the\s+other\s+|(?:{_NUMBER_WORD}|\d+)\b)))\s+(?:"
    # "killing two and injuring the other two": the rest of those told, with no noun after
    rf"(?:the\s+)?(?P<other>other\s+)?(?P<count>{COUNT})(?:\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_SHOT_PEOPLE})\b|"
    rf"(?(other)\b(?![\w'’-]|\s+(?:of|in|at|on|with|[a-z]+s)\b)|(?!))))",
    re.IGNORECASE,
)
#: "All three victims were listed as stable" (GVA line 175): that many alive, two or more (one told in a
#: condition is most often one counted already: "A boy of 9 stayed in critical condition once he and two others
#: were shot", line 1); two or more "reported in stable condition" alike (session 18 round 2: GVA line 2767; "rushed" or
#: "transported to hospitals" was tried: on the 49 GVA articles outside 1-200 and 301-450 telling it, injured right
#: 35 -> 33, officers not shot, victims who died, "ages 19 to 34" read as 19); "taken to a local hospital", "to an area
#: hospital" as "to the hospital" (session 30)
#: people told still in hospital some time after the shooting ("Three men remained hospitalized on Monday", "two
#: others remain in the hospital", "four were still in the hospital"): alive then, hurt (session 30). Two or more, not
#: some of a group told before ("Of the five victims, four remain in the hospital", "One of them remains hospitalized":
#: those still there are some of the hurt; _SOME_OF_BEFORE)
_STILL_IN_HOSPITAL = (r"(?:remain(?:s|ed)?|(?:were|are)\s+still|(?:have|has)\s+remained)\s+(?:(?:all|both)\s+)?"
                      r"(?:hospitali[sz]ed|in\s+(?:the\s+|a\s+)?(?:hospitals?|intensive\s+care))")
#: people told hit by gunfire with no auxiliary before their condition ("Two more people hit by gunfire are in stable
#: condition"): the words between the people and the verb of their state
_HIT_BY_GUNFIRE = r"(?:(?:hit|struck|grazed|wounded)\s+by\s+(?:stray\s+)?(?:gunfire|bullets?|gunshots?)\s*,?\s+)?"
_SOME_OF_BEFORE = re.compile(r"\bof\s+(?:the|those|these|them|whom)\b[^.;]*$", re.IGNORECASE)
_HOSPITALIZED = re.compile(
    rf"(?<![\w-])(?P<count>{COUNT})\s+(?P<np>(?:[\w'’.-]+,?\s+){{0,3}}?){_HIT_BY_GUNFIRE}{_ASIDE}(?:(?P<still>{_STILL_IN_HOSPITAL})|"
    rf"(?:were|was|are|is|have\s+been|had\s+been)\s+"
    rf"(?:(?:all|both|also|later|still)\s+)?(?:hospitali[sz]ed|taken\s+to\s+(?:(?:the|an?)\s+)?(?:(?:local|area|nearby)\s+)?"
    rf"hospitals?|recovering|being\s+treated|treated\s+(?:and\s+released\s+)?(?:at|for)|(?P<condition>listed\s+in\s+(?:[\w'’-]+\s+)?condition|"
    rf"(?:(?:reported|said\s+to\s+be)\s+)?in\s+(?:stable|serious|critical|good|fair|grave)\s+condition)))\b",
    re.IGNORECASE,
)
_DIED_AFTER = re.compile(r"\b(?:died|dead|death|succumbed|killed|fatal\w*|passed\s+away)\b", re.IGNORECASE)
#: how many times a shooting is told ("a double shooting", "a quadruple shooting that killed two"): that
#: many people shot; "double homicide" in a headline that many dead (_HEAD_MULTIPLE)
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_SHOOTING = re.compile(rf"(?<![\w-])(?P<times>{'|'.join(MULTIPLE)})[\s-]+shooting(?![\w-])", re.IGNORECASE)
#: counts that tell one bullet, not one person hit: "taking her own life with a single shot" (GVA line 1771),
#: "a lone shot rang out"; and a count after "fired" ("the officer fired one shot")
_SHOT_NOT_PEOPLE = ("single", "lone")
#: a headline's tally: "4 Shot, 1 Killed", "6 shot at Easter party"
_SHOT_BARE = re.compile(
    rf"(?<![\w-])(?<!\bfired\s)(?<!\bfiring\s)(?<!\bfires\s)"
    rf"(?P<count>\d+|{'|'.join(u for u in list(UNITS)[5:] if u not in _SHOT_NOT_PEOPLE)})\s+(?:people\s+)?shot\b"
    r"(?!\s+(?:at|by|of|in\s+the))"
    rf"(?:\s*,\s*(?P<killed>{NUMBER})\s+(?:killed|dead|fatally))?",
    re.IGNORECASE,
)
#: "the fatal shooting of a 7-year-old girl", "the fatal shootings of four people": that many shot and killed; "the
#: fatal shooting" of no one named is one
_FATAL_SHOOTING = re.compile(
    rf"(?<![\w-])fatal\s+(?:shootings?\s+of\s+(?:(?:his|her|their|the)\s+)?(?:(?P<count>{COUNT})\s+(?!of\b)[\w'’-]+|"
    rf"(?P<named>(?-i:[A-Z][\w'’-]+)))|shooting\b(?!s|\s+of\b))",
    re.IGNORECASE,
)
#: one person hurt told after an active verb with no count: "wounded his cousin in the arm", "shot and wounded
#: her 3-year-old son", "critically wounding his father" (session 18: the whole GVA file's wounded told in the active
#: voice); alive (not "fatally wounded"), unless told dying after it (_HURT_DIED: "wounded his wife, who later died";
#: not "wounded his cousin in the arm and then killed himself")
_HURT_ONE_ACTIVE = re.compile(
    rf"(?<![\w-])(?<!fatally\s)(?<!mortally\s)(?:shot\s+and\s+)?(?:wounding|injuring|hurting|wounded|injured)\s+"
    rf"(?:his|her|their|a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ONE_PERSON})\b",
    re.IGNORECASE,
)
_HURT_DIED = re.compile(r"[^.;]{0,60}?\b(?:who|and|but)\s+(?:(?:he|she)\s+)?(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
                        r"(?:died|dies|succumbed|passed\s+away)\b|\s+to\s+death\b", re.IGNORECASE)
#: one more person shot by the same shot after the shooter himself ("accidentally shot himself and his 6-year-old niece",
#: "shooting herself and a friend"): a person's noun, not a clause of its own ("shot himself and his wife called 911")
_SELF_AND = (rf"\s+and\s+(?:(?:a|an|his|her|their|the)\s+)?(?:{_NOT_VERB}[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}|\d+-year-old)"
             rf"\b(?!['’-])(?!\s+(?:was|were|is|are|had|has|have|did|could|would|will|ran|fled|drove|took|went|told|said|got|came|left|\w+ed)\b)")
#: the people of a family counted after one person shot ("fatally shot her husband and three sons", GVA line 1771; "shot
#: his girlfriend and her two children"): that many more
#: one person shot, told with no count: "accidentally shot his uncle", "shooting his 3-year-old daughter", "shot
#: herself in the hand", "shot his own hand", "shot and killed his wife" (the shooter who shoots himself is one shot:
#: GVA counts him); two of a family ("shot his wife and 9-year-old stepson before he turned the gun on himself",
#: GVA line 3027: `pair`) are two, not where the second begins a clause ("shot his brother and the man ran away")
_SHOT_ONE = re.compile(
    _shooting_verb("shot|shoots|shooting") +
    rf"(?:(?:himself|herself)\b(?P<self_and>{_SELF_AND})?|(?:his|her|their)\s+own\s+(?:hand|foot|leg|arm|finger|thumb)\b|"
    rf"(?:his|her|their|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON})\b(?!['’-])"
    rf"(?P<pair>\s+and\s+(?:(?:his|her|their)\s+)?(?:(?P<pair_count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_FAMILY_PLURAL})|(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}))\b(?!['’-])"
    rf"(?!\s+(?:was|were|is|are|had|has|have|did|could|would|ran|fled|\w+ed)\b))?)"
    rf"(?P<self>\s+and\s+(?:then\s+)?(?:himself|herself)\b)?",
    re.IGNORECASE,
)
#: "the accidental shooting of a 6-year-old nephew", "the deadly shooting of a 17-year-old cousin", "the shooting
#: death of a 4-year-old boy": one person shot (killed where the shooting is told deadly)
_SHOOTING_OF = re.compile(
    rf"(?<![\w-])(?P<fatally>(?:fatal|deadly)\s+)?(?:(?:accidental|apparent|negligent)\s+)?shooting"
    rf"(?P<fatal_tail>\s+death)?\s+of\s+(?:a|an|his|her|their|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ONE_PERSON})\b(?!['’-])",
    re.IGNORECASE,
)
#: "a 3-year-old shot in the stomach", "An 11-year-old girl shot late on Friday ... has died": one person,
#: "shot" with no auxiliary and a place or time after it (not "a man shot his wife": _SHOT_ONE)
_ONE_SHOT_WHERE = re.compile(
    rf"(?<![\w-])(?:a|an)\s+(?:\d+-year-old|(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}))\s+shot\s+(?:in\s+the\b|while\b|"
    rf"during\b|early\b|late\b|last\b|outside\b|near\b|{WEEKDAY}\b)",
    re.IGNORECASE,
)
#: one person told by a pronoun: "he was accidentally shot in the face" (GVA line 1043), "his uncle accidentally shot
#: him in the hip" (line 1191), "the bar where he was slashed by an attacker with a razor" (a
#: wound by a blade is a wound: wordlists counts.blade_verbs): one person hurt, counted only where the sentence counts
#: no one else
_BLADE_VERBS = wordlists.alternation("counts", "blade_verbs")
_BODY_PARTS = wordlists.alternation("counts", "body_parts")
_ONE_PRONOUN_SHOT = re.compile(
    rf"(?<![\w-])(?:(?:he|she)\s+(?:was|had\s+been|has\s+been|got)\s+"
    rf"(?:(?P<fatally>fatally\s+|mortally\s+)|(?:{_SHOT_ADVERB}|\w+ly)\s+)?"
    rf"(?:{_SHOT}|{_BLADE_VERBS})\b{_MISSED}{_FATAL_TAIL}"
    rf"|shot\s+(?:him|her)\s+in\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_BODY_PARTS})\b)",
    re.IGNORECASE,
)
#: "left two men dead and another hurt", "killing two and wounding another", "another man was hurt": one
#: more person hurt and alive
#: ("Another 5-year-old was hurt", GVA line 62); "left his partner dead and a neighbour wounded", "left a 6-year-old
#: boy dead and his 9-year-old cousin injured": one hurt beside the dead, told by a noun of one person (_ONE_BESIDE)
_ANOTHER_ONE = (r"another(?:\s+(?:\d+-year-old(?:\s+(?:boy|girl|man|woman|child))?|person|man|woman|boy|girl|teen|teenager|"
                r"child|victim|one))?")
#: "A man was killed and his son was shot": the second one told shot, not told dead after it (_DIED_AFTER's words), is
#: hurt beside the dead (session 30; "killed and a guard was injured" is left to detect's casualty patterns, which
#: count it)
_ONE_BESIDE = (r"(?:dead|(?P<killed_and>killed))\s+and\s+(?:a|an|his|her|their)\s+(?!(?:dozen|few|couple|number|pair|handful)\b)"
               r"(?:[\w'’-]+\s+){0,2}?(?:" + wordlists.alternation("counts", "shot_one_person") + r")\s+"
               r"(?:(?(killed_and)was|(?:was|is))\s+)?(?:(?:seriously|critically|slightly)\s+)?(?(killed_and)"
               rf"(?<=was\s)shot(?![^.;]*?{_DIED_AFTER.pattern})|(?:injured|wounded|hurt))")
#: where the one more person hurt was, between him and the verb ("Another man in the house was wounded", "another
#: woman inside the car was also injured"): a preposition and up to three words, told before "was" or "is"
_ANOTHER_WHERE = (r"(?:\s+(?:in|inside|outside|at|near|on|from|with)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?(?=\s+(?:was|is)\b))?")
_ANOTHER_HURT = re.compile(
    rf"(?<![\w-])(?:{_ONE_BESIDE}|{_ANOTHER_ONE}{_ANOTHER_WHERE}\s+(?:(?:was|is)\s+)?(?:also\s+)?"
    rf"(?:(?:seriously|critically|slightly|non-?fatally)\s+)?(?:injured|wounded|hurt)|"
    rf"(?:wounding|injuring|wounded|injured|hurting)\s+{_ANOTHER_ONE})\b(?!\s+(?:time|shooting|incident))",
    re.IGNORECASE,
)
#: one more person told hurt "also", with no count ("Her mother was also shot, but survived", "A 20-year-old
#: passenger in the truck was also hit in the foot", "His brother Reno was also wounded by the deputies' fire"): one
#: person hurt and alive beyond those told elsewhere, as the dead of the article are (a report tells its dead in one
#: sentence and a survivor in another). Not a pronoun (he, she: one told already, "He was also shot in the leg"),
#: nor things ("Their car was also struck": counts.not_people_nouns), nor one told dead in the sentence (_DIED_AFTER)
_ALSO_HURT = re.compile(
    r"(?<![\w-])(?P<head>[\w'’-]+),?\s+(?:was\s+also|also\s+was|has\s+also\s+been|had\s+also\s+been)\s+"
    r"(?:(?:seriously|critically|slightly|non-?fatally|accidentally)\s+)?(?:shot|wounded|injured|hurt|struck|hit|grazed)\b"
    r"(?!\s+(?:at|and\s+killed|dead|to\s+death|by\s+(?:a\s+|the\s+)?(?:car|vehicle|truck)))",
    re.IGNORECASE,
)
#: heads of _ALSO_HURT that are no new person
_ALSO_NOT_HEAD = re.compile(r"(?:he|she|it|they|that|which|this|there|what|" +
                            wordlists.alternation("counts", "not_people_nouns") + r")$", re.IGNORECASE)
#: after a count, people beyond those already told dead ("left two dead and sent three others to the hospital")
_OTHERS = re.compile(r"\s*(?:others?|more)\b", re.IGNORECASE)
#: ", one fatally", "one of them fatally", "one of whom died", "and one was fatally shot" (one of them, not one more:
#: "Five men were struck by the bullets, and one was fatally shot" is 5 shot, 1 dead): how many of those shot died
_OF_THEM_FATAL = re.compile(
    rf"\s*(?:\S+\s+){{0,6}}?(?:,|--|—|;)?\s*(?:including\s+)?(?P<count>{NUMBER})(?:\s+of\s+(?:them|whom|those))?\s+"
    rf"(?:fatally|(?:later\s+)?died|(?:was|were)\s+(?:killed|fatally\s+(?:shot|wounded|struck))|(?:is|was)\s+dead)\b",
    re.IGNORECASE,
)

#: "Two others who were hurt in the gunfire were hospitalized" (GVA line 47), "six people who were wounded":
#: people told hurt in a relative clause (those told "shot" so are _SHOT_PASSIVE's)
_HURT_WHO = re.compile(
    rf"(?<![\w-])(?P<count>{COUNT})\s+(?P<np>(?:[\w'’-]+\s+){{0,2}}?)(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:(?:also|all|both)\s+)?(?P<fatally>fatally\s+|critically\s+|seriously\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: words that may stand between "one of N" and the act: "one of four kids between the ages of 10 and 14
#: hospitalized" (GVA line 66) has seven; none is a verb of its own
_ONE_OF_WORDS = 8
#: "he was one of seven men who had been wounded" (GVA line 106), "was one of eight shot at party" (line 1158): the
#: one is among that many hurt
_ONE_OF = re.compile(
    rf"(?<![\w-])one\s+of\s+(?:the\s+)?(?P<count>{NUMBER})\s+(?P<np>(?:(?!(?:was|were|is|are|said|says|had|has|"
    rf"have|who|that)\b)[\w'’-]+,?\s+){{0,{_ONE_OF_WORDS}}}?)(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+)?"
    rf"(?:(?:also|all)\s+)?(?:shot|wounded|injured|hurt|hospitali[sz]ed)\b{_MISSED}",
    re.IGNORECASE,
)
#: ordinal words and figures: "a fourth victim", "an 8th teen"
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
#: a victim told by an ordinal counts those before: "a 9th teen was hurt in a Sunday shooting" (GVA line 178), "a
#: fourth shooting victim was found" (line 1157), "a 7th adult victim" (line 151) are 9, 4 and 7 shot; not one who
#: died (_DIED_AFTER: "a second victim died at the hospital" is one of the dead, told as such), nor one of a series
#: ("was the third child hit by a stray round in five days", line 3087). The ordinal counts those told
#: beside it in its sentence ("The fourth victim, a 16-year-old boy who was shot", line 3064): only it is kept;
#: none told not hit after it ("The second victim, a grown man, was not shot", GVA line 4059: _NOT_HIT)
#: characters between the ordinal victim and "was not shot" ("The second victim, a grown man, was not shot": 19)
_NOT_HIT_GAP = 60
_NOT_HIT = rf"(?![^.;]{{0,{_NOT_HIT_GAP}}}?\b(?:was|were)\s+not\s+(?:shot|hit|struck|injured|wounded|hurt)\b)"
#: an ordinal victim told hurt by what he suffered ("A fourth man had a gunshot wound to the hand" after "All three
#: died", GVA line 2843: four shot, one alive)
_SUFFERED_WOUND = r"(?:suffered|sustained)\s+(?:an?\s+)?(?:(?!(?:fatal|mortal|deadly)\b)[\w-]+\s+){0,2}?(?:wounds?|injury|injuries)"
_ORDINAL_VICTIM = re.compile(
    rf"(?<![\w-])(?:a|an|the)\s+(?P<ordinal>{_ORDINAL})\s+(?:(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON})\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?"
    rf"(?:(?:also|reportedly|later)\s+)?(?:shot|injured|wounded|hurt|grazed|{_SUFFERED_WOUND})\b{_MISSED}|"
    rf"(?:(?:shooting|gunshot|adult|juvenile|teen|teenage|male|female)\s+)?victim\b(?!s)(?!\s+(?:of|in|this|since)\b){_NOT_HIT})",
    re.IGNORECASE,
)
#: the victims counted as a group: "All three victims were listed as stable" (GVA line 175), "Two of the four
#: victims" (line 1080), "The five victims, including the teens" (line 165): that many hurt, the dead among them;
#: none where the sentence tells of the dead ("The bodies of all four victims", "The two victims were driven to
#: a hospital where both later died", lines 3012, 3025: _VICTIMS_DEAD)
_VICTIMS = re.compile(
    rf"(?<![\w-])(?:the|all|of\s+the|all\s+of\s+the)\s+(?P<count>{NUMBER})\s+(?:(?:shooting|gunshot|wounded|injured)\s+)?"
    rf"victims\b",
    re.IGNORECASE,
)
_VICTIMS_DEAD = re.compile(r"\b(?:bod(?:y|ies)|dead|died|deaths?|killed|murder\w*|homicides?|slain|fatal\w*)\b",
                           re.IGNORECASE)
#: two groups of people told hurt together: "six officers and three bystanders were hurt" (GVA line 3116), "Two men
#: and a woman were shot": the two counts add up
_HURT_PAIR = re.compile(
    rf"(?<![\w-])(?P<count>{NUMBER})\s+(?:[\w'’-]+\s+)?(?:{_SHOT_PEOPLE})\s*,?\s+and\s+(?P<count2>{NUMBER})\s+"
    rf"(?:[\w'’-]+\s+)?(?:{_SHOT_PEOPLE})\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|each)\s+)?"
    rf"(?P<fatally>fatally\s+)?(?:(?:seriously|critically|slightly|non-?fatally)\s+)?(?P<verb>hurt|injured|wounded|shot)\b"
    rf"{_MISSED}{_FATAL_TAIL}",
    re.IGNORECASE,
)
#: two people, each told with no count, joined before a plural verb that tells them hurt: "a mother and daughter were
#: shot", "The woman and her child were both shot", "A 30-year-old man and a 27-year-old man were both shot", "she
#: and her mother were shot", "Paramedic Dana Wells and volunteer Omar Reyes were both shot" (session 21:
#: _SHOT_PASSIVE read the first alone or, with words before the count, no one; 100 such sentences in the GVA file).
#: Both sides name a person, so "a shootout and two people were shot" is not one
_PAIR_ONE = (rf"(?:(?:he|she)|(?:(?:a|an|the|his|her|their|another|one)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}|"
             rf"\d+-year-old)|(?:[\w'’-]+\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{1,2}})")
#: more people listed before the pair, each a person's noun (not a name: "On Friday, a 6-year-old boy and 4-year-old
#: girl were shot" is two): "A man, woman and 2-year-old girl were shot" is three
_LISTED_ONE = rf"(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+)?(?:{_ONE_PERSON}|\d+-year-old)"
_SHOT_PAIR = re.compile(
    rf"(?<![\w'’-])(?P<listed>(?:{_LISTED_ONE}\s*,\s*)*)(?:{_PAIR_ONE})\s*,?\s+(?P<pair>and)\s+(?P<second>{_PAIR_ONE})\s+(?:were|have\s+been|had\s+been)\s+"
    rf"(?:(?:both|also|then|reportedly|allegedly|apparently|accidentally)\s+)?(?P<fatally>fatally\s+)?"
    rf"(?:(?:seriously|critically|slightly|non-?fatally)\s+)?(?P<verb>hurt|injured|wounded|{_SHOT})\b{_MISSED}{_FATAL_TAIL}",
    re.IGNORECASE,
)
#: words of the subject of _HURT_PASSIVE: "Two other women inside the house were later hurt" has five
_HURT_SUBJECT_WORDS = 5
#: people counted and told hurt by a passive verb, in the words detect's casualty patterns leave (a subject of up to
#: five words, an aside, an adverb in -ly): "Two other women inside the house were later hurt in the
#: gunfire", "Four young males, between 18 to 25 years of age, were also wounded" (session 21): that many hurt
#: and alive, unless told "fatally"
#: a word that ends the subject of _HURT_PASSIVE: a verb or a conjunction ("Two men were killed and 9 were
#: hurt" counts 9 hurt, not 2), or a count of its own ("An additional five people were hurt" is five, not one)
_NOT_SUBJECT_WORD = (rf"(?:and|or|but|who|that|which|were|was|are|is|had|has|have|died|dead|killed|slain|shot|"
                     rf"(?:{NUMBER}))\b")
#: words before a count of _HURT_PASSIVE that make it the last of a list of ages: "two males, 30 and 42"
_AGES_LISTED = re.compile(r"\d+\s*(?:,|and)\s*$")
_HURT_PASSIVE = re.compile(
    rf"(?<![\w-])(?P<count>{COUNT})\s+(?P<np>(?:(?!{_NOT_SUBJECT_WORD})[\w'’.-]+,?\s+){{0,{_HURT_SUBJECT_WORDS}}}?){_ASIDE}"
    rf"(?:were|have\s+been|had\s+been)\s+(?:(?:{_SHOT_ADVERB}|(?!(?:fatally|mortally)\b)\w+ly)\s+)?"
    rf"(?P<fatally>fatally\s+|mortally\s+)?(?P<verb>injured|wounded|hurt)\b",
    re.IGNORECASE,
)
#: after the people counted by an active verb, more people of it: "injuring four men and two women" (GVA line 150)
_AND_MORE = re.compile(
    rf"\s*,?\s+and\s+(?P<count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_SHOT_PEOPLE})\b(?!\s+(?:were|was|are|is|had|have)\b)",
    re.IGNORECASE,
)

#: one person told hurt with no count and no pronoun (session 17's tally of 40 of the 573 GVA incidents coded with
#: no wounded where GVA counts some): "The other victim ... suffered multiple gunshot wounds", "another man suffering
#: from gunshot wounds", "a victim was taken to Lakeview Children's Hospital", "The trooper was shot in the elbow",
#: "a 16-year-old girl, was grazed in the arm". One person, the one who died where the report tells a death and this
#: sentence tells none alive (_ONE_ALIVE)
#: the suspect shot by the police or a resident, told hurt (wordlists.toml counts.hurt_suspects)
_HURT_SUSPECT = wordlists.alternation("counts", "hurt_suspects")
_ONE_HURT_HEAD = rf"(?:(?:a|an|the|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ONE_PERSON}|{_HURT_SUSPECT}|\d+[\s-]year[\s-]old)\b(?!['’-]))"
_ONE_HURT = re.compile(
    rf"(?<![\w-])(?:(?:suffered|sustained|suffering\s+from)\s+(?:(?:a|an|one|multiple|several|apparent|two|three)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:gunshot|gun\s+shot|bullet)\s+(?:wounds?|injur(?:y|ies))\b|"
    rf"{_ONE_HURT_HEAD}\s*,?\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:also|later|then|quickly)\s+)?"
    rf"(?:taken|transported|rushed|airlifted|flown|brought)\s+(?:by\s+[\w'’-]+\s+)?to\s+(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?:hospitals?|medical\s+center|trauma\s+center)\b|"
    # "A civilian, identified as Ali Khan, was injured": an aside between (detect's casualty patterns read the
    # sentence with none)
    rf"{_ONE_HURT_HEAD}\s*,\s*[^,.;–—]{{1,{_ASIDE_CHARS}}}?,\s*(?:was|had\s+been|has\s+been)\s+"
    rf"(?:(?:also|reportedly|seriously|critically|slightly|badly|severely)\s+)?(?:injured|wounded|hurt)\b|"
    rf"{_ONE_HURT_HEAD}\s*,?\s+(?:was|had\s+been|has\s+been|got)\s+(?:(?:also|reportedly|accidentally|then)\s+)?"
    rf"(?:shot|struck|hit|grazed|wounded)\s+(?:(?:once|twice|multiple\s+times|several\s+times)\s+)?(?:in|to|on)\s+"
    rf"(?:the|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_BODY_PARTS})\b)",
    re.IGNORECASE,
)
#: words of a sentence that tell its one person hurt alive: a condition, a recovery, "the other victim" (not the dead)
_ONE_ALIVE = re.compile(
    r"\b(?:(?:stable|serious|critical|good|fair)\s+condition|non-?\s*life[\s-]*threatening|expected\s+to\s+"
    r"(?:recover|survive|be\s+ok(?:ay)?)|survived|recovering|treated\s+and\s+released|for\s+treatment|"
    r"(?:the\s+)?other\s+victim|another\s+(?:victim|man|woman|person|teen|boy|girl))\b",
    re.IGNORECASE,
)

#: a wound told not deadly in the very words that count people hurt ("Two of the victims had wounds
#: not thought to threaten life; the third victim ... was declared dead", GVA line 2692: three alive beside the
#: dead, not three of whom the dead are one)
_NOT_DEADLY = re.compile(r"\bnon[\s-]*(?:life[\s-]*threatening|fatal)\b|\bnot\s+life[\s-]*threatening\b|\bminor\s+injur",
                         re.IGNORECASE)


def told_not_deadly(text: str) -> bool:
    """Does the text tell a wound not deadly (_NOT_DEADLY: "non-life-threatening injuries", "minor injuries")?"""
    return bool(_NOT_DEADLY.search(text))


#: the phrases of one person shot with no count, whose sentence says whether that one died
_ONE_PATTERNS = (_SHOT_ONE, _SHOOTING_OF, _ONE_SHOT_WHERE, _ONE_PRONOUN_SHOT, _ONE_HURT)


#: a figure written right after a month's name is a day of a date ("the August 14 shooting death" is no 14 dead)
_DAY_BEFORE = re.compile(rf"\b{_MONTH_NAME}\.?\s*$", re.IGNORECASE)
#: a figure followed by a clock time, a duration, another figure or "of" a figure counts no people ("a gunshot wound
#: around 10:20 p.m.", "the wound about 30 minutes later", "Image 4 of 19 Three people have been shot")
#: or another count in words ("1:53 Three officers are confirmed dead", a video's length before a caption: no 53 dead)
_NO_PEOPLE_AFTER = re.compile(rf"\s*(?::\d|[ap]\.?m\b|minutes?\b|hours?\b|o['’]?clock\b|\d|of\s+\d|(?:{_NUMBER_WORD})\b)",
                              re.IGNORECASE)
#: a figure after a clock time's colon is its minutes ("19:39 One person is dead": no 39 dead)
_CLOCK_BEFORE = re.compile(r"\d\s*:\s*$")
#: a figure right after "Name," with no people named after it is an age ("Darrell Hawkins, 34 who were shot")
_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+,\s*$")
#: a figure called or dialled is a telephone number ("a neighbour called 911 and helped the badly hurt")
_DIALLED_BEFORE = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)\s+$", re.IGNORECASE)
#: words after a figure that make it no count of people (wordlists counts.not_people_after_patterns): a telephone number ("911
#: caller's father dead" read 911 dead, GVA line 1099), a house number ("2240 E. Main St., was reportedly hit by a
#: bullet": read as that many wounded, line 1193), a broadcaster ("WXYZ Channel 7 News that nine people were wounded"), an age
#: written apart ("three -year-old")
_NOT_PEOPLE_AFTER = re.compile("(?:" + wordlists.alternation("counts", "not_people_after_patterns") + ")", re.IGNORECASE)
#: words before a figure that make it a channel's number ("News Channel 8 heard Marlow was shot", line 1189)
_NOT_PEOPLE_BEFORE = re.compile(r"\b(?:" + wordlists.alternation("counts", "not_people_before") + r")\s*$", re.IGNORECASE)
#: an age after a list of ages ("three men, ages 18, 23 and 25, who were shot", "between the ages of 19 and 60 were
#: shot"; wordlists counts.not_people_before_patterns)
_AGES_BEFORE = re.compile(r"\b(?:" + wordlists.alternation("counts", "not_people_before_patterns") + r")\s*$", re.IGNORECASE)


#: a figure above one told with a singular verb is an age, not a count of people ("Jamie clayton, 22 was shot in both
#: legs", GVA line 522 read 22 wounded; a count of several takes "were")
_SINGULAR_AFTER = re.compile(r"\s*,?\s+(?:was|is|has\s+been)\b", re.IGNORECASE)


#: a year after a month and a day is no count ("Related Stories March 3, 2016 Woman dead after gunfight"; GVA line
#: 4933 read the year as that many dead)
_DATE_BEFORE = re.compile(rf"\b{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*$", re.IGNORECASE)


#: an apostrophe right before two figures makes them a year written short ("a ’90 shooting of a man", "the '94 killings":
#: no 90 dead; session 30)
_CLIPPED_YEAR_BEFORE = re.compile(r"(?<![\w'’‘])['’‘]$")


def no_people(text: str, start: int, end: int, noun: str = "") -> bool:
    """The figure written at text[start:end] is a day, a clock time, a duration, a picture's number, a telephone
    number or an age, not a count of people: after a month's name, "called", a clock time's colon or a list of ages,
    before ":20", "p.m.", "minutes", another figure, a count in words or "of 33", or after "Name," with no people
    named after it (`noun`, the people the figure counts
    as read: "", "who"; "all": "Coleman, 31 all died"), or two figures after an apostrophe (a year: "’90")."""
    figure = words_to_int(text[start:end])
    if figure is not None and figure > 1 and not noun.strip() and _SINGULAR_AFTER.match(text, end):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and _DATE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_DAY_BEFORE.search(text, 0, start) or _DIALLED_BEFORE.search(text, 0, start)
                or _NO_PEOPLE_AFTER.match(text, end) or _NOT_PEOPLE_AFTER.match(text, end)
                or _NOT_PEOPLE_BEFORE.search(text, max(0, start - 40), start)
                or _AGES_BEFORE.search(text, max(0, start - 60), start) or _CLOCK_BEFORE.search(text, 0, start)
                or (_NAME_BEFORE.search(text, 0, start) and noun.strip().lower() in ("", "who", "all", "both"))
                or bool(re.fullmatch(r"\d\d", text[start:end]) and _CLIPPED_YEAR_BEFORE.search(text, 0, start)))


#: a count written in words, vague or exact ("nine", "Hundreds", "dozens"): read by words_not_people
_WORDS_COUNT = re.compile(rf"(?<![\w-])(?:{_VAGUE}|{_WORD_NUMBER})(?![\w-])", re.IGNORECASE)


def words_not_people(text: str) -> list[tuple[int, int, Count]]:
    """The counts written in words in `text` ("nine", "Hundreds") that the words after them tell are no count of
    people (wordlists counts.not_people_after_patterns: "nine blocks away", "Dozens mourn four slain"), as
    (start, end, count). A figure in digits is read by no_people, which knows more about digits."""
    out = []
    for m in _WORDS_COUNT.finditer(text):
        count = parse_count(m.group())
        if count is not None and _NOT_PEOPLE_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), count))
    return out


@dataclass(frozen=True)
class Shot:
    """People hit by gunfire as one phrase tells it: `shot` of them, `killed` of those dead (0 when the phrase says
    none died; None when it does not say), at start..end of the text read; `alone`: one person told with no count
    ("shot his uncle"), whose death the report may tell elsewhere (told_dead)."""

    start: int
    end: int
    shot: int
    killed: int | None
    alone: bool = False


#: a death told ("the boy died from a gunshot wound", "he was pronounced dead", "the deadly shooting"), not denied
#: ("no one died") nor told as what might have been ("could have killed her": "killed" is not read)
_TOLD_DEAD = re.compile(
    r"(?<!no one )(?<!nobody )(?<!not )(?<!never )\b(?:died|dies|dead(?![\s-]+ends?\b)|deceased|succumbed|passed\s+away|"
    # "Neighbors of the dead end street" tells no death (GVA line 948, session 21); not a charge's words nor a wound
    # told not deadly: "aggravated assault with a deadly weapon", "a non-fatal
    # shooting", "officers did not think the wound was fatal" (GVA lines 1989, 2382, 3905); nor a thing told deadly
    # in general ("a loaded gun in a home is deadly", session 30)
    r"(?<!non-)(?<!non)(?<!non )(?<!be )fatal(?:ly)?|(?<!is )(?<!are )(?<!be )"
    r"deadly(?!\s+(?:weapons?|force|conduct|missiles?))|death\s+of)\b"
    # "He reached the hospital alive, but surgeons were not able to save him" (GVA line 1030)
    r"|\b(?:(?:were|was)\s+(?:not|un)\s*able\s+to|could\s+not|couldn['’]t|failed\s+to)\s+save\s+(?:him|her|the)\b",
    re.IGNORECASE)


#: one person told dead in so many words ("found 17-year-old Marco Ruiz dead", "the man who was pronounced
#: dead"), not denied; no "deadly" nor "fatal" ("assault with a deadly weapon", "non-fatally injured")
_ONE_DEAD = re.compile(r"(?<!no one )(?<!nobody )(?<!not )(?<!never )\b(?:died|dies|dead(?![\s-]+ends?\b)|deceased|succumbed|"
                       r"passed\s+away)\b",
                       re.IGNORECASE)


def dead_at(text: str, offset: int = 0) -> tuple[int, int] | None:
    """Where the text tells in so many words that someone died (_ONE_DEAD), shifted by `offset`; None where it does
    not."""
    m = _ONE_DEAD.search(text)
    return (m.start() + offset, m.end() + offset) if m else None


#: one person's death told in so many words, with where or when ("He was declared dead at a county hospital", "one
#: hunter is dead after a mishap in the woods", "died at the scene", "succumbed to his injuries"), not denied nor told
#: as what might have been ("could have died": no "died" with a place or time after it)
_DEATH_TOLD = re.compile(
    r"(?<!no one )(?<!nobody )(?<!not )(?<!never )(?<!could have )(?<!would have )(?<!might have )\b(?:"
    r"(?:was|had\s+been|has\s+been)\s+(?:later\s+)?pronounced\s+dead|succumbed\s+to|"
    r"died\s+(?:at|in\s+(?:the|a)\s+hospital|from|of\s+(?:his|her|a|the|multiple|gunshot)|later|shortly|after\s+being|"
    rf"on\s+the\s+way|a\s+short\s+time|(?:on\s+)?{WEEKDAY}\b)|"
    r"(?:is|was)\s+(?:now\s+)?dead\b(?!\s+(?:set|end|serious))|was\s+found\s+dead|"
    # one told killed by gunfire with no count ("A deer hunter was shot and killed on Saturday afternoon", "The
    # suspected gunman was fatally shot in a gunfight with deputies"; GVA lines 2546, 3849)
    r"(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:shot\s+and\s+killed|fatally\s+(?:shot|wounded|injured|struck)|"
    r"shot\s+(?:to\s+death|dead))\b|(?:had|has)\s+died\b|"
    # one found dead of his wound, or told to have suffered a wound that killed him ("found the man dead of a gunshot
    # wound", "a boy suffered a fatal gunshot wound"; session 30)
    r"found\s+(?:[\w'’-]+\s+){1,3}?dead\s+(?:from|of)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot|gun\s+shot|bullet)|(?:suffer(?:ed|s)|sustain(?:ed|s))\s+(?:an?\s+)?(?:fatal|mortal)\s+"
    r"(?:gunshot\s+|gun\s+shot\s+|bullet\s+)?(?:wound|injury)\b)",
    re.IGNORECASE)


#: a death asked about, not told ("Officers could not say if the woman had died"): "if" or "whether" at most
#: this many characters before it
_DEATH_ASKED = re.compile(r"\b(?:if|whether)\b", re.IGNORECASE)
_DEATH_ASKED_CHARS = 30


#: a victim told dead by an ordinal in the text ("A fourth man died at the hospital", "the second victim, a woman of
#: 40, later died"): the dead counted so far and one more; not one of a series ("the third person to die") nor what a
#: report said ("an early report that a second man had died was wrong")
_ORDINAL_DIED = re.compile(
    rf"(?<![\w-])(?<!\bthat\s)(?:a|the)\s+(?P<ordinal>{_ORDINAL})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON})\b(?!['’-])"
    rf"(?:\s*,[^,.;]{{1,{_ASIDE_CHARS}}},)?\s+(?:(?:has|had|later|also|then|subsequently|eventually)\s+)*"
    rf"(?:died|succumbed|was\s+pronounced\s+dead)\b",
    re.IGNORECASE,
)


def ordinal_dead_at(text: str, offset: int = 0) -> tuple[int, tuple[int, int]] | None:
    """The number of the first victim told dead by an ordinal (_ORDINAL_DIED: "a third person died" -> 3), with its
    span shifted by `offset`; None where none is told."""
    m = _ORDINAL_DIED.search(text)
    if m is None:
        return None
    ordinal = m.group("ordinal").lower()
    return ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal)), (m.start() + offset, m.end() + offset)


def death_told_at(text: str, offset: int = 0) -> tuple[int, int] | None:
    """Where the text tells one person's death in so many words (_DEATH_TOLD: "he was pronounced dead at the scene",
    "died at the hospital"), shifted by `offset`; None where it does not."""
    for m in _DEATH_TOLD.finditer(text):
        if not _DEATH_ASKED.search(text, max(0, m.start() - _DEATH_ASKED_CHARS), m.start()):
            return m.start() + offset, m.end() + offset
    return None


#: one person told alive and hurt in so many words (wordlists counts.alive_told_patterns: "in stable condition",
#: "non-life-threatening injuries", "is expected to recover"); told in a condition the dying have too
#: (counts.alive_grave_patterns: "in critical condition", "was hospitalized"); told by his wound or his way to a
#: hospital (counts.alive_wound_patterns: "with a gunshot wound to the arm", "was airlifted"); a sentence's words that
#: tell him another than the dead (counts.alive_other_words) or more than one person (counts.alive_not_one_words)
_ALIVE_TOLD = re.compile(r"\b(?:" + wordlists.alternation("counts", "alive_told_patterns") + r")\b", re.IGNORECASE)
ALIVE_GRAVE = re.compile(r"\b(?:" + wordlists.alternation("counts", "alive_grave_patterns") + r")\b", re.IGNORECASE)
_ALIVE_WOUND = re.compile(r"\b(?:" + wordlists.alternation("counts", "alive_wound_patterns") + r")\b", re.IGNORECASE)
_ALIVE_OTHER = wordlists.words("counts", "alive_other_words")
_ALIVE_NOT_ONE = wordlists.words("counts", "alive_not_one_words")
_WOUND_OTHER = wordlists.words("counts", "alive_wound_other_words")
#: an ordinal person, another than the dead ("a second woman", "the third victim"; not "a second 911 call")
_WOUND_OTHER_ONE = re.compile(rf"\b(?:second|third|fourth)\s+(?:[\w'’-]+\s+)?(?:{_ONE_PERSON})\b", re.IGNORECASE)
#: a count of wounds or shots ("with several gunshot wounds", "shot three times"): its number word tells no more people
_ALIVE_COUNTED_THINGS = re.compile(r"\b(?:several|multiple|numerous|two|three|four|five)\s+(?:[\w-]+\s+)?(?:"
                                   + wordlists.alternation("counts", "alive_counted_things") + r")\b", re.IGNORECASE)
#: who told it ("..., officers said", "according to officers"): its plural tells no more people hurt
_ALIVE_SOURCE = re.compile(r"\b(?:" + wordlists.alternation("counts", "alive_source_patterns") + r")\b", re.IGNORECASE)
#: a word as alive_told_at reads it (hyphens and apostrophes inside)
_TOKEN = re.compile(r"[\w'’-]+")
#: characters before the words telling one alive and hurt that may hold an animal as their subject
_ANIMAL_CHARS = 40
#: that animal, at most three words before them with no stop between ("The dog suffered minor injuries")
_ANIMAL_BEFORE = re.compile(r"(?<![\w-])(?:" + wordlists.alternation("counts", "alive_animal_nouns")
                            + r")(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE)


#: a person other than the dead joined right after the words telling the death: "A boy has died and his father remains
#: in the hospital", "a woman was killed, and a man is in critical condition"
_NEW_PERSON = re.compile(r"\s*,?\s*and\s+(?:his|her|their|a|an)\s+(?!(?:later|then|also)\b)[\w'’-]+", re.IGNORECASE)


def alive_told_at(text: str, offset: int = 0, beside_dead: bool = False,
                  by_wound: bool = False, other_wound: bool = False) -> tuple[int, int] | None:
    """Where the text tells one person alive and hurt in so many words ("Harlan was taken to Mercy General and is
    in stable condition", "She went to St. Anne's by ambulance with wounds doctors called
    minor"; _ALIVE_TOLD), shifted by `offset`; a condition the dying have too ("remains in critical
    condition"; ALIVE_GRAVE) only where no death is counted (`beside_dead` false) or the words tell him another than
    the dead ("Another child was hospitalized"); with `by_wound`, his wound or his way to a hospital ("showed up at an
    emergency room with a gunshot wound", "was airlifted to a hospital"; _ALIVE_WOUND), for a report that tells no
    death. None where a death is told after those words (_DIED_AFTER: "in critical condition and later died") or
    before them with nothing telling another person between ("He died Sunday, a day after he was listed in critical
    condition"; not "killed a 5-year-old girl and left a woman in critical condition", "Moss died where he
    fell; Kade, gravely hurt, went by helicopter to a trauma unit"), nor where they tell more than one person ("Both
    are expected to survive") nor an animal hurt (_ANIMAL_BEFORE: "The dog suffered minor injuries"). With
    `other_wound` (a report that tells a death), the wound or the way to a hospital of one told as another than the
    dead ("A second woman was rushed to the hospital", "A boy died and his sister was flown to a trauma center";
    _WOUND_OTHER, _NEW_PERSON)."""
    m = _ALIVE_TOLD.search(text) or ALIVE_GRAVE.search(text) or (
        _ALIVE_WOUND.search(text) if by_wound or other_wound else None)
    if m is None or _DIED_AFTER.search(text, m.start()):
        return None
    deaths = list(_DIED_AFTER.finditer(text, 0, m.start()))
    told = text[deaths[-1].end():] if deaths else text  # the words after the last death told before
    low = told.lower()
    tokens = [(w.start(), w.end(), w.group()) for w in _TOKEN.finditer(low)]  # the words, read once
    words = {word for _, _, word in tokens}
    if deaths and not (words & _ALIVE_OTHER or ";" in told or _NEW_PERSON.match(told)):
        return None
    # words that tell more than one person, not those of a count of wounds or shots nor of the source's clause
    aside = [(a.start(), a.end()) for a in _ALIVE_COUNTED_THINGS.finditer(low)] + \
        [(a.start(), a.end()) for a in _ALIVE_SOURCE.finditer(low)]
    if any(word in _ALIVE_NOT_ONE and not overlaps_any(start, end, aside) for start, end, word in tokens):
        return None
    m = _ALIVE_TOLD.search(told)
    if m is None and (not beside_dead or words & _ALIVE_OTHER or deaths):
        m = ALIVE_GRAVE.search(told)
    if m is None and (by_wound or other_wound and (words & _WOUND_OTHER or _WOUND_OTHER_ONE.search(told)
                                                   or deaths and _NEW_PERSON.match(told))):
        m = _ALIVE_WOUND.search(told)
    if m is None or _ANIMAL_BEFORE.search(told, max(0, m.start() - _ANIMAL_CHARS), m.start()):
        return None
    shift = offset + len(text) - len(told)
    return m.start() + shift, m.end() + shift


def overlaps_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does the span start..end overlap one of `spans` (phrases read already)?"""
    return any(start < e and s < end for s, e in spans)


def told_dead(text: str) -> bool:
    """The text tells that someone died (_TOLD_DEAD): one person shot with no count, in a report telling a death,
    is the one who died ("Girl shot her sister ... the girl died of a gunshot wound to the neck")."""
    return bool(_TOLD_DEAD.search(text))


def _count_told(pattern: re.Pattern[str], m: re.Match[str], text: str) -> tuple[Count | None, int]:
    """The count of people one match of a shot_tolls pattern tells, and where its words end: the count written, an
    ordinal's ("an 8th teen" is 8), with the people added after an active verb ("injuring four men and two women",
    _AND_MORE; not "fatally shot a man and three others", GVA line 49: one dead); None for one person told in a
    condition ("A boy of 9 stayed in critical condition once he and two others were shot", line 1: one counted
    already)."""
    groups = m.groupdict()
    count = parse_count(groups.get("count") or "one")  # a person named or told with no count: one victim
    if pattern is _ORDINAL_VICTIM:
        ordinal = m.group("ordinal").lower()
        number = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
        count = Count(number, number)
    if count is None or groups.get("condition") and count.low < 2:
        return None, m.end()
    second = parse_count(groups["count2"]) if groups.get("count2") else None
    if second is not None:
        return Count(count.low + second.low, count.high + second.high), m.end()
    if pattern not in (_SHOT_ACTIVE, _HURT_ACTIVE) or groups.get("fatally") or groups.get("fatal_tail"):
        return count, m.end()
    more = _AND_MORE.match(text, m.end())
    extra = parse_count(more.group("count")) if more else None
    if more is None or extra is None:
        return count, m.end()
    return Count(count.low + extra.low, count.high + extra.high), more.end()


def _told_dying(pattern: re.Pattern[str], m: re.Match[str], text: str) -> bool:
    """Are the people one match of a shot_tolls pattern tells told dead where the pattern reads them alive or
    uncounted: "were hospitalized" or an ordinal victim with a death after it (_DIED_AFTER), "wounded his wife, who
    later died" (_HURT_DIED), "victims" in a sentence of the dead (_VICTIMS_DEAD)?"""
    if pattern in (_HOSPITALIZED, _ORDINAL_VICTIM):
        return bool(_DIED_AFTER.search(text, m.end()))
    if pattern is _HURT_ONE_ACTIVE:
        return bool(_HURT_DIED.match(text, m.end()))
    return pattern is _VICTIMS and bool(_VICTIMS_DEAD.search(text))


#: words each of the costlier patterns of _shot_tolls cannot match without (each a part of the pattern's own
#: expression, so a sentence the words' search misses is one the pattern misses): most sentences of a report tell no
#: one hurt, and those patterns, begun at every word with a count or a subject of a few words before their verb, were
#: a third of _shot_tolls' CPU on them (MUC-4's wire texts: 0.35 of 0.60 s over 720 sentences)
_HURT_VERB = re.compile(r"hurt|injured|wounded", re.IGNORECASE)
_PATTERN_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    _SHOT_PAIR: re.compile(rf"hurt|injured|wounded|{_SHOT}", re.IGNORECASE),
    _SHOT_PASSIVE: re.compile(rf"{_SHOT}|{_HIT_HURT}", re.IGNORECASE),
    _HURT_PASSIVE: _HURT_VERB,
    _HURT_WHO: _HURT_VERB,
    _SHOT_INJURIES: re.compile(r"injuries|wounds", re.IGNORECASE),
    _HOSPITALIZED: re.compile(r"hospital|recovering|treated|condition", re.IGNORECASE),
    _SHOT_WITH_WOUNDS: re.compile(r"gunshot", re.IGNORECASE),
}
#: the patterns _shot_tolls reads, in its order
_SHOT_PATTERNS = (_SHOT_BARE, _ONE_OF, _HURT_PAIR, _SHOT_PAIR, _SHOT_PASSIVE, _HURT_PASSIVE, _HURT_WHO, _SHOT_ACTIVE,
                  _FATAL_SHOOTING, _SHOT_HOSPITAL, _SHOT_INJURIES, _SHOT_WITH_WOUNDS, _HOSPITALIZED, _HURT_ACTIVE,
                  _HURT_ONE_ACTIVE, _VICTIMS, _ORDINAL_VICTIM, _SHOT_ONE, _SHOOTING_OF, _ONE_SHOT_WHERE,
                  _ONE_PRONOUN_SHOT, _ONE_HURT)


#: _SHOT_PATTERNS in order, each with the words it needs (_PATTERN_NEEDS; None: tried on every sentence), and those
#: searches once each, looked up here once: a compiled pattern's hash is computed over its whole compiled code at
#: every dictionary lookup (~50 microseconds for these long patterns, ~1 ms a sentence when looked up per sentence)
_SHOT_PATTERNS_NEEDING = tuple((p, _PATTERN_NEEDS.get(p)) for p in _SHOT_PATTERNS)
_NEEDS_SEARCHES = tuple({id(needs): needs for needs in _PATTERN_NEEDS.values()}.values())


def _shot_patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of _SHOT_PATTERNS that may match `text`: all but those whose words (_PATTERN_NEEDS) it lacks.
    The searches are told apart by identity, so no pattern is hashed a sentence (_SHOT_PATTERNS_NEEDING)."""
    found = {id(needs) for needs in _NEEDS_SEARCHES if needs.search(text) is not None}
    return [p for p, needs in _SHOT_PATTERNS_NEEDING if needs is None or id(needs) in found]


#: sentences whose shot_tolls are remembered: each incident of an article counts the people shot in the sentences it
#: shares with the article's other incidents, and 22 patterns are searched in each (a few hundred sentences an article
#: at most, so a few thousand cover the article being coded)
SHOT_TOLLS_MEMO = 4096


def shot_tolls(text: str, offset: int = 0) -> list[Shot]:
    """_shot_tolls, each sentence read once (a new list: callers may extend it)."""
    return list(_shot_tolls(text, offset))


@lru_cache(maxsize=SHOT_TOLLS_MEMO)
def _shot_tolls(text: str, offset: int = 0) -> tuple[Shot, ...]:
    """The people shot that a sentence counts: "four people were shot, one fatally" -> Shot(4, killed=1); "a man was
    shot and killed" -> Shot(1, 1); "he and three others were shot" -> Shot(4, None); "4 Shot, 1 Killed" ->
    Shot(4, 1). People told as others than the dead ("two others were shot", "sent three others to the hospital")
    and one more hurt ("left three dead and another injured") are alive: killed 0. A phrase negated ("no one was
    shot") or of a count no rule numbers gives nothing."""
    found: list[Shot] = []
    alone: list[Shot] = []  # one person told with no count (_ONE_PATTERNS)
    taken: list[tuple[int, int]] = []
    ordinals: list[Shot] = []  # victims told by an ordinal, who count those told beside them
    passive: list[Shot] = []  # people counted hurt by a passive verb (_HURT_PASSIVE)
    text = _MONTH_DAY.sub(lambda m: m.group(1) + "_" * len(m.group(2)), text)  # same length: offsets hold
    found.extend(_also_hurt(text, offset))
    taken.extend((f.start - offset, f.end - offset) for f in found)
    for pattern in _shot_patterns(text):
        for m in _clause_subjects(pattern, text):
            if overlaps_any(m.start(), m.end(), taken) or denied_before(text, m.start(), m.end()):
                continue
            if _told_dying(pattern, m, text):
                continue
            written = m.groupdict().get("count") or "one"  # a person named or told with no count: one victim
            count, end = _count_told(pattern, m, text)
            if count is None or count.low == 0 or re.match(r"no\b", written, re.IGNORECASE):
                continue
            if re.search(r"\d", written) and (no_people(text, m.start("count"), m.end("count"), m.groupdict().get("np") or "")
                                              or pattern is _HURT_PASSIVE and _AGES_LISTED.search(text, 0, m.start())):
                continue  # "Image 23 of 33 Seven people were shot", "Darrell Hawkins, 34 who were shot", "two males, 30 and 42"
            if (m.groupdict().get("named") or "").lower() in _NOT_ONE_VICTIM or _some_still_there(m, text, count):
                continue
            subject = re.findall(r"[\w'’-]+", (m.groupdict().get("np") or "").lower())
            if set(subject) & _NOT_IN_SUBJECT or (subject and subject[0] in _DETERMINERS) or _not_people_told(m, subject):
                continue  # "no one was shot", "a couple of hours before Yac was shot", "June 6 the teen was shot"
            shot = _people_told(pattern, m, text, count)
            killed: int | None = None
            groups = m.groupdict()
            if pattern is _FATAL_SHOOTING or groups.get("fatal_tail") or groups.get("to_death") or (
                    groups.get("fatally") or "").lower().startswith(
                    ("fatal", "mortally", "deadly")):
                killed = shot
            elif groups.get("killed"):
                killed = words_to_int(groups["killed"])
            elif pattern in _ONE_PATTERNS:
                # "A 9-year-old boy shot early Wednesday ... has died": one person, dead where the sentence says so
                killed = 1 if _DIED_AFTER.search(text, m.end()) else None
            else:
                after = _OF_THEM_FATAL.match(text, m.end())
                if after and "." not in text[m.end():after.start("count")]:
                    killed = words_to_int(after.group("count"))
                    end = max(end, after.end())  # "and one was fatally shot" is one of them, not one more
            if killed is None and pattern not in (*_ONE_PATTERNS, _ORDINAL_VICTIM) and _NOT_DEADLY.search(text, m.start(), end):
                # "Two of the victims had wounds that were not life-threatening": alive, not the dead; not an ordinal
                # victim, who counts those before ("the third victim had minor wounds" beside two dead)
                killed = 0
            if (pattern is _ONE_HURT or pattern is _SHOT_INJURIES and shot == 1) and killed is None \
                    and not _DIED_AFTER.search(text) and _ONE_ALIVE.search(text):
                killed = 0  # "The other victim ... suffered multiple gunshot wounds": one alive beside the dead
            if killed is None and (pattern in (_HOSPITALIZED, _HURT_ACTIVE, _HURT_ONE_ACTIVE, _SHOT_HOSPITAL, _HURT_PASSIVE)
                                   or pattern in (_HURT_PAIR, _SHOT_PAIR)
                                   and (groups.get("verb") or "").lower() in ("hurt", "injured", "wounded")
                                   or not groups.get("pair") and groups.get("count")
                                   and _OTHERS.match(text, m.end("count"))):
                killed = 0
            told = Shot(m.start() + offset, end + offset, shot, killed)
            if pattern is _ORDINAL_VICTIM:
                ordinals.append(told)
            if pattern is _HURT_PASSIVE:
                passive.append(told)
            elif pattern in _ONE_PATTERNS or pattern is _HURT_ONE_ACTIVE:
                alone.append(replace(told, alone=True))
            else:
                found.append(told)
            taken.append((m.start(), end))
    found.extend(_one_more_hurt(text, taken, offset))
    if ordinals:
        found = ordinals
    alone = _one_per_pronoun(alone, text, offset)
    multiple = [Shot(m.start() + offset, m.end() + offset, MULTIPLE[m.group("times").lower()], None)
                for m in _MULTIPLE_SHOOTING.finditer(text) if not overlaps_any(m.start(), m.end(), taken)]
    # one person told with no count may be one the sentence counts already ("A 12-year-old girl is recovering after
    # she accidentally shot herself"): counted only where nothing else of the sentence counts people shot; so are
    # people counted hurt by a passive verb (_HURT_PASSIVE), before one person alone and the first group only: a
    # second is most often another act or another source's figure ("Three people were hurt ... two streets from
    # where six were shot in a March attack"; "While police said four people were shot, fire
    # officials said five were hurt"); a shooting told "quadruple" counts its people shot where nothing else of the
    # sentence does, one person alone among them ("The victim of a quadruple shooting ... has been identified", GVA line
    # 1725: four shot)
    found = _two_by_self(found, alone, text, offset)
    return tuple(sorted(found or passive[:1] or multiple[:1] or alone, key=lambda s: s.start))


def _clause_subjects(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text`, and after one whose subject runs over a clause word ("the deputy after two
    teens were shot": no subject of people, dropped below by _NOT_IN_SUBJECT) the match from the word after the
    clause's last such word ("two teens were shot"), which the first match's span hid from the search. After a time
    too ("a week after two teens were shot", in a later report on the act): a sentence telling an earlier act is
    the other act's (detect), not this one's."""
    for m in pattern.finditer(text):
        yield m
        np = m.groupdict().get("np")
        if not np:
            continue
        clauses = list(_SUBJECT_CLAUSE.finditer(text, m.start("np"), m.end("np")))
        if clauses:
            again = pattern.match(text, clauses[-1].end())
            if again is not None and again.end() <= m.end() and _COUNTED.fullmatch(again.groupdict().get("count") or ""):
                yield again  # people counted ("four people"), not one named ("before Yac was shot") or "a man"


def _two_by_self(found: list[Shot], alone: list[Shot], text: str, offset: int) -> list[Shot]:
    """One person told hurt, then the shooter who shot himself and another ("A boy was taken to a hospital after he
    accidentally shot himself and his cousin"): the one told first is one of the two, who are both counted."""
    two = [s for s in alone if s.shot == 2 and _SELF.search(text, s.start - offset, s.end - offset)]
    if two and len(found) == 1 and found[0].shot == 1 and found[0].start < two[0].start:
        return [replace(found[0], shot=2)]
    return found


def _some_still_there(m: re.Match[str], text: str, count: Count) -> bool:
    """People told still in hospital (_STILL_IN_HOSPITAL) who are one or some of a group told before them ("One of
    them remains hospitalized", "Of the five victims, four remain in the hospital"): the hurt are counted elsewhere."""
    return bool(m.groupdict().get("still") and (count.low < 2 or re.search(r"\bof\b", m.group("np"), re.IGNORECASE)
                                                or _SOME_OF_BEFORE.search(text, 0, m.start())))


def _not_people_told(m: re.Match[str], subject: list[str]) -> bool:
    """A match of people told hurt whose subject (`subject`: its words) names things ("Two cars were struck by
    gunfire", "Four homes were hit by bullets": _THING_SUBJECT, before any words after it; not where they are told
    "shot": "The driver of a pickup truck was shot"), or is an ordinal victim ("a third woman victim was nicked
    by a bullet": _ORDINAL_VICTIM's, which counts those before)."""
    np = m.groupdict().get("np")
    if np is None:
        return False
    if subject and re.fullmatch(_ORDINAL, subject[0], re.IGNORECASE) and _ORDINAL_VICTIM.match(m.string, m.start()):
        return True
    return bool(_THING_SUBJECT.search(_SUBJECT_TAIL.sub("", np))) and not re.search(r"\bshot\b", m.string[m.end("np"):m.end()])


def _people_told(pattern: re.Pattern[str], m: re.Match[str], text: str, count: Count) -> int:
    """How many people one match of a shot_tolls pattern tells shot, its count being `count`: one more for a pair
    ("he and three others"), a shooter who shot himself too, each one listed before a pair (_SHOT_PAIR: "A man, woman
    and 2-year-old girl were shot": three), each name of a list told with a plural verb ("Angelina Benton, Raynord
    Daniel and Joseph McDonald were shot": _names_listed)."""
    groups = m.groupdict()
    shot = count.low + (1 if groups.get("pair") or groups.get("pair_after") else 0) + (1 if groups.get("self") else 0) \
        + (1 if groups.get("self_and") else 0)
    pair_count = parse_count(groups["pair_count"]) if groups.get("pair_count") else None
    if pair_count is not None:
        shot += pair_count.low - 1  # "his wife and two children": the pair's second is that many
    if pattern is _SHOT_PAIR:
        shot += m.group("listed").count(",")
        if m.group("second")[:1].isupper():  # names listed before the pair: "Angelina Benton, Raynord Daniel and ..."
            shot = max(shot, _names_listed(text, m.start("second")))
    if groups.get("named") and _PLURAL_AUX.search(text, m.end("named"), m.end()):
        shot = _names_listed(text, m.start("named"))
    return shot


#: names listed before the last one told shot, "Angelina Benton, Raynord Daniel and " (GVA line 1730): each one person
_NOT_NAME = wordlists.alternation("counts", "not_name_words")
_NAME = rf"(?!(?:{_NOT_NAME})\b)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}"
_NAMES_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_NAME}\s*,\s+)*{_NAME}\s*,?\s+and\s+(?:(?-i:[A-Z])[\w'’-]+\s+){{0,2}}$",
                           re.IGNORECASE)
_NOT_NAME_WORDS = wordlists.words("counts", "not_name_words")
_PLURAL_AUX = re.compile(r"\b(?:were|have\s+been|are)\b", re.IGNORECASE)


def _names_listed(text: str, named: int) -> int:
    """How many people a list of names ending at `named` (the last name's last word, told shot with "were") counts:
    one each ("Smith and Jones were shot": 2, "On Friday, Smith and Jones": 2, wordlists counts.not_name_words);
    one where no list is written."""
    m = _NAMES_BEFORE.search(text, max(0, named - 200), named)
    if m is None:
        return 1
    # one per name before the last, none for a name of no person ("According to Dayton police, Luis Vega and
    # Tariq Moss ... were shot", GVA line 3771: two)
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(0))[:-1]
    listed = 1 + sum(1 for name in names if not _NOT_NAME_WORDS.intersection(name.lower().split()))
    if re.search(r"(?-i:[A-Z])[\w'’.-]*\s+$", text[:m.start()]) and re.match(rf"{_NAME}\s*,", m.group(0)):
        listed -= 1  # "In Atlanta, John Smith and Mary Jones": the first is the tail of words before the names
    return max(1, listed)


#: one more person told hurt in a clause of his own ("officers found another 15-year-old girl who had been shot in
#: the knee", GVA line 4623): one hurt and alive, unless the sentence tells a death after it (_DIED_AFTER)
_ANOTHER_WHO_HURT = re.compile(
    rf"(?<![\w-]){_ANOTHER_ONE}\s+(?:who|that)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:also|seriously|critically|"
    r"slightly)\s+)?(?:shot|wounded|injured|hurt|struck|hit|grazed)\b(?!\s+(?:at|and\s+killed|dead|to\s+death)\b)",
    re.IGNORECASE,
)


def _one_more_hurt(text: str, taken: list[tuple[int, int]], offset: int) -> list[Shot]:
    """One more person hurt and alive, outside the phrases `taken` already (each one found is added to them): "another
    injured" (_ANOTHER_HURT), "another boy who had been shot" (_ANOTHER_WHO_HURT). Those told hurt "also" are read
    before every count (_also_hurt)."""
    found: list[Shot] = []
    matches = [*_ANOTHER_HURT.finditer(text),
               *(m for m in _ANOTHER_WHO_HURT.finditer(text) if not _DIED_AFTER.search(text, m.end()))]
    for m in matches:
        if not overlaps_any(m.start(), m.end(), taken):
            found.append(Shot(m.start() + offset, m.end() + offset, 1, 0))
            taken.append((m.start(), m.end()))
    return found


#: characters between one person told shot and "but survived"
_SURVIVED_GAP = 40
#: one person told shot and surviving ("Shriver's wife was shot but survived", GVA line 546): one hurt and alive
_SHOT_SURVIVED = re.compile(
    r"(?<![\w-])(?P<head>[\w'’-]+),?\s+(?:was|had\s+been|got)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|struck|hit|grazed)\b"
    rf"[^.;]{{0,{_SURVIVED_GAP}}}?\b(?:but|and)\s+(?:(?:he|she)\s+)?(?:survived|lived)\b",
    re.IGNORECASE,
)


def _also_hurt(text: str, offset: int) -> list[Shot]:
    """One more person told hurt "also" and alive (_ALSO_HURT), not a pronoun nor a thing, nor one told dead after it:
    read before the phrases of people counted, which would read "Another 17-year-old in the blue sedan was also shot"
    as one named person shot, dead or alive untold; and one told shot who survived (_SHOT_SURVIVED)."""
    found = [Shot(m.start() + offset, m.end() + offset, 1, 0) for m in _ALSO_HURT.finditer(text)
             if not _ALSO_NOT_HEAD.match(m.group("head")) and not _DIED_AFTER.search(text, m.end())]
    found.extend(Shot(m.start() + offset, m.end() + offset, 1, 0) for m in _SHOT_SURVIVED.finditer(text)
                 if not _ALSO_NOT_HEAD.match(m.group("head"))
                 and not overlaps_any(m.start() + offset, m.end() + offset, [(f.start, f.end) for f in found]))
    return found


#: a phrase of one person shot that names him by a pronoun or names no one ("shot him in the foot", "shot himself",
#: "suffered a gunshot wound"): after one person told in the same sentence, that person
_SAME_ONE = re.compile(r"^(?:suffered|sustained|suffering)\b|\b(?:him|her|himself|herself)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(?:himself|herself)\b", re.IGNORECASE)
_PRONOUN_FIRST = re.compile(r"(?:he|she)\b", re.IGNORECASE)
_SHOOTING_FIRST = re.compile(r"(?:fatally\s+)?(?:shot|shoots|shooting)\b", re.IGNORECASE)


def _one_per_pronoun(alone: list[Shot], text: str, offset: int) -> list[Shot]:
    """The same pronoun told shot twice in one sentence is one person ("would not say whether the girl was alone when
    she was shot or which gun she was shot with", GVA line 3177: one girl, not two), and so is one told by a pronoun or
    with no subject after another (_SAME_ONE: "A 5-year-old girl was taken to Riverside Children's Hospital after
    her sister shot her in the hand"): the later is dropped, its death kept where only it tells one."""
    kept: list[Shot] = []
    told: dict[str, int] = {}
    for shot in sorted(alone, key=lambda s: s.start):
        words = text[shot.start - offset:shot.end - offset]
        word = words.split(None, 1)[0].lower()
        # the same pronoun twice, or a pronoun or no subject after one person told ("A six-year-old girl was flown
        # to a trauma center after she was shot", "A 9-year-old boy was driven to a clinic once he had
        # been accidentally shot", "An officer was rushed to a nearby hospital after he took a gunshot wound"; session
        # 18: such sentences of the whole GVA file read two wounded where GVA has one)
        same = told.get(word) if word in ("he", "she") else None
        if same is None and kept and (word in ("he", "she") or _SAME_ONE.search(words)) and not (
                _SELF.search(words) and _SHOOTING_FIRST.match(text, kept[-1].start - offset)) \
                and not (word in ("he", "she") and _PRONOUN_FIRST.match(text, kept[-1].start - offset)):
            # not himself after one he shot ("shot his wife and then shot himself": two), nor she after he ("he was
            # shot in the chest and she was shot in the arm": two)
            same = len(kept) - 1
        if same is not None:
            first = kept[same]
            if first.killed is None and shot.killed is not None:
                kept[same] = replace(first, killed=shot.killed)
            if shot.shot > first.shot and _SELF.search(words):  # "after he shot himself and his sister": both
                kept[same] = replace(kept[same], shot=shot.shot)
            continue
        told.setdefault(word, len(kept))
        kept.append(shot)
    return kept


_SHOOTER = wordlists.alternation("counts", "shooter_nouns")
#: the shooter told dead by his own hand ("then turned the gun on himself", "the gunman killed himself", "an apparent
#: murder-suicide"); not an attempt, a threat or a survival ("tried to kill himself", "attempted murder-suicide")
_SELF_KILLED_WORDS = wordlists.alternation("counts", "self_killed")
_SELF_KILLED = re.compile(rf"(?<!attempted\s)(?<!attempted\s\s)\b(?:{_SELF_KILLED_WORDS})\b", re.IGNORECASE)
_SELF_INFLICTED_WORDS = wordlists.alternation("counts", "self_inflicted")
_SELF_INFLICTED = re.compile(rf"\b(?:{_SELF_INFLICTED_WORDS})", re.IGNORECASE)
_SHOOTER_RE = re.compile(rf"\b(?:{_SHOOTER})\b", re.IGNORECASE)
_POLICE = wordlists.alternation("counts", "police_nouns")
_KILLED_BY = r"(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|fatally\s+shot|killed)"
#: the shooter killed by police ("the gunman was shot and killed by police", "deputies fatally shot the suspect")
_POLICE_KILLED = re.compile(
    rf"\b(?:the\s+)?(?:{_SHOOTER})(?:\s*,[^,.;]{{1,{_ASIDE_CHARS}}},)?\s+(?:was|were)\s+(?:later\s+)?{_KILLED_BY}\s+by\s+"
    rf"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:{_POLICE})\b|"
    rf"\b(?:{_POLICE})\s+(?:later\s+)?{_KILLED_BY}\s+(?:the|a)\s+(?:{_SHOOTER})\b",
    re.IGNORECASE,
)
#: police killing one told by a pronoun or a name: "shot him dead", "fatally shot Reyes"
_KILLED_HIM = (r"(?:fatally\s+shot\s+(?:him|her|(?-i:[A-Z])[\w'’-]+)|shot\s+and\s+killed\s+(?:him|her|(?-i:[A-Z])[\w'’-]+)|"
               r"shot\s+(?:him|her)\s+(?:dead|to\s+death)|killed\s+(?:him|her))\b")
#: the one who did the act killed by police after it, told by a pronoun or a name ("killed two people before he was
#: himself shot dead by police", "opened fire before being killed by officers", "wounded four before police shot him
#: dead", "Responding deputies then fatally shot Reyes"): the shooter, though no shooter's noun names him
_POLICE_KILLED_AFTER = re.compile(
    rf"\bbefore\s+(?P<told>(?:(?:he|she)\s+was|being)\s+(?:later\s+)?{_KILLED_BY}\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    rf"(?:{_POLICE})\b)|"
    rf"\bbefore\s+(?P<told_active>(?:responding\s+)?(?:{_POLICE})\s+{_KILLED_HIM})|"
    rf"\b(?P<told_then>(?:{_POLICE})\s+then\s+{_KILLED_HIM})",
    re.IGNORECASE,
)
#: words before a self-killing that make it no death: an attempt, a threat, a wish
_NOT_DONE = re.compile(r"\b(?:tr(?:y|ied|ying)|attempt(?:ed|ing|s)?|threat(?:en(?:ed|ing|s)?)?|wanted|want(?:s|ing)?|"
                       r"going|planned|plan(?:s|ning)?|would|might|could)\s+(?:to\s+)?$", re.IGNORECASE)
#: words after "turned the gun on himself" in its sentence that tell he lived
_SURVIVED = re.compile(r"\b(?:survived|critical|stable|serious\s+condition|hospitali[sz]ed|expected\s+to\s+survive)\b",
                       re.IGNORECASE)
#: the dead counted with the shooter among them ("three people, including the gunman, were killed", "the shooter is
#: among the dead"): his death is in the toll already
_SHOOTER_AMONG = re.compile(
    rf"\b(?:including|among\s+them|plus)\s+(?:the\s+|a\s+)?(?:(?:lone|alleged|suspected)\s+)?(?:{_SHOOTER})\b|"
    rf"\b(?:{_SHOOTER})\s+(?:is|was|were|are)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|victims)\b",
    re.IGNORECASE,
)


#: a parent or another adult told dead by a self-inflicted wound ("Their mother, 39-year-old Dana Price, died of what
#: looked like a self-inflicted gunshot wound", GVA line 1178): the shooter, where the dead counted are children
_ADULT = re.compile(r"\b(?:father|mother|dad|mom|stepfather|stepmother|husband|wife|grandfather|grandmother|man|woman)\b",
                    re.IGNORECASE)


def adult_self_killed(text: str, offset: int = 0) -> tuple[int, int] | None:
    """Where the sentence tells an adult dead by a self-inflicted wound (_ADULT beside counts.self_inflicted), shifted
    by `offset`; None where it tells none."""
    m = _SELF_INFLICTED.search(text)
    if m is None or not _ADULT.search(text) or _SURVIVED.search(text):
        return None
    return m.start() + offset, m.end() + offset


def self_killings(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Where the text tells that the shooter killed himself, or that police killed him, as (start, end) spans shifted
    by `offset`: "shot his wife and then turned the gun on himself", "before taking his own life", "an apparent
    murder-suicide", "the gunman died of a self-inflicted gunshot wound" (self-inflicted only beside a shooter noun: a
    child who shot himself by accident is the victim), "the suspect died when officers shot him". An attempt or a
    threat ("tried to kill himself") and a survival told in the sentence ("turned the gun on himself and is in
    critical condition") are none."""
    if _SURVIVED.search(text):
        return []
    found = [(m.start(), m.end()) for m in _SELF_KILLED.finditer(text) if not _NOT_DONE.search(text, 0, m.start())]
    if _SHOOTER_RE.search(text):
        found += [(m.start(), m.end()) for m in _SELF_INFLICTED.finditer(text)]
        found += [(m.start(), m.end()) for m in _POLICE_KILLED.finditer(text)]
    found += [(m.start(m.lastgroup or 0), m.end()) for m in _POLICE_KILLED_AFTER.finditer(text)]  # "before" left out
    return [(start + offset, end + offset) for start, end in sorted(found)]


def shooter_among_dead(text: str) -> bool:
    """The text counts the shooter among the dead it tells ("three people, including the gunman, were killed")."""
    return bool(_SHOOTER_AMONG.search(text))


_ATTACKER = wordlists.alternation("counts", "attacker_nouns")
#: the attackers set beside a toll of others ("In addition to the attacker, at least nine people died", "Other
#: than the three bombers, 14 people were killed", "four people besides the gunman were killed"): they died too. A plural
#: with no count ("in addition to the assailants") says not how many.
_BESIDES_ATTACKERS = re.compile(
    rf"\b(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|other\s+than)\s+(?:the\s+|both\s+|all\s+)?"
    rf"(?:(?P<count>{NUMBER})\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{_ATTACKER})\b",
    re.IGNORECASE,
)
#: the attackers counted first in one subject of the dead with others ("Three attackers and one soldier were killed",
#: "two gunmen and a policeman died"): they died too, beside the others detect's casualty patterns count (GTD's nkill
#: counts both, nkillter the attackers)
_ATTACKERS_AND_DEAD = re.compile(
    rf"(?<![\w-])(?P<count>{NUMBER}|an?)\s+(?:[\w-]+\s+)?(?P<noun>{_ATTACKER})\s+and\s+(?P<others>{NUMBER}|an?)\s+"
    rf"(?P<others_np>(?:[\w'’.-]+\s+){{0,3}}?)(?:(?:were|was|have\s+been|had\s+been)\s+(?:also\s+|all\s+|both\s+)?"
    rf"(?:killed|slain|shot\s+dead)|died|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
#: the first toll word after the attackers: a death ("were killed", "died") makes them dead; a wound ("at least 12
#: people were injured") makes them no more than hurt, and no figure here
_TOLL_AFTER = re.compile(r"\b(?:(?P<dead>kill\w*|died|dead|deaths?|fatalities|lives)|injur\w*|wound\w*|hurt)\b",
                         re.IGNORECASE)


def attackers_besides(text: str, offset: int = 0) -> tuple[int, tuple[int, int]] | None:
    """The attackers the sentence tells dead beside its toll of others, as (how many, span shifted by `offset`): "In
    addition to the attacker, at least nine people died" is one, "Other than the two bombers" two, "both bombers"
    two. None where it tells none, where the next toll word is a wound ("In addition to the gunman, two people were
    wounded"), or where a plural gives no count ("in addition to the assailants")."""
    for m in _BESIDES_ATTACKERS.finditer(text):
        after = _TOLL_AFTER.search(text, m.end())
        if after is None or not after.group("dead"):
            continue
        noun = m.group("noun").lower()
        if m.group("count"):
            number = words_to_int(m.group("count"))
        elif re.search(r"\bboth\s", m.group(), re.IGNORECASE):
            number = 2
        elif noun.endswith("s") or noun.endswith("men"):
            number = None
        else:
            number = 1
        if number:
            return number, (m.start() + offset, m.end() + offset)
    for m in _ATTACKERS_AND_DEAD.finditer(text):
        number = words_to_int(m.group("count"))
        if number:
            return number, (m.start() + offset, m.end("noun") + offset)
    return None


#: a qualifier before one of two counted groups ("At least six guards and two gunmen")
_GROUP_QUALIFIER = r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?"
#: two counted groups told dead together in one subject: "Six policemen and nine villagers were killed", "At least
#: three police and 12 gunmen were killed", "two guards and 13 raiders died" (the GTD 1970-2017 subset's
#: summaries write 40 such subjects; detect's casualty patterns count one group of them); each group up to three words
#: a word of a group's noun phrase: no verb, conjunction or pronoun ("Two men were hurt and a boy died" is no two
#: groups told dead; nor "Five men were shot and three of them died")
_GROUP_WORD = (r"(?!(?:were|was|are|is|been|being|have|has|had|and|or|but|of|them|whom|who|that|shot|hurt|injured|"
               r"wounded|killed|died|dead)\b)[\w'’.-]+")
_TWO_GROUPS_DEAD = re.compile(
    rf"(?<![\w-]){_GROUP_QUALIFIER}(?P<first>{NUMBER}|an?)\s+(?P<first_np>(?:{_GROUP_WORD}\s+){{0,2}}?{_GROUP_WORD})\s+and\s+"
    rf"{_GROUP_QUALIFIER}(?P<second>{NUMBER}|an?)\s+(?P<second_np>(?:{_GROUP_WORD}\s+){{0,2}}?{_GROUP_WORD})\s+"
    rf"(?:(?:were|have\s+been|had\s+been)\s+(?:also\s+|all\s+|both\s+)?(?:killed|slain|shot\s+dead)|died|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)


def two_groups_dead(text: str, offset: int = 0) -> list[tuple[int, int, tuple[int, str], tuple[int, str]]]:
    """The subjects of two counted groups told dead together (_TWO_GROUPS_DEAD), as (start, end, (count, noun
    phrase) of the first group, of the second), shifted by `offset`: "Six policemen and nine villagers were killed"
    -> (6, "policemen"), (9, "villagers"). A group whose words are no count of people (a day, "an hour") is none."""
    found = []
    for m in _TWO_GROUPS_DEAD.finditer(text):
        first, second = words_to_int(m.group("first")), words_to_int(m.group("second"))
        if not first or not second or no_people(text, m.start("first"), m.end("first"), m.group("first_np")) \
                or no_people(text, m.start("second"), m.end("second"), m.group("second_np")):
            continue
        found.append((m.start() + offset, m.end() + offset, (first, m.group("first_np")), (second, m.group("second_np"))))
    return found


def others_beside_attackers(text: str, pos: int) -> tuple[int, str] | None:
    """The others told dead after the attackers a count at `pos` begins ("Three attackers and one soldier were
    killed": one soldier), as (how many, their noun phrase); None where the words there are not so."""
    m = _ATTACKERS_AND_DEAD.match(text, pos)
    if m is None:
        return None
    number = words_to_int(m.group("others"))
    return (number, m.group("others_np").strip()) if number else None


_SUICIDE_WORDS = wordlists.alternation("counts", "suicide_attack_patterns")
_SUICIDE_ATTACK = re.compile(
    rf"(?:(?P<count>{NUMBER})\s+(?:(?!(?:in|at|on|by|of|and|or|the|from|to|with|for|as|people|killed|dead)\b)[\w-]+\s+)?)?"
    rf"\b(?:{_SUICIDE_WORDS})\b",
    re.IGNORECASE,
)
_SUICIDE_FAILED_WORDS = wordlists.alternation("counts", "suicide_failed")
_SUICIDE_FAILED = re.compile(rf"\b(?:{_SUICIDE_FAILED_WORDS})\b", re.IGNORECASE)
#: the bomber counted among the dead already ("Nine were killed, the suicide bomber among them", "the bomber
#: was among the dead", "killing four people, including himself", "Both the bomber and Perera were killed",
#: "Three soldiers and the attacker died", "killing two people, the bomber and a passer-by")
_BOMBER_AMONG = re.compile(rf"\b(?:including|among\s+them|plus)\s+(?:[^.;:]{{0,60}}?\s)?(?:{_ATTACKER})\b|"
                           rf"\b(?:{_ATTACKER})\s+(?:is|was|were|are)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|victims)\b|"
                           rf"\bincluding\s+(?:himself|herself|themselves)\b|"
                           rf"\b(?:the|a|both\s+the)\s+(?:{_ATTACKER})\s+and\s+(?:[\w'’-]+\s+){{1,6}}?(?:were\s+killed|died|were\s+dead)\b|"
                           rf"\band\s+the\s+(?:{NUMBER}\s+)?(?:{_ATTACKER})\s*,?\s+(?:were\s+killed|died|were\s+dead)\b|"
                           rf"\bkilling\s+(?:{NUMBER})\s+(?:people\s*)?,\s+(?:including\s+)?the\s+(?:{_ATTACKER})\b",
                           re.IGNORECASE)


def suicide_attackers(sentences: Iterable[tuple[str, int]]) -> tuple[int, tuple[int, int]] | None:
    """The attackers of a suicide attack the sentences ((text, start) each) tell done, as (how many, span): "A suicide
    bomber set off a car packed with explosives ... Four villagers were killed" is one attacker dead besides the four,
    as GTD's nkill (5) and ACLED's fatalities (a coder's note may say the bomber is in the figure) count him; "Two suicide
    bombers" two; "killed in a suicide attack" one. None where the sentences tell the attack failed or its attacker
    alive (_SUICIDE_FAILED: "a would-be suicide bomber was arrested", "the device failed to detonate"), count the
    bomber among the dead already (_BOMBER_AMONG: "including the bomber", "the bomber was among the dead"), or give
    no count for several ("suicide bombers")."""
    sentences = list(sentences)
    found = None
    for text, start in sentences:
        if _SUICIDE_FAILED.search(text) or _BOMBER_AMONG.search(text):
            return None
        for m in _SUICIDE_ATTACK.finditer(text) if found is None else ():
            told = m.group()[len(m.group("count") or ""):].strip().lower()
            number = words_to_int(m.group("count")) if m.group("count") else None
            if number is None:
                plural = re.search(r"(?:bombers|attackers|assailants)$", told)
                number = None if plural else 1
            if number:
                found = number, (m.start() + start, m.end() + start)
                break
    return found


# -- a headline's tally -----------------------------------------------------------------------------------------------
_HEAD_KILLED = wordlists.alternation("counts", "headline_killed")
_HEAD_HURT = wordlists.alternation("counts", "headline_hurt")
_HEAD_ROUNDUP_WORDS = wordlists.alternation("counts", "headline_roundup")
_HEAD_ROUNDUP = re.compile(rf"\b(?:{_HEAD_ROUNDUP_WORDS})\b", re.IGNORECASE)
#: what follows the headline in a page's title: the outlet's name, its city ("... shooting - KXYZ News 9 -
#: Tulsa, Oklahoma"), a date line
_HEAD_TAIL = re.compile(r"\s+(?:[|–—-]|::)\s+.*$|\s+Posted:.*$", re.DOTALL)
#: the parts of a page's title
_HEAD_PARTS = re.compile(r"\s+(?:[|–—-]|::)\s+")
#: a count in a headline: a figure that is no age ("3-year-old") nor a part of a name ("Father of 3"); "Family of 5" is
#: the family's dead; nor an age written apart ("4 year old hurt in gun accident has died")
_HEAD_NUMBER = rf"(?<![\w-])(?<!(?<!family\s)of\s)(?:{NUMBER})(?![\w-])(?!\s+years?\s+old\b)"
#: words between a count and its toll word: the people ("others", "men", "children") and how they were hurt
#: ("critically"); no preposition, no figure
_HEAD_BETWEEN = r"(?:\s+(?!(?:in|at|on|after|by|from|of|for|and|as|near)\b)[A-Za-z'’]+){0,3}?"
_HEAD_COUNTED = re.compile(
    rf"(?P<count>{_HEAD_NUMBER}){_HEAD_BETWEEN}\s+(?:(?P<killed>{_HEAD_KILLED}|shot,\s*killed)|(?P<hurt>{_HEAD_HURT})|"
    rf"(?P<shot>shot)(?!\s+(?:of|his|her|their|him|them)\b|\s+at\s*(?:[,;:]|$)))\b"
    rf"|\b(?:(?P<kills>kills?|killing|killed)|(?P<hurts>injures?|injuring|injured|wounds?|wounding|wounded))\s+"
    rf"(?P<after>{_HEAD_NUMBER})",
    re.IGNORECASE,
)
#: a count of other people before a count with its toll word: "2 Girls, 2 Men Shot" is 4 shot
#: one person listed before a count with its toll word: "Woman, 3 teenage daughters shot" is 4 shot
_HEAD_ALSO_ONE = re.compile(rf"(?<![\w-])(?:{_ONE_PERSON}|(?:\d+|{_NUMBER_WORD})[\s-]year[\s-]old)(?:,\s*\d+,?)?\s*"
                            rf"(?:,|\band\b|&)\s*$", re.IGNORECASE)
_HEAD_ALSO = re.compile(rf"(?P<count>{_HEAD_NUMBER})\s+(?!(?:{_HEAD_KILLED}|{_HEAD_HURT}|shot)\b)[A-Za-z'’]+\s*"
                        rf"(?:,|\band\b|&)\s*$", re.IGNORECASE)
#: one person told dead with no count: "Toddler dies in gun accident", "Boy, 4, dies after shooting himself",
#: "Shooting Kills Father of 5", "Mother of 2-year-old fatally shot pleads for answers"
#: one person in a headline: a noun ("Teenager"), an age told in figures or words ("Three-year-old")
_HEAD_ONE = rf"(?:(?:{_ONE_PERSON})s?|(?:\d+|{_NUMBER_WORD})[\s-]year[\s-]old)"
#: how a headline tells one person dead after being shot, besides _HEAD_KILLED: "shot, killed", "shot in the head,
#: killed" (GVA 1534), found so ("Teen found shot to death", "found fatally shot")
_HEAD_SHOT_KILLED = r"shot(?:\s+(?:in|on)\s+(?:the\s+)?[\w-]+)?\s*,\s*(?:and\s+)?killed"
_HEAD_ONE_DEAD = re.compile(
    rf"(?<![\w-]){_HEAD_ONE}(?:,\s*\d+,)?\s+(?:found\s+|(?!(?:nearly|almost)\b)\w+ly\s+)?"
    rf"(?:(?:{_HEAD_KILLED})\b|is\s+(?:killed|dead)\b|{_HEAD_SHOT_KILLED}\b)"
    rf"|(?<!nearly\s)(?<!almost\s)\b(?:kills|killed|killing)\s+(?:a\s+|an\s+|his\s+|her\s+|the\s+)?"
    rf"(?:(?!(?:by|in|at|on|near|after|with|during|outside|inside)\b)[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_ONE_PERSON}|\d+-year-old)\b(?!['’s-])",
    re.IGNORECASE,
)
#: the shooter told dead in a headline ("Armed man dies after shooting involving officers", "Police kill suspect
#: after deadly spree"): GVA counts him among the dead (the shooter nouns of wordlists counts.shooter_nouns)
_HEAD_SHOOTER_DEAD = re.compile(
    rf"(?<![\w-])(?:{_SHOOTER})\s+(?:(?!(?:nearly|almost)\b)\w+ly\s+)?(?:dies|died|dead|killed|is\s+killed|shot\s+dead|"
    rf"shot\s+and\s+killed|fatally\s+shot)\b"
    rf"|(?<![\w-])(?:kills?|killed|killing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?(?:{_SHOOTER})\b(?!['’s-])",
    re.IGNORECASE,
)
#: the shooter who killed himself after those he killed, in a headline: "Young father kills baby, self", "Gunman Fatally
#: Shoots 3 Neighbors, Self", "mother fatally shot her 2 sons, then herself", "Ohio man killed 2 sons in truck
#: before shooting himself": GVA counts him among the dead (the whole GVA file's 24 titles so written outside 301-450
#: count him in all but one, whose victims the title does not count). The victims may be a list ("killed his wife, 3
#: daughters, then himself", "killed his son, his daughter, himself"), the self-killing told by a verb of its own ("then
#: fatally shoots self", "before turning the gun on himself") or first ("shoots self after killing wife, 3 small
#: kids", "Kills Himself, 2 Children")
_HEAD_KILLS = r"(?:kills?|killed|killing|fatally\s+(?:shoots?|shot|shooting)|shoots?\s+and\s+kills?|shot\s+and\s+killed)"
_HEAD_SELF = r"(?:self|himself|herself)\b"
_HEAD_SELF_THEN = (r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+|\s+before\s+)"
                   r"(?:(?:fatally\s+)?(?:shooting|shoots?|shot|killing|kills?|killed)\s+|turn(?:ing|s|ed)\s+(?:the\s+)?gun\s+on\s+)?")
_HEAD_SELF_KILLED = re.compile(
    rf"(?<![\w-]){_HEAD_KILLS}\s+(?P<victims>[^;:|]{{1,60}}?){_HEAD_SELF_THEN}{_HEAD_SELF}"
    rf"|(?<![\w-])(?:(?:fatally\s+)?(?:shoots?|shot|kills?|killed)\s+{_HEAD_SELF}\s+after\s+{_HEAD_KILLS}|"
    rf"(?:kills?|killed)\s+{_HEAD_SELF}\s*,\s*(?:and\s+)?)"
    rf"(?P<after>[^;:|]{{1,60}}?)(?=\s+(?:in|at|on|near|after|during|while|with|before|over)\b|\s*$)",
    re.IGNORECASE,
)
_HEAD_PLURAL_VICTIMS = re.compile(r"\b(?:twins?|(?:daughters|sons|children|kids|girls|boys|grandchildren|"
                                  r"stepchildren|stepsons|stepdaughters|brothers|sisters|siblings|parents))\b",
                                  re.IGNORECASE)
#: the parts of a list of victims ("wife, 2 sons", "his son, his daughter", "woman and baby daughter")
_HEAD_VICTIM_ITEMS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
#: a part that is an age of the one before ("sons, 10 and 12"): no one more
_HEAD_AGE_ITEM = re.compile(r"(?:ages?\s+)?\d{1,2}", re.IGNORECASE)


def _head_victims(victims: str) -> int | None:
    """The people a headline's list of victims counts: a figure ("2 sons", "3 Musicians"), a plural with none (two at
    least: "Teen Daughters"), one person ("wife", "6-year-old boy", "infant") each; None where a part is no person
    counted ("family", "dozens")."""
    total = 0
    for item in _HEAD_VICTIM_ITEMS.split(victims.strip()):
        item = item.strip()
        if not item or total and _HEAD_AGE_ITEM.fullmatch(item):
            continue
        count = next((parse_count(c.group(0)) for c in re.finditer(_HEAD_NUMBER, item)), None)
        if count is not None:
            total += count.low
        elif _HEAD_PLURAL_VICTIMS.search(item):
            total += 2
        elif re.search(rf"\b(?:{_ONE_PERSON}|infant|woman|man|[\w-]+-in-law|\d+-(?:year|month)-old)\b", item, re.IGNORECASE):
            total += 1
        else:
            return None
    return total or None


def _head_self_killed(head: str) -> tuple[int, int, str] | None:
    """The victims a headline tells killed before the shooter killed himself, and him (_HEAD_SELF_KILLED), as
    (victims, 1, the words): "kills 8-year-old sister, self" -> (1, 1), "fatally shot her 2 sons, then herself" ->
    (2, 1), "Fatally Shoots Ex-Wife's Teen Sons, Then Self" -> (2, 1) (a plural with no count: two at
    least), "killed his wife, 2 daughters, then himself" -> (3, 1), "shoots self after killing wife, 2 small kids" ->
    (3, 1); None where the victims are told with no number ("killed family, self")."""
    m = _HEAD_SELF_KILLED.search(head)
    if m is None:
        return None
    number = _head_victims(m.group("victims") or m.group("after"))
    if number is None:
        return None
    return number, 1, m.group(0)


#: a homicide told of several ("double homicide", "triple murder", "Double murder-suicide"): that many dead, the
#: shooter who killed himself after them one more. The whole GVA file's titles so written (outside 301-450): GVA counts
#: that many dead in all but one of the 28 "double" and 24 "triple" ones
_HEAD_MULTIPLE_ACTS = wordlists.alternation("counts", "headline_multiple_acts")
_HEAD_MULTIPLE = re.compile(rf"(?<![\w-])(?P<times>{'|'.join(MULTIPLE)})[\s-]+(?:{_HEAD_MULTIPLE_ACTS})"
                            rf"(?P<suicide>[\s-]+suicide)?(?![\w-])", re.IGNORECASE)
#: the verb of one person told hurt in a headline may come after an auxiliary: "Reputed gang member was the target, but
#: 3-year-old was shot", "6-year-old girl is injured in Tulsa shooting" (session 21: GVA's headlines of one person
#: hurt that tallied no one)
_HEAD_ONE_AUX = r"(?:(?:was|is|gets|got|has\s+been)\s+)?"
#: one person hit by gunfire told without "shot": "Ten-Year-Old Struck By Gunshots In Tampa", "4-year-old hit by
#: stray bullet"
_HEAD_HIT_BY = r"(?:struck|hit|grazed)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?)\b"
#: one person told hurt with no count, in a headline telling no death: "Girl, 4, wounded in gun accident",
#: "Girl accidentally shot by brother" (not "Man shot his wife": the one who shot; nor the last of a list, "4-year-old
#: boy, woman shot": two); one told alive by a recovery ("Teen recovering after hunting mishap", "Boy survives stray
#: round": session 33, where the text told one shot with no count the one dead, or a bystander "no one else" unhurt)
_HEAD_ONE_HURT = re.compile(
    rf"(?<![\w-])(?:{_ONE_PERSON}|{_HURT_SUSPECT}|another|(?:\d+|{_NUMBER_WORD})-year-old)(?:,\s*\d+,)?\s+{_HEAD_ONE_AUX}(?:\w+ly\s+)?"
    rf"(?:(?:{_HEAD_HURT})\b|"
    rf"(?P<critical>(?:in\s+)?(?:critical|serious|stable)(?:\s+but\s+stable)?|expected\s+to\s+(?:survive|recover|live)|"
    rf"recovering|survives|survived)\b|"
    rf"(?P<shot>shot\b(?!\s+(?:his|her|their|him|them|a|an|the|my|at|himself|herself)\b)|{_HEAD_HIT_BY}))",
    re.IGNORECASE,
)
#: one person told shot by the verb before them: "Uncle Accidentally Shoots 7-Year-Old in Leg" (GVA line 1191),
#: "Man shoots girl"
_HEAD_SHOOTS_ONE = re.compile(
    rf"\b(?:shoots|(?:shooting|wounding)\s+of|strikes|wounds)\s+(?:a\s+|an\s+|his\s+|her\s+|the\s+)?"
    rf"(?:\d+-year-old|(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}))\b(?!['’s-])"
    rf"|\bshooting\s+(?:(?:a|an|his|her|the)\s+(?:[\w'’-]+\s+){{0,2}}?)?(?!victim)(?:\d+-year-old|{_ONE_PERSON})\b(?!['’s-])"
    # "3-Year-Old Girl Accidentally Shoots Herself", "Marion County teen wounds self with shotgun" (session 21)
    rf"|\b(?:shoots|wounds)\s+(?:himself|herself|self)\b",
    re.IGNORECASE)
#: a shooting told deadly with no count: "Man Gets 20 Years For Deadly Shooting Outside Diner" (GVA line 28):
#: someone died
_HEAD_DEADLY_WORDS = wordlists.alternation("counts", "headline_deadly_patterns")
_HEAD_DEADLY = re.compile(rf"(?:(?<![\w-])|(?=['’]))(?:{_HEAD_DEADLY_WORDS})(?![\w-])", re.IGNORECASE)
#: people listed before the one told hurt: "4-year-old boy, woman shot", "Mother and child shot" are two
_HEAD_LISTED = re.compile(rf"(?<![\w-])(?:(?:{_ONE_PERSON})s?|\d+-year-old)\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)
#: what parts a headline's clauses: "Mother injured, child killed", "Teen Killed; Another Wounded", "4-year-old shot,
#: killed in drive-by on East Side; 6-year-old sister expected to survive"
_HEAD_CLAUSES = re.compile(r"^(?:\s+(?:in|at|on|near|outside|inside)\b[^,;&]*)?\s*(?:,|;|&|\band\b|\bas\b|\bwhile\b)"
                           r"(?:\s+[\w'’-]+){0,2}?\s*$", re.IGNORECASE)
_HEAD_GRAVE = re.compile(r"(?:in\s+)?critical", re.IGNORECASE)
#: two people listed before the word that tells them dead: "Mother, toddler killed in shooting", "4-year-old girl, mother
#: fatally shot", "Father, daughter found dead" (_HEAD_ONE_DEAD reads only the last one). Session 20, the whole GVA
#: file's headlines so written (outside 301-450 and 4001-4600): GVA counts two dead or more in all but one, where the
#: list was the object of a verb of hurting ("shooting that injured 7-year-old, left woman dead": _HEAD_PAIR_NOT_AFTER)
_HEAD_PAIR_ONE = (rf"(?:(?:a|an|his|her|their|the)\s+)?(?:(?!(?:injur\w*|wound\w*|hurt\w*|shot|shoot\w*|hit|struck|"
                  rf"left|leaves|leaving|kill\w*)\b)[\w'’-]+\s+)?{_HEAD_ONE}(?:,\s*\d+,?)?")
_HEAD_PAIR_DEAD = re.compile(
    rf"(?<![\w-]){_HEAD_PAIR_ONE}\s*(?:,|&|\band\b)\s*{_HEAD_PAIR_ONE}\s+(?:found\s+|\w+ly\s+)?"
    rf"(?:(?:{_HEAD_KILLED})\b|{_HEAD_SHOT_KILLED}\b)",
    re.IGNORECASE,
)
_HEAD_PAIR_NOT_AFTER = re.compile(r"\b(?:injur\w*|wound\w*|hurt\w*|shot|shoot\w*|hit|struck)\s*$", re.IGNORECASE)
#: one person of a list told hurt in a headline: a noun of one person, or a suspect, with a word before it and an
#: age after it ("4-year-old boy", "county deputy", "Man, 25"); no count and no plural, which _HEAD_COUNTED reads
_HEAD_LIST_ONE = (rf"(?:(?:a|an|his|her|their|the)\s+)?(?:(?!(?:injur\w*|wound\w*|hurt\w*|shot|shoot\w*|hit|struck|"
                  rf"left|leaves|leaving|kill\w*|after|and)\b)(?!(?:\d+|{_NUMBER_WORD})\s)[\w'’-]+\s+)?(?:{_ONE_PERSON}|{_HURT_SUSPECT}|"
                  rf"(?:\d+|{_NUMBER_WORD})[\s-]year[\s-]old)\b(?!['’-])(?:,\s*\d+,?)?")
#: some people of a list told hurt in a headline, counted: a count, a word of the people, or one word and then it
#: ("Two men", "2 teens", "three young women"): that many
_HEAD_LIST_SOME = (rf"(?:\d+|{_NUMBER_WORD})\s+(?:(?!(?:{_HEAD_KILLED}|{_HEAD_HURT}|shot)\b)[\w'’-]+\s+)?"
                   rf"(?:{_SHOT_PEOPLE}|(?:{_ONE_PERSON})s)\b(?!['’-])")
#: one person or some people counted, of a list told hurt in a headline
_HEAD_LIST_ANY = rf"(?:{_HEAD_LIST_SOME}|{_HEAD_LIST_ONE})"
#: each of the list, whole words ("teen, 4-year-old": the teen, not an age of 4)
_HEAD_LIST_EACH = re.compile(rf"(?<![\w'’-]){_HEAD_LIST_ANY}(?![\w'’-])", re.IGNORECASE)
_HEAD_LIST_SOME_ALONE = re.compile(rf"(?P<count>\d+|{_NUMBER_WORD})\s+(?:[\w'’-]+\s+)?(?:{_SHOT_PEOPLE}|(?:{_ONE_PERSON})s)",
                                   re.IGNORECASE)
#: two people or more listed before the word that tells them hurt, in a headline: "Husband and wife shot in motel room",
#: "Deputy, suspect wounded in gunfight", "Man, woman and boy wounded": one each (_HEAD_ONE_HURT reads only the last
#: one; _HEAD_LISTED keeps it from reading that one alone); some people counted in the list, that many ("Two men,
#: woman shot": three; "2 teens, man wounded": three)
_HEAD_LIST_HURT = re.compile(
    rf"(?<![\w'’-])(?P<people>(?:{_HEAD_LIST_ANY}\s*,\s*)*{_HEAD_LIST_ANY}\s*(?:,|&|\band\b)\s*{_HEAD_LIST_ANY})\s+"
    rf"{_HEAD_ONE_AUX}(?:\w+ly\s+)?(?:(?P<hurt>{_HEAD_HURT})\b|(?P<shot>shot\b(?!\s+(?:his|her|their|him|them|a|an|"
    rf"the|my|at|himself|herself|dead|to\s+death)\b)|{_HEAD_HIT_BY}))",
    re.IGNORECASE,
)
#: characters between the people told hurt and "dies" ("Infant shot by his father in Visalia dies": about 25)
_HEAD_DIES_WORDS_GAP = 60
_HEAD_DIES = r"(?:dies|has\s+died)\b"
#: one person told hurt, then dead, in a headline: "Teen shot near Drake campus dies", "Woman injured in
#: Eastgate drive-by dies", "Wounded teen found outside Denton diner dies at hospital" (_HEAD_ONE_DEAD
#: reads the death only right after the person): one dead. Session 20, the whole GVA file's headlines telling
#: "dies" that coded fewer dead than GVA counts (outside 301-450 and the helper's slice 4001-4600)
_HEAD_HURT_DIES = re.compile(
    rf"(?<![\w-])(?:(?:wounded|injured)\s+)?{_HEAD_ONE}(?:,\s*\d+,)?\s+(?:(?:who\s+(?:was|had\s+been)\s+)?"
    rf"(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|hit|struck|grazed)\b|found\b)[^,;:|]{{0,{_HEAD_DIES_WORDS_GAP}}}?"
    rf"\b{_HEAD_DIES}"
    rf"|(?<![\w-])(?:wounded|injured)\s+{_HEAD_ONE}\b[^,;:|]{{0,{_HEAD_DIES_WORDS_GAP}}}?\b{_HEAD_DIES}",
    re.IGNORECASE,
)
#: one of several told hurt, dead since: "One of two men shot early Sunday in Lake City dies", "1 of 2 Students
#: Wounded Has Died": one dead, that many shot
_HEAD_ONE_OF_DIES = re.compile(
    rf"(?<![\w-])(?:one|1)\s+of\s+(?:the\s+)?(?P<count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:shot|wounded|injured|hurt|victims)\b[^,;:|]{{0,{_HEAD_DIES_WORDS_GAP}}}?\b{_HEAD_DIES}",
    re.IGNORECASE,
)
#: a headline counting victims over days: its ordinal counts acts, not the dead of one
_HEAD_SERIES = re.compile(r"\bin\s+(?:just\s+|only\s+)?(?:\d+|two|three|four|five|six|seven)\s+days\b", re.IGNORECASE)
#: a victim told dead by an ordinal counts the dead before: "Third victim in Kenner shooting dies", "Fourth victim in
#: Elm Street shooting dies", "Second teen victim of suspected 15-year-old gunman dies": that many dead
_HEAD_ORDINAL_DIES = re.compile(
    rf"(?<![\w-])(?P<ordinal>{_ORDINAL})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_PERSON}|person)\b"
    rf"[^,;:|]{{0,{_HEAD_DIES_WORDS_GAP}}}?\b{_HEAD_DIES}",
    re.IGNORECASE,
)
_HEAD_DEATH = re.compile(rf"\b(?:{_HEAD_KILLED}|deadly|death|fatal\w*|kill\w*|murder\w*)\b", re.IGNORECASE)


def headline_tolls(title: str | None) -> dict[str, tuple[int, str]]:
    """The toll a headline tallies, as {field: (figure, the words it was read from)} for what it gives: "killed",
    "wounded" (hurt and alive) and, where it tells no one hurt, "shot" (people hit, the dead among them): "1 Dead, 2
    Injured In Akron Triple Shooting" -> killed 1 ("1 Dead"), wounded 2 ("2 Injured"); "5 shot, 1 killed" ->
    killed 1, shot 5; "Child dies in accidental shooting" -> killed 1; "Four men shot on Erb Street" -> shot 4;
    "Man Gets 20 Years For Deadly Shooting" -> deadly 1 (someone died, not one of those told hurt).
    Nothing from a headline of several incidents or a running total ("5 Dead, 17 Wounded In Weekend Shootings").
    Where the title's first part tallies nothing, a later one may ("KTVB Channel 4 - Six Injured in Bar
    Shooting": the outlet first)."""
    if not title:
        return {}
    head = _HEAD_TAIL.sub("", title.strip())
    if _HEAD_ROUNDUP.search(head):
        return {}
    found = _head_tally(head)
    for part in _HEAD_PARTS.split(title.strip())[1:]:
        if found or _HEAD_ROUNDUP.search(part):
            break
        found = _head_tally(part)
    return found


def _head_tally(head: str) -> dict[str, tuple[int, str]]:
    """The toll one part of a title tallies (headline_tolls)."""
    found: dict[str, tuple[int, str]] = {}
    for m in _HEAD_COUNTED.finditer(head):
        count = parse_count(m.group("count") or m.group("after"))
        if count is None:
            continue
        also = _HEAD_ALSO.search(head, 0, m.start()) if m.group("count") else None
        more = parse_count(also.group("count")) if also else None
        if more is None:
            also = _HEAD_ALSO_ONE.search(head, 0, m.start()) if m.group("count") else None
            if also is not None:  # "Woman, 3 teenage daughters shot", "3-year-old and four adults shot"
                count = Count(count.low + 1, count.high + 1)
        else:  # "2 Girls, 2 Men Shot"
            count = Count(count.low + more.low, count.high + more.high)
        field = "killed" if m.group("killed") or m.group("kills") else \
            "wounded" if m.group("hurt") or m.group("hurts") else "shot"
        if count.low > found.get(field, (-1, ""))[0]:
            found[field] = (count.low, head[also.start() if also else m.start():m.end()])
    one = next((m for m in _HEAD_ONE_DEAD.finditer(head) if not _HEAD_LISTED.search(head, 0, m.start())), None)
    if "killed" not in found and one:
        found["killed"] = (1, one.group(0))
    _head_several(head, found)
    _head_died_since(head, found)
    hurt = next((m for m in _HEAD_ONE_HURT.finditer(head) if not _HEAD_LISTED.search(head, 0, m.start())), None)
    if hurt and _HEAD_GRAVE.fullmatch(hurt.group("critical") or ""):
        hurt = None  # "Teen in critical condition following shooting": the dying too (GVA records some of them dead)
    if not found and hurt and not _HEAD_DEATH.search(head):
        found["shot" if hurt.group("shot") else "wounded"] = (1, hurt.group(0))
    elif one and list(found) == ["killed"] and found["killed"][0] == 1:
        # one told hurt beside the one told dead, in a clause of its own: "Mother injured, child killed", "Teen
        # Killed, Another Wounded", "Child Killed, Father Critical", "Expectant mother shot, unborn child killed"
        other = next((m for m in _HEAD_ONE_HURT.finditer(head) if _HEAD_CLAUSES.search(
            head[min(m.end(), one.end()):max(m.start(), one.start())])), None)
        if other is not None and (other.end() <= one.start() or other.start() >= one.end()):
            found["wounded"] = (1, other.group(0))
    pair = next((m for m in _HEAD_PAIR_DEAD.finditer(head) if not _HEAD_PAIR_NOT_AFTER.search(head, 0, m.start())), None)
    if pair and found.get("killed", (0, ""))[0] < 2:
        found["killed"] = (2, pair.group(0))
    shoots = _HEAD_SHOOTS_ONE.search(head)
    deadly = _HEAD_DEADLY.search(head)
    if not found and shoots and not deadly:
        # not the one a deadly shooting killed: "fatal shooting of girl, 5", "charged with murder in shooting of teen"
        found["shot"] = (1, shoots.group(0))
    if "killed" not in found and deadly:
        found["deadly"] = (1, deadly.group(0))
    _head_listed_hurt(head, found)
    if "wounded" in found:
        found.pop("shot", None)
    return found


def _head_listed_hurt(head: str, found: dict[str, tuple[int, str]]) -> None:
    """People listed in a headline before the word that tells them hurt (_HEAD_LIST_HURT: "Man and woman shot", "Man
    killed; wife and nephew wounded"): one each, where the headline counts fewer so told. Not where the list is
    the object of a verb of hurting (_HEAD_PAIR_NOT_AFTER: "shooting that injured boy, girl"), nor where a
    death is told in the list's own clause or after it ("Mother, boy fatally shot", "Mother, son shot & killed"): a
    death told before it in a clause of its own ("Teen dead, baby and uncle hurt") leaves the list hurt."""
    for m in _HEAD_LIST_HURT.finditer(head):
        if _HEAD_PAIR_NOT_AFTER.search(head, 0, m.start()):
            continue
        death = _HEAD_DEATH.search(head, m.start())
        before = list(_HEAD_DEATH.finditer(head, 0, m.start()))
        if death is not None or before and not re.search(r"[,;&]", head[before[-1].end():m.start()]):
            continue
        # those told shot after a death told in a clause of its own ("Man killed; woman and child shot") are hurt
        # beside the dead, not some of them
        field = "shot" if (m.group("shot") or not m.group("hurt")) and not before else "wounded"
        people = _head_list_people(m.group("people"))
        if people > found.get(field, (0, ""))[0] and people > found.get("wounded", (0, ""))[0]:
            found[field] = (people, m.group(0))
        return


def _head_list_people(listed: str) -> int:
    """The people a headline's list tells (_HEAD_LIST_HURT's "people"): one for each person, the count of each
    counted ("Two men, woman" -> 3, "2 teens, man" -> 3, "Boy, girl" -> 2)."""
    people = 0
    for one in _HEAD_LIST_EACH.finditer(listed):
        some = _HEAD_LIST_SOME_ALONE.fullmatch(one.group(0))
        count = parse_count(some.group("count")) if some else None
        people += count.low if count else 1
    return people


def _head_several(head: str, found: dict[str, tuple[int, str]]) -> None:
    """What a headline tells of several people with no count of its own words, where its counts tell less: "1 dead in
    triple shooting" (3 shot: _MULTIPLE_SHOOTING), "double homicide" (2 dead: _HEAD_MULTIPLE), "Armed suspect dies"
    (the shooter dead: _HEAD_SHOOTER_DEAD), "Teen dad kills infant, self" (1 dead and the shooter: _head_self_killed,
    "self")."""
    shooting = _MULTIPLE_SHOOTING.search(head)
    if shooting and "shot" not in found and "wounded" not in found:
        found["shot"] = (MULTIPLE[shooting.group("times").lower()], shooting.group(0))
    multiple = _HEAD_MULTIPLE.search(head)
    if multiple:
        dead = MULTIPLE[multiple.group("times").lower()] + (1 if multiple.group("suicide") else 0)
        if dead > found.get("killed", (0, ""))[0]:
            found["killed"] = (dead, multiple.group(0))
    shooter = _HEAD_SHOOTER_DEAD.search(head)
    if shooter and "killed" not in found:
        found["killed"] = (1, shooter.group(0))
    elif shooter and _shooter_apart(head, found["killed"][1], shooter):
        # "4 Slain At Farmhouse; Gunman Dead": the shooter told dead in a clause of his own beside the victims
        # counted is one more, an attacker killed (session 30)
        found["self"] = (1, shooter.group(0))
    self_killed = _head_self_killed(head)
    if self_killed is not None and self_killed[0] >= found.get("killed", (0, ""))[0]:
        # not beside a larger toll of its own, which holds the shooter ("kills husband, ex-father-in-law, self in
        # rampage that left 4 dead")
        victims, _, words = self_killed
        if victims > found.get("killed", (0, ""))[0]:
            found["killed"] = (victims, words)
        found["self"] = (1, words)
    suicide = _HEAD_MURDER_SUICIDE.search(head)
    if suicide and "self" not in found and "killed" in found and not (multiple and multiple.group("suicide")) \
            and _HEAD_VICTIMS_KILLED.search(found["killed"][1]):
        # "Man kills stepson in murder-suicide": the dead counted are the act's victims, the shooter who killed
        # himself one more; not the dead of the scene ("3 dead in murder-suicide", "Mother, son killed in
        # murder-suicide": the shooter among them)
        found["self"] = (1, suicide.group(0))


#: a murder-suicide told done in a headline, not tried ("attempted murder-suicide": the shooter may live)
_HEAD_MURDER_SUICIDE = re.compile(r"(?<!attempted\s)(?<![\w-])murder[\s-]+suicide(?![\w-])", re.IGNORECASE)
#: the dead a headline counts as the victims of the one who killed ("kills daughter", "killing his wife", "killed
#: sister"): an active verb and its object, not "killed in", "killed by"
_HEAD_VICTIMS_KILLED = re.compile(r"\bkill(?:s|ed|ing)\s+(?!(?:in|at|on|after|during|near|by|as|while|over|outside|"
                                  r"inside|when|since)\b)[\w'’-]", re.IGNORECASE)
#: what stands between the victims counted dead and the shooter told dead in a clause of his own: a comma or semicolon,
#: no "including" ("3 dead, including gunman": he is one of them)
_SHOOTER_APART = re.compile(r"[;,]\s*(?:(?:and|the|a|an|one|1)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _shooter_apart(head: str, victims: str, shooter: re.Match[str]) -> bool:
    """Is the shooter told dead (_HEAD_SHOOTER_DEAD) in a clause after the one counting the victims' dead (`victims`,
    their words) and apart from it ("4 Slain At Farmhouse; Gunman Dead"), not "including" him?"""
    at = head.find(victims)
    return at >= 0 and at + len(victims) <= shooter.start() and bool(
        _SHOOTER_APART.search(head[at + len(victims):shooter.start()])) and not re.search(
        r"\b(?:including|among)\b", head[at:shooter.start()], re.IGNORECASE)


def _head_died_since(head: str, found: dict[str, tuple[int, str]]) -> None:
    """A death a headline tells of people told hurt before it, where it counts no dead otherwise: "Third victim in
    Kenner shooting dies" (3 dead: _HEAD_ORDINAL_DIES), "One of two men shot ... dies" (1 dead of 2 shot:
    _HEAD_ONE_OF_DIES), "Teen shot near Drake campus dies" (1 dead: _HEAD_HURT_DIES)."""
    ordinal = _HEAD_ORDINAL_DIES.search(head)
    if ordinal and _HEAD_SERIES.search(head):
        return  # "Third child dies of gunfire in Memphis in just three days": the third of a series
    if ordinal:
        word = ordinal.group("ordinal").lower()
        number = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        if number > found.get("killed", (0, ""))[0]:  # "Third person dies": not the one "person dies" reads
            found["killed"] = (number, ordinal.group(0))
        return
    if "killed" in found:
        return
    one_of = _HEAD_ONE_OF_DIES.search(head)
    shot = parse_count(one_of.group("count")) if one_of else None
    if one_of and shot is not None and shot.low > 1:
        found["killed"] = (1, one_of.group(0))
        if "shot" not in found and "wounded" not in found:
            found["shot"] = (shot.low, one_of.group(0))
        return
    hurt = next((m for m in _HEAD_HURT_DIES.finditer(head) if not _HEAD_LISTED.search(head, 0, m.start())), None)
    if hurt:
        found["killed"] = (1, hurt.group(0))


#: a coder's remark stating the deaths the event is coded with (wordlists counts.coded_toll_patterns: "Fatalities
#: coded as 0 (VoJ reported 1)"), and one telling the toll shared among several events (counts.split_toll_patterns:
#: "60 militants died. The fatalities are shared by 2 events")
_CODED_TOLL = re.compile(wordlists.alternation("counts", "coded_toll_patterns"), re.IGNORECASE)
_SPLIT_TOLL = re.compile(wordlists.alternation("counts", "split_toll_patterns"), re.IGNORECASE)


def coded_toll(sentences: Iterable[tuple[str, int]], told: int | None) -> tuple[int, tuple[int, int]] | None:
    """The deaths a coder's remark in the sentences ((text, start) each) codes the event with, as (deaths, span): the
    figure stated ("Fatalities coded as 0 (VoJ reported 1)" is 0, not the 1 reported), its share where the remark tells
    it split among several events ("An unknown toll, coded as 10, divided among 3 events" is 3, the
    nearest whole share; "[1 fatality split among 12 events]" 0), the event's own figure where given ("Fatalities are
    divided across 2 events (5)"), or the share of the toll `told` otherwise ("60 militants died.
    The fatalities are shared by 2 events" is 30). None where no remark is made, where two remarks state different
    figures ("Fatalities coded as 5 in one event and ... coded as 10 in another"), or where a split has no toll to
    share."""
    coded: list[tuple[int, tuple[int, int]]] = []
    split: tuple[int | None, int | None, tuple[int, int]] | None = None
    for text, start in sentences:
        for m in _CODED_TOLL.finditer(text):
            coded.append((int(m.group("count") or m.group("tally")), (start + m.start(), start + m.end())))
        for m in _SPLIT_TOLL.finditer(text):
            if split is None:
                own = int(m.group("own")) if m.group("own") else None
                split = (words_to_int(m.group("parts")), own, (start + m.start(), start + m.end()))
    if len({value for value, _ in coded}) > 1:
        return None
    if split is None:
        return coded[0] if coded else None
    parts, own, span = split
    if own is not None:
        return own, span
    total = coded[0][0] if coded else told
    if total is None or not parts:
        return None
    return (2 * total + parts) // (2 * parts), (coded[0][1] if coded else span)
