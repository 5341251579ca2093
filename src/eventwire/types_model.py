"""Learned event, attack, target and weapon types: linear models over an incident's own words, combined with the
rules' types (extract.py) where that measured better (scripts/train_types.py; docs/accuracy.md, learned types)."""
from __future__ import annotations

import re
import tomllib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import actors, muc_typer
from .lexicon import lexicon
from .linear import LinearModel, Packaged
from .options import Options
from .records import Incident, Span

#: ACLED's current taxonomy, one label per sub-event type, written "event type|sub-event type" so that the event
#: type of a label is read from the label itself (the event type's probability is the sum over its sub-event types)
ACLED_LABELS = (
    "Battles|Armed clash", "Battles|Government regains territory", "Battles|Non-state actor overtakes territory",
    "Explosions/Remote violence|Air/drone strike", "Explosions/Remote violence|Grenade",
    "Explosions/Remote violence|Remote explosive/landmine/IED",
    "Explosions/Remote violence|Shelling/artillery/missile attack", "Explosions/Remote violence|Suicide bomb",
    "Protests|Excessive force against protesters", "Protests|Peaceful protest", "Protests|Protest with intervention",
    "Riots|Mob violence", "Riots|Violent demonstration",
    "Strategic developments|Agreement", "Strategic developments|Arrests",
    "Strategic developments|Change to group/activity", "Strategic developments|Disrupted weapons use",
    "Strategic developments|Headquarters or base established",
    "Strategic developments|Looting/property destruction", "Strategic developments|Non-violent transfer of territory",
    "Strategic developments|Other",
    "Violence against civilians|Abduction/forced disappearance", "Violence against civilians|Attack",
    "Violence against civilians|Sexual violence",
)
ACLED_EVENT_LABELS = tuple(sorted({label.split("|")[0] for label in ACLED_LABELS}))
GTD_ATTACK_LABELS = (
    "Armed Assault", "Assassination", "Bombing/Explosion", "Facility/Infrastructure Attack", "Hijacking",
    "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Unarmed Assault", "Unknown",
)
GTD_TARGET_LABELS = (
    "Abortion Related", "Airports & Aircraft", "Business", "Educational Institution", "Food or Water Supply",
    "Government (Diplomatic)", "Government (General)", "Journalists & Media", "Maritime", "Military", "NGO", "Other",
    "Police", "Private Citizens & Property", "Religious Figures/Institutions", "Telecommunication",
    "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
)
GTD_WEAPON_LABELS = (
    "Chemical", "Explosives", "Fake Weapons", "Firearms", "Incendiary", "Melee", "Other", "Sabotage Equipment",
    "Unknown", "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
)

#: sub-event types the rules keep, with their event type, whatever the models say: the training notes hold under 20
#: of each (2, 6, 17 and 18 of 24,480), too few to learn, while the rules read them from explicit words ("a suicide
#: bomber blew herself up", "seized the town"). Without it the model overruled a suicide bombing as an IED
RULES_KEEP_SUBS = frozenset({"Suicide bomb", "Headquarters or base established", "Agreement",
                             "Non-state actor overtakes territory"})

#: (the rules' event type, the models' best event type) -> how sure the models must be to overrule the rules for that
#: pair, where it is below [types] acled_event. The rules type an act of violence as violence against civilians when
#: they find no weapon they know and an explosion when they find one; the models read heavy weapons ("fired heavy
#: machine guns at the farms") and the acts that are no attack (a drone shot down, bombs found
#: and defused, a base set up) better than the rules do. Replayed on the 2020 dev notes' coded incidents (session
#: 16): where the rules said violence against civilians and the models explosions at 0.4-0.8, the models were right
#: 14 times and the rules never; explosions -> strategic developments at 0.4-0.8, 6 and 0; battles -> strategic
#: developments at 0.5-0.8, 4 and 1; explosions -> riots at 0.5, 2 and 0 (docs/accuracy.md, session 16)
EVENT_SWITCH = {
    ("Violence against civilians", "Explosions/Remote violence"): 0.4,
    ("Explosions/Remote violence", "Strategic developments"): 0.4,
    ("Battles", "Strategic developments"): 0.5,
    ("Explosions/Remote violence", "Riots"): 0.5,
}

#: (the rules' event type, the models' best event type) -> how sure the models must be to overrule the rules where the
#: text names heavy or air weapons fired and no small arms, ground fight or fire back (heavy_fire_only): the rules
#: call any fire at an armed side a battle, ACLED one side's mortars, artillery or drones at the other's positions
#: explosions (the training notes naming such fire: heavy weapons 570 shelling of 586, 6 battles; air weapons 223
#: explosions of 253, 8 battles); the models' majority decides
HEAVY_FIRE_SWITCH = {("Battles", "Explosions/Remote violence"): 0.5}

#: the rules' event type -> the models' probability for it below which the models' best event type wins whatever its
#: own probability. The rules call an act a protest from the word alone ("the-gentleman-doth-protest-too-much" in an
#: opinion column telling two police officers killed: web page 087); where the models, reading the same sentences,
#: give protests under 0.05 the text tells no protest. Replayed on the 2020 dev notes' captured incidents (session 22):
#: event type right on 2 more rows (riots), none lost; the 2022 extract's held-out fold unchanged
RULES_IMPLAUSIBLE = {"Protests": 0.05}

#: a one-incident article at most this many characters long (an ACLED note, a GTD summary, a wire brief) is read
#: whole by the types models, not only the sentences its act was detected in: every sentence of a brief is about its
#: one act, and the ones without an act word say who was hit ("The victim was armed", "Okafor, a second-year
#: student at the city's university"). Replayed on the 2020 dev notes' one-incident articles (all under 750 characters):
#: event type right on 28 more notes, wrong on 6 more; the GTD held-out fold's target type 68.56 -> 70.90. A long
#: article's other sentences are background, so it is read by its act's sentences as before
WHOLE_TEXT_CHARS = 1000

#: GTD's primary target type where the rules gave Private Citizens & Property: the rules' answer for any person hurt
#: (GTD codes the target the attack was aimed at: a soldier's recruits, a police building, a newspaper's printers),
#: so there the target model overrules them from this probability, below [types] gtd_target. Replayed (session 16)
#: with WHOLE_TEXT_CHARS: the GTD held-out fold 70.90 -> 71.91 (0.6-0.7: 72.24), the 1970-72 sample's first 150
#: 86.0 either way (0.6-0.7: 84.0, the model's 1970s campus bombings as businesses), the whole sample 84.50 either way
PRIVATE_TARGET = "Private Citizens & Property"
#: GTD's police target, which the model reads from any police word (police are named in nearly every US shooting
#: report as its source or its arresters): where the rules found other targets, the model may add it only where
#: they found the police a target too (extract's _POLICE_DOING_* leave it) or the text tells them hit (police_hit); where the
#: rules found none, the model guesses. Session 26's QA reading: "Police" for 10 of 17 GVA and 4 of 15 GVDB incidents
#: whose police only spoke, investigated or arrested
POLICE_TARGET = "Police"
PRIVATE_TARGET_THRESHOLD = 0.8

#: event type -> how sure the sub-event model must be (its best sub-event type's share of the event type) to overrule
#: the rules' sub-event type of the same event type, where that is above [types] acled_sub. The rules tell a riot's
#: kind from its words (a cause voiced or a demonstration named: violent demonstration; a crowd attacking someone:
#: mob violence) better than the model: on the 2020 dev notes' riots the rules were right where the model overruled
#: them 12 times and the model 4; from 0.9 the dev notes' sub-event type gains 6 rows and the 2022 extract's held-out
#: fold none either way (0.7-0.8 change nothing; replayed on each set's captured incidents, docs/accuracy.md session 21)
SUB_THRESHOLDS = {"Riots": 0.9}

#: package-relative weights files (written by scripts/train_types.py)
MODELS = {
    "acled": Packaged(("data", "models", "types_acled.json"), ACLED_LABELS),
    "acled_event": Packaged(("data", "models", "types_acled_event.json"), ACLED_EVENT_LABELS),
    "attack": Packaged(("data", "models", "types_gtd_attack.json"), GTD_ATTACK_LABELS),
    "target": Packaged(("data", "models", "types_gtd_target.json"), GTD_TARGET_LABELS),
    "weapon": Packaged(("data", "models", "types_gtd_weapon.json"), GTD_WEAPON_LABELS),
}

#: the GTD group-name model (perpetrator): its classes are the group names of its training summaries, read from the
#: file; GNAME_OTHER stands for the names too rare to learn and GNAME_UNKNOWN for GTD's "Unknown"
GNAME_MODEL = ("data", "models", "types_gtd_gname.json")
_GNAME = Packaged(GNAME_MODEL, None)
GNAME_OTHER = "Other"
GNAME_UNKNOWN = "Unknown"

#: scripts/train_types.py holds out every example whose text hashes (crc32) into fold HELD_OUT_FOLD of TRAINING_FOLDS;
#: the scorers read the same folds to measure out of training on the files the models were fitted on
TRAINING_FOLDS = 10
HELD_OUT_FOLD = 0

_WORD = re.compile(r"[a-z]+|[0-9]+")


def training_fold(text: str) -> int:
    """The fold of a training text (crc32 of its UTF-8 bytes modulo TRAINING_FOLDS)."""
    return zlib.crc32(text.encode("utf-8")) % TRAINING_FOLDS


def held_out(text: str) -> bool:
    """The types models were not fitted on this text (its fold is HELD_OUT_FOLD)."""
    return training_fold(text) == HELD_OUT_FOLD


def features(text: str) -> dict[str, float]:
    """The words and word pairs of a text, lower-cased, every number one word ("0"): what every types model reads."""
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]
    f = {"bias": 1.0}
    for w in words:
        f["w=" + w] = 1.0
    for a, b in zip(words, words[1:]):
        f[f"b={a}_{b}"] = 1.0
    return f


def probabilities(model: LinearModel, text: str) -> dict[str, float]:
    """Label -> probability of the model for a text."""
    return dict(zip(model.labels, model.probabilities(features(text))))


