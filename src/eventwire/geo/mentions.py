"""Finding place mentions in a text and resolving each to gazetteer entries: cues ('town of', 'near',
'province'), chains ('Hawija, Kirkuk province'), scores against the article's country and neighbours."""
from __future__ import annotations

import copy
import functools
import math
import re
from dataclasses import dataclass, field
from typing import AbstractSet, Callable, Sequence, Union

from .. import timex, wordlists
from ..records import POPULATED_PLACE
from .files import _lines
from .gazetteer import Gazetteer
from .names import LINKERS, PARTICLES, fold, name_key, word_key
from .places import Entry, _km
from .states import _state_after, _state_name
from .text import (
    _ALIAS_AFTER,
    _AREA_WORDS,
    _GAP_WORDS,
    _HINT_AFTER,
    _HINT_BEFORE,
    _IN_CUES,
    _JOIN,
    _NEAR_CUES,
    _PLACE_WORDS,
    _ROAD_AFTER,
    _ROAD_NAMED,
    _TOWN_WORDS,
    _UNKNOWN_BEFORE,
    ABBREVIATED_FIRST_WORDS,
    CONNECTORS,
    FUNCTION_WORDS,
    TITLES,
    Mention,
    _acronym,
    _cap,
    _ngrams,
    _words,
    _zipf,
)

#: a name shorter than this (its key) is no place in mixed-case text: one letter is an article or a pronoun
NAME_MIN_CHARS = 2


#: words at least this frequent in English (wordfreq zipf) need a place cue and country support to be places
COMMON_WORD_ZIPF = 4.0


#: in case-less text nothing marks a name, so rarer words ("farmland") need support too
COMMON_WORD_ZIPF_CASELESS = 3.0


#: a common word in case-less text is taken as a town this big in the article's country even without a cue
WEAK_SUPPORT_POPULATION = 50_000

#: what may follow a common word that is a town's name inside a longer capitalised name and still leave the word the
#: town: its police, sheriff, fire service, mayor or council ("the Mobile Police Department"). Any other capitalised
#: word makes the whole run the name the cue points to ("in City Court", "at Freedom Fest", "at University of
#: Tennessee Medical Center"), not the town of that common word (City, Oklahoma; Freedom, Ohio; University, Florida).
_TOWN_SERVICE_AFTER = re.compile(r"\s+(?:Police|Sheriff|Fire|Mayor|City\s+Council|Town\s+Council)\b")
_AREA_AFTER = re.compile(r"\s+(?:County|Parish|Township|Borough)\b")


#: a place filed under another province still counts as in the named one within this distance of its seat
NAMED_AREA_SLACK_KM = 150.0


#: names shorter than this are not matched fuzzily: one letter off is another name
FUZZY_MIN_KEY = 6


#: a place abroad smaller than this is not taken for a name in an article about another country
FOREIGN_TOWN_MIN_POPULATION = 1_000_000


#: disambiguation weights; a country match outweighs population, an admin area named nearby outweighs both
W_COUNTRY = 4.0


W_OTHER_COUNTRY = -3.0


W_ADMIN1 = 3.0


W_ADMIN2 = 2.0


W_NEARBY = 1.5


#: up to this much more for a candidate right at another named place than for one at NEARBY_KM
W_CLOSER = 1.0


W_POPULATION = 0.45


W_LEVEL_HINT = 3.0


W_USER = 1.0


#: a candidate spelled letter for letter as written, against others only sharing its key ("Samarra"/"Samara");
#: about what 1.5 orders of magnitude of population are worth
W_SPELLING = 0.7


#: a candidate matched only by its consonant skeleton when others match the name exactly
W_LOOSE = 2.0


#: other places within this distance of a candidate make it coherent with the article
NEARBY_KM = 120.0


@functools.lru_cache(maxsize=1)
def _stopword_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in _lines("place_stopwords.txt"))


@functools.lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(wordlists.words("geo", "compass_words"))


def _joined(text: str, toks, a: int, b: int) -> bool:
    """True when tokens a and b (b after a) exist and only what joins a name's words lies between them."""
    return 0 <= a and b < len(toks) and bool(_JOIN.fullmatch(text[toks[a][1]:toks[b][0]]))


def _compass_part(text: str, toks, g, gz: Gazetteer) -> bool:
    """True when the run g is one known name after a compass word that opens the capitalised run ("West
    Baltimore"), the two no name the gazetteer knows ("North Charleston" is a city): a part of that place, read as
    the place."""
    i = g[0]
    if not _joined(text, toks, i - 1, i) or toks[i - 1][2].lower() not in _compass_words() or not _cap(toks[i - 1][2]):
        return False
    # nothing capitalised glued before the compass word ("Main West Baltimore") or after the name
    j = g[1]
    before = _joined(text, toks, i - 2, i - 1) and _cap(toks[i - 2][2])
    after = _joined(text, toks, j - 1, j) and _cap(toks[j][2]) and \
        not _PLACE_NOUN.fullmatch(toks[j][2]) and not _WEEKDAY.fullmatch(toks[j][2])
    return not before and not after and not gz.candidates(name_key(text[toks[i - 1][0]:toks[j - 1][1]]), loose=False)


#: words either side of a word that _title_cased reads, within its line
TITLE_CASE_WINDOW = 4
#: the share of those words (function words aside) capitalised that makes Title Case, at least TITLE_CASE_MIN_WORDS:
#: all, as prose dense with names has a lower-case word among them ("West Adams Boulevard near Mid-City,
#: as Los Angeles County deputies said")
TITLE_CASE_SHARE = 1.0
TITLE_CASE_MIN_WORDS = 4
#: ...and this many of the others ordinary English words (TITLE_CASE_WORD_ZIPF) that name no institution or place:
#: a headline capitalises its verbs ("Running", "Fell", "Shot"), a list of names does not ("Gregg County Sheriff's
#: Office, Dale Ray Hunt, of Kilgore")
TITLE_CASE_WORDS = 2
TITLE_CASE_WORD_ZIPF = 4.5
_NAME_PART = re.compile(r"(?:county|parish|sheriff|office|police|department|city|street|avenue|road|school|church|"
                        r"hospital|center|centre|park|university|court|news|state|national|federal|district|jail)",
                        re.I)


def _title_cased(text: str, toks, i: int) -> bool:
    """True when token i stands in a run of Title Case (a headline: "Aurora Boy Tripped on Stairs, Dropped Gun and
    Wounded Cousin"), where a capital marks no name: TITLE_CASE_SHARE of the content words within
    TITLE_CASE_WINDOW words of it on its line are capitalised, TITLE_CASE_WORDS of them ordinary words."""
    lo = text.rfind("\n", 0, toks[i][0]) + 1
    hi = text.find("\n", toks[i][1])
    hi = len(text) if hi < 0 else hi
    window = range(max(0, i - TITLE_CASE_WINDOW), min(len(toks), i + TITLE_CASE_WINDOW + 1))
    near = [toks[j][2] for j in window if j != i and lo <= toks[j][0] and toks[j][1] <= hi and toks[j][2].isalpha()
            and toks[j][2].lower() not in FUNCTION_WORDS]
    if len(near) < TITLE_CASE_MIN_WORDS or sum(_cap(w) for w in near) < TITLE_CASE_SHARE * len(near):
        return False
    return sum(not _NAME_PART.fullmatch(w) and _zipf(fold(w)) >= TITLE_CASE_WORD_ZIPF for w in near) >= TITLE_CASE_WORDS


