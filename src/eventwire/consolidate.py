"""One act, one incident per article: join the pieces detection split one reported act into.

Detection starts a new incident at every sentence that could tell another act: a headline, "three other people were
also shot", "the victim was identified as ...", a follow-up dated by its own news ("charged Friday"). A local news
story is nearly always about one act, and on real local news (GVA) most extra incidents were such pieces of the one
shooting. After extraction, a later incident of the article is joined to an earlier one when nothing tells them apart:
both violent, dates that agree (or the later one undated by its own words), places that agree (or one without a
place of its own), and no word that marks another act ("another", "separately", "a second"). The joined drafts are
coded again as one, so every field reads all of their sentences.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from . import wordlists
from .detect import NOT_OF_TOLL, SHARED_KINDS, TOLL_TRIGGERS, Draft, Sentence, another_act
from .lexicon import PhraseIndex, _words, lexicon, word_starts
from .records import Incident

#: ACLED types of violent acts: a protest or a strategic development next to a shooting is news of its own
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
#: a strategic development of these sub-types told beside a violent act of the same day and place is a step of that
#: act, not news of its own: the robbery a shooting was part of ("detectives think it began as a holdup", "hunting two
#: men after a holdup in which four were hurt"), the car the shooters stole, the arrest or the gun seized. On the
#: whole GVA file (one shooting an article; session 21's start) 73 of the 95 such developments coded beside a violent
#: incident were extra incidents; the other 22 were matched to the gold shooting, where a violent incident of the
#: same day and place stood beside them (joined, the shooting is matched once, its pieces' tolls read together)
STEP_TYPES = frozenset({("Strategic developments", "Looting/property destruction"),
                        ("Strategic developments", "Arrests"),
                        ("Strategic developments", "Disrupted weapons use")})
#: a step piece (STEP_TYPES: a robbery, a car stolen, an arrest; or an untyped piece, _untyped) of the same scene as
#: the group's violent pieces (_same_scene: own day and named place alike) joins the group by agreeing with those
#: pieces only: _same_act never makes two steps one act, so a group that held the shooting and one step ("a car had
#: been taken in a robbery") turned away every later step of that day and place ("he died of several gunshot
#: wounds", typed a development) and the shooting was coded twice. Without the scene, on police logs (one entry a
#: day, each a report of its own) a theft report joined another day's call and a robbery joined a homicide
STEP_JUDGED_BY_ACT = True
#: SAME_SCENE: a person counted by "another" whose sentence dates or places the shooting on its own ("the boy was
#: flown to a trauma center after a gunman fired at his aunt and another woman" told "Late Friday night";
#: "another gunshot victim" told in the same city) is one more victim of the act when the piece's own day and place
#: are the earlier piece's, the same window and the same named place; a place or a day of its own that differs
#: ("another man was shot in the Coppin Heights neighborhood", after "in Baltimore") still tells one more act
#: SAME_SCENE's "same window" is read as windows that overlap: "Monday night" (Monday to Tuesday) and "Monday" tell
#: one day (a boy "fatally wounded by accident late Monday night" above "another boy fired the gun at a friend's house
#: on Monday"); a window of its own that misses the earlier one's still tells one more act
SCENE_WINDOW_OVERLAP = True
#: words by which a report tells one more act, whatever follows them
_APART = re.compile(r"\b(?:separately|elsewhere|"
                    r"earlier\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year))\b", re.I)
#: "in a separate" and "in a similar" tell one more act when they qualify one ("in a separate shooting", "in a
#: similar incident"), not when they qualify something said or done after it ("In a separate call, he told 911
#: operators he shot his kids", "in a separate statement", "in a separate interview"): read like "another" (_counts_an_act)
_APART_OF = re.compile(r"\bin\s+a\s+(?:separate|similar)\b", re.I)
#: words after "another" that count a shot or a person hit, not one more act ("was hit in the chest and another
#: shot in the arm", "heard another shot from the alley", "another shot lands"): data/consolidate_not_acts.txt
_NOT_ACTS = "consolidate_not_acts.txt"
#: words between "also" and an act word that make it a person hit, not one who acted ("who had also been shot",
#: "were also shot"): the act word is then passive
_PASSIVE = re.compile(r"^\s+(?:(?:had|has|have)\s+)?(?:been|was|were|is|are|being|be)\s+$", re.I)
#: the same before "also": "Two women were also shot in the raid", "A 15-year-old was also hit and was
#: flown out", "Five others were also hurt by the gunfire" count one more person hit. The act word is then a past
#: participle; one in -ing after the auxiliary is active ("Syed was also shooting at passing cars")
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being|be|get|gets|got)\s+$", re.I)
_ACTIVE_FORM = "ing"
#: the subject of an act "also" qualifies, told as a person the story has already named: a pronoun of one person, or
#: a name (a capitalised word, an age in commas after it) that the text before the sentence writes capitalised after
#: a lower-case word or a comma, where a common noun opening a sentence ("Guerrillas also bombed") is not. A named
#: gunman's "also" adds to his own act ("Vance also shot Stewart", "Marsh, 31, also shot a cook in the arm",
#: "Dale Pruitt, 44, also shot and killed the neighbor's horse", "He also shot out a patrol car's tires"): a rampage
#: is one incident, as GVA counts it; dates and places must still agree (_same_act). An acronym ("The FMLN also
#: attacked") is a group's name, whose acts are counted apart
_SUBJECT_BEFORE_ALSO = re.compile(r"(?:^|[^\w'’-])(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<name>[A-Z][a-z][\w'’-]*))"
                                  r"(?:,\s*\d{1,3},)?\s+(?:(?:was|is|had|has|then)\s+)?$")
#: "another" and "a second" tell one more act when they count an act ("another shooting", "a second drive-by
#: shooting"); when they count a person ("another man was shot", "another woman was hit as she fled
#: the yard", "a second teen was arrested") they tell one more victim or suspect of the same act, unless the sentence
#: places or dates that person's shooting on its own ("another man was shot in Durham on Friday": see _one_more).
#: "Another" of a toll ("three were killed, and another injured") is a victim in any case
_ANOTHER = re.compile(rf"\b(?:another{NOT_OF_TOLL}|a\s+second)\b(?![\w\s,]{{0,40}}?\b(?:is|was|were|has\s+been)\s+"
                      r"(?:also\s+)?(?:arrested|charged|booked|indicted)\b)", re.I)
#: "another" or "a second" right after an act word in a past or -ing form is the object of that act: "he fatally
#: shot another man in a dispute", "a girl shot another girl", "charged with shooting another man by
#: mistake" tell the one the act hit, another than the one who acted, not one more act beside an earlier one. Read from
#: the trigger lexicon; dates and places must still agree (_same_act)
_OBJECT_ENDINGS = ("ed", "ing")
#: words after "another" read for the act it counts, up to the first of these (the noun phrase ends there)
_NP_END = re.compile(r"^(?:was|were|is|are|has|had|have|who|that|which|and|or|in|at|on|of|to|with|after|when)$", re.I)
#: "another" and "a second" that count no act and no one more person: the doer of a passive act, after "by" ("was
#: shot in the arm by another boy", "killed by another inmate"; not "followed by another shooting", which counts an
#: act), a reciprocal ("the men fired at one another"), a compound or a repeat ("a second-floor bedroom", "a second
#: time": wordlists [consolidate] repeat_nouns)
_AGENT_BEFORE = re.compile(r"\bby\s+$", re.I)
_RECIPROCAL_BEFORE = re.compile(r"\bone\s+$", re.I)
_REPEAT_NOUNS = wordlists.alternation("consolidate", "repeat_nouns")
_REPEAT_AFTER = re.compile(rf"^(?:-|\s+(?:{_REPEAT_NOUNS})\b)", re.I)
_ALSO = re.compile(r"\balso\b", re.I)
#: "also" qualifies an act word at most this many characters after it ("also bombed", "also opened fire")
ALSO_REACH = 12
#: the word of a trigger phrase that tells a person hit, not one who acted ("was also struck by gunfire", "a woman
#: grazed by a bullet also spoke"): "also" before it tells one more victim of the act, not one more act
_VICTIM_HIT = "by"
#: the verb of a clause whose subject "another" or "a second" counts: a trigger word in a past form after the counted
#: noun ("another person shot and injured", "someone in another vehicle opened fire", "a second person died at the
#: hospital", "another teen accidentally shot Turner") tells what that person or thing did or suffered, and ends the
#: noun phrase, as "was" does ("another man was shot": _NP_END); an act noun after it still makes the phrase an act
#: ("another targeted killing"). A regular past form ends in -ed; these are the irregular ones of trigger verbs
_PAST_FORMS = frozenset({"shot", "hit", "struck", "slain", "slew", "hurt", "beat", "beaten", "blew", "blown", "threw",
                         "thrown", "fought", "stabbed", "killed"})
_PAST_ENDING = "ed"
#: acts that "another" may count besides the trigger words (data/triggers.tsv)
_ACT_NOUNS = wordlists.words("detect", "act_nouns")
#: at most this many words after "another" are read for an act noun ("another drive by shooting")
ACT_NOUN_REACH = 3
#: a piece typed as an explosion stays apart from a shooting unless its own main sentence tells a shooting (wordlists
#: [consolidate] shooting_words) and no explosion (a trigger of the explosion type): a draft typed so by another of
#: its sentences ("shell casings", "the Shell station", a pronoun "mine") whose main sentence tells "a drive-by
#: shooting" is a piece of the shooting. A main sentence that tells neither (a wire report's "the attack that killed
#: dozens", its bomb told in other sentences) keeps its type: on MUC-4 dev, joining those cost 0.3 template F1
EXPLOSION_BY_MAIN = True
_SHOOTING_WORDS = wordlists.alternation("consolidate", "shooting_words")
_SHOOTING = re.compile(r"(?<![\w-])(?:" + _SHOOTING_WORDS + r")(?![\w-])", re.I)
#: two pieces of one scene whose MUC-4 types differ stay apart only when the kind that is not one of SHARED_KINDS
#: (an arson, a kidnapping, a robbery; not an attack or a bombing) is told by its piece's own main sentence (_kind_untold): the
#: learned MUC-4 typer reads a piece's other sentences, and on local news typed "the victims were found dead" arson
#: from the fire set after the shooting and "the gunman was shot dead by SWAT" kidnapping from the hostages he held,
#: so the one shooting was coded twice
KIND_BY_MAIN = True
_EXPLOSIONS = "Explosions/Remote violence"
_BOMBING = "bombing"
#: evidence names under which extraction records the text that dated an incident
_DATE_EVIDENCE = "date"
#: dates of two pieces this many days apart still agree: a shooting told "late Sunday night" in the lead and
#: "early Monday morning" further down, or "Saturday night" in a headline and "Sunday" in the body, is one act
#: (local news counts a night's shooting on either day); a week apart is another act
MAX_DAYS_APART = 1
#: a later piece dated by its own telling, not by its act (no time its act word holds: "A woman remains in grave
#: condition Friday, hit four times", "was listed in stable condition Tuesday"), up to this many days after an earlier piece
#: of the same first-level area, is a follow-up of that act, not one more act: local news tells a shooting's
#: aftermath over the week after it (a longer gap makes another story's act on a page of several likelier); an act
#: told with a day of its own ("a man was shot Monday") stays apart. The follow-up must name no
#: other place than the act's: on a page of several stories, "a triple murder scene" in North Charleston on Saturday
#: joined Tuesday's killing in Cayce (same state) and the page lost its North Charleston incident. 30 days, the age
#: at which an act becomes background (detect's background_days): arrests, charges, deaths and funerals told two or
#: three weeks after the shooting ("Police held two men Thursday over the death of a driver who died nearly three
#: weeks after") were each an extra incident dated by the news at 7 (session 27, GVA outside 301-450: 7 fewer extra
#: incidents, one date lost where a story told two girls' killings 12 days apart)
FOLLOW_UP_DAYS = 30
#: a piece told first whose main sentence tells a step after an act (data/follow_up_steps.txt and court_steps.txt: a
#: victim's later death, an arrest, a charge: "Police arrested a woman Friday in the killing of a 19-year-old"),
#: dated days after a violent piece told further down at its place, is that act's follow-up (_follows_up read the
#: other way round): local news leads with the news of the day and tells the act it follows below ("Deputies got
#: the call near 9:15 p.m. Oct. 3"). The joined incident is led by the act, not by the step (merged_drafts):
#: the death's or the arrest's day is not the act's. A lead that tells an act of its own day ("a man was shot
#: Monday": act_times) or none of these steps stays apart
#: a follow-up placed in another town of the act's county still follows it up: the court, the hospital, the police
#: station or the family's home where the later news was told lies in the county seat or the next town ("arraigned in
#: Easton" after a shooting in Palmer; a news conference in the city after a shooting in a suburb it borders). The
#: North Charleston piece that joined Cayce's killing (FOLLOW_UP_DAYS) lay in another county and still stays apart
FOLLOW_UP_SAME_COUNTY = True
#: a piece told first that names the act by a definite act word ("the shooting of a teenager") on the day of its own
#: telling, with no time of the act in its main sentence, follows up the act told below as a step word's piece does
#: (_tells_of_the_act): local news leads with the day's news ("Late Monday new details emerged in the shooting of
#: ...") and tells the act's own day further down. On the 233 GVA articles (outside 301-450) whose incidents lie
#: 1-30 days apart (session 35, at 3c49e25): extra incidents 312 -> 309, dates +1, dead +1, none lost. Read without
#: its two guards (the lead dated by its own sentence, no "another"), it joined a lead dated by an act word of
#: another of its sentences (dates -1) and a page of several shootings' "another shooting" (wounded -1)
FOLLOW_UP_LEAD_NAMES_ACT = True
_STEPS = "follow_up_steps.txt"
_COURT_STEPS = "court_steps.txt"
#: the level at which two pieces' own places must agree: "admin1" or "country". Places of pieces are the least
#: reliable field on local news (a victim's surname, a street, a same-named town elsewhere)
PLACE_LEVEL = "admin1"
_PLACE_EVIDENCE = "location"


def groups(incidents: Sequence[Incident], drafts: Sequence[Draft], text: str = "") -> list[list[int]]:
    """Indexes of the incidents (one per draft) to code as one, in order: each later incident joins the first
    earlier group it agrees with, else starts its own. A draft that detection opened because its sentence tells one
    more act ("terrorists also dynamited ...") stays apart, unless the one who "also" acted is a person the article's
    `text` named before (_SUBJECT_BEFORE_ALSO). A piece that joined as a follow-up (_follows_up: dated by its
    telling, days after the act) is not judged against: a later piece dated by the act itself ("she shot 15-year-old
    Owen last Tuesday night, October 9") agrees with the act, not with the day of the arrest that followed it."""
    out: list[list[int]] = []
    follow_ups: set[int] = set()  # pieces that joined their group as a follow-up dated by its telling
    for i, incident in enumerate(incidents):
        more = another_act(drafts[i].main) and _one_more(drafts[i].main, incident, any_word=True, text=text)
        if (more and not _placed_person(drafts[i].main, incident)) or drafts[i].background:
            out.append([i])  # history is never a piece of today's act
            continue
        for group in out:
            judged = [j for j in group if j not in follow_ups] or group
            acts = [j for j in judged if incidents[j].event_type in VIOLENT_TYPES]
            if STEP_JUDGED_BY_ACT and (_step(incident) or _untyped(incident)) and acts \
                    and all(_same_scene(incidents[j], incident) for j in acts):
                judged = acts  # a step of the act's own scene is a piece of the act, not of the steps beside it
            if all(_same_act(incidents[j], incident, drafts[i].main, drafts[j].main)
                   and (not more or _same_scene(incidents[j], incident)) for j in judged):
                for j in judged:
                    if not _dates_agree(incidents[j], incident):
                        # the later-dated of the two is the follow-up, whichever the text told first
                        follow_ups.add(i if _day(incident) > _day(incidents[j]) else j)
                group.append(i)
                break
        else:
            out.append([i])
    return out


def merged_drafts(drafts: Sequence[Draft], grouping: Sequence[Sequence[int]],
                  incidents: Sequence[Incident]) -> list[Draft]:
    """One Draft per group: the main sentence of the piece that tells the act best (head()) comes first, the other
    sentences follow in text order."""
    out = []
    for group in grouping:
        first = min((_window(incidents[j]) for j in group if _own(incidents[j], _DATE_EVIDENCE)
                     and _window(incidents[j]) is not None), default=None, key=lambda w: w[1] if w else date.max)

        def act(j: int) -> bool:
            """Not a follow-up dated days after the group's first-dated piece (_follows_up): the act leads."""
            w = _window(incidents[j]) if _own(incidents[j], _DATE_EVIDENCE) else None
            return w is None or first is None or (w[0] - first[1]).days <= MAX_DAYS_APART

        head = drafts[max(group, key=lambda j: (act(j), _telling(incidents[j]), -_day(incidents[j]), -j))]
        rest = sorted({s.index: s for j in group for s in drafts[j].sentences if s is not head.main}.values(),
                      key=lambda s: s.index)
        extra = sorted({s.index: s for j in group for s in drafts[j].extra}.values(), key=lambda s: s.index)
        mains = {s.index for s in (head.main, *rest)}
        out.append(Draft(sentences=(head.main, *rest), extra=tuple(s for s in extra if s.index not in mains),
                         background=head.background))
    return out


def _day(incident: Incident) -> int:
    """The first day of a piece's own date as an ordinal (0 without one): of pieces that tell the act equally
    well, the earliest dated leads, since a follow-up ("in critical condition Tuesday", "in a news release
    Thursday") comes after the act, never before it."""
    window = _window(incident) if _own(incident, _DATE_EVIDENCE) else None
    return window[0].toordinal() if window else 0


def _telling(incident: Incident) -> tuple[bool, bool, bool]:
    """How well a piece tells the act: a toll, then its own date, then a first-level place. A headline or a
    follow-up ("suspect charged in Tuesday's shooting") tells less than the sentence with the toll."""
    return (incident.killed is not None or incident.wounded is not None, _own(incident, _DATE_EVIDENCE),
            incident.admin1 is not None)


def _one_more(main: Sentence, incident: Incident, any_word: bool = False, text: str = "") -> bool:
    """Does the piece's main sentence tell one more act: a word that always does ("separately"), "another" or "a
    second" of an act ("another shooting"), or of a person whose shooting the sentence places or dates on its own
    ("another man was shot in Durham on Friday")? With any_word, a sentence detection read as one more act without
    such a word ("guerrillas also bombed") is one, unless a person the article's `text` named before it acted
    (_SUBJECT_BEFORE_ALSO: "Vance also shot Stewart")."""
    sentence = main.text
    if _apart(sentence):
        return True
    counted = _counted(sentence)
    if not counted:
        return any_word and _also_acted(main, text[:main.start])
    if any(_counts_an_act(sentence[m.end():]) for m in counted):
        return True
    return any(main.start <= span.start < main.end for name in (_DATE_EVIDENCE, _PLACE_EVIDENCE)
               for span in incident.evidence.get(name, ()))


def _placed_person(main: Sentence, incident: Incident) -> bool:
    """Is the piece one more act only because "another" or "a second" counts a person whose shooting its sentence
    dates or places ("another man was driven to a nearby hospital ... Friday"), no word telling one more act?"""
    text = main.text
    counted = _counted(text)
    return bool(counted) and not _apart(text) and not any(_counts_an_act(text[m.end():]) for m in counted)


def _counted(sentence: str) -> list[re.Match[str]]:
    """The "another" / "a second" of the sentence that count one more act or person, leaving out those that are the
    object of the act word right before them ("shot and killed another man": _OBJECT_ENDINGS) and those that count
    nothing (_uncounted: "by another man", "one another", "a second-floor")."""
    return [m for m in _ANOTHER.finditer(sentence)
            if not _object_of_act(sentence[:m.start()]) and not _uncounted(sentence[:m.start()], sentence[m.end():])]


def _uncounted(head: str, after: str) -> bool:
    """Does the "another" / "a second" between `head` and `after` count nothing: the doer after "by" of an act that
    is no act noun of its own, a reciprocal "one another", or a floor or a repeat (_AGENT_BEFORE, _RECIPROCAL_BEFORE,
    _REPEAT_AFTER)?"""
    return bool(_RECIPROCAL_BEFORE.search(head) or _REPEAT_AFTER.match(after)
                or (_AGENT_BEFORE.search(head) and not _counts_an_act(after)))


def _object_of_act(head: str) -> bool:
    """Does `head` (the sentence before "another") end in an act word of the trigger lexicon in a past or -ing form
    ("shot", "killed", "shooting", "wounding")?"""
    word = re.search(r"([A-Za-z]+)\s+$", head)
    if word is None:
        return False
    w = word.group(1).lower()
    return (_past_form(w) or w.endswith(_OBJECT_ENDINGS)) and lexicon().triggers.match_at([w], 0) is not None


def _apart(text: str) -> bool:
    """Does the sentence hold a word that tells one more act (_APART), or "in a separate" / "in a similar" of an act
    (_APART_OF)?"""
    return bool(_APART.search(text)) or any(_counts_an_act(text[m.end():]) for m in _APART_OF.finditer(text))


def _same_scene(a: Incident, b: Incident) -> bool:
    """Do two pieces tell the same day and the same place (SAME_SCENE): both own dates, the same window, the same
    first-level area and the same named place?"""
    wa, wb = _window(a), _window(b)
    return (_own(a, _DATE_EVIDENCE) and _own(b, _DATE_EVIDENCE) and wa is not None and wb is not None
            and (wa == wb or (SCENE_WINDOW_OVERLAP and wa[0] <= wb[1] and wb[0] <= wa[1]))
            and _own(a, _PLACE_EVIDENCE) and _own(b, _PLACE_EVIDENCE) and a.admin1 is not None
            and a.admin1 == b.admin1 and a.location is not None and a.location == b.location)


def _also_acted(main: Sentence, before: str = "") -> bool:
    """Does "also" qualify an act of the sentence ("guerrillas also bombed", "also opened fire on"), rather than
    something else ("Marisol, who also had waited up all night, watched officers detain two men after the
    gunfight", "he also did not notice she was hurt")? An act of a person the text `before` the sentence
    named ("Vance also shot Stewart": _named_actor) does not count."""
    casualties = [t.start - main.start for t in main.triggers if t.trigger.phrase in TOLL_TRIGGERS]
    acts = [t.start - main.start for t in main.triggers
            if t.trigger.strong and not t.generic and t.trigger.phrase not in TOLL_TRIGGERS
            and _VICTIM_HIT not in t.trigger.phrase and not _names_a_wound(main.text, t.end - main.start, casualties)]
    return any(0 <= start - m.end() <= ALSO_REACH and not _PASSIVE.match(main.text[m.end():start])
               and not _passive_before(main.text, m.start(), start)
               and not _named_actor(main.text[:m.start()], before)
               for m in _ALSO.finditer(main.text) for start in acts)


def _named_actor(head: str, before: str) -> bool:
    """Is the subject that ends `head` (the sentence up to "also") a pronoun of one person, or a name that the text
    `before` the sentence writes capitalised inside a sentence (_SUBJECT_BEFORE_ALSO)?"""
    m = _SUBJECT_BEFORE_ALSO.search(head)
    if m is None:
        return False
    if m.group("pronoun"):
        return True
    return re.search(r"(?:[a-z,]\s+)" + re.escape(m.group("name")) + r"\b", before) is not None


def _passive_before(text: str, also: int, act: int) -> bool:
    """Is "also" (at `also`) preceded by a passive auxiliary and followed by the act word (at `act`) as a participle,
    not in -ing ("were also shot", not "was also shooting"): _PASSIVE_BEFORE?"""
    word = re.match(r"[\w'-]+", text[act:])
    return bool(_PASSIVE_BEFORE.search(text[:also])) and not (word and word.group(0).lower().endswith(_ACTIVE_FORM))


def _names_a_wound(text: str, end: int, casualties: Sequence[int]) -> bool:
    """Is the act word ending at `end` the first word of a wound ("also suffered a gunshot wound", "who also suffered
    gunshot wounds"): a casualty word right after it, only blanks between?"""
    return any(start >= end and not text[end:start].strip() for start in casualties)


def _counts_an_act(after: str) -> bool:
    """Is the noun phrase after "another" an act ("shooting", "drive by shooting", "double homicide")?"""
    words = []
    for word in re.findall(r"[\w'-]+|[^\w\s]", after)[:ACT_NOUN_REACH]:
        if not word[0].isalnum() or _NP_END.match(word):
            break
        words.append(word.lower())
    if words and words[0] in _not_acts():
        return False
    triggers = lexicon().triggers
    for i, w in enumerate(words):
        hit = triggers.match_at(words, i)
        if hit is not None and i and _past_form(w) and not _act_after(words, i + hit[0], triggers):
            return False  # the counted noun's verb ("another person shot"): the words before it named no act
        if w in _ACT_NOUNS or hit:
            return True
    return False


def _past_form(word: str) -> bool:
    """Is the word a past form of a verb (_PAST_FORMS, or ending in -ed)?"""
    return word in _PAST_FORMS or word.endswith(_PAST_ENDING)


def _act_after(words: list[str], start: int, triggers: PhraseIndex) -> bool:
    """Is there an act noun or a trigger from word `start` on ("another targeted killing")?"""
    return any(w in _ACT_NOUNS or triggers.match_at(words, j) for j, w in enumerate(words) if j >= start)


@lru_cache(maxsize=1)
def _not_acts() -> frozenset[str]:
    """The words of data/consolidate_not_acts.txt (_NOT_ACTS), lower case, without comments or blank lines."""
    return frozenset(w.lower() for w in _words(_NOT_ACTS))


def _same_act(a: Incident, b: Incident, b_main: Sentence | None = None, a_main: Sentence | None = None) -> bool:
    """Are the earlier piece a and the later piece b (in text order) pieces of one act? With a's main sentence
    `a_main`, a told first may be the follow-up of b's act (_STEPS: "Police arrested a woman Friday in the
    shooting ...", the shooting told below)."""
    if not ((a.event_type in VIOLENT_TYPES and (b.event_type in VIOLENT_TYPES or _step(b) or _untyped(b)))
            or ((_step(a) or _untyped(a)) and b.event_type in VIOLENT_TYPES)):
        return False
    if b_main is not None and _one_more(b_main, b) and not (_placed_person(b_main, b) and _same_scene(a, b)):
        return False
    untold = _explosion_untold(a, b, a_main, b_main)
    if a.muc_incident_type and b.muc_incident_type and a.muc_incident_type != b.muc_incident_type \
            and not (_step(a) or _step(b) or untold or _kind_untold(a, b, a_main, b_main)):
        # a kidnapping and a bombing are two acts, however close; a step of the act (STEP_TYPES: the robbery a
        # shooting was part of, "the sheriff thinks it was a holdup") is typed as the step, not the act
        return False
    if (a.event_type == _EXPLOSIONS) != (b.event_type == _EXPLOSIONS) and not untold:
        return False  # a bomb and a shooting likewise; shootings typed as riots or clashes are pieces of one
    return (_dates_agree(a, b) or _follows_up(a, b, b_main)
            or (a_main is not None and (_tells_step(a_main) or _tells_of_the_act(a_main, a))
                and _follows_up(b, a, a_main))) and _places_agree(a, b)


def _explosion_untold(a: Incident, b: Incident, a_main: Sentence | None, b_main: Sentence | None) -> bool:
    """Is exactly one of the two pieces typed as an explosion (ACLED's type or MUC-4's bombing), and does its main
    sentence tell a shooting (_SHOOTING) and no explosion in its own words (no trigger of the lexicon's explosion type:
    "a bomb went off", "the grenade exploded")? A piece typed so from the other sentences of its draft ("shell
    casings littered the lot", "the Shell station"), whose main sentence tells a shooting ("gunmen in a passing car
    fired on the store", "a second gunman was hit by police gunfire"), is a piece of the shooting told beside it:
    EXPLOSION_BY_MAIN. A main sentence not given counts as telling an explosion."""
    if not EXPLOSION_BY_MAIN:
        return False
    a_typed, b_typed = _explosive(a), _explosive(b)
    if a_typed == b_typed:
        return False
    main = a_main if a_typed else b_main
    return main is not None and _SHOOTING.search(main.text) is not None \
        and not any(t.trigger.acled_event_type == _EXPLOSIONS for t in main.triggers)


def _kind_untold(a: Incident, b: Incident, a_main: Sentence | None, b_main: Sentence | None) -> bool:
    """Do two pieces of one scene (_same_scene: own dates of one window, one named place of one first-level area) differ
    in MUC-4 type only because a piece's type is not told by its own main sentence (KIND_BY_MAIN)? A piece typed as
    an arson, a kidnapping or a robbery whose main sentence holds no trigger of that kind ("The coroner said a man was
    found dead in the front yard", typed arson from a house fire told beside it; "Vargas was shot dead by SWAT
    members", typed kidnapping from the hostages) is a piece of the shooting told beside it on that day and at that
    place. Main sentences not given count as telling their kinds."""
    if not KIND_BY_MAIN or a_main is None or b_main is None or not _same_scene(a, b):
        return False
    return all(not _kind_told_by(main, incident.muc_incident_type)
               for incident, main in ((a, a_main), (b, b_main)) if incident.muc_incident_type not in SHARED_KINDS)


def _kind_told_by(main: Sentence, kind: str | None) -> bool:
    """Does the sentence hold a trigger of the MUC-4 kind `kind` (its own words tell that kind of act)?"""
    return any(t.trigger.muc_type == kind for t in main.triggers)


def _explosive(incident: Incident) -> bool:
    """Whether a piece is typed as an explosion: ACLED's type, or MUC-4's bombing."""
    return incident.event_type == _EXPLOSIONS or incident.muc_incident_type == _BOMBING


def _tells_step(main: Sentence) -> bool:
    """Does the sentence tell a step after an act (_STEPS, _COURT_STEPS: a victim's later death, an arrest, a charge,
    a court's step)?"""
    return _step_words().search(main.text) is not None


def _tells_of_the_act(main: Sentence, incident: Incident) -> bool:
    """Does a piece told first tell news of an act named by a definite act word ("new details came out late Tuesday
    in the shooting of a teenager": Sentence.anaphoric), dated by that sentence (its date's evidence lies in it,
    and _follows_up asks that it hold no time of its act), with no word of one more act ("another shooting":
    _one_more)? Its day is then the telling's, and the act it names the one told below with a day of its own days
    before (FOLLOW_UP_LEAD_NAMES_ACT). A piece dated by another of its sentences, where an act word holds the day,
    tells an act of that day."""
    return FOLLOW_UP_LEAD_NAMES_ACT and main.anaphoric and not _one_more(main, incident) and any(
        main.start <= span.start < main.end for span in incident.evidence.get(_DATE_EVIDENCE, ()))


def _step_words() -> re.Pattern[str]:
    """One pattern of the word beginnings of data/follow_up_steps.txt and court_steps.txt, each at a word's start."""
    return word_starts(_STEPS, _COURT_STEPS)


def _follows_up(a: Incident, b: Incident, b_main: Sentence | None) -> bool:
    """Is the later piece b a follow-up of a's act (FOLLOW_UP_DAYS): b's main sentence holds no time of its act, b's
    own date falls after a's within FOLLOW_UP_DAYS, both in the same first-level area, b placed at a's place, in a's
    county (FOLLOW_UP_SAME_COUNTY) or without a place of its own? a must be the violent act: a strategic development
    (a bank robbery's photos released) followed a week later by a piece typed violent is no act and its follow-up
    (web page 196)"""
    if b_main is None or b_main.act_times or a.event_type not in VIOLENT_TYPES \
            or not (_own(a, _DATE_EVIDENCE) and _own(b, _DATE_EVIDENCE)):
        return False
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None or a.admin1 is None or a.admin1 != b.admin1:
        return False
    if _own(b, _PLACE_EVIDENCE) and b.location != a.location and not (FOLLOW_UP_SAME_COUNTY and _same_county(a, b)):
        return False
    return 0 < (wb[0] - wa[1]).days <= FOLLOW_UP_DAYS


def _same_county(a: Incident, b: Incident) -> bool:
    """Are both pieces placed in one second-level area (FOLLOW_UP_SAME_COUNTY), or is b placed at a's own county?"""
    return a.admin2 is not None and a.admin1 == b.admin1 and (a.admin2 == b.admin2 or b.location == a.admin2)


def _untyped(incident: Incident) -> bool:
    """Whether the piece is one the rules gave no event type and no toll: a sentence detection opened on the act's
    scene with no act word the rules type ("Officers were sent to the 4200 block of Linden Avenue shortly after midnight
    Friday"), told beside the act it belongs to; typed on its own later (types_model), it was an incident of its
    own with no toll, a riot or a clash dated by the telling"""
    return incident.event_type is None and incident.killed is None and incident.wounded is None


def _step(incident: Incident) -> bool:
    """Whether the piece is a strategic development that is a step of a violent act told beside it (STEP_TYPES)."""
    return (incident.event_type, incident.sub_event_type) in STEP_TYPES


def _window(incident: Incident) -> tuple[date, date] | None:
    try:
        lo = date.fromisoformat(incident.date_earliest or incident.date or "")
        hi = date.fromisoformat(incident.date_latest or incident.date or "")
    except ValueError:
        return None
    return lo, hi


def _own(incident: Incident, evidence: str) -> bool:
    return bool(incident.evidence.get(evidence))


def _dates_agree(a: Incident, b: Incident) -> bool:
    """Own dates that overlap agree; a day or so apart (MAX_DAYS_APART) only for pieces placed in one first-level
    area: a wire report of a day's attacks across a country ("four soldiers were killed", placed at the country)
    and the night's attack in the capital are two incidents."""
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None or not (_own(a, _DATE_EVIDENCE) and _own(b, _DATE_EVIDENCE)):
        return True
    gap = max((wb[0] - wa[1]).days, (wa[0] - wb[1]).days)
    return gap <= 0 or (gap <= MAX_DAYS_APART and a.admin1 is not None and a.admin1 == b.admin1)


def _places_agree(a: Incident, b: Incident) -> bool:
    if not (_own(a, _PLACE_EVIDENCE) and _own(b, _PLACE_EVIDENCE)):
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if PLACE_LEVEL == "admin1" and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return True
