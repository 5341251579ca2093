"""Country focus: which country an article is about, from its place mentions, country names, demonyms and
dateline, with runners-up when an article spans countries."""
from __future__ import annotations

import functools
import math
import re
from typing import Sequence

from .. import wordlists
from ..casing import case_mode
from ..options import Options
from ..records import POPULATED_PLACE
from .gazetteer import Gazetteer, get_gazetteer
from .mentions import (
    _FOREIGN_ACTOR,
    _MIDDLE_INITIAL_AFTER,
    _NEIGHBOUR_BEFORE,
    BARE_AREA_FACTOR,
    BARE_AREA_TOWN_POPULATION,
    CHAIN_VOTE,
    CONTAINER_VOTE_FACTOR,
    DEMONYM_FACTOR,
    FOREIGN_ACTOR_FACTOR,
    LOOSE_VOTE_FACTOR,
    MIN_COUNTRY_SCORE,
    PARTIAL_CONTAINER_FACTOR,
    SPELLING_VOTE_FACTOR,
    TIED_HEAD_MAX_POPULATION,
    VOTE_ADMIN1,
    VOTE_ADMIN2,
    VOTE_TOWN,
    _Context,
    _country_cue_table,
    _country_names,
    _spelled_alike,
    find_mentions,
)
from .files import _data_lines, _lines
from .states import _state_after, _state_name, _us_state_patterns
from .names import fold, name_key, spelled_alike, word_key
from .text import _JOIN, Mention, _cap, _words, _zipf


def article_country(text: str, options: Options, *,
                    dateline: str | None = None) -> str | None:
    """The country an article is about: dateline, country names and demonyms, admin areas, known towns."""
    gz = get_gazetteer(options)
    return _article_country(text, gz, case_mode(text, options), dateline)


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
            surface = text[s:e]
            k = " ".join(x for x in wk[i:i + n] if x) if n > 1 else wk[i]
            if k not in names and k not in keyed and not (mode == "mixed" and surface in exact):
                continue  # no cue: the tests below only ever turn one away (a set lookup before them, not after)
            if any(j in used for j in range(i, i + n)):
                continue
            if n > 1 and not all(_JOIN.fullmatch(text[toks[g][1]:toks[g + 1][0]]) for g in range(i, i + n - 1)):
                continue
            if mode == "mixed" and not _cap(surface):
                continue
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
#: the most that a country's institution and format phrases (data/country_phrases.tsv) add to its score: less than a
#: dateline (3), so a story filed from abroad that quotes a "police department" stays abroad
PHRASE_CUE_CAP = 2.0
#: what a US state's abbreviation after a town ("RICHMOND, Ind.") adds to the US: as much as the country's name
US_STATE_AFTER_TOWN = 1.0
#: what a US local story's state (article_us_state: the state it names most, or its big city, "Norfolk, Va,",
#: "WASHINGTON (WUSA9)") adds to the US: less than the country's own name, so a world story that says "Washington"
#: keeps its country; GVA stories placed in Belgium, Myanmar or Panama by a street or a surname are read as American
US_STORY_STATE = 0.8
RUNNER_UP_COUNTRIES = 2


RUNNER_UP_SHARE = 0.25


#: place votes that make a country's evidence firm: one exactly named town after a place cue, not a hamlet
#: matched loosely (about 0.1)
PLACE_EVIDENCE = 0.3


#: articles whose country decision is kept: the pipeline codes an article's incidents one after another
COUNTRY_CACHE_SIZE = 8


_COUNTRY_CACHE: dict = {}


def _article_country(text: str, gz: Gazetteer, mode: str,
                     dateline: str | None, cue_keys: set[str] | None = None) -> str | None:
    """The article's country, decided once per article however many incidents it reports."""
    ranking = _article_countries(text, gz, mode, dateline, cue_keys)
    return ranking[0][0] if ranking else None


def _article_countries(text: str, gz: Gazetteer, mode: str,
                       dateline: str | None, cue_keys: set[str] | None = None
                       ) -> tuple[tuple[str, float, bool], ...]:
    """The countries the article may be about with their scores, best first (empty: no evidence)."""
    key = (id(gz), mode, dateline, text)
    hit = _COUNTRY_CACHE.get(key)
    if hit is None:
        if len(_COUNTRY_CACHE) >= COUNTRY_CACHE_SIZE:
            _COUNTRY_CACHE.clear()
        seen: set[str] = set()
        hit = _COUNTRY_CACHE[key] = (_decide_country(text, gz, mode, dateline, seen), frozenset(seen))
    if cue_keys is not None:
        cue_keys.update(hit[1])
    return hit[0]