def acled_choice(rule_event: str | None, rule_sub: str | None, probs: dict[str, float], event_probs: dict[str, float],
                 event_threshold: float, sub_threshold: float,
                 switch: dict[tuple[str, str], float] | None = None) -> tuple[str, str]:
    """ACLED (event type, sub-event type) from the rules' pair and the models' probabilities.

    The models' event type wins where they give it at least `event_threshold` or the rules gave none; the sub-event
    type is then the rules' where they chose this event type and the model's best sub-event type of it has less
    than `sub_threshold` of the event type's probability, else the model's. Some pairs of the rules' and the
    models' event types take a lower threshold (EVENT_SWITCH), and the rules' event type that the models find
    implausible (RULES_IMPLAUSIBLE) none. The rules' pair stands where their
    sub-event type is one the models could not learn (RULES_KEEP_SUBS)."""
    if rule_event is not None and rule_sub in RULES_KEEP_SUBS:
        return rule_event, rule_sub
    best_event = max(event_probs, key=event_probs.__getitem__)
    pairs = EVENT_SWITCH if switch is None else {**EVENT_SWITCH, **switch}
    event_threshold = min(event_threshold, pairs.get((rule_event or "", best_event), event_threshold))
    if event_threshold <= 1.0 and rule_event is not None and (
            event_probs.get(rule_event, 1.0) < RULES_IMPLAUSIBLE.get(rule_event, 0.0)):
        event_threshold = 0.0  # (a threshold above 1 is "never": [types] in defaults.toml)
    event = best_event if rule_event is None or event_probs[best_event] >= event_threshold else rule_event
    subs = {label.split("|")[1]: p for label, p in probs.items() if label.split("|")[0] == event}
    if not subs:
        return event, rule_sub or ""
    best_sub = max(subs, key=subs.__getitem__)
    share = subs[best_sub] / max(sum(subs.values()), 1e-12)
    if rule_sub is not None and rule_event == event and share < max(sub_threshold, SUB_THRESHOLDS.get(event, 0.0)):
        return event, rule_sub
    return event, best_sub


def list_choice(rule_values: Sequence[str], probs: dict[str, float], threshold: float) -> tuple[str, ...]:
    """A GTD list field (attack, target or weapon types), primary first: the model's label leads where it gives it
    at least `threshold` or the rules found none ("Unknown" never displaces what the rules found), the rules' other
    values following; otherwise the rules' values as they are."""
    best = max(probs, key=probs.__getitem__)
    if not rule_values or (probs[best] >= threshold and best != "Unknown"):
        return _put_first(best, rule_values)
    return tuple(rule_values)


def event_probabilities(probs: dict[str, float], event_model: LinearModel | None,
                        f: dict[str, float]) -> dict[str, float]:
    """Event type -> probability: the sub-event model's summed over each event type's sub-event types, averaged
    with the event-type model's (which also read ACLED's older layout) when there is one."""
    summed: dict[str, float] = {}
    for label, p in probs.items():
        event = label.split("|")[0]
        summed[event] = summed.get(event, 0.0) + p
    if event_model is None:
        return summed
    own = dict(zip(event_model.labels, event_model.probabilities(f)))
    return {event: (p + own.get(event, 0.0)) / 2 for event, p in summed.items()}


def gname_model() -> LinearModel | None:
    """The packaged group-name model (its classes are read from its file), or None when the package carries none."""
    return _GNAME.load()


#: leading words a tagged organisation carries that are no part of its name ("the Black Panther Party")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: GTD's bracketed acronym after a group name: "Front for the Liberation of the Coast (FLC)"
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


def named_organization(organizations: Sequence[str]) -> str | None:
    """The first tagged perpetrator organisation that names a group ("the Red Valley Liberation
    Front" -> "Red Valley Liberation Front"), not state forces ("the Army": the side a state
    acting is told by actors.acting_state), a crowd or unidentified men."""
    for organization in organizations:
        name = _ARTICLE.sub("", organization.strip())
        if actors.generic_name(name) or len(name) < 2:
            continue
        if any(not m.kind.startswith("name:") for m in actors.mentions(name)):
            continue
        return name
    return None


#: the words named_group and mob_violence read ([groups] and [mob] of data/types_words.toml)
WORDS_FILE = "types_words.toml"
#: a word of a group's name: capitalised or a number, with a lower-case Arabic article before a hyphen ("al-Aqsa")
_NAME_WORD = r"(?:(?:al|el|ul|ad|an|as|ash|at|ar|az)-)?(?:[A-Z][\w'’-]*|\d+)"
#: lower-case words inside a name ("Front for the Defence of the Hills", "Euskadi ta Askatasuna")
_NAME_PARTICLE = r"(?:of|and|for|the|de|del|la|el|al|y|ta|in|du|des|e|da|do|dos|das|o|an|und)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+){{0,2}}{_NAME_WORD})*"
#: an acronym in brackets after a name: "(UFF)"
_ACRONYM = r"(?:\s+\([^()]{1,20}\))?"
#: the words that end the pattern of a group claiming its act ("claimed responsibility")
_CLAIMED = r"(?i:claimed|accepted|admitted|took|claiming)\s+(?i:responsibility|credit)"
#: named_group tries the claim's pattern only on a text that holds its last words (_CLAIMED): the pattern begins with a
#: name, so it is tried at every word, and in wire copy in capitals every word begins a name, read on to the end of
#: its run of words before failing (19 ms a text, 3% of coding MUC-4's texts, none of which held the words)
_CLAIM_TOLD = re.compile(_CLAIMED)
#: the place of the claim's pattern among _group_patterns' patterns
_CLAIM_PATTERN = 2


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(resources.files("eventwire").joinpath("data", WORDS_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], re.Pattern[str]]:
    table = _words()["groups"]
    heads = frozenset(table["heads"])
    members = "|".join(re.escape(w) for w in table["member_words"])
    by_acts = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in table["by_acts"])
    return heads, (
        # "Members of the Black River Brigade robbed", "Suspected members of the Hill Front ... attacked"
        re.compile(rf"\b(?i:{members})\s+(?i:of|from)\s+(?:(?i:the)\s+)?(?P<name>{_NAME})"),
        # "was bombed by the Free Coast Front (FCF)", "claimed by the Southern Workers' Movement"
        re.compile(rf"\b(?i:{by_acts})\s+by\s+(?:(?i:the)\s+)?(?P<name>{_NAME})"),
        # "The Dawn Martyrs Brigade later claimed it"
        re.compile(rf"(?P<name>{_NAME}){_ACRONYM},?\s+(?:(?i:later|also|has|have|had|reportedly)\s+)?{_CLAIMED}"),
        # "officials attributed the bombing to the Free Coast Front (FCF)", "police blamed it on rebels"
        re.compile(rf"\b(?i:attributed|attributing|blamed|blaming)\s+(?:(?i:it|this|the\s+\w+)\s+)?(?i:to|on)\s+"
                   rf"(?:(?i:the)\s+)?(?P<name>{_NAME})"),
    ), re.compile(rf"^(?i:suspected\s+)?(?i:{members})\s+(?i:of|from)\s+", re.IGNORECASE)


def _lead_cut(name: str) -> str:
    """`name` without the words that began its sentence before "the" ("Later the Red Hills Brigade", "On Friday the
    ...": [groups] lead_words of data/types_words.toml, read after an optional "On")."""
    return _lead_pattern().sub("", name, count=1)


@lru_cache(maxsize=1)
def _lead_pattern() -> re.Pattern[str]:
    lead = "|".join(re.escape(w) for w in _words()["groups"]["lead_words"])
    return re.compile(rf"^(?:(?i:on)\s+)?(?i:{lead})\s+(?i:the)\s+(?=\S)")


def named_group(text: str) -> str | None:
    """The group a text names as the doer of its attack in the words of a report ("Members of the Black River
    Brigade robbed", "bombed by the Free Coast Front (FCF)", "The Dawn Martyrs Brigade claimed
    responsibility", "officials attributed it to Maoists"), or None: a group groups.tsv knows (its name there),
    or a capitalised name of two words or more, one of them a group's word (Front, Brigade,
    Movement, Army, ...: data/types_group_words.toml), that names no state's forces ("the Indian Army", "the
    National Guard": actors.mentions' military or police of a state). The first such name in the text."""
    heads, patterns, members = _group_patterns()
    found: list[tuple[int, str]] = []
    claims = _CLAIM_TOLD.search(text) is not None
    for number, pattern in enumerate(patterns):
        if number == _CLAIM_PATTERN and not claims:
            continue  # the claim's pattern cannot match a text without its last words (_CLAIM_TOLD)
        for m in pattern.finditer(text):
            if number == 0 and not _SUBJECT_BEFORE.search(re.split(r"[.!?]\s", text[:m.start()])[-1]):
                continue  # "gunmen killed two members of the Awami League": the group's people are the victims
            name = _ARTICLE.sub("", members.sub("", _ARTICLE.sub("", _lead_cut(m.group("name").strip(" ,'’")))))
            words = name.split()
            known = lexicon().group_by_alias.get(name.lower())
            if known is not None:
                found.append((m.start("name"), known.canonical))  # "attributed the attack to Maoists"
                break
            if len(words) < 2 or not any(part in heads for w in words for part in w.lower().split("-")):
                continue
            if any(x.kind in ("military", "police") and (x.state is not None or _STATE_WORDS.search(name))
                   for x in actors.mentions(name)):
                continue
            found.append((m.start("name"), name))
            break
    return min(found)[1] if found else None


#: what may come before "members of the X" when they are the subject: the sentence's start, a comma ("Karl
#: Armstrong, a member of"), "by" or a conjunction, then a count or "suspected" ("Three suspected members of")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(]|\b(?:by|that|when|after|as|where|while|whom|who))\s*(?:(?:the|a|an|some|several|suspected|alleged|"
    r"armed|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\s+)*(?:\w+\s+)?$", re.IGNORECASE)
#: a force's name that is a state's own: "National Guard", "Army of the Republic of Vietnam"
_STATE_WORDS = re.compile(r"^(?:National|Federal|Royal|Republican|Government|State|Presidential|Border|Coast)\b")