def _compass_before_name(text: str, toks, g) -> bool:
    """True when the run g is a lone compass word glued to a capitalised word after it ("West" of "West
    Baltimore"): a direction within that place, no place itself."""
    j = g[1]
    return g[1] - g[0] == 1 and toks[g[0]][2].lower() in _compass_words() and _joined(text, toks, j - 1, j) and \
        _cap(toks[j][2])


@functools.lru_cache(maxsize=1)
def _vehicle_makes() -> frozenset[str]:
    return frozenset(wordlists.words("geo", "vehicle_makes"))


_COUNTY_WORD = re.compile(r"County|Parish|Borough|Township")


def _vehicle_words(text: str, toks, g) -> bool:
    """True when the one-word run g is a car's model after its make ("Ford Mustang") or its make before a capitalised
    model ("Dodge Charger"): no place."""
    if g[1] - g[0] != 1:
        return False
    i, makes = g[0], _vehicle_makes()

    def glued(a: int) -> bool:  # token a and the next are one capitalised run
        return _joined(text, toks, a, a + 1) and _cap(toks[a][2]) and _cap(toks[a + 1][2])
    return (glued(i - 1) and toks[i - 1][2].lower() in makes) or (glued(i) and toks[i][2].lower() in makes)


#: a capitalised word right after a car's make ("a Nissan Sentra", "his Dodge Charger") is the car's model
_MAKE_MODEL = re.compile(r"\b(?i:" + wordlists.alternation("geo", "vehicle_makes") + r")[ \t]+([A-Z][a-z][\w-]*)")
#: an article or a possessive right before a word ("on the Sentra", "his Charger"): a thing named, no town
_THING_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+$", re.I)
#: the texts whose car models are remembered (_vehicle_models): a story's paragraphs are read one by one
VEHICLE_MODELS_MEMO = 8


@functools.lru_cache(maxsize=VEHICLE_MODELS_MEMO)
def _vehicle_models(text: str) -> frozenset[str]:
    """The words the text writes as a car's model after its make ("a Nissan Sentra": "sentra"), lower-cased."""
    return frozenset(m.group(1).lower() for m in _MAKE_MODEL.finditer(text))


def _car_named_again(text: str, toks, g) -> bool:
    """True when the one-word run g, after an article or a possessive, is a model the text names after its make
    elsewhere ("a Nissan Sentra" ... "fired on the Sentra"): the car again, no place."""
    return g[1] - g[0] == 1 and toks[g[0]][2].lower() in _vehicle_models(text) and \
        _THING_BEFORE.search(text[max(0, g[2] - 8):g[2]]) is not None


#: a body-part word after a word of a wound and "in" ("shot in the Leg", a headline's "Shot In Arm") is where the
#: person was hit, no place (Arm read as a Philippine region's short name, Leg as a Slovak village's)
_WOUND_IN_BEFORE = re.compile(r"\b(?i:" + wordlists.alternation("geo", "wound_verbs") + r")\s+(?:[\w'’-]+\s+){0,2}?"
                              r"(?i:in)\s+(?:(?i:the|his|her|their|its)\s+)?$")
_BODY_PARTS = wordlists.words("counts", "body_parts")


#: "the Advance reported", "the Herald says": one capitalised word between "the" and a source's verb is a newspaper's
#: or a body's short name, no town (Advance, Missouri)
_SOURCE_BEFORE = re.compile(r"\bthe\s+$")
_SOURCE_AFTER = re.compile(r"\s+(?:" + wordlists.alternation("geo", "source_verbs") + r")\b")


def _source_named(text: str, toks, g) -> bool:
    """True when the one-word run g stands between "the" and a source's verb ("the Advance reported")."""
    return g[1] - g[0] == 1 and _SOURCE_BEFORE.search(text[max(0, g[2] - 5):g[2]]) is not None and \
        _SOURCE_AFTER.match(text, g[3]) is not None


@functools.lru_cache(maxsize=1)
def _quarter_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in wordlists.phrases("geo", "city_quarters"))


#: names and demonyms from country_aliases.tsv count this much of a country's own name: "Russian drones"
#: over Hama, "Burkinabe traders" in Ivory Coast describe foreigners more often than the country an event is in
DEMONYM_FACTOR = 0.6


#: a demonym right before a word for armed forces or money is usually about foreigners in the country reported on
FOREIGN_ACTOR_FACTOR = 0.15


_FOREIGN_ACTOR = re.compile(r"[\s-]+(?:[A-Z][\w-]*\s+){0,2}(?:" + wordlists.alternation("geo", "foreign_actor_patterns") + r")", re.I)


#: a country named as the other side of a border is where the event is not
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:borders?|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.I)


#: an admin1 named in the text votes for its country this much; a town after a place cue this much, else half
VOTE_ADMIN1 = 1.0


VOTE_ADMIN2 = 0.7


VOTE_TOWN = 0.8


#: a province written as the container of a place ("in X (Misrata)") is the writer saying where X is
CONTAINER_VOTE_FACTOR = 2.0


#: a bare name ("in Sofia", not "Sofia region" or "X (Sofia)") of a province in one country and of a city this
#: big in another reads as the city more often: the province votes at BARE_AREA_FACTOR
BARE_AREA_TOWN_POPULATION = 100_000


BARE_AREA_FACTOR = 0.6


#: a name matched only through its consonant skeleton ("Manaus" ~ "Manus") is weak evidence of a country
LOOSE_VOTE_FACTOR = 0.3


#: a candidate whose name is spelled otherwise than the text ("Samara", "Kayah" for "Samarra", "Kaya") counts
#: this much when another candidate is spelled letter for letter: the key merges transliterations, not places
SPELLING_VOTE_FACTOR = 0.5


#: with no country to confirm it, a loosely matched name is taken only for a city this big whose own name it
#: nearly spells (rapidfuzz ratio of the keys)
LOOSE_ALONE_MIN_POPULATION = 100_000


LOOSE_ALONE_RATIO = 90.0


#: a known word inside a longer unknown name ("Lima" of "Lima-San Juan de Lurigancho") is taken with no country
#: to confirm it only when it is a province or a town this big spelled exactly so
PARTIAL_ALONE_MIN_POPULATION = 50_000


#: a place named with its containing areas and found inside one of them in the gazetteer votes this much more
#: for that country
CHAIN_VOTE = 0.5