def _decide_country(text: str, gz: Gazetteer, mode: str,
                    dateline: str | None, cue_keys: set[str]) -> tuple[tuple[str, float, bool], ...]:
    firm: set[str] = set()
    votes, seen = _country_votes(text, gz, mode, firm)
    cue_keys.update(seen)
    if mode == "mixed" and votes:
        us_state = article_us_state(text, gz)
        named = _country_names(gz).get(name_key(us_state[0])) if us_state and us_state[1] is not None else None
        if us_state and named in votes:
            # "Metro Atlanta and north Georgia": the state of a big city the text names, not the country of its name
            votes[named] = max(0.0, votes[named] - _state_counts(text).get(us_state[0], 0))
            if not votes[named]:
                del votes[named]
    # Counted mentions saturate: one country named ten times in passing should not beat the dateline.
    score = {cc: math.sqrt(v) for cc, v in votes.items()}
    for cc, weight in _phrase_cues(text).items():
        score[cc] = score.get(cc, 0.0) + weight
    if mode == "mixed" and _us_story(text, gz):
        score["US"] = score.get("US", 0.0) + US_STORY_STATE
    if dateline:
        home = _dateline_country(dateline, gz)
        if home:
            score[home] = score.get(home, 0.0) + 3.0
            firm.add(home)
    # Admin areas and towns: each name votes for the countries it exists in, the bigger places louder.
    ctx = _Context(gz, text, mode)
    by_name: dict[str, dict[str, float]] = {}  # a name repeated votes once, as loud as its most telling use
    found = find_mentions(text, 0, min(len(text), 6000), ctx)
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


@functools.lru_cache(maxsize=1)
def _country_phrases() -> tuple[tuple[str, float, re.Pattern[str]], ...]:
    """(country, weight, pattern) from data/country_phrases.tsv."""
    out = []
    for line in _lines("country_phrases.tsv"):
        cc, weight, pattern = line.split("\t")
        out.append((cc, float(weight), re.compile(pattern, re.I)))
    return tuple(out)


def _phrase_cues(text: str) -> dict[str, float]:
    """Country -> the summed weight of its phrases found in the text, capped at PHRASE_CUE_CAP."""
    out: dict[str, float] = {}
    for cc, weight, pattern in _country_phrases():
        if pattern.search(text):
            out[cc] = min(PHRASE_CUE_CAP, out.get(cc, 0.0) + weight)
    if any(m.group(1) or m.group(2) for m in _us_state_patterns()[1].finditer(text)):
        # a state's AP or postal abbreviation after a town ("MEMPHIS, Tenn.", "Drummond Island, MI"), or "D.C."
        out["US"] = min(PHRASE_CUE_CAP, out.get("US", 0.0) + US_STATE_AFTER_TOWN)
    return out


#: a US article's state is the one it names when it names this share of its state mentions or more
STATE_SHARE = 2 / 3


def state_span(text: str, state: str) -> tuple[int, int] | None:
    """Where the text first names a US state (its name, or an abbreviation after a town or standing alone: "D.C."),
    the state given by any of its names; None when it does not."""
    names, pattern = _us_state_patterns()
    want = names.get(state, state)
    for m in pattern.finditer(text):
        group = 1 if m.group(1) else 2 if m.group(2) else 0
        if names.get(m.group(group).strip()) == want:
            return m.start(group), m.end(group)
    return None


#: a US city this big, and the only place of its name in the US this big, tells which state a local story is in when
#: the story names no state of its own ("Chicago", "Pittsburgh", "Atlanta": local news names its city, not its state)
STATE_CITY_POPULATION = 250_000
#: ...and at least this many times bigger than the next place of its name (Aurora, Colorado and Aurora, Illinois)
STATE_CITY_MARGIN = 4
#: ...or this many times, for a city of STATE_CITY_POPULATION: Kansas City (Missouri, 3.1 times Kansas City, Kansas)
#: is Missouri's unless written with its state ("Kansas City, Kan.": _state_after); no other big US city's name
#: changes between 4 and 3. (Smaller towns keep 4: "Urbana police" is Illinois's 3.7 times Ohio's, and as often Ohio's)
BIG_CITY_MARGIN = 3
#: a big city's name counts only as a whole run of capitalised words or before one of these ("Chicago Police"): at
#: the head of a longer run it is mostly a person's first name ("Austin Smith", "Madison Jones")
CITY_INSTITUTIONS = frozenset("police fire public metropolitan metro city mayor sheriff housing municipal department "
                              "schools".split())
