"""ACLED actors: an incident's two sides in ACLED's naming, their actor-type (inter) codes 1-8, the interaction code,
civilian targeting and the disorder type.

The names follow ACLED's conventions, learned from its data (scripts/derive_acled_conventions.py writes the tables under
data/acled_*.tsv): state forces are "Military Forces of Ukraine (2019-)" / "Police Forces of Kenya (2013-)" with the
regime in force on the incident's date, demonstrators "Protesters (Pakistan)", rioters "Rioters (India)", victims
"Civilians (Iraq)", unnamed attackers "Unidentified Armed Group (Mexico)"; a named group takes ACLED's own name for it
("Islamic State" in Iraq is "Islamic State (Iraq)"). Which side acted is read from the incident's evidence text: the
side named before an act told in the active voice, or after "by" ("were killed by police"), acted; the side an act
falls on ("soldiers were killed", "killed two civilians") is the target; a side that only speaks or accuses acts on
nothing.

    >>> from eventwire.actors import acled_actors
    >>> acled_actors({"country": "UA", "date": "2020-05-01", "event_type": "Battles",
    ...               "summary": "Ukrainian soldiers shelled NAF positions near Zolote."}).actor1
    'Military Forces of Ukraine (2019-)'
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

#: ACLED's actor types (codebook): the number a row's inter1/inter2 holds, and the label ACLED writes from 2023 on
INTER_LABELS = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia", 5: "Rioters",
    6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}
#: groups.tsv kinds -> ACLED actor type: organised armed groups fighting the state are rebels (2); cartels, militias
#: and parties' armed wings are political militias (3); a state's own forces are 1
GROUP_KIND_INTER = {"jihadist": 2, "rebel": 2, "separatist": 2, "leftist": 2, "rightist": 3, "cartel": 3, "militia": 3,
                    "state": 1}
#: sub-event types where ACLED marks civilian targeting whatever the second side (force used on protesters), and
#: event types where it marks it when civilians are the side attacked (mob violence only among riots): read from
#: the current layout's Bangladesh extract, where a violent demonstration that hurt civilians is not so marked
CIVILIAN_TARGETING_ALWAYS = {"Excessive force against protesters"}
CIVILIAN_TARGETING_EVENTS = {"Violence against civilians", "Explosions/Remote violence"}
CIVILIAN_TARGETING_SUBEVENTS = {"Mob violence"}
#: words between a side's name and the act it did ("soldiers of the 3rd brigade reportedly shot"): further apart,
#: the act is usually someone else's
ACT_REACH = 6
#: words before a cue read for the state it belongs to ("Israeli warplanes", "the Turkish army")
STATE_REACH = 2
#: words between a side and a verb that make the verb not the side's own act: a relative clause or preposition ("police
#: who were", "forces in the town"), or the side speaking or accusing ("police said gunmen killed", "Israel saying Hamas")
_SPOKEN_OR_APART = re.compile(
    r"\b(?:who|whom|which|that|of|as|in|at|on|near|said|say|says|saying|told|reported|reports|claimed|claims|"
    r"accused|accuses|alleged|alleges|stated|according|blamed|blames)\b", re.IGNORECASE)
#: state abbreviations read only in capitals ("US drone strike"; "us" is a pronoun)
_UPPER_STATES = {"US": "US", "UK": "GB", "UAE": "AE"}
#: the name ACLED gives a side whose country it cannot name (no country coded for the incident)
NO_COUNTRY = ""


@dataclass(frozen=True)
class AcledActors:
    """ACLED's actor1/actor2 and their inter codes (None where there is no second side)."""

    actor1: str
    inter1: int | None
    actor2: str = ""
    inter2: int | None = None

    @property
    def interaction(self) -> int | None:
        """ACLED's interaction code: the two inter codes, lower first (17: state forces on civilians); one side alone
        is its code then 0 (60: protesters only)."""
        codes = sorted(c for c in (self.inter1, self.inter2) if c)
        if not codes:
            return None
        return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


# -- data ----------------------------------------------------------------------------------------------------------
def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("eventwire").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items()}


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, tuple[str, str]]  # ISO2 -> (ACLED country name, the name after "Forces of")
    forces: dict[tuple[str, str], list[tuple[int, int | None, str]]]  # (ISO2, kind) -> [(first, last, name)]
    names: dict[str, list[tuple[str, int, str, int]]]  # key -> [(ACLED name, inter, ISO2, rows)]
    disorder: dict[tuple[str, str], str]
    cues: list[tuple[re.Pattern[str], str]]
    demonyms: dict[str, str]  # lower-case demonym or country word -> ISO2
    group_kinds: dict[str, str]  # normalised group name -> groups.tsv kind
    group_aliases: dict[str, list[str]]  # normalised group name -> every name groups.tsv gives the group
    coalitions: dict[str, tuple[str, set[str]]]  # ISO2 -> (the coalition ACLED codes acting there, its states' ISO2)
    ruling: dict[tuple[str, str], tuple[str, str]]  # (group, ISO2) -> (first day it is the state, kind)
    # ISO2 -> [(cue, actor1 kind, actor2 kind, first day, last day)]; a blank day is no bound
    unseen: dict[str, list[tuple[re.Pattern[str], str, str, str, str]]]


def name_key(name: str) -> str:
    """An actor name compared loosely: lower case, no qualifier in brackets, no acronym before a colon, no
    punctuation ("PKK: Kurdistan Workers Party" -> "kurdistan workers party", "Al-Shabaab" -> "al shabaab")."""
    name = re.sub(r"\([^()]*\)", " ", name or "")
    name = re.sub(r"^[^:]{1,20}:\s*", "", name)
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower().replace("'", "")).split())


