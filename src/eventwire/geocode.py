"""Geocoding: finds place names in article text, picks the incident's place, and assigns its precision codes."""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Sequence

from .gazetteer import (
    LINKERS,
    PARTICLES,
    Entry,
    Gazetteer,
    clean_admin_name,
    fold,
    get_gazetteer,
    name_key,
    skeleton,
    word_key,
)
from .options import Options
from .records import Place, Span

#: longest place name tried, in words ("Santa Cruz de la Sierra", "Dera Ismail Khan")
MAX_NGRAM = 5
#: a text with fewer lower-case letters than this share is wire copy in capitals; case says nothing there
UPPER_TEXT_RATIO = 0.2
#: a text with fewer capitals than this share is lower-cased (MUC-4); case says nothing there either
LOWER_TEXT_RATIO = 0.01
#: words at least this frequent in English (wordfreq zipf) need a place cue and country support to be places
COMMON_WORD_ZIPF = 4.0
#: in case-less text nothing marks a name, so rarer words ("farmland") need support too
COMMON_WORD_ZIPF_CASELESS = 3.0
#: a common word in case-less text is taken as a town this big in the article's country even without a cue
WEAK_SUPPORT_POPULATION = 50_000
#: a place filed under another province still counts as in the named one within this distance of its seat
NAMED_AREA_SLACK_KM = 150.0
#: a town this big whose name the country does not repeat is the place even outside the province the text names
UNMISTAKABLE_POPULATION = 100_000
#: a town inside a province and spelled as it is ("Fier" in Fier county, "Batken" in Batken oblast) is taken for
#: its capital, the point ACLED and GTD give the province, though the gazetteer's area point is its biggest town;
#: hamlets sharing a province's name are not capitals
CAPITAL_MIN_POPULATION = 10_000
#: a city this big named as a province it is not part of ("Buenos Aires", "Kyiv") stands for the province
METRO_POPULATION = 1_000_000
#: "the southern countryside of Idleb" lies about this far that way from the province's main town; of a town
#: ("the western countryside of Ein Issa"), this far from the town
RURAL_PROVINCE_KM = 25.0
RURAL_TOWN_KM = 10.0
#: a place named as lying in a town ("Barangay Pilar, Hinigaran") or a district ("Rampur (Baramulla district)")
#: farther than this from the town or the district's main town is a namesake: the village is one we lack
CONTAINER_TOWN_KM = 40.0
CONTAINER_DISTRICT_KM = 80.0
#: a town this big whose name the country does not repeat is trusted even when it lies far from the town or
#: district the text puts it in (smaller places and loose spellings are namesakes of a village we lack there)
TRUSTED_TOWN_POPULATION = 10_000
#: names shorter than this are not matched fuzzily: one letter off is another name
FUZZY_MIN_KEY = 6
#: a place abroad smaller than this is not taken for a name in an article about another country
FOREIGN_TOWN_MIN_POPULATION = 1_000_000
#: UCDP's where_prec 2 radius ("within 25 km of a known point"); also the limit for "near" in GTD terms
NEAR_KM = 25.0
#: offsets longer than this are only as good as a district (the direction given in news is rough)
OFFSET_DISTRICT_KM = 50.0
#: a named place counts as the one an offset describes if it lies within this share of the offset distance
OFFSET_TOLERANCE = 0.6
#: sentences before the focus searched for a place when the focus names none (news names the place early)
PRECEDING_SENTENCES = 3
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

# kind of location -> (ACLED geo_precision, GTD specificity, UCDP where_prec); the one place this is decided.
#   exact: the named town itself.           near: vicinity of / neighbourhood in / "X area" of a known town.
#   offset: point computed from "N km <dir> of X" (district-grade when far).  road: midpoint of "between A and B".
#   admin2 / admin1 / country: the area's point (its biggest town, standing in for the seat ACLED uses), the
#   text names nothing smaller.
#   village-admin2 / village-admin1: a named village not in the gazetteer, placed at the smallest area the text
#   ties it to (GTD 2 = "in a town whose coordinates are unknown: centroid of the smallest region").
#   GTD 1 for "near" and short offsets: the point is a known town at the event's vicinity, which GTD coders
#   treat as the town; UCDP 2 says the same with its 25 km radius.
PRECISION = {
    "exact": (1, 1, 1),
    "near": (2, 1, 2),
    "offset": (2, 1, 2),
    "offset-far": (2, 3, 3),
    "road": (2, 3, 5),
    "village-admin2": (2, 2, 3),
    "admin2": (2, 3, 3),
    "village-admin1": (3, 2, 4),
    "admin1": (3, 4, 4),
    "country": (3, 5, 6),
}
#: how specific each kind is, for choosing among a sentence's places (the most specific wins)
SPECIFICITY = {
    "exact": 9, "near": 8, "offset": 8, "offset-far": 6, "road": 7, "village-admin2": 5, "admin2": 4,
    "village-admin1": 3, "admin1": 2, "country": 1,
}
FEATURE_OF_KIND = {"offset": "offset", "offset-far": "offset", "road": "offset", "village-admin2": "admin2",
                   "admin2": "admin2", "village-admin1": "admin1", "admin1": "admin1", "country": "country"}

_DATA = resources.files("eventwire").joinpath("data")


def precision_codes(kind: str) -> tuple[int, int, int]:
    """(ACLED geo_precision, GTD specificity, UCDP where_prec) for a kind of location."""
    return PRECISION[kind]


def to_place(entry: Entry, kind: str | None = None, *, name: str | None = None,
             point: tuple[float, float] | None = None) -> Place:
    """A records.Place from a gazetteer entry, with the precision codes of `kind` (default: the entry's level)."""
    if kind is None:
        kind = {"country": "country", "admin1": "admin1", "admin2": "admin2"}.get(entry.feature, "exact")
    acled, gtd, ucdp = precision_codes(kind)
    lat, lon = point if point is not None else (entry.lat, entry.lon)
    feature = FEATURE_OF_KIND.get(kind, "user" if entry.feature == "user" else "populated place")
    return Place(
        name=name or entry.name, country=entry.country,
        admin1=entry.admin1 if entry.feature != "country" else None,
        admin2=entry.admin2 if entry.feature in ("populated place", "admin2", "user") else None,
        latitude=round(lat, 5), longitude=round(lon, 5), feature=feature,
        geo_precision=acled, gtd_specificity=gtd, where_prec=ucdp,
        geonameid=entry.geonameid if kind in ("exact", "near") or entry.feature == "country" else None,
    )


# --------------------------------------------------------------------------------------------- data


def _lines(name: str) -> list[str]:
    return [ln for ln in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=1)
def _stopword_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in _lines("place_stopwords.txt"))


#: names and demonyms from country_aliases.tsv count this much of a country's own name: "Russian drones"
#: over Hama, "Burkinabe traders" in Ivory Coast describe foreigners more often than the country an event is in
DEMONYM_FACTOR = 0.6
#: a demonym right before a word for armed forces or money is usually about foreigners in the country reported on
FOREIGN_ACTOR_FACTOR = 0.15
_FOREIGN_ACTOR = re.compile(
    r"[\s-]+(?:[A-Z][\w-]*\s+){0,2}(?:forces|troops|army|military|soldiers|warplanes|jets|drones|aircraft|"
    r"air\s*force|navy|operation|coalition|dollars?|embassy|nationals?|citizens|individuals|migrants|refugees|"
    r"traders|patrols?|convoys?|observation\s+posts?|planes|helicopters|reconnaissance|intelligence|border\s+guards|"
    r"(?:led|backed)\b)", re.I)
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
    out = set()
    for line in _lines("admin1_aliases.tsv"):
        cc, _gname, names = line.split("\t")[:3]
        out.update((cc, name_key(n)) for n in names.split("|"))
    return frozenset(out)


def _country_names(gz: Gazetteer) -> dict[str, str]:
    """name key -> ISO2 for every country name in the gazetteer."""
    return gz.country_name_keys()


# --------------------------------------------------------------------------------------------- text


#: a word; apostrophes inside names count ("Ta'izz", "Sa'dah") but a possessive "'s" does not ("Beirut's")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’`ʿʾ](?![sS]\b)(?=[^\W\d_]))*")
_JOIN = re.compile(r"[ \t]{1,2}|-| - ")
#: lower-case words allowed inside a multi-word name ("Salah ad Din", "Santa Cruz de la Sierra")
CONNECTORS = frozenset(
    "de del la las los le les di da do dos das du des y e i of and on upon sur sous au aux en lez bin ibn bani ben"
    .split()
) | PARTICLES
#: English function words that never start or end a place name in case-less text
FUNCTION_WORDS = frozenset(
    "the a an of in on at to from by for with and or but near as into onto over under between about after before "
    "during while his her their its our your this that these those is was were are be been has have had not no "
    "who which what when where he she they we it i you said says say also than then there here some all any each "
    "other more most one two three four five six seven eight nine ten".split()
)
#: words before a capitalised name that make it a person, not a place
TITLES = frozenset(
    "president minister general colonel commander governor mayor king prince sheikh shaikh imam pastor father "
    "bishop senator deputy judge dr mr mrs ms sir lord chief leader spokesman spokesperson mp lawmaker".split()
)
_NEAR_CUES = re.compile(
    r"(?:\bnear(?:by)?|\bclose to|\boutside(?: of)?|\bon the outskirts of|\boutskirts of|\bin the vicinity of|"
    r"\bvicinity of|\baround|\bnot far from|\bkm from|\bkilometers from|\bkilometres from|\bmiles from|"
    r"\bcountryside of|\bsuburbs? of|\bperiphery of|\benvirons of)\s+(?:the\s+)?(?:(?:town|city|village|area|"
    r"district|province|region)\s+of\s+)?$", re.I)