#: a US city this big, and STATE_CITY_MARGIN times bigger than its namesakes, tells the story's state when its name
#: comes before one of CITY_INSTITUTIONS ("Bridgeport Police Chief", "Joliet Police"): a town's police, mayor or
#: fire department is named where its story happened
INSTITUTION_CITY_POPULATION = 50_000
#: ... and a town this big before its police ("The Twin Falls Police Department", "Elmira Police", and in lower case
#: "Denton police posted 16 reports"): a crime story names the police of the town it happened in; a small town's
#: council or schools are other news, a sidebar's ("Easley City Council votes" on a Greenville, N.C. page). Session
#: 18, whole GVA file: Twin Falls, Elmira, Zanesville, Roanoke Rapids were placed in no state
POLICE_TOWN_POPULATION = 10_000
POLICE_WORDS = frozenset(("police", "sheriff"))
_INSTITUTION_AFTER = re.compile(r"\s+(police|sheriff|mayor|fire\s+department|city\s+council)\b")
#: a day's name ending a run of capitalised words is no part of a name ("in north Charlotte Friday for ...")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: a word before a big city's name that makes a part of the city, its name all the same ("Metro Atlanta"); not a
#: compass word: "West Chicago" is a town of its own, and a street of Detroit
CITY_PART_WORDS = frozenset("downtown uptown greater metro suburban".split())
#: the longest run of capitalised words read as one city's name ("Salt Lake City", "Fort Worth")
STATE_CITY_WORDS = 3
#: a period joins a run only after a word of three letters or fewer ("St. Louis", "Ft. Worth", "D.C."): after a longer
#: word it ends a sentence ("in downtown Nashville. It is located"), whose next word is no part of the city's name.
#: Whole GVA file but 301-450 (article_us_state against gold's state): right 3,827 -> 3,841, wrong 141 -> 137
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][A-Za-z]+(?:(?:[ -]+|(?<![A-Za-z]{4})\.[ .-]*)[A-Z][A-Za-z]+)*")  # "CHICAGO —" datelines too


#: a state's name that is also the name of a capital it does not hold -> the capital's state: "Washington" alone, in
#: a story that also writes "D.C.", is the capital each time ("Washington police", "Southeast Washington")
CAPITAL_NAMES = {"Washington": "District of Columbia"}


#: a capitalised word before a name that makes it part of a longer name ("Tymisha Washington", "Mount Washington"): not
#: a sentence's first word ("In Washington") or a region of the state ("Eastern Washington")
_WORD_BEFORE_NAME = re.compile(
    r"(?<![\w.])(?!(?:The|In|At|Of|From|An?|And|For|To|On|By|Near|Across|Outside|Northern|Southern|Eastern|Western|"
    r"Central|North|South|East|West|Upper|Lower|Rural|Coastal|Downstate|Upstate)\s)[A-Z][a-z]+\s+$")


#: a name before "native" tells where a person comes from ("said Ohio native Rhonda Williams", "the Chicago native"),
#: not where the story is
NATIVE_AFTER = re.compile(r"\s+natives?\b")
#: a state's name before "neighborhood" names a quarter of the story's city ("two men hurt in the Nevada
#: neighborhood" of Dayton), not the state
NEIGHBOURHOOD_AFTER = re.compile(r"\s+neighbou?rhoods?\b", re.I)

#: a person's age and "of" before a state's name: the state a victim or suspect lives in, named because it is not the
#: story's ("Ann B. Cole, 31, of Kansas; Ray D. Moss, 22, of Omaha")
_RESIDENCE_BEFORE = re.compile(r"\b\d{1,3},\s+of\s+$")
#: a person's age, or a name and a comma, then "of" and a town before a state's name or abbreviation, or "from" and a
#: town on one line: where a person lives or comes from ("Tom Reed, 41, of Hickory, North Carolina", "Ana Ruiz,
#: of Queens, N.Y.", "in Flint on a visit from Knoxville, Tennessee", "a truck taken from Ocala, Florida"; not "from
#: Facebook.\n\nSPARTANBURG, SC"); the big city named so votes for no state either (article_us_state). Whole GVA file
#: but 301-450 (article_us_state against gold's state): right 3,841 -> 3,846, wrong 137 -> 135
_TOWN_RESIDENCE_BEFORE = re.compile(r"(?:(?:\b\d{1,3},?|[a-z],)\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|"
                                    r"\bfrom +[A-Z][\w.'’-]*(?: +[A-Z][\w.'’-]*){0,2}),\s+$")
_FROM_BEFORE = re.compile(r"\bfrom +$")
#: what follows a postal abbreviation after a town that makes it a word ("out there, OK?"; a headline in capitals:
#: "GUNMAN, IN BELFAIR SHOOTING"), not the state: a question or exclamation mark, or a word in capitals after one
#: that is an English word
_WORD_AFTER_ABBREVIATION = re.compile(r"(?<=IN|OK|OR|ME|HI|OH)\s+[A-Z]{2,}\b|(?<=[A-Z])\s*[?!]")
#: postal abbreviations that are English words: read as a state only after a town's name written as one, capitalised
#: and of three letters or more ("Tulsa, OK"; not "out there, OK" nor "OK, OK")
WORD_ABBREVIATIONS = frozenset(("IN", "OK", "OR", "ME", "HI", "OH"))
_TOWN_BEFORE_ABBREVIATION = re.compile(r"(?<![\w'’])[A-Z][A-Za-z]{2,}$")
#: a speech verb before a lone name that ends the clause makes it a speaker's ('"...," said Durham.'), as in
#: mentions._SPEECH_VERBS
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|added|explained|told)\s+$")
#: a person's age in commas after a name ("Dakota Washington, 16, of Victorville")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


