"""Geocoding: finds place names in article text, picks the incident's place, and assigns its precision codes."""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Sequence

from .gazetteer import (
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
W_POPULATION = 0.45
W_LEVEL_HINT = 3.0
W_USER = 1.0
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
    r"air\s*force|navy|operation|coalition|dollars?|embassy|nationals?|citizens|(?:led|backed)\b)", re.I)
#: an admin1 named in the text votes for its country this much; a town after a place cue this much, else half
VOTE_ADMIN1 = 1.0
VOTE_ADMIN2 = 0.7
VOTE_TOWN = 0.8
#: a province written as the container of a place ("in X (Misrata)") is the writer saying where X is
CONTAINER_VOTE_FACTOR = 2.0
#: a name matched only through its consonant skeleton ("Manaus" ~ "Manus") is weak evidence of a country
LOOSE_VOTE_FACTOR = 0.3


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
    "bishop senator deputy judge dr mr mrs ms sir lord chief leader spokesman spokesperson".split()
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
_TOWN_WORDS = r"town|city|village|villages|hamlet|locality|settlement|neighbou?rhood|suburb|camp|township|community|hill"
_AREA_WORDS = r"province|governorate|state|region|district|department|county|oblast|prefecture|wilaya|division|" \
              r"subdivision|sub-district|subdistrict|tehsil|muhafazah|LGA|local government area|zone|subcounty|" \
              r"sub-county|commune|municipality|rayon|raion"
_ADMIN_WORDS = r"province|governorate|state|region|district|department|county|oblast|prefecture|wilaya|" \
               r"municipality|muhafazah|LGA"
_HINT_AFTER = re.compile(rf"^[\s-]*(?:(?P<town>{_TOWN_WORDS})|(?P<area>{_AREA_WORDS})|(?P<near>area|countryside|"
                         r"outskirts|suburbs|vicinity|surroundings|environs))\b", re.I)
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
    best: Entry | None = None
    score: float = 0.0


def _cap(word: str) -> bool:
    return word[:1].isupper()


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
                  ner: Sequence[tuple[int, int, str]] = ()) -> list[Mention]:
    """Place names in text[start:end]: longest known word runs first, then NER places the gazetteer lacks."""
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
                weak = common and (sentence_initial or k in stop or partial)
            else:
                weak = common
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
        if mode == "mixed" and g[1] - g[0] == 1 and toks[g[0]][2].isupper() and len(toks[g[0]][2]) > 1 and \
                not ((len(toks[g[0]][2]) > 2 or in_parens)
                     and any(e.feature == "admin1" for e in gz.candidates(k, loose=False))):
            return False  # acronyms in mixed-case text ("IS", "TMF", "COVID") are organisations, not places,
            # unless a province goes by them ("AJK", "KPK", "(Etah, UP)")
        if g[0] > 0 and toks[g[0] - 1][2].lower() in TITLES:
            return False  # "President Hadi", "General Salah": a person
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
    chosen += _unknown_by_pattern(text, toks, chosen, start, mode)
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
        if any(m.start < e and s < m.end for m in chosen):
            continue
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