_IN_CUES = re.compile(
    r"(?:\bin|\bat|\binside|\bwithin|\binto|\bon|\bhit|\bstormed|\battacked|\braided|\bshelled|\bbombed|"
    r"\bentered)\s+(?:the\s+)?(?:(?:town|city|village|hamlet|locality|area|district|province|region|"
    r"governorate|state|municipality|department|neighbou?rhood|camp|countryside|outskirts)\s+of\s+)?$", re.I)
def _place_words() -> dict[str, str]:
    """kind -> regex alternation of the words place_words.tsv lists for it (longest first)."""
    out: dict[str, list[str]] = {}
    for line in _lines("place_words.tsv"):
        kind, words = line.split("\t")[:2]
        out.setdefault(kind, []).extend(w.strip() for w in words.split("|") if w.strip())
    return {k: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(v), key=lambda w: (-len(w), w)))
            for k, v in out.items()}


_PLACE_WORDS = _place_words()
_TOWN_WORDS = _PLACE_WORDS["town"]
_AREA_WORDS = _PLACE_WORDS["area"]
_ADMIN_WORDS = _PLACE_WORDS["admin"]
_GAP_WORDS = _PLACE_WORDS["gap"]
#: "Spin Boldak (Takhtah Pul) district": the parenthesised name is another name of the district, not its container
_ALIAS_AFTER = re.compile(rf"\s*\)\s*(?:{_PLACE_WORDS['alias']})s?\b", re.I)
_HINT_AFTER = re.compile(rf"^[\s-]*(?:(?P<town>{_TOWN_WORDS})|(?P<area>(?:{_AREA_WORDS})s?)|(?P<near>area|countryside|"
                         r"outskirts|suburbs|vicinity|surroundings|environs))\b", re.I)
#: "east of the Marib-Al Jawf road": the name is the road's, and a road is no container
_ROAD_NAMED = re.compile(r"[\w'’ -]{0,25}?\b(?:road|highway|street|bypass|motorway|expressway)\b", re.I)
_ROAD_AFTER = re.compile(r"^[\s-]+(?:road|highway|street|bypass|avenue|motorway|expressway|boulevard)\b", re.I)
#: "province of X" makes X a province; "zone of X", "suburbs of X" only say X contains the place
_HINT_BEFORE = re.compile(rf"(?:(?P<town>{_TOWN_WORDS})|(?P<area>{_ADMIN_WORDS}))\s+(?:of\s+)?$", re.I)
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a few": 5,
              "several": 10, "a hundred": 100}
_DIRS = {"n": 0, "north": 0, "ne": 45, "northeast": 45, "east": 90, "e": 90, "se": 135, "southeast": 135,
         "south": 180, "s": 180, "sw": 225, "southwest": 225, "west": 270, "w": 270, "nw": 315, "northwest": 315}
_OFFSET = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")\s*-?\s*"
    r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)\b\.?(?:\s*\([^)]{0,30}\))?\s+(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)[- ]?(?:east|west)|north|south|east|west|[ns][ew]|[nsew])(?:ern|ward)?\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:(?:provincial|regional|district|national)\s+)?"
    r"(?:(?:capital|city|town|village|centre|center)\s*(?:of\s+)?,?\s*)?", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?|areas?)\s+(?:of\s+)?)?", re.I)
_UNKNOWN_BEFORE = re.compile(rf"\b(?:{_TOWN_WORDS}|area)\s+(?:of|called|named)\s+$", re.I)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n")


def _words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Word tokens with offsets; the "s" of a possessive is not a word ("People's Militia")."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)
            if not (m.group() in ("s", "S") and m.start() > 0 and text[m.start() - 1] in "'’")]


def case_mode(text: str) -> str:
    """'mixed', 'upper' (wire copy in capitals) or 'lower' (lower-cased corpora): how far case can be trusted."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "mixed"
    lower = sum(c.islower() for c in letters) / len(letters)
    if lower < UPPER_TEXT_RATIO:
        return "upper"
    if 1 - lower < LOWER_TEXT_RATIO:
        return "lower"
    return "mixed"


@functools.lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency; without it only the stopword list applies
        return 0.0
    return zipf_frequency(word, "en")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (no abbreviation handling needed: only used to find neighbours of the focus)."""
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group().strip()]


@dataclass
class Mention:
    """A place name found in text, with what the surrounding words say about it."""

    start: int
    end: int
    text: str
    key: str
    entries: tuple[Entry, ...]
    hint: str | None = None  # town | area | near | road
    cue: str | None = None  # in | near
    contained: bool = False  # follows another name as its container: "Opytne, Donetsk", "X (Y, Z)"
    weak: bool = False  # a common word; needs support
    partial: bool = False  # part of a longer capitalised name; needs the article's country
    unknown: bool = False  # looks like a place but the gazetteer has no such name
    alias: bool = False  # another name of the place before it: "Spin Boldak (Takhtah Pul) district"
    best: Entry | None = None
    score: float = 0.0


def _cap(word: str) -> bool:
    return word[:1].isupper()


#: a short word with a capital after its first letter is an abbreviation ("LoC", "MoD"), as one in capitals is
ABBREVIATION_MAX_LETTERS = 4


#: what follows the place of a dateline that opens a paragraph of web copy ("CHICAGO — Four men were shot",
#: "RICHMOND, Ind. (AP) -"): the capitals there are a city, not an organisation's acronym
_DATELINE_HEAD = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z.]+)?)?\s*(?:\([A-Za-z .]{2,20}\)\s*)?[—–-]{1,2}\s")


_INLINE_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=" + _DATELINE_HEAD.pattern + ")")
#: a dateline is looked for in the first characters of web copy, after captions and bylines
INLINE_DATELINE_CHARS = 1500


def _inline_dateline(text: str) -> str | None:
    """The place of a dateline opening one of the first paragraphs ("CHICAGO — Four men were shot ..."), when the
    reader found none at the very start (web pages put captions and bylines first)."""
    m = _INLINE_DATELINE.search(text[:INLINE_DATELINE_CHARS])
    return m.group(1).title() if m else None


def _acronym(word: str) -> bool:
    return len(word) > 1 and (word.isupper() or len(word) <= ABBREVIATION_MAX_LETTERS and any(
        c.isupper() for c in word[1:]))


def _ngrams(text: str, toks: list[tuple[int, int, str]], mode: str) -> list[tuple[int, int, int, int]]:
    """(token i, token j, char start, char end) of every word run that could be a place name."""
    out = []
    for i in range(len(toks)):
        for j in range(i + 1, min(i + MAX_NGRAM, len(toks)) + 1):
            if j > i + 1 and not _JOIN.fullmatch(text[toks[j - 2][1]:toks[j - 1][0]]):
                break
            first, last = toks[i][2], toks[j - 1][2]
            glued = i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == "-"
            if mode == "mixed":
                if not (_cap(first) or (first.lower() in PARTICLES and glued)):
                    break
                if not _cap(last):
                    continue
                if any(not _cap(w) and w.lower() not in CONNECTORS for _, _, w in toks[i + 1:j - 1]):
                    break
            else:
                lf, ll = first.lower(), last.lower()
                if lf in FUNCTION_WORDS and not (lf in PARTICLES and glued):
                    break
                if ll in FUNCTION_WORDS or ll in PARTICLES:
                    continue
            out.append((i, j, toks[i][0], toks[j - 1][1]))
    return out


# --------------------------------------------------------------------------------------------- finding names


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


