"""Locating an incident: the place its sentences name (town, district, offset 'km north of', road, province)
within the article's country focus, never a person's name, falling back to the dateline."""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from typing import AbstractSet, Sequence

from .. import wordlists
from ..casing import case_mode
from ..options import Options
from ..records import POPULATED_PLACE, Place, Span
from .focus import (
    titled_surnames,
    _CAPITALISED_RUN,
    _INSTITUTION_AFTER,
    _WORD_BEFORE_NAME,
    CAPITAL_NAMES,
    NATIVE_AFTER,
    NEIGHBOURHOOD_AFTER,
    POLICE_WORDS,
    STATE_CITY_WORDS,
    _WEEKDAYS,
    QUARTER_AFTER,
    RUNNER_UP_COUNTRIES,
    RUNNER_UP_SHARE,
    _article_countries,
    _big_city_state,
    _state_counts,
    _state_after,
    _state_name,
    _us_state_patterns,
    article_us_state,
    implied_us_state,
    state_span,
)
from .files import _data_lines
from .gazetteer import Gazetteer, get_gazetteer
from .mentions import (
    COMMON_WORD_ZIPF,
    NAMED_AREA_SLACK_KM,
    People,
    _Context,
    _country_cue_table,
    _country_names,
    _km,
    _offset,
    _outside_named_areas,
    _compass_words,
    _resolve_all,
    _stopword_keys,
    _vehicle_makes,
    find_mentions,
    place_names,
)
from .names import fold, name_key, spelled_alike
from .places import SPECIFICITY, Entry, precision_codes, reported_admin1, to_place
from .text import (
    _PLACE_WORDS,
    _BETWEEN,
    _DIRS,
    _NUM_WORDS,
    _OFFSET,
    _WORD,
    CONNECTORS,
    Mention,
    _inline_dateline,
    inline_dateline_at,
    _words,
    _zipf,
    sentences,
)

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


#: UCDP's where_prec 2 radius ("within 25 km of a known point"); also the limit for "near" in GTD terms
NEAR_KM = 25.0


#: offsets longer than this are only as good as a district (the direction given in news is rough)
OFFSET_DISTRICT_KM = 50.0


#: a named place counts as the one an offset describes if it lies within this share of the offset distance
OFFSET_TOLERANCE = 0.6


#: a city of another state this big is still a place in a US local story (a shooting in Chicago told by a paper
#: elsewhere); smaller ones are namesakes (_other_state). The bar for a town abroad (mentions.FOREIGN_TOWN_MIN_POPULATION)
OTHER_STATE_CITY_POPULATION = 1_000_000
#: ...or this big where only the title points to the state (an outlet's "Memphis, Tennessee" on an Atlanta story)
TITLE_STATE_CITY_POPULATION = 100_000
#: ...and a town of another state this close to the story's city is one of its suburbs across the state line (Gary,
#: Indiana in a Chicago story; Camden, New Jersey in a Philadelphia one)
METRO_KM = 60.0
#: ...and, where only the title points to the state, a town of another state this close to the title's city (the
#: outlet's: "- KXYZ TV 3 - Memphis, Tennessee") is in the outlet's market across the state line (Panola
#: County, Mississippi; Shelby, North Carolina on a Columbia station's page): a TV market's reach, about 125 miles
MARKET_KM = 200.0
_MONTHS = wordlists.words("detect", "months")
#: a month's abbreviation before a day ("on Nov. 22", "Updated: Nov 9, 2016") is a date, not Nov, Texas
_MONTH_ABBREVIATION = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b")
#: a US place the gazetteer files under no county and smaller than SECTION_CITY_POPULATION is mostly a part of a
#: city (GeoNames' sections: "South Shore", "Rogers Park", "Grays Ferry", "Williamsburg", "Benning"); lying within a
#: city of SECTION_CITY_POPULATION people of its state, it is reported as that city, as GVA and ACLED do: of
#: several, the nearest filed under a county (Williamsburg is Brooklyn's, not New York City's, filed under none).
#: "Within": closer than the radius of a disc holding the city's people at SECTION_DENSITY (a big US city's, about
#: 2,200 a km²: Chicago 20 km, Philadelphia 15, Detroit 10). Farther, a town the gazetteer gives no county stays
#: itself (Warren, Michigan 19 km from Detroit; Chester, Pennsylvania 20 km from Philadelphia). Some towns so filed
#: lie closer (Alameda, Roselle): GeoNames' feature codes, which would tell them, are not kept
SECTION_CITY_POPULATION = 200_000
SECTION_DENSITY = 2_200.0
#: sentences before the focus searched for a place when the focus names none (news names the place early)
PRECEDING_SENTENCES = 3
#: the country whose local news names people after towns: a US story's "Luis Aguiar ... rented from Aguiar",
#: "Tyrone \"Easy\" Tomman", "Hayden Mayes ... Hayden" are people however the gazetteer has Aguiar, Tyrone or
#: Hayden; one name of a person the story names in full is no place anywhere in it (_namesakes). Elsewhere only
#: NAMESAKE_PERSON_SENTENCES: a name read as a person everywhere broke a WikiEvents attack in session 8
NAMESAKE_COUNTRY = "US"
#: after a word, what makes it a place and not the person of that name ("Warren County", "Hale, Ala.")
_PLACE_AFTER = re.compile(r"(?:\s+(?:County|Parish|Township|Borough|Village|City|Police|Sheriff|Fire|Mayor)\b|"
                          r",\s+(?!(?:Jr|Sr)\b)[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?\s*(?:[,.;:(]|$))")
#: the words that end a street's name, written out, that _STREET_AFTER and _STREET_WORD read
_STREET_ENDINGS = "Street|Avenue|Road|Boulevard|Blvd|Trail|Highway|Drive|Lane|Parkway|Pkwy|Pike|Expressway|Freeway"
#: in a US story, a town's name that opens the name of a street, a hospital or an airport ("South Orange Blossom
#: Trail", "Virginia Beach Blvd.", "Mount Sinai Hospital", "Midway Airport"), or that follows "block of" ("the 9200
#: block of Burt"), names that and not the town, which is mostly elsewhere
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:" + _STREET_ENDINGS + r"|St\.|Ave\.|Rd\.|Hwy|Dr\.|Ln\.|"
                           r"Ct\.|Cir\.|Hospital|Airport|Medical\s+Center)(?:\b|(?<=\.))|"
                           # the first of two streets that cross ("near Thompson and Colorado avenues")
                           r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:and|&)\s+(?:[\w'’.-]+\s+){1,3}"
                           r"(?i:streets|avenues|roads|boulevards|drives|lanes)\b|"
                           # the second of them ("near Eighth and Hale streets")
                           r"\s+(?:streets|avenues|roads|boulevards|drives|lanes)\b")
_BLOCK_BEFORE = re.compile(r"(?i:\bblock\s+of\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?)$|"
                           # the second of two streets that cross, after a numbered street or a street's word
                           # ("at 54th and Hale", "on Elm Street and Hale")
                           r"\b(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*\s+(?:" + _STREET_ENDINGS + r"|St\.|Ave\.|Rd\.))"
                           r"\s+(?:and|&)\s+$")

#: a name after a town's street and "near" or "at" is the cross street, written without its ending ("on 92 Street
#: near Whyte", "on Elm Avenue at Carson"), not a town of that name (Carson, California); not after a road or a
#: highway, where "near" names the town the road passes ("on Highway 7 near Carson"), nor before a state's name
_CROSS_STREET_BEFORE = re.compile(r"\b(?:\d+|[A-Z][\w'’-]*)\s+(?:Street|Avenue|Boulevard|Blvd|Drive|Lane|St\.|Ave\.|"
                                  r"Dr\.)\s+(?:near|at)\s+$")


#: in a US story, a town named as where a victim is treated ("was taken to a New Orleans hospital", "remains in
#: stable condition at Denver's Saint Luke Medical Center") is the hospital's town, not the shooting's, which is often
#: another (GVA lines 1001-1600: a Raceland and an Everett shooting placed at the city of the hospital); the town
#: must open the hospital's name (_HOSPITAL_AFTER) after words of care (_CARE_BEFORE), so "a shooting at a Dallas
#: hospital" stays in Dallas
#: the nouns of a place of care, and the words that tell a victim taken to one or treated there
_HOSPITAL_NOUNS = r"hospital|medical\s+center|trauma\s+center"
_CARE_WORDS = (r"taken|transported|rushed|flown|airlifted|driven|brought|admitted|treated|condition|died|dies|surgery|"
               r"hospitali[sz]ed|released|recovering")
_HOSPITAL_AFTER = re.compile(r"(?:['’]s)?(?:-area)?(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?i:" + _HOSPITAL_NOUNS + r")\b")
_CARE_BEFORE = re.compile(r"\b(?:" + _CARE_WORDS + r")\b[^.;]{0,30}$", re.I)
#: how far before the town's name _CARE_BEFORE is looked for
CARE_BEFORE_CHARS = 60
#: the stop of a saint's or a mount's short title inside a hospital's name ("St. Clare Hospital", "Mt. Sinai Medical
#: Center"), which ends no sentence
_SAINT_STOP = r"(?<=\bSt|\bMt)\."
#: likewise a town told after the hospital's name ("was rushed to Mercy Trauma Center in Oak Lawn",
#: "declared dead at County Medical Center in Memphis") is where the victim is treated: a Chicago shooting's
#: victims are driven to the trauma centre of a suburb (GVA: 45 such "in Oak Lawn" outside 301-450)
_HOSPITAL_IN_BEFORE = re.compile(r"\b(?:" + _CARE_WORDS + r"|pronounced)\b(?:[^.;]|" + _SAINT_STOP + r"){0,60}?(?:"
                                 + _HOSPITAL_NOUNS + r"|medical\s+centre)\s+in\s+$", re.I)
#: how far before the town's name _HOSPITAL_IN_BEFORE is looked for: the care word, up to 60 characters of the
#: hospital's name and "in"
HOSPITAL_IN_CHARS = 120
#: a town told after a court's name ("arraigned in 36th District Court in Dearborn") is where the suspect is
#: charged or tried, not where the act happened (data/place_words.tsv court)
_COURT_IN_BEFORE = re.compile(r"\b(?i:" + _PLACE_WORDS["court"] + r")[ \t]+Court[ \t]+in[ \t]+$")


#: a county named as the office that examines the dead ("the Cook County medical examiner said",
#: "the coroner of Harris County") is that office's, whose county holds the shooting but no finer place: a US story
#: that names its town elsewhere ("Chicago Police") is placed there, not at the county (GVA: 8 Chicago stories placed
#: at Cook County outside 301-450)
_EXAMINER_AFTER = re.compile(r"(?:\s+(?:County|Parish))?(?:['’]s)?\s+(?i:medical\s+examiner|coroner)")


#: a place name that is itself a street's last word, after a capitalised word ("on Algonquin Parkway": Parkway,
#: California), ends a street's name
_STREET_WORD = re.compile(r"(?:" + _STREET_ENDINGS + r"|Ave|Turnpike|Terrace|Circle)")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\n\"“])\s[A-Z][\w'’.-]*\s+$")


def _origin_or_quarter(text: str, m: Mention) -> bool:
    """Is this name a person's origin (focus.NATIVE_AFTER), or a province's name given to a city's quarter
    (focus.NEIGHBOURHOOD_AFTER)?"""
    return bool(NATIVE_AFTER.match(text, m.end)) or (
        any(e.feature == "admin1" for e in m.entries) and bool(NEIGHBOURHOOD_AFTER.match(text, m.end)))


def _names_a_street(text: str, m: Mention) -> bool:
    """Is this place name part of a street's, a hospital's or an airport's name (_STREET_AFTER, _STREET_WORD,
    _BLOCK_BEFORE), or the town of the hospital a victim is treated in (_HOSPITAL_AFTER, _CARE_BEFORE;
    _HOSPITAL_IN_BEFORE), or the county of the office that examines the dead (_EXAMINER_AFTER), or a cross street
    (_CROSS_STREET_BEFORE)?"""
    return bool(_STREET_AFTER.match(text, m.end) or _BLOCK_BEFORE.search(text[max(0, m.start - 30):m.start]) or (
        _STREET_WORD.fullmatch(m.text) and _CAPITALISED_BEFORE.search(text[max(0, m.start - 30):m.start])) or (
        _HOSPITAL_AFTER.match(text, m.end) and _CARE_BEFORE.search(text[max(0, m.start - CARE_BEFORE_CHARS):m.start])
    ) or _HOSPITAL_IN_BEFORE.search(text[max(0, m.start - HOSPITAL_IN_CHARS):m.start]) or \
        _COURT_IN_BEFORE.search(text[max(0, m.start - 40):m.start]) or
        _EXAMINER_AFTER.match(text, m.end) or (
        _CROSS_STREET_BEFORE.search(text[max(0, m.start - 40):m.start]) is not None and
        _state_after(text, m.end) is None))


#: a phrase whose head is a building's or grounds' word (data/place_words.tsv building: "the Happy Village
#: apartments", "Fountain Park", "Sunset Plaza") names no town, whatever town a word of it is named after
_BUILDING_WORD = re.compile(r"(?i:" + _PLACE_WORDS["building"] + r")")
#: (up to four capitalised words after the name: "the Saint Mary Missionary Baptist Church")
_BUILDING_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,4}")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w'’-]*)")


def _names_a_building(text: str, m: Mention) -> bool:
    """Is the phrase this name opens a building's or grounds' name: its last capitalised word, a capitalised word
    after the name ("in Oakdale Court Sunday night": the day is no part of it), or the word written right after
    them, a building word (_BUILDING_WORD)?"""
    run = _BUILDING_RUN.match(text, m.end)
    end = run.end() if run is not None else m.end
    after = _LOWER_WORD_AFTER.match(text, end)
    if after is not None and _BUILDING_WORD.fullmatch(after.group(1)):
        return True
    words = text[m.start:end].split()
    return any(_BUILDING_WORD.fullmatch(w) for w in text[m.end:end].split()) or (
        bool(words) and bool(_BUILDING_WORD.fullmatch(words[-1])))


#: a city this big of the story's state whose police the text names ("Dayton police said ..."), makes a name after
#: "in" whose namesakes lie only in other states one of that city's quarters ("... in Walnut Hills"), not a town the
#: gazetteer lacks: a city of a hundred thousand has named quarters, and a crime story names the police of the town
#: it happened in (a big city named otherwise, for its hospital, a morgue or where someone lives, says nothing of
#: the town: "taken to a hospital in Dayton"); focus.STATE_CITY_POPULATION's 250,000 missed mid-sized cities
QUARTER_CITY_POPULATION = 100_000


def _police_city(text: str, m: Mention, state: Entry, gz: Gazetteer) -> Entry | None:
    """The city of the story's `state` of QUARTER_CITY_POPULATION people whose police the text names, by the city's
    own name at the start of a capitalised run ("Dayton Police", "Dayton police"; not a person's surname: "Officer
    Ann Dayton"), other than the name `m`; None where it names none."""
    found = _policed_town(text, state, gz, QUARTER_CITY_POPULATION, (m.start, m.end))
    return found[0] if found is not None else None


def _policed_town(text: str, state: Entry, gz: Gazetteer, population: int, besides: tuple[int, int] = (0, 0),
                  common: bool = True) -> tuple[Entry, tuple[int, int]] | None:
    """The first town of the story's `state` of `population` people or more whose police the text names by the
    town's own name at the start of a capitalised run (_police_city), outside the span `besides`, and, unless
    `common`, not by a common word (_common_name_word) but for a city of QUARTER_CITY_POPULATION: its entry and
    the span of its name; None where it names none."""
    for run in _CAPITALISED_RUN.finditer(text):
        if run.start() < besides[1] and besides[0] < run.end():
            continue
        words = _words(run.group())
        after = _INSTITUTION_AFTER.match(text, run.end())
        for n in range(min(STATE_CITY_WORDS, len(words)), 0, -1):
            police = words[n][2].lower() if n < len(words) else (after.group(1) if after else "")
            key = name_key(run.group()[:words[n - 1][1]])
            cities = [e for e in gz.candidates(key, loose=False) if e.country == state.country and
                      e.admin1 == state.admin1 and e.feature == POPULATED_PLACE and
                      e.population >= population and name_key(e.name) == key] \
                if police in POLICE_WORDS and key else []
            if cities and not common and _common_name_word(run.group()[:words[n - 1][1]]) and all(
                    e.population < QUARTER_CITY_POPULATION for e in cities):
                continue  # "University police": a force's kind; "Denver police" is the city's, a common word or not
            if cities:
                return max(cities, key=lambda e: (e.population, -e.id)), \
                    (run.start(), run.start() + words[n - 1][1])
    return None