def _adjacent_caps(text: str, toks, g) -> bool:
    """True when a capitalised word is glued to this run: part of a longer name ("Federal Police", "X al-Matar")."""
    def joined(a: int, b: int) -> bool:
        return 0 <= a and b < len(toks) and bool(_JOIN.fullmatch(text[toks[a][1]:toks[b][0]]))

    i, j = g[0], g[1]
    if joined(i - 1, i) and (_cap(toks[i - 1][2]) or (
            toks[i - 1][2].lower() in CONNECTORS and joined(i - 2, i - 1) and _cap(toks[i - 2][2]))):
        return True
    if joined(j - 1, j) and (_cap(toks[j][2]) or (
            toks[j][2].lower() in CONNECTORS and joined(j, j + 1) and _cap(toks[j + 1][2]))):
        return True
    return False


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
            (_IN_CUES.search(before) or _NEAR_CUES.search(before)) and re.match(r"\s*\(", after))
        surface = text[run[0][0]:run[-1][1]]
        k = name_key(surface)
        if not marked or not k or k in stop or k in cue_words or (
                len(run) == 1 and _zipf(fold(surface)) >= COMMON_WORD_ZIPF) or (
                mode == "mixed" and len(run) == 1 and surface.isupper()):
            continue
        out.append(Mention(run[0][0], run[-1][1], surface, k, (), unknown=True, hint="town"))
    return out


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
            if re.fullmatch(r"\s*(?:\w+\s+)?(?:(?:district|province|subdivision|city|town|village|state|region|"
                            r"governorate|county|area|neighbou?rhood|municipality)\s*)?(?:,|\(|,\s*\(|\)\s*,|\)\s*\(|"
                            r"\s-\s)\s*", gap, re.I) or (
                    "(" in text[prev.start - 1:m.start] and ")" not in gap and len(gap) < 40):
                m.contained = True
        prev = m


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
    if ctx.points and e.feature not in ("country", "admin1") and any(
            c == e.country and _km((e.lat, e.lon), (la, lo)) <= NEARBY_KM for la, lo, c in ctx.points):
        s += W_NEARBY
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
    for e in m.entries:
        sc = _score(e, m, ctx)
        if sc > best_s:
            best, best_s = e, sc
    if best is not None and m.partial and ctx.country is not None and best.country != ctx.country:
        best = None
    loose = best is not None and best.id not in {e.id for e in ctx.gz.candidates(m.key, loose=False)}
    if best is not None and ctx.country is not None and best.country != ctx.country and (
            loose or best.feature in ("populated place", "admin2") and best.population < FOREIGN_TOWN_MIN_POPULATION):
        # A small town abroad sharing the name, or any place abroad with a merely similar name, is far likelier
        # a local village the gazetteer lacks.
        best = None
        m.unknown = ctx.mode == "mixed" and not m.weak and not m.partial
    if best is not None and m.weak:
        # A common word is a place only when written as a name, after a place cue, in the article's country.
        in_country = ctx.country is not None and best.country == ctx.country
        if ctx.mode == "mixed":
            supported = in_country and m.cue is not None
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


def _country_votes(text: str, gz: Gazetteer, mode: str) -> tuple[dict[str, float], set[str]]:
    """Votes per country from country names and cue words, and the cue keys seen (some point to areas)."""
    keyed, exact, _areas = _country_cue_table()
    names = _country_names(gz)
    votes: dict[str, float] = {}
    seen_keys: set[str] = set()
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
            hits: list[tuple[str, float]] = []
            if k in names:
                hits = [(names[k], 1.0)]
            elif k in keyed:
                hits = [(cc, w * DEMONYM_FACTOR) for cc, w in keyed[k]]
            elif mode == "mixed" and surface in exact:
                hits = [(cc, w * DEMONYM_FACTOR) for cc, w in exact[surface]]
                k = surface
            if hits and _FOREIGN_ACTOR.match(text, e) and k not in names:
                # "Turkish forces", "French Operation Barkhane", "US dollar": foreigners and their things.
                hits = [(cc, w * FOREIGN_ACTOR_FACTOR) for cc, w in hits]
            if hits:
                used.update(range(i, i + n))
                seen_keys.add(k)
                for cc, w in hits:
                    votes[cc] = votes.get(cc, 0.0) + w / len(hits)
    return votes, seen_keys


#: articles whose country decision is kept: the pipeline codes an article's incidents one after another
COUNTRY_CACHE_SIZE = 8
_COUNTRY_CACHE: dict = {}


def _article_country(text: str, ner: Sequence[tuple[int, int, str]], gz: Gazetteer, mode: str,
                     dateline: str | None, cue_keys: set[str] | None = None) -> str | None:
    """The article's country, decided once per article however many incidents it reports."""
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
                    dateline: str | None, cue_keys: set[str]) -> str | None:
    votes, seen = _country_votes(text, gz, mode)
    cue_keys.update(seen)
    # Counted mentions saturate: one country named ten times in passing should not beat the dateline.
    score = {cc: math.sqrt(v) for cc, v in votes.items()}
    if dateline:
        cc = _dateline_country(dateline, gz)
        if cc:
            score[cc] = score.get(cc, 0.0) + 3.0
    # Admin areas and towns: each name votes for the countries it exists in, the bigger places louder.
    ctx = _Context(gz, text, mode)
    seen_names: set[str] = set()
    for m in find_mentions(text, 0, min(len(text), 6000), ctx, ner):
        if not m.entries or m.key in seen_names or m.weak or m.partial:
            continue
        seen_names.add(m.key)
        for cc, v in _mention_votes(m, gz).items():
            score[cc] = score.get(cc, 0.0) + v
    if not score:
        return None
    return max(sorted(score), key=lambda cc: score[cc])