def find_mentions(text: str, start: int, end: int, ctx: _Context,
                  ner: Sequence[tuple[int, int, str]] = (), people: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Place names in text[start:end]: longest known word runs first, then NER places the gazetteer lacks. Names
    inside `people` (spans of persons' names) are never places."""
    gz, mode = ctx.gz, ctx.mode
    toks = _words(text, start, end)
    grams = _ngrams(text, toks, mode)
    keys = _gram_keys(text, toks, grams)
    known = gz.known_keys(k for k in keys.values() if k)
    stop = _stopword_keys()
    chosen: list[Mention] = []
    taken: set[int] = set()
    by_len = sorted(grams, key=lambda g: (-(g[1] - g[0]), g[0]))

    def free(g) -> bool:
        return not any(t in taken for t in range(g[0], g[1]))

    def take(g, entries, partial: bool) -> None:
        k, surface = keys[g], text[g[2]:g[3]]
        weak = False
        if g[1] - g[0] == 1:
            common = k in stop or _zipf(fold(surface)) >= (COMMON_WORD_ZIPF if mode == "mixed" else
                                                           COMMON_WORD_ZIPF_CASELESS)
            if mode == "mixed":
                sentence_initial = g[0] == 0 or bool(re.search(r"[.!?:;\n\"“]", text[toks[g[0] - 1][1]:g[2]]))
                # A common word joined by "and" to a capitalised one is part of a name ("Blue and White").
                weak = common and (sentence_initial or k in stop or partial or
                                   _adjacent_caps(text, toks, g, CONNECTORS))
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
        if g[0] > 0 and toks[g[0] - 1][2].lower() in TITLES:
            return False  # "President Hadi", "General Salah": a person
        if _BUSINESS_AFTER.match(text, g[3]):
            return False  # "Baker's Store": a person's or a firm's name
        return True

    # Whole names first; a known word inside a longer capitalised name ("Federal Police") waits.
    for g in by_len:
        if acceptable(g) and keys[g] in known and not _adjacent_caps(text, toks, g):
            take(g, gz.candidates(keys[g]), False)
    # Capitalised names the exact keys missed: transliteration variants by skeleton (Quamishli/Qamishli).
    if mode == "mixed":
        for g in by_len:
            k = keys[g]
            if acceptable(g) and len(k) >= 5 and k not in stop and not _adjacent_caps(text, toks, g) and (
                    g[1] - g[0] > 1 or _zipf(fold(toks[g[0]][2])) < COMMON_WORD_ZIPF):
                entries = gz.candidates(k, loose=True)
                if entries:
                    take(g, entries, False)
    for m in _unknown_by_pattern(text, toks, chosen, start, mode):
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
        if acceptable(g) and keys[g] in known:
            take(g, gz.candidates(keys[g]), True)
    # NER place spans with no gazetteer entry: unknown localities (a village the gazetteer lacks).
    for s, e, label in ner:
        if label not in ("GPE", "LOC", "FAC") or s < start or e > end:
            continue
        inner = [m for m in chosen if m.start < e and s < m.end]
        if inner and not (mode == "mixed" and label == "GPE" and all(
                m.partial and s <= m.start and m.end <= e for m in inner) and " " in text[s:e].strip()):
            continue
        # "San Juan de Micay": known words inside a longer name the tagger calls a place are a village we lack
        for m in inner:
            chosen.remove(m)
        surface = re.sub(r"^(?:the|The|THE)\s+", "", text[s:e])
        s = e - len(surface)
        trimmed = re.sub(rf"[\s-]+(?:{_AREA_WORDS}|{_TOWN_WORDS}|area)$", "", surface, flags=re.I)
        if trimmed != surface:
            # "Maywand district": the name is what precedes the area word, which becomes its hint.
            e, surface = s + len(trimmed), trimmed
            if any(m.start < e and s < m.end for m in chosen):
                continue
        k = name_key(surface)
        if not k or k in stop or k in _country_cue_table()[0] or (mode == "mixed" and not _cap(surface)):
            continue
        if (mode == "mixed" and surface.isupper()) or re.search(r"\b(?:pro|anti)-$", text[max(0, s - 5):s], re.I):
            continue  # acronyms and sides ("MILF", "pro-Hadi") that NER tags as places
        known_entries = gz.candidates(k, loose=False)
        chosen.append(Mention(s, e, surface, k, known_entries, unknown=not known_entries))
    if people:
        # only a name that is part of a longer person's name ("Roof" in "Dylann Roof"): NER also calls lone
        # village names persons ("in Abdi Ali"), and those stay places
        chosen = [m for m in chosen if not any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                                               for s, e in people)]
    chosen.sort(key=lambda m: m.start)
    _annotate(text, chosen)
    return chosen


def _gram_keys(text: str, toks, grams) -> dict:
    """name_key of each word run, built from cached per-word keys (a run of particles keeps them, as name_key)."""
    wk = [word_key(t[2]) for t in toks]
    out = {}
    for g in grams:
        k = " ".join(x for x in wk[g[0]:g[1]] if x)
        out[g] = k if k else name_key(text[g[2]:g[3]])
    return out


def _adjacent_caps(text: str, toks, g, glue: frozenset[str] | None = None) -> bool:
    """True when a capitalised word is glued to this run: part of a longer name ("Federal Police", "X al-Matar")."""
    def joined(a: int, b: int) -> bool:
        return 0 <= a and b < len(toks) and bool(_JOIN.fullmatch(text[toks[a][1]:toks[b][0]]))

    def road_pair(a: int, b: int) -> bool:
        # "the Tripoli-Beirut highway": a hyphen between two names a road word follows joins two towns
        return 0 <= a and b < len(toks) and text[toks[a][1]:toks[b][0]] == "-" and \
            bool(_ROAD_AFTER.match(text[toks[b][1]:toks[b][1] + 30]))

    i, j = g[0], g[1]
    glue = _GLUE if glue is None else glue
    if joined(i - 1, i) and not road_pair(i - 1, i) and (
            _cap(toks[i - 1][2]) and not _AREA_NOUN.fullmatch(toks[i - 1][2]) or (
            toks[i - 1][2].lower() in glue and joined(i - 2, i - 1) and _cap(toks[i - 2][2]) and
            not _AREA_NOUN.fullmatch(toks[i - 2][2]))):
        return True
    if joined(j - 1, j) and not road_pair(j - 1, j) and (
            _cap(toks[j][2]) and not _PLACE_NOUN.fullmatch(toks[j][2]) or (
            toks[j][2].lower() in glue and joined(j, j + 1) and _cap(toks[j + 1][2]))):
        return True
    return False


#: connectors that glue words into one longer name; "and" joins two names ("between Homs and Tadmor") unless
#: the whole is itself known ("Sistan and Baluchestan", matched before any part)
_GLUE = CONNECTORS - {"and"}


#: a name in the possessive before a business noun is its owner's, not a place
_BUSINESS_AFTER = re.compile(r"['’]s\s+(?:[A-Z]\w*\s+)?(?:store|shop|restaurant|cafe|bar|hotel|company|bank|office|"
                             r"house|home|residence|farm|factory|supermarket|pharmacy|clinic)\b", re.I)
#: a capitalised word before a name that says what the name is: "Barangay Pilar", "Municipality of Allende"
_AREA_NOUN = re.compile(_PLACE_WORDS["label"], re.I)
#: a capitalised word after a name that says what the name is, not more of it: "Lima Province", "Hama Airbase"
_PLACE_NOUN = re.compile(rf"(?:{_AREA_WORDS}|{_TOWN_WORDS}|governorate|airport|airbase|air\s*base|"
                         r"governor|crossing|checkpoint|front|frontline|countryside|city)", re.I)


def _unknown_by_pattern(text: str, toks, chosen: list[Mention], start: int, mode: str) -> list[Mention]:
    """Names the text itself marks as places though the gazetteer lacks them: 'the village of X', 'X village',
    and in mixed case 'in X (District, Province)'."""
    out: list[Mention] = []
    stop = _stopword_keys()
    cue_words = _country_cue_table()[0]
    covered = lambda pos: any(m.start <= pos < m.end for m in chosen + out)  # noqa: E731
    for idx, (s, e, w) in enumerate(toks):
        if mode == "mixed" and (not _cap(w) or (idx > 0 and _cap(toks[idx - 1][2]) and
                                                _JOIN.fullmatch(text[toks[idx - 1][1]:s]))):
            continue
        before = text[max(start, s - 40):s]
        if mode != "mixed" and not _UNKNOWN_BEFORE.search(before):
            continue
        if covered(s):
            continue
        marked_before = bool(_UNKNOWN_BEFORE.search(before))
        if mode != "mixed" and not marked_before:
            continue
        run = []
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
                r"\s*(?:(?:area|village|town|locality|front|frontline|sector)\s*)?\(", after, re.I))
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
    before it is unknown)."""
    if prev.weak or m.weak:
        return False
    provinces = {e.country for e in m.entries if e.feature == "admin1"}
    return bool(provinces) and (prev.unknown or any(e.country in provinces for e in prev.entries))


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
        if _NEAR_CUES.search(before):
            m.cue = "near"
        elif _IN_CUES.search(before):
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
    # "Tlalixtac, Santa Lucia del Camino, and Santa Cruz de Amilpa": a list, not a place and its containers; what
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


# --------------------------------------------------------------------------------------------- disambiguation


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _offset(point: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    la, lo, br, d = math.radians(point[0]), math.radians(point[1]), math.radians(bearing), km / 6371.0
    la2 = math.asin(math.sin(la) * math.cos(d) + math.cos(la) * math.sin(d) * math.cos(br))
    lo2 = lo + math.atan2(math.sin(br) * math.sin(d) * math.cos(la), math.cos(d) - math.sin(la) * math.sin(la2))
    return (math.degrees(la2), (math.degrees(lo2) + 540) % 360 - 180)


def _score(e: Entry, m: Mention, ctx: _Context) -> float:
    s = W_POPULATION * math.log10(e.population + 10)
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
        s += W_LEVEL_HINT if e.feature in ("populated place", "user") else -W_LEVEL_HINT
    elif m.contained and e.feature in ("admin1", "admin2", "country"):
        s += 1.0  # "Opytne, Donetsk": the second name is usually the area the first lies in
    elif e.feature == "admin2":
        s -= 0.5  # districts are mostly named after their seat; the town is what reports mean
    if e.feature == "user":
        s += W_USER
    return s


def _resolve(m: Mention, ctx: _Context) -> None:
    best, best_s = None, -1e9
    spelled = _spelled_alike(m)
    exact = {e.id for e in ctx.gz.candidates(m.key, loose=False)}
    for e in m.entries:
        sc = _score(e, m, ctx) + (W_SPELLING if e.country in spelled else 0.0)
        if exact and e.id not in exact:
            sc -= W_LOOSE  # "Donetskyi, Luhansk": the village so named, not the province it resembles
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
            loose or best.feature in ("populated place", "admin2") and best.population < FOREIGN_TOWN_MIN_POPULATION):
        # A small town abroad sharing the name, or any place abroad with a merely similar name, is far likelier
        # a local village the gazetteer lacks.
        best = None
        m.unknown = ctx.mode == "mixed" and not m.weak and not m.partial
    if best is not None and m.weak:
        # A common word is a place only when written as a name, after a place cue, in the article's country.
        in_country = ctx.country is not None and best.country == ctx.country
        if ctx.mode == "mixed":
            # a place cue, or the container slot of "Sienso (San, Segou)"
            supported = in_country and (m.cue is not None or m.contained)
        else:
            supported = in_country and (m.cue is not None or best.feature in ("admin1", "country")
                                        or best.population >= WEAK_SUPPORT_POPULATION)
        if not supported:
            best = None
    m.best, m.score = best, best_s


def _fuzzy_fill(m: Mention, ctx: _Context) -> None:
    """A name the gazetteer lacks may be a near-miss spelling of a town in the article's country
    ("Saihwal" for Sahiwal); take it when it is close, and inside the provinces the text names, if any."""
    hits = [(e, sc) for e, sc in ctx.gz.fuzzy(m.key, ctx.country, limit=5)
            if e.feature in ("populated place", "user") and not _outside_named_areas(e, ctx)]
    if not hits:
        return
    e, _ = max(hits, key=lambda h: (h[1], h[0].population, -h[0].id))
    m.entries, m.best, m.unknown = (e,), e, False


def _resolve_all(mentions: list[Mention], ctx: _Context) -> None:
    # Areas first: an admin1 or country named anywhere nearby is the strongest clue for the towns.
    for m in mentions:
        if m.entries:
            _resolve(m, ctx)
    for m in mentions:
        if m.contained:
            ctx.containers.add(m.key)
        if (m.contained or m.hint == "area") and ctx.country:
            named = {(e.country, e.admin1) for e in m.entries if e.feature == "admin1" and e.country == ctx.country}
            ctx.admin1.update(named)
            ctx.named_admin1.update(named)
        if m.best is not None and m.best.feature == "admin1" and (m.hint == "area" or m.contained or not any(
                e.feature == "populated place" and e.country == m.best.country and e.population > 20000
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
        if m.best is not None and m.best.feature in ("populated place", "user", "admin2"):
            ctx.points.append((m.best.lat, m.best.lon, m.best.country))
    for m in mentions:
        if m.entries:
            _resolve(m, ctx)


# --------------------------------------------------------------------------------------------- country focus


def article_country(text: str, mentions: Sequence[tuple[int, int, str]], options: Options, *,
                    dateline: str | None = None) -> str | None:
    """The country an article is about: dateline, country names and demonyms, admin areas, known towns."""
    gz = get_gazetteer(options)
    return _article_country(text, mentions, gz, case_mode(text), dateline)


def _country_votes(text: str, gz: Gazetteer, mode: str,
                   firm: set[str] | None = None) -> tuple[dict[str, float], set[str]]:
    """Votes per country from country names and cue words, and the cue keys seen (some point to areas); `firm`
    gets the countries an actor of their own names (country_aliases.tsv weight below 1: "LNA", "FARDC")."""
    keyed, exact, _areas = _country_cue_table()
    names = _country_names(gz)
    votes: dict[str, float] = {}
    seen_keys: set[str] = set()
    firm = set() if firm is None else firm
    toks = _words(text)
    wk = [word_key(t[2]) for t in toks]
    used: set[int] = set()
    for n in range(4, 0, -1):
        for i in range(len(toks) - n + 1):
            s, e = toks[i][0], toks[i + n - 1][1]
            if any(j in used for j in range(i, i + n)):
                continue
            if n > 1 and not all(_JOIN.fullmatch(text[toks[k][1]:toks[k + 1][0]]) for k in range(i, i + n - 1)):
                continue
            surface = text[s:e]
            if mode == "mixed" and not _cap(surface):
                continue
            k = " ".join(x for x in wk[i:i + n] if x)
            if (not k or (n > 1 and not wk[i + n - 1])) and not (mode == "mixed" and surface in exact):
                continue
            hits: list[tuple[str, float]] = []  # (country, weight in country_aliases.tsv)
            if k in names:
                hits = [(names[k], 1.0)]
            elif k in keyed:
                hits = list(keyed[k])
            elif mode == "mixed" and surface in exact:
                hits = list(exact[surface])
                k = surface
            if hits and k not in names and _FOREIGN_ACTOR.match(text, e):
                # "Turkish forces", "French Operation Barkhane", "US dollar": foreigners and their things. Only
                # demonyms (weight 1): a local actor's own name ("LNA forces", "Houthi fighters") is no foreigner.
                hits = [(cc, w * FOREIGN_ACTOR_FACTOR if w >= 1.0 else w) for cc, w in hits]
            if k not in names:
                firm.update(cc for cc, w in hits if w < 1.0 and len(hits) == 1)
                hits = [(cc, w * DEMONYM_FACTOR) for cc, w in hits]
            if hits and _NEIGHBOUR_BEFORE.search(text, max(0, s - 40), s):
                hits = [(cc, w * FOREIGN_ACTOR_FACTOR) for cc, w in hits]  # "near the border with Mali"
            if hits:
                used.update(range(i, i + n))
                seen_keys.add(k)
                for cc, w in hits:
                    votes[cc] = votes.get(cc, 0.0) + w / len(hits)
    return votes, seen_keys


#: when the article's country yields no place more precise than itself, this many runner-up countries scoring at
#: least this share of the winner's score are tried: a demonym or a foreign country named in passing
#: ("Turkish forces", "the border with Mali") outvotes a village it does not mention
RUNNER_UP_COUNTRIES = 2
RUNNER_UP_SHARE = 0.25
#: place votes that make a country's evidence firm: one exactly named town after a place cue, not a hamlet
#: matched loosely (about 0.1)
PLACE_EVIDENCE = 0.3
#: articles whose country decision is kept: the pipeline codes an article's incidents one after another
COUNTRY_CACHE_SIZE = 8
_COUNTRY_CACHE: dict = {}


def _article_country(text: str, ner: Sequence[tuple[int, int, str]], gz: Gazetteer, mode: str,
                     dateline: str | None, cue_keys: set[str] | None = None) -> str | None:
    """The article's country, decided once per article however many incidents it reports."""
    ranking = _article_countries(text, ner, gz, mode, dateline, cue_keys)
    return ranking[0][0] if ranking else None