@lru_cache(maxsize=1)
def _mob_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _words()["mob"]
    crowd = "|".join(table["crowd_patterns"])
    act = "|".join(table["act_patterns"])
    # the crowd as the act's subject, a few words apart but never a passive ("residents were beaten") or a second
    # subject ("residents and police"); or the crowd after "by" ("was beaten up by people")
    told = re.compile(rf"(?<!armed )\b(?:{crowd})\b(?:\s+(?!(?:were|was|are|is|been|being|and)\b)\w+){{0,4}}?\s+"
                      rf"(?:{act})\b|\b(?:{act})\b(?:\s+\w+){{0,5}}?\s+by\s+(?:a\s+|the\s+)?(?:{crowd})\b",
                      re.IGNORECASE)
    armed = re.compile(rf"\b(?:{'|'.join(table['armed_patterns'])})\b", re.IGNORECASE)
    return told, armed


def mob_violence(text: str) -> bool:
    """An incident's sentences tell an attack by a crowd of unarmed people, which ACLED codes Riots / Mob violence
    ("villagers caught and beat a suspected thief to death", "a man was beaten up by people"): a crowd ([mob] of
    data/types_words.toml) doing an act of hands, stones or fire, and no gun or bomb named."""
    told, armed = _mob_patterns()
    return bool(told.search(text)) and not armed.search(text)


#: words that end the phrase of the act's object: "hurt when masked militiamen fired", "those killed were
#: GATIA fighters" tell no armed victim
_NOT_BETWEEN = r"(?:by|after|when|as|while|before|with|from|were|was|are|is|and|or|in|at|on|near)"
#: how many words may stand between an armed victim and the act told of it ("police officers on patrol were shot"),
#: and between the act and the victim ("killed at least two soldiers")
ARMED_VICTIM_GAP = 4


@lru_cache(maxsize=1)
def _armed_victim_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = _words()["armed_victim"]
    victim = "|".join(table["victim_patterns"])
    act = "|".join(table["act_patterns"])
    not_gap = "|".join(table["gap_not_patterns"])
    count = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|the|its|his|their|at\s+least\s+\w+)"
    told = re.compile(
        # "2 NDS members were shot and killed": the victim, a few words (never "by" nor a report's words: [armed_victim]
        # gap_not_patterns), a passive of the act
        # ("The woman told police her baby was shot": the police told, not the victim)
        rf"(?<!\btold\s)(?<!\btell\s)(?<!\btells\s)(?<!\bto\s)"
        rf"\b(?:{victim})\b(?:\s+\([^)]*\))?(?:\s+(?!(?:{not_gap})\b)\w+){{0,{ARMED_VICTIM_GAP}}}?\s+"
        rf"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:reportedly\s+)?(?:{act})\b"
        # "shot and killed one ranger": the act, a count, a word or two, the victim
        rf"|\b(?:{act})\s+(?:and\s+(?:killed|injured|wounded)\s+)?(?:{count}\s+)?(?:(?!{_NOT_BETWEEN}\b)\w+\s+){{0,2}}?"
        rf"(?:{victim})\b"
        rf"|{'|'.join(table['criminal_patterns'])}",
        re.IGNORECASE)
    unarmed = re.compile(rf"\b(?:{'|'.join(table['not_patterns'])})\b", re.IGNORECASE)
    state = re.compile(rf"\b(?:{'|'.join(table['state_patterns'])})\b", re.IGNORECASE)
    return told, unarmed, state


def armed_victim(text: str) -> bool:
    """The text tells an armed actor hit ([armed_victim] of data/types_words.toml: police or soldiers on duty,
    rangers, guards, militants, gang members, a victim told a drug trafficker) by a side that is not the state's
    forces: ACLED codes that violence Battles / Armed clash, not violence against civilians."""
    told, unarmed, state = _armed_victim_patterns()
    return bool(told.search(text)) and not unarmed.search(text) and not state.search(text)


def police_hit(text: str) -> bool:
    """The text tells police hit: an armed victim told ([armed_victim] of data/types_words.toml) whose words name the
    police ("police officers on patrol were shot", "attacked a police checkpoint")."""
    told, _unarmed, _state = _armed_victim_patterns()
    return any(re.search(r"\b(?:police|policem[ae]n|policewom[ae]n|officers?|cops?|constables?|patrolm[ae]n|"
                         r"sheriff|deputies|deputy|troopers?|gendarmes?)", m.group(0), re.I)
               for m in told.finditer(text))


def forces_killed_armed(text: str) -> bool:
    """The text tells the state's forces killing armed men ([armed_victim] forces_killed_patterns of
    data/types_words.toml: militants, rebels, separatists, a commander): ACLED's Battles / Armed clash."""
    return bool(_listed("armed_victim", "forces_killed_patterns").search(text))