@functools.lru_cache(maxsize=1)
def _surname_states() -> frozenset[str]:
    return wordlists.words("geo", "surname_states")


#: after a first name, a surname state ends a person's name: one that no capitalised word follows ("his mother,
#: Mellanie Washington."), the first name no word of a place's name ("Mount Washington", "Port Washington")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _person_before(text: str, start: int, end: int) -> bool:
    """Is the surname state at text[start:end] a person's surname after a first name ("Mellanie Washington said"),
    so that the same word alone later in the story is that person ("Washington said")?"""
    first = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 25):start])
    return first is not None and first.group(1).lower() not in CITY_PREFIXES and not _NAME_GOES_ON.match(text, end)


#: texts whose state counts _state_counts remembers: an article's whole text and its sentences are counted again
#: by each incident the article holds and by several of locate's rules (coding 50 GVA articles counted 96 texts 166
#: times, 1.6-1.8 ms a text)
STATE_COUNTS_MEMO = 256


def _state_counts(text: str) -> dict[str, int]:
    """How often the text names each US state (full names, and abbreviations after a town); a capital's name
    (CAPITAL_NAMES) counted for the capital's state where the text also names that. A new dict each call (callers
    add votes to it), from a memo of the text's counts (STATE_COUNTS_MEMO)."""
    return dict(_state_counts_of(text))


@functools.lru_cache(maxsize=STATE_COUNTS_MEMO)
def _state_counts_of(text: str) -> tuple[tuple[str, int], ...]:
    """_state_counts' pairs (state, count) in its order."""
    return tuple(_counted_states(text).items())


def _counted_states(text: str) -> dict[str, int]:
    """_state_counts, counted."""
    names, pattern = _us_state_patterns()
    counts: dict[str, int] = {}
    bare: dict[str, int] = {}
    aged: set[str] = set()  # surname states the story gives a person with an age ("Dakota Washington, 16,")
    for m in pattern.finditer(text):
        state = names.get((m.group(1) or m.group(2) or m.group(0)).strip())
        if state and state.lower() in _surname_states() and not (m.group(1) or m.group(2)) and \
                _WORD_BEFORE_NAME.search(text, max(0, m.start() - 25), m.start()) and (
                    _AGE_AFTER.match(text, m.end()) or _person_before(text, m.start(), m.end())):
            aged.add(m.group(0))
    for m in pattern.finditer(text):
        state = names.get((m.group(1) or m.group(2) or m.group(0)).strip())
        if state and state.lower() in _surname_states() and not (m.group(1) or m.group(2)) and (
                m.group(0) in aged or _WORD_BEFORE_NAME.search(text, max(0, m.start() - 25), m.start())):
            continue  # "Tymisha Washington": a person; "Washington was rushed" after "Dakota Washington, 16," too
        if state and not (m.group(1) or m.group(2)) and _RESIDENCE_BEFORE.search(text, max(0, m.start() - 12),
                                                                                  m.start()):
            continue  # "Ann Cole, 31, of Kansas": where a victim lives, not where the story is
        if state and _TOWN_RESIDENCE_BEFORE.search(text, max(0, m.start() - 60), m.start() + (2 if m.group(1) else 0)):
            continue  # "Tom Reed, 41, of Hickory, North Carolina": where a person lives
        if state and not (m.group(1) or m.group(2)) and (NATIVE_AFTER.match(text, m.end()) or
                                                          NEIGHBOURHOOD_AFTER.match(text, m.end())):
            continue  # "Ohio native Rhonda Williams", "in the California neighborhood": no state of the story
        if state and m.group(1) and (_WORD_AFTER_ABBREVIATION.match(text, m.end()) or (
                m.group(1) in WORD_ABBREVIATIONS and
                not _TOWN_BEFORE_ABBREVIATION.search(text, max(0, m.start() - 40), m.start()))):
            continue  # "We'll get them out there, OK?", "GUNMAN AMONG 4 DEAD IN SEQUIM": words
        if state:
            counts[state] = counts.get(state, 0) + 1
            if not (m.group(1) or m.group(2)) and m.group(0) in CAPITAL_NAMES:
                bare[state] = bare.get(state, 0) + 1
    for state, n in bare.items():
        capital = CAPITAL_NAMES[state]
        if capital in counts:
            counts[capital] += n
            counts[state] -= n
            if not counts[state]:
                del counts[state]
    return counts


#: a name followed by one of these names a part of a city ("the Austin neighborhood" of Chicago), not a city
QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|section|community|district|area)\b", re.I)