def _article_countries(text: str, ner: Sequence[tuple[int, int, str]], gz: Gazetteer, mode: str,
                       dateline: str | None, cue_keys: set[str] | None = None
                       ) -> tuple[tuple[str, float, bool], ...]:
    """The countries the article may be about with their scores, best first (empty: no evidence)."""
    key = (id(gz), mode, dateline, tuple(ner), text)
    hit = _COUNTRY_CACHE.get(key)
    if hit is None:
        if len(_COUNTRY_CACHE) >= COUNTRY_CACHE_SIZE:
            _COUNTRY_CACHE.clear()
        seen: set[str] = set()
        hit = _COUNTRY_CACHE[key] = (_decide_country(text, ner, gz, mode, dateline, seen), frozenset(seen))
    if cue_keys is not None:
        cue_keys.update(hit[1])
    return hit[0]


def _decide_country(text: str, ner: Sequence[tuple[int, int, str]], gz: Gazetteer, mode: str,
                    dateline: str | None, cue_keys: set[str]) -> tuple[tuple[str, float, bool], ...]:
    firm: set[str] = set()
    votes, seen = _country_votes(text, gz, mode, firm)
    cue_keys.update(seen)
    # Counted mentions saturate: one country named ten times in passing should not beat the dateline.
    score = {cc: math.sqrt(v) for cc, v in votes.items()}
    if dateline:
        cc = _dateline_country(dateline, gz)
        if cc:
            score[cc] = score.get(cc, 0.0) + 3.0
            firm.add(cc)
    # Admin areas and towns: each name votes for the countries it exists in, the bigger places louder.
    ctx = _Context(gz, text, mode)
    by_name: dict[str, dict[str, float]] = {}  # a name repeated votes once, as loud as its most telling use
    found = find_mentions(text, 0, min(len(text), 6000), ctx, ner)
    tied = _tied_countries(found, gz)
    names = _country_names(gz)
    # A country written as a place ("in Venezuela", "Rio Piedras, Puerto Rico") is no passing mention.
    firm.update(names[m.key] for m in found if m.key in names and (m.contained or m.cue is not None) and not any(
        e.feature == "admin1" and e.country != names[m.key] for e in m.entries))  # "(Niger)" may be the state
    head: frozenset[str] = frozenset()  # countries the name a run of containers follows exists in
    for m in found:
        if not m.contained:
            head = frozenset(e.country for e in gz.candidates(m.key, loose=False)) if (
                m.entries and not m.partial) else frozenset()
        if not m.entries or m.weak or (m.partial and not m.contained) or m.key in names:
            continue  # a country's name voted above; Lebanon, Tennessee does not
        votes = _mention_votes(m, gz, head if m.contained else frozenset())
        if m.partial:  # "(Western Area Urban, Western)": the known part of a container still says something
            votes = {cc: v * PARTIAL_CONTAINER_FACTOR for cc, v in votes.items()}
        if id(m) in tied:
            # "Morideni (Logobou, Tapoa)": the areas a place is tied to outrank its namesakes elsewhere.
            votes = {cc: v for cc, v in votes.items() if cc in tied[id(m)]}
        best = by_name.setdefault(m.key, {})
        for cc, v in votes.items():
            best[cc] = max(best.get(cc, 0.0), v)
    for cc in _chained_countries(found, gz):
        # "Colon (Colon)": Panama's town Colon lies in its province Colon; Honduras has only the province.
        by_name.setdefault(f"chain {cc}", {})[cc] = CHAIN_VOTE
    places: dict[str, float] = {}
    for votes in by_name.values():
        for cc, v in votes.items():
            score[cc] = score.get(cc, 0.0) + v
            places[cc] = places.get(cc, 0.0) + v
    if not score or max(score.values()) < MIN_COUNTRY_SCORE:
        return ()  # a loosely matched hamlet somewhere is no evidence of a country
    # (country, score, firm): firm when the text names the country's own places or actors, not merely the
    # country or its people
    return tuple((cc, sc, cc in firm or places.get(cc, 0.0) >= PLACE_EVIDENCE)
                 for cc, sc in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])))