@functools.lru_cache(maxsize=1)
def _quarter_heads() -> frozenset[str]:
    return frozenset(wordlists.words("geo", "compass_quarter_heads"))


def _compass_name(name: str) -> bool:
    """Is this name only compass words, with a quarter's head word ("Northeast", "the East End", "Westside"): a part
    of the story's city, never a town of its own?"""
    compass, heads = _compass_words(), _quarter_heads()
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w and w != "the"]
    glued = [next((w[:-len(h)] for h in heads if w.endswith(h) and w[:-len(h)] in compass), w) for w in words]
    return bool(words) and glued[0] in compass and all(w in compass or w in heads for w in glued)


def _quarter_of(text: str, m: Mention, state: Entry, gz: Gazetteer) -> Entry | None:
    """The city a name after "in" whose namesakes lie only in other states is a quarter of: the city of the story's
    state whose police the text names (_police_city: "Dayton police said ... in Walnut Hills"); None where the story's
    state is written after the name ("in Fountain, Fla.": a town) unless it is a compass name ("in Northeast, D.C.")."""
    written = _state_after(text, m.end)
    if written is not None and written == _state_name(state.admin1) and \
            not _compass_name(m.text):
        return None
    return _police_city(text, m, state, gz)


#: a name followed by a number, a possessive or a slash is a business's, a person's or a street's ("the Cloud 9
#: shooting", "McDonald's", "Broadway/Pike"), no town of the story's state the gazetteer lacks
_NO_TOWN_AFTER = re.compile(r"(?:['’]s\b|\s*/|[ \t]+\d)")


#: a name followed by an age in commas is a person's ("Nathaly Cartas Leon, 20, had met ..."; not León, Mexico)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,;]")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")
#: a full name with an age in commas after it (the last of a list's ends in a stop), a middle initial or a "Jr." in
#: it ("Carl B. Ames, 30,", "Dale Voss, Jr., 41."), or after "N-year-old"
_AGED_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)+(?=(?:,?\s+(?:Jr|Sr)\.?)?,\s*\d{1,3}\s*[,;.])|"
                        r"(?<=\d-year-old )[A-Z][a-z]+(?: [A-Z][\w'’-]+)+(?= (?!(?:man|woman|men|women|boy|girl|"
                        r"teen|teenager|resident|native|student|father|mother|son|daughter)\b)[a-z])")


@functools.lru_cache(maxsize=8)  # asked once per incident; an article has several
def _aged_names(text: str) -> frozenset[str]:
    """The words of the full names a story gives with an age ("Nathaly Cartas Leon, 20,", "21-year-old Andy Parish
    knew", not "a 21-year-old Lincoln Park man"): that person's wherever the story names one alone ("Salinas beat
    Cartas to death" is no Cartas, Chihuahua; "Parish fired multiple shots" no Parish, Mississippi)."""
    aged = (w for m in _AGED_NAME.finditer(text) for w in m.group().split())
    return frozenset(aged) | titled_surnames(text)


#: the shortest word of a person's name read as that person elsewhere in the story ("Trung Le ... Le was arrested")
NAMESAKE_MIN_CHARS = 2


@dataclass
class _Loc:
    kind: str
    place: Place
    span: tuple[int, int]
    order: int  # position, earlier wins among equals
    cued: bool
    partial: bool = False  # from a word inside a longer name ("Kalan" in "Dhandari Kalan")
    landmark: bool = False  # a US city the place is told by ("suburban Tulsa", "the Boise suburbs"): _landmark
    residence: bool = False  # a US town told as where a person lives ("a Gary man", "Ana Ruiz, 31, of Gary"): _residence


#: a US city's name as the landmark a place is told by, not the place (data/place_words.tsv landmark_after and
#: landmark_before): "the Boise suburbs", "in suburban Tulsa". On the 78 GVA articles with such a word (outside
#: 301-450): city +5 -0; with "area", "outside" and "west of" too, on 692 articles: +6 -5, each loss a town's
#: outskirts that GVA codes as the town
_LANDMARK_AFTER = re.compile(r"(?:-|[ \t]+)(?i:" + _PLACE_WORDS["landmark_after"] + r")\b(?![ \t]+of\b)")
_LANDMARK_BEFORE = re.compile(r"\b(?i:" + _PLACE_WORDS["landmark_before"] + r")[ \t]+(?:the[ \t]+)?$")
#: "the Tulsa suburb of Jenks": the name after is the place, the city before it the landmark
_SUBURB_OF = re.compile(r"[ \t]+(?i:" + _PLACE_WORDS["suburb_of"] + r")[ \t]+of[ \t]+(?:the[ \t]+)?"
                        r"(?:(?:city|town|village)[ \t]+of[ \t]+)?")
#: a town named beside a landmark city this close to it is where it happened: a metropolitan area's suburbs lie
#: within this many km of its city
LANDMARK_KM = 100.0


def _landmark(text: str, m: Mention, ctx: _Context) -> bool:
    """Does a US story's mixed-case text write this town's name as the landmark of another place (_LANDMARK_AFTER,
    _LANDMARK_BEFORE, "the <city> suburb of <town>")?"""
    if ctx.country != NAMESAKE_COUNTRY or ctx.mode != "mixed":
        return False
    return bool(_LANDMARK_AFTER.match(text, m.end) or _SUBURB_OF.match(text, m.end) or
                _LANDMARK_BEFORE.search(text, max(0, m.start - 40), m.start))


#: a US town's name told as where a person lives, not where the act was (data/place_words.tsv residence_after and
#: residence_before): "a Gary man was shot", "Ana Ruiz, 31, of Gary, died", "a woman from Gary". Such a town yields to
#: a town of its state that the sentence or a later sentence of the incident puts the act in ("in Hammond")
_RESIDENCE_AFTER = re.compile(r"(?:-area)?[ \t]+(?i:" + _PLACE_WORDS["residence_after"] + r")\b")
_RESIDENCE_BEFORE = re.compile(r"(?:\b\d{1,3},?|\b[a-z]+,|\b(?i:" + _PLACE_WORDS["residence_before"] + r")|"
                               # a person's full name ("Tre Ames of Gary"), not a title's nor an office's
                               r"(?<![\w.’'])(?P<name>(?!(?:" + _PLACE_WORDS["not_person"] + r")\b)[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?"
                               r"[ \t]+(?!(?:" + _PLACE_WORDS["not_person"] + r")\b)[A-Z][a-z][\w'’-]+),?)[ \t]+"
                               r"(?:both[ \t]+|all[ \t]+)?(?:of|from)[ \t]+$")


_TITLE_BEFORE = re.compile(r"\b(?:" + _PLACE_WORDS["not_person"] + r")\.?[ \t]+$")
#: how far before a town's name _RESIDENCE_BEFORE is looked for
RESIDENCE_BEFORE_CHARS = 50


def _residence(text: str, m: Mention, ctx: _Context) -> bool:
    """Does a US story's mixed-case text write this town's name as where a person lives (_RESIDENCE_AFTER,
    _RESIDENCE_BEFORE), and not after a place cue ("shot in Gary")?"""
    if ctx.country != NAMESAKE_COUNTRY or ctx.mode != "mixed" or m.cue is not None:
        return False
    if not _RESIDENCE_AFTER.match(text, m.end):
        hit = _RESIDENCE_BEFORE.search(text, max(0, m.start - RESIDENCE_BEFORE_CHARS), m.start)
        # a name after a title is the title-holder's ("Police Chief Ann Ruiz of Gary"): the town of their office
        if hit is None or hit.group("name") and _TITLE_BEFORE.search(text, max(0, hit.start() - 30), hit.start()):
            return False
    # "BETHLEHEM, Pa. - A Bethlehem woman ...": the town the story is filed from is its own town, the scene's as well
    # as the people's (a hospital or an apartment block named after the act stays in it)
    dateline = _inline_dateline(text)
    return dateline is None or name_key(dateline) != name_key(m.text)


#: the words right before a town's name that make it a street or a building named after a town ("a home on
#: Riverview", "at Hunter Ridge Apartments"), not a town a resident's town yields to (_scene_of_resident). Tried
#: stricter (only "in" before the town, and no capitalised word after it) on the whole GVA file: it also refused "in
#: southwest Houston", "in Moretown Sunday" and "inside a Lower Macungie Township home" (cities 3 won, 3 lost)
_STREET_OR_BUILDING_BEFORE = re.compile(r"\b(?:on|at)\s+(?:the\s+)?$", re.I)


def _scene_of_resident(loc: _Loc, resident: _Loc, text: str) -> bool:
    """Is `loc` a town of the resident's state that a place cue puts the act in ("in Hammond"; not "in the Houston
    area", "near Hammond", a stretch around a town; not "on Riverview", a street, nor "at Hunter Ridge Apartments",
    a building: _STREET_OR_BUILDING_BEFORE), not a residence itself?"""
    p, q = loc.place, resident.place
    start = loc.span[0]
    return loc.cued and not loc.residence and not loc.landmark and loc.kind == "exact" and \
        (p.country, p.admin1) == (q.country, q.admin1) and \
        _STREET_OR_BUILDING_BEFORE.search(text, max(0, start - 12), start) is None


def _within(p: Place, area: _Loc) -> bool:
    """Does place `p` lie in the area (a state, a county; a town's state and county) of the location `area`?"""
    q = area.place
    if (p.country, p.admin1) != (q.country, q.admin1):
        return False
    return area.kind != "admin2" or not q.admin2 or p.admin2 == q.admin2


def _near_landmark(loc: _Loc, landmark: _Loc) -> bool:
    """Is `loc` a town of the landmark's state within LANDMARK_KM of it, not a landmark itself?"""
    p, q = loc.place, landmark.place
    return not loc.landmark and SPECIFICITY[loc.kind] >= SPECIFICITY["near"] and (p.country, p.admin1) == (
        q.country, q.admin1) and p.latitude is not None and p.longitude is not None and q.latitude is not None and \
        q.longitude is not None and _km((p.latitude, p.longitude), (q.latitude, q.longitude)) <= LANDMARK_KM


def _loc(kind: str, e: Entry, span: tuple[int, int], order: int, cued: bool, *, name: str | None = None,
         point: tuple[float, float] | None = None, partial: bool = False) -> _Loc:
    return _Loc(kind, to_place(e, kind, name=name, point=point), span, order, cued, partial)


def _smallest_area(mentions: Sequence[Mention], ctx: _Context, near: int | None = None) -> Entry | None:
    """The smallest area the text ties a place to: a district, else a province, else a town's province."""
    pool = sorted((m for m in mentions if m.best is not None and (ctx.country is None or m.best.country ==
                                                                     ctx.country)),
                  key=lambda m: abs(m.start - near) if near is not None else m.start)
    for feature in ("admin2", "admin1", POPULATED_PLACE, "user"):
        for m in pool:
            if m.best is not None and m.best.feature == feature:
                if feature in (POPULATED_PLACE, "user"):
                    return ctx.gz.admin1.get((m.best.country, m.best.admin1)) or m.best
                return m.best
    return None


def _sentence_locs(text: str, s: int, e: int, mentions: list[Mention], ctx: _Context,  # noqa: C901 - 34 branches; to split
                   area_pool: Sequence[Mention]) -> list[_Loc]:
    """Candidate locations one sentence gives, from its names and its relative expressions."""
    locs: list[_Loc] = []
    inside = [m for m in mentions if s <= m.start < e]
    used_offsets: set[int] = set()
    # "30 kilometers north of Baghdad": the offset point, unless a named place in the sentence sits there.
    for om in _OFFSET.finditer(text, s, e):
        anchor = next((m for m in inside if m.best is not None and om.end() <= m.start <= om.end() + 3), None)
        if anchor is None or anchor.best is None:
            continue
        num = om.group("num").lower().replace(",", ".")
        km = float(_NUM_WORDS.get(num, 0) or num)
        if om.group("unit").lower().startswith("mi"):
            km *= 1.609
        d = om.group("dir").lower().replace("-", "").replace(" ", "")
        point = _offset((anchor.best.lat, anchor.best.lon), km, _DIRS.get(d, _DIRS.get(d[:1], 0)))
        named = [m for m in inside if m is not anchor and m.best is not None and m.start < om.start()
                 and m.best.feature in (POPULATED_PLACE, "user")
                 and _km((m.best.lat, m.best.lon), point) <= max(NEAR_KM, OFFSET_TOLERANCE * km)]
        used_offsets.add(id(anchor))
        last = named[-1] if named else None
        if last is not None and last.best is not None:
            locs.append(_loc("exact", last.best, (last.start, last.end), last.start, True,
                             name=_shown(last, ctx)))
            used_offsets.add(id(last))
        else:
            kind = "offset" if km <= OFFSET_DISTRICT_KM else "offset-far"
            # "6 miles north of Shelton": within NEAR_KM the place is named as the town (GVA's city, GTD's "near"),
            # at the offset point; farther off, the offset itself is the name
            shown = _shown(anchor, ctx) if km <= NEAR_KM else text[om.start():anchor.end]
            locs.append(_loc(kind, anchor.best, (om.start(), anchor.end), om.start(), True,
                             name=shown, point=point))
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
        town_a, town_b = (x.best is not None and x.best.feature in (POPULATED_PLACE, "user") and not x.partial
                          for x in (a, b))
        if town_a and town_b and a.best is not None and b.best is not None:
            mid = ((a.best.lat + b.best.lat) / 2, (a.best.lon + b.best.lon) / 2)
            used_offsets.update((id(a), id(b)))
            locs.append(_loc("road", a.best, (a.start, b.end), bm.start(), True,
                             name=f"{a.text} - {b.text}", point=mid))
        elif town_a != town_b and (b if town_a else a).best is None:
            # "between Hammam al Turkman and Suluk": the one we know is the nearest point we have
            known = a if town_a else b
            if known.best is None:
                continue
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
            # "Qatabah district in western Yemen (Ibb)": the country does not break the chain
            locs.append(_loc("country", m.best, (m.start, m.end), m.start, m.cue is not None))
            continue
        chained = False
        if (m.best is None and not m.unknown) or m.hint == "road":
            continue  # a common word the context did not support, or a road named after a town
        # "Hajar (Qaatabah, Ad Dali)" but the only Hajar known is in Hadramawt: a village we lack. Likewise
        # "Barangay Pilar, Hinigaran" when the Pilar known lies far from Hinigaran.
        outside = m.best is not None and m.best.feature in (POPULATED_PLACE, "user", "admin2") and (
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
            if container.feature in (POPULATED_PLACE, "user"):
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
        if m.best is None:
            continue  # not reached: a mention without an entry is unknown and was taken as a village above
        f = m.best.feature
        shown = _shown(m, ctx)
        cued = m.cue is not None or m.hint is not None
        rural = _rural_point(text, m, ctx)
        if rural is not None:
            # "the southern countryside of Idleb": a point that far that way, not the city itself
            locs.append(_loc("offset", m.best, (rural[0], m.end), m.start, True, name=text[rural[0]:m.end],
                             point=rural[1]))
            continue
        if f in (POPULATED_PLACE, "user"):
            kind = "near" if (m.cue == "near" or m.hint == "near") else "exact"
            if ctx.country == NAMESAKE_COUNTRY and any(
                    p.end < m.start and (sm := _SUBURB_OF.match(text, p.end)) is not None and sm.end() == m.start
                    for p in inside):
                kind, cued = "exact", True  # "the Tulsa suburb of Jenks": Jenks, as "in" before Tulsa tells
            loc = _loc(kind, m.best, (m.start, m.end), m.start, cued, name=shown, partial=m.partial)
            loc.landmark = _landmark(text, m, ctx)
            loc.residence = _residence(text, m, ctx)
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
                     m.best.feature in (POPULATED_PLACE, "user") and id(m) not in used_offsets), None)
        if road is not None and road.best is not None:
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
    if m.best is None or m.best.feature not in (POPULATED_PLACE, "user", "admin1", "admin2"):
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
    text's case is lost, or when a mixed-case text writes it in capitals ("SAN DIEGO (CNS) -": a wire dateline)."""
    if m.quarter and m.best is not None:
        return m.best.name  # a quarter named for its city's sake: the city (_quarter_of)
    return m.text if ctx.mode == "mixed" and not (m.text.isupper() and len(m.text) > 3) else _title(m.text)