#: a place named with its containing areas yields to them when it is no town this big anywhere it is known
TIED_HEAD_MAX_POPULATION = 50_000


#: a known name inside a longer container name ("Western Area" of "Western Area Urban") votes at this share
PARTIAL_CONTAINER_FACTOR = 0.25


#: below this best score the article has no country: a loosely matched town alone scores at most 0.24 (a
#: cued city), one exactly named town of a few thousand people after a place cue about 0.55
MIN_COUNTRY_SCORE = 0.25


@functools.lru_cache(maxsize=1)
def _country_cue_table() -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[tuple[str, float]]],
                                  dict[str, list[tuple[str, str]]]]:
    """Words that point to a country: name key -> [(country, weight)], case-exact abbreviations, and the
    admin1 areas some cues point to (key -> [(country, admin1)])."""
    keyed: dict[str, list[tuple[str, float]]] = {}
    exact: dict[str, list[tuple[str, float]]] = {}
    areas: dict[str, list[tuple[str, str]]] = {}
    for line in _lines("country_aliases.tsv"):
        cc, weight, words, *rest = line.split("\t")
        for w in words.split("|"):
            abbreviation = w.replace(".", "").isupper() and len(w) <= 5  # "US", "DRC", "SDF": only as written
            table = exact if abbreviation else keyed
            k = w if abbreviation else name_key(w)
            table.setdefault(k, []).append((cc, float(weight)))
            if rest and rest[0].strip():
                areas.setdefault(k, []).extend((cc, a) for a in rest[0].strip().split("|"))
    return keyed, exact, areas


@functools.lru_cache(maxsize=200_000)
def _spelling(name: str) -> str:
    """A name as written, less case, diacritics, apostrophes and articles: unlike name_key it keeps doubled
    letters and endings, so "Samarra" is not spelled "Samara" though both have one key."""
    return " ".join(t for t in _SPELL_SPLIT.split(fold(name)) if t and t not in PARTICLES and t not in LINKERS)


_SPELL_SPLIT = re.compile(r"[^a-z0-9]+")


def _spelled_alike(m: "Mention") -> frozenset[str]:
    """Countries with a candidate whose main name is spelled as the text spells it, when some candidates'
    countries have none ("Samarra": Iraq, not Russia's Samara); else empty. Within one country spellings vary
    with the gazetteer's language (Oleksandrivka/Aleksandrovka) and say nothing. A province named by one of its
    names in admin1_aliases.tsv ("North East" for Ghana's Northern) is spelled as written too."""
    want = _spelling(m.text)
    aliases = _admin1_alias_keys()
    countries = frozenset(e.country for e in m.entries if _spelling(e.name) == want or (
        e.feature == "admin1" and (e.country, m.key) in aliases))
    return countries if countries and any(e.country not in countries for e in m.entries) else frozenset()


@functools.lru_cache(maxsize=1)
def _admin1_alias_keys() -> frozenset[tuple[str, str]]:
    """(country, name key) of every name admin1_aliases.tsv gives a province."""
    out: set[tuple[str, str]] = set()
    for line in _lines("admin1_aliases.tsv"):
        cc, _gname, names = line.split("\t")[:3]
        out.update((cc, name_key(n)) for n in names.split("|"))
    return frozenset(out)


def _country_names(gz: Gazetteer) -> dict[str, str]:
    """name key -> ISO2 for every country name in the gazetteer."""
    return gz.country_name_keys()


@dataclass
class _Context:
    gz: Gazetteer
    text: str
    mode: str
    country: str | None = None
    admin1: set = field(default_factory=set)  # (country, admin1 display name)
    admin2: set = field(default_factory=set)  # (country, admin2 name key)
    named_admin1: set = field(default_factory=set)  # provinces the text states as containers ("(Afgooye, X)")
    cue_admin1: set = field(default_factory=set)  # provinces an actor cue confines events to (OSCE SMM: Donbas)
    containers: set = field(default_factory=set)  # name keys of "X, Y" / "X (Y, Z)" containers, any level
    points: list = field(default_factory=list)  # (lat, lon, country) of confident places


#: people's names that are no places (find_mentions): their spans, or a function that gives, for the place names
#: found, the spans of the people's names that may hold them (so that NER reads only where a place name was found)
People = Union[Sequence[tuple[int, int]], Callable[[Sequence["Mention"]], Sequence[tuple[int, int]]]]


#: a word joined to "-year-old" ("Sixteen-year-old", "Twenty-one-year-old") is an age, never a place's name
_AGE_AFTER_NAME = re.compile(r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[-\s]?(?:years?|months?|weeks?|"
                             r"days?)[-\s]old\b", re.I)


#: stretches whose place names (before people's names are taken out) are remembered: an article's incidents are
#: placed from the sentences they share and the sentences before them, and the joined pieces of one act are placed
#: again from the same ones (a quarter of find_mentions' calls repeat one: 124 of 501 on 20 MUC-4 texts and 40 GVA
#: articles). Each call gets copies, which later stages annotate and resolve
MENTIONS_MEMO_SIZE = 1024
_MENTIONS_MEMO: dict[tuple[Gazetteer, str, str, int, int, bool], list[Mention]] = {}


def find_mentions(text: str, start: int, end: int, ctx: _Context,
                  people: People = ()) -> list[Mention]:
    """Place names in text[start:end], longest known word runs first. Names inside `people` (spans of persons'
    names, or a function giving those that may hold the names found) are never places."""
    found = place_names(text, start, end, ctx)
    # (a Mention's fields are scalars, tuples and frozen entries: a shallow copy is a whole one)
    chosen = [copy.copy(m) for m in found]
    persons = people(chosen) if callable(people) else people
    if persons:
        # only a name that is part of a longer person's name ("Roof" in "Dylann Roof"): NER also calls lone
        # village names persons ("in Abdi Ali"), and those stay places
        chosen = [m for m in chosen if not any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                                               for s, e in persons)]
    chosen.sort(key=lambda m: m.start)
    _annotate(text, chosen)
    return chosen


def place_names(text: str, start: int, end: int, ctx: _Context) -> list[Mention]:
    """The place names of text[start:end] before people's names are taken out, as find_mentions remembers them: to
    read, never to change (find_mentions hands out copies)."""
    confined = bool(ctx.cue_admin1)
    # (the gazetteer itself, not its id: a freed one's may be reused)
    key = (ctx.gz, ctx.mode, text, start, end, confined)
    found = _MENTIONS_MEMO.get(key)
    if found is None:
        if len(_MENTIONS_MEMO) >= MENTIONS_MEMO_SIZE:
            _MENTIONS_MEMO.clear()
        found = _MENTIONS_MEMO[key] = _names_in(text, start, end, ctx.gz, ctx.mode, confined)
    return found