def _chained_countries(mentions: Sequence[Mention], gz: Gazetteer) -> set[str]:
    """Countries where a place named with its containers ("X (District, Province)") lies in one of them as the
    gazetteer has it: the text and the gazetteer agree on the whole chain there."""
    out: set[str] = set()
    for i, head in enumerate(mentions):
        if head.contained or not head.entries:
            continue
        towns = [e for e in gz.candidates(head.key, loose=False) if e.feature in ("populated place", "admin2")]
        for c in mentions[i + 1:]:
            if not c.contained:
                break
            areas = {(a.country, a.admin1) for a in gz.candidates(c.key, loose=False)
                     if a.feature in ("admin1", "admin2")}
            out.update(e.country for e in towns if (e.country, e.admin1) in areas)
    return out


def _tied_countries(mentions: Sequence[Mention], gz: Gazetteer) -> dict[int, set[str]]:
    """id of a place followed by the areas that contain it ("X (District, Province)", "X, Province") -> the
    countries those areas exist in, for a place that is no more than a hamlet or a loose spelling wherever the
    gazetteer has it; a real town keeps its own country ("Montego Bay, Saint James Parish")."""
    out: dict[int, set[str]] = {}
    for i, head in enumerate(mentions):
        if head.contained or not head.entries:
            continue
        if any(e.population >= TIED_HEAD_MAX_POPULATION or e.feature in ("country", "admin1")
               for e in gz.candidates(head.key, loose=False)):
            continue
        areas: set[str] = set()
        for c in mentions[i + 1:]:
            if not c.contained:
                break
            areas.update(e.country for e in c.entries)
        if areas:
            out[id(head)] = areas
    return out


def _mention_votes(m: Mention, gz: Gazetteer, head: frozenset[str] = frozenset()) -> dict[str, float]:
    """What one place name says about the country: provinces and districts by name, towns by population share;
    spellings matched only loosely count for little."""
    exact_entries = gz.candidates(m.key, loose=False)
    exact = {e.id for e in exact_entries}
    exact_countries = {e.country for e in exact_entries}
    areas: dict[str, float] = {}
    towns: dict[str, float] = {}
    town_w: dict[str, float] = {}
    exact_area = False
    area_pop: dict[str, int] = {}
    spelled = _spelled_alike(m)
    for e in m.entries:
        # "Idleb" is exactly a spelling of the town and loosely of its province: both count in full.
        w = 1.0 if e.id in exact or e.country in exact_countries else LOOSE_VOTE_FACTOR
        if spelled and e.country not in spelled:
            w *= SPELLING_VOTE_FACTOR  # "Samarra" is a spelling of Samara's key, but Iraq's town is spelled so
        if e.feature == "admin1":
            exact_area = exact_area or (e.id in exact and (not spelled or e.country in spelled))
            areas[e.country] = max(areas.get(e.country, 0.0), VOTE_ADMIN1 * w)
            area_pop[e.country] = max(area_pop.get(e.country, 0), e.population)
        elif e.feature == "admin2":
            # A bare name is a district's only through its seat, which votes as a town ("Athens" is no county).
            bare = not (m.contained or m.hint == "area")
            areas[e.country] = max(areas.get(e.country, 0.0), VOTE_ADMIN2 * w * (BARE_AREA_FACTOR if bare else 1.0))
        elif e.feature in ("populated place", "user"):
            towns[e.country] = max(towns.get(e.country, 0.0), (e.population + 100.0) * w)
            town_w[e.country] = max(town_w.get(e.country, 0.0), w)
    out: dict[str, float] = {}
    if areas:
        # The same area name in several countries ("Amazonas") splits its vote; a province outranks the many
        # districts that share its name, and one stated as a container ("Nogales (Valparaiso)") counts double.
        top = max(areas.values())
        areas = {cc: v for cc, v in areas.items() if v >= top or top < VOTE_ADMIN1}
        boost = CONTAINER_VOTE_FACTOR if m.contained and top >= VOTE_ADMIN1 and exact_area else 1.0
        if not (m.contained or m.hint == "area") and any(
                cc not in areas and p >= BARE_AREA_TOWN_POPULATION for cc, p in towns.items()):
            boost = BARE_AREA_FACTOR  # "in Sofia": Bulgaria's capital, not Madagascar's region
        # The split leans to the more populous area, the likelier to be in the news ("Ouest": Haiti's over
        # Cameroon's); the lean is mild, a dozen times the people for a fifth more of the vote.
        lean = {cc: math.log10(area_pop.get(cc, 0) + 10) for cc in areas}
        total_lean = sum(lean.values())
        for cc, v in areas.items():
            # A container counts double only where the place before it can lie ("Sidon, Tripoli" is a list).
            out[cc] = (boost if boost <= 1.0 or not head or cc in head else 1.0) * v * lean[cc] / total_lean
    if towns:
        total = sum(towns.values())
        w = VOTE_TOWN if (m.cue or m.hint or m.contained) else VOTE_TOWN / 2
        for cc, p in towns.items():
            # Bigger towns are named more often, so a city outvotes an equally cued hamlet elsewhere.
            size = min(1.0, 0.4 + 0.1 * math.log10(p + 10))
            # The population share alone would give a name matched only loosely ("Garabulli" ~ "Garbau") a
            # full vote when nothing matches it exactly: its looseness scales the vote as well.
            out[cc] = max(out.get(cc, 0.0), w * size * town_w[cc] * p / total)
    return out


def _dateline_country(dateline: str, gz: Gazetteer) -> str | None:
    parts = [p.strip() for p in re.split(r"[,(/]", dateline) if p.strip(" )")]
    names = _country_names(gz)
    keyed = _country_cue_table()[0]
    for p in reversed(parts):
        k = name_key(p.strip(" )"))
        if k in names:
            return names[k]
        if k in keyed and keyed[k][0][1] >= 1.0:
            return keyed[k][0][0]
    for p in parts:
        towns = [e for e in gz.candidates(name_key(p.strip(" )"))) if e.feature != "admin2"]
        if towns:
            return max(towns, key=lambda e: (e.population, -e.id)).country
    return None


# --------------------------------------------------------------------------------------------- locating


@dataclass
class _Loc:
    kind: str
    place: Place
    span: tuple[int, int]
    order: int  # position, earlier wins among equals
    cued: bool
    partial: bool = False  # from a word inside a longer name ("Kalan" in "Dhandari Kalan")


def _loc(kind: str, e: Entry, span: tuple[int, int], order: int, cued: bool, *, name: str | None = None,
         point: tuple[float, float] | None = None, partial: bool = False) -> _Loc:
    return _Loc(kind, to_place(e, kind, name=name, point=point), span, order, cued, partial)


def _smallest_area(mentions: Sequence[Mention], ctx: _Context, near: int | None = None) -> Entry | None:
    """The smallest area the text ties a place to: a district, else a province, else a town's province."""
    pool = sorted((m for m in mentions if m.best is not None and (ctx.country is None or m.best.country ==
                                                                     ctx.country)),
                  key=lambda m: abs(m.start - near) if near is not None else m.start)
    for feature in ("admin2", "admin1", "populated place", "user"):
        for m in pool:
            if m.best.feature == feature:
                if feature in ("populated place", "user"):
                    return ctx.gz.admin1.get((m.best.country, m.best.admin1)) or m.best
                return m.best
    return None