def _title(surface: str) -> str:
    """A case-less surface written as a name: "san salvador" -> "San Salvador", "al-tarmiyah" -> "al-Tarmiyah"."""
    words = re.split(r"(\s+|-)", surface.lower())
    # (a name's first word is capitalised even when it is a connector elsewhere, "Las Vegas", "El Paso", but not
    # an article joined by a hyphen, "al-Tarmiyah")
    first = -1 if len(words) > 1 and words[1] == "-" else 0
    return "".join(w if (w in CONNECTORS and i != first) or not w.strip(" -") else w[:1].upper() + w[1:]
                   for i, w in enumerate(words))


def _unmistakable(m: Mention, inside: Sequence[Mention]) -> bool:
    """A city the name can only mean ("Mariupol, Zaporizhia"): trusted over a province the writer got wrong,
    unless the writer also names its district ("Ilorin (Borgu LGA, Niger)" is a village of that name there)."""
    e = m.best
    after = [c for c in inside if c.start > m.end and not c.alias]
    if m.hint == "area" or (len(after) > 1 and after[0].contained and after[1].contained):
        return False
    return e is not None and e.feature in (POPULATED_PLACE, "user") and \
        e.population >= UNMISTAKABLE_POPULATION and not any(
            x.country == e.country and x.feature in (POPULATED_PLACE, "user") and
            _km((x.lat, x.lon), (e.lat, e.lon)) > CONTAINER_TOWN_KM for x in m.entries)


def _far_from_container(m: Mention, inside: Sequence[Mention], ctx: _Context) -> bool:
    """True when the town or district the text puts a place in lies farther from it than such an area reaches:
    the place is a namesake elsewhere and the named one is a village the gazetteer lacks."""
    after = [c for c in inside if c.start > m.end and not c.alias]
    if m.best is None or not after or not after[0].contained or after[0].best is None:
        return False
    chain = _consistent_chain(_chain_after(m, inside))
    if not chain:
        return False
    cm, c = chain[0], chain[0].best
    if c is None or c.country != m.best.country or c.id == m.best.id:
        return False
    if _filed_under(m.best, cm):
        return False  # "Matalam, Cotabato": the gazetteer files Matalam under North Cotabato; the text agrees
    if cm.partial or c.feature not in (POPULATED_PLACE, "user", "admin2"):
        return False  # "Brus Laguna, Gracias a Dios": a word of a longer name is no container to measure from
    same = [e for e in cm.entries if e.country == c.country]
    if cm.hint != "town" and any(e.feature == "admin1" for e in same):
        return False  # "Campinas, Sao Paulo": a province by its capital's name; the named-area rule judges it
    # A name the country repeats is in doubt ("Pilar", "Santo Nino"), and so is a hamlet or a name matched only
    # loosely ("Tondo" ~ "Tondod"); a unique town of some size is the place even when the text's district is a
    # loose one.
    loose = m.best.id not in {e.id for e in ctx.gz.candidates(m.key, loose=False)}
    repeated = any(e.country == m.best.country and e.id != m.best.id and e.feature in (POPULATED_PLACE, "user")
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
    if a is None or b is None or a.country != b.country or _filed_under(a, bm):
        return False
    if any(e.feature == "admin1" and e.country == a.country and e.admin1 == a.admin1 for e in bm.entries):
        return False  # "(Bosso, Diffa)": Diffa the region, though its capital is the likelier reading alone
    if b.feature == "admin1":
        return a.admin1 != b.admin1 and _km((a.lat, a.lon), (b.lat, b.lon)) > CONTAINER_DISTRICT_KM
    return b.feature in (POPULATED_PLACE, "user", "admin2") and \
        _km((a.lat, a.lon), (b.lat, b.lon)) > CONTAINER_DISTRICT_KM


def _contradicted_area(m: Mention, inside: Sequence[Mention]) -> bool:
    """True for a province's name written as a village's ("Kandal village") or followed by containers in another
    province ("Marib hill (Bayhan, Shabwah)"): a village of that name, not the province."""
    if m.best is None or m.best.feature != "admin1":
        return False
    if m.hint == "town":
        return True
    chain = [c.best for c in _chain_after(m, inside) if c.best is not None and c.best.feature != "country"]
    if not chain:
        return False
    c = chain[0]  # "Ceiba, Fajardo": neighbouring municipalities (Puerto Rico's are provinces) are no clash
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
             if e.feature in (POPULATED_PLACE, "user") and e.country == area.country]
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
    """The province's main town when it carries the province's name ("Kirkuk"), else None ("Antioquia"); a US
    state's name alone is not its namesake city of a longer name (_state_city_named)."""
    area = m.best
    if area is None:
        return None
    towns = [e for e in m.entries if e.feature in (POPULATED_PLACE, "user") and e.country == area.country
             and e.admin1 == area.admin1 and (_km((e.lat, e.lon), (area.lat, area.lon)) < 1.0 or (
                 e.population >= CAPITAL_MIN_POPULATION and name_key(e.name) == name_key(area.name)))
             and not _state_city_named(e, area, ctx)]
    return max(towns, key=lambda e: (e.population, -e.id)) if towns else None


#: the word a US city adds to its state's name ("Oklahoma City", "New York City")
_CITY_WORD = "City"
#: a town the story names this close to such a city says the state's name is the city's ("shot in New York ... lived
#: in Brooklyn"); a town farther off is the state's ("in Oklahoma ... in Wellston", 50 km from Oklahoma City)
STATE_CITY_REACH_KM = 20.0


def _state_city_named(town: Entry, area: Entry, ctx: _Context) -> bool:
    """Is `town` a US city named as its state with "City" after it, which the state's name alone does not name unless
    the story names another town within STATE_CITY_REACH_KM of it? "a shooting in Oklahoma" is the state, not
    Oklahoma City; where the text writes "Oklahoma City" the whole name is the mention and this is never asked."""
    if area.country != NAMESAKE_COUNTRY or area.feature != "admin1" or \
            name_key(town.name) != name_key(f"{area.name} {_CITY_WORD}"):
        return False
    own = {name_key(town.name), name_key(area.name)}
    for run in _CAPITALISED_RUN.finditer(ctx.text):
        key = name_key(run.group())
        if not key or key in own:
            continue
        if any(e.country == area.country and e.feature == POPULATED_PLACE and e.admin1 == area.admin1 and
               _km((e.lat, e.lon), (town.lat, town.lon)) <= STATE_CITY_REACH_KM
               for e in ctx.gz.candidates(key, loose=False)):
            return False
    return True


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
        # "a motel in the Tulsa suburb of Jenks", "in suburban Boise, near Kuna": the town told by the landmark city
        townish = [l for l in townish if not (l.landmark and any(_near_landmark(k, l) for k in townish))] or townish
        # "Ana Ruiz, 31, of Gary, died outside a Hammond bar": a town not told as a person's home first
        first = min([l for l in townish if l.cued] or [l for l in townish if not l.residence] or townish,
                    key=lambda l: l.order)
        if not first.cued or first.partial:
            # "in the Municipality of Sain Alto ... at the turn-off to Jose Maria Morelos": the district the event
            # is said to be in outranks a town the sentence names later only in passing, or only as a word of a
            # longer name ("in Metepec, Mexico ... in Colonia San Jeronimo Chicahualco")
            areas = [l for l in whole if l.kind in AREA_BEFORE_TOWN_KINDS and l.cued and l.order < first.order]
            if areas:
                return min(areas, key=lambda l: l.order)
        return first
    return max(whole, key=lambda l: (SPECIFICITY[l.kind], l.cued, -l.order))


def locate_incident(text: str, focus: Sequence[tuple[int, int]], options: Options, *,
                    dateline: str | None = None, title: str | None = None,
                    url: str | None = None) -> tuple[Place, Span] | None:
    """The incident's place: main focus sentence, other focus sentences, preceding sentences, the title, dateline,
    country (_locate_incident); a US town of another state than the story's dateline puts it in yields to the
    dateline's town (_filed_over)."""
    found = _locate_incident(text, focus, options, dateline=dateline, title=title, url=url)
    if found is None or found[0].country != NAMESAKE_COUNTRY or not found[0].admin1:
        return found
    gz = get_gazetteer(options)
    mode = case_mode(text, options)
    return _filed_over(found, text, dateline, _headline(title, mode), gz) if mode == "mixed" else found


def _locate_incident(text: str, focus: Sequence[tuple[int, int]], options: Options, *,
                     dateline: str | None = None, title: str | None = None,
                     url: str | None = None) -> tuple[Place, Span] | None:
    """The incident's place: main focus sentence, other focus sentences, preceding sentences, the title, dateline,
    country.

    The article's `title` is where the place is read when the sentences name none finer than the country or the
    state and the text names no city of its state: a local story's headline often names its city ("Boy, 15, shot
    on the east side of Macon"), or the outlet's ("- KXYZ TV 3 - Memphis, Tennessee"), which the text
    does not. The title is read after the text, never before it: an outlet's city is often not the story's. The page's `url`
    is read last of all (_url_place), where nothing else places a story in a US state: its path or its outlet's name
    often names the city ("/news/las-vegas/police-officer-fired...", "chicagotribune.com").
    Returns the Place (country, admin1/2, point, precision codes) and the Span of `text` supporting it, or None.
    """
    gz = get_gazetteer(options)
    mode = case_mode(text, options)
    head = _headline(title, mode)
    whole = f"{head}\n\n{text}" if head else text
    cue_keys: set[str] = set()
    ranking = _article_countries(text, gz, mode, dateline, cue_keys)
    if head and not (ranking and ranking[0][2]):
        # a text that names no country firmly ("Both men inside the Honda were killed"): with its title, it may
        # ("- MSNewsNow.com - Jackson, MS"); a title that does not either ("Melissa charged with killing her mom":
        # Melissa, Texas) leaves the text's reading
        titled_keys: set[str] = set()
        with_title = _article_countries(whole, gz, mode, dateline, titled_keys)
        if with_title and with_title[0][2]:
            ranking, cue_keys = with_title, titled_keys
    ranking = _outlet_country(ranking, url, gz)
    country = ranking[0][0] if ranking else None
    people = _people_near(text, focus, mode, options, namesakes=country == NAMESAKE_COUNTRY)
    state, _ = _story_state(country, text, whole, gz, mode)
    # a US story that names no state: the state of the big city its address names is the likelier of same-named
    # towns (a preference only, as the story's state is: an outlet covers its neighbours' towns too)
    at = _story_address(url, mode, state, country, gz)
    ctx, best = _locate_in(country, text, focus, gz, mode, cue_keys, people, whole, _leaning(at, country))
    if ranking and not ranking[0][2] and (best is None or best.kind == "country") and state is None:
        # The article's country offers no place, only its name or demonym ("Turkish troops moved ... near the
        # Ariha area", "Malian herders near Ourodougou village, Touba subdivision"): a close
        # runner-up whose places the text names is where it happened. Not for a US story whose state is known:
        # "a shooting in Southwest" of a "D.C. police" story is in the District, not Cameroon's Sud-Ouest.
        for cc, sc, firm in ranking[1:1 + RUNNER_UP_COUNTRIES]:
            if sc < RUNNER_UP_SHARE * ranking[0][1]:
                break
            if not firm:
                continue
            alt_ctx, alt = _locate_in(cc, text, focus, gz, mode, cue_keys, people, whole)
            if alt is not None and alt.kind != "country" and alt.place.country == cc:
                ctx, best = alt_ctx, alt
                state, _ = _story_state(cc, text, whole, gz, mode)
                break
    city = _state_city(text, state, gz) if state is not None else None
    policed = _own_police_town(text, state, best, gz)
    if policed is not None:
        return policed
    if head and (best is None or best.kind in ("country", "admin1")):
        if state is not None and city is not None:
            return _state_fallback(text, state, city)  # the text's own city first
        within = (state.country, state.admin1) if state is not None else (
            (best.place.country, best.place.admin1) if best is not None and best.kind == "admin1" else None)
        titled = _title_place(head, text, whole, ctx.country, gz, mode, cue_keys, options, _leaning(at, country))
        if titled is not None and (within is None or (titled[0].country, titled[0].admin1) == within):
            filed = _filed_town(text, dateline, best, state, ctx.country, gz) if (
                titled[0].feature == "admin1") else None
            written = titled[1].text or titled[0].name or ""
            return filed or _big_city_of_quarter(titled[0], written, max(0, head.find(written)), text, whole, url,
                                                 gz) or _unless_far(titled, written, at, gz)
    # where the report was filed (_filed_town), as a last resort
    filed = _filed_town(text, dateline, best, state, ctx.country, gz)
    if filed is not None:
        return filed
    if state is not None and (best is None or best.kind == "country"):
        return _served_or_state(text, state, city, url, mode, gz)
    addressed = _address_place(url, text, mode, ctx.country, best, gz, state)
    if addressed is not None:
        return addressed, Span(0, 0, "")
    if best is None and ctx.country and ctx.country in gz.countries:
        e = gz.countries[ctx.country]
        span = _country_span(text, ctx.country, gz) or (0, 0)
        return to_place(e, "country"), Span(span[0], span[1], text[span[0]:span[1]])
    if best is None:
        return None
    seat = _county_town(best.place, whole, gz)
    # the town whose street the act happened on ("on Old Mill Road in Dunmore") before a town the story only names,
    # as a county's seat is for its sheriff's office, its courthouse or its jail; not before the dateline's own
    # town, where the story is filed and the datasets code it ("WARREN, Ohio" over a road "in Howland")
    street = _street_town_of_county(best.place, text, gz) if seat is None or not _filed_in_seat(
        seat, text, dateline) else None
    filed_in = street or (_dateline_town_of_county(best.place, text, dateline, gz) if seat is None else None)
    if filed_in is not None:
        return filed_in
    place = _in_county(to_place(seat, "near"), best.place) if seat is not None else \
        _city_of_part(_city_of_section(best.place, gz), whole, gz, at)
    if at is not None and _far_from_address(place, text[best.span[0]:best.span[1]], at, gz):
        # a namesake far off in another state: its namesake near the page's outlet, else the outlet's city
        nearest = _outlet_nearest(place, at, gz)
        return (nearest, Span(best.span[0], best.span[1], text[best.span[0]:best.span[1]])) if nearest else \
            (at, Span(0, 0, ""))
    quarter_of = _city_of_neighbourhood(place, text, best.span[1], gz) or _city_of_quarter(
        place, text, whole, best.span[0], best.span[1], gz) or _big_city_of_quarter(
        place, text[best.span[0]:best.span[1]], len(whole) - len(text) + best.span[0], text, whole, url, gz)
    if quarter_of is not None:
        return quarter_of
    return place, Span(best.span[0], best.span[1], text[best.span[0]:best.span[1]])


#: a town of any size whose own police a US story placed only in its state names ("Beebe police arrested ...") is
#: where it happened: a local force investigates the acts of its own town (_own_police_town)
POLICED_TOWN_POPULATION = 0


def _own_police_town(text: str, state: Entry | None, best: _Loc | None, gz: Gazetteer) -> tuple[Place, Span] | None:
    """Where the text places a US story no finer than its `state` (`best` is none, the country or the state), the
    town of that state whose police it names by the town's own name ("Sylvester Police now say", "Beebe police
    arrested"; _policed_town), other than a small town's by a common word ("University police", "Campus police": a
    force's kind, _common_name_word; "Denver police" is the city's); None where it names none."""
    if state is None or state.country != NAMESAKE_COUNTRY or (
            best is not None and best.kind not in ("country", "admin1")):
        return None
    found = _policed_town(text, state, gz, POLICED_TOWN_POPULATION, common=False)
    if found is None:
        return None
    town, (start, end) = found
    return to_place(town, "near"), Span(start, end, text[start:end])