@lru_cache(maxsize=1)
def tables() -> _Tables:
    countries = {r["iso2"]: (r["country"], r["forces_of"]) for r in _rows("acled_countries.tsv")}
    forces: dict[tuple[str, str], list[tuple[int, int | None, str]]] = {}
    for r in _rows("acled_state_forces.tsv"):
        forces.setdefault((r["iso2"], r["kind"]), []).append(
            (int(r["first"]), int(r["last"]) if r["last"] else None, r["name"]))
    names: dict[str, list[tuple[str, int, str, int]]] = {}
    for r in _rows("acled_actors.tsv"):
        entry = (r["name"], int(r["inter"]), r["iso2"], int(r["rows"]))
        keys = {name_key(r["name"])}
        acronym = re.match(r"^([^:]{1,20}):", r["name"])
        if acronym:
            keys.add(name_key(acronym.group(1)))
        for part in re.split(r"\s+and/or\s+|\s+-\s+", r["name"])[:1]:
            keys.add(name_key(part))
        for key in keys - {""}:
            names.setdefault(key, []).append(entry)
    disorder = {(r["event_type"], r["sub_event_type"]): r["disorder_type"] for r in _rows("acled_disorder.tsv")}
    cues = [(re.compile(rf"\b(?:{r['cue']})\b", re.IGNORECASE), r["kind"]) for r in _rows("acled_actor_cues.tsv")]
    demonyms: dict[str, str] = {}
    text = resources.files("eventwire").joinpath("data/country_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[1] != "1":
            continue
        for word in cells[2].split("|"):
            demonyms.setdefault(word.lower(), cells[0])
    for code, (country, forces_of) in countries.items():
        demonyms.setdefault(country.lower(), code)
        demonyms.setdefault(re.sub(r"^the\s+", "", forces_of.lower()), code)
    group_kinds: dict[str, str] = {}
    group_aliases: dict[str, list[str]] = {}
    for r in _rows("groups.tsv"):
        aliases = [r["canonical"], *r["aliases"].split("|")]
        for alias in aliases:
            group_kinds.setdefault(name_key(alias), r["kind"])
            group_aliases.setdefault(name_key(alias), aliases)
    coalitions = {r["iso2"]: (r["name"], set(r["states"].split("|"))) for r in _rows("acled_coalitions.tsv")}
    ruling = {(r["group"], r["iso2"]): (r["from"], r["kind"]) for r in _rows("acled_ruling_groups.tsv")}
    unseen: dict[str, list[tuple[re.Pattern[str], str, str, str, str]]] = {}
    for r in _rows("acled_unseen_sides.tsv"):
        unseen.setdefault(r["iso2"], []).append((re.compile(r["cue"], re.IGNORECASE), r["actor1"], r["actor2"],
                                                 r["from"], r["to"]))
    return _Tables(countries, forces, names, disorder, cues, demonyms, group_kinds, group_aliases, coalitions, ruling,
                   unseen)


# -- names -----------------------------------------------------------------------------------------------------------
def country_label(iso2: str | None) -> str:
    """ACLED's name for a country ("CD" -> "Democratic Republic of Congo"), else pycountry's common name."""
    if not iso2:
        return NO_COUNTRY
    known = tables().countries.get(iso2.upper())
    if known:
        return known[0]
    import pycountry

    found = pycountry.countries.get(alpha_2=iso2.upper())
    return (getattr(found, "common_name", None) or found.name) if found else iso2


#: the period a state forces name closes with ("Military Forces of Ukraine (2019-)", "... (2002-2013)")
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)$")


def state_forces(iso2: str | None, kind: str, year: int | None) -> str:
    """"Military Forces of X (YYYY-)" / "Police Forces of X (YYYY-)": the regime in force in `year` (the latest one
    ACLED names when the year is unknown). A year no period of ACLED's holds (a 1970 attack in the United States,
    whose only police period ACLED names is "(2021-)") gets the name with no period: a period's label is a claim
    about the government of the day, and a later (or ended) period's would be a wrong one."""
    label = "Military" if kind == "military" else "Police"
    if not iso2:
        return f"{label} Forces"
    code = iso2.upper()
    spans = sorted(tables().forces.get((code, kind), []), key=lambda s: (s[0], s[1] or 9999))
    if spans:
        if year is None:
            return spans[-1][2]
        fitting = [s for s in spans if s[0] <= year and (s[1] is None or year <= s[1])]
        if fitting:
            return fitting[-1][2]
        return _PERIOD.sub("", spans[-1][2])
    known = tables().countries.get(code)
    return f"{label} Forces of {known[1] if known else country_label(code)}"