def _sentence_locs(text: str, s: int, e: int, mentions: list[Mention], ctx: _Context,
                   area_pool: Sequence[Mention]) -> list[_Loc]:
    """Candidate locations one sentence gives, from its names and its relative expressions."""
    locs: list[_Loc] = []
    inside = [m for m in mentions if s <= m.start < e]
    used_offsets: set[int] = set()
    # "30 kilometers north of Baghdad": the offset point, unless a named place in the sentence sits there.
    for om in _OFFSET.finditer(text, s, e):
        anchor = next((m for m in inside if m.best is not None and om.end() <= m.start <= om.end() + 3), None)
        if anchor is None:
            continue
        num = om.group("num").lower().replace(",", ".")
        km = float(_NUM_WORDS.get(num, 0) or num)
        if om.group("unit").lower().startswith("mi"):
            km *= 1.609
        d = om.group("dir").lower().replace("-", "").replace(" ", "")
        point = _offset((anchor.best.lat, anchor.best.lon), km, _DIRS.get(d, _DIRS.get(d[:1], 0)))
        named = [m for m in inside if m is not anchor and m.best is not None and m.start < om.start()
                 and m.best.feature in ("populated place", "user")
                 and _km((m.best.lat, m.best.lon), point) <= max(NEAR_KM, OFFSET_TOLERANCE * km)]
        used_offsets.add(id(anchor))
        if named:
            m = named[-1]
            locs.append(_loc("exact", m.best, (m.start, m.end), m.start, True,
                             name=_shown(m, ctx)))
            used_offsets.add(id(m))
        else:
            kind = "offset" if km <= OFFSET_DISTRICT_KM else "offset-far"
            locs.append(_loc(kind, anchor.best, (om.start(), anchor.end), om.start(), True,
                             name=f"{text[om.start():anchor.end]}", point=point))
    # "on the road between A and B": the midpoint.
    for bm in _BETWEEN.finditer(text, s, e):
        a = next((m for m in inside if bm.end() <= m.start <= bm.end() + 2), None)
        if a is None:
            continue
        # a name we lack may run on past the word we know ("Hammam al Turkman" of which only "Hammam" is a word)
        filler = r"(?:\s+[\w'’-]+){0,3}?" if a.best is None else ""
        b = next((m for m in inside if m.start > a.end and
                  re.fullmatch(filler + r"\s+and\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?",
                               text[a.end:m.start], re.I)), None)
        if b is None:
            continue
        town_a, town_b = (x.best is not None and x.best.feature in ("populated place", "user") and not x.partial
                          for x in (a, b))
        if town_a and town_b:
            mid = ((a.best.lat + b.best.lat) / 2, (a.best.lon + b.best.lon) / 2)
            used_offsets.update((id(a), id(b)))
            locs.append(_loc("road", a.best, (a.start, b.end), bm.start(), True,
                             name=f"{a.text} - {b.text}", point=mid))
        elif town_a != town_b and (b if town_a else a).best is None:
            # "between Hammam al Turkman and Suluk": the one we know is the nearest point we have
            known = a if town_a else b
            used_offsets.update((id(a), id(b)))
            locs.append(_loc("near", known.best, (known.start, known.end), bm.start(), True,
                             name=_shown(known, ctx)))
    chained = False  # the name these containers follow is the one taken ("Bari" of "Maleker Bari" was not)
    for m in inside:
        if id(m) in used_offsets or m.alias:
            continue
        if m.contained and chained:
            continue  # an area that only says where the previous name lies
        if m.best is not None and m.best.feature == "country":
            # "Hayfan district in southern Yemen (Taizz)": the country does not break the chain
            locs.append(_loc("country", m.best, (m.start, m.end), m.start, m.cue is not None))
            continue
        chained = False
        if (m.best is None and not m.unknown) or m.hint == "road":
            continue  # a common word the context did not support, or a road named after a town
        # "Hajar (Qaatabah, Ad Dali)" but the only Hajar known is in Hadramawt: a village we lack. Likewise
        # "Barangay Pilar, Hinigaran" when the Pilar known lies far from Hinigaran.
        outside = m.best is not None and m.best.feature in ("populated place", "user", "admin2") and (
            _outside_named_areas(m.best, ctx) and not _unmistakable(m, inside) or _far_from_container(m, inside, ctx)
        ) or _contradicted_area(m, inside) or _abroad_in_chain(m, inside, ctx)
        if (m.unknown or outside) and not (
                m.cue or m.hint in ("town", "near") or m.contained or _container_follows(m, inside)):
            continue  # a capitalised word nothing marks as a place ("Brigade"): no container of what follows
        chained = True
        if m.partial and ctx.mode == "mixed" and any(
                c.start - m.end < 40 and c.best is not None and c.best.feature != "country"
                for c in _chain_after(m, inside)[:1]):
            outside = True  # "Dhandari Kalan near Ludhiana": the unknown whole name lies in the container
        if m.unknown or outside:
            # An unknown village: its container, else the smallest area the text ties it to.
            nxt = _consistent_chain([c for c in _chain_after(m, inside) if c.best is None or
                                     not _outside_named_areas(c.best, ctx)])
            container = nxt[0].best if nxt else None
            if container is None:
                others = [c for c in area_pool if c is not m and not (
                    c.best is not None and _outside_named_areas(c.best, ctx))]
                container = _smallest_area([c for c in others if s <= c.start < e], ctx, m.start) or \
                    _named_area(ctx) or _smallest_area(others, ctx, m.start)
            if container is None:
                continue
            if container.feature in ("populated place", "user"):
                kind = "near"
            elif container.feature == "admin2":
                kind = "village-admin2"
            elif container.feature == "admin1":
                kind = "village-admin1"
            else:
                continue
            shown = _shown(m, ctx)
            if m.partial and nxt:
                # "Hotel San Juan in Carolina": the known word is part of another name; the place is the container
                shown = _shown(nxt[0], ctx)
            loc = _loc(kind, container, (m.start, m.end), m.start, True, name=shown,
                       point=_seat_point(container, ctx))
            stated = _stated_admin1(container, ctx) if container.feature != "admin1" else None
            if stated is not None:
                loc.place = loc.place.replace(admin1=stated)  # the writer's province over the gazetteer's
            locs.append(loc)
            continue
        f = m.best.feature
        shown = _shown(m, ctx)
        cued = m.cue is not None or m.hint is not None
        rural = _rural_point(text, m, ctx)
        if rural is not None:
            # "the southern countryside of Idleb": a point that far that way, not the city itself
            locs.append(_loc("offset", m.best, (rural[0], m.end), m.start, True, name=text[rural[0]:m.end],
                             point=rural[1]))
            continue
        if f in ("populated place", "user"):
            kind = "near" if (m.cue == "near" or m.hint == "near") else "exact"
            loc = _loc(kind, m.best, (m.start, m.end), m.start, cued, name=shown, partial=m.partial)
            stated = _stated_admin1(m.best, ctx)
            if stated is not None:
                loc.place = loc.place.replace(admin1=stated)  # the writer's province over the gazetteer's
            locs.append(loc)
            continue
        kind = f
        if f == "admin1" and m.hint != "area" and not m.contained:
            # "Kirkuk" alone: the provincial capital of the same name is what reports usually mean.
            town = _capital_named(m, ctx)
            if town is not None:
                kind = "near" if (m.cue == "near" or m.hint == "near") else "exact"
                locs.append(_loc(kind, town, (m.start, m.end), m.start, cued, name=shown, partial=m.partial))
                continue
        locs.append(_loc(kind, m.best, (m.start, m.end), m.start, cued, partial=m.partial,
                         point=_seat_point(m.best, ctx)))
    if not any(l.kind != "country" for l in locs):
        # "blocked the Halba highway": with no other place, the town a road is named after is near the event
        road = next((m for m in inside if m.hint == "road" and not m.partial and m.best is not None and
                     m.best.feature in ("populated place", "user") and id(m) not in used_offsets), None)
        if road is not None:
            locs.append(_loc("near", road.best, (road.start, road.end), road.start, False,
                             name=_shown(road, ctx)))
    return locs


_RURAL_BEFORE = re.compile(
    r"\b(?P<dir>(?:north|south)[- ]?(?:east|west)(?:ern)?|northern|southern|eastern|western)\s+"
    r"(?:countryside|rural areas?|part|parts|areas?|reaches|side|environs)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|province|governorate|region|district)\s+of\s+)?$", re.I)


def _rural_point(text: str, m: Mention, ctx: _Context) -> tuple[int, tuple[float, float]] | None:
    """(start of the phrase, point) for "the <direction> countryside of X": X's point moved that way by the
    reach of a province's or a town's countryside; None without such a phrase."""
    if m.best is None or m.best.feature not in ("populated place", "user", "admin1", "admin2"):
        return None
    hit = _RURAL_BEFORE.search(text, max(0, m.start - 60), m.start)
    if hit is None:
        return None
    d = hit.group("dir").lower().replace("-", "").replace(" ", "")
    d = d[:-3] if d.endswith("ern") else d
    province = m.best.feature == "admin1" or any(
        e.feature == "admin1" and e.country == m.best.country for e in m.entries)
    anchor = m.best
    if m.best.feature == "admin1":
        anchor = _capital_named(m, ctx) or m.best
    km = RURAL_PROVINCE_KM if province else RURAL_TOWN_KM
    return hit.start(), _offset((anchor.lat, anchor.lon), km, _DIRS[d])


def _shown(m: Mention, ctx: _Context) -> str:
    """A mention's name as the article spells it (coders do: "Tarmiya", not "Aţ Ţārmīyah"), title-cased when the
    text's case is lost."""
    return m.text if ctx.mode == "mixed" else _title(m.text)


def _title(surface: str) -> str:
    """A case-less surface written as a name: "san salvador" -> "San Salvador", "al-tarmiyah" -> "al-Tarmiyah"."""
    words = re.split(r"(\s+|-)", surface.lower())
    return "".join(w if w in CONNECTORS or not w.strip(" -") else w[:1].upper() + w[1:] for w in words)


def _unmistakable(m: Mention, inside: Sequence[Mention]) -> bool:
    """A city the name can only mean ("Mariupol, Zaporizhia"): trusted over a province the writer got wrong,
    unless the writer also names its district ("Ilorin (Borgu LGA, Niger)" is a village of that name there)."""
    e = m.best
    after = [c for c in inside if c.start > m.end and not c.alias]
    if m.hint == "area" or (len(after) > 1 and after[0].contained and after[1].contained):
        return False
    return e is not None and e.feature in ("populated place", "user") and \
        e.population >= UNMISTAKABLE_POPULATION and not any(
            x.country == e.country and x.feature in ("populated place", "user") and
            _km((x.lat, x.lon), (e.lat, e.lon)) > CONTAINER_TOWN_KM for x in m.entries)