@lru_cache(maxsize=1)
def _intervention_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _words()["intervention"]
    forces, act = "|".join(table["forces_patterns"]), "|".join(table["act_patterns"])
    crowd, passive = "|".join(table["crowd_patterns"]), "|".join(table["passive_patterns"])
    told = re.compile(
        # "Military forces stopped protesters": the forces, at most two words, what they did
        rf"\b(?:{forces})\s+(?:\w+\s+){{0,{INTERVENTION_GAP}}}?(?:{act})\b"
        # "protesters were detained", "the protest was dispersed by police", "26 arrested"
        rf"|\b(?:{crowd})(?:\s+(?:by|of|from)(?:\s+\w+){{1,3}})?\s+(?:(?:was|were|have\s+been|had\s+been|being|got)\s+|(?<=\d\s)|(?<=\d\d\s))"
        rf"(?:briefly\s+|later\s+|reportedly\s+|forcibly\s+|peacefully\s+)?(?:{passive})\b",
        re.IGNORECASE)
    return told, re.compile(rf"\b(?:{'|'.join(table['not_patterns'])})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _demonstrators_violence_pattern() -> re.Pattern[str]:
    table = _words()["demonstrators_violence"]
    agent, act = "|".join(table["agent_patterns"]), "|".join(table["act_patterns"])
    gap = rf"(?:(?!(?:{'|'.join(table['gap_not_patterns'])})\b)\w+\s+){{0,{DEMONSTRATORS_GAP}}}?"
    return re.compile(rf"\b(?:(?:{agent})\s+{gap}(?:also\s+)?(?:{act})|{'|'.join(table['told_patterns'])})\b",
                      re.IGNORECASE)


#: words between the demonstrators and what they did ("A small band of demonstrators threw bottles", "rioters also
#: damaged"); the 2020 dev notes' violent demonstrations typed protests needed none to three
DEMONSTRATORS_GAP = 3


def demonstrators_violence(text: str) -> bool:
    """The text tells the demonstrators turning violent ([demonstrators_violence] of data/types_words.toml):
    throwing stones, vandalising, storming, beating someone up, a scuffle; ACLED's Riots / Violent demonstration."""
    return bool(_demonstrators_violence_pattern().search(text))


@lru_cache(maxsize=None)
def _listed(section: str, key: str) -> re.Pattern[str]:
    """One word list of data/types_words.toml (`key` of `[section]`) as one case-insensitive whole-word pattern."""
    return re.compile(rf"\b(?:{'|'.join(_words()[section][key])})\b", re.IGNORECASE)


def _told(section: str, text: str, told: str = "patterns", not_told: str = "not_patterns") -> bool:
    """One of `[section]`'s `told` patterns of data/types_words.toml is in `text` and none of its `not_told` ones."""
    return bool(_listed(section, told).search(text)) and not _listed(section, not_told).search(text)


def fight_told(text: str) -> bool:
    """The text tells fire both ways or calls the event a clash ([fight] of data/types_words.toml), not a clash it
    tells did not happen ("There was no armed clash", negated_patterns)."""
    return bool(_listed("fight", "told_patterns").search(_listed("fight", "negated_patterns").sub(" ", text)))


#: words between the forces and their fire, and between the fire and the people fired on ("soldiers of the 12th
#: regiment fired on the hamlet", "opened fire when a civilian"): ACLED's training notes told it within three
STATE_FIRE_GAP = 3


@lru_cache(maxsize=1)
def _state_fire_pattern() -> re.Pattern[str]:
    table = _words()["state_fire"]
    forces, act, victim = ("|".join(table[key]) for key in ("forces_patterns", "act_patterns", "victim_patterns"))
    return re.compile(rf"\b(?:{forces})\s+(?:[\w-]+\s+){{0,{STATE_FIRE_GAP}}}?(?:{act})\s+(?:\w+\s+){{0,{STATE_FIRE_GAP}}}?"
                      rf"(?:{victim})\b", re.IGNORECASE)


def state_fire(text: str) -> bool:
    """The text tells the state's forces firing on people it tells no arm of, and names no armed opponent or fire both
    ways ([state_fire] of data/types_words.toml): ACLED's violence against civilians (or a protest's, a riot's types)."""
    return bool(_state_fire_pattern().search(text)) and not fight_told(text) and not (
        _listed("state_fire", "opponent_patterns").search(text))


#: words between the forces and what they did ("police briefly detained", "Military forces stopped"): more reached
#: "Police stood by to keep the marchers off the highway" on the dev notes
INTERVENTION_GAP = 2


def protest_intervention(text: str) -> bool:
    """The text tells the state's forces stopping, dispersing or detaining a protest ([intervention] of
    data/types_words.toml), not an arrest the protest is about: ACLED's Protest with intervention."""
    told, not_ = _intervention_patterns()
    return bool(told.search(not_.sub(" ", text)))


def disrupted_kind(incident: Incident, event: str, text: str) -> str | None:
    """ACLED's Strategic developments sub-event type for an explosion or fight the text tells stopped or gone off
    in its own side's hands or weapons found or seized with no violence told (Disrupted weapons use) or set off by an
    old war's remnant or people displaced with no one hurt (Other); None otherwise
    ([disrupted] of data/types_words.toml)."""
    if _listed("disrupted", "premature_patterns").search(text):
        return "Disrupted weapons use"
    if event == "Explosions/Remote violence" and not (incident.killed or incident.wounded) and (
            _listed("disrupted", "dud_patterns").search(text)):
        return "Disrupted weapons use"
    if _listed("disrupted", "remnant_patterns").search(text):
        return "Other"
    if not (incident.killed or incident.wounded) and _told("disrupted", text, "seizure_patterns",
                                                           "seizure_not_patterns"):
        return "Disrupted weapons use"
    if not (incident.killed or incident.wounded) and _told("disrupted", text, "displacement_patterns",
                                                           "displacement_not_patterns"):
        return "Other"
    return None


def forces_moved(incident: Incident, text: str) -> bool:
    """The text tells forces sent or arriving with no one hurt and no fight ([forces_moved] of
    data/types_words.toml): ACLED's Strategic developments / Change to group/activity."""
    return not (incident.killed or incident.wounded) and _told("forces_moved", text)


def people_detained(incident: Incident, text: str) -> bool:
    """The text tells people captured and held with no one hurt and no fight ([people_detained] of
    data/types_words.toml): ACLED's Strategic developments / Arrests."""
    return not (incident.killed or incident.wounded) and _told("people_detained", text)


#: the event types a shooting told as an accident ([accident] of data/types_words.toml: "accidentally shot himself")
#: is coded as by the rules and models; ACLED, GTD and UCDP code no accident, so there it is marked
#: (Incident.accident) and keeps no ACLED, GTD or MUC-4 type (accident_told). A fight's or a bombing's accident
#: ("soldiers accidentally shot a comrade", "a grenade accidentally detonated": disrupted_kind) stays as ACLED codes it
ACCIDENT_FROM = frozenset({"Violence against civilians"})
#: the fields an accident keeps empty
ACCIDENT_CLEARED = ("event_type", "sub_event_type", "attack_types", "target_types", "muc_incident_type")


def accident_told(text: str) -> bool:
    """The text tells its shooting an accident ([accident] patterns of data/types_words.toml: "accidentally shot",
    "the accidental shooting of", "a hunting accident"), and neither denies one nor tells a fight whose bullets hit a
    bystander (not_patterns: "not an accident", "a stray bullet", "crossfire")."""
    return accident_phrase(text) is not None


def accident_phrase(text: str) -> re.Match[str] | None:
    """The words of `text` that tell its shooting an accident (accident_told), None where none do or it denies one.
    Session 29's words (hedged_patterns: "playing with a handgun", "Police said the shooting was accidental") count
    only where their sentence neither asks, denies nor tells another's version before them (hedge_patterns: "It is
    unclear whether the shooting was accidental", "Other reports claim he was playing with a rifle")."""
    if _listed("accident", "not_patterns").search(text):
        return None
    told = _listed("accident", "patterns").search(text)
    if told is not None:
        return told
    hedge = _listed("accident", "hedge_patterns")
    for said in _listed("accident", "hedged_patterns").finditer(text):
        # its sentence begins after the last stop, question or exclamation mark or line break before the words
        start = max(text.rfind(stop, 0, said.start()) for stop in ".!?\n") + 1
        if not hedge.search(text, start, said.start()):
            return said
    return None


def accident_span(text: str, article: str) -> Span | None:
    """Where in `article` the words that tell `text` (the incident's sentences) an accident are: the same words with
    any spacing, else the first words of the article that tell one."""
    told = accident_phrase(text)
    if told is None:
        return None
    same = re.compile(r"\s+".join(map(re.escape, told.group(0).split())), re.IGNORECASE)
    found = same.search(article) or _listed("accident", "patterns").search(article)
    return Span(found.start(), found.end(), found.group(0)) if found else None


def explosion_named(text: str) -> bool:
    """The text names an explosive or remote weapon ([explosion_named] of data/types_words.toml)."""
    return bool(_listed("explosion_named", "weapon_patterns").search(text))


def remote_weapon_told(text: str) -> bool:
    """The text tells an explosion or names an explosive, heavy or remote weapon ([remote_weapon] patterns of
    data/types_words.toml, [shooting] explosive_patterns, explosion_named and [heavy_fire] weapon_patterns; not its
    air_patterns, whose helicopter is a shooting's ambulance as often), read with the words that name none blanked
    out ("a bomb squad", "a mobile device")."""
    plain = _listed("remote_weapon", "not_patterns").sub(" ", text)
    return any(_listed(section, key).search(plain) for section, key in (
        ("remote_weapon", "patterns"), ("shooting", "explosive_patterns"), ("explosion_named", "weapon_patterns"),
        ("heavy_fire", "weapon_patterns")))


def heavy_fire_only(text: str) -> bool:
    """The text names heavy or air weapons fired ([heavy_fire] weapon_patterns, air_patterns of data/types_words.toml)
    and no small arms, ground fight, fire back or clash: one side's shelling or air strike on the other, ACLED's
    Explosions/Remote violence."""
    return any(_listed("heavy_fire", key).search(text) for key in ("weapon_patterns", "air_patterns")) and not (
        _listed("heavy_fire", "small_arms_patterns").search(text) or ground_fight_told(text) or fight_told(text))


def ground_fight_told(text: str) -> bool:
    """The text tells a ground fight: an attack, assault, ambush, raid, offensive or one repelled ([heavy_fire]
    ground_patterns of data/types_words.toml)."""
    return bool(_listed("heavy_fire", "ground_patterns").search(text))


def small_arms_beside(text: str) -> bool:
    """The text names small arms fired beside heavy weapons ([heavy_fire] beside_patterns and weapon_patterns of
    data/types_words.toml): fire of both kinds at the other side, ACLED's armed clash."""
    return bool(_listed("heavy_fire", "beside_patterns").search(text) and (
        _listed("heavy_fire", "weapon_patterns").search(text)))


def off_duty_victim(text: str) -> bool:
    """The text tells an armed actor off duty, retired or a former member ([armed_victim] not_patterns), or a suspect
    killed in a raid of the state's forces (suspect_patterns)."""
    return bool(_armed_victim_patterns()[1].search(text) or _listed("armed_victim", "suspect_patterns").search(text))


#: ACLED's actor types of an armed side (state forces, rebels, political and identity militias, external forces): a
#: shooting that falls on one is a battle
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
#: the side that fired in a shooting of people: a gunman, unidentified men or a gang (actors' "Unidentified Armed
#: Group", inter 3), or the police where the text names no armed opponent (a man they shot and did not fight); the
#: military, rebels and named groups are left to the rules and models
UNNAMED_SHOOTER = 3
POLICE_SHOOTER = "Police Forces"
#: GTD's target types of an armed side (read as the incident's primary one: GVA's shootings name the police that
#: investigate among their targets), and actors' kinds of sides that are not armed
ARMED_TARGETS = frozenset({"Military", "Police", "Terrorists/Non-State Militia"})
#: actors' kinds of sides that a shooting of people may be told falling on: the unarmed, and the police, whom long
#: local stories name in many sentences near an act word ("according to the police report"; a police officer hit is
#: read by police_hit)
NOT_FIGHTERS = frozenset({"civilians", "protesters", "rioters", "police"})


def shooting_of_people(incident: Incident, text: str) -> bool:
    """A shooting of people with no armed side fighting ([lone_shooting] of data/types_words.toml), read of an
    incident whose only weapon is a firearm (shooting_choice reads that once, _gunfire_only): no fire both ways or
    exchange told, no armed actor hit, no state forces killing armed men, and no armed side acted on among the sides
    actors.acled_actors reads (a gunman's or police's victims are civilians). ACLED codes it Violence against civilians
    / Attack, not Battles."""
    if fight_told(text) or _listed("lone_shooting", "exchange_patterns").search(text):
        return False
    if _listed("shooting", "demonstration_patterns").search(text):
        return False  # fire on a demonstration: the protest's or the riot's types (state_fire)
    if armed_victim(text) or police_hit(text) or forces_killed_armed(text) or (
            _listed("lone_shooting", "armed_hit_patterns").search(text)):
        return False
    if incident.target_types and incident.target_types[0] in ARMED_TARGETS:
        return False  # the rules' primary target an armed side ("attacked a checkpoint")
    found = actors.mentions(text, incident.country)
    if any(m.acted is False and m.kind not in NOT_FIGHTERS for m in found):
        return False  # "killed 4 ADF militiamen", "the gunman was shot by a deputy"
    sides = actors.acled_actors(incident.replace(event_type="Battles"), text)
    if sides.inter2 in ARMED_INTER:
        return False
    if sides.inter1 == UNNAMED_SHOOTER:
        return True
    if not sides.actor1.startswith(POLICE_SHOOTER):
        return False
    # the police as the side first named, not told acting ("Police said a man walked up and fired"), or police who
    # shot a man where the text names no armed opponent ([state_fire] opponent_patterns)
    told_acting = any(m.kind == "police" and m.acted is True for m in found)
    return not told_acting or not _listed("state_fire", "opponent_patterns").search(text)


def _gunfire_only(incident: Incident, text: str) -> bool:
    """The incident's only weapon is a firearm and its text names no explosive, heavy or air weapon ([shooting] of
    data/types_words.toml): the models' explosion there is the words of a shooting ("blasted", "exploded")."""
    return bool(incident.weapon_types) and set(incident.weapon_types) <= {"Firearms"} and not (
        _listed("shooting", "explosive_patterns").search(text))


def shooting_choice(incident: Incident, text: str, event: str, sub: str) -> tuple[str, str]:
    """The models' (event, sub-event) type for an incident whose only weapon is a firearm: their explosion gives way
    to the rules' type, and their violent demonstration to mob violence, where the text names no explosive and
    tells no demonstration; a battle that is a shooting of people (shooting_of_people), and a mob's violence that is
    one man's gunfire after a quarrel, are attacks on civilians."""
    if not _gunfire_only(incident, text):
        return event, sub
    if event != incident.event_type and event == "Explosions/Remote violence" and incident.event_type:
        return incident.event_type, incident.sub_event_type or ""  # the rules' shooting
    if sub == "Violent demonstration" and incident.sub_event_type != sub and not (
            _listed("shooting", "demonstration_patterns").search(text)):
        sub = "Mob violence"  # a crowd shot at, or fighting, is no demonstration
    if (event, sub) == ("Riots", "Mob violence") and (incident.killed or incident.wounded) and not (
            _listed("shooting", "demonstration_patterns").search(text) or _listed("shooting", "mob_patterns").search(text)
    ) and actors.acting_state(incident.replace(event_type="Violence against civilians"), text) is None:
        # a shooting of people after a quarrel or a fight ("an argument between two men turned into a shooting") is
        # the gunman's attack, not a crowd's violence: the rules read "fight" as a mob's where no armed group is named
        # (GVA's US shootings typed Riots / Mob violence). A crowd told attacking ([shooting] mob_patterns) stays a
        # riot, and so does a crowd the state's forces fired on (ACLED's rioters are its first side there)
        return "Violence against civilians", "Attack"
    if (event, sub) == ("Battles", "Armed clash") and shooting_of_people(incident, text):
        # a gunman's or a drive-by's shooting of people, no one firing back and no armed side hit (GVA's US shootings
        # typed a battle for a "gunman" or the police named at the scene); replayed on the 2020 dev notes typed a
        # battle, none changes
        return "Violence against civilians", "Attack"
    return event, sub


@lru_cache(maxsize=1)
def _territory_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_words()['territory']['taken_patterns'])})\b", re.IGNORECASE)