def group_name(name: str, iso2: str | None) -> tuple[str, int]:
    """A named group in ACLED's naming and its inter code: ACLED's most used name for it, preferring the one coded in
    the incident's country ("Islamic State" in IQ -> "Islamic State (Iraq)"); a group ACLED never names keeps its
    name, with the inter code of its kind in groups.tsv (2 when unknown)."""
    t = tables()
    for pattern, kind in t.cues:
        if kind.startswith("name:") and pattern.fullmatch(name.strip()):
            return group_name(kind[5:], iso2) if name_key(kind[5:]) != name_key(name) else (kind[5:], _inter_of(kind[5:]))
    key = name_key(name)
    found = t.names.get(key, [])
    if not found and key:
        # "Hamas" -> "Hamas Movement": ACLED's name opens with the group's own
        found = [f for k, entries in t.names.items() if k.startswith(key + " ") for f in entries]
    if found:
        here = [f for f in found if iso2 and f[2] == iso2.upper()]
        best = max(here or found, key=lambda f: (name_key(f[0]) == key, f[3]))
        if not here and iso2 and re.search(r"\([^()]+\)", best[0]):
            # "Islamic State (Iraq)", "(Syria)", ...: the same group in a country ACLED's tables lack is named so
            base = re.sub(r"\s*\(.*", "", best[0])
            return f"{base} ({country_label(iso2)})", best[1]
        return best[0], best[1]
    if _STATE_FORCES_NAME.match(name):
        # the forces of a state ACLED's tables name no country for (a de facto state's: "Military Forces of Artsakh
        # (2007-)", acled_actor_cues.tsv) are a state's forces to ACLED, as its 2022 extract codes them (inter 1)
        return name, 1
    return name, GROUP_KIND_INTER.get(t.group_kinds.get(key, ""), 2)