def _far_from_container(m: Mention, inside: Sequence[Mention], ctx: _Context) -> bool:
    """True when the town or district the text puts a place in lies farther from it than such an area reaches:
    the place is a namesake elsewhere and the named one is a village the gazetteer lacks."""
    after = [c for c in inside if c.start > m.end and not c.alias]
    if not after or not after[0].contained or after[0].best is None:
        return False
    chain = _consistent_chain(_chain_after(m, inside))
    if not chain:
        return False
    cm, c = chain[0], chain[0].best
    if c.country != m.best.country or c.id == m.best.id:
        return False
    if _filed_under(m.best, cm):
        return False  # "Matalam, Cotabato": the gazetteer files Matalam under North Cotabato; the text agrees
    if cm.partial or c.feature not in ("populated place", "user", "admin2"):
        return False  # "Brus Laguna, Gracias a Dios": a word of a longer name is no container to measure from
    same = [e for e in cm.entries if e.country == c.country]
    if cm.hint != "town" and any(e.feature == "admin1" for e in same):
        return False  # "Campinas, Sao Paulo": a province by its capital's name; the named-area rule judges it
    # A name the country repeats is in doubt ("Pilar", "Santo Nino"), and so is a hamlet or a name matched only
    # loosely ("Tondo" ~ "Tondod"); a unique town of some size is the place even when the text's district is a
    # loose one.
    loose = m.best.id not in {e.id for e in ctx.gz.candidates(m.key, loose=False)}
    repeated = any(e.country == m.best.country and e.id != m.best.id and e.feature in ("populated place", "user")
                   and _km((e.lat, e.lon), (m.best.lat, m.best.lon)) > CONTAINER_TOWN_KM for e in m.entries)
    if not (repeated or loose or m.best.population < TRUSTED_TOWN_POPULATION):
        return False
    # A district when it is one somewhere in the country, is called one, or is itself followed by its province
    # ("(Badin, Sindh)"): district seats lie well inside them, so allow a district's reach.
    district = any(e.feature == "admin2" for e in same) or cm.hint == "area" or len(chain) > 1
    limit = CONTAINER_DISTRICT_KM if district else CONTAINER_TOWN_KM
    return _km((m.best.lat, m.best.lon), (c.lat, c.lon)) > limit


def _filed_under(e: Entry, cm: Mention) -> bool:
    """True when the gazetteer files a place under a district spelled as the container the text names, or one
    whose name holds it ("North Cotabato" for "Cotabato")."""
    words = set(cm.key.split())
    return bool(words) and bool(e.admin2) and words <= set(name_key(e.admin2).split())


def _consistent_chain(chain: Sequence[Mention]) -> list[Mention]:
    """The known containers of a chain ("X (District, Province)") from the first that can lie in the next one:
    "Kwal district (Bassa LGA, Plateau)" when the Kwal we know is far from Bassa is a namesake."""
    nxt = [c for c in chain if c.best is not None and c.best.feature != "country"]
    while len(nxt) > 1 and _apart(nxt[0], nxt[1]):
        nxt = nxt[1:]
    return nxt


def _apart(am: Mention, bm: Mention) -> bool:
    """True when the place `am` names cannot lie in the area `bm` names right after it: another province, or
    farther than a district reaches from the town or district named."""
    a, b = am.best, bm.best
    if a.country != b.country or _filed_under(a, bm):
        return False
    if any(e.feature == "admin1" and e.country == a.country and e.admin1 == a.admin1 for e in bm.entries):
        return False  # "(Bosso, Diffa)": Diffa the region, though its capital is the likelier reading alone
    if b.feature == "admin1":
        return a.admin1 != b.admin1 and _km((a.lat, a.lon), (b.lat, b.lon)) > CONTAINER_DISTRICT_KM
    return b.feature in ("populated place", "user", "admin2") and \
        _km((a.lat, a.lon), (b.lat, b.lon)) > CONTAINER_DISTRICT_KM


def _contradicted_area(m: Mention, inside: Sequence[Mention]) -> bool:
    """True for a province's name written as a village's ("Kandal village") or followed by containers in another
    province ("As Sadah fort (Merkhah As Sufla, Shabwah)"): a village of that name, not the province."""
    if m.best is None or m.best.feature != "admin1":
        return False
    if m.hint == "town":
        return True
    chain = [c for c in _chain_after(m, inside) if c.best is not None and c.best.feature != "country"]
    if not chain:
        return False
    c = chain[0].best  # "Ceiba, Fajardo": neighbouring municipalities (Puerto Rico's are provinces) are no clash
    return c.country == m.best.country and c.admin1 != m.best.admin1 and \
        _km((c.lat, c.lon), (m.best.lat, m.best.lon)) > CONTAINER_DISTRICT_KM


def _abroad_in_chain(m: Mention, inside: Sequence[Mention], ctx: _Context) -> bool:
    """True for a name read as a place abroad though the text puts it in an area of the article's country ("As
    Sabaa (Tripoli)" is no Malaysian Sabah): a village of that name there."""
    return ctx.country is not None and m.best is not None and m.best.country != ctx.country and \
        m.best.feature != "country" and any(c.best is not None and c.best.country == ctx.country and
                                            c.best.feature != "country" for c in _chain_after(m, inside)[:1])


def _container_follows(m: Mention, inside: Sequence[Mention]) -> bool:
    return any(c.contained and c.start > m.end and c.start - m.end < 40 for c in inside)


def _chain_after(m: Mention, inside: Sequence[Mention]) -> list[Mention]:
    """The containers written right after m ("X (District, Province)"), nearest first; empty when the next
    name is no container of m."""
    out: list[Mention] = []
    for c in inside:
        if c.start <= m.end or c.alias:
            continue
        if not c.contained:
            break
        out.append(c)
    return out


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


def _stated_admin1(e: Entry, ctx: _Context) -> str | None:
    """The province the text puts a place in, when the gazetteer files it under a neighbouring one."""
    named = sorted(a for c, a in ctx.named_admin1 if c == e.country)
    if not named or e.admin1 in named:
        return None
    points = [(ctx.gz.admin1[(e.country, a)], a) for a in named if (e.country, a) in ctx.gz.admin1]
    near = [(_km((e.lat, e.lon), (p.lat, p.lon)), a) for p, a in points]
    near = [x for x in near if x[0] <= NAMED_AREA_SLACK_KM]
    return min(near)[1] if near else None


def _named_area(ctx: _Context) -> Entry | None:
    for cc, a1 in sorted(ctx.named_admin1) + sorted(ctx.cue_admin1):
        if ctx.country in (None, cc) and (cc, a1) in ctx.gz.admin1:
            return ctx.gz.admin1[(cc, a1)]
    return None


def _seat_point(area: Entry, ctx: _Context) -> tuple[float, float] | None:
    """An area's point at the town of its own name inside it ("Batken" of Batken oblast), the seat ACLED uses,
    rather than the gazetteer's point (its biggest town); None to keep the gazetteer's."""
    if area.feature not in ("admin1", "admin2"):
        return None
    named = [e for e in ctx.gz.candidates(name_key(area.name), loose=False)
             if e.feature in ("populated place", "user") and e.country == area.country]
    towns = [e for e in named if e.admin1 == area.admin1 and (
        area.feature == "admin1" and e.population >= CAPITAL_MIN_POPULATION or
        area.feature == "admin2" and e.admin2 in (None, area.admin2) and
        _km((e.lat, e.lon), (area.lat, area.lon)) <= CONTAINER_DISTRICT_KM)]
    if not towns and area.feature == "admin1":
        # "Ramos Mejia, Buenos Aires": a metropolis of the province's name, its own area in the gazetteer, is
        # where the province's news happens, not the province's biggest other town
        towns = [e for e in named if e.population >= METRO_POPULATION]
    if not towns:
        return None
    e = max(towns, key=lambda e: (e.population, -e.id))
    return e.lat, e.lon


def _capital_named(m: Mention, ctx: _Context) -> Entry | None:
    """The province's main town when it carries the province's name ("Kirkuk"), else None ("Antioquia")."""
    area = m.best
    towns = [e for e in m.entries if e.feature in ("populated place", "user") and e.country == area.country
             and e.admin1 == area.admin1 and (_km((e.lat, e.lon), (area.lat, area.lon)) < 1.0 or (
                 e.population >= CAPITAL_MIN_POPULATION and name_key(e.name) == name_key(area.name)))]
    return max(towns, key=lambda e: (e.population, -e.id)) if towns else None


#: areas that, named after a place cue, beat a town the sentence names later without one
AREA_BEFORE_TOWN_KINDS = ("admin2",)


def _pick(locs: list[_Loc], country: str | None = None) -> _Loc | None:
    """The incident's place among one sentence's: the first town-level place after a place cue, else the
    first town-level place, else the smallest area. Reports name the event's place first, then context."""
    if country is not None:
        # A place abroad is the incident's place only when the article's own country offers none.
        locs = [l for l in locs if l.place.country == country] or locs
    if not locs:
        return None
    # A whole name beats a word inside a longer one, but a province named inside "Al Bayda and Abyan
    # governorates" still beats the bare country.
    whole = [l for l in locs if not l.partial and l.kind != "country"] or [
        l for l in locs if l.kind != "country"] or locs
    town = SPECIFICITY["village-admin2"]
    # A town named only inside a longer name still beats a province ("the Detroit Police Department ... in
    # Michigan"); the partial word was accepted only in the article's country.
    townish = [l for l in whole if SPECIFICITY[l.kind] >= town] or [
        l for l in locs if l.partial and SPECIFICITY[l.kind] >= town]
    if townish:
        first = min([l for l in townish if l.cued] or townish, key=lambda l: l.order)
        if not first.cued or first.partial:
            # "in the Municipality of Sain Alto ... at the turn-off to Jose Maria Morelos": the district the event
            # is said to be in outranks a town the sentence names later only in passing, or only as a word of a
            # longer name ("in Metepec, Mexico ... in Colonia San Jeronimo Chicahualco")
            areas = [l for l in whole if l.kind in AREA_BEFORE_TOWN_KINDS and l.cued and l.order < first.order]
            if areas:
                return min(areas, key=lambda l: l.order)
        return first
    return max(whole, key=lambda l: (SPECIFICITY[l.kind], l.cued, -l.order))