def _common_name_word(name: str) -> bool:
    """Is this one-word name a common word (place_stopwords.txt, or as frequent as mentions.COMMON_WORD_ZIPF), a
    force's kind more likely than a town's name ("Campus", "Transit", "Capitol")?"""
    words = name.split()
    return len(words) == 1 and (name_key(name) in _stopword_keys() or _zipf(name.lower()) >= COMMON_WORD_ZIPF)


#: a town of the county's state this close to a county's point, named by the dateline of a story the text places
#: only in the county, is where it happened: a county's neighbours' towns report its news ("DAYTONA BEACH -- ... the
#: Flagler County Sheriff's Office"); a town farther off is the outlet's city ("MINNEAPOLIS --" on a Clearwater County
#: story, some 300 km away)
DATELINE_COUNTY_KM = 40.0
#: a dateline whose head is an area or a direction names no town ("HALIFAX CO.", "BERLIN TWP.", "NEAR DALLAS")
_NO_TOWN_DATELINE = re.compile(r"(?i)\b(?:co|county|parish|twp|township|near)\b")


def _dateline_town_of_county(place: Place, text: str, dateline: str | None,
                             gz: Gazetteer) -> tuple[Place, Span] | None:
    """Where the text places an incident only in a US county ("The Barnes County Sheriff's Office said ...") and
    names no town of it (_county_town), the town its dateline names ("SANBORN, N.D. -"), unless the dateline writes
    another state: a town of the county's state in the county or within DATELINE_COUNTY_KM of its point, where the
    gazetteer has one; else, where the gazetteer has no town of that name in the state, a town it lacks, in the
    county. None where the place is no US county or no such dateline opens the text."""
    here = _us_county_point(place)
    if here is None:
        return None
    dateline = dateline or _inline_dateline(text)
    head = dateline.split(",")[0].strip() if dateline else ""
    if not head or _NO_TOWN_DATELINE.search(head) or not name_key(head):
        return None
    found = re.search(rf"\b{re.escape(head)}\b", text, re.I)
    written = _state_after(text, found.end()) if found is not None else None
    if written is not None and written != _state_name(place.admin1):
        return None  # "MINNEAPOLIS, Minn." over a Wisconsin county: filed elsewhere
    big = _big_city_state(name_key(head), gz)
    if big is not None and reported_admin1(place.country, big) != place.admin1:
        return None  # "CHICAGO (AP) -" over a county of another state: a wire's big city, no town of the county's
    span = Span(found.start(), found.end(), found.group()) if found is not None else Span(0, 0, "")
    # a town of the state far from the county is the outlet's
    return _named_town_of_county(place, here, name_key(head), _dateline_head_shown(head), span, gz,
                                 DATELINE_COUNTY_KM, refile=False)


def _filed_in_seat(seat: Entry, text: str, dateline: str | None) -> bool:
    """Does the story's dateline (given, or opening the text) name the county's town `seat`?"""
    dateline = dateline or _inline_dateline(text)
    head = dateline.split(",")[0].strip() if dateline else ""
    return bool(head) and name_key(head) == name_key(seat.name)


def _us_county_point(place: Place) -> tuple[float, float] | None:
    """The point of `place` where it is a US county with a state (the readers of a story placed only in a county:
    _dateline_town_of_county, _street_town_of_county); None for any other place."""
    if place.country != NAMESAKE_COUNTRY or place.feature != "admin2" or not place.admin1 or \
            place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def _named_town_of_county(county: Place, here: tuple[float, float], key: str, shown: str, span: Span, gz: Gazetteer,
                          reach_km: float, refile: bool) -> tuple[Place, Span] | None:
    """The town `key` names for a story placed only in the US `county` (whose point is `here`): the gazetteer's town
    of the county's state filed in the county or within `reach_km` of its point (the county's own first, then the
    biggest), filed under the county where `refile` (_in_county); None where the state's only towns of the name lie
    farther; where the state has none, a town the gazetteer lacks, named `shown`, in the county (village-admin2)."""
    towns = [e for e in gz.candidates(key, loose=False) if e.country == county.country and
             e.feature == POPULATED_PLACE and reported_admin1(e.country, e.admin1) == county.admin1]
    near = [e for e in towns if e.admin2 == county.admin2 or _km((e.lat, e.lon), here) <= reach_km]
    if near:
        town = to_place(max(near, key=lambda e: (e.admin2 == county.admin2, e.population, -e.id)), "near")
        return (_in_county(town, county) if refile else town), span
    if towns:
        return None
    acled, gtd, ucdp = precision_codes("village-admin2")
    return dc_replace(county, name=shown, geo_precision=acled, gtd_specificity=gtd, where_prec=ucdp), span


def _dateline_head_shown(head: str) -> str:
    """A dateline's town as a place's name: title-cased where the dateline writes it in capitals ("LETCHER")."""
    return _title(head) if head.isupper() else head


def _unknown_filed_town(text: str, head: str, span: tuple[int, int], state: Entry | None,
                        gz: Gazetteer) -> tuple[Place, Span] | None:
    """A dateline's town the gazetteer lacks in the story's US `state`, where the text writes that state after it
    ("LETCHER, S.D. -"): a town of the state (village-admin1); None where it writes none, or the name is an area's,
    a direction's or a big city's of another state (_NO_TOWN_DATELINE, _big_city_state)."""
    if state is None or state.country != NAMESAKE_COUNTRY or span[1] <= span[0] or not name_key(head) or \
            _NO_TOWN_DATELINE.search(head):
        return None
    if _state_after(text, span[1]) != _state_name(state.admin1):
        return None
    big = _big_city_state(name_key(head), gz)
    if big is not None and big != state.admin1:
        return None
    return to_place(state, "village-admin1", name=_dateline_head_shown(head)), \
        Span(span[0], span[1], text[span[0]:span[1]])


def _filed_town(text: str, dateline: str | None, best: _Loc | None, state: Entry | None, country: str | None,
                gz: Gazetteer) -> tuple[Place, Span] | None:
    """The dateline's town, where the story is placed nowhere, or no finer than its state: the reader's `dateline`,
    or one opening a paragraph of web copy ("CHICAGO —"), read only then, as a last resort, so that a KABUL dateline
    never moves an Orlando shooting. A story placed in a state ("a home in west Alabama" under "EUTAW, Ala. (AP)")
    takes only a town of that state: the town is where it was filed, and inside the state."""
    coarse = best is not None and (best.kind == "admin1" or (best.kind == "country" and state is not None))
    if best is not None and not coarse:
        return None
    dateline = dateline or _inline_dateline(text)
    if not dateline:
        return None
    head = dateline.split(",")[0].strip()
    towns = [x for x in gz.candidates(name_key(head)) if x.feature in (POPULATED_PLACE, "user")
             and (country is None or x.country == country)]
    within = (state.country, state.admin1) if state is not None else (
        (best.place.country, best.place.admin1) if best is not None else None)
    if within is not None:
        # "GRAHAM, N.C. --": the town of the story's state, never a bigger namesake of another (Graham,
        # Washington); none there, the state is all the dateline tells
        towns = [x for x in towns if (x.country, x.admin1) == within]
    idx = text.lower().find(head.lower()) if head else -1
    span = (idx, idx + len(head)) if idx >= 0 else (0, 0)
    if not towns:
        return _unknown_filed_town(text, head, span, state, gz)
    town = max(towns, key=lambda x: (x.population, -x.id))
    # Where the report was filed, not necessarily where it happened: vicinity precision at best.
    return to_place(town, "near"), Span(span[0], span[1], text[span[0]:span[1]])


#: a dateline's US town with no state written after it ("PATERSON -", "DENVER (AP) -") is the one this big, and
#: FILED_CITY_MARGIN times bigger than any namesake: smaller or closer, the story's state says which (_filed_over)
FILED_CITY_POPULATION = 100_000
FILED_CITY_MARGIN = 4
#: the last word of a dateline that names an area, not a town: "CHESTERFIELD COUNTY, S.C. -" places no town
_AREA_WORD = re.compile(r"\b(?:county|parish|township|borough)$", re.I)


def _filed_over(found: tuple[Place, Span], text: str, dateline: str | None, head: str,
                gz: Gazetteer) -> tuple[Place, Span]:
    """A US local story whose dateline opens its copy ("CALAIS, Maine -", "PINE BLUFF, Ark.--", "INDIANAPOLIS, Ind.
    --", "PATERSON -") happened in or near the dateline's town: the `found` town of another state, which has no
    town of the dateline's name, is a place the story names in passing (a victim from "Amsterdam, New York", a
    gallery's caption from Pensacola, a suspect held in Houston), unless the headline names it or its state ("LA:
    man who shot 2 Shreveport deputies held", a WICHITA dateline). The dateline's town is then the place, at
    vicinity precision as a dateline's town is (_locate_incident). The dateline's town is in the state written after
    it; with none, the only big US town of the name (FILED_CITY_POPULATION, FILED_CITY_MARGIN)."""
    place, _ = found
    if not place.admin1:
        return found
    if dateline:
        name, after, at = dateline.split(",")[0].strip(), dateline, len(dateline.split(",")[0])
    else:
        inline = inline_dateline_at(text)
        if inline is None:
            return found
        name, after, at = inline[0], text, inline[2]
    if _AREA_WORD.search(name):
        return found
    key = name_key(name)
    towns = sorted((e for e in gz.candidates(key) if e.country == NAMESAKE_COUNTRY and e.feature == POPULATED_PLACE),
                   key=lambda e: (-e.population, e.id))
    if any(reported_admin1(e.country, e.admin1) == place.admin1 for e in towns) or \
            _city_parts().get(key, ("", ""))[1] == place.admin1:
        return found  # (the story's state has a town of that name: the dateline's, most likely)
    written = _state_after(after, at)
    if written is not None:
        state = _state_area(written, gz)
        towns = [e for e in towns if state is not None and e.admin1 == state.admin1]
    elif len(towns) > 1 and towns[1].population * FILED_CITY_MARGIN > towns[0].population:
        return found
    if not towns or (written is None and towns[0].population < FILED_CITY_POPULATION):
        return found
    if _headline_names(head, place):
        return found
    span = Span(at - len(name), at, name) if not dateline else _first_span(text, name)
    return to_place(towns[0], "near"), span


def _headline_names(head: str, place: Place) -> bool:
    """Whether the headline names the place or its state ("LA: man who shot 2 Shreveport deputies held")."""
    return bool(place.name and re.search(rf"\b{re.escape(place.name.lower())}\b", head.lower()) or
                place.admin1 and state_span(head, place.admin1) is not None)


#: a US city this big, and STATE_CITY_MARGIN times its namesakes (focus._big_city_state), named in a page's address
#: path ("/news/las-vegas/"), is where a story the text places in no state happened
URL_CITY_POPULATION = 100_000
#: ... and this big, with a name this long, inside its outlet's name ("chicagotribune", "mysanantonio"): shorter names
#: are parts of words ("mesa", "reno")
URL_HOST_CITY_POPULATION = 200_000
URL_HOST_CITY_CHARS = 6
#: a word of an address this frequent in English (wordfreq zipf) is no city's name there ("mobile", "news")
URL_WORD_ZIPF = 4.5
_ARCHIVED = re.compile(r"^(?:https?://)?web\.archive\.org/web/[^/]+/", re.I)


def _address_place(url: str | None, text: str, mode: str, country: str | None, best: _Loc | None,
                   gz: Gazetteer, state: Entry | None) -> Place | None:
    """The place the page's address names (_url_place) for a story placed nowhere finer than a country
    (US or none) in no state, or placed nowhere at all though the text's words voted for a country
    ("Philadelphia.They" glued: India won); None where the text places it, or the address names a state only and
    the story is no local news (_url_story)."""
    if not url or mode != "mixed" or state is not None or (best is not None and best.kind != "country") or (
            country not in (None, NAMESAKE_COUNTRY) and best is not None):
        return None
    # a local outlet's city (_outlet_place) stands for a story that names no place at all, at precision 2 (near it:
    # an outlet covers its region's towns). GVA, session 21 (docs/accuracy.md): lines 1001-1600 found 85.3 -> 88.2
    # (26 articles won, none lost), lines 1-200 88.5 -> 90.0, the dates and cities right over all articles up; the
    # newly found are placed at the outlet's city where GVA names a town nearby, so city on matched articles falls
    at = _url_place(url, gz)
    if at is not None and (country is not None or _url_story(text) or at.feature == POPULATED_PLACE):
        return at
    return None


#: a town of a story that names no state lying this far from the big city its page's address names is a namesake
#: read in the wrong state ("Dan" of "the Dan Ryan", North Carolina, on a Chicago page; "Feltonville", Massachusetts,
#: on a Philadelphia one): an outlet's own area, and its neighbours' towns it reports on (Memphis: Southaven, West
#: Memphis; Philadelphia: Camden; Kansas City, Kansas), lie well within it
URL_FAR_KM = 400.0
#: a town this near a local outlet's city, in its state, that bears the name of a far big city of another state
#: which the page's address names, is the one its story is about ("columbus" on a Tupelo station's page: Columbus,
#: Mississippi, some 90 km off; "fresno" on a Houston station's: Fresno, Texas): an outlet's region's towns
OUTLET_NAMESAKE_KM = 160.0
#: ... and has this many people: a hamlet sharing a far city's name (Phoenix, Illinois, by Chicago) is less likely
#: the story's than the city a big outlet reports from afar
OUTLET_NAMESAKE_POPULATION = 5_000
#: ... and a name no US town this big bears: a town of its own, named by an outlet far from it ("Goldsboro" on a
#: Chicago page: a story told nationwide), stays
URL_FAR_TOWN_POPULATION = 10_000


def _story_address(url: str | None, mode: str, state: Entry | None, country: str | None,
                   gz: Gazetteer) -> Place | None:
    """The place the page's address names (_url_place), for a US story (or one of no country) in mixed case whose
    text and title name no state; else None."""
    if not url or mode != "mixed" or state is not None or country not in (None, NAMESAKE_COUNTRY):
        return None
    return _url_place(url, gz)


def _unless_far(found: tuple[Place, Span], written: str, at: Place | None, gz: Gazetteer) -> tuple[Place, Span]:
    """`found`, the headline's place, or its namesake nearest the page's address's city (_outlet_nearest), or that
    city where found is a namesake far from it (_far_from_address)."""
    nearest = _outlet_nearest(found[0], at, gz)
    if nearest is not None:
        return nearest, found[1]
    if at is not None and _far_from_address(found[0], written, at, gz):
        return at, Span(0, 0, "")
    return found


def _outlet_nearest(place: Place, at: Place | None, gz: Gazetteer) -> Place | None:
    """The town of `place`'s name nearest the city a page's address or local outlet names (`at`), within
    OUTLET_NAMESAKE_KM of it, where `place`, a US town a headline names, lies farther: a local page's headline names
    a town of its region, across a state line too ("Auburn" on a Columbus, Georgia page: Auburn, Alabama, not the
    smaller Auburn of Georgia far off; "Alturas" on a Klamath Falls, Oregon one: Alturas, California). None where no
    namesake lies that near, or `place` does."""
    if at is None or at.feature != POPULATED_PLACE or at.latitude is None or at.longitude is None or \
            place.country != NAMESAKE_COUNTRY or place.feature != POPULATED_PLACE or not place.name or \
            place.latitude is None or place.longitude is None:
        return None
    here = (at.latitude, at.longitude)
    if _km((place.latitude, place.longitude), here) <= OUTLET_NAMESAKE_KM:
        return None
    near = [(_km((e.lat, e.lon), here), e) for e in _us_towns_named(name_key(place.name), gz)]
    near = [(km, e) for km, e in near if km <= OUTLET_NAMESAKE_KM]
    if not near:
        return None
    return to_place(min(near, key=lambda ke: (ke[0], -ke[1].population, ke[1].id))[1], "near")


def _leaning(at: Place | None, country: str | None) -> str | None:
    """The state a US story's page address names (`at`), which same-named towns lean to (_locate_in)."""
    return at.admin1 if at is not None and country == NAMESAKE_COUNTRY else None