def _inter_of(name: str) -> int:
    found = tables().names.get(name_key(name), [])
    exact = [f for f in found if f[0] == name]
    return (exact or found)[0][1] if found else 2


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type for an event (sub-event) type, as its current data codes it."""
    d = tables().disorder
    if not event_type:
        return ""
    found = d.get((event_type, sub_event_type or ""))
    if found:
        return found
    kinds = {v for (e, _), v in d.items() if e == event_type}
    return kinds.pop() if len(kinds) == 1 else ""


def civilian_targeting(actors: AcledActors, event_type: str | None, sub_event_type: str | None) -> str:
    """"Civilian targeting" where ACLED writes it: force on protesters, or civilians the side attacked in violence
    against civilians, explosions / remote violence and mob violence; else blank."""
    if sub_event_type in CIVILIAN_TARGETING_ALWAYS:
        return "Civilian targeting"
    if actors.inter2 == 7 and (event_type in CIVILIAN_TARGETING_EVENTS or sub_event_type in CIVILIAN_TARGETING_SUBEVENTS):
        return "Civilian targeting"
    return ""


# -- sides in the text -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    """A side named in the text: its kind (military, police, unidentified, civilians, protesters, rioters or
    name:<ACLED actor>), where, whether it acted (True), was acted on (False) or neither (None), and the state a
    demonym before it names ("Israeli warplanes" -> IL)."""

    kind: str
    start: int
    acted: bool | None
    state: str | None = None


#: ACLED names too generic to be looked for in a text as they stand
_GENERIC_NAME = re.compile(r"^(?:Unidentified|Civilians|Protesters|Rioters|Islamist Militia|Militia|Private Security|"
                           r"Prisoners|Labour Group|Farmers|Students|Women|Journalists|Health Workers|Refugees|Sole Perpetrator)",
                           re.IGNORECASE)
#: a form of an ACLED name shorter than this many letters is not looked for (too many false hits)
MIN_NAME_FORM = 4


#: ACLED's names of identity militias: "Katsina Communal Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)"
_COMMUNAL = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*)?) (Communal|Ethnic|Clan|Tribal|Indigenous) Militia \(")


#: a faction's own name in the brackets closing an ACLED name ("(Imbonerakure Faction)", "(Raia Mutomboki)"): one
#: to three capitalised words, less a closing "(Splinter) Faction"
_FACTION = re.compile(r"\(((?:[A-Z][a-z][\w'-]*)(?: [A-Z][a-z][\w'-]*){0,2}?)(?: (?:Splinter )?[Ff]action)?\)\s*$")
#: bracketed qualifiers that are no faction's name: a period ("(2019-)") or a kind of member ("(Pro-Government)")
_COUNTRY_OR_PERIOD = re.compile(r"^(?:\d|Pro-|Greater |West |Sahel|Zaire)")


@lru_cache(maxsize=256)
def _name_forms(iso2: str) -> list[tuple[re.Pattern[str], str]]:
    """How the text may name the actors ACLED codes in a country: the name without its qualifiers ("Southern
    Resistance"), a unit after a state's forces ("Harbour Brigade" of "Military Forces of Freedonia (2011-)
    Harbour Brigade"), an acronym before a colon ("NAF", "QSD")."""
    forms: list[tuple[re.Pattern[str], str]] = []
    communal: dict[str, tuple[int, str]] = {}  # pattern -> (rows, the most used ACLED name it stands for)
    factions: list[tuple[re.Pattern[str], str]] = []
    countries = {country for country, _ in tables().countries.values()}
    for entries in tables().names.values():
        for name, _, code, rows in entries:
            identity = _COMMUNAL.match(name) if code == iso2 else None
            if identity:
                # "Katsina militiamen" / "a Zamfara militia" are ACLED's "Katsina Communal Militia (Nigeria)";
                # "armed Fulani herdsmen" its "Fulani Ethnic Militia (Nigeria)"; "unidentified militia" its
                # "Unidentified Communal Militia (Kenya)"
                who = identity.group(1)
                place = (r"\b(?:unidentified|unknown|local|communal)" if who == "Unidentified"
                         else rf"(?<![\w-]){re.escape(who)}")
                patterns = [rf"{place}(?:\s+(?:communal|ethnic|clan|tribal|indigenous))?\s+militi(?:a|as|aman|amen)\b"]
                if who != "Unidentified" and identity.group(2) == "Ethnic":
                    patterns.append(rf"\barmed\s+{re.escape(who)}\s+(?:herders|herdsmen|pastoralists|youths|men)\b")
                for pattern in patterns:
                    if rows > communal.get(pattern, (0, ""))[0]:
                        communal[pattern] = (rows, name)
            if code != iso2 or _GENERIC_NAME.match(name):
                continue
            unit = re.match(r"^(?:Military|Police) Forces of .+?\(\d{4}-\d{0,4}\)\s+(.+)$", name)
            words = [unit.group(1)] if unit else [re.sub(r"\s*\([^()]*\)", "", re.sub(r"^[^:]{1,20}:\s*", "", name)).strip()]
            acronym = re.match(r"^([A-Z][A-Z-]{2,})(?:\s*\([^()]*\))?:", name)
            faction = _FACTION.search(name) if not unit else None
            if faction and not _COUNTRY_OR_PERIOD.match(faction.group(1)) and (
                    faction.group(1) not in countries):
                # a faction ACLED names in brackets is what the text calls it ("Imbonerakure" of "CNDD-FDD-Imbonerakure:
                # ... (Imbonerakure Faction)", "Raia Mutomboki" of "Mayi Mayi Militia (Raia Mutomboki)")
                factions.append((re.compile(rf"(?<![\w-]){re.escape(faction.group(1))}(?![\w-])", re.IGNORECASE), name))
            patterns = [rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in words
                        if len(w) >= MIN_NAME_FORM and (" " in w or w[:1].isupper())]
            flags = re.IGNORECASE
            for pattern in patterns:
                forms.append((re.compile(pattern, flags), name))
            if acronym:
                forms.append((re.compile(rf"(?<![\w-]){re.escape(acronym.group(1))}(?![\w-])"), name))
    forms.extend((re.compile(pattern, re.IGNORECASE), name) for pattern, (_, name) in communal.items())
    # a faction's words that are another actor's own form stay that actor's ("Security Belt Forces", a unit of
    # Yemen's forces and a faction of the STC)
    own = {pattern.pattern for pattern, _ in forms}
    forms.extend(form for form in factions if form[0].pattern not in own)
    return list(dict.fromkeys(forms))


#: a label an ACLED note opens with, before the date its sentence opens with ("Movement of forces: On 3 May 2020, ...")
_NOTE_LABEL = re.compile(r"^\s*[A-Z][\w /-]{2,40}:\s+(?=On\s|\d)")


def mentions(text: str, iso2: str | None = None) -> list[Mention]:
    """The sides the text names, in order, each with whether it acted; with the incident's country, also the actors
    ACLED codes there named as ACLED names them."""
    t = tables()
    acts, passives, repels = _cues_of("act"), _cues_of("passive"), _cues_of("repel")
    found: list[Mention] = []
    # an ACLED note may open with a label before its date ("Looting: On 4 June 2021, unknown men
    # ..."): a label, not a side
    label = _NOTE_LABEL.match(text)
    taken: list[tuple[int, int]] = [(0, label.end())] if label else []
    for pattern, kind in t.cues:
        if kind in ("act", "passive", "repel", "support", "own_act"):
            continue
        for m in pattern.finditer(text):
            if label and m.start() < label.end():
                continue
            overlapping = [(s, e) for s, e in taken if s < m.end() and m.start() < e]
            if overlapping and not all(m.start() <= s and e <= m.end() and e - s < m.end() - m.start()
                                       for s, e in overlapping):
                continue  # a longer cue of an earlier kind holds these words ("security forces" before "forces")
            if text[max(0, m.start() - 5):m.start()].lower().endswith("anti-"):
                continue  # "anti-Houthi forces" are the Houthis' enemies
            # a longer cue of a later kind holds an earlier one's words: the longer wins ("coalition warplanes" over
            # "warplanes", "police patrol" over "patrol")
            taken = [span for span in taken if span not in overlapping]
            found = [f for f in found if not m.start() <= f.start < m.end()]
            taken.append((m.start(), m.end()))
            if kind == "coalition":
                # "coalition warplanes": the coalition ACLED codes in the incident's country, else forces of no state
                coalition = t.coalitions.get((iso2 or "").upper())
                kind = f"name:{coalition[0]}" if coalition else "military"
            kind, _, owner = kind.partition(":") if kind.startswith(("military:", "police:")) else (kind, "", "")
            found.append(Mention(kind, m.start(), _acted(text, m.start(), m.end(), acts, passives, repels),
                                 owner or _state_before(text, m.start()) or _state_after(text, m.end())))
            paired = _paired_state(text, m.start()) if kind in ("military", "police") and not owner else None
            if paired is not None and paired[0] != found[-1].state:
                # "Kenyan and Somali troops": two states' forces, the first named first; where the pair acted, the
                # second is the first's partner or the other party of the fight, not a side acted on
                last = found.pop()
                found.append(Mention(kind, paired[1], last.acted, paired[0]))
                found.append(Mention(kind, last.start, None if last.acted is True else last.acted, last.state))
    for pattern, name in _name_forms(iso2.upper()) if iso2 else ():
        for m in pattern.finditer(text):
            if any(s <= m.start() and m.end() <= e and (s, e) != (m.start(), m.end()) for s, e in taken):
                continue
            # a named actor outranks the generic cue inside it ("Southern Resistance fighters", "NAF")
            found = [f for f in found if not (m.start() <= f.start < m.end())]
            taken.append((m.start(), m.end()))
            found.append(Mention(f"name:{name}", m.start(), _acted(text, m.start(), m.end(), acts, passives, repels)))
    return _units(text, sorted(found, key=lambda x: x.start))


#: characters between "forces" and the named unit they belong to ("forces from the Red Hill Battalion of the
#: 9th Coastal Brigade")
UNIT_REACH = 80


def _units(text: str, found: list[Mention]) -> list[Mention]:
    """A generic "forces"/"fighters" followed by "from"/"of" a named actor is that actor, acting as the words did."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        later = found[i + 1] if i + 1 < len(found) else None
        if (m.kind in ("military", "police", "unidentified") and m.state is None and later is not None
                and later.kind.startswith("name:") and later.start - m.start <= UNIT_REACH
                and re.match(r"^\S+\s+(?:from|of)\b", text[m.start:later.start])):
            out.append(Mention(later.kind, m.start, m.acted if later.acted is None else later.acted))
            skip.add(i + 1)
            continue
        out.append(m)
    return out


#: the words before the agent of an act told in the passive ("killed by (the) police", "attacked by suspected militants")
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|some\s+|suspected\s+|alleged\s+)?(?:\w+\s+){0,2}$",
                       re.IGNORECASE)


@lru_cache(maxsize=None)
def _cues_of(kind: str) -> tuple[re.Pattern[str], ...]:
    """The cues of one kind of acled_actor_cues.tsv ("act", "passive", "repel", "own_act", ...), in the file's order
    (read by mentions and _told_only_attacked)."""
    return tuple(p for p, k in tables().cues if k == kind)


def _acted(text: str, start: int, end: int, acts: Sequence[re.Pattern[str]], passives: Sequence[re.Pattern[str]],
           repels: Sequence[re.Pattern[str]] = ()) -> bool | None:
    """Whether the side named at text[start:end] acted (True), was acted on (False) or neither (None). A side that
    repels an attack ("forces repelled an attack by ...") was the side attacked: ACLED names the attacker first
    (the training files: 17 of the 21 notes where state forces repel one)."""
    before = text[max(0, start - 40):start].lower()
    if _BY_AGENT.search(before):
        if _supporter().search(before):
            return None  # "a patrol, backed by coalition aircraft, stormed": the patrol's act; its supporter assists
        return True  # "killed by (the) police", "attacked by suspected Islamist militants"
    after = _REPORTED_TO_HAVE.sub(r"\1", text[end:end + 120])
    words = after.split()[:ACT_REACH + 2]
    head = " ".join(words)
    if re.match(r"^(?:\S+\s+){0,3}?(?:were|was|had\s+been|have\s+been|has\s+been|got|being)\s", head, re.IGNORECASE):
        window = " ".join(words[:ACT_REACH + 2])
        if any(p.search(window) for p in passives):
            return False  # "two soldiers were killed"
    if _DIED.match(head):
        return False  # "three soldiers died", "two policemen later died of their wounds"
    window = " ".join(words[:ACT_REACH])
    cut = re.split(r"[.;]", window)[0]
    cut = re.sub(r"^of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,4}", "", cut)  # "the military forces of Mozambique bombed"
    for p in acts:
        m = p.search(cut)
        if m and not _SPOKEN_OR_APART.search(cut[:m.start()]):
            if any(r.start() <= m.start() for p_repel in repels for r in [p_repel.search(cut)] if r):
                return False  # "police repelled an attack by gunmen": the gunmen acted
            return True  # "soldiers shot", "Ukrainian troops reportedly shelled"
    lead = text[max(0, start - 60):start]
    if _TARGETING.search(lead.split(".")[-1]):
        return False  # "an explosive device went off targeting Iraqi troops": the side aimed at
    if _RECIPROCAL.search(lead.split(".")[-1]):
        return None  # "exchanged fire with military police", "a clash between the two countries' border troops"
    if any(p.search(lead.split(".")[-1][-40:]) for p in acts) and not re.search(r"\bby\b", lead[-20:]):
        return False  # "shot two civilians", "attacked a police station"
    return None


@lru_cache(maxsize=1)
def _supporter() -> re.Pattern[str]:
    """The words before a side told supporting another (acled_actor_cues.tsv, kind support: "backed by the", "escorted
    by two"), read on the lower-cased words before the side's name."""
    cues = "|".join(r["cue"] for r in _rows("acled_actor_cues.tsv") if r["kind"] == "support")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){{0,2}}$", re.IGNORECASE)


#: the words before a side an act was aimed at ("targeting Iraqi troops", "targeting a police patrol"); read only before
#: the side: after it ("... with airstrikes, targeting ten caves") the word is no act of the side's own
_TARGETING = re.compile(r"\btargeting\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a side told dying, in the words right after its name: acted on, as a passive act is
_DIED = re.compile(r"^(?:\S+\s+){0,2}?(?:later\s+)?(?:died|perished|succumbed)\b", re.IGNORECASE)
#: a side's act told as another's report of it ("the warplanes were reported to have struck ...", "the troops are
#: said to have shelled ..."): the act is the side's own, neither passive nor only spoken of ("were reported to have
#: been killed" stays passive)
_REPORTED_TO_HAVE = re.compile(r"^(\W*(?:\S+\s+){0,3}?)(?:were|was|are|is)\s+(?:reportedly\s+)?"
                               r"(?:reported|said|believed|alleged|thought|understood)\s+to\s+have\s+(?!been\b)", re.IGNORECASE)
#: an act both sides of a fight do: the side named after it is the other party, not the side the act fell on
_RECIPROCAL = re.compile(
    r"(?:\b(?:exchang(?:ed|ing)\s+(?:gun)?fire|clash(?:ed|es)?|fighting|fought|gun-?fights?|fire-?fights?|shoot-?outs?|"
    r"skirmish(?:ed|es)?|battled?|engaged)\s+(?:with\s+|between\s+|against\s+|in\s+)?(?:the\s+|a\s+|an\s+)?"
    r"|\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){1,4}and\s+(?:the\s+)?"
    # the first side named after "between", wherever the fight's word stands ("a clash took place between the
    # Kenyan army and ...", "fighting broke out between rebels and ...")
    r"|\bbetween\s+(?:the\s+)?)(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _state_before(text: str, start: int) -> str | None:
    words = re.findall(r"[\w.\-]+", text[max(0, start - 40):start])[-STATE_REACH:]
    demonyms = tables().demonyms
    for word in reversed(words):
        if word in _UPPER_STATES:
            return _UPPER_STATES[word]
        # "U.S military patrol": the abbreviation's last dot may be missing
        found = demonyms.get(word.lower()) or demonyms.get(word.lower().rstrip(".")) or demonyms.get(word.lower() + ".")
        if found:
            return found
    return None


#: characters before a cue read for two demonyms joined by "and" (_paired_state): two words, "and", "the" and the
#: spaces between them fit in it
PAIRED_STATE_CHARS = 60
#: two words joined by "and" that end just before a cue ("Ghanaian and Togolese soldiers"), each a candidate demonym;
#: "the" may come before the second ("French and the Malian troops")
_PAIRED_DEMONYMS = re.compile(r"(?<![\w.-])([\w.-]+)\s+and\s+(?:the\s+)?([\w.-]+)\s+$")


def _paired_state(text: str, start: int) -> tuple[str, int] | None:
    """The first state of two demonyms joined by "and" just before a cue ("Kenyan and Somali troops" -> KE and where
    "Kenyan" starts), or None."""
    window = max(0, start - PAIRED_STATE_CHARS)
    m = _PAIRED_DEMONYMS.search(text[window:start])
    if not m:
        return None
    demonyms = tables().demonyms
    first, second = (_UPPER_STATES.get(w) or demonyms.get(w.lower()) for w in m.groups())
    if first is None or second is None:
        return None
    return first, window + m.start(1)


def _state_after(text: str, end: int) -> str | None:
    """The state a cue names after it: "the military forces of Mozambique", "troops of the United States"."""
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})", text[end:end + 60])
    if not m:
        return None
    words = m.group(1).split()
    demonyms = tables().demonyms
    for n in range(len(words), 0, -1):
        found = demonyms.get(" ".join(words[:n]).lower())
        if found:
            return found
    return None


def _position(text: str, name: str) -> int | None:
    """Where the text first names a group, under any of its names in groups.tsv."""
    aliases = tables().group_aliases.get(name_key(name), [name])
    starts = [m.start() for alias in aliases if alias
              for m in [re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, re.IGNORECASE)] if m]
    return min(starts) if starts else None