def _names_in(text: str, start: int, end: int, gz: Gazetteer,  # noqa: C901 - 25 branches; to split
              mode: str, confined: bool = False) -> list[Mention]:
    """The place names of text[start:end] (find_mentions), before people's names are taken out, in the order found."""
    toks = _words(text, start, end)
    grams = _ngrams(text, toks, mode)
    keys = _gram_keys(text, toks, grams)
    known = gz.known_keys(k for k in keys.values() if k)
    stop = _stopword_keys()
    quarters = _quarter_keys()
    chosen: list[Mention] = []
    taken: set[int] = set()
    by_len = sorted(grams, key=lambda g: (-(g[1] - g[0]), g[0]))

    def free(g) -> bool:
        return not any(t in taken for t in range(g[0], g[1]))

    for g in grams:
        if keys[g] in quarters:
            # "the Southwest Side" is a part of the story's city, no place of its own, even where the gazetteer
            # knows no place of the whole name: "Side" alone is a town in Turkey (GVA 960, 2903)
            taken.update(range(g[0], g[1]))

    def take(g, entries, partial: bool) -> None:
        k, surface = keys[g], text[g[2]:g[3]]
        if k in quarters:
            taken.update(range(g[0], g[1]))  # "the South Side" is a part of the story's city, no place of its own
            return
        weak = False
        if g[1] - g[0] == 1:
            common = k in stop or _zipf(fold(surface)) >= (COMMON_WORD_ZIPF if mode == "mixed" else
                                                           COMMON_WORD_ZIPF_CASELESS)
            if mode == "mixed":
                sentence_initial = g[0] == 0 or bool(re.search(r"[.!?:;\n\"“]", text[toks[g[0] - 1][1]:g[2]]))
                # A common word joined by "and" to a capitalised one is part of a name ("Blue and White"); in a
                # headline's Title Case its capital is no name's ("Teen Slipped in Mud": Mud, Iran).
                weak = common and (sentence_initial or k in stop or partial or _title_cased(text, toks, g[0]) or (
                    _adjacent_caps(text, toks, g, CONNECTORS) and not _compass_part(text, toks, g, gz)))
            else:
                weak = common
        else:
            weak = k in stop  # "the West Coast": a stretch of any country's shore, not New Zealand's region
        chosen.append(Mention(g[2], g[3], surface, k, entries, weak=weak, partial=partial))
        taken.update(range(g[0], g[1]))

    cue_words = _country_cue_table()[0]
    country_keys = _country_names(gz)

    def acceptable(g) -> bool:
        k = keys[g]
        if not k or not free(g):
            return False
        if mode == "mixed" and len(k) < NAME_MIN_CHARS:
            return False  # "Image 1 of 16 A man died", "I": a letter is no place's name (A, South Africa; I, Finland)
        if k in cue_words and k not in country_keys and not _HINT_AFTER.match(text[g[3]:g[3] + 30]):
            return False  # "Houthi", "Afghan": evidence of a country, not a place name ("Somali region" is)
        if g[2] > 0 and re.search(r"\b(?:pro|anti|ex|non)-$", text[max(0, g[2] - 5):g[2]], re.I):
            return False  # "pro-Hadi", "anti-Houthi": a side, not a place
        in_parens = "(" in text[max(0, g[2] - 25):g[2]] and ")" in text[g[3]:g[3] + 25]
        if mode == "mixed" and g[1] - g[0] == 1 and _acronym(toks[g[0]][2]) and \
                not ((len(toks[g[0]][2]) > 2 or in_parens)
                     and any(e.feature == "admin1" for e in gz.candidates(k, loose=False))):
            return False  # acronyms in mixed-case text ("IS", "TMF", "COVID") are organisations, not places,
            # unless a province goes by them ("AJK", "KPK", "(Etah, UP)")
        if _AGE_AFTER_NAME.match(text, g[3]):
            return False  # "Sixteen-year-old Bradenton girl": an age (Sixteen, Ohio), not a place
        if g[1] - g[0] == 1 and toks[g[0]][2].lower() in _BODY_PARTS and \
                _WOUND_IN_BEFORE.search(text[max(0, g[2] - 40):g[2]]):
            return False  # "Man Shot In Leg": where he was hit (Leg, a village), no place
        if g[0] > 0 and toks[g[0] - 1][2].lower() in TITLES:
            return False  # "President Hadi", "General Salah": a person
        if mode == "mixed" and g[1] - g[0] == 1 and g[0] > 0 and toks[g[0] - 1][2] in _SPEECH_VERBS and \
                re.match(r"[.,;]", text[g[3]:g[3] + 1]):
            return False  # '"It's horrible," said Bass.': who spoke, a person (Bass, France)
        if mode == "mixed" and _MIDDLE_INITIAL_AFTER.match(text, g[3]):
            return False  # "Orlando J. Collins": a person (Orlando, Florida)
        if _BUSINESS_AFTER.match(text, g[3]) or _BUILDING_AFTER.match(text, g[3]):
            return False  # "Baker's Store": a person's or a firm's name; "Happy Village apartments": a building's
        if mode == "mixed" and (_vehicle_words(text, toks, g) or _car_named_again(text, toks, g)):
            return False  # "his Ford Mustang": a car; "the Mustang" where the text names one after its make
        if mode == "mixed" and _source_named(text, toks, g):
            return False  # "the Advance reported": a newspaper
        if mode == "mixed" and g[1] < len(toks) and toks[g[0]][2] == "The" and \
                _COUNTY_WORD.fullmatch(toks[g[1]][2]) and _joined(text, toks, g[1] - 1, g[1]):
            return False  # "The Greene County Sheriff's Office": Greene County's, not a place called The Greene
        return True

    # Whole names first; a known word inside a longer capitalised name ("Federal Police") waits.
    # (the cheap set lookups before acceptable(): most word runs are no known name)
    for g in by_len:
        if keys[g] in known and acceptable(g) and (
                not _adjacent_caps(text, toks, g) or _compass_part(text, toks, g, gz)):
            take(g, _possessive_area(text, g, gz) or gz.candidates(keys[g]), False)
    # Capitalised names the exact keys missed: transliteration variants by skeleton (Quamishli/Qamishli).
    if mode == "mixed":
        for g in by_len:
            k = keys[g]
            if len(k) >= 5 and k not in stop and acceptable(g) and not _adjacent_caps(text, toks, g) and (
                    g[1] - g[0] > 1 or _zipf(fold(toks[g[0]][2])) < COMMON_WORD_ZIPF):
                entries = gz.candidates(k, loose=True)
                if entries:
                    take(g, entries, False)
    for m in _unknown_by_pattern(text, toks, chosen, start, mode, known if confined else None):
        if m.key in known:  # "Prison of Freetown city": a known town inside a longer capitalised run
            m.entries, m.unknown = gz.candidates(m.key), False
        chosen.append(m)
    first = {t[0]: i for i, t in enumerate(toks)}
    for m in chosen:
        i = first.get(m.start)
        while i is not None and i < len(toks) and toks[i][0] < m.end:
            taken.add(i)
            i += 1
    for g in by_len:
        if keys[g] in known and acceptable(g) and not _compass_before_name(text, toks, g):
            take(g, gz.candidates(keys[g]), True)
    return chosen