def territory_taken(text: str) -> bool:
    """The text tells a side taking an area ("took control of two hill villages", "recaptured the town"):
    ACLED's Battles sub-event types of territory ([territory] of data/types_words.toml)."""
    return bool(_territory_pattern().search(text))


def territory_sub(incident: Incident, text: str) -> str:
    """The territory sub-event type of a battle: Government regains territory where the side that acted is state
    forces (ACLED's inter 1, actors.acled_actors), else Non-state actor overtakes territory."""
    sides = actors.acled_actors(incident.replace(event_type="Battles"), text)
    return "Government regains territory" if sides.inter1 == 1 else "Non-state actor overtakes territory"


#: GTD's attack types a prominent victim ([assassination] of data/types_words.toml) makes Assassination where the
#: rules and models put it first. Bombings are not: GTD codes the bomb at a senator's house or a congressman's car
#: that hurt nobody a bombing (the 1970-2017 file's bombings with such a title in their summary: 210, assassinations
#: 102). Replayed on the pipeline's pre-types incidents (session 16): the GTD held-out fold's attacktype1 84.62 ->
#: 85.95 (5 assassinations right, 1 armed assault lost: a family murdered whose head was a religious leader), the
#: 1970-72 sample 92.62 unchanged (no row changed)
ASSASSINATION_FROM = frozenset({"Armed Assault"})
ASSASSINATION = "Assassination"
#: GTD's attack types that the text's own words for an attempt on a life ("attempted to assassinate", "an
#: assassination attempt": [assassination] told_patterns) make Assassination. Bombings are, unlike a prominent victim
#: alone: the 1970-2017 file's training rows code 7 of the 8 summaries with such words Assassination (4 of them car or
#: suicide bombs), the eighth saying it "was not an attempt to assassinate". Replayed on the held-out fold's captured
#: incidents (session 22): attacktype1 259 -> 260 of 299 (a governor's compound attacked with a VBIED "was an
#: attempted assassination"), none lost; the 1970-72 sample has no such words
ASSASSINATION_TOLD_FROM = frozenset({"Armed Assault", "Bombing/Explosion"})


@lru_cache(maxsize=1)
def _victim_patterns() -> tuple[re.Pattern[str], ...]:
    table = _words()["assassination"]
    title = rf"(?:{'|'.join(table['titles'])})s?\b"
    acts = "|".join(table["act_patterns"])
    not_between = "|".join(table["not_between"])
    gap = rf"(?:(?!(?:{not_between})\b)[\w'’().-]+\s+){{0,6}}?"
    name = r"[A-Z][\w.'’-]+"
    return (
        # the object of the act: "opened fire on a Peasants' Union (PU) leader"
        re.compile(rf"\b(?:{acts})\s+(?:(?:and\s+)?(?:killed|wounded|injured)\s+)?(?:a|an|the)\s+{gap}{title}",
                   re.IGNORECASE),
        # in apposition to a name: "Halvorsen, the mayor of the river town"
        re.compile(rf"{name},\s+(?:a|an|the)\s+{gap}(?i:{title})"),
        # said of a name: "Obuya was the speaker of the county assembly"
        re.compile(rf"\b{name},?\s+(?:was|is)\s+(?:a|an|the)\s+{gap}(?i:{title})"),
        # a title and its name told hurt: "the governor, Abdul Basir Salangi, was killed"
        re.compile(rf"\b(?i:{title}),?\s+{name}(?:\s+{name})*,?\s+(?:was|were)\s+(?i:shot|killed|murdered|"
                   r"stabbed|attacked|wounded|injured|assassinated|gunned)"),
    )


def _put_first(label: str, types: Sequence[str]) -> tuple[str, ...]:
    """`types` with `label` first (added where it is missing, moved where it is there)."""
    return (label, *(t for t in types if t != label))


def prominent_victim(text: str) -> bool:
    """The text tells a prominent person the victim of the act, by a title ([assassination] of
    data/types_words.toml): the act's object, in apposition to a name or said of it ("Gunmen shot dead
    Rahim Zaid, a local militia commander"); GTD codes such an attack Assassination."""
    return any(pattern.search(text) for pattern in _victim_patterns())


def assassination_first(attack_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's attack types with Assassination first where the first is one of ASSASSINATION_TOLD_FROM and the text
    calls the act an attempt on a life (assassination_told), or the first is one of ASSASSINATION_FROM and the text
    tells a prominent victim (prominent_victim); else as they are."""
    if attack_types and attack_types[0] in ASSASSINATION_TOLD_FROM and assassination_told(text):
        return _put_first(ASSASSINATION, attack_types)
    if not attack_types or attack_types[0] not in ASSASSINATION_FROM or not prominent_victim(text):
        return attack_types
    return _put_first(ASSASSINATION, attack_types)


def assassination_told(text: str) -> bool:
    """The text calls its act an attempt on someone's life ([assassination] told_patterns of data/types_words.toml:
    "attempted to assassinate", "an assassination attempt"), not "not an attempt to assassinate"."""
    return _told("assassination", text, "told_patterns", "told_not_patterns")


#: GTD's target types the [targets] words of data/types_words.toml name; where the rules and the target model left
#: Private Citizens & Property first (the rules' answer for any person or house hurt), a named kind of target
#: ("the United States Coast Guard Club", "a polling center", "a Cuban business", "a Shi'i mosque") goes first.
#: Each word was kept where the 1970-2017 file's training rows and the 1970-72 sample bear it out (session 16:
#: polling centres 28 of 28 Government (General), the IRS 10 of 11, "business" 15 of 20 Business and 1 Private,
#: mosques 69 of 91 and 7 Private); "publisher", "businessman" and "pilgrims" were not kept (mostly Private there).
#: Replayed on the pipeline's pre-types incidents: the GTD held-out fold's targtype1 71.91 -> 73.91 (7 right, 1
#: lost: an IED near a temple that GTD codes Private), the 1970-72 sample 84.50 unchanged (no row changed). Session 22
#: added a military base and a consul, consulate, embassy or diplomat: the fold 74.58 -> 75.25 (2 right: a bomb at a
#: NATO base's entrance, a car bomb under a consul's son's car; none lost), the sample unchanged. Session 24: the named
#: kind also leads where the rules found no target and the target model's guess filled the field (the model, 62.5%
#: right on the fold, reads "a bomb at a service station" as Military); with session 24's words (stations, stores,
#: factories, pipelines, members of parliament) the fold 230 -> 232 of 299 (a metro station, a service station; none
#: lost; both rows were read in the error analysis that chose the words), the 1970-72 sample 462 of 542 unchanged


@lru_cache(maxsize=2)
def _target_patterns(section: str = "targets") -> tuple[re.Pattern[str], tuple[str, ...]]:
    table = _words()[section]
    kinds = tuple(kind for kind, patterns in table.items() for _ in patterns)
    alternatives = "|".join(rf"(?P<k{i}>{pattern})" for i, pattern in
                            enumerate(pattern for patterns in table.values() for pattern in patterns))
    return re.compile(rf"\b(?:{alternatives})(?:s|es)?\b", re.IGNORECASE), kinds


def named_target(text: str) -> str | None:
    """The GTD target type of the first kind of target the text names by a [targets] word of data/types_words.toml
    ("a polling center" -> Government (General)), or None."""
    pattern, kinds = _target_patterns()
    found = pattern.search(text)
    return kinds[int(found.lastgroup[1:])] if found is not None and found.lastgroup is not None else None


def named_target_first(target_types: tuple[str, ...], text: str, guessed: bool = False) -> tuple[str, ...]:
    """GTD's target types with the one the text names (named_target) first where Private Citizens & Property was, or
    where the rules found no target and the target model's best guess (`guessed`) stands in for them."""
    if target_types[:1] != (PRIVATE_TARGET,) and not guessed:
        return target_types
    named = named_target(text)
    return target_types if named is None else _put_first(named, target_types)


#: [strong_targets] of data/types_words.toml: words that tell GTD's target type whatever else the text names (an
#: abortion clinic, worshippers, a synagogue, an Awakening Council, the ROTC), read after the rules, the target model,
#: named_target and vehicle_owner. Replayed on the pipeline's captured pre-types incidents (session 23): the held-out
#: fold's targtype1 225 -> 230 of 299 (none lost), the 1970-72 sample's 458 -> 462 of 542 (none lost)


def strong_target(text: str) -> str | None:
    """The GTD target type of the first target the text names by a [strong_targets] word of data/types_words.toml
    ("an abortion clinic" -> Abortion Related), or None."""
    pattern, kinds = _target_patterns("strong_targets")
    found = pattern.search(text)
    return kinds[int(found.lastgroup[1:])] if found is not None and found.lastgroup is not None else None