def _mention_votes(m: Mention, gz: Gazetteer) -> dict[str, float]:
    """What one place name says about the country: provinces and districts by name, towns by population share;
    spellings matched only loosely count for little."""
    exact_entries = gz.candidates(m.key, loose=False)
    exact = {e.id for e in exact_entries}
    exact_countries = {e.country for e in exact_entries}
    areas: dict[str, float] = {}
    towns: dict[str, float] = {}
    for e in m.entries:
        # "Idleb" is exactly a spelling of the town and loosely of its province: both count in full.
        w = 1.0 if e.id in exact or e.country in exact_countries else LOOSE_VOTE_FACTOR
        if e.feature == "admin1":
            areas[e.country] = max(areas.get(e.country, 0.0), VOTE_ADMIN1 * w)
        elif e.feature == "admin2":
            areas[e.country] = max(areas.get(e.country, 0.0), VOTE_ADMIN2 * w)
        elif e.feature in ("populated place", "user"):
            towns[e.country] = max(towns.get(e.country, 0.0), (e.population + 100.0) * w)
    out: dict[str, float] = {}
    if areas:
        # The same area name in several countries ("Amazonas") splits its vote; a province outranks the many
        # districts that share its name, and one stated as a container ("Nogales (Valparaiso)") counts double.
        top = max(areas.values())
        areas = {cc: v for cc, v in areas.items() if v >= top or top < VOTE_ADMIN1}
        boost = CONTAINER_VOTE_FACTOR if m.contained and top >= VOTE_ADMIN1 else 1.0
        for cc, v in areas.items():
            out[cc] = boost * v / len(areas)
    if towns:
        total = sum(towns.values())
        w = VOTE_TOWN if (m.cue or m.hint or m.contained) else VOTE_TOWN / 2
        for cc, p in towns.items():
            # Bigger towns are named more often, so a city outvotes an equally cued hamlet elsewhere.
            size = min(1.0, 0.4 + 0.1 * math.log10(p + 10))
            out[cc] = max(out.get(cc, 0.0), w * size * p / total)
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
                             name=m.text if ctx.mode == "mixed" else _title(m.text)))
            used_offsets.add(id(m))
        else:
            kind = "offset" if km <= OFFSET_DISTRICT_KM else "offset-far"
            locs.append(_loc(kind, anchor.best, (om.start(), anchor.end), om.start(), True,
                             name=f"{text[om.start():anchor.end]}", point=point))
    # "on the road between A and B": the midpoint.
    for bm in _BETWEEN.finditer(text, s, e):
        a = next((m for m in inside if m.best is not None and bm.end() <= m.start <= bm.end() + 2), None)
        if a is None:
            continue
        b = next((m for m in inside if m.best is not None and m.start > a.end and
                  re.fullmatch(r"\s+and\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", text[a.end:m.start],
                               re.I)), None)
        if b is None or a.best.feature not in ("populated place", "user") or \
                b.best.feature not in ("populated place", "user"):
            continue
        mid = ((a.best.lat + b.best.lat) / 2, (a.best.lon + b.best.lon) / 2)
        used_offsets.update((id(a), id(b)))
        locs.append(_loc("road", a.best, (a.start, b.end), bm.start(), True,
                         name=f"{a.text} - {b.text}", point=mid))
    prev_named: Mention | None = None
    for m in inside:
        if id(m) in used_offsets:
            continue
        if m.contained and prev_named is not None:
            continue  # an area that only says where the previous name lies
        if m.best is not None and m.best.feature == "country":
            locs.append(_loc("country", m.best, (m.start, m.end), m.start, m.cue is not None))
            continue
        if (m.best is None and not m.unknown) or m.hint == "road":
            continue  # a common word the context did not support, or a road named after a town
        prev_named = m
        # "Hajar (Qaatabah, Ad Dali)" but the only Hajar known is in Hadramawt: a village we lack.
        outside = m.best is not None and m.best.feature in ("populated place", "user", "admin2") and \
            _outside_named_areas(m.best, ctx)
        if m.unknown or outside:
            if not (m.cue or m.hint in ("town", "near") or m.contained or _container_follows(m, inside)):
                continue
            # An unknown village: its container, else the smallest area the text ties it to.
            nxt = [c for c in inside if c.start > m.end and c.contained and c.best is not None
                   and c.best.feature != "country" and not _outside_named_areas(c.best, ctx)]
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
            locs.append(_loc(kind, container, (m.start, m.end), m.start, True,
                             name=m.text if ctx.mode == "mixed" else _title(m.text)))
            continue
        f = m.best.feature
        # Report the name as the article spells it (coders do: "Tarmiya", not "Aţ Ţārmīyah") unless case is lost.
        shown = m.text if ctx.mode == "mixed" else _title(m.text)
        cued = m.cue is not None or m.hint is not None
        if f in ("populated place", "user"):
            kind = "near" if (m.cue == "near" or m.hint == "near") else "exact"
            loc = _loc(kind, m.best, (m.start, m.end), m.start, cued, name=shown, partial=m.partial)
            stated = _stated_admin1(m.best, ctx)
            if stated is not None:
                loc.place = loc.place.replace(admin1=stated)  # the writer's province over the gazetteer's
            locs.append(loc)
            continue
        kind = f
        if f == "admin1" and m.hint != "area":
            # "Kirkuk" alone: the provincial capital of the same name is what reports usually mean.
            town = _capital_named(m, ctx)
            if town is not None:
                kind = "near" if (m.cue == "near" or m.hint == "near") else "exact"
                locs.append(_loc(kind, town, (m.start, m.end), m.start, cued, name=shown, partial=m.partial))
                continue
        locs.append(_loc(kind, m.best, (m.start, m.end), m.start, cued, partial=m.partial))
    return locs