# -- the record ------------------------------------------------------------------------------------------------------
def _get(incident: Any, name: str) -> Any:
    if isinstance(incident, Mapping):
        return incident.get(name)
    return getattr(incident, name, None)


def _year(incident: Any) -> int | None:
    day = _get(incident, "date") or _get(incident, "date_earliest")
    match = re.match(r"(\d{4})", day or "")
    return int(match.group(1)) if match else None


def _side(m: Mention, iso2: str | None, year: int | None, coalitions: bool = True) -> tuple[str, int]:
    country = country_label(iso2)
    if m.kind in ("military", "police"):
        state = m.state or iso2
        coalition = tables().coalitions.get((iso2 or "").upper()) if coalitions else None
        if coalition and state and state != iso2 and state in coalition[1]:
            # "a US military patrol" in Syria: ACLED codes the coalition, not the state's own forces
            return coalition[0], _inter_of(coalition[0])
        return state_forces(state, m.kind, year), (1 if not iso2 or not state or state == iso2 else 8)
    if m.kind.startswith("name:"):
        return group_name(m.kind[5:], iso2)
    if m.kind == "protesters":
        return f"Protesters ({country})" if country else "Protesters", 6
    if m.kind == "rioters":
        return f"Rioters ({country})" if country else "Rioters", 5
    if m.kind == "civilians":
        return f"Civilians ({country})" if country else "Civilians", 7
    return (f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"), 3


#: ACLED's names of state forces ("Military Forces of Nigeria (2015-)", "Police Forces of Kenya (2013-)")
_STATE_FORCES_NAME = re.compile(r"^(?:Military|Police) Forces\b")
#: the perpetrator values that name no one (a generic noun the extraction kept)
_GENERIC = {
    "", "unknown", "unidentified", "gunmen", "unidentified gunmen", "militants", "terrorists", "terrorist",
    "guerrillas", "guerrilla", "rebels", "insurgents", "attackers", "armed men", "assailants", "individuals", "men",
    "criminals", "unidentified armed group", "bandits", "jihadists",
}


def acled_actors(incident: Any, text: str | None = None) -> AcledActors:
    """ACLED's actor1/inter1/actor2/inter2 for an incident (an Incident or its dict): its perpetrator and target
    fields, country, date and event type, and the sides its evidence text (`text`, else the incident's summary) names
    acting and acted on. A group that had taken power in the country by the incident's day is its state forces
    (acled_ruling_groups.tsv: the Taliban in Afghanistan from 15 August 2021)."""
    sides = _acled_actors(incident, text)
    iso2 = (_get(incident, "country") or "").upper()
    day = _get(incident, "date") or _get(incident, "date_earliest") or ""
    ruling = tables().ruling

    def ruled(name: str, inter: int | None) -> tuple[str, int | None]:
        found = ruling.get((name, iso2))
        if found and day >= found[0]:
            return state_forces(iso2, found[1], _year(incident)), 1
        return name, inter

    a1, a2 = ruled(sides.actor1, sides.inter1), ruled(sides.actor2, sides.inter2)
    if (a1, a2) == ((sides.actor1, sides.inter1), (sides.actor2, sides.inter2)):
        return sides
    if a2[0] == a1[0]:
        a2 = ("", None)
    return AcledActors(a1[0], a1[1], a2[0], a2[1])


def _acled_actors(incident: Any, text: str | None = None) -> AcledActors:
    iso2 = (_get(incident, "country") or "").upper() or None
    year = _year(incident)
    event = _get(incident, "event_type") or ""
    sub = _get(incident, "sub_event_type") or ""
    text = text if text is not None else (_get(incident, "summary") or "")
    country = country_label(iso2)
    found = mentions(text, iso2)
    actors = [m for m in found if m.acted is True]
    # no side told acting: the first armed side named that was not acted on (ACLED notes lead with the actor)
    actors = actors or [m for m in found if m.acted is None and m.kind not in ("civilians", "protesters", "rioters")][:1]
    targets = [m for m in found if m.acted is False]
    perp = (_get(incident, "perpetrator") or "").strip()
    # a perpetrator naming state forces (extract's, from the text's acting side) is read from the text again below,
    # with the incident's country deciding state (1) or external (8) forces
    named = perp and name_key(perp) not in _GENERIC and not _STATE_FORCES_NAME.match(perp)
    attacked = None
    if named and _told_only_attacked(text, found, perp, iso2):
        # "an IED planted by unknown gunmen hit a QSD vehicle": the group the act fell on is no actor but the second
        # side; the side told acting (or an unidentified one) is the first, as for a perpetrator never named
        named, attacked = False, group_name(perp, iso2)

    if event == "Protests":
        a1: tuple[str, int | None] = (f"Protesters ({country})" if country else "Protesters", 6)
        a2 = _state_side(actors, iso2, year) if sub in ("Protest with intervention", "Excessive force against protesters") else None
        if a2 is None and sub in ("Protest with intervention", "Excessive force against protesters"):
            a2 = (state_forces(iso2, "police", year), 1)
        return _pack(a1, a2)
    if event == "Riots":
        a1 = (f"Rioters ({country})" if country else "Rioters", 5)
        a2 = _state_side(actors, iso2, year) or _target_side(targets, _get(incident, "target_types"), iso2, year, skip="rioters")
        return _pack(a1, a2)

    a1_opt: tuple[str, int] | None = None
    if named:
        a1_opt = group_name(perp, iso2)
        where = _position(text, perp)
        first = next((m for m in actors if m.kind in ("military", "police") or m.kind.startswith("name:")), None)
        side = _side(first, iso2, year) if first is not None and (where is None or first.start < where) else None
        if first is not None and side is not None and side[0] != a1_opt[0]:
            # "Government forces clashed with Al Shabaab": the state acted first, the group is the other side (unless
            # the perpetrator is those forces, as extract names the state that acted)
            return _pack(side, a1_opt)
    else:
        state = [m for m in actors if m.kind in ("military", "police") or m.kind.startswith("name:")]
        first = state[0] if state else next((m for m in actors if m.kind == "unidentified"), None)
        day = _get(incident, "date") or _get(incident, "date_earliest") or ""
        unseen = None if state else _unseen_sides(text, iso2, year, day)
        if unseen is not None:
            return _pack(*unseen)
        if first is not None:
            a1_opt = _side(first, iso2, year)
        elif _STATE_FORCES_NAME.match(perp):
            # the state forces extract or types_model found acting outside the text read here (a fight whose
            # summary is "Both sides exchanged gunfire")
            own = {name for kind in ("military", "police") for _, _, name in tables().forces.get((iso2 or "", kind), [])}
            # a unit ACLED names on its own is the state's where ACLED codes it so in the country (inter 1)
            unit = any(f[0] == perp and f[2] == iso2 and f[1] == 1 for f in tables().names.get(name_key(perp), []))
            a1_opt = (perp, 1 if perp in own or unit or not iso2 else 8)
    if a1_opt is None:
        a1_opt = _side(Mention("unidentified", 0, True), iso2, year)
    a2_opt = attacked or _target_side([m for m in targets if _side(m, iso2, year)[0] != a1_opt[0]],
                                      _get(incident, "target_types"), iso2, year)
    if a2_opt is not None and a2_opt[0] == a1_opt[0]:
        a2_opt = None  # the target type names the first side's own forces ("Military" of a clash of two armies)
    if a2_opt is None and event == "Battles":
        # a fight's other party, told neither acting nor acted on ("exchanged fire with military police")
        a2_opt = next((side for m in found if m.acted is None and m.kind not in ("civilians", "protesters", "rioters")
                       for side in [_side(m, iso2, year)]
                       if not (side[0].startswith(a1_opt[0]) or a1_opt[0].startswith(side[0]))), None)
    if a2_opt is None and event == "Violence against civilians":
        a2_opt = (f"Civilians ({country})" if country else "Civilians", 7)
    if a2_opt is not None and a2_opt[0] == a1_opt[0]:
        a2_opt = None
    return _pack(a1_opt, a2_opt)


def _told_only_attacked(text: str, found: list[Mention], group: str, iso2: str | None) -> bool:
    """The named group is told in the text never acting, and either only as the side an act fell on ("an SDF fighter
    was found shot", "two SDF members were wounded") with no word that may tell it acting, or beside another side told
    doing an act in the words of a passive ("an IED planted by unknown gunmen hit an SDF vehicle"). Its mentions are
    those of its ACLED name among `found` (the text's sides) and those of any of its names in groups.tsv; a group the
    text names under none is not judged."""
    key = name_key(group_name(group, iso2)[0])
    own = {m.start: m.acted for m in found if m.kind.startswith("name:") and name_key(m.kind[5:]) == key}
    spans = [(m.start(), m.end()) for alias in tables().group_aliases.get(name_key(group), [group]) if alias
             for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text,
                                  0 if alias.isupper() else re.IGNORECASE)]
    acts, passives, repels = _cues_of("act"), _cues_of("passive"), _cues_of("repel")
    for start, end in spans:
        if start not in own:
            own[start] = _acted(text, start, end, acts, passives, repels)
    if not own or True in own.values():
        return False
    others = [m for m in found if m.start not in own and not any(s <= m.start < e for s, e in spans)]
    if any(m.acted is True and _BY_AGENT.search(text[max(0, m.start - 40):m.start]) for m in others):
        return True  # "died when a bomb some unnamed militants had laid went off": another side's act, told so
    # told only killed or hurt, with no word that may tell it acting ("Taliban fighters were killed when troops
    # repulsed their attack": the Taliban attacked)
    return all(acted is False for acted in own.values()) and not any(p.search(text) for p in _cues_of("own_act"))