def _possessive_area(text: str, g, gz: Gazetteer) -> tuple[Entry, ...]:
    """The county or parish a name in the possessive before "County" names where the gazetteer has one of that
    whole name ("Prince George's County": Maryland's), else nothing (_POSSESSIVE_AREA)."""
    m = _POSSESSIVE_AREA.match(text, g[3])
    if m is None:
        return ()
    return tuple(e for e in gz.candidates(name_key(text[g[2]:m.end()]), loose=False) if e.feature == "admin2")


def _gram_keys(text: str, toks, grams) -> dict:
    """name_key of each word run, built from cached per-word keys (a run of particles keeps them, as name_key)."""
    wk = [word_key(t[2]) for t in toks]
    out = {}
    for g in grams:
        first = toks[g[0]][2]
        if g[1] - g[0] > 1 and first in ABBREVIATED_FIRST_WORDS and text[toks[g[0]][1]:toks[g[0]][1] + 1] == ".":
            # "Ft. Lauderdale": the abbreviation read as its word (text._ngrams joins it)
            k = " ".join(x for x in [word_key(ABBREVIATED_FIRST_WORDS[first])] + wk[g[0] + 1:g[1]] if x)
            out[g] = k if k else name_key(text[g[2]:g[3]])
            continue
        k = " ".join(x for x in wk[g[0]:g[1]] if x)
        out[g] = k if k else name_key(text[g[2]:g[3]])
    return out


def _adjacent_caps(text: str, toks, g, glue: frozenset[str] | None = None) -> bool:
    """True when a capitalised word is glued to this run: part of a longer name ("Federal Police", "X al-Matar")."""
    def road_pair(a: int, b: int) -> bool:
        # "the Tripoli-Beirut highway": a hyphen between two names a road word follows joins two towns
        return 0 <= a and b < len(toks) and text[toks[a][1]:toks[b][0]] == "-" and \
            bool(_ROAD_AFTER.match(text[toks[b][1]:toks[b][1] + 30]))

    i, j = g[0], g[1]
    glue = _GLUE if glue is None else glue
    if _joined(text, toks, i - 1, i) and not road_pair(i - 1, i) and (
            _cap(toks[i - 1][2]) and not _AREA_NOUN.fullmatch(toks[i - 1][2]) or (
            toks[i - 1][2].lower() in glue and _joined(text, toks, i - 2, i - 1) and _cap(toks[i - 2][2]) and
            not _AREA_NOUN.fullmatch(toks[i - 2][2]))):
        return True
    if _joined(text, toks, j - 1, j) and not road_pair(j - 1, j) and (
            _cap(toks[j][2]) and not _PLACE_NOUN.fullmatch(toks[j][2]) and not _WEEKDAY.fullmatch(toks[j][2]) or (
            toks[j][2].lower() in glue and _joined(text, toks, j, j + 1) and _cap(toks[j + 1][2]))):
        return True
    return False


#: connectors that glue words into one longer name; "and" joins two names ("between Homs and Tadmor") unless
#: the whole is itself known ("Sistan and Baluchestan", matched before any part)
_GLUE = CONNECTORS - {"and"}


#: a speech verb before a lone name that ends the clause makes it a speaker's ("said Bass.", "says Sube,")
_SPEECH_VERBS = frozenset(("said", "says", "added", "explained", "told"))


#: a name in the possessive before a business noun is its owner's, not a place
_BUSINESS_AFTER = re.compile(r"['’]s\s+(?:[A-Z]\w*\s+)?(?:store|shop|restaurant|cafe|bar|hotel|company|bank|office|"
                             r"house|home|residence|farm|factory|supermarket|pharmacy|clinic)\b", re.I)


#: a name in the possessive before "County" or "Parish" is the county's whole name ("Prince George's County",
#: Maryland's; "Queen Anne's County"), not the namesake without the possessive (Prince George, Virginia): the
#: possessive is no word of the name's run (text._words), so the county is looked up by the whole phrase
_POSSESSIVE_AREA = re.compile(r"['’][sS]\s+(?:County|COUNTY|Parish|PARISH)\b")
#: a name before a middle initial and a surname is a person's given name ("28-year-old Orlando J. Collins"), not
#: a town; the surname must be a capitalised word of small letters, so "Washington, D. C." stays a place
_MIDDLE_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]+\b")


#: a place word and a building's after a name: "the Happy Village apartments", "Cedar Park Homes" name a building or
#: a housing complex, not a village or a park of that name
_BUILDING_NOUNS = wordlists.alternation("geo", "building_nouns")
_BUILDING_AFTER = re.compile(rf"\s+(?:{_PLACE_WORDS['town']}|{_PLACE_WORDS['area']}|park|gardens|heights|hills|"
                             rf"court|square|manor|estates)\s+(?:{_BUILDING_NOUNS})\b", re.I)


#: a capitalised word before a name that says what the name is: "Barangay Pilar", "Municipality of Allende"
_AREA_NOUN = re.compile(_PLACE_WORDS["label"], re.I)


#: a weekday after a name tells when, and is no more of the name: "shot in Atlanta Tuesday afternoon"
_WEEKDAY = re.compile(timex.WEEKDAY, re.I)


#: a capitalised word after a name that says what the name is, not more of it: "Lima Province", "Hama Airbase"
_PLACE_NOUN = re.compile(rf"(?:{_AREA_WORDS}|{_TOWN_WORDS}|governorate|airport|airbase|air\s*base|"
                         r"governor|crossing|checkpoint|front|frontline|countryside|city)", re.I)


#: what ends the clause after "near X" in a note confined to some provinces ("observed 7 explosions near
#: Dolomytne."): nothing more of the name follows, so X is a village the gazetteer lacks, placed in those provinces
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")


def _marked_unknown(before: str) -> bool:
    """_UNKNOWN_BEFORE.search(before) ("the village of "), asked only where `before` ends in "of", "called" or
    "named" and a space, as every match does: caseless text tries it before every word."""
    if not before[-1:].isspace() or not before.rstrip()[-6:].lower().endswith(("of", "called", "named")):
        return False
    return bool(_UNKNOWN_BEFORE.search(before))