def strong_target_first(target_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's target types with the one the text names by a word that tells it whatever else the text names
    (strong_target) first, whichever type was first; else as they are."""
    strong = strong_target(text)
    return target_types if strong is None else _put_first(strong, target_types)


#: GTD's target type of a vehicle: a vehicle named as an owner's ([vehicle_owner] of data/types_words.toml: "a
#: military convoy", "the Afghan National Army (ANA) bus", "a bus of Israeli tourists") is its owner's target where the
#: rules and models put Transportation first (GTD's training rows: 42 of 42 such summaries coded by the owner).
#: Replayed on the held-out fold's captured incidents (session 22): targtype1 221 -> 223 of 299, none lost
TRANSPORTATION = "Transportation"


@lru_cache(maxsize=1)
def _vehicle_owner_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table: dict = _words()["vehicle_owner"]
    vehicle = "|".join(table["vehicle_patterns"])
    out = []
    for kind in dict.fromkeys([*table["before"], *table["after"]]):
        before, after = "|".join(table["before"].get(kind, ())), "|".join(table["after"].get(kind, ()))
        parts = [rf"\b(?:{before})(?:\s+\([^()]{{1,12}}\))?\s+(?:{vehicle})\b"] if before else []
        if after:
            parts.append(rf"\b(?:{vehicle})\s+(?:of|carrying|transporting)\s+(?:[\w'-]+\s+){{0,2}}?(?:{after})\b")
        out.append((kind, re.compile("|".join(parts), re.IGNORECASE)))
    return tuple(out)


def vehicle_owner(text: str) -> str | None:
    """The GTD target type of the owner of the first vehicle the text names as someone's ([vehicle_owner] of
    data/types_words.toml), or None."""
    found = [(m.start(), kind) for kind, pattern in _vehicle_owner_patterns() if (m := pattern.search(text))]
    return min(found)[1] if found else None


def vehicle_owner_first(target_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's target types with the owner of the vehicle the text names (vehicle_owner) first where Transportation
    was; else as they are."""
    if target_types[:1] != (TRANSPORTATION,):
        return target_types
    owner = vehicle_owner(text)
    return target_types if owner is None else _put_first(owner, target_types)


#: GTD's attack type of a robbery ([robbery] of data/types_words.toml: "robbed the FirstStar Bank", "robbed an
#: armored car") where the rules and models said Armed Assault: the 1970-2017 file's training rows and the 1970-72
#: sample code 37 of the 50 summaries that say "robbed" Hostage Taking (Barricade Incident), 3 Armed Assault, 1
#: Facility/Infrastructure Attack ("robbery" alone is no sign: 4 and 4). Replayed (session 16): the GTD held-out
#: fold's attacktype1 85.95 -> 86.62 (2 right, none lost; 3 robberies of shops GTD codes Facility/Infrastructure
#: Attack stay wrong), the 1970-72 sample 92.62 -> 92.80 (1 right)
ROBBERY_FROM = frozenset({"Armed Assault"})
ROBBERY = "Hostage Taking (Barricade Incident)"


@lru_cache(maxsize=1)
def _robbery_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_words()['robbery']['patterns'])})\b", re.IGNORECASE)


def robbery_first(attack_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's attack types with Hostage Taking (Barricade Incident) first where the first is one of ROBBERY_FROM and
    the text tells a robbery ([robbery] of data/types_words.toml); else as they are."""
    if not attack_types or attack_types[0] not in ROBBERY_FROM or not _robbery_pattern().search(text):
        return attack_types
    return _put_first(ROBBERY, attack_types)


#: GTD's attack type of a fire bomb ([arson] of data/types_words.toml: "a firebomb went off by the shop's door",
#: "threw a Molotov cocktail") where the rules and models said one of ARSON_FROM: the training rows naming one are
#: Facility/Infrastructure Attack 222 of 230 (the rules read "exploded" as a bombing)
ARSON_FROM = frozenset({"Bombing/Explosion", "Armed Assault", "Unknown"})
ARSON = "Facility/Infrastructure Attack"


@lru_cache(maxsize=1)
def _arson_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_words()['arson']['patterns'])})\b", re.IGNORECASE)


def arson_first(attack_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's attack types with Facility/Infrastructure Attack first where the first is one of ARSON_FROM and the text
    names a fire bomb ([arson] of data/types_words.toml); else as they are."""
    if not attack_types or attack_types[0] not in ARSON_FROM or not _arson_pattern().search(text):
        return attack_types
    return _put_first(ARSON, attack_types)


#: GTD's weapon type of a fire bomb ([arson] of data/types_words.toml) where the rules and models said one of
#: INCENDIARY_FROM: the training rows naming one are Incendiary 213 of 225 (Chemical 6, Explosives 4); the weapon
#: model read "a firebomb exploded" as explosives
INCENDIARY_FROM = frozenset({"Explosives", "Unknown"})
INCENDIARY = "Incendiary"


def incendiary_first(weapon_types: tuple[str, ...], text: str) -> tuple[str, ...]:
    """GTD's weapon types with Incendiary first where the first is one of INCENDIARY_FROM and the text names a fire
    bomb ([arson] of data/types_words.toml); else as they are."""
    if not weapon_types or weapon_types[0] not in INCENDIARY_FROM or not _arson_pattern().search(text):
        return weapon_types
    return _put_first(INCENDIARY, weapon_types)


#: GTD's weapon types that Explosives goes before where the rules and models found both: GTD lists an attack's
#: explosives first when guns were fired beside them ("opened fire and threw grenades", "gunmen ... and a suicide
#: bomber"). The 1970-2017 subset's training rows the rules typed Firearms then Explosives: Explosives 21 of 25
#: (Firearms 4: police firing on a bomber); Melee then Explosives: Explosives 2 of 2; Explosives then Firearms:
#: Explosives 81 of 82. Incendiary is not among them (Incendiary then Explosives: Incendiary 11 of 12)
EXPLOSIVES_BEFORE = frozenset({"Firearms", "Melee"})
EXPLOSIVES = "Explosives"


def explosives_first(weapon_types: tuple[str, ...]) -> tuple[str, ...]:
    """GTD's weapon types with Explosives first where the first is one of EXPLOSIVES_BEFORE and Explosives follows
    it; else as they are."""
    if not weapon_types or weapon_types[0] not in EXPLOSIVES_BEFORE or EXPLOSIVES not in weapon_types:
        return weapon_types
    return _put_first(EXPLOSIVES, weapon_types)


def group_label(label: str) -> str:
    """A GTD group name as the rules name the group (groups.tsv's canonical name: "Front for the Liberation of the
    Coast (FLC)" -> "Coastal Front"), or GTD's own name where groups.tsv does not know it."""
    known = lexicon().group_by_alias.get(_BRACKETED.sub("", label).lower())
    return known.canonical if known is not None else label


#: how many words may stand between a violent act and the group told its object ("shot two Black Panthers", "killed
#: three members of the Awami League")
VICTIM_GROUP_GAP = 4


@lru_cache(maxsize=1)
def _victim_object_pattern() -> re.Pattern[str]:
    table = _words()["victim_group"]
    acts, not_gap = "|".join(table["act_patterns"]), "|".join(table["gap_not_patterns"])
    return re.compile(rf"\b(?:{acts})\s+(?:(?!(?:{not_gap})\b)[\w'’-]+\s+){{0,{VICTIM_GROUP_GAP}}}$", re.IGNORECASE)


def victim_told(name: str, text: str) -> bool:
    """Every mention in `text` of the group `name` (written so, or any alias of it in groups.tsv) is the object of a
    violent act ([victim_group] of data/types_words.toml): "the Harbour Gang shot two River Lions dead"
    tells the River Lions' people killed, not the River Lions killing. False where the text does not name it."""
    aliases = {name.lower(), *(g.alias.lower() for g in lexicon().groups if g.canonical.lower() == name.lower())}
    mentions = [m.start() for alias in aliases
                for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, re.IGNORECASE)]
    before = _victim_object_pattern()
    return bool(mentions) and all(before.search(text[max(0, start - 120):start]) for start in mentions)


#: a long name with its acronym in brackets beside it ("the Black Liberation Army (BLA)"): up to this many words of
#: the name before the bracket are read (capitalised words and the small words between them)
SPELLED_NAME_WORDS = 8
_SPELLED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|de|del|la|el|al)\s+)*){1,%d})\(([A-Z][A-Za-z]{1,9})\)" % SPELLED_NAME_WORDS)


def spelled_acronyms(text: str) -> dict[str, str]:
    """Each acronym the text spells out ("the Black Liberation Army (BLA)") -> what its long name names: the
    group groups.tsv gives that name (its canonical name: "Black Nationalists"), else the long name as written
    where the initials of its capitalised words spell the acronym."""
    lex = lexicon()
    found: dict[str, str] = {}
    for m in _SPELLED.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        tails = [words[i:] for i in range(len(words)) if words[i][0].isupper() and words[i] not in ("The", "A", "An")]
        groups = [g for tail in tails if len(tail) > 1 and (g := lex.group_for(" ".join(tail))) is not None]
        spelled = [" ".join(tail) for tail in tails
                   if "".join(w[0] for w in tail if w[0].isupper()).upper() == acronym.upper()]
        meaning = groups[0].canonical if groups else spelled[0] if spelled else None
        if meaning is not None:
            found.setdefault(acronym.upper(), meaning)
    return found


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in _NAME_SMALL_WORDS)


#: words a group's name may gain or lose and stay its name
_NAME_SMALL_WORDS = frozenset({"the", "of", "for", "in", "and", "a", "an", "de", "del", "la", "el", "al"})