def _far_from_address(place: Place, written: str, at: Place | None, gz: Gazetteer) -> bool:
    """Is the text's US place in another state than the city the page's address names (`at`), more than URL_FAR_KM
    from it, and named (`written`: "Kensington", filed as Brooklyn) as no US town of URL_FAR_TOWN_POPULATION is?"""
    if at is None or at.feature != POPULATED_PLACE or place.country != NAMESAKE_COUNTRY or \
            place.admin1 == at.admin1 or None in (place.latitude, place.longitude, at.latitude, at.longitude):
        return False
    if _km((place.latitude, place.longitude), (at.latitude, at.longitude)) <= URL_FAR_KM:  # type: ignore[arg-type]
        return False
    return all(e.population < URL_FAR_TOWN_POPULATION for e in gz.candidates(name_key(written), loose=False)
               if e.country == NAMESAKE_COUNTRY and e.feature == POPULATED_PLACE)


def _url_story(text: str) -> bool:
    """With no country evidence, a page's address that names only a state places only a story its text reports as
    local news does, from the police or the sheriff: a state's name alone is no evidence of a country ("georgia").
    One that names a big US city places a story whose text names no country at all, police or not: a sign-up box
    or a video list coded from its headline ("4 shot in northwest" at .../4-shot-in-northwest-atlanta/; whole GVA
    file but 301-450, of the articles placed nowhere: 16 right states, 1 wrong)."""
    return bool(re.search(r"\b(?:police|sheriff|deputies|officers?)\b", text, re.I))


#: what a page from a US local outlet (data/outlets.tsv) adds to the US among the countries the text votes for: more
#: than a foreign country's name read once (1.0: "Kenya", a woman's name; "the Honda", a car), less than a dateline
#: (3.0), so a wire story filed abroad that a local outlet runs stays abroad
OUTLET_US_SCORE = 1.5


def _outlet_country(ranking: tuple[tuple[str, float, bool], ...], url: str | None,
                    gz: Gazetteer) -> tuple[tuple[str, float, bool], ...]:
    """The article's countries, best first, with the US raised by OUTLET_US_SCORE where the page is a US local
    outlet's (_outlet_place), and then firm: a local outlet reports its own region's news, and a car, a street or a
    person's name in it ("the Honda", "Vine Street", "Chad") is no town abroad. Unchanged for any other page."""
    if not url:
        return ranking
    if _outlet_place(_url_parts(url)[0], gz) is None:
        return ranking
    scores = {cc: (sc, firm) for cc, sc, firm in ranking}
    us, _ = scores.get(NAMESAKE_COUNTRY, (0.0, False))
    scores[NAMESAKE_COUNTRY] = (us + OUTLET_US_SCORE, True)
    return tuple((cc, sc, firm) for cc, (sc, firm) in sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0])))


def _url_parts(url: str) -> tuple[str, str]:
    """A page address's host and path, an archive's prefix and the scheme taken off."""
    host, _, path = re.sub(r"^[a-z]+://", "", _ARCHIVED.sub("", url.strip()), flags=re.I).partition("/")
    return host, path


def _url_place(url: str, gz: Gazetteer) -> Place | None:
    """The US city (or state) a page's address names: a big city or a state's full name among the words of its path
    (URL_CITY_POPULATION), else the city of the local outlet its host is (_outlet_place), else a big
    city inside its outlet's name; None when they name none, or several states."""
    host, path = _url_parts(url)
    names = _us_state_patterns()[0]
    full = {name_key(n): v for n, v in names.items() if len(n) > 4 and "." not in n}
    cities: list[tuple[str, str]] = []  # (state, city key)
    states: set[str] = set()
    for seg in re.split(r"[/?#&=]", path.lower()):
        words = [w for w in re.split(r"[-_.+ ]|%20", seg) if w.isalpha()]
        used: set[int] = set()
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if used & set(range(i, i + n)):
                    continue
                key = " ".join(words[i:i + n])
                if n == 1 and _zipf(key) >= URL_WORD_ZIPF:
                    continue
                if key in full:
                    states.add(full[key])
                    used |= set(range(i, i + n))
                    continue
                st = _big_city_state(key, gz, URL_CITY_POPULATION)
                if st:
                    cities.append((names.get(st, st), key))
                    used |= set(range(i, i + n))
                elif n > 1 and any(e.country == NAMESAKE_COUNTRY and e.feature == POPULATED_PLACE and
                                   e.population >= URL_CITY_POPULATION for e in gz.candidates(key, loose=False)):
                    used |= set(range(i, i + n))  # "kansas-city": a big city of two states, not Kansas
    served = _outlet_place(host, gz)
    if served is not None and cities and not states:
        # "/police-investigate-columbus-fairgrounds-shooting" of a Tupelo station: its own state's Columbus, not the
        # big city of another state (a city its state lacks is a story from afar: "chicago-shooting" stays Chicago)
        own = _outlet_namesake(cities, served, gz)
        if own is not None:
            return own
    if served is not None and not cities and not states:
        return served
    if not cities:
        label = host.lower().split(":")[0]
        label = re.sub(r"^(?:www\d*|m|mobile)\.", "", label).split(".")[0]
        for town in gz.big_towns(NAMESAKE_COUNTRY, URL_HOST_CITY_POPULATION):
            squashed = re.sub(r"[^a-z]", "", name_key(town.name))
            if len(squashed) >= URL_HOST_CITY_CHARS and squashed in label and town.admin1:
                st = _big_city_state(name_key(town.name), gz, URL_HOST_CITY_POPULATION)
                if st:
                    cities.append((names.get(st, st), name_key(town.name)))
    found = {st for st, _ in cities} | states
    if len(found) != 1:
        return None
    state = found.pop()
    for st, key in cities:
        towns = [e for e in gz.candidates(key, loose=False) if e.country == NAMESAKE_COUNTRY
                 and e.feature == POPULATED_PLACE and reported_admin1(e.country, e.admin1) == st]
        if towns:
            return to_place(max(towns, key=lambda e: (e.population, -e.id)), "near")
    area = _state_area(state, gz)
    return to_place(area, "admin1") if area is not None else None


def _us_towns_named(key: str, gz: Gazetteer) -> list[Entry]:
    """The gazetteer's US towns whose own name is `key` (not those it only lists as another name)."""
    return [e for e in gz.candidates(key, loose=False) if e.country == NAMESAKE_COUNTRY and
            e.feature == POPULATED_PLACE and name_key(e.name) == key]


def _outlet_namesake(cities: Sequence[tuple[str, str]], served: Place, gz: Gazetteer) -> Place | None:
    """The town of a local outlet's region (`served`, its city: within OUTLET_NAMESAKE_KM, in its state, so named,
    of OUTLET_NAMESAKE_POPULATION) that bears the name of a big city of another state, URL_FAR_KM or more from the
    outlet, that the page's address names (`cities`: (state, key)); None where the big city is near or of the
    outlet's state, or the region has no such town."""
    if served.feature != POPULATED_PLACE or served.latitude is None or served.longitude is None:
        return None
    here = (served.latitude, served.longitude)
    for st, key in cities:
        named = _us_towns_named(key, gz)
        big = [e for e in named if reported_admin1(e.country, e.admin1) == st]
        if st == served.admin1 or not big or any(_km((e.lat, e.lon), here) <= URL_FAR_KM for e in big):
            return None  # the big city is the outlet's state's own, or near enough to be in its news
        towns = [e for e in named if reported_admin1(e.country, e.admin1) == served.admin1 and
                 e.population >= OUTLET_NAMESAKE_POPULATION and _km((e.lat, e.lon), here) <= OUTLET_NAMESAKE_KM]
        if towns:
            if _city_parts().get(key) == (served.name, served.admin1):
                return served  # "bridgeport" of a Chicago paper: the quarter of its own city
            return to_place(max(towns, key=lambda e: (e.population, -e.id)), "near")
    return None


@functools.lru_cache(maxsize=1)
def _outlets() -> dict[str, tuple[str, str]]:
    """host of a US local news outlet -> (the city it serves, its state), from data/outlets.tsv."""
    return {row[0].lower(): (row[1], row[2]) for row in _data_lines("outlets.tsv") if len(row) >= 3}


def _outlet_place(host: str, gz: Gazetteer) -> Place | None:
    """The city a local outlet's host serves (data/outlets.tsv: "www.ketv.com" -> Omaha, Nebraska; a host ending in
    ".<outlet>" too), as a town of its state; None for a host the table lacks."""
    label = re.sub(r"^(?:www\d*|m|mobile)\.", "", host.lower().split(":")[0])
    table = _outlets()
    hit = table.get(label) or next((table[k] for k in table if label.endswith("." + k)), None)
    if hit is None:
        return None
    city, state = hit
    towns = [e for e in gz.candidates(name_key(city), loose=False) if e.country == NAMESAKE_COUNTRY
             and e.feature == POPULATED_PLACE and reported_admin1(e.country, e.admin1) == state]
    if towns:
        return to_place(max(towns, key=lambda e: (e.population, -e.id)), "near")
    area = _state_area(state, gz)
    return to_place(area, "admin1") if area is not None else None


def _people_near(text: str, focus: Sequence[tuple[int, int]], mode: str, options: Options,
                 namesakes: bool) -> People:
    """The people's names that are no places in the sentences an incident is placed from (mixed-case text only: NER
    needs case): spaCy's NER (parse.people) and a word of a person the story names in full ("Aguiar" once "Luis
    Aguiar" is named; outside a US story, `namesakes` False, only a lone name as NAMESAKE_PERSON_SENTENCES tells)
    unless the story also writes it as a place ("Aguiar County", "Aguiar, Texas"), each such span a character before
    the word: find_mentions drops a place name only inside a longer person's name (a lone name NER calls a person
    may be a village's). Read only in the sentences where
    find_mentions found place names (it asks with them): a person's name that holds a place name lies in a sentence
    that holds it, and NER is the costliest step of placing."""
    if mode != "mixed" or not options.geocode.skip_people:
        return ()
    from ..parse import people

    sents = sentences(text)
    lo = min((s for s, e in focus if e > s), default=0)
    before = [se for se in sents if se[1] <= lo][-PRECEDING_SENTENCES:]
    regions = [se for se in sents if any(se[0] < e and s < se[1] for s, e in focus)] + before

    def holding(found: Sequence[Mention]) -> list[tuple[int, int]]:
        held = [(s, e) for s, e in regions if any(s < m.end and m.start < e for m in found)]
        if not held:
            return []
        words = [w for s, e in held for w in _WORD.finditer(text, s, e)
                 if w.start() > 0 and any(w.start() < m.end and m.start < w.end() for m in found)]
        names = _full_name_words(text, options, {w.group() for w in words}, read_with=held,
                                 surnames_only=not namesakes)
        # (people() remembers the sentences _full_name_words read with NER: held among them, in the same batch)
        # and a run of capitalised words holding such a word is that person's full name ("Guadalupe Salinas
        # Hernandez" once "Salinas" is a person: no Guadalupe, Mexico City), abroad too, where such a word is only
        # a lone name NER reads as a person in several sentences (_full_name_words)
        runs = [(r.start() - 1, r.end()) for s, e in held for r in _NAME_RUN.finditer(text, s, e)
                if any(w in names for w in r.group().split())] if names else []
        return people(text, held, options) + [(w.start() - 1, w.end()) for w in words if w.group() in names] + runs

    return holding


#: (model, story, surnames only) -> word -> whether it is one of the story's full names' words (_full_name_words),
#: for the words asked about so far
_NAMESAKE_CACHE: dict[tuple[str, str, bool], dict[str, bool]] = {}


def _full_name_words(text: str, options: Options, asked: AbstractSet[str],
                     read_with: Sequence[tuple[int, int]] = (), surnames_only: bool = False) -> frozenset[str]:
    """Those of the words `asked` that are words of the people's names of two words or more that NER finds in the
    whole story (`surnames_only`, outside a US story: only a lone name NER finds in NAMESAKE_PERSON_SENTENCES that
    the story also writes with a possessive, "Salinas' home"), less the words the story also writes as places;
    remembered for the last few stories (an article has several incidents). NER reads only the sentences that hold
    one of the words asked about (as a string): a sentence without the word names no person with it. `read_with`:
    stretches whose people the caller asks for next, read in the same NER batch (a batch costs about a sentence's
    NER more than its sentences)."""
    from ..parse import people

    key = (options.parse.model, text, surnames_only)
    known = _NAMESAKE_CACHE.get(key)
    if known is None:
        if len(_NAMESAKE_CACHE) >= NAMESAKE_CACHE_SIZE:
            _NAMESAKE_CACHE.clear()
        known = _NAMESAKE_CACHE[key] = {}
    new = {w for w in asked if w not in known}
    candidates = {w for w in new if _name_word(w)}
    words: set[str] = set()
    regions = []
    for s, e in sentences(text) if candidates else ():
        sentence = text[s:e]
        if any(w in sentence for w in candidates):
            regions.append((s, e))
    found = people(text, list(read_with) + regions, options) if regions or read_with else []
    alone: dict[str, set[int]] = {}  # a word NER takes for a whole person's name -> the sentences it does so in
    for s, e in _joined(text, found):
        parts = [m.group() for m in _WORD.finditer(text, s, e)]
        if len(parts) < 2:
            if parts and surnames_only:
                alone.setdefault(parts[0], set()).add(next((n for n, (a, b) in enumerate(regions) if a <= s < b), -1))
            continue
        if not surnames_only:
            words.update(w for w in parts if _name_word(w))
    words.update(w for w, held in alone.items() if len(held) >= NAMESAKE_PERSON_SENTENCES and _name_word(w)
                 and re.search(rf"\b{re.escape(w)}(?:['’]s?)(?!\w)", text))
    for w in new:
        known[w] = w in candidates and w in words and not any(
            _PLACE_AFTER.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(w)}\b", text))
    return frozenset(w for w in asked if known[w])


def _name_word(w: str) -> bool:
    """A word that may be one of a person's names (_full_name_words): capitalised, not a title."""
    from ..parse import PERSON_TITLES

    return len(w) >= NAMESAKE_MIN_CHARS and w[0].isupper() and w[1:].islower() and \
        w.lower().rstrip(".") not in PERSON_TITLES


def read_people_ahead(text: str, foci: Sequence[Sequence[tuple[int, int]]], options: Options) -> None:
    """Has NER read, in one batch, the sentences that placing incidents from `foci` (each incident's focus
    sentences) will ask parse.people about, which remembers what it read: those _people_near's `holding` reads (the
    sentences by the focus that hold a place name) and those _full_name_words reads (the story's sentences that hold
    a capitalised word of such a name). A call to NER costs about two sentences' reading beyond its sentences, and
    the incidents of an article called it three times or more, once for each stretch with place names. Only the
    batches change: a sentence this misses (the title's, a place name only a confined context finds) is read when
    asked for."""
    mode = case_mode(text, options)
    if mode != "mixed" or not options.geocode.skip_people:
        return
    from ..parse import people

    ctx = _Context(get_gazetteer(options), text, mode)
    sents = sentences(text)
    held: set[tuple[int, int]] = set()
    words: set[str] = set()
    for focus in foci:
        spans = [(max(0, s), min(len(text), e)) for s, e in focus if e > s]
        if not spans:
            continue
        lo = min(s for s, _ in spans)
        before = [se for se in sents if se[1] <= lo][-PRECEDING_SENTENCES:]
        found = [m for s, e in sorted(set(spans) | set(before)) for m in place_names(text, s, e, ctx)]
        for s, e in [se for se in sents if any(se[0] < b and a < se[1] for a, b in spans)] + before:
            inside = [m for m in found if s < m.end and m.start < e]
            if inside:
                held.add((s, e))
                words.update(w.group() for w in _WORD.finditer(text, s, e) if w.start() > 0 and any(
                    w.start() < m.end and m.start < w.end() for m in inside))
    names = {w for w in words if _name_word(w)}
    held.update((s, e) for s, e in sents if any(w in text[s:e] for w in names))
    if held:
        people(text, sorted(held), options)