def _unknown_by_pattern(text: str, toks, chosen: list[Mention], start: int, mode: str,
                        confined: AbstractSet[str] | None = None) -> list[Mention]:
    """Names the text itself marks as places though the gazetteer lacks them: 'the village of X', 'X village',
    and in mixed case 'in X (District, Province)'; where an actor cue confines the text's events to some provinces
    (`confined`, the name keys the gazetteer knows: the OSCE monitors' notes), also 'near X' ending a clause, when
    no word of X is a known name ("near Kalynove-Borshchuvate" is placed by Kalynove, the village beside it)."""
    out: list[Mention] = []
    stop = _stopword_keys()
    cue_words = _country_cue_table()[0]
    covered = lambda pos: any(m.start <= pos < m.end for m in chosen + out)  # noqa: E731
    for idx, (s, e, w) in enumerate(toks):
        if mode == "mixed" and (not _cap(w) or (idx > 0 and _cap(toks[idx - 1][2]) and
                                                _JOIN.fullmatch(text[toks[idx - 1][1]:s]))):
            continue
        before = text[max(start, s - 40):s]
        marked_before = _marked_unknown(before)
        if mode != "mixed" and not marked_before:
            continue
        if covered(s):
            continue
        run: list[tuple[int, int, str]] = []
        for s2, e2, w2 in toks[idx: idx + 4]:
            if run and not _JOIN.fullmatch(text[run[-1][1]:s2]):
                break
            if mode == "mixed" and not (_cap(w2) or w2.lower() in CONNECTORS):
                break
            if mode != "mixed" and w2.lower() in FUNCTION_WORDS:
                break
            if covered(s2):
                break
            run.append((s2, e2, w2))
        while run and run[-1][2].lower() in CONNECTORS:
            run.pop()
        if not run:
            continue
        after = text[run[-1][1]:run[-1][1] + 30]
        hint = _HINT_AFTER.match(after)
        marked = marked_before or bool(hint and hint.group("town")) or (
            (_IN_CUES.search(before) or _NEAR_CUES.search(before)) and re.match(
                r"\s*(?:(?:area|village|town|locality|front|frontline|sector)\s*)?\(", after, re.I)) or (
            confined is not None and mode == "mixed" and _NEAR_CUES.search(before) is not None and
            _CLAUSE_END.match(after) is not None and not any(name_key(w) in confined for _, _, w in run))
        surface = text[run[0][0]:run[-1][1]]
        k = name_key(surface)
        if not marked or not k or k in stop or k in cue_words or (
                len(run) == 1 and _zipf(fold(surface)) >= COMMON_WORD_ZIPF) or (
                mode == "mixed" and len(run) == 1 and surface.isupper()):
            continue
        out.append(Mention(run[0][0], run[-1][1], surface, k, (), unknown=True, hint="town"))
    return out


#: what stands between a place and the container written right after it: "X, Y", "X (Y, Z)", "X district, Y"
_CHAIN_GAP = re.compile(rf"\s*(?:\w+\s+)?(?:(?:{_GAP_WORDS})\s*)?(?:,|\(|,\s*\(|\)\s*,|\)\s*\(|\s-\s)\s*", re.I)


_CONTAINER_GAP = re.compile(rf"\s*(?:(?:{_PLACE_WORDS['container']})\s+)?(?:of|in)\s+(?:the\s+)?", re.I)


_AREA_GAP = re.compile(rf"\s*(?:{_AREA_WORDS})s?\s+in\s+(?:the\s+)?", re.I)


_NEAR_GAP = re.compile(r",?\s*(?:(?:villages?|town|area)\s+)?(?:near|close to|outside|on the outskirts of|"
                       r"(?:just\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+of)\s+"
                       r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)


def _province_of(prev: Mention, m: Mention) -> bool:
    """"Rmelan in Al-Hasakeh": m names a province of a country the place before it may lie in (or the place
    before it is unknown, or known only by names that resemble it: "Gharibah in Deir-ez-Zor", where no Gharibah is
    known but Guariba, Brazil and al Gharbiyah, Egypt are)."""
    if prev.weak or m.weak:
        return False
    provinces = {e.country for e in m.entries if e.feature == "admin1"}
    return bool(provinces) and (prev.unknown or any(e.country in provinces for e in prev.entries) or (
        bool(prev.entries) and not any(_spelling(e.name) == _spelling(prev.text) for e in prev.entries)))


#: a lower-case word for a part of a place between a cue and the place ("shot in southwest Atlanta", "in downtown
#: Memphis"): the cue is the place's (capitalised, "in North Charleston", it is part of the name and found as such).
#: Not "suburban" or "rural": "a complex in suburban Detroit" is in Dearborn Heights, near Detroit, not in it
_PART_BEFORE = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|downtown|uptown|"
                          r"midtown)(?:ern)?\s+$")


#: a name before "Police Department" is the town whose police it is ("Douglas Police Department
#: officers arrived"): a place cue as "in" is, so that a town that is also a given name or a common word (Douglas,
#: Sylvester) is read as the town
_POLICE_OF = re.compile(r"\s+Police\s+(?:Department|Dept\b)")
#: ...where the name opens the capitalised run: "Wayne" of "The Fort Wayne Police Department" is no town of its own
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“\w])(?!The\s)[A-Z][\w'’.-]*\s+$")


def _annotate(text: str, mentions: list[Mention]) -> None:
    prev: Mention | None = None
    for m in mentions:
        after, before = text[m.end:m.end + 30], text[max(0, m.start - 60):m.start]
        h = _HINT_AFTER.match(after)
        if _ROAD_AFTER.match(after):
            m.hint = "road"  # "Murree road", "Jalandhar bypass": a road named after a town, not the town
        elif h:
            m.hint = "town" if h.group("town") else ("area" if h.group("area") else "near")
        else:
            h = _HINT_BEFORE.search(before)
            if h:
                m.hint = m.hint or ("town" if h.group("town") else "area")
        # "in southwest Columbus", "in northwest Miami-Dade": a part of the place, cued as the place is
        before = _PART_BEFORE.sub("", before)
        if _NEAR_CUES.search(before):
            m.cue = "near"
        elif _IN_CUES.search(before) or (_POLICE_OF.match(text, m.end) and
                                         not _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)):
            m.cue = "in"
        if prev is not None:
            gap = text[prev.end:m.start]
            if _ALIAS_AFTER.match(text, m.end) and re.fullmatch(r"\s*\(\s*", gap):
                # "Spin Boldak (Takhtah Pul) district": another name of the district, which the area word after
                # the parenthesis makes the first name too
                m.alias = True
                prev.hint = prev.hint or "area"
            elif _CHAIN_GAP.fullmatch(gap) or (
                    "(" in text[prev.start - 1:m.start] and ")" not in gap and len(gap) < 40) or (
                    # "Zaghniya village in Diyala province", "As Sirrah area of Lawdar district", "Ganeshpur area
                    # of Jalesar town", "Ugah, near Lafia": the second name says where the first lies
                    (m.hint in ("area", "town") or _province_of(prev, m)) and _CONTAINER_GAP.fullmatch(gap)) or (
                    # "Libertador municipality in Caracas": an area in the place written after it ("district of" may
                    # name the province of a namesake: "Lensk district of Yakutia")
                    prev.hint == "area" and _AREA_GAP.fullmatch(gap)) or \
                    _NEAR_GAP.fullmatch(gap) and not _ROAD_NAMED.match(text, m.end):
                m.contained = True
        prev = m
    # "the Tripoli-Beirut highway": the first town names the road as much as the second
    for a, b in zip(mentions, mentions[1:]):
        if b.hint == "road" and text[a.end:b.start] == "-":
            a.hint = "road"
    # "Etla, Santa Lucia del Camino, and Zaachila": a list, not a place and its containers; what
    # the last is ("Al Jawf, Ad Dali and Taizz governorates") all are.
    for i in range(1, len(mentions)):
        if re.fullmatch(r",?\s+(?:and|or|&)\s+(?:the\s+)?", text[mentions[i - 1].end:mentions[i].start]):
            j = i - 1
            members = [mentions[i], mentions[j]]
            while j > 0 and mentions[j].contained and re.fullmatch(
                    r",\s*", text[mentions[j - 1].end:mentions[j].start]):
                mentions[j].contained = False
                j -= 1
                members.append(mentions[j])
            if mentions[i].hint == "area":
                for x in members:
                    x.hint = x.hint or "area"