def spelled_out(name: str | None, text: str) -> str | None:
    """`name` with an acronym's meaning the text spells out: a group the rules resolved from an acronym
    ("BLA" -> the Baloch Liberation Army) is the group of the long name the text writes beside that acronym ("the
    Black Liberation Army (BLA)" -> Black Nationalists), or that long name where groups.tsv lacks it; a group the
    text also names in full, or one no spelled acronym stands for, stays."""
    if not name or not text:
        return name
    lex = lexicon()
    group = lex.group_for(_ARTICLE.sub("", name.strip()))
    canonical = group.canonical if group is not None else name
    for acronym, meaning in spelled_acronyms(text).items():
        other = lex.group_for(acronym)
        if other is None or other.canonical != canonical or meaning == canonical:
            continue
        full = [g.alias for g in lex.groups if g.canonical == canonical and not g.alias.isupper()]
        if any(re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, re.IGNORECASE) for alias in full):
            continue
        if lex.group_for(meaning) is None and _name_words(meaning) in {_name_words(a) for a in full}:
            continue  # one of the group's own names written with a small word more or less ("of the Iraq")
        return meaning
    return name


def perpetrator_choice(perpetrator: str | None, organizations: Sequence[str], probs: dict[str, float],
                       threshold: float, text: str = "", own_text: str = "", model_text: str | None = None) -> str | None:
    """The perpetrator analysts see: a named one stays (a group the rules know, the state forces that acted); else
    a group the role tagger found named as the perpetrator organisation; else the group `text` names as the doer in
    a report's words (named_group); else the gname model's group where it gives it at least `threshold` (its
    "Unknown" and "Other" never name anyone); else as it was. A group the incident's own sentences (`own_text`) name
    only as the object of its act (victim_told) is no perpetrator: neither kept nor taken from the tagger, and
    where nothing else names one the perpetrator is None. The model's group stands only where the text it read
    (`model_text`, else `text`) tells it (gname_told)."""
    told = model_text if model_text is not None else text or own_text
    perpetrator = spelled_out(perpetrator, told)
    organizations = [spelled_out(o, told) or o for o in organizations]
    victims = bool(own_text) and bool(perpetrator) and victim_told(perpetrator or "", own_text)
    if perpetrator and not actors.generic_name(perpetrator) and not victims:
        return perpetrator
    if own_text:
        organizations = [o for o in organizations if not victim_told(_ARTICLE.sub("", o.strip()), own_text)]
    organization = named_organization(organizations)
    if organization is not None:
        return organization
    group = named_group(text) if text else None
    if group is not None:
        # the model's name for a group the text gives by its acronym: "the People's Front for Liberation
        # (FPL)" would be GTD's "Frente Popular de Liberacion (FPL)"
        spelled = [label for label in probs if (m := _BRACKETED.search(label)) and m.group(0).strip() in text]
        return group_label(max(spelled, key=probs.__getitem__)) if spelled else group
    if probs:
        best = max(probs, key=probs.__getitem__)
        if probs[best] >= threshold and best not in (GNAME_OTHER, GNAME_UNKNOWN) and gname_told(
                best, text if model_text is None else model_text):
            return group_label(best)
    return None if victims else perpetrator


def gname_told(label: str, text: str) -> bool:
    """The group-name model's `label` may name the perpetrator of `text`: the label has no [gname_words] in
    data/types_words.toml (a name for whom a group attacks: "Anti-Abortion extremists"), or the text names one."""
    return label not in _words().get("gname_words", {}) or bool(_listed("gname_words", label).search(text))


def retype(incidents: Sequence[Incident], texts: Sequence[str], options: Options, article: str = "",
           title: str = "") -> list[Incident]:
    """The incidents with their ACLED and GTD types revised by the models, each read from its own text (`texts`,
    one per incident: the sentences it was detected in), so that two incidents of one article can differ; as they
    were where options.types.enabled is off or the package carries no models. The group-name model reads the whole
    `article` where it tells one incident: a claim or the place that names the group is often a sentence of its own
    (the held-out GTD fold: 58.1% from the incident's sentences, 61.7% from the whole summary); every model reads the
    whole article where it tells one incident and is short (WHOLE_TEXT_CHARS). An article of one incident tells it an
    accident in its `title` (its headline) or any sentence of its text as well as in the incident's own (accident_told:
    a local report often says "accidental" only in its headline or in a later paragraph)."""
    settings = options.types
    if not settings.enabled:
        return list(incidents)
    thresholds = Thresholds(settings.acled_event, settings.acled_sub, settings.gtd_attack, settings.gtd_target,
                            settings.gtd_weapon, settings.gtd_gname)
    whole = article if len(incidents) == 1 and article.strip() else None
    if whole is not None and len(whole) <= WHOLE_TEXT_CHARS:
        texts = [whole]  # a brief is read whole
    told = f"{title.strip()}\n{article}" if whole is not None else None
    # MUC-4's perpetrator organisation is read once the group name is chosen, which reads the rules' organisations
    return muc_typer.with_article_group(
        [retyped(incident, text, thresholds, whole, article, told) for incident, text in zip(incidents, texts)],
        article)


@dataclass(frozen=True)
class Thresholds:
    """How sure a model must be to overrule the rules, per field ([types] in defaults.toml; above 1: never)."""

    acled_event: float
    acled_sub: float
    gtd_attack: float
    gtd_target: float
    gtd_weapon: float
    gtd_gname: float


def aftermath_choice(incident: Incident, text: str, event: str, sub: str) -> tuple[str, str]:
    """The rules' type for the models' explosion or air strike where the text tells a shooting ([remote_weapon]
    shooting_patterns) and names no explosive or remote weapon (remote_weapon_told): the words of its aftermath ("flown
    by helicopter to a hospital", "the bomb squad", GVA's US shootings); else (event, sub) as they are."""
    if event == "Explosions/Remote violence" and incident.event_type not in (None, event) and (
            _listed("remote_weapon", "shooting_patterns").search(text)) and not remote_weapon_told(text):
        return incident.event_type or event, incident.sub_event_type or ""
    return event, sub


def strategic_kind(incident: Incident, event: str, text: str) -> str | None:
    """The Strategic developments sub-event type of an act the models and rules typed a battle, an attack on
    civilians or an explosion where the text tells none: a weapon disrupted or a remnant (disrupted_kind), people
    captured and held (people_detained: Arrests, of a battle only), forces moved (forces_moved); None where none is."""
    violent = event in ("Explosions/Remote violence", "Battles", "Violence against civilians")
    disrupted = disrupted_kind(incident, event, text) if violent else None
    if disrupted is None and event == "Battles" and people_detained(incident, text):
        # migrants "captured and detained" read as a side overtaking territory ([people_detained])
        disrupted = "Arrests"
    if disrupted is None and violent and forces_moved(incident, text):
        # the 2020 dev notes' "Houthi reinforcements arrived on the ... frontlines" read as a battle
        disrupted = "Change to group/activity"
    return disrupted


def revised_acled(incident: Incident, text: str, event: str, sub: str) -> tuple[str, str]:
    """The (event, sub-event) type the models and rules chose, revised by what the text tells: a shooting's type
    (shooting_choice), a crowd's attack (mob violence), armed victims, territory taken, a protest stopped."""
    event, sub = aftermath_choice(incident, text, *shooting_choice(incident, text, event, sub))
    if incident.event_type == "Explosions/Remote violence" and event in ("Battles", "Violence against civilians") and (
            explosion_named(text)) and not (event == "Battles" and ground_fight_told(text)):
        # the models' battle or attack on civilians from "soldiers killed" in an IED attack, "civilians killed" by an
        # airstrike (docs/accuracy.md, session 21, replayed: the 2020 dev notes' event type right on 8 more rows);
        # not the models' battle where a ground fight is told beside the air strike or the shells ("militants
        # stormed ... an army camp ... jets then hit three of their trucks"; training
        # notes naming both where the models read a battle: 42 battles of 42, read in sample)
        event, sub = incident.event_type, incident.sub_event_type or sub
    if event == "Violence against civilians" and mob_violence(text):
        # on the 2022 extract's notes the rules and models typed violence against civilians, 16 such notes were
        # all ACLED's mob violence (docs/accuracy.md)
        event, sub = "Riots", "Mob violence"
    if event == "Violence against civilians" and sub == "Attack" and armed_victim(text):
        # the victims are armed actors (docs/accuracy.md, session 20: the 2020 dev notes' battles typed violence
        # against civilians were mostly shootings of police, soldiers, rangers and gang members)
        event, sub = "Battles", "Armed clash"
    if event == "Violence against civilians" and sub == "Attack" and forces_killed_armed(text):
        # the models' attack on civilians where the forces killed militants, separatists or a commander (the 2020 dev
        # notes' raids on separatist camps; ACLED's training notes: 14 battles of 16)
        event, sub = "Battles", "Armed clash"
    disrupted = strategic_kind(incident, event, text)
    if disrupted is not None:
        # docs/accuracy.md, session 21, replayed: the 2020 dev notes' event type right on 7 more rows; the 2022
        # held-out fold unchanged
        return "Strategic developments", disrupted
    if event == "Battles" and sub == "Armed clash" and off_duty_victim(text) and not fight_told(text):
        # the rules' battle for an attack on a police officer off duty, a retired soldier, a former commander: ACLED
        # codes these violence against civilians, as it does a suspect killed in a police raid (docs/accuracy.md,
        # session 21, replayed: the 2020 dev notes' event type right on 8 more rows, the 2022 held-out fold's on 1;
        # none worse)
        event, sub = "Violence against civilians", "Attack"
    if event in ("Violence against civilians", "Explosions/Remote violence") and sub != "Suicide bomb" and (
            fight_told(text)):
        # the attacked side fired back, or the text calls it a clash or an exchange of fire (docs/accuracy.md,
        # session 21, replayed: the 2020 dev notes' event type right on 15 more rows, the 2022 held-out fold's on 3
        # more; none worse)
        event, sub = "Battles", "Armed clash"
    if event == "Explosions/Remote violence" and sub == "Shelling/artillery/missile attack" and (
            small_arms_beside(text)):
        # mortars and small arms at the other side's positions (training notes: 8 battles of 8)
        event, sub = "Battles", "Armed clash"
    if event == "Battles" and sub == "Armed clash" and state_fire(text):
        # the state's forces firing on civilians with no armed opponent told ("no clash took place there", said
        # of the town): ACLED's training notes telling it, 2 battles of 66; replayed, the 2020 dev notes' event type right
        # on 3 more rows, none worse
        if demonstrators_violence(text):
            event, sub = "Riots", "Violent demonstration"
        elif _listed("shooting", "demonstration_patterns").search(text):
            event, sub = "Protests", "Excessive force against protesters" if incident.killed else (
                "Protest with intervention")
        else:
            event, sub = "Violence against civilians", "Attack"
    if event == "Protests" and demonstrators_violence(text):
        # the march leads the note and the violence follows it (docs/accuracy.md, session 21, replayed: the 2020 dev
        # notes' event type right on 9 more rows, the 2022 held-out fold's on 1 fewer: rioters attacking a march)
        event, sub = "Riots", "Violent demonstration"
    if event == "Protests" and _told("barricades", text):
        # roads blocked with barricades, burning tyres, logs or stones ([barricades] of data/types_words.toml)
        event, sub = "Riots", "Violent demonstration"
    if event == "Protests" and sub == "Peaceful protest" and protest_intervention(text):
        # the forces' act is often a sentence of its own, outside the sentences the rules read (docs/accuracy.md,
        # session 21, replayed: the 2020 dev notes' sub-event type right on 10 more rows, the 2022 held-out fold on 1)
        sub = "Protest with intervention"
    if event == "Riots" and sub == "Mob violence" and _told("communal_clash", text):
        # two communities, clans or villages told clashing: ACLED's armed clash of communal militias ([communal_clash]
        # of data/types_words.toml: the training notes telling it, 112 armed clashes and 4 mob violence of 128)
        event, sub = "Battles", "Armed clash"
    if event == "Riots" and sub == "Mob violence" and _listed("mob", "demand_patterns").search(text):
        # the crowd demanded or protested something: a violent demonstration (the training riots with such words:
        # 1,805 Violent demonstration, 258 Mob violence; [mob] demand_patterns)
        sub = "Violent demonstration"
    return event, refined_sub(incident, text, event, sub)