def _title(surface: str) -> str:
    """A case-less surface written as a name: "san salvador" -> "San Salvador", "al-tarmiyah" -> "al-Tarmiyah"."""
    words = re.split(r"(\s+|-)", surface.lower())
    return "".join(w if w in CONNECTORS or not w.strip(" -") else w[:1].upper() + w[1:] for w in words)


def _container_follows(m: Mention, inside: Sequence[Mention]) -> bool:
    return any(c.contained and c.start > m.end and c.start - m.end < 40 for c in inside)


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


def _capital_named(m: Mention, ctx: _Context) -> Entry | None:
    """The province's main town when it carries the province's name ("Kirkuk"), else None ("Antioquia")."""
    area = m.best
    towns = [e for e in m.entries if e.feature in ("populated place", "user") and e.country == area.country
             and e.admin1 == area.admin1 and _km((e.lat, e.lon), (area.lat, area.lon)) < 1.0]
    return max(towns, key=lambda e: (e.population, -e.id)) if towns else None


def _pick(locs: list[_Loc], country: str | None = None) -> _Loc | None:
    """The incident's place among one sentence's: the first town-level place after a place cue, else the
    first town-level place, else the smallest area. Reports name the event's place first, then context."""
    if country is not None:
        # A place abroad is the incident's place only when the article's own country offers none.
        locs = [l for l in locs if l.place.country == country] or locs
    if not locs:
        return None
    whole = [l for l in locs if not l.partial] or locs
    townish = [l for l in whole if SPECIFICITY[l.kind] >= SPECIFICITY["village-admin2"]]
    if townish:
        return min([l for l in townish if l.cued] or townish, key=lambda l: l.order)
    return max(whole, key=lambda l: (SPECIFICITY[l.kind], l.cued, -l.order))


def locate_incident(text: str, focus: Sequence[tuple[int, int]], mentions: Sequence[tuple[int, int, str]],
                    options: Options, *, dateline: str | None = None) -> tuple[Place, Span] | None:
    """The incident's place: main focus sentence, other focus sentences, preceding sentences, dateline, country.

    Returns the Place (country, admin1/2, point, precision codes) and the Span of `text` supporting it, or None.
    """
    gz = get_gazetteer(options)
    mode = case_mode(text)
    cue_keys: set[str] = set()
    country = _article_country(text, mentions, gz, mode, dateline, cue_keys)
    ctx = _Context(gz, text, mode, country)
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
        found += [m for m in find_mentions(text, s, e, ctx, mentions) if not any(
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
    if best is None and dateline:
        head = dateline.split(",")[0].strip()
        towns = [x for x in gz.candidates(name_key(head)) if x.feature in ("populated place", "user")
                 and (ctx.country is None or x.country == ctx.country)]
        if towns:
            town = max(towns, key=lambda x: (x.population, -x.id))
            idx = text.find(head) if head else -1
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
    ea = {e.id for e in gz.candidates(ka) if e.feature == "admin1" and (country is None or e.country == country)}
    eb = {e.id for e in gz.candidates(kb) if e.feature == "admin1" and (country is None or e.country == country)}
    if ea & eb:
        return True
    return _ratio(ka, kb) >= 90


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)