def _unseen_sides(text: str, iso2: str | None, year: int | None,
                  day: str = "") -> tuple[tuple[str, int], tuple[str, int] | None] | None:
    """The sides ACLED names for fire a monitor counted where the text names no side that fired ("monitors
    counted 14 blasts near ..."): its convention for the country (data/acled_unseen_sides.tsv), read only by a row
    whose days hold the incident's `day` (YYYY-MM-DD; blank: any row)."""
    day = day[:10]
    for cue, first, second, since, until in tables().unseen.get((iso2 or "").upper(), ()):
        if day and ((since and day < since) or (until and day > until)):
            continue  # the front the row was written for did not stand that day
        if cue.search(text):
            a1 = _side(Mention(first, 0, True), iso2, year)
            return a1, (_side(Mention(second, 0, False), iso2, year) if second else None)
    return None


def generic_name(name: str | None) -> bool:
    """A perpetrator value that names no one: empty, "unknown", "gunmen", "militants", "unidentified armed group"."""
    return name_key(name or "") in _GENERIC


def acting_state(incident: Any, text: str | None = None) -> str | None:
    """The state forces the incident's evidence text (`text`, else its summary) tells acting, in ACLED's naming
    ("Police Forces of Nigeria (2015-)", "Military Forces of Kenya (2013-)"), or None: a state's soldiers
    or police as the subject of the act ("troops shelled", "police shot two protesters", "killed by soldiers"), an
    air or drone strike by a named state ("a US drone strike", "Israeli warplanes bombed"). A side that only speaks
    or accuses ("police said gunmen killed ...") or that the act fell on ("two soldiers were killed") is not the
    actor. Protests and riots are the crowd's act, not the state's."""
    if (_get(incident, "event_type") or "") in ("Protests", "Riots"):
        return None
    iso2 = (_get(incident, "country") or "").upper() or None
    text = text if text is not None else (_get(incident, "summary") or "")
    for m in mentions(text, iso2):
        if m.acted is True and m.kind in ("military", "police"):
            # the state's own forces (the perpetrator), whichever coalition ACLED codes them as
            return _side(m, iso2, _year(incident), coalitions=False)[0]
        if m.acted is True and m.kind.startswith("name:") and _STATE_FORCES_NAME.match(m.kind[5:]):
            # a unit of a state's forces ACLED names on its own ("Military Forces of Brazil (2019-) Military Police")
            return m.kind[5:]
        if m.acted is True:
            return None  # another side acted first: the state is not the perpetrator
    return None