def refined_sub(incident: Incident, text: str, event: str, sub: str) -> str:
    """The sub-event type of an event type revised_acled chose, refined by what the text tells: a rape, a kidnapping
    with no one hurt, goods seized, territory taken."""
    if event == "Violence against civilians" and sub == "Attack" and (
            _listed("sexual_violence", "patterns").search(text)):
        # a rape told done ([sexual_violence] of data/types_words.toml: the training notes, 32 of 35 such)
        sub = "Sexual violence"
    if event == "Violence against civilians" and sub == "Attack" and not (incident.killed or incident.wounded) and (
            _told("abduction", text)):
        # people kidnapped and no one hurt ([abduction] of data/types_words.toml: the training notes, 230 of 272)
        sub = "Abduction/forced disappearance"
    if event == "Strategic developments" and _told("goods_seized", text):
        # drugs or contraband seized ([goods_seized] of data/types_words.toml), arrests or not: ACLED's
        # Looting/property destruction (the training notes so typed telling it: 8 of 9)
        sub = "Looting/property destruction"
    if event == "Battles" and sub not in RULES_KEEP_SUBS and territory_taken(text):
        # the 2020 dev notes' "took control of" battles were armed clashes (10 rows, all now right; the 2022
        # extract's held-out fold has none; its whole file's notes with these words: 13 territory, 5 clashes)
        sub = territory_sub(incident, text)
    return sub


def retyped(incident: Incident, text: str, thresholds: Thresholds, gname_text: str | None = None,
            article: str | None = None, accident_text: str | None = None) -> Incident:
    """One incident with its types revised (see retype; the group-name model reads `gname_text` where given, else
    `text`). GTD's types and group name are revised only for the acts the rules gave a GTD attack type (attacks,
    not protests or arrests). A field the model fills where the rules left it empty takes the act words' evidence
    (event_type's spans): the sentence the model read is the one they are in. A shooting `text` tells an accident
    (accident_told) is marked, keeps no ACLED, GTD or MUC-4 type, and its evidence["accident"] is the words of the
    `article` that say so (the act words' where no article is given); `accident_text` (the headline and the whole
    article of one incident), where given, may tell it too."""
    if not text.strip():
        return incident
    f = features(text)
    changes: dict[str, object] = {}
    model = MODELS["acled"].load()
    if model is not None:
        probs = dict(zip(model.labels, model.probabilities(f)))
        event_probs = event_probabilities(probs, MODELS["acled_event"].load(), f)
        event, sub = acled_choice(incident.event_type, incident.sub_event_type, probs, event_probs,
                                  thresholds.acled_event, thresholds.acled_sub,
                                  HEAVY_FIRE_SWITCH if heavy_fire_only(text) else None)
        event, sub = revised_acled(incident, text, event, sub)
        changes.update(event_type=event, sub_event_type=sub or None)
    # an accident is no act ACLED, GTD or MUC-4 codes: no type of theirs, no attacker's group from the models
    accident = changes.get("event_type", incident.event_type) in ACCIDENT_FROM and (
        accident_told(text) or (accident_text is not None and accident_told(accident_text)))
    if accident:
        changes.update(dict.fromkeys(ACCIDENT_CLEARED, None), attack_types=(), target_types=(), accident=True)
    if incident.attack_types and not accident:
        for name, field_name, threshold in (("attack", "attack_types", thresholds.gtd_attack),
                                            ("target", "target_types", thresholds.gtd_target),
                                            ("weapon", "weapon_types", thresholds.gtd_weapon)):
            gtd_model = MODELS[name].load()
            if gtd_model is not None:
                rules: tuple[str, ...] = getattr(incident, field_name)
                model_probs = dict(zip(gtd_model.labels, gtd_model.probabilities(f)))
                if name == "target" and rules and rules[0] == PRIVATE_TARGET:
                    threshold = min(threshold, PRIVATE_TARGET_THRESHOLD)
                if name == "target" and rules and POLICE_TARGET not in rules and not police_hit(text):
                    model_probs.pop(POLICE_TARGET, None)
                changes[field_name] = list_choice(rules, model_probs, threshold)
        attack = changes.get("attack_types", incident.attack_types)
        if isinstance(attack, tuple):
            changes["attack_types"] = arson_first(robbery_first(assassination_first(attack, text), text), text)
        weapon = changes.get("weapon_types", incident.weapon_types)
        if isinstance(weapon, tuple):
            changes["weapon_types"] = explosives_first(incendiary_first(weapon, text))
        target = changes.get("target_types", incident.target_types)
        if isinstance(target, tuple):
            guessed = not incident.target_types
            changes["target_types"] = strong_target_first(vehicle_owner_first(
                named_target_first(target, text, guessed), text), text)
    if incident.attack_types and not accident:
        gname = gname_model()
        g = f if gname_text is None else features(gname_text)
        probs = dict(zip(gname.labels, gname.probabilities(g))) if gname is not None else {}
        # a group named in a protest or a riot is the crowd's ("members of the Tenants' Union marched"),
        # not an attacker's: named_group reads attacks only
        crowd = changes.get("event_type", incident.event_type) in ("Protests", "Riots")
        changes["perpetrator"] = perpetrator_choice(incident.perpetrator, incident.perpetrator_organizations, probs,
                                                    thresholds.gtd_gname, "" if crowd else gname_text or text,
                                                    "" if crowd else text, gname_text or text)
    if gname_text is not None and changes.get("event_type", incident.event_type) == "Battles":
        perpetrator = changes.get("perpetrator", incident.perpetrator)
        if actors.generic_name(perpetrator if isinstance(perpetrator, str) else None):
            # a fight whose sentences name no side acting ("Both sides exchanged gunfire"): the state forces the
            # article tells acting elsewhere ("military forces clashed with militiamen") are a side of it
            battle = incident.replace(event_type="Battles")
            # a brief read whole (text is the article) is judged by its summary, the sentence ACLED's sides are
            # read from (actors.acled_actors), and the state is looked for only up to it: a brief leads with its
            # actor ("the Military Police raided a gang's hideout ... gunfire was exchanged"); the forces told
            # acting after the act did what follows it ("the police defused another bomb", "returned fire")
            own, upto = text, gname_text
            if text == gname_text and incident.summary:
                own = incident.summary
                at = gname_text.find(own)
                upto = gname_text[:at + len(own)] if at >= 0 else ""
            state = actors.acting_state(battle, upto) if upto and actors.acting_state(battle, own) is None else None
            if state is not None:
                changes["perpetrator"] = state
    changes = {k: v for k, v in changes.items() if v != getattr(incident, k)}
    if not changes:
        return incident
    evidence = _revised_evidence(incident, changes)
    if changes.get("accident"):
        told = accident_span(text, article) if article else None
        evidence["accident"] = (told,) if told else incident.evidence.get("event_type", ())
    return incident.replace(**changes, evidence=evidence)


def _revised_evidence(incident: Incident, changes: dict[str, object]) -> dict[str, tuple[Span, ...]]:
    """The incident's evidence for its `changes` (retyped): a field the model fills where the rules left it empty
    takes the act words' spans; a field an accident leaves empty (accident_told) keeps none."""
    acts = incident.evidence.get("event_type", ())
    evidence: dict[str, tuple[Span, ...]] = dict(incident.evidence)
    if "perpetrator" in changes and changes["perpetrator"] is None:
        evidence.pop("perpetrator", None)  # a victims' group dropped (victim_told): nothing supports a perpetrator
    elif "perpetrator" in changes:
        # a tagged organisation's spans, else the act words (the sentence the model read); not the generic words
        # ("gunmen") the rules' perpetrator was read from
        named = changes["perpetrator"] == named_organization(incident.perpetrator_organizations)
        evidence["perpetrator"] = (evidence.get("perpetrator_organizations", ()) if named else ()) or acts
    for name in changes:
        if changes.get("accident") and name in ACCIDENT_CLEARED:
            evidence.pop(name, None)  # a type an accident keeps none of: nothing to support
        # the sub-event type has no evidence of its own: the event type's spans support both
        elif name not in ("sub_event_type", "accident") and changes[name] is not None and not evidence.get(name) and acts:
            evidence[name] = acts
    return evidence