def locate_incident(text: str, focus: Sequence[tuple[int, int]], mentions: Sequence[tuple[int, int, str]],
                    options: Options, *, dateline: str | None = None) -> tuple[Place, Span] | None:
    """The incident's place: main focus sentence, other focus sentences, preceding sentences, dateline, country.

    Returns the Place (country, admin1/2, point, precision codes) and the Span of `text` supporting it, or None.
    """
    gz = get_gazetteer(options)
    mode = case_mode(text)
    cue_keys: set[str] = set()
    ranking = _article_countries(text, mentions, gz, mode, dateline, cue_keys)
    country = ranking[0][0] if ranking else None
    people = _people(text, focus, mode, options)
    ctx, best = _locate_in(country, text, focus, mentions, gz, mode, cue_keys, people)
    if ranking and not ranking[0][2] and (best is None or best.kind == "country"):
        # The article's country offers no place, only its name or demonym ("Turkish forces deployed ... in the
        # Ariha area", "Burkinabe individuals in Gbagbeguoine village, Biankouma subdivision"): a close
        # runner-up whose places the text names is where it happened.
        for cc, sc, firm in ranking[1:1 + RUNNER_UP_COUNTRIES]:
            if sc < RUNNER_UP_SHARE * ranking[0][1]:
                break
            if not firm:
                continue
            alt_ctx, alt = _locate_in(cc, text, focus, mentions, gz, mode, cue_keys, people)
            if alt is not None and alt.kind != "country" and alt.place.country == cc:
                ctx, best = alt_ctx, alt
                break
    # where the report was filed: the reader's dateline, or one opening a paragraph of web copy ("CHICAGO —"),
    # which is read only here, as a last resort, so that a KABUL dateline never moves an Orlando shooting
    dateline = dateline or (_inline_dateline(text) if best is None else None)
    if best is None and dateline:
        head = dateline.split(",")[0].strip()
        towns = [x for x in gz.candidates(name_key(head)) if x.feature in ("populated place", "user")
                 and (ctx.country is None or x.country == ctx.country)]
        if towns:
            town = max(towns, key=lambda x: (x.population, -x.id))
            idx = text.lower().find(head.lower()) if head else -1
            span = (idx, idx + len(head)) if idx >= 0 else (0, 0)
            # Where the report was filed, not necessarily where it happened: vicinity precision at best.
            return to_place(town, "near"), Span(span[0], span[1], text[span[0]:span[1]])
    if best is None and ctx.country and ctx.country in gz.countries:
        e = gz.countries[ctx.country]
        span = _country_span(text, ctx.country, gz) or (0, 0)
        return to_place(e, "country"), Span(span[0], span[1], text[span[0]:span[1]])
    if best is None:
        return None
    return best.place, Span(best.span[0], best.span[1], text[best.span[0]:best.span[1]])


def _people(text: str, focus: Sequence[tuple[int, int]], mode: str, options: Options) -> list[tuple[int, int]]:
    """Spans of people's names in the sentences an incident is placed from (mixed-case text only: NER needs case)."""
    if mode != "mixed" or not options.geocode.skip_people:
        return []
    from .parse import people

    sents = sentences(text)
    lo = min((s for s, e in focus if e > s), default=0)
    before = [se for se in sents if se[1] <= lo][-PRECEDING_SENTENCES:]
    regions = [se for se in sents if any(se[0] < e and s < se[1] for s, e in focus)] + before
    return people(text, regions, options)


#: a US article's state is the one it names when it names this share of its state mentions or more
STATE_SHARE = 2 / 3


@functools.lru_cache(maxsize=1)
def _us_state_patterns() -> tuple[dict[str, str], re.Pattern[str]]:
    """(any way of writing a state -> its name, a pattern for full names and for AP or postal abbreviations after a
    town: "Decatur, Ga.", "Richmond, IN")."""
    names: dict[str, str] = {}
    full, short = [], []
    for line in _lines("us_states.tsv"):
        name, ap, postal = line.split("\t")
        names[name] = names[ap] = names[postal] = name
        full.append(re.escape(name))
        short += [re.escape(ap), re.escape(postal) + r"\b"]
    pattern = rf"\b(?:{'|'.join(sorted(full, key=len, reverse=True))})\b|(?<=[A-Za-z]), ({'|'.join(sorted(short, key=len, reverse=True))})"
    return names, re.compile(pattern)


def stated_us_state(text: str) -> str | None:
    """The US state an article names, when one state has most of its state mentions (local news names its state
    once or twice: in the dateline, after a town, "police in Tennessee")."""
    names, pattern = _us_state_patterns()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        state = names.get((m.group(1) or m.group(0)).strip())
        if state:
            counts[state] = counts.get(state, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda k: counts[k])
    return top if counts[top] >= STATE_SHARE * sum(counts.values()) else None


def _locate_in(country: str | None, text: str, focus: Sequence[tuple[int, int]],
               mentions: Sequence[tuple[int, int, str]], gz: Gazetteer, mode: str,
               cue_keys: set[str], people: Sequence[tuple[int, int]] = ()) -> tuple[_Context, _Loc | None]:
    """The incident's place from the focus and preceding sentences, names read as in `country`."""
    ctx = _Context(gz, text, mode, country)
    if country == "US" and mode == "mixed":
        # towns of the state the story names win over same-named towns elsewhere (Austin, Decatur, Richmond)
        state = stated_us_state(text)
        hit = [e for e in gz.admin1_entries(name_key(state)) if e.country == "US"] if state else []
        if hit:
            ctx.admin1.add(("US", hit[0].admin1))
    areas = _country_cue_table()[2]
    for k in cue_keys:
        for cc, a1 in areas.get(k, ()):
            hit = [e for e in gz.admin1_entries(name_key(a1)) if e.country == cc]
            if hit:
                ctx.admin1.add((cc, hit[0].admin1))
                ctx.cue_admin1.add((cc, hit[0].admin1))
    focus = [(max(0, s), min(len(text), e)) for s, e in focus if e > s] or [(0, len(text))]
    sents = sentences(text)
    # Names anywhere in the focus and the sentences before it make the context for disambiguation.
    lo = min(s for s, _ in focus)
    before = [se for se in sents if se[1] <= lo][-PRECEDING_SENTENCES:]
    regions = sorted(set(focus) | set(before))
    found: list[Mention] = []
    for s, e in regions:
        found += [m for m in find_mentions(text, s, e, ctx, mentions, people) if not any(
            f.start == m.start for f in found)]
    found.sort(key=lambda m: m.start)
    _resolve_all(found, ctx)

    best: _Loc | None = None
    for i, (s, e) in enumerate(focus):
        loc = _pick(_sentence_locs(text, s, e, found, ctx, found), ctx.country)
        if loc is None or loc.place.country not in (None, ctx.country or loc.place.country):
            continue
        if best is None or SPECIFICITY[loc.kind] > SPECIFICITY[best.kind]:
            best = loc
        if i == 0 and SPECIFICITY[best.kind] >= SPECIFICITY["near"]:
            break
    if best is None or best.kind == "country":
        for s, e in reversed(before):
            loc = _pick(_sentence_locs(text, s, e, found, ctx, found), ctx.country)
            if loc is not None and loc.kind != "country" and (
                    ctx.country is None or loc.place.country == ctx.country):
                best = loc
                break
    return ctx, best


def _country_span(text: str, cc: str, gz: Gazetteer) -> tuple[int, int] | None:
    names = _country_names(gz)
    keyed = _country_cue_table()[0]
    for m in _WORD.finditer(text):
        k = name_key(m.group())
        if names.get(k) == cc or any(c == cc for c, _ in keyed.get(k, ())):
            return m.start(), m.end()
    return None


# --------------------------------------------------------------------------------------------- comparisons


def normalize_place_name(name: str | None) -> str:
    """Comparable form of a place or area name: no diacritics, articles, affixes ("Governorate") or case."""
    if not name:
        return ""
    return name_key(clean_admin_name(name))


def same_admin1(a: str | None, b: str | None, country: str | None = None) -> bool:
    """True when two admin1 names denote the same area ("Salah al-Din" = "Salah ad Din Governorate")."""
    ka, kb = normalize_place_name(a), normalize_place_name(b)
    if not ka or not kb:
        return False
    if ka == kb or skeleton(ka) == skeleton(kb) and _ratio(ka, kb) >= 75:
        return True
    gz = get_gazetteer()

    def areas(name: str, key: str) -> set[int]:
        # The name as written too: an alias may end in a word the affix rules strip ("National Capital Region").
        return {e.id for k in {key, name_key(name)} if k for e in gz.candidates(k)
                if e.feature == "admin1" and (country is None or e.country == country)}

    if areas(a, ka) & areas(b, kb):
        return True
    return _ratio(ka, kb) >= 90


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)