def _joined(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """People's spans with those only a space apart made one: NER splits some names it finds ("Hayden" and "Mayes"
    of "the shooting death of Hayden Mayes"), which are one person's full name all the same."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and out[-1][1] < s and text[out[-1][1]:s] == " ":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


#: outside a US story, a word NER takes for a person's whole name in this many sentences, and the story writes with
#: a possessive, is that person wherever the story names it ("Salinas beat Cartas to death", "quote Salinas as
#: saying", "Salinas' home": Salinas, Mexico is no place of that story, whose "Guadalupe Salinas Hernandez" NER does
#: not find). Words of full names, read as people abroad, lost ACLED notes their places ("Bnei Brak", "Porto
#: Alegre", the village "Muhammad Hasan"), and so did one sentence's lone name
NAMESAKE_PERSON_SENTENCES = 2


#: stories whose people's names are remembered (the pipeline places an article's incidents one after another)
NAMESAKE_CACHE_SIZE = 8

#: what follows a headline on a web page's title that is no part of it: the page's date line ("Posted: Friday,
#: January 31, 2014"), a section or site label ("Atlanta News: ...", ":: WRAL.com")
_TITLE_NOISE = re.compile(r"\s*(?:\bPosted:|\bUpdated:|::).*$", re.S)


#: a station's call letters and the words of an outlet's name around its city ("WXYZ 7 News Baton Rouge, Louisiana
#: News and Sports", "FOX 8 WVUE New Orleans News", "WQOW TV: Eau Claire, WI NEWS18 News"): glued to the
#: city's name they made one unknown name of it ("News Baton Rouge"), so they are read as a break
_OUTLET_WORDS = re.compile(r"\b(?:[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?|TV|NEWS\d*|(?:Action\s+)?News|Weather|Sports|"
                           r"Headlines|Channel)\b")


#: a headline is written in Title Case when this share of its words of TITLE_CASE_CHARS letters or more is
#: capitalised, and it has TITLE_CASE_WORDS of them at least: "Eight-Year-Old Hit By Stray Bullet In Dallas" (all),
#: not "Man shot in Dallas" (a third)
TITLE_CASE_SHARE = 0.8
TITLE_CASE_CHARS = 4
TITLE_CASE_WORDS = 3
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@functools.lru_cache(maxsize=1)
def _title_case_words() -> frozenset[str]:
    """The small words a Title-Case headline capitalises (data/title_case_words.txt)."""
    return frozenset(row[0].strip().lower() for row in _data_lines("title_case_words.txt"))


def _sentence_case(head: str) -> str:
    """A Title-Case headline with its small words (_title_case_words) in lower case, but its first word and one
    opening a part ("... | ", ": "): "Hit By Stray Bullet In Dallas" -> "Hit by Stray Bullet in Dallas", so that "in"
    cues Dallas as it does in running text, where capitalised it glued the town into one long unknown name
    (GVA: a Title-Case headline ending "... Outside A Store In New Castle" placed nowhere). Other headlines are as
    written."""
    long = [w.group() for w in _TITLE_WORD.finditer(head) if len(w.group()) >= TITLE_CASE_CHARS]
    if len(long) < TITLE_CASE_WORDS or sum(w[0].isupper() for w in long) < TITLE_CASE_SHARE * len(long):
        return head
    small = _title_case_words()

    def lower(m: re.Match[str]) -> str:
        word = m.group()
        opens = not head[:m.start()].strip() or head[:m.start()].rstrip()[-1] in ":|-–—"
        return word.lower() if word[1:] == word[1:].lower() and word.lower() in small and not opens else word
    return _TITLE_WORD.sub(lower, head)


def _headline(title: str | None, mode: str) -> str:
    """The title as a line of text to read places in: without the page's date line or site label, the words of
    an outlet's name read as breaks (_OUTLET_WORDS), in the case the text is read in ("" when there is none); a
    Title-Case headline's small words in lower case (_sentence_case)."""
    head = _OUTLET_WORDS.sub(" | ", _TITLE_NOISE.sub("", (title or "").strip()))
    return head.lower() if mode == "upper" else _sentence_case(head)


def _title_place(head: str, text: str, whole: str, country: str | None, gz: Gazetteer, mode: str,
                 cue_keys: set[str], options: Options, leaning: str | None = None) -> tuple[Place, Span] | None:
    """The place the headline names (the first line of `whole`), finer than a country and in the article's
    country, with its span in `text` where the text names it too (else an empty span); same-named towns lean to
    the state `leaning` (the page's address's), as the text's do (_locate_in: "Pasadena" on a Los Angeles page)."""
    focus = [(0, len(head))]
    people = _people_near(whole, focus, mode, options, namesakes=country == NAMESAKE_COUNTRY)
    _, loc = _locate_in(country, whole, focus, gz, mode, cue_keys, people, whole, leaning)
    if loc is None or loc.kind == "country" or (country is not None and loc.place.country != country):
        return None
    name = whole[loc.span[0]:loc.span[1]]
    return _city_of_part(_city_of_section(loc.place, gz), whole, gz), _first_span(text, name)


def _first_span(text: str, name: str) -> Span:
    """Where `text` first writes `name`; an empty span where it does not (a name read from the title only)."""
    idx = text.find(name) if name else -1
    return Span(idx, idx + len(name), name) if idx >= 0 else Span(0, 0, "")


def _locate_in(country: str | None, text: str, focus: Sequence[tuple[int, int]],
               gz: Gazetteer, mode: str,
               cue_keys: set[str], people: People = (), whole: str | None = None,
               leaning: str | None = None) -> tuple[_Context, _Loc | None]:
    """The incident's place from the focus and preceding sentences, names read as in `country` and, in a US
    story, in the state the text points to, else the state `whole` (the title and the text) points to, else
    leaning to the state `leaning` (the page's address's) among same-named towns."""
    ctx = _Context(gz, text, mode, country)
    state, bar = _story_state(country, text, whole, gz, mode)
    if state is not None:
        # towns of the state the story is in win over same-named towns elsewhere (Austin, Decatur, Richmond)
        ctx.admin1.add(("US", state.admin1))
    elif leaning is not None and country == NAMESAKE_COUNTRY:
        ctx.admin1.add(("US", leaning))
    areas = _country_cue_table()[2]
    for k in cue_keys:
        for cc, a1 in areas.get(k, ()):
            hit = [e for e in gz.admin1_entries(name_key(a1)) if e.country == cc]
            if hit:
                ctx.admin1.add((cc, hit[0].admin1))
                ctx.cue_admin1.add((cc, hit[0].admin1))
    focus = [(max(0, s), min(len(text), e)) for s, e in focus if e > s] or [(0, len(text))]
    sents = sentences(text)
    focus = _whole_sentences(focus, sents, text)
    # Names anywhere in the focus and the sentences before it make the context for disambiguation.
    lo = min(s for s, _ in focus)
    before = [se for se in sents if se[1] <= lo][-PRECEDING_SENTENCES:]
    regions = sorted(set(focus) | set(before))
    found: list[Mention] = []
    for s, e in regions:
        found += [m for m in find_mentions(text, s, e, ctx, people) if not any(
            f.start == m.start for f in found)]
    found.sort(key=lambda m: m.start)
    _resolve_all(found, ctx)
    # where only the title points to the state: its outlet's city, whose market reaches across the state line
    served = _title_city(whole, text, state, gz) if state is not None and whole and \
        bar == TITLE_STATE_CITY_POPULATION else None
    for m in found:
        if served is not None and state is not None:
            _in_market(m, state, served)
        other = state is not None and _other_state(m, state, ctx, text, bar, served)
        dropped = m.text.lower() in _MONTHS or _state_abbreviation(text, m) or (
                country == NAMESAKE_COUNTRY and mode == "mixed" and _names_a_street(text, m)) or \
            (mode == "mixed" and _origin_or_quarter(text, m)) or \
            bool(_AGE_AFTER.match(text, m.end)) or (mode == "mixed" and m.text in _aged_names(text)
                                                    and not _PLACE_AFTER.match(text, m.end))
        if other and not dropped and state is not None and mode == "mixed" and m.cue == "in" and \
                not QUARTER_AFTER.match(text, m.end) and not _MONTH_ABBREVIATION.match(text, m.start) and \
                not _NO_TOWN_AFTER.match(text, m.end) and not _names_a_building(text, m) and \
                _state_city(text, state, gz) is None and m.text.lower() not in _vehicle_makes():
            city = _quarter_of(text, m, state, gz)
            if city is not None:
                # "Dayton police said ... in Walnut Hills": a quarter of the city whose police the story names
                m.best, m.entries, m.quarter = city, (*m.entries, city), True
                continue
            if not _compass_name(m.text):
                # "in Fountain, Fla.", "hunting in Waitsfield": a town after "in", of another state only in the
                # gazetteer, is a town of the story's state the gazetteer lacks, placed in the area the text ties it
                # to; not where the story names a big city of its state ("SAN DIEGO - ... shot four men in Logan
                # Heights": its quarter), nor a name a number, a possessive or a slash follows ("in Cloud 9",
                # "Broadway/Pike"), nor a car's make ("inside the Kia") or a compass name ("in Northeast")
                m.best, m.unknown = None, True
                ctx.named_admin1.add((state.country, state.admin1))  # the state it is in: _named_area
                continue
        if other or dropped:
            m.best = None  # "in May" is a date, not May, North Dakota
    # "on Nov. 22": a date, not even a village we lack ("Nov" after "on")
    found = [m for m in found if not _MONTH_ABBREVIATION.match(text, m.start)]
    _states_not_cities(found, gz)

    best = _focus_place(text, focus, found, ctx)
    if best is None or best.kind == "country":
        for s, e in reversed(before):
            loc = _pick(_sentence_locs(text, s, e, found, ctx, found), ctx.country)
            if loc is not None and loc.kind != "country" and (
                    ctx.country is None or loc.place.country == ctx.country):
                best = loc
                break
    return ctx, best


def _state_abbreviation(text: str, m: Mention) -> bool:
    """Is this name a US state's abbreviation written after a town ("Hope, Ark.", "Union, Ga."), not a town of that
    name (Ark, Arkansas)? The state's full name ("Gary, Indiana") stays a mention of the state."""
    if m.start < 2 or text[m.start - 2:m.start] != ", ":
        return False
    written = _state_after(text, m.start - 2)
    return written is not None and len(m.text.rstrip(".")) < len(written)


def _whole_sentences(focus: Sequence[tuple[int, int]], sents: Sequence[tuple[int, int]],
                     text: str) -> list[tuple[int, int]]:
    """The focus spans, each that stops inside a sentence of the text (no stop, question or exclamation mark ends
    it) run on to that sentence's end: the parser may end an incident's sentence before a capitalised word inside it
    ("... in the Sarbagh area of Nad" of "... Nad Ali district, Helmand."), and the place is told at its end."""
    out = []
    for s, e in focus:
        if text[s:e].rstrip()[-1:] not in (".", "!", "?", ""):
            e = next((se for ss, se in sents if ss < e < se), e)
        out.append((s, e))
    return out


def _focus_place(text: str, focus: Sequence[tuple[int, int]], found: list[Mention], ctx: _Context) -> _Loc | None:
    """The place the focus sentences name: the first sentence's town, else the most specific place of any; a
    landmark city (_landmark) yields to a town near it that a later focus sentence names."""
    best: _Loc | None = None
    for i, (s, e) in enumerate(focus):
        loc = _pick(_sentence_locs(text, s, e, found, ctx, found), ctx.country)
        if loc is None or loc.place.country not in (None, ctx.country or loc.place.country):
            continue
        if best is not None and best.landmark:
            if _near_landmark(loc, best):
                best = loc  # "shot in suburban Boise. ... in Kuna": the town the landmark told
            continue
        if best is not None and best.residence:
            if _scene_of_resident(loc, best, text):
                return loc  # "Ana Ruiz, 31, of Gary, was shot. ... It happened in Hammond": the act's town
            continue
        if best is None or SPECIFICITY[loc.kind] > SPECIFICITY[best.kind] and not (
                loc.residence and not _within(loc.place, best)):
            # "The Sharkey County sheriff said ... Cayle Ames, of Franklinton, Louisiana, died": a person's home
            # town outside the area an earlier sentence puts the act in is not a finer place of the act
            best = loc
        if i == 0 and SPECIFICITY[best.kind] >= SPECIFICITY["near"] and not best.landmark and not best.residence:
            break
    return best


def _states_not_cities(found: Sequence[Mention], gz: Gazetteer) -> None:
    """A US state's name read as its namesake city, or as its state to be read as that city (_capital_named: "a
    drive-by shooting in New York ... a basketball game in Rochester"), is the state where the sentences also name
    another town of it: the town is the place."""
    for m in found:
        e = m.best
        if e is None or e.country != NAMESAKE_COUNTRY or e.feature not in (POPULATED_PLACE, "admin1") or \
                not e.admin1 or m.key != name_key(e.admin1):
            continue
        cities = [c for c in m.entries if c.feature == POPULATED_PLACE and (c.country, c.admin1) == (e.country, e.admin1)]
        city = e if e.feature == POPULATED_PLACE else max(cities, key=lambda c: (c.population, -c.id), default=None)
        if city is None:
            continue
        # (a town of the state away from the city: Brooklyn is a part of New York, no other town of the state)
        if any(o is not m and o.best is not None and o.best.feature == POPULATED_PLACE and o.best.id != city.id
               and (o.best.country, o.best.admin1) == (e.country, e.admin1)
               and _km((o.best.lat, o.best.lon), (city.lat, city.lon)) > METRO_KM for o in found):
            m.best, m.hint = gz.admin1.get((e.country, e.admin1), e), "area"  # (an area: no capital of it)


#: stories whose state _story_state remembers: it is asked for each incident of an article and again for each
#: country the article may be about (a third of its calls are new: 59 of 170 on 20 MUC-4 texts and 40 GVA articles)
STORY_STATE_MEMO = 64


@functools.lru_cache(maxsize=STORY_STATE_MEMO)
def _story_state(country: str | None, text: str, whole: str | None, gz: Gazetteer,
                 mode: str) -> tuple[Entry | None, int]:
    """The state a US local story is in, and how big a town of another state must be to stay a place in it
    (_other_state): the state the text names (a city of a million stays), else the one its title and text name,
    else the one the places they name lie in (focus.implied_us_state; a city of 100,000 stays). None elsewhere."""
    state = _us_state(country, text, gz, mode)
    if state is not None and (_glued_lone_state(text, state, gz) or _lone_state_in_passing(text, state, gz)):
        implied = implied_us_state(whole or text, gz)
        state = (_state_area(implied, gz) or state) if implied and implied != state.admin1 else state
    if state is not None and whole and whole.endswith(text) and len(whole) > len(text):
        titled = _headline_state(whole[:len(whole) - len(text)], text, gz)
        if titled is not None:
            state = titled
    if state is not None or country != NAMESAKE_COUNTRY or mode != "mixed":
        return _implied_over_city(state, whole or text, gz), OTHER_STATE_CITY_POPULATION
    state = _us_state(country, whole, gz, mode) if whole else None
    if state is not None and whole != text:
        # the state only the title names, often in its outlet's label ("- KSLA News 12 Shreveport"): an outlet covers
        # its neighbours' towns too, and the places the text names together in another state tell where this was
        implied = implied_us_state(text, gz) if not _state_counts(text) else None
        if implied and implied != state.admin1:
            state = _state_area(implied, gz) or state
        county = _county_state(text, gz) if not implied else None
        if county and county != state.admin1:
            # "deputies of the Rankin County sheriff said" under "WTVM.com-Columbus, GA": a county no
            # other state has says more than an outlet's label (GVA but 301-450, where the text names no state and
            # such a county's state differs from the title's: the county's right 6 times of 6)
            state = _state_area(county, gz) or state
    if state is None:
        implied = implied_us_state(whole or text, gz)
        state = _state_area(implied, gz) if implied else None
    return _implied_over_city(state, whole or text, gz), TITLE_STATE_CITY_POPULATION


_COUNTY_RUN = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:County|Parish)\b")


