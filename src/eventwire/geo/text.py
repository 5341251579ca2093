"""Text for geocoding: words, sentences, case mode (wire copy in capitals, lower-cased text), candidate n-grams,
inline datelines, and the Mention record a found name becomes."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import datelines
from .files import _lines
from .names import PARTICLES
from .places import Entry

#: longest place name tried, in words ("Santa Cruz de la Sierra", "Dera Ismail Khan")
MAX_NGRAM = 5






#: a word; apostrophes inside names count ("Ta'izz", "Sa'dah") but a possessive "'s" does not ("Beirut's")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’`ʿʾ](?![sS]\b)(?=[^\W\d_]))*")


_JOIN = re.compile(r"[ \t]{1,2}|-| - ")
#: abbreviated first words of place names whose period and space join them to the next word ("Ft. Lauderdale",
#: "Mt. Vernon", "Pt. Pleasant"), read as the whole word (the gazetteer has "Fort Lauderdale"; "Mt Vernon" only as
#: one town's other name): without them the rest is taken alone (Lauderdale County, Vernon). "St." is read by
#: the state votes (focus._CAPITALISED_RUN) and the gazetteer's "St. Louis" names, so it is not joined here
ABBREVIATED_FIRST_WORDS = {"Ft": "Fort", "FT": "FORT", "Mt": "Mount", "MT": "MOUNT", "Pt": "Point", "PT": "POINT"}


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


#: a name a road word follows is the road's ("Murree road"), as is the first of two towns a road joins ("the
#: Kano-Zaria highway", "the Pune-Nashik stretch of the expressway")
_ROAD_AFTER = re.compile(r"^(?:-(?-i:[A-Z])[\w'’]*(?:[ \t](?-i:[A-Z])[\w'’]*)?)?[\s-]+"
                         r"(?:road|highway|street|bypass|avenue|motorway|expressway|boulevard|stretch)\b", re.I)


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


#: texts (and stretches) whose words and sentences are remembered: focus and placing read the same article, its
#: capitalised runs and its sentences again for each incident and each country asked about (60 MUC-4 texts + 97 GVA
#: articles of lines 1001-1100: _words 17,053 calls for 2,340 different stretches, sentences 869 calls for 157
#: articles; 0.64 of 29 CPU s)
TEXT_MEMO_SIZE = 4096


def _words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Word tokens with offsets; the "s" of a possessive is not a word ("People's Militia"). A new list: callers may
    change it."""
    return list(_words_of(text, start, len(text) if end is None else end))


@functools.lru_cache(maxsize=TEXT_MEMO_SIZE)
def _words_of(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)
                 if not (m.group() in ("s", "S") and m.start() > 0 and text[m.start() - 1] in "'’"))


@functools.lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency; without it only the stopword list applies
        return 0.0
    return zipf_frequency(word, "en")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (no abbreviation handling needed: only used to find neighbours of the focus). A new
    list: callers may change it."""
    return list(_sentences_of(text))


@functools.lru_cache(maxsize=TEXT_MEMO_SIZE)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _SENT.finditer(text) if m.group().strip())


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
    quarter: bool = False  # a quarter of its best, a city, and shown by the city's name: "in Walnut Hills" of Dayton
    best: Entry | None = None
    score: float = 0.0


def _cap(word: str) -> bool:
    return word[:1].isupper()


#: a short word with a capital after its first letter is an abbreviation ("LoC", "MoD"), as one in capitals is
ABBREVIATION_MAX_LETTERS = 4


#: a dateline is looked for in the first characters of web copy, after captions and bylines
INLINE_DATELINE_CHARS = 1500


#: the town of a dateline opening a paragraph: one to four words in capitals ("CHICAGO", "ST. LOUIS",
#: "WINSTON-SALEM"); a dateline in mixed case or a longer run is a sentence's opening more often than a dateline
_INLINE_HEAD = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}")


#: a paragraph's first character
_LINE_START = re.compile(r"(?m)^[ \t]*(?=\S)")


#: a dateline's end that is a colon, not a dash: "UPDATED: ..." and "WATCH: ..." label a line, they file no story
_COLON_END = re.compile(r":\s*$")


#: a dateline's end that is a dash; one with none after its wire's name ("SELMA, Ala. (AP) A man was shot") is read
#: inside a page only where a state follows its town: capitals and a wire alone ("WASHINGTON (AP) The agency") open
#: a wire's story filed far from the place more often than a local one
_DASH_END = re.compile(r"[—–-]\s*$")


def inline_dateline_at(text: str) -> tuple[str, int, int] | None:
    """The town of a dateline opening one of the first paragraphs ("CHICAGO — Four men were shot ...", "SELMA, Ala.
    (AP) A man was shot ..."), as written, with its start and end in `text`: the reader's dateline parser
    (datelines.parse) read at each paragraph's start within INLINE_DATELINE_CHARS, its town in capitals
    (_INLINE_HEAD), ended by a dash or by a wire's name after a state (_DASH_END), not by a colon."""
    window = text[:INLINE_DATELINE_CHARS]
    for start in _LINE_START.finditer(window):
        at = start.end()
        line = datelines.parse(text[at:at + datelines.DATELINE_WINDOW])
        if line is None or not line.place or _COLON_END.search(text[at:at + line.end]):
            continue
        if not _DASH_END.search(text[at:at + line.end]) and "," not in line.place:
            continue
        head = line.place.split(",")[0].strip()
        if _INLINE_HEAD.fullmatch(head) and text.startswith(head, at):
            return head, at, at + len(head)
    return None


def _inline_dateline(text: str) -> str | None:
    """The place of a dateline opening one of the first paragraphs, title-cased (inline_dateline_at), for a story
    whose reader found none at its very start (web pages put captions and bylines first)."""
    found = inline_dateline_at(text)
    return found[0].title() if found else None


def _acronym(word: str) -> bool:
    return len(word) > 1 and (word.isupper() or len(word) <= ABBREVIATION_MAX_LETTERS and any(
        c.isupper() for c in word[1:]))


def _ngrams(text: str, toks: list[tuple[int, int, str]], mode: str) -> list[tuple[int, int, int, int]]:
    """(token i, token j, char start, char end) of every word run that could be a place name."""
    out = []
    mixed = mode == "mixed"
    joins: dict[int, bool] = {}  # whether the gap after token k joins it to the next, read once per gap
    for i in range(len(toks)):
        # what depends on the first word alone: a run it cannot start is skipped whole (it would stop at j = i + 1)
        first = toks[i][2]
        glued = i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == "-"
        if mixed:
            if not (_cap(first) or (first.lower() in PARTICLES and glued)):
                continue
        else:
            lf = first.lower()
            if lf in FUNCTION_WORDS and not (lf in PARTICLES and glued):
                continue
        for j in range(i + 1, min(i + MAX_NGRAM, len(toks)) + 1):
            if j > i + 1:
                joined = joins.get(j - 2)
                if joined is None:
                    gap = text[toks[j - 2][1]:toks[j - 1][0]]
                    joined = joins[j - 2] = bool(_JOIN.fullmatch(gap)) or (
                        gap == ". " and j - 2 == i and toks[i][2] in ABBREVIATED_FIRST_WORDS)
                if not joined:
                    break
            last = toks[j - 1][2]
            if mixed:
                if not _cap(last):
                    continue
                if any(not _cap(w) and w.lower() not in CONNECTORS for _, _, w in toks[i + 1:j - 1]):
                    break
            else:
                ll = last.lower()
                if ll in FUNCTION_WORDS or ll in PARTICLES:
                    continue
            out.append((i, j, toks[i][0], toks[j - 1][1]))
    return out