@functools.lru_cache(maxsize=64)  # asked once per incident; an article has several
def article_us_state(text: str, gz: Gazetteer) -> tuple[str, str | None] | None:
    """(state, its city) of a US local story: the state that has STATE_SHARE of the story's votes, each naming of a
    state (its name, or an abbreviation after a town) and of a big city (STATE_CITY_POPULATION) one vote; the city is the big city of that
    state the story names most (None when it names the state only). None when nothing points to one state."""
    cities: dict[str, tuple[str, int]] = {}  # city name -> (state, times named)
    runs = [(run, _words(run.group())) for run in _CAPITALISED_RUN.finditer(text)]
    surnames = _surnames(runs, gz) | titled_surnames(text)
    given = _given_names(runs, gz)
    parts = _city_parts_named(text)
    elsewhere = _written_elsewhere(text, runs, gz)
    for run, words in runs:
        if len(words) > 1 and words[-1][2].lower() in _WEEKDAYS:
            words = words[:-1]  # "Charlotte Friday": the day is no part of the name
        if len(words) == 1 and words[0][2] in surnames:
            continue  # "Burse and Hudson were rushed" after "Ricky Hudson": a person, not Hudson County's city
        if len(words) == 1 and words[0][2] in given:
            continue  # "Austin pulled the trigger" after "Austin Balcarcel": a person, not Texas's capital
        if len(words) == 1 and _MIDDLE_INITIAL_AFTER.match(text, run.end()):
            continue  # "28-year-old Orlando J. Collins": a person, not Florida's city
        if len(words) == 1 and _SPEAKER_BEFORE.search(text, max(0, run.start() - 8), run.start()) and \
                re.match(r"[.,;]", text[run.end():run.end() + 1]):
            continue  # '"...," said Durham.': who spoke, a person (the police chief), not North Carolina's city
        used: set[int] = set()
        for n in range(min(STATE_CITY_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if used & set(range(i, i + n)):
                    continue
                name = run.group()[words[i][0]:words[i + n - 1][1]]
                if name_key(name) in parts:
                    continue  # "AUSTIN" of a story that names Chicago: Chicago's Austin, no vote for Texas
                # a state's name ("Oklahoma", "New York") is counted as the state's, not again as its big city's
                # a smaller city counts before its institution ("Bridgeport Police Chief", "the Joliet Police
                # Department"): a town's own police is named where the story happened, rarely in passing
                # ("The Twin Falls Police Department"), or before it in lower case ("Denton police")
                after = _INSTITUTION_AFTER.match(text, run.start() + words[-1][1])
                institution = "" if i != (1 if words[0][2] == "The" else 0) else (
                    words[i + n][2].lower() if i + n < len(words) else after.group(1) if after else "")
                served = institution in CITY_INSTITUTIONS or bool(after and i + n == len(words) and institution)
                state = None if name in _us_state_patterns()[0] else _big_city_state(name_key(name), gz)
                if state is None and served and name not in _us_state_patterns()[0]:
                    state = _big_city_state(name_key(name), gz, POLICE_TOWN_POPULATION if institution in POLICE_WORDS
                                            else INSTITUTION_CITY_POPULATION)
                    if state and _county_elsewhere(name_key(name), state, gz):
                        state = None  # "DeKalb Police Chief": DeKalb County's police (Georgia), not DeKalb, Illinois
                # "Metro Atlanta", "Downtown Chicago": a part of the city, the city's name all the same
                whole = n == len(words) or served or (
                    i == 1 and n == len(words) - 1 and words[0][2].lower() in CITY_PART_WORDS)
                state = _state_name(state) if state else None
                if state and n == len(words) and _FROM_BEFORE.search(text, max(0, run.start() - 6), run.start()) \
                        and _TOWN_RESIDENCE_BEFORE.search(text, max(0, run.end() - 60), run.end() + 2):
                    continue  # "in Flint on a visit from Knoxville, Tennessee": where a person comes from
                written = _state_after(text, run.start() + words[i + n - 1][1]) if state else None
                if state and (name_key(name) in elsewhere or (written and written != state)):
                    continue  # "Kansas City, Kan.", "COLUMBUS, Ga.": the state written after the town, here or
                    # elsewhere in the story, tells which of its namesakes it is
                if state and whole and not QUARTER_AFTER.match(text, run.start() + words[i + n - 1][1]):
                    cities[name] = (state, cities.get(name, (state, 0))[1] + 1)
                    used |= set(range(i, i + n))
    votes = _state_counts(text)
    for state, count in cities.values():
        votes[state] = votes.get(state, 0) + count
    if not votes:
        return None
    stated = max(sorted(votes), key=lambda k: votes[k])
    if votes[stated] < STATE_SHARE * sum(votes.values()):
        return None
    named = [(count, name) for name, (state, count) in cities.items() if state == stated]
    return stated, (max(named)[1] if named else None)


def _written_elsewhere(text: str, runs: Sequence[tuple[re.Match[str], list[tuple[int, int, str]]]],
                       gz: Gazetteer) -> frozenset[str]:
    """Name keys of the big cities (_big_city_state) the text writes with another state after them ("Kansas City,
    Kan.", "COLUMBUS, Ga.") and never with their own ("KANSAS CITY, Mo."): anywhere in the story, that state's
    namesake."""
    other: set[str] = set()
    own: set[str] = set()
    for run, _ in runs:
        written = _state_after(text, run.end())
        if written is not None:
            key = name_key(run.group())
            state = _big_city_state(key, gz)
            if state is not None:
                (own if _state_name(state) == written else other).add(key)
    return frozenset(other - own)


def _county_elsewhere(key: str, state: str, gz: Gazetteer) -> bool:
    """Is there a US county of this name in another state than `state`? Its police ("DeKalb Police") may be that
    county's: a smaller town's institution names its state only where no other state has a county so named."""
    return any(e.feature == "admin2" and e.country == "US" and e.admin1 and e.admin1 != state and
               name_key(e.name) == key for e in gz.candidates(key, loose=False))


@functools.lru_cache(maxsize=1)
def _city_parts() -> dict[str, str]:
    """name key of a part of a big US city (data/city_parts.tsv) -> the city's name."""
    return {name_key(row[0]): row[1] for row in _data_lines("city_parts.tsv")}


@functools.lru_cache(maxsize=1)
def _part_cities() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each city of data/city_parts.tsv once (the file lists ~90 parts of ~13 cities), as (the city's name, its name
    lower-cased, a pattern of the name as a whole word in any case)."""
    return tuple((city, city.lower(), re.compile(rf"\b{re.escape(city)}\b", re.I))
                 for city in dict.fromkeys(_city_parts().values()))


def _city_parts_named(text: str) -> frozenset[str]:
    """Keys of the city parts (data/city_parts.tsv) whose city the text names too: such a name ("Austin", "Roseland"
    in a Chicago story) is that city's part, no other state's big city. Each city is searched for once (searched
    once per part, the ~90 case-blind scans of the whole text took 6-7 ms a text, ~3% of coding GVA articles:
    docs/scale.md, session 33), and in a text of ASCII only, only where its lower-cased name is in the lower-cased
    text: there a case-blind match of an ASCII name is the name in other case, so no city found is left out."""
    low = text.lower() if text.isascii() else None
    cities = {city for city, lowered, pattern in _part_cities()
              if (low is None or not lowered.isascii() or lowered in low) and pattern.search(text)}
    return frozenset(k for k, city in _city_parts().items() if city in cities)


#: a US story that names no state (article_us_state) is in the state where this many of the places it names lie, more
#: of them than in any other state: a Macon story's "Bibb County" and "Macon" are both in Georgia and nowhere else
#: together, a DeKalb County one's "Stone Mountain" and "Decatur" too (GVA 1-300 and 451-600: 44 of 45 right)
IMPLIED_STATE_NAMES = 2
#: a town smaller than this votes for no state: most such names are also a word or a person's name somewhere
IMPLIED_TOWN_POPULATION = 1_000
#: a one-word name at least this frequent in English (wordfreq zipf) votes for no state: below mentions'
#: COMMON_WORD_ZIPF, as a vote needs no cue ("Parish", "Herald"); at 4.0, 48 right and 3 wrong on the GVA slices above
IMPLIED_WORD_ZIPF = 3.5
#: what makes a capitalised name a county's ("Bibb County", "Lafourche Parish")
_COUNTY_AFTER = re.compile(r"\s+(?:County|Parish)\b")


@functools.lru_cache(maxsize=64)  # asked once per incident; an article has several
def implied_us_state(text: str, gz: Gazetteer) -> str | None:
    """The US state a story that names none lies in, from the places it names (IMPLIED_STATE_NAMES): each name
    read as a whole run of capitalised words, before "County" or before an institution ("Macon Police"), that is
    the exact name of a county or of a town of IMPLIED_TOWN_POPULATION in some states; common words and the
    story's surnames ("Burse and Hudson") are no names. None when no state holds more of the names than any other."""
    runs = [(run, _words(run.group())) for run in _CAPITALISED_RUN.finditer(text)]
    surnames = _surnames(runs, gz)
    states: dict[str, dict[str, int]] = {}  # name key -> state having a county or a town of it -> the town's people
    counties: set[str] = set()  # name keys the story writes as a county's ("Johnson County")
    filed: dict[str, set[tuple[str, str]]] = {}  # a town's name key -> (state, county key) of its namesakes
    for run, words in runs:
        if len(words) > 1 and words[-1][2].lower() in _WEEKDAYS:
            words = words[:-1]  # "just outside Blacksburg Friday night": the day is no part of the name
        if len(words) == 1 and words[0][2] in surnames:
            continue
        for n in range(min(STATE_CITY_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                county = bool(_COUNTY_AFTER.match(text, run.start() + words[i + n - 1][1]))
                if not (n == len(words) or county or (i == 0 and words[n][2].lower() in CITY_INSTITUTIONS)):
                    continue
                surface = run.group()[words[i][0]:words[i + n - 1][1]]
                key = name_key(surface)
                # how common the name is as written: its key folds letters ("More" and "Moore" are both "mora")
                zipf = _zipf(fold(surface))
                if county:
                    counties.add(key)  # a common name too: a county's name is no word ("Johnson County")
                # "Shot in North Baltimore": the big city's north, not North Baltimore, Ohio
                if key in states or key in filed or (not county and _part_of_big_city(key, run.group(),
                                                                                      words[i:i + n], gz)):
                    continue
                held: dict[str, int] = {}
                rare = zipf < IMPLIED_WORD_ZIPF
                for e in gz.candidates(key, loose=False):
                    if e.country != "US" or not e.admin1 or not spelled_alike(e.name, surface):
                        continue  # "Paterson" is no vote for Patterson, Louisiana: the name as written
                    if e.feature == "admin2" or (
                            e.feature == POPULATED_PLACE and not county and e.population >= IMPLIED_TOWN_POPULATION):
                        held[e.admin1] = max(held.get(e.admin1, 0), e.population)
                    if e.feature == POPULATED_PLACE and e.admin2 and not county and (
                            e.population >= IMPLIED_TOWN_POPULATION or rare):
                        # a village too small to vote alone is named with its county all the same ("outside
                        # Danielsville" of a "Madison County" story: Georgia's), unless its name is a word
                        filed.setdefault(key, set()).add((e.admin1, name_key(e.admin2)))
                if n == 1 and zipf >= IMPLIED_WORD_ZIPF:
                    continue  # a common word votes for no state alone; with its county it may (paired, below)
                if held:
                    states[key] = held
    # a town named with the county it lies in ("FRANKLIN ... Johnson County authorities"): the one state where the
    # pair lies together tells more than counting names each found in many states (Franklin and Johnson County both
    # are in a dozen)
    paired = {state for key, places in filed.items() for state, county in places if county in counties and county != key}
    if len(paired) == 1:
        return paired.pop()
    votes: dict[str, tuple[int, int]] = {}  # state -> (names it holds, people of their towns)
    for held in states.values():
        for state, people in held.items():
            count, total = votes.get(state, (0, 0))
            votes[state] = (count + 1, total + people)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
    if not ranked or ranked[0][1][0] < IMPLIED_STATE_NAMES:
        return None
    # of two states holding as many names, only one where they are towns, not only counties ("Macon" and "Bibb
    # County": Macon, Georgia rather than Macon County, Alabama); towns in both tell nothing
    if len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0] and ranked[1][1][1] > 0:
        return None
    return ranked[0][0]


#: words before a city's name that make a part or the whole of it, not a person's first name ("Downtown Chicago")
CITY_PREFIXES = frozenset("north south east west northeast northwest southeast southwest central downtown uptown "
                          "greater metro metropolitan suburban inner new old upper lower fort port saint st mount "
                          "lake".split())


@functools.lru_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    """A title (parse.PERSON_TITLES, capitalised as before a name), a given name, a middle initial or neither, and
    the surname (group 1) ending the run ("Sheriff Dale Amos", "Police Chief Ana K. Amos"; not "Sheriff Dale Amos
    County")."""
    from ..parse import PERSON_TITLES

    titles = "|".join(sorted((t.capitalize() for t in PERSON_TITLES), key=len, reverse=True))
    return re.compile(rf"\b(?:{titles})\.?\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?"
                      rf"(?!(?:{titles})\b)([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


@functools.lru_cache(maxsize=8)  # asked once per incident; an article has several
def titled_surnames(text: str) -> frozenset[str]:
    """The surnames the story writes after a person's title (_titled_name): the story's lone "Amos said" later is
    that person, not a town ("Marion County Sheriff Dale Amos", which NER reads as no person: a county's name is in
    it)."""
    return frozenset(m.group(1) for m in _titled_name().finditer(text))


def _surnames(runs: Sequence[tuple[re.Match[str], list[tuple[int, int, str]]]], gz: Gazetteer) -> frozenset[str]:
    """Last words of two-word capitalised runs that are no place the gazetteer knows and open with no place word
    ("Ricky Hudson", not "North Chicago" or "Downtown Atlanta"): a person's surname, so the same word alone later in
    the story ("Burse and Hudson") is that person."""
    out = set()
    for run, words in runs:
        if len(words) == 2 and words[0][2].lower() not in CITY_PREFIXES and words[0][2][1:].islower() and \
                not gz.candidates(name_key(run.group()), loose=False):
            out.add(words[1][2])
    return frozenset(out)


#: the second word of a two-word name is a surname, making the first a given name (_given_names), only when it is
#: rarer than this in English (wordfreq zipf): "Austin Balcarcel", not "Dallas Cowboys", "Houston Methodist"
SURNAME_ZIPF = 3.0


def _given_names(runs: Sequence[tuple[re.Match[str], list[tuple[int, int, str]]]], gz: Gazetteer) -> frozenset[str]:
    """First words of two-word capitalised runs that are no place the gazetteer knows, open with no place word and
    end in a rare word (SURNAME_ZIPF) that is no place's name either ("Austin Balcarcel"): a person's given name,
    so the same word alone in the story ("Austin pulled the trigger") is that person, no vote for a big city."""
    out = set()
    for run, words in runs:
        if len(words) != 2 or words[0][2].lower() in CITY_PREFIXES or not words[1][2][1:].islower() or \
                not words[0][2][1:].islower():
            continue
        last = name_key(words[1][2])
        if _zipf(words[1][2].lower()) >= SURNAME_ZIPF or last in _generic_place_keys() or \
                gz.candidates(last, loose=False) or gz.candidates(name_key(run.group()), loose=False):
            continue
        out.add(words[0][2])
    return frozenset(out)


def _us_story(text: str, gz: Gazetteer) -> bool:
    """Does the text point to one US state (article_us_state)? A state that is also a country's name ("Georgia")
    counts only with a big city of it named."""
    found = article_us_state(text, gz)
    return found is not None and (found[1] is not None or name_key(found[0]) not in _country_names(gz)
                                  or _abbreviated(text, found[0]))


def _abbreviated(text: str, state: str) -> bool:
    """Does the text write the state as a US state's abbreviation after a town ("DOUGLAS, Ga. (AP)")? No country
    is written so: "Georgia" is a country's name too, "Ga." only the state's."""
    names, pattern = _us_state_patterns()
    return any(m.group(1) and names.get(m.group(1).strip()) == state for m in pattern.finditer(text))


def _part_of_big_city(key: str, run: str, words: Sequence[tuple[int, int, str]], gz: Gazetteer) -> bool:
    """Is a name of `run` (its `words`, name key `key`: "north baltimore") a compass word and a big city's name,
    that city's part: no US town so named lies in the big city's state? "West Sacramento" is a town of California,
    Sacramento's state, and votes for it; "North Baltimore" is a town of Ohio only, and the story's "north
    Baltimore" is Baltimore's."""
    if len(words) < 2 or words[0][2].lower() not in _compass_words():
        return False
    state = _big_city_state(name_key(run[words[1][0]:words[-1][1]]), gz)
    return state is not None and not any(e.country == "US" and e.admin1 == state for e in gz.candidates(key, loose=False))


@functools.lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(wordlists.words("geo", "compass_words"))


@functools.lru_cache(maxsize=1)
def _generic_place_keys() -> frozenset[str]:
    """Name keys of the words that say what kind of place a name is (data/place_words.tsv: town, area) and of the
    compass words: alone ("City police", "North"), such a word is no city's name, though it is part of many."""
    words = [w.strip() for row in _data_lines("place_words.tsv") if row[0] in ("town", "area")
             for w in row[1].split("|")] + list(_compass_words())
    return frozenset(name_key(w) for w in words if w)


@functools.lru_cache(maxsize=50_000)
def _big_city_state(key: str, gz: Gazetteer, population: int = STATE_CITY_POPULATION) -> str | None:
    """The state of the one big US city of this name ("chicago" -> Illinois), else None (several, or none big). A
    city's other name counts only when it shares a word with the city's own ("Vegas", "The Bronx", "New York"): the
    gazetteer's others are mostly people's and suburbs' names ("Hayden" for Mesa, "Hudson" for Jersey City,
    "Greenwood" for Kansas City), each of which made local stories of other states Arizona's, New Jersey's..."""
    if not key or key.split()[-1] in ("county", "parish"):
        return None  # "Fayette County" (a name of Lexington-Fayette's): a county is no city
    if key in _generic_place_keys():
        return None  # "City police", "City Court": the story's own city, not Oklahoma City's or Del City's name
    words = set(key.split())
    towns = sorted((e for e in gz.candidates(key, loose=False) if e.country == "US" and e.feature == POPULATED_PLACE
                    and words & set(name_key(e.name).split())), key=lambda e: -e.population)
    if not towns or towns[0].population < population or not towns[0].admin1:
        return None
    margin = BIG_CITY_MARGIN if towns[0].population >= STATE_CITY_POPULATION else STATE_CITY_MARGIN
    if len(towns) > 1 and towns[1].population * margin > towns[0].population:
        return None  # two big cities of one name: the name alone tells no state
    return towns[0].admin1


def _chained_countries(mentions: Sequence[Mention], gz: Gazetteer) -> set[str]:
    """Countries where a place named with its containers ("X (District, Province)") lies in one of them as the
    gazetteer has it: the text and the gazetteer agree on the whole chain there."""
    out: set[str] = set()
    for i, head in enumerate(mentions):
        if head.contained or not head.entries:
            continue
        towns = [e for e in gz.candidates(head.key, loose=False) if e.feature in (POPULATED_PLACE, "admin2")]
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
        elif e.feature in (POPULATED_PLACE, "user"):
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