def _county_state(text: str, gz: Gazetteer) -> str | None:
    """The one state of the counties the text names ("Rankin County", "the Richland County Sheriff") that only one
    state has a county of that name (spelled as written; the longest name of the run before "County" that is a
    county's); None when they lie in several states or none is one state's alone."""
    states: set[str] = set()
    for m in _COUNTY_RUN.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[-n:])
            held = {e.admin1 for e in gz.candidates(name_key(name), loose=False) if e.country == NAMESAKE_COUNTRY
                    and e.feature == "admin2" and e.admin1 and spelled_alike(e.name, name)}
            if held:
                if len(held) == 1:
                    states |= held
                break
    return states.pop() if len(states) == 1 else None


def _lone_state_span(text: str, state: Entry, gz: Gazetteer) -> tuple[int, int] | None:
    """Where the text names the story's state, when the state rests on that one naming and on no big city
    (focus.article_us_state gives it without a city): what _glued_lone_state and _lone_state_in_passing then read."""
    found = article_us_state(text, gz)
    if found is None or found[1] is not None or sum(_state_counts(text).values()) != 1:
        return None
    return state_span(text, state.name)


def _glued_lone_state(text: str, state: Entry, gz: Gazetteer) -> bool:
    """True when the story's state rests on one naming of it, inside a longer capitalised name ("said Virginia
    Dawson-Taylor", "Mount Washington", "held on a Missouri Department of Corrections order", "Popeyes Louisiana
    Kitchen"), and on no big city: a person's, a place's or an agency's name, which the places the story names
    (focus.implied_us_state) outweigh. GVA but 301-450, where the places imply another state: the implied one right
    9 times, the named one 2."""
    span = _lone_state_span(text, state, gz)
    if span is None:
        return False
    return bool(re.match(r"\s+[A-Z]", text[span[1]:span[1] + 3])) or bool(
        _WORD_BEFORE_NAME.search(text[max(0, span[0] - 25):span[0]]))


#: a dateline's town before the state it names at the start of a line ("KIDRON, Ohio -", "GREENVILLE, N.C. (WNCT)")
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z .'’-]*,\s*")


def _lone_state_in_passing(text: str, state: Entry, gz: Gazetteer) -> bool:
    """True when the story's state rests on one naming of it, by its full name, outside a dateline, and on no big
    city: a state named in passing ("a handgun reported stolen in Sharon, Pennsylvania", "awaiting extradition in a
    Texas jail", "Colorado news outlets"), which the places the story names together (focus.implied_us_state)
    outweigh, as they do a state glued in a longer name (_glued_lone_state). A dateline ("KIDRON, Ohio -") is where
    the story is. GVA but 301-450, of the stories naming one state once (no big city) and implying another, not
    glued: outside a dateline the implied state is GVA's 5 times of 5; in one, the named state 3 times of 3."""
    span = _lone_state_span(text, state, gz)
    if span is None:
        return False
    line = text.rfind("\n", 0, span[0]) + 1
    return not _DATELINE_TOWN.fullmatch(text, line, span[0])


def _implied_over_city(state: Entry | None, whole: str, gz: Gazetteer) -> Entry | None:
    """The state only a big city's name gave (focus.article_us_state: Fresno, California), unless the places the
    story names lie together in another state (focus.implied_us_state), which then has a town of that name too
    ("Fresno" and "Fort Bend County": Texas), and the story writes no state or writes that one. A state the story
    writes stays."""
    if state is None or state.country != NAMESAKE_COUNTRY:
        return state
    stated = _state_counts(whole)
    if state.name in stated or state.admin1 in stated:
        return state
    found = article_us_state(whole, gz)
    if found is None or not found[1]:
        return state  # (no big city's name gave it)
    implied = implied_us_state(whole, gz)
    if implied is None or implied == state.admin1 or (stated and implied not in stated):
        return state
    key = name_key(found[1])
    if not any(e.country == NAMESAKE_COUNTRY and e.admin1 == implied and e.feature == POPULATED_PLACE
               and spelled_alike(e.name, found[1]) for e in gz.candidates(key, loose=False)):
        return state  # (no town of that name there: Detroit, not Illinois, for all the words a caption names;
        # Paterson, not Louisiana, whose Patterson is another name)
    return _state_area(implied, gz) or state


#: the longest state's name or abbreviation after a city in a headline ("Columbus, GA", "Columbus, Georgia")
STATE_AFTER_CITY_CHARS = 20


def _headline_state(head: str, text: str, gz: Gazetteer) -> Entry | None:
    """The state a headline gives the very city the text's state came from ("WTVM.com-Columbus, GA News" where the
    text names only "Columbus", Ohio's big city), where the text states no state but by the capital's name
    (focus.CAPITAL_NAMES). An outlet's other city ("KXYZ TV 3 - Memphis, Tennessee" on an Atlanta story)
    says nothing of the story's state."""
    found = article_us_state(text, gz)
    if found is None or not found[1] or not set(_state_counts(text)) <= CAPITAL_NAMES.keys():
        return None
    city = found[1]
    for m in re.finditer(rf"\b{re.escape(city)},\s*", head):
        stated = _state_counts(head[m.start():m.end() + STATE_AFTER_CITY_CHARS])
        if len(stated) == 1:
            return _state_area(next(iter(stated)), gz)
    return None


def _us_state(country: str | None, text: str, gz: Gazetteer, mode: str) -> Entry | None:
    """The state a US local story names (focus.article_us_state), as its gazetteer area; None elsewhere."""
    found = article_us_state(text, gz) if country == "US" and mode == "mixed" else None
    return _state_area(found[0], gz) if found else None


def _state_area(name: str, gz: Gazetteer) -> Entry | None:
    """A US state's gazetteer area by any of its names ("District of Columbia" is filed as "Washington, D.C.")."""
    key = name_key(name)
    hit = [e for e in gz.admin1_entries(key) if e.country == "US"] or [
        gz.admin1[("US", e.admin1)] for e in gz.candidates(key, loose=False)
        if e.country == "US" and e.admin1 and ("US", e.admin1) in gz.admin1]
    return hit[0] if hit else None


_TOWN_BEFORE_STATE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s*$")


def _title_city(whole: str, text: str, state: Entry, gz: Gazetteer) -> Entry | None:
    """The town of the story's `state` the title writes before that state ("- wistv.com - Columbia, South
    Carolina", "KLTV.com - Tyler, Texas"): the outlet's city, as a gazetteer entry; None where it writes none."""
    if not whole.endswith(text) or len(whole) == len(text):
        return None
    head = whole[:len(whole) - len(text)]
    names, pattern = _us_state_patterns()
    for m in pattern.finditer(head):
        group = 1 if m.group(1) else 2 if m.group(2) else 0
        if names.get(m.group(group).strip()) != state.name:
            continue
        town = _TOWN_BEFORE_STATE.search(head, 0, m.start(group))
        towns = [e for e in gz.candidates(name_key(town.group(1)), loose=False) if e.country == state.country
                 and e.admin1 == state.admin1 and e.feature == POPULATED_PLACE] if town else []
        if towns:
            return max(towns, key=lambda e: (e.population, -e.id))
    return None


def _in_market(m: Mention, state: Entry, served: Entry) -> None:
    """A town named by a US local story read as a namesake of another state than the story's `state`, far from the
    city of the outlet (`served`, the title's: Shelby, Michigan on a Columbia, South Carolina station's page), is the
    one town of its name within MARKET_KM of that city, where there is one (Shelby, North Carolina)."""
    e = m.best
    if e is None or e.country != served.country or e.admin1 == state.admin1 or \
            e.feature not in (POPULATED_PLACE, "admin2") or _km((e.lat, e.lon), (served.lat, served.lon)) <= MARKET_KM:
        return
    near = [c for c in m.entries if c.country == served.country and c.feature == e.feature
            and _km((c.lat, c.lon), (served.lat, served.lon)) <= MARKET_KM]
    if len(near) == 1:
        m.best = near[0]


def _other_state(m: Mention, state: Entry, ctx: _Context, text: str,
                 bar: int = OTHER_STATE_CITY_POPULATION, served: Entry | None = None) -> bool:
    """A town or county of another state than the story's, which the text does not put in its own state ("Decatur,
    Ill."): in local news far likelier a street, a person or a place the gazetteer lacks than a namesake hundreds of
    miles away ("Homewood", "Mount Sinai", "Cedarville"); a city of `bar` people (a million) is kept unless named as a
    quarter, and so is a town within MARKET_KM of the outlet's city `served` (_title_city)."""
    e = m.best
    if e is None or e.country != state.country or e.admin1 in (None, state.admin1):
        return False
    if e.feature not in (POPULATED_PLACE, "user", "admin2") or (e.country, e.admin1) in ctx.named_admin1:
        return False
    if QUARTER_AFTER.match(text, m.end):
        return True
    city = _state_city(text, state, ctx.gz)
    if city is not None and _km((e.lat, e.lon), (city[0].lat, city[0].lon)) <= METRO_KM:
        return False  # a suburb across the state line (Gary of a Chicago story)
    if served is not None and _km((e.lat, e.lon), (served.lat, served.lon)) <= MARKET_KM:
        return False  # a town of the title's outlet's market across the state line
    # a big city is kept only when named by its own name, not by one of the gazetteer's other names for it
    # ("Hayden", a boy's name, is also Mesa's)
    return e.population < bar or not set(m.key.split()) & set(name_key(e.name).split())


def _city_of_section(place: Place, gz: Gazetteer) -> Place:
    """The city a US place filed under no county lies in (SECTION_DENSITY), at the place's point; else the place."""
    if place.country != NAMESAKE_COUNTRY or place.admin2 is not None or place.feature != POPULATED_PLACE or \
            place.geonameid is None or place.latitude is None or place.longitude is None:
        return place
    at = (place.latitude, place.longitude)
    cities = [e for e in gz.big_towns(place.country, SECTION_CITY_POPULATION)
              if reported_admin1(e.country, e.admin1) == place.admin1 and e.geonameid != place.geonameid and
              _km(at, (e.lat, e.lon)) <= math.sqrt(e.population / (math.pi * SECTION_DENSITY))]
    if not cities or any(e.geonameid == place.geonameid for e in gz.big_towns(place.country, SECTION_CITY_POPULATION)):
        return place  # (a city of that size is no part of another)
    city = min(cities, key=lambda e: (e.admin2 is None, _km(at, (e.lat, e.lon)), e.id))
    return dc_replace(to_place(city, point=at), geo_precision=place.geo_precision,
                      gtd_specificity=place.gtd_specificity, where_prec=place.where_prec)


@functools.lru_cache(maxsize=1)
def _city_parts() -> dict[str, tuple[str, str]]:
    """name key of a part of a big US city -> (the city, its state), from data/city_parts.tsv."""
    return {name_key(row[0]): (row[1], row[2]) for row in _data_lines("city_parts.tsv")}


#: "West Side Austin", "Far South Side Englewood": the side of the city before a part's name
_SIDE_BEFORE = re.compile(r"^(?:(?:far|near)\s+)?(?:north|south|east|west)(?:\s*(?:east|west))?\s+side\s+", re.I)


def _city_of_part(place: Place, whole: str, gz: Gazetteer, at: Place | None = None) -> Place:
    """A US place named as a part of a big city (data/city_parts.tsv: Chicago's Austin, Brooklyn's Red Hook; "West
    Side Austin" too) is that city, at the city's point, when the story (title and text) names the city by its name,
    or the local outlet of its page's address (`at`, _url_place) is that city's, and writes no other state than the
    city's; else the place."""
    name = _SIDE_BEFORE.sub("", place.name or "")
    part = _city_parts().get(name_key(name)) if place.country == NAMESAKE_COUNTRY else None
    if part is None or place.name == part[0]:
        return place
    city_name, state = part
    named = bool(re.search(rf"\b{re.escape(city_name)}\b", whole, re.I)) or (
        at is not None and at.name == city_name and at.admin1 == state)
    if not named or set(_state_counts(whole)) - {state}:
        return place
    city = next((e for e in gz.big_towns(NAMESAKE_COUNTRY, SECTION_CITY_POPULATION)
                 if e.name == city_name and reported_admin1(e.country, e.admin1) == state), None)
    if city is None:
        return place
    return dc_replace(to_place(city), geo_precision=place.geo_precision, gtd_specificity=place.gtd_specificity,
                      where_prec=place.where_prec)


#: a name before one of these words names a part of a town ("in the Hollins neighborhood", "the Ridgeway
#: subdivision", "in the Elkton community"), of the town the story names that holds it (_city_of_quarter);
#: "area" and "community" only in lower case and ending a phrase (a stop, a preposition, a day after them): not
#: "the Dunmore area restaurants", "Dunmore Area Middle School", "the Dunmore community college"
_QUARTER_WORD_AFTER = re.compile(r"\s+(?:(?i:neighbou?rhood|subdivision)\b|section\b|(?:area|community)(?=[,.;:)]|"
                                 r"\s+(?:of|in|on|at|near|around|about|and|when|where|after|before|early|late|"
                                 r"[A-Z][a-z]+day)\b))")
#: a town the story names holds a part named after a smaller place of the gazetteer within this distance of its
#: point: a big US city's quarters lie within some 15 km of it (Nashville's Hermitage, Boston's Jamaica Plain), a
#: small town's unincorporated communities closer; GVA codes the town, as the police that work there do. A town
#: 20 km off is a neighbour, named for another reason (Hartford in a story of a part of Vernon, Connecticut)
QUARTER_KM = 16.0
#: ...and the town is this many times the place's people: a town's part is much smaller than the town; a town named
#: with "area" or "community" beside a neighbour of its size is itself ("the Princeton area": not Bluefield, West
#: Virginia, 1.7 times its people; "the Wyandanch community": not Deer Park, 2.3 times)
QUARTER_CITY_RATIO = 2.5


def _city_of_quarter(place: Place, text: str, whole: str, start: int, end: int,
                     gz: Gazetteer) -> tuple[Place, Span] | None:
    """The town a US place named as a part of one ("in the Hollins neighborhood", "in the Elkton community") lies in:
    of the towns of the place's state that the story (title and text, `whole`) names, QUARTER_CITY_RATIO times the
    place's people or more and within QUARTER_KM of its point, the nearest, at its own point with the place's
    precision; None where the story writes the place's name (its own, or as `text[start:end]` does) before no word of
    a part anywhere, or names no such town."""
    if place.country != NAMESAKE_COUNTRY or place.feature != POPULATED_PLACE or place.latitude is None or \
            place.longitude is None:
        return None
    names = {name for name in (place.name, text[start:end]) if name}
    if not any(_QUARTER_WORD_AFTER.match(whole, m.end()) for name in names
               for m in re.finditer(rf"\b{re.escape(name)}\b", whole)):
        return None
    here = (place.latitude, place.longitude)
    own = [e for e in gz.candidates(name_key(place.name or ""), loose=False) if e.geonameid == place.geonameid]
    size = max((e.population for e in own), default=0)
    best: tuple[float, Entry, tuple[int, int]] | None = None
    for run in _CAPITALISED_RUN.finditer(whole):
        words = _words(run.group())
        for i in range(len(words)):
            for n in range(min(STATE_CITY_WORDS, len(words) - i), 0, -1):
                a, b = run.start() + words[i][0], run.start() + words[i + n - 1][1]
                key = name_key(whole[a:b])
                if not key or key == name_key(place.name or ""):
                    continue
                for e in gz.candidates(key, loose=False):
                    if e.country != place.country or e.feature != POPULATED_PLACE or \
                            e.population < QUARTER_CITY_RATIO * size or \
                            reported_admin1(e.country, e.admin1) != place.admin1 or name_key(e.name) != key:
                        continue
                    km = _km(here, (e.lat, e.lon))
                    if km <= QUARTER_KM and (best is None or km < best[0]):
                        best = (km, e, (a, b))
    if best is None:
        return None
    _, city, (a, b) = best
    head = len(whole) - len(text)  # the title before the text: a town named only there has no span of the text
    span = Span(a - head, b - head, whole[a:b]) if a >= head else Span(0, 0, "")
    return (dc_replace(to_place(city), geo_precision=place.geo_precision, gtd_specificity=place.gtd_specificity,
                       where_prec=place.where_prec), span)