def _offset(point: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    la, lo, br, d = math.radians(point[0]), math.radians(point[1]), math.radians(bearing), km / 6371.0
    la2 = math.asin(math.sin(la) * math.cos(d) + math.cos(la) * math.sin(d) * math.cos(br))
    lo2 = lo + math.atan2(math.sin(br) * math.sin(d) * math.cos(la), math.cos(d) - math.sin(la) * math.sin(la2))
    return (math.degrees(la2), (math.degrees(lo2) + 540) % 360 - 180)


#: per tenfold people of its biggest town, what a district of no population of its own scores over a namesake: a
#: tie-break among a name's districts that no other evidence tells apart ("Harris County" is Houston's in Texas, not
#: Georgia's, "DeKalb County" Georgia's rather than Alabama's, which its lower id chose before)
W_AREA_TOWNS = 0.02


#: the towns that _area_people counts: smaller ones do not tell big districts from small ones
AREA_TOWN_MIN_POPULATION = 5_000


@functools.lru_cache(maxsize=256)
def _area_people(gz: Gazetteer, country: str) -> dict[tuple[str, str], int]:
    """(admin1, admin2) -> the people of the biggest town the gazetteer files under that district."""
    out: dict[tuple[str, str], int] = {}
    for t in gz.big_towns(country, AREA_TOWN_MIN_POPULATION):
        if t.admin1 and t.admin2:
            k = (t.admin1, t.admin2)
            out[k] = max(out.get(k, 0), t.population)
    return out


def _score(e: Entry, m: Mention, ctx: _Context) -> float:
    s = W_POPULATION * math.log10(e.population + 10)
    if e.feature == "admin2" and not e.population and e.admin1 and e.admin2:
        s += W_AREA_TOWNS * math.log10(_area_people(ctx.gz, e.country).get((e.admin1, e.admin2), 0) + 10)
    if ctx.country:
        s += W_COUNTRY if e.country == ctx.country else W_OTHER_COUNTRY
    if e.feature != "country" and e.admin1 and (e.country, e.admin1) in ctx.admin1:
        s += W_ADMIN1
    if e.admin2 and (e.country, name_key(e.admin2)) in ctx.admin2:
        s += W_ADMIN2
    elif e.admin2 and e.feature != "admin2" and name_key(e.admin2) in ctx.containers:
        s += W_ADMIN2  # "Cawayan, Masbate": Masbate is both a town and the district Cawayan lies in
    if ctx.points and e.feature not in ("country", "admin1"):
        near = [_km((e.lat, e.lon), (la, lo)) for la, lo, c in ctx.points if c == e.country]
        d = min(near, default=NEARBY_KM + 1)
        if d <= NEARBY_KM:
            # coherent with the article's other places, the closer the more ("Kadikoy, Istanbul")
            s += W_NEARBY + W_CLOSER * (1.0 - d / NEARBY_KM)
    if m.hint == "area":
        s += W_LEVEL_HINT if e.feature in ("admin1", "admin2") else -W_LEVEL_HINT
    elif m.hint == "town":
        s += W_LEVEL_HINT if e.feature in (POPULATED_PLACE, "user") else -W_LEVEL_HINT
    elif m.contained and e.feature in ("admin1", "admin2", "country"):
        s += 1.0  # "Opytne, Donetsk": the second name is usually the area the first lies in
    elif e.feature == "admin2":
        s -= 0.5  # districts are mostly named after their seat; the town is what reports mean
    if e.feature == "user":
        s += W_USER
    return s


#: the country whose provinces' names are also other names of towns of theirs that go by a longer one (Maryland City,
#: "Maryland"): a state's name there is the state, not that town (_state_alias_town)
STATE_ALIAS_COUNTRY = "US"


def _state_alias_town(e: Entry, m: Mention) -> bool:
    """Is `e` a town of a STATE_ALIAS_COUNTRY state whose own name is not the mention's, named by it only as another
    name, where the mention is that state's name ("a firefighter shot in Maryland": the state, not Maryland City)?"""
    return e.feature == POPULATED_PLACE and e.country == STATE_ALIAS_COUNTRY and name_key(e.name) != m.key and any(
        a.feature == "admin1" and (a.country, a.admin1) == (e.country, e.admin1) and name_key(a.name) == m.key
        for a in m.entries)


def _resolve(m: Mention, ctx: _Context) -> None:
    best, best_s = None, -1e9
    spelled = _spelled_alike(m)
    exact_entries = ctx.gz.candidates(m.key, loose=False)
    exact = {e.id for e in exact_entries}
    so_named = any(name_key(e.name) == m.key for e in exact_entries)
    for e in m.entries:
        if _state_alias_town(e, m):
            continue
        sc = _score(e, m, ctx) + (W_SPELLING if e.country in spelled else 0.0)
        if exact and e.id not in exact or so_named and _stem_named(e, m.key):
            # "Donetskyi, Luhansk": the village so named, not the province it resembles; "near Luhanske": the
            # village of that name, not the city (Luhansk) that has the name's longer form as another name
            sc -= W_LOOSE
        if sc > best_s:
            best, best_s = e, sc
    if best is not None and m.partial and (ctx.country is not None and best.country != ctx.country or
                                           best.id not in exact):
        best = None  # "Hammam" of "Hammam al Turkman" only resembles Hama: a word of a name we lack
    elif best is not None and m.partial and ctx.country is None and not (
            (best.feature == "admin1" or best.population >= PARTIAL_ALONE_MIN_POPULATION)
            and _spelling(m.text) == _spelling(best.name)):
        best = None  # "Elias" of "Bar Elias", "Ayn" of "Ayn Laylah": with no country, only a city spelled so
    loose = best is not None and best.id not in {e.id for e in ctx.gz.candidates(m.key, loose=False)}
    if best is not None and ctx.country is None and loose and not (
            best.population >= LOOSE_ALONE_MIN_POPULATION and _ratio(m.key, name_key(best.name)) >= LOOSE_ALONE_RATIO):
        # No country to confirm it: a place that only resembles the name ("Taalabaya" ~ "Taulabe", "Markoye" ~
        # "Maracaibo") is likelier a village the gazetteer lacks than a namesake across the world; a city spelled
        # nearly so ("Quamishli") is still the city.
        best = None
        m.unknown = ctx.mode == "mixed" and not m.weak and not m.partial
    elif best is not None and ctx.country is not None and best.country != ctx.country and (
            loose or best.feature in (POPULATED_PLACE, "admin2") and best.population < FOREIGN_TOWN_MIN_POPULATION):
        # A small town abroad sharing the name, or any place abroad with a merely similar name, is far likelier
        # a local village the gazetteer lacks.
        best = None
        m.unknown = ctx.mode == "mixed" and not m.weak and not m.partial
    if best is not None and m.weak:
        # A common word is a place only when written as a name, after a place cue, in the article's country.
        in_country = ctx.country is not None and best.country == ctx.country
        if ctx.mode == "mixed":
            # a place cue, or the container slot of "Sienso (San, Segou)"
            supported = in_country and (m.cue is not None and not _cue_for_longer_name(m, best, ctx.text)
                                        or m.contained or _own_state_after(ctx.text, m, best))
        else:
            supported = in_country and (m.cue is not None or best.feature in ("admin1", "country")
                                        or best.population >= WEAK_SUPPORT_POPULATION)
        if not supported:
            best = None
    m.best, m.score = best, best_s


def _own_state_after(text: str, m: Mention, e: Entry) -> bool:
    """Is a US town's name written with its own state after it ("Hope, Ark., police", "Normal, Illinois")? Then a
    common word ("Hope") is the town's name, as a place cue would make it."""
    if e.country != STATE_ALIAS_COUNTRY or e.feature != POPULATED_PLACE:
        return False
    written = _state_after(text, m.end)
    return written is not None and written == _state_name(e.admin1)


def _stem_named(e: Entry, key: str) -> bool:
    """Is the name key `key` a longer form of `e`'s own name (its stem and an ending: "Luhanske" of Luhansk), which
    the gazetteer gives `e` only as another name? Where another place goes by the longer form itself, that place is
    meant (_resolve)."""
    own = name_key(e.name)
    return own != key and key.startswith(own)


def _cue_for_longer_name(m: Mention, best: Entry, text: str) -> bool:
    """True when the place cue before a word place_stopwords.txt lists points at a longer name the word opens: another capitalised
    word follows that is no town service's ("in City Court", "near Saginaw Valley State University"), or an area
    word follows and the gazetteer's namesake is a town, not an area ("in North County", a part of St. Louis: North,
    Utah is a town, and no county is called North)."""
    if m.key not in _stopword_keys():
        return False  # "outside the Taylor Sportsplex": a town's name (a common one) on its own facility
    if m.partial:
        return not _TOWN_SERVICE_AFTER.match(text, m.end)
    return m.hint == "area" and best.feature not in ("admin1", "admin2") and \
        bool(_AREA_AFTER.match(text, m.end))


def _fuzzy_fill(m: Mention, ctx: _Context) -> None:
    """A name the gazetteer lacks may be a near-miss spelling of a town in the article's country
    ("Saihwal" for Sahiwal); take it when it is close, and inside the provinces the text names, if any."""
    if ctx.country is None:
        return  # not reached: only called when the article's country is known
    hits = [(e, sc) for e, sc in ctx.gz.fuzzy(m.key, ctx.country, limit=5)
            if e.feature in (POPULATED_PLACE, "user") and not _outside_named_areas(e, ctx)]
    if not hits:
        return
    e, _ = max(hits, key=lambda h: (h[1], h[0].population, -h[0].id))
    m.entries, m.best, m.unknown = (e,), e, False


def _resolve_all(mentions: list[Mention], ctx: _Context) -> None:  # noqa: C901 - 21 branches; to split
    # Areas first: an admin1 or country named anywhere nearby is the strongest clue for the towns.
    for m in mentions:
        if m.entries:
            _resolve(m, ctx)
    for m in mentions:
        if m.contained:
            ctx.containers.add(m.key)
        if (m.contained or m.hint == "area") and ctx.country and _country_names(ctx.gz).get(m.key) != ctx.country:
            # (the article's country as a container, "Reynosa, Mexico", names the country, not its namesake
            # province: Mexico State, Distrito Capital)
            named = {(e.country, e.admin1) for e in m.entries if e.feature == "admin1" and e.country == ctx.country}
            ctx.admin1.update(named)
            ctx.named_admin1.update(named)
        if m.best is not None and m.best.feature == "admin1" and (m.hint == "area" or m.contained or not any(
                e.feature == POPULATED_PLACE and e.country == m.best.country and e.population > 20000
                for e in m.entries)):
            ctx.admin1.add((m.best.country, m.best.admin1))
        if m.best is not None and m.best.feature == "admin2":
            ctx.admin2.add((m.best.country, name_key(m.best.admin2 or m.best.name)))
        if m.best is not None and m.best.feature == "admin2" and m.contained:
            ctx.admin1.add((m.best.country, m.best.admin1))
    for m in mentions:
        if m.entries:
            _resolve(m, ctx)
    for prev, m in zip(mentions, mentions[1:]):
        if m.alias and prev.best is not None:  # another name of a place we know says nothing more
            m.entries, m.best, m.unknown = (), None, False
        elif m.alias:  # "Zap (Amadiya) region": the other name of a place we lack may be one we know
            m.alias, m.contained = False, True
    if ctx.country and ctx.mode == "mixed":
        for m in mentions:
            if m.unknown and len(m.key) >= FUZZY_MIN_KEY:
                _fuzzy_fill(m, ctx)
    for m in mentions:
        if m.best is not None and m.best.feature in (POPULATED_PLACE, "user", "admin2"):
            ctx.points.append((m.best.lat, m.best.lon, m.best.country))
    for m in mentions:
        if m.entries:
            _resolve(m, ctx)


def _outside_named_areas(e: Entry, ctx: _Context) -> bool:
    """True when the text names the province(s) of its country and this place lies in none of them. A place
    filed under the neighbouring province but close to the named one counts as inside: borders move and
    gazetteers lag ("Burgersfort (Sekhukhune, Limpopo)")."""
    cued = {a for c, a in ctx.cue_admin1 if c == e.country}
    if cued and e.admin1 not in cued:
        return True
    named = {a for c, a in ctx.named_admin1 if c == e.country}
    if not named or e.admin1 in named:
        return False
    points = [ctx.gz.admin1[(e.country, a)] for a in named if (e.country, a) in ctx.gz.admin1]
    return not any(_km((e.lat, e.lon), (p.lat, p.lon)) <= NAMED_AREA_SLACK_KM for p in points)


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)