def acted_on(incident: Any, group: str, text: str | None = None) -> bool:
    """The named group is told only as the side an act fell on ("a US drone strike killed three Islamic State
    fighters", "strikes on Hamas positions"), never as acting."""
    iso2 = (_get(incident, "country") or "").upper() or None
    text = text if text is not None else (_get(incident, "summary") or "")
    key = name_key(group_name(group, iso2)[0])
    told = [m.acted for m in mentions(text, iso2) if m.kind.startswith("name:") and name_key(m.kind[5:]) == key]
    return bool(told) and all(acted is False for acted in told)


def _state_side(actors: list[Mention], iso2: str | None, year: int | None) -> tuple[str, int] | None:
    for m in actors:
        if m.kind in ("military", "police"):
            return _side(m, iso2, year)
    return None


#: GTD-style target types (extract's target_types) -> the side ACLED names for them
_TARGET_KINDS = {
    "police": "police", "military": "military", "private citizens & property": "civilians",
    "educational institution": "civilians", "religious figures/institutions": "civilians",
    "journalists & media": "civilians", "transportation": "civilians", "business": "civilians",
}


def _target_side(targets: list[Mention], target_types: Any, iso2: str | None, year: int | None,
                 skip: str = "") -> tuple[str, int] | None:
    for m in targets:
        if m.kind != skip and m.kind not in ("protesters", "rioters", "unidentified"):
            return _side(m, iso2, year)
    for t in target_types or ():
        kind = _TARGET_KINDS.get(str(t).lower())
        if kind:
            return _side(Mention(kind, 0, False), iso2, year)
    return None


def _pack(a1: tuple[str, int | None], a2: tuple[str, int] | None) -> AcledActors:
    if a2 is None:
        return AcledActors(a1[0], a1[1])
    return AcledActors(a1[0], a1[1], a2[0], a2[1])