#: "the Oak Park neighborhood of south Sacramento", "the Austin community of Chicago": the city a quarter is written in
_QUARTER_OF_CITY = re.compile(
    QUARTER_AFTER.pattern + r"\s+(?:in|of)\s+(?:the\s+city\s+of\s+)?(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|"
    r"(?:north|south)(?:ern)?\s+|central\s+|downtown\s+)?(?P<city>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _city_of_neighbourhood(place: Place, text: str, end: int, gz: Gazetteer) -> tuple[Place, Span] | None:
    """The city a town of the gazetteer is named a quarter of ("shots fired in the Parkway neighborhood of south
    Sacramento": Parkway is also a census place beside Sacramento): that city of the same state, bigger than the
    place, at the city's point with the place's precision; None when the text writes no such city after the place."""
    if place.country != NAMESAKE_COUNTRY or place.feature != POPULATED_PLACE:
        return None
    m = _QUARTER_OF_CITY.match(text, end)
    if m is None:
        return None
    words = m.group("city").split()
    for n in range(len(words), 0, -1):  # the longest name first: "Sacramento Police" is Sacramento
        name = " ".join(words[:n]).rstrip(".")  # (the sentence's full stop)
        towns = [e for e in gz.candidates(name_key(name), loose=False) if e.feature == POPULATED_PLACE
                 and e.country == place.country and reported_admin1(e.country, e.admin1) == place.admin1
                 and e.geonameid != place.geonameid]
        if towns:
            city = max(towns, key=lambda e: (e.population, -e.id))
            start = m.start("city")
            return (dc_replace(to_place(city), geo_precision=place.geo_precision,
                               gtd_specificity=place.gtd_specificity, where_prec=place.where_prec),
                    Span(start, start + len(name), name))
    return None


#: a name before "neighborhood", "section" or (ending a phrase) "community" names a quarter of a city ("in the
#: Elmwood neighborhood", "the Fairmount section of Trenton"); _QUARTER_WORD_AFTER's "area" is left out: "the Joliet
#: area" of a Chicago story is a town of its own
_NEIGHBOURHOOD_WORD_AFTER = re.compile(r"\s+(?:(?i:neighbou?rhood)\b|section\b|community(?=[,.;:)]|\s+(?:of|in|on|at|"
                                       r"near|when|where|after|before|early|late|[A-Z][a-z]+day)\b))")
#: the words after a big city's name in a run of capitals that still name the city ("Dayton Police", "Dayton Metro
#: Police", "the WXYZ Dayton News"), where any other capitalised word makes the run another name ("Austin Reyes")
_CITY_RUN_TAIL = frozenset(("police", "metro", "news", "sheriff", "fire", "mayor"))


#: "in" before a name, and a capitalised word after one, for a town written as a town ("shot in Elmwood"), not as a
#: longer name's start ("in Elmwood Park")
_BARE_TOWN_BEFORE = re.compile(r"\b[Ii]n\s+$")
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")


@functools.lru_cache(maxsize=4)
def _big_cities_by_name(gz: Gazetteer) -> dict[str, list[Entry]]:
    """name key -> the US towns of QUARTER_CITY_POPULATION people or more of that name (built once a gazetteer)."""
    cities: dict[str, list[Entry]] = {}
    for e in gz.big_towns(NAMESAKE_COUNTRY, QUARTER_CITY_POPULATION):
        cities.setdefault(name_key(e.name), []).append(e)
    return cities


def _big_cities_named(whole: str, gz: Gazetteer) -> list[tuple[int, list[Entry], tuple[int, int]]]:
    """The US cities of QUARTER_CITY_POPULATION people or more that `whole` names as a run of capitals of their own
    (_CAPITALISED_RUN; a compass word before them, and _CITY_RUN_TAIL's words after them, allowed: "East Dayton",
    "Dayton Police"), not as a longer name's part ("Dayton Avenue", "West Dayton Road" is no quarter): each mention's
    offset, the cities of that name and its span."""
    cities = _big_cities_by_name(gz)
    found: list[tuple[int, list[Entry], tuple[int, int]]] = []
    for run in _CAPITALISED_RUN.finditer(whole):
        words = _words(run.group())
        if name_key(run.group()) in cities:
            found.append((run.start(), cities[name_key(run.group())], (run.start(), run.end())))
            continue
        first = 1 if len(words) > 1 and words[0][2].lower() in _compass_words() else 0
        for n in range(min(STATE_CITY_WORDS, len(words) - first), 0, -1):
            rest = [w[2].lower() for w in words[first + n:]]
            key = name_key(run.group()[words[first][0]:words[first + n - 1][1]])
            if key in cities and all(w in _CITY_RUN_TAIL for w in rest):
                a = run.start() + words[first][0]
                found.append((a, cities[key], (a, run.start() + words[first + n - 1][1])))
                break
    return found


def _big_city_of_quarter(place: Place, written: str, at: int, text: str, whole: str, url: str | None,
                         gz: Gazetteer) -> tuple[Place, Span] | None:
    """The big city a US place named as a quarter (_NEIGHBOURHOOD_WORD_AFTER: "in the Elmwood neighborhood") lies in
    where the gazetteer's town of that name lies far from it, in another state or farther than QUARTER_KM (a
    quarter of Dayton that the gazetteer knows only as a village two states off), or is the city itself by another
    name: of the cities of QUARTER_CITY_POPULATION people that the story names (_big_cities_named), the one named
    nearest the place (`written` at offset `at` of `whole`, the title and the text), else the city of the page's
    outlet (_outlet_place; not the address's path, which names the quarter), QUARTER_CITY_RATIO times the place's
    people or more, at the city's point with the place's precision; None where the place's name is written before
    no such word, or no such city is named or lies far from it. A crime story names the city whose police work its
    quarters, or is that city's outlet's; _city_of_quarter takes the town close by."""
    if place.country != NAMESAKE_COUNTRY or place.latitude is None or place.longitude is None or not place.name or \
            place.feature not in (POPULATED_PLACE, "admin2", "admin1") or (
            place.feature == "admin1" and name_key(place.name) == name_key(place.admin1 or "")):
        return None  # (a state shown by a name of it the gazetteer lacks: "the Elmwood neighborhood", Ohio)
    names = {name for name in (place.name, written) if name}
    written_at = [(m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", whole)]
    lowered = whole.lower()
    if not any(_NEIGHBOURHOOD_WORD_AFTER.match(whole, i) for _, i in written_at) or any(
            _INSTITUTION_AFTER.match(lowered, i) and "\n" not in whole[i:i + 3] or
            _BARE_TOWN_BEFORE.search(whole, max(0, a - 4), a) and not _CAPITAL_WORD_AFTER.match(whole, i) and
            not _NEIGHBOURHOOD_WORD_AFTER.match(whole, i) and not _QUARTER_WORD_AFTER.match(whole, i)
            for a, i in written_at):
        return None  # a town whose own police the story names ("Elmwood police said"), or that it writes as a town
        # elsewhere ("in Elmwood"), is a town: "a quiet Elmwood neighborhood" is one of its own
    own = [e for e in gz.candidates(name_key(place.name), loose=False) if e.geonameid == place.geonameid]
    size = max((e.population for e in own), default=0)
    head = len(whole) - len(text)  # the title before the text
    own_keys = {name_key(n) for n in names}
    named = [(abs(a - at), es, span) for a, es, span in _big_cities_named(whole, gz)
             if name_key(whole[span[0]:span[1]]) not in own_keys]
    if named:
        _, es, (a, b) = min(named, key=lambda x: x[0])
        city = max(es, key=lambda e: (reported_admin1(e.country, e.admin1) == place.admin1, e.population, -e.id))
        span = Span(a - head, b - head, whole[a:b]) if a >= head else Span(0, 0, "")
        found = to_place(city)
    else:
        outlet = _outlet_place(_url_parts(url)[0], gz) if url else None
        if outlet is None or outlet.feature != POPULATED_PLACE or outlet.country != NAMESAKE_COUNTRY:
            return None
        es = [e for e in gz.big_towns(NAMESAKE_COUNTRY, QUARTER_CITY_POPULATION) if e.geonameid == outlet.geonameid]
        if not es:
            return None
        city, span, found = es[0], Span(0, 0, ""), outlet
    if city.geonameid != place.geonameid and city.population < QUARTER_CITY_RATIO * size:
        return None
    counties = {name_key(m.group(1)) for m in _COUNTY_RUN.finditer(text)}
    if counties and name_key(city.admin2 or "") not in counties:
        return None  # "HORRY COUNTY, S.C. - ... in the Arrowhead community": a county's, not the outlet's city
    return (dc_replace(found, geo_precision=place.geo_precision, gtd_specificity=place.gtd_specificity,
                       where_prec=place.where_prec), span)


#: a one-word name this common in English (wordfreq zipf) is no town of the story's county ("Spring", "Forest"); a
#: less common one is, though a word elsewhere: a town the very county holds ("FRANKLIN ... Johnson County")
COUNTY_TOWN_WORD_ZIPF = 4.5


#: a town the gazetteer files under no county is taken for a town of a county this close to the county's point
#: ("in Kilmichael" of a Montgomery County story: 15 km); a county's towns lie up to some 40 km from its middle, as
#: DATELINE_COUNTY_KM's do
COUNTY_TOWN_KM = 40.0


def _of_county(e: Entry, place: Place) -> bool:
    """Is the gazetteer's town `e` in the county `place`: filed under it, or filed under no county and within
    COUNTY_TOWN_KM of its point?"""
    if e.admin2 == place.admin2:
        return True
    return e.admin2 is None and place.latitude is not None and place.longitude is not None and \
        _km((e.lat, e.lon), (place.latitude, place.longitude)) <= COUNTY_TOWN_KM


#: "on Doswell Town Road in Meherrin", "along Highway 30 in Stokes": a street's name, then "in" and a capitalised
#: name, is a street of a town and the name the town's (not "in Hanover County" nor "in Pine Township": areas)
_STREET_IN_TOWN = re.compile(
    r"\b(?:" + _STREET_ENDINGS + r"|Court|Circle|Way|Street|Rd\.|St\.|Ave\.|Dr\.|Ln\.|Hwy\.?|(?:Highway|Route) \d+)"
    r"\s+in\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b(?!\s+(?:County|Parish|Township|Twp|Borough)\b)")


#: "Ann Lee, 52, of Birch Lane in Dorset": a street after a comma and "of" is where someone lives, no scene
_HOME_STREET = re.compile(r",\s+of\s+(?:(?:\d+|[A-Z][\w.'-]*)\s+){0,5}$")
#: characters before a street's ending read for _HOME_STREET: enough for a house number and a street's name of a
#: few words after ", of"
HOME_STREET_WINDOW = 60


def _in_county(town: Place, county: Place) -> Place:
    """`town`, a town the text ties to the US `county`, filed under that county: the writer's county over the
    gazetteer's, which files some towns under none or a neighbour ("Kannapolis" in a Rowan County story)."""
    return town if town.admin2 == county.admin2 else dc_replace(town, admin2=county.admin2)


def _street_town_of_county(place: Place, text: str, gz: Gazetteer) -> tuple[Place, Span] | None:
    """Where the text places an incident only in a US county and names no town of it (_county_town), the town whose
    street it names ("on Doswell Town Road in Meherrin"; _STREET_IN_TOWN): a town of the county's state in the county
    (_of_county) or within COUNTY_TOWN_KM of its point, where the gazetteer has one; else, where the gazetteer has no
    town of that name in the state, a town it lacks, in the county (village-admin2). None where the name is the
    county's own, a state's, a month's, an area's ("Sacramento County") or a compass name's ("Northeast"), or one the
    text writes another state after, or a town of the state far from the county."""
    here = _us_county_point(place)
    if here is None:
        return None
    names = _us_state_patterns()[0]
    for found in _STREET_IN_TOWN.finditer(text):
        if _HOME_STREET.search(text[max(0, found.start() - HOME_STREET_WINDOW):found.start()]):
            continue  # "Ann Lee, 52, of Birch Lane in Dorset": her home's street, not where it happened
        words = found.group("name").split()
        while len(words) > 1 and (words[-1].lower() in _WEEKDAYS or words[-1].lower() in _MONTHS):
            words.pop()  # "on Main Street in Fairview Thursday": the day tells when
        name = " ".join(words)
        key = name_key(name)
        written = _state_after(text, found.end("name"))
        if not key or key == name_key(place.admin2 or "") or name in names or name.lower() in _MONTHS or \
                _AREA_WORD.search(name) or _compass_name(name) or \
                (written is not None and written != _state_name(place.admin1)):
            continue
        span = Span(found.start("name"), found.start("name") + len(name), name)
        return _named_town_of_county(place, here, key, name, span, gz, COUNTY_TOWN_KM, refile=True)
    return None


def _county_town(place: Place, whole: str, gz: Gazetteer) -> Entry | None:
    """The town of a US county that the story (title and text) names, where it places the incident only in the
    county ("in Navarro County", "a Catoosa County deputy"): the town named most, then the biggest; a one-word name
    as common in English as COUNTY_TOWN_WORD_ZIPF is no town's ("Forest", "Spring"), the county's own name no town's
    either. None when it names none or the place is no US county."""
    if place.country != NAMESAKE_COUNTRY or place.feature != "admin2" or not place.admin2:
        return None
    county = name_key(place.admin2)
    named: dict[int, tuple[int, Entry]] = {}
    for run in _CAPITALISED_RUN.finditer(whole):
        words = _words(run.group())
        for n in range(min(STATE_CITY_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                surface = run.group()[words[i][0]:words[i + n - 1][1]]
                key = name_key(surface)
                # (how common the name is as written: its key folds letters, "Hill" is "hil")
                if not key or key == county or (n == 1 and _zipf(fold(surface)) >= COUNTY_TOWN_WORD_ZIPF):
                    continue
                for e in gz.candidates(key, loose=False):
                    if e.country == place.country and e.feature == POPULATED_PLACE and _of_county(e, place) \
                            and reported_admin1(e.country, e.admin1) == place.admin1 and name_key(e.name) == key:
                        named[e.id] = (named.get(e.id, (0, e))[0] + 1, e)
    if not named:
        return None
    return max(named.values(), key=lambda ne: (ne[0], ne[1].population, -ne[1].id))[1]


def _state_city(text: str, state: Entry, gz: Gazetteer) -> tuple[Entry, str] | None:
    """The big city of its state a US local story names most (focus.article_us_state): its gazetteer entry and the
    name as the story writes it."""
    found = article_us_state(text, gz)
    city = found[1] if found else None
    towns = [e for e in gz.candidates(name_key(city), loose=False) if e.country == "US"
             and e.admin1 == state.admin1 and e.feature == POPULATED_PLACE] if city else []
    return (max(towns, key=lambda e: (e.population, -e.id)), city or "") if towns else None


def _served_or_state(text: str, state: Entry, city: tuple[Entry, str] | None, url: str | None, mode: str,
                     gz: Gazetteer) -> tuple[Place, Span]:
    """Where a US local story names no place of its state and no big city of it: the city of that state the page's
    address names (_url_place: an outlet's, ".../4-shot-in-northwest-atlanta/"), likelier than the state as a whole;
    else _state_fallback."""
    served = _url_place(url, gz) if url and mode == "mixed" and city is None else None
    if served is not None and served.feature == POPULATED_PLACE and served.country == state.country and \
            served.admin1 == reported_admin1(state.country, state.admin1):
        return served, Span(0, 0, "")
    return _state_fallback(text, state, city)


def _state_fallback(text: str, state: Entry, city: tuple[Entry, str] | None) -> tuple[Place, Span]:
    """Where a US local story names no place of its state for an incident: the big city of that state the story
    names (its city, _state_city), else the state."""
    if city is not None:
        town, name = city
        return to_place(town, "near"), _first_span(text, name)
    span = state_span(text, state.name) or (0, 0)
    return to_place(state, "admin1"), Span(span[0], span[1], text[span[0]:span[1]])


def _country_span(text: str, cc: str, gz: Gazetteer) -> tuple[int, int] | None:
    names = _country_names(gz)
    keyed = _country_cue_table()[0]
    for m in _WORD.finditer(text):
        k = name_key(m.group())
        if names.get(k) == cc or any(c == cc for c, _ in keyed.get(k, ())):
            return m.start(), m.end()
    return None
