"""Detection: find the sentences that report incidents, tell background from news, and group them into incidents."""
from __future__ import annotations

import re
from importlib import resources
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import AbstractSet, Callable, Sequence, TypeVar, cast

from . import datelines, timex, wordlists
from .counts import COUNT, overlaps_any, parse_count
from .lexicon import Trigger, lexicon, with_inflections
from .options import Options
from .records import Article

#: incidents whose every date lies this long before the article are history ("seized territory in 2014"); the
#: default of the setting detect.background_days, kept here for callers without options
BACKGROUND_AGE_DAYS = 30
#: a time told as a month ("last month", "in June") lies on some day of it: the act is history when at least this share
#: of the month's days (up to the article's) lie beyond the background line. Reading the month's last day kept "A
#: gunman shot three soldiers dead at a base last month" of a story of 24 May (23 of April's 30 days beyond the line) and
#: web page 172's Charleston killings "in June" of 24 July (23 of 30) as news; its middle (half) made history of the
#: seed's "an attack last month" of 18 December (17 of November's 30 days), which its gold codes as news. Two thirds:
#: history only when the act more likely than not, two to one, lies beyond the line
HISTORY_SHARE = 2 / 3
#: a claim sentence attaches to the incident reported at most this many sentences before it
CLAIM_REACH = 3
#: tokens before a trigger searched for "against", "demand an end to": the violence is what a protest is about
TOPIC_WINDOW = 6
#: a sentence right after an incident, with a casualty or a weak trigger but no event of its own, tells more of it
FOLLOW_REACH = 1
#: story_day reads the story's first sentences only: a day told later is a sidebar's or a follow-up's
STORY_DAY_REACH = 15
#: a target mention counts as the object of an attack when it is this close after the trigger (tokens)
TARGET_WINDOW = 12
#: kinds of act that one incident commonly reports together ("a bomb attack"): a sentence of one of these
#: continues an incident of the other; any other kind (kidnapping, arson, robbery) is an act of its own.
#: Splitting on the others: MUC-4 train template F1 52.7 -> 53.9, ACLED and GTD types unchanged or up
SHARED_KINDS = frozenset({"attack", "bombing"})

#: after "another", the words that make it one of a toll ("three were killed and another injured", "Another
#: boy of 7 was hurt and Mara Quinn was killed"): one more victim, not one more act (another_act here,
#: consolidate's pieces); a person named between them is told as hurt ("was", "were"), not as hurting
NOT_OF_TOLL = (r"(?!\s+(?:(?:was\s+|were\s+)?|(?:[\w'’-]+\s+){1,3}?(?:was|were)\s+)"
               r"(?:critically\s+|seriously\s+|also\s+)?(?:injured|wounded|hurt)\b)")
#: words that tell one more act ("also", "another"); see another_act
_ONE_MORE = re.compile(rf"\b(also|another{NOT_OF_TOLL})\b", re.I)
#: trigger words that tell harm done rather than the act that did it ("wounded", "died")
CASUALTY_TRIGGERS = frozenset({("wound",), ("injure",), ("die",), ("death",)})
#: ...and with "kill", the words of a toll: a sentence of these adds to an incident rather than telling another act
TOLL_TRIGGERS = CASUALTY_TRIGGERS | {("kill",)}

#: words that open the report of another incident
_SEPARATE = re.compile(r"\b(separately|in\s+a\s+separate|in\s+another|elsewhere|in\s+a\s+similar|meanwhile|a\s+second)\b", re.I)
#: a date right after these words is when something was said or claimed, not when the incident happened
_REPORTING = re.compile(r"\b(said|says|stated|told|announced|reported|added|confirmed|claimed|declared)\s+(?:\w+\s+){0,2}?(?:on\s+)?$"
                        # a web page's time stamps ("Posted: Tuesday, January 28, 2014", "Updated: ..."): when the
                        # story went up; on real local news they dated the act to the day of the follow-up
                        rf"|\b(?:posted|updated|published|created|last\s+modified)\s*(?:on\s*)?:?\s*(?:{timex.WEEKDAY},?\s*)?$",
                        re.I)
#: a sentence that tells when "it" happened, by the clock ("around 10 p.m. Monday", "at 3:30 a.m. Sunday") or in
#: so many words ("It happened Monday night in Williamsport", "the shooting occurred Thursday"): on local news the
#: act's time is often told there, in a sentence with no act word of its own (see story_time)
#: ("actions that took place Thursday night", "the incidents that occurred on 2 July": a round-up of several acts
#: in wire copy tells no one act's time)
_HAPPENING = (r"(?:it|the\s+(?:[\w-]+\s+)?(?:" + wordlists.alternation("detect", "occurrence_subjects")
              + r"))\s+(?:\w+\s+)?(?:happened|occurred|took\s+place|unfolded|erupted|broke\s+out)")
_OCCURRENCE = re.compile(r"\b(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b|noon|midnight|" + _HAPPENING + r")\b", re.I)
#: ... the words alone, with the day told right after them ("It happened on the night of Aug. 3, before the fair",
#: "The shooting occurred about 10 p.m. Feb. 6"): that day is the story's act's, whatever else the sentence tells
#: (story_told_day). At most this many words between
HAPPENED_DAY_WORDS = 4
_HAPPENED_DAY = re.compile(r"\b" + _HAPPENING + rf"\b(?:\W+[\w.:'’-]+){{0,{HAPPENED_DAY_WORDS}}}?\W+$", re.I)
#: words that make a sentence describe a pattern or a capability rather than one event
_HABITUAL = re.compile(
    r"\b(regularly|routinely|frequently|usually|often|repeatedly|continues? to|continued to|continued its|"
    r"continue its|ability to|capable of|capacity to|estimates|maintains|maintained its|typically|every day|"
    r"each year|each month|per year|per month|annually)\b",
    re.I,
)
#: a verb trigger after these is hypothetical or intended, not reported as done
_IRREALIS = wordlists.words("detect", "irrealis")
#: verbs after which "to <trigger>" is an intention, not a report
#: "tried to bomb", "failed in their attempts to bomb" are not among these: an attempted attack is an incident
#: (GTD codes unsuccessful attacks, MUC-4 attempted ones)
_INTENT_BASE = wordlists.phrases("detect", "intent_base")
_INTENT = with_inflections(_INTENT_BASE) | {"going", "sought"}
_DEFINITE = wordlists.words("detect", "definite")
_INDEFINITE = wordlists.words("detect", "indefinite")
_CLAIM = re.compile(
    r"\b(claim(?:ed|s|ing)?\s+(?:responsibility|credit|duty|the\s+(?:attack|bombing|killing|assault|kidnapping|murder|blast))|"
    r"(?:took|take|takes|accepted|admitted|assumed)\s+responsibility|responsibility\s+for|"
    r"said\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:it|they|its\s+\w+)\s+(?:had\s+)?(?:carried\s+out|conducted|was\s+behind|were\s+behind|staged|launched|attacked|killed)|"
    r"(?:the|a)\s+(?:\w+\s+)?(?:group|militants|organi[sz]ation|movement|rebels|insurgents|jihadists|guerrillas)\s+(?:said|announced)\s+in\s+a\s+(?:statement|communique|video|message|post)|"
    r"(?:stated|announced|claimed)\s+(?:\w+\s+){0,2}(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|conducted|staged|launched)|"
    r"said\b[^.]{0,80}?\bthat\s+(?:the\s+group|they|it|its\s+(?:fighters|militants|men|members))\s+(?:had\s+)?(?:carried\s+out|conducted|was\s+behind|were\s+behind|staged|launched))",
    re.I,
)
_NO_CLAIM = re.compile(
    r"\b(no(?:\s+one|body|\s+group|\s+organi[sz]ation)?\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|immediately\s+)?(?:claimed|taken|admitted|accepted)|"
    r"(?:has|had|have)\s+not\s+(?:yet\s+)?(?:been\s+)?claimed|(?:was|were|has|had)n't\s+(?:been\s+)?claimed|"
    r"there\s+(?:was|has\s+been|were)\s+no\s+(?:immediate\s+)?claim|not\s+(?:immediately\s+)?clear\s+who)",
    re.I,
)
_SUSPECT = re.compile(r"\b(blam(?:ed|es|ing)|suspect(?:ed|s)?|accus(?:ed|es|ing)|attribut(?:ed|es)|believed\s+to\s+be|"
                      r"alleged(?:ly)?)\b", re.I)

_KILL_WORDS = (
    r"killed|(?:found|discovered)\s+dead|dead|died|slain|murdered|executed|assassinated|massacred|shot\s+dead|shot\s+to\s+death|"
    r"(?:stabbed|beaten|hacked|burned|burnt|lynched|tortured)\s+to\s+death|gunned\s+down|lynched|lost\s+their\s+lives|perished|beheaded"
)
_WOUND_WORDS = r"wounded|injured|hurt|maimed"
_CASUALTY_VERB = rf"(?P<verb>{_KILL_WORDS}|{_WOUND_WORDS}|kidnapped|abducted|taken\s+hostage)"
_NP = r"(?P<np>(?:[\w'’.-]+\s+){0,4}?)"
_AUX = r"(?P<aux>(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|be|got|get)\s+)?(?:\w+ly\s+)?"
_B = r"(?<![\w-])"
PASSIVE = re.compile(rf"{_B}(?P<count>{COUNT})\s+{_NP}{_AUX}{_CASUALTY_VERB}\b", re.I)
#: a count whose people noun is followed by an apposition between commas that gives their ages ("Three men, aged 19
#: to 24, were hurt", "Two boys, 12 and 15, were wounded", "Five people, including a 4-year-old, were killed"):
#: PASSIVE's noun phrase holds no comma, so such a sentence had no toll, and with only a weak act word ("wounded", no
#: "shot") it told no act and the article could code nothing. The apposition is bare ages, or opens with a word that
#: introduces ages or members (APPOSITION_HEADS) and holds a figure within APPOSITION_CHARS: a clause between commas
#: ("Two men, police said, were hurt", a date's "On 3 May, a total of 5 were killed, 2 injured") is none
APPOSITION_CHARS = 40
APPOSITION_HEADS = r"aged?|ages|both|all|each|including|ranging"
_APPOSITION = (
    rf"(?P<appos>(?:{APPOSITION_HEADS})\s(?=[^,.;:!?()]{{0,{APPOSITION_CHARS}}}\d)[^,.;:!?()]{{1,{APPOSITION_CHARS}}}?"
    r"|\d+(?:\s*(?:,|and|to|or|-)\s*\d+)*(?:\s+years?\s+old)?)"
)
APPOSED = re.compile(
    rf"{_B}(?P<count>{COUNT})\s+(?P<np>(?:[\w'’.-]+\s+){{0,3}}?[\w'’-]+),\s+{_APPOSITION},\s+{_AUX}{_CASUALTY_VERB}\b",
    re.I,
)
#: the dead told as people nouns joined by "and" after one count, up to this many words ("A man and his daughter
#: were found dead", "A woman and her 2-year-old son died"): one death per noun (_joined_dead), read before PASSIVE
#: (whose noun phrase of four words at most took the count before the first noun as the whole toll)
_JOINED_WORDS = 7
JOINED = re.compile(rf"{_B}(?P<count>{COUNT})\s+(?P<np>(?:[\w'’.-]+\s+){{3,{_JOINED_WORDS}}}?){_AUX}(?P<verb>{_KILL_WORDS})\b", re.I)
#: the toll patterns whose count is the subject of a passive verb ("were wounded")
_PASSIVES = (PASSIVE, JOINED, APPOSED)
ACTIVE = re.compile(
    rf"{_B}(?P<verb>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|murder(?:ed|ing|s)?|massacr(?:ed|ing|es)|"
    rf"assassinat(?:ed|ing|es)|execut(?:ed|ing|es)|behead(?:ed|ing|s)|lynch(?:ed|ing|es)|slew|shot\s+dead|shot\s+and\s+killed|"
    rf"gunned\s+down|(?:stabbed|hacked|beat|beaten|burned|burnt)\s+to\s+death|"
    rf"kidnap(?:ped|ping|s)?|abduct(?:ed|ing|s)?|claim(?:ed|ing)?\s+the\s+lives\s+of|left|leaving)\s+(?P<count>{COUNT})(?![\w-])\s*"
    rf"(?P<np>(?:(?!(?:and|or|in|at|near|on|when|while|as|after|before|during|with|by|from|including|who|were|was)\b)[\w'’.-]+\s*){{0,4}})",
    re.I,
)
TOLL = re.compile(
    rf"{_B}(?:(?:death\s+toll|toll)\s+(?:\w+\s+){{0,3}}?(?:to|of|at|is|was|reached|stood\s+at)\s+(?P<count>{COUNT})|"
    rf"(?P<count2>{COUNT})\s+(?:[a-z]+\s+)?(?:fatalit(?:y|ies)|deaths?)\b|"
    rf"fatalities\s+(?:were\s+)?coded\s+as\s+(?P<count3>\d+)|"
    rf"(?P<count4>{COUNT})\s+(?:dead\s+)?bod(?:y|ies)\s+(?:\w+\s+){{0,3}}?(?:was|were)\s+(?:found|discovered|recovered)|"
    rf"bod(?:y|ies)\s+of\s+(?P<count5>{COUNT})(?![\w-]))",
    re.I,
)
#: "1 killed 3 injured", "2 dead, 5 wounded": a bare tally
TALLY = re.compile(
    rf"{_B}(?P<k>{COUNT})\s+(?:people\s+|persons\s+)?(?:killed|dead)\s*(?:,|and|;)?\s*(?P<w>{COUNT})\s+(?:people\s+|persons\s+)?(?:injured|wounded|hurt)\b",
    re.I,
)
#: words TOLL and TALLY cannot match without (parts of their own expressions): _casualties tries each only where its
#: words occur, as both begin with a count or a word tried at every word of the sentence (on MUC-4's wire sentences,
#: of which few tell a toll, they were 0.18 CPU s of _casualties' 0.35 over 60 texts)
_TOLL_WORDS = re.compile(r"toll|fatalit|death|bod(?:y|ies)", re.I)
_TALLY_WORDS = re.compile(r"injured|wounded|hurt", re.I)
NONE_HURT = re.compile(
    r"\b(?:there\s+were\s+)?(?:no|neither)\s+(?P<what>casualties|deaths|fatalities|injuries\s+or\s+(?:fatalities|deaths)|"
    r"injuries|one\s+was\s+(?:killed|hurt|injured|wounded)|"
    r"(?:\w+\s+){0,2}(?:was|were)\s+(?:killed|hurt|injured|wounded)|reports?\s+of\s+(?:casualties|injuries|deaths))",
    re.I,
)
_NP_STOP = wordlists.words("detect", "np_stop")
#: a running total over a period, not an act (wordlists.toml detect.tally_periods, detect.tally_acts): a count or an
#: ordinal with the acts it counts, then the period ("31 people shot and 7 killed in town since Saturday", "the
#: 13th shooting since 2009"), or a sentence that opens with the period ("So far this year the county has counted
#: eleven killings"). See tally_sentence
_TALLY_PERIOD = wordlists.alternation("detect", "tally_periods")
_TALLY_ACTS = wordlists.alternation("detect", "tally_acts")
#: "a man was shot ... since 2009" counts one act, told with its own: a total counts with a number, a vague word or an
#: ordinal, never with "a"
_ORDINAL = r"\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_TALLY_COUNT = rf"(?!(?:an?|one)\s)(?:{COUNT}|{_ORDINAL})"
#: how far (characters) the period may lie after the counted acts, within the clause
TALLY_REACH = 120
_TALLY = re.compile(
    rf"{_B}{_TALLY_COUNT}\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_TALLY_ACTS})\b[^.;!?]{{0,{TALLY_REACH}}}?\b(?:{_TALLY_PERIOD})"
    rf"|^\W*(?:{_TALLY_PERIOD})\b[^.;!?]*?{_B}{_TALLY_COUNT}\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_TALLY_ACTS})\b[^.;!?]*",
    re.I,
)


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    text: str
    trigger: Trigger
    definite: bool
    indefinite: bool
    generic: bool  # a bare plural ("attacks") or a hypothetical verb ("threatened to attack")
    verb_shooting: bool = False  # "fired at", "shot": a weak word that as a verb reports a shooting
    counted: bool = False  # "6 shots", "2 explosions": a number makes a weak noun specific
    past_clash: bool = False  # "fought", "clashed": a fight told in the past tense happened
    shot_victims: bool = False  # "were also shot": people hit (a passive participle), not who fired
    legal: bool = False  # "charged with murder", "arrested in the shooting": the act is what a court step is about
    #: "shooter who wounded 9-year-old girl", "teen wounds self": a weak act verb whose object is a person told by
    #: an age or a reflexive pronoun reports the act on that person
    victim_object: bool = False


@dataclass(frozen=True)
class CasualtyHit:
    start: int
    end: int
    kind: str  # killed | wounded | kidnapped
    low: int
    high: int
    noun: str  # the people counted, as written ("Iraqi soldiers", "others", "")
    np_start: int
    np_end: int
    implied: bool = False  # "the murder", "this killing": someone died, but who and how many is told elsewhere
    joined: bool = False  # counted by the people nouns joined by "and" (JOINED): a figure among them is no count


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    triggers: tuple[TriggerHit, ...]
    casualties: tuple[CasualtyHit, ...]
    none_hurt: tuple[tuple[int, int, str], ...]
    times: tuple[timex.TimeExpr, ...]
    background: str | None
    claim: tuple[int, int] | None
    no_claim: tuple[int, int] | None
    suspected: bool
    headline: bool = False  # a title line repeats the lead; coding it too would double the incident
    report_times: tuple[timex.TimeExpr, ...] = ()  # "officials said on Friday": when it was told, not when it happened
    #: deaths told without a count ("the mayor was murdered", "the assassination of X", "X's body was found"):
    #: each named or described victim is one death. Kept apart from `casualties`, whose tolls decide which sentences
    #: report one incident, so that "two bodyguards were killed" and "the minister was killed" do not split it
    deaths: tuple[CasualtyHit, ...] = ()
    #: the times told of the sentence's act itself: the word a time depends on is an act word ("shot and killed
    #: Marsh on Oct. 3", "the March 9 shooting"), not a follow-up's ("held a vigil Friday"), a toll's ("died
    #: Monday") or a report's (act_times_of)
    act_times: tuple[timex.TimeExpr, ...] = ()

    @property
    def eventive(self) -> bool:
        if self.background or self.headline:
            return False
        specific = [t for t in self.triggers if not t.generic]
        if any(t.trigger.strong or t.verb_shooting or t.victim_object for t in specific):
            return True
        if bool(specific) and bool(self.casualties):
            return True
        if any(t.counted or t.past_clash for t in specific):
            return True
        phrases = {t.trigger.phrase for t in specific}
        if ("die",) in phrases and not phrases.isdisjoint(_WOUND_PHRASES):
            return True  # "girl dies after being wounded", "wounded teen dies at hospital": a death from an act's wound
        kinds = [t.trigger.acled_sub_event_type for t in specific if t.trigger.acled_sub_event_type]
        return len(kinds) > len(set(kinds))  # "demonstrators marched": two weak words of one kind

    @property
    def legal(self) -> bool:
        """Tells a court or police step about acts ("was charged with two counts of murder", "pleaded guilty to
        the shooting"), every act word of it being what the step is about."""
        real = [t for t in self.triggers if not t.generic]
        return bool(real) and all(t.legal for t in real)

    @property
    def anaphoric(self) -> bool:
        """Refers back to an incident already reported ("the attack", "the explosion")."""
        real = [t for t in self.triggers if not t.generic]
        return bool(real) and real[0].definite

    @property
    def fresh(self) -> bool:
        """Introduces an incident ("a machine gun attack", "three soldiers were killed Wednesday")."""
        real = [t for t in self.triggers if not t.generic]
        return bool(real) and real[0].indefinite


@dataclass(frozen=True)
class Draft:
    """An incident as detected: the sentences that report it, the first being the main one."""

    sentences: tuple[Sentence, ...]
    extra: tuple[Sentence, ...] = field(default=())  # claim or follow-up sentences without a trigger
    #: told as history: every date of its sentences is more than detect.background_days before the article
    background: bool = False

    @property
    def main(self) -> Sentence:
        return self.sentences[0]

    @property
    def all_sentences(self) -> tuple[Sentence, ...]:
        return tuple(sorted(self.sentences + self.extra, key=lambda s: s.index))


T = TypeVar("T")


def doc_memo(doc, name: str, compute: Callable[[], T]) -> T:
    """What `compute` gives for the doc, computed once and kept in its user_data under "eventwire_<name>": the stages
    ask about one parsed article many times (each incident, each joined piece)."""
    key = f"eventwire_{name}"
    known = doc.user_data.get(key)
    if known is None:
        known = doc.user_data[key] = compute()
    return known


def doc_text(doc) -> str:
    """The doc's text, joined once: spaCy rebuilds Doc.text from every token on each access."""
    return doc_memo(doc, "text", lambda: doc.text)


def article_date(article: Article) -> date | None:
    """The day the article's times are read against: its publication date, or the day a web archive saved the page
    where that is earlier (datelines.archived_on): no page was published after it was saved, and a later date is a
    page's "modified" stamp or a crawler's. GVA (whole file but the held-out lines 301-450): 60 articles saved
    before their stated date, the act before the saving in 59, within the week before it in 22."""
    try:
        published = date.fromisoformat(article.published) if article.published else None
    except ValueError:
        return None
    saved = datelines.archived_on(article.url)
    day = saved if published is not None and saved is not None and saved < published else published
    posted = _posted_on(article.text)
    day = posted if day is not None and posted is not None and posted < day else day
    written = _datelined_on(article.text)
    if day is not None and written is not None and written <= day + timedelta(days=DATELINE_AHEAD_DAYS) \
            and (written.month, written.day) != (day.month, day.day):
        return written
    return day


#: a page's own stamp of when the story went up ("Posted: Saturday, March 2, 2013 7:07 PM EST", "Created:
#: 08/09/2014 5:14 AM"), read in the first this many characters of the text
POSTED_STAMP_CHARS = 1500
_POSTED = re.compile(rf"\b(?:posted|created)(?:\s+on)?\s*:\s*(?:{timex.WEEKDAY},?\s*)?", re.I)


#: a local station's or a press office's dateline with its date in brackets ("INDIANAPOLIS, Ind. (Feb. 20, 2014) -",
#: "SAVANNAH, GA (August 2, 2015):"), read in the first POSTED_STAMP_CHARS characters: the day the copy was written
_DATELINE_DATE = (rf"\(\s*(?P<date>{datelines.MONTH_WORD}\s*\d{{1,2}},?\s*\d{{4}})\s*\)\s*"
                  r"(?:--|-|\u2013|\u2014|:)")
_DATELINED = re.compile(rf"(?<![\w,])[A-Z][A-Z.'\- ]{{2,40}}(?:,\s*[A-Z][A-Za-z.]{{1,20}})?\s*{_DATELINE_DATE}")
#: the bracketed date _DATELINED ends with, searched for first: the name before it, tried at every capital letter,
#: is the costly part in wire copy in capitals (0.14 CPU s of coding 60 MUC-4 texts, none with such a date)
_DATELINE_DATE_TOLD = re.compile(_DATELINE_DATE)
#: a bracketed dateline may lie this many days after the file's date (GVA: "(Aug. 28, 2015)" on a page of the 27th,
#: its "Thursday morning" the 27th; one three weeks after is an update's, and is no such day)
DATELINE_AHEAD_DAYS = 1


def _datelined_on(text: str) -> date | None:
    """The day a bracketed dateline near the top dates the copy (_DATELINED). Times told in the text are read against
    it where it is before the file's date (article_date): press-office copy re-posted later (a release
    headed "MACON, GA (March 3, 2014):" that says two clerks were hurt "late last night", on a page of 9 June 2016).
    One on the file's own month and day but another year is the new year's slip ("INDIANAPOLIS, Ind. (Jan. 18,
    2015)" on a page of 18 January 2016, GVDB dev): the file's date stands."""
    told = _DATELINE_DATE_TOLD.search(text, 0, POSTED_STAMP_CHARS) is not None
    match = _DATELINED.search(text, 0, POSTED_STAMP_CHARS) if told else None
    iso = datelines.parse_date(match.group("date")) if match else None
    return date.fromisoformat(iso) if iso else None


def _posted_on(text: str) -> date | None:
    """The day a page says the story was posted or created, where it says so near its top: a copy crawled or
    "modified" later carries a later date (GVA: "Created: 08/09/2014" on a page dated 28 January 2017, its "early
    Saturday" the 9 August 2014 shooting). Times told in the text are read against it (article_date). "Updated:" is
    no such day, nor "(Published Saturday, May 2, 2015)" under a video, which may be an older story's."""
    for stamp in _POSTED.finditer(text, 0, POSTED_STAMP_CHARS):
        for time in timex.find(text[stamp.end() : stamp.end() + 40], None):
            if time.start == 0 and time.precision == "day":
                return date.fromisoformat(time.date)
    return None


def analyse_sentences(doc, article: Article, background_days: int = BACKGROUND_AGE_DAYS) -> list[Sentence]:
    """Every sentence of the doc with its triggers, casualties, times, claims and background status (acts dated
    more than `background_days` before the article are history)."""
    ref = article_date(article)
    full = doc_text(doc)
    line = datelines.parse(full)
    body_start = line.end if line else 0  # the dateline's date is the report's, not the incident's
    sentences = []
    for index, sent in enumerate(doc.sents):
        # the dateline names where the report was filed, not where anything happened: keep it out of the sentence
        start = max(sent.start_char, min(body_start, sent.end_char))
        text = full[start : sent.end_char]
        tallies = tally_spans(text, start)
        # a count in a running total ("brings the weekend toll to 28 people shot") is no toll of the sentence's act
        casualties = tuple(c for c in _casualties(text, start) if not inside_any(c.start, c.end, tallies))
        deaths = tuple(d for d in _deaths(sent, casualties, start) if not inside_any(d.start, d.end, tallies))
        found_times = [timex.by_the_clock(t, full) for t in timex.find(text, ref, offset=start) if t.start >= body_start]
        claim = _CLAIM.search(text)
        triggers = tuple(_triggers(sent, timed=bool(found_times)))
        named = _naming_act(doc, found_times, triggers)
        report_times = tuple(
            t for t in found_times
            if (t not in named and (_REPORTING.search(full[max(start, t.start - 30) : t.start])
                                    or (claim is not None and t.start - start >= claim.start())))
            or _followup_time(doc, t)
        )
        times = _act_times_first(doc, [t for t in found_times if t not in report_times], triggers)
        act_times = _days_before(full, found_times, triggers) + act_times_of(doc, times, triggers)
        no_claim = _NO_CLAIM.search(text)
        if claim and no_claim and no_claim.start() <= claim.start() <= no_claim.end():
            claim = None
        sentences.append(
            Sentence(
                index=index,
                start=start,
                end=sent.end_char,
                text=text,
                triggers=triggers,
                casualties=casualties,
                deaths=deaths,
                act_times=act_times,
                none_hurt=tuple((m.start() + start, m.end() + start, m.group("what").lower()) for m in NONE_HURT.finditer(text)),
                times=times,
                report_times=report_times,
                background=_background(text, times, ref, background_days)
                or ("tally" if tally_sentence(tallies, triggers) else None),
                claim=(claim.start() + start, claim.end() + start) if claim else None,
                no_claim=(no_claim.start() + start, no_claim.end() + start) if no_claim else None,
                suspected=bool(_SUSPECT.search(text)),
                headline=index == 0 and _is_headline(sent),
            )
        )
    return _in_their_era(sentences, full, ref)


#: a passage's time this many years or more before the article dates it to another era ("in 1966", "the '60s"): an act
#: told after it with no date of its own is history, not the article's news (issue 20 item 2: a history essay's
#: "gunning down Black Panthers" took the article's week)
ERA_YEARS = 10
#: how many sentences back an undated act looks for the passage's time
ERA_LOOKBACK = 3
_DECADE = re.compile(r"(?<![\w-])(?:the\s+)?(?:(?P<century>1[89]|20)(?P<d4>\d)0s|['’](?P<d2>\d)0s)(?![\w-])", re.I)


def _era_years(text: str, times: Sequence[timex.TimeExpr]) -> list[int]:
    """The last year of each time and decade a sentence names ("the 1960s", "the '60s": 1969)."""
    years = [int(t.latest[:4]) for t in times if t.latest]
    for m in _DECADE.finditer(text):
        if m.group("d4") is not None:
            years.append(int(m.group("century") + m.group("d4")) * 10 + 9)
        else:
            years.append(1900 + int(m.group("d2")) * 10 + 9)
    return years


def _in_their_era(sentences: list[Sentence], full: str, ref: date | None) -> list[Sentence]:
    """An act told with no time of its own after a passage that dates itself ERA_YEARS or more before the article
    is history: the nearest of the ERA_LOOKBACK sentences before it that names a time or a decade names only such."""
    if ref is None:
        return sentences
    out = list(sentences)
    for i, sentence in enumerate(sentences):
        if sentence.background or sentence.headline or sentence.times or sentence.report_times or not sentence.eventive:
            continue
        if _era_years(sentence.text, ()):
            continue  # a decade of its own: dated below
        for before in reversed(sentences[max(0, i - ERA_LOOKBACK) : i]):
            years = _era_years(before.text, tuple(before.times) + tuple(before.report_times))
            if not years:
                continue
            # a decade named, or an old act told ("in 1966 X shot Y"); not a life's year ("He retired in 1989")
            told = bool(_DECADE.search(before.text)) or _told_as_history(before)
            if told and max(years) <= ref.year - ERA_YEARS:
                out[i] = replace(sentence, background="history")
            break
    return out


_FOLLOWUP_BASE = wordlists.phrases("detect", "followup_heads")
_FOLLOWUP_HEADS = with_inflections(_FOLLOWUP_BASE)
#: the follow-up words but those of telling ("police said"): a sentence with one tells the time of news about the
#: act ("Her funeral was held at 2 p.m. Tuesday", "He was arrested around 3 a.m. Friday"), not the act's (story_time)
_NEWS_WORDS = frozenset(with_inflections(
    w for w in _FOLLOWUP_BASE if w not in ("say", "tell", "state", "statement", "confirm", "announce", "investigate")))


#: the follow-up words of telling ("said", "told"): a day told to the minute is not the telling's (_clocked)
_TELLING = frozenset(with_inflections(("say", "tell", "state", "statement", "confirm", "announce")))
#: a clock time right after a day ("Monday around 10:30 p.m.", "Thursday at 6:12 p.m.") or right before it ("5:30
#: p.m. Friday", "12:45 a.m. on Saturday")
_CLOCK_AFTER = re.compile(r",?\s*(?:(?:at|around|about|near|approximately|shortly\s+(?:before|after)|just\s+(?:before|"
                          r"after))\s+)*\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b", re.I)
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?,?\s+(?:on\s+)?$", re.I)


def _clocked(text: str, time: timex.TimeExpr) -> bool:
    """Is the time told with a clock time beside it (_CLOCK_AFTER, _CLOCK_BEFORE)? "On Friday near 9:15 p.m., the
    Ortiz family says a cousin was cleaning his pistol" hangs the day off "says", but a day told to the minute is
    when the act happened: nobody tells when they said something to the minute. Over the whole GVA file's articles
    (lines 301-450 left out, session 21) coded undated, a weekday beside a clock time was the act's day 7 times of 7
    (lines 1180 and 1181 were dated so by this rule, the article's day before)."""
    return bool(_CLOCK_AFTER.match(text, time.end)) or bool(_CLOCK_BEFORE.search(text[max(0, time.start - 20):time.start]))


#: right after a day, how many days before it the act was: "passed away Monday, four days after the gunfire", "held
#: from late Friday, six days after he is said to have fired on", "Sunday, two days after an attacker shot three
#: men"; not "less than a day after", nor with words between ("Friday's unrest follows three days after")
_DAYS_AFTER = re.compile(rf"\s*[,\u2014\u2013-]?\s*(?:just\s+|only\s+)?(?P<n>{timex.NUMBER})\s+days?\s+after\b", re.I)
#: how far after "N days after" the act word may begin ("three days after he was shot on East 98th Street")
DAYS_AFTER_REACH = 60
#: ... and the words that make it another act than the sentence's ("a day after another boy shot himself")
_OTHER_ACT = re.compile(r"\b(?:another|other|separate|second|similar|unrelated)\b", re.I)


def _days_before(text: str, times: Sequence[timex.TimeExpr], triggers: Sequence[TriggerHit]) -> tuple[timex.TimeExpr, ...]:
    """The act's day where a day told of news about it counts back to it (_DAYS_AFTER): "Dario Finch passed away
    Monday, four days after he was shot" was dated Monday, the death's day. The day is the act's own (act_times), told
    by an act word within DAYS_AFTER_REACH characters after "after", not another act (_OTHER_ACT). Over the whole
    GVA file (lines 301-450 left out, session 21), of the 11 articles with a weekday right before "N days after" and
    an act, counting back gave the gold day 10 times (lines 1741, 2134, 5422, 5884 were dated the later day, 2919
    not found) and missed it once (5047, whose "Friday" was read as the week before's)."""
    out = []
    for time in times:
        if time.precision != "day" or time.future:
            continue
        match = _DAYS_AFTER.match(text, time.end)
        if match is None:
            continue
        act = next((t for t in triggers if not t.generic and match.end() <= t.start <= match.end() + DAYS_AFTER_REACH),
                   None)
        if act is None or _OTHER_ACT.search(text, match.end(), act.end):
            continue
        day = (date.fromisoformat(time.date) - timedelta(days=timex.count_of(match.group("n")))).isoformat()
        out.append(replace(time, start=match.start("n"), end=match.end(), text=text[match.start("n"):match.end()],
                           date=day, earliest=day, latest=day))
    return tuple(out)


def _followup_time(doc, time: timex.TimeExpr) -> bool:
    """Does the time tell when news about the act happened rather than the act: the word it depends on, through
    its preposition, is an arrest, a charge, a court date, a press conference ("arrested early Tuesday", "in a
    Saturday night press conference")? Such times date the act only when nothing else in its sentences does. A day
    told to the minute beside a word of telling is the act's (_clocked)."""
    head = _time_head(doc, time)
    if head is None:
        return False
    # "FRESNO (AP) - Officials Monday named a woman who died in the shooting": the parser hangs the time off the
    # subject of the follow-up verb; it is still the day of the identifying, not of the killing (GVA 143)
    if (head.lemma_ or head.lower_).lower() not in _FOLLOWUP_HEADS:
        if not (head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i and
                (head.head.lemma_ or head.head.lower_).lower() in _FOLLOWUP_HEADS):
            return False
        head = head.head
    if _holds_protest(head):
        return False
    return not ((head.lemma_ or head.lower_).lower() in _TELLING and _clocked(doc_text(doc), time))


#: the forms of "hold", a follow-up word ("held in custody", "the funeral was held") that tells a protest's own day
#: where what is held is one (_holds_protest)
_HOLD_FORMS = with_inflections(("hold",)) | {"held"}


def _holds_protest(head) -> bool:
    """Is `head` a "hold" whose object is a protest ("members held a protest on 3 May", "a sit-in was held on
    Tuesday")? The time it carries is the protest's, the act itself, not news told after an act: read as a follow-up's,
    a sentence that also names an older year ("against a closure planned since 2019") was all history."""
    if (head.lemma_ or head.lower_).lower() not in _HOLD_FORMS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and ((c.lemma_ or c.lower_).lower() in _PROTEST_LEMMAS
                                                     or c.lower_ in _PROTEST_LEMMAS) for c in head.children)


def _naming_act(doc, times: Sequence[timex.TimeExpr], triggers: Sequence[TriggerHit]) -> list[timex.TimeExpr]:
    """The times that name an act noun after them ("the Sunday morning shooting", "Monday's shooting"): the act's,
    though a report's words come before them ("Deputies first said the Friday night shooting outside a bar ...",
    "Nolan said Tuesday's shooting shook the street": no day was told of the saying)."""
    def names(time: timex.TimeExpr) -> bool:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        head = _time_head(doc, time)
        return span is not None and len(span) > 0 and span.root.dep_ in _ATTRIBUTIVE and head is not None \
            and head.idx >= time.end

    return [t for t in act_times_of(doc, times, triggers) if names(t)]


def _time_head(doc, time: timex.TimeExpr):
    """The word a time depends on, through its preposition ("shot Friday night" -> shot, "arrested early Tuesday" ->
    arrested, "in a Saturday night press conference" -> conference); None when the parse gives it none outside the
    time itself."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    # not past a verb that heads a preposition's clause: "sentenced Friday ... for killing Shane Moore on March 4,
    # 2013" -> killing (the parser hangs the date off it), not the sentencing
    while head.head.i != head.i and (head.pos_ == "ADP" or head.dep_ == "prep" or
                                     head.dep_ == "pcomp" and head.pos_ != "VERB"):
        head = head.head
    # a date before the words that qualify its noun is the noun's: "the Sept. 12 quadruple murder" -> murder, "the
    # March 9 backyard ambush" -> ambush, "a Saturday night press conference" -> conference (the parser hangs the
    # date off the first of them)
    while head.dep_ in _NOUN_MODIFIERS and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return None if span.start <= head.i < span.end else head


#: the dependencies of a word that qualifies the noun after it ("quadruple murder", "backyard ambush")
_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: ... and of a time that names its noun ("the Sunday morning shooting", "Monday's shooting", "the March 9 ambush")
_ATTRIBUTIVE = _NOUN_MODIFIERS | {"poss"}


def _act_times_first(doc, times: list[timex.TimeExpr], triggers: Sequence[TriggerHit]) -> tuple[timex.TimeExpr, ...]:
    """The sentence's times, those that tell when its act happened first: a time that depends on an act word
    ("Tuesday's shooting", "shot Friday night"), through its preposition, before one that tells something else ("Two
    men stayed in intensive care Friday evening after Thursday's shooting"). Extraction dates an
    incident by the first of its most precise times."""
    if len(times) < 2 or not triggers:
        return tuple(times)
    acts = [(t.start, t.end) for t in triggers if not t.generic]

    def of_act(time: timex.TimeExpr) -> bool:
        head = _time_head(doc, time)
        return head is not None and any(s <= head.idx < e for s, e in acts)

    return tuple(sorted(times, key=lambda t: not of_act(t)))


def act_times_of(doc, times: Sequence[timex.TimeExpr], triggers: Sequence[TriggerHit]) -> tuple[timex.TimeExpr, ...]:
    """The times that depend on an act word of the sentence, through its preposition ("shot and killed Marsh in a
    garage on Alder Lane on Oct. 3", "were gunned down on Jan. 19", "the March 9 shooting"): the act's own day,
    whatever else the sentence dates. A word of harm alone ("died Monday", "wounded") is no act word: the victim
    may die days after the act."""
    acts = [(t.start, t.end) for t in triggers if not t.generic and t.trigger.phrase not in CASUALTY_TRIGGERS]
    if not acts:
        return ()

    def is_act(token) -> bool:
        return any(s <= token.idx < e for s, e in acts)

    def of_act(time: timex.TimeExpr) -> bool:
        head = _time_head(doc, time)
        if head is None:
            return False
        if (head.lemma_ or head.lower_).lower() in _HAPPENED:
            # "The shooting happened Friday night", "a shooting that occurred on Mar. 4, 2014": the act's time
            return (head.dep_ == "relcl" and is_act(head.head)) or \
                any(c.dep_ in ("nsubj", "nsubjpass") and is_act(c) for c in head.children)
        # "the men on May 7 shot four individuals": the parser hangs the time off the act verb's subject
        if is_act(head) or (head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i and is_act(head.head)):
            return True
        # "the Nov. 3 shooting death": a death named by its act ("shooting") is the act's
        return any(c.dep_ == "compound" and is_act(c) for c in head.children)

    text = doc_text(doc)
    # ... an act word that qualifies another ("shooting death") counts here
    named_acts = [t.start for t in triggers if t.trigger.phrase not in CASUALTY_TRIGGERS]

    def named(time: timex.TimeExpr) -> bool:
        # "the June 3, 2012 shooting death", "in a May 10 home invasion": a date between an article and the act
        # word it qualifies names that act's day, whatever the parser hung it from (a history sentence's date is
        # often parsed as the verb's: "was sought on a warrant ... after the April 8 stabbing death")
        return _ARTICLE_BEFORE.search(text, max(0, time.start - 5), time.start) is not None and any(
            s >= time.end and _DAY_OF_ACT.fullmatch(text, time.end, s) for s in named_acts)

    return tuple(t for t in times if of_act(t) or named(t))


#: an article right before a time (act_times_of: "the Sept. 15, 2015 shooting death")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


#: verbs that tell when their subject happened ("the shooting occurred Monday"), as _OCCURRENCE reads them, in every
#: form (the parser's lemmas are not always there): a time on them is the act's
_HAPPENED = frozenset({"happen", "happens", "happened", "occur", "occurs", "occurred", "take", "takes", "took", "taken",
                       "unfold", "unfolded", "erupt", "erupted"})


def _is_headline(sent) -> bool:
    """A first line with no closing punctuation, set off by a blank line: the article's title."""
    text = sent.text.rstrip()
    following = sent.text[len(text):] + doc_text(sent.doc)[sent.end_char : sent.end_char + 3]
    return bool(text) and text[-1] not in ".!?\"”’:)" and len(sent) <= 25 and "\n" in following


def find_incidents(doc, article: Article, options: Options) -> list[Draft]:
    """Group the eventive sentences of `doc` into incidents; reactions make none, and background acts only with
    detect.keep_background (then after the news, grouped among themselves, marked background)."""
    sentences = analyse_sentences(doc, article, options.detect.background_days)
    groups: list[list[Sentence]] = []
    extras: dict[int, list[Sentence]] = {}
    history_first = False  # the text opened with an act it dates as history ("pleaded guilty in a 2014 shooting")
    for sentence in sentences:
        if not groups and _told_as_history(sentence):
            history_first = True
        if sentence.eventive:
            if history_first and not groups and sentence.anaphoric and not _own_date(sentence):
                continue  # "the shooting" of a follow-up story is the old act it opened with, not news
            target = _attach_to(sentence, groups)
            if target is None and groups and sentence.legal:
                continue  # a court step ("was taken into custody Thursday and charged with murder") is no new act
            if target is None:
                groups.append([sentence])
            else:
                groups[target].append(sentence)
        elif groups and (sentence.claim or sentence.no_claim or sentence.none_hurt
                         or ((sentence.casualties or sentence.triggers) and not sentence.background)):
            last = max([groups[-1][-1]] + extras.get(len(groups) - 1, []), key=lambda x: x.index)
            reach = CLAIM_REACH if (sentence.claim or sentence.no_claim or sentence.none_hurt) else FOLLOW_REACH
            if sentence.index - last.index <= reach:
                extras.setdefault(len(groups) - 1, []).append(sentence)
    if not groups:
        # a text that tells no act: its title may name one in a headline's terms (a sign-up box under it)
        title_act = _title_act(doc, article, sentences)
        if title_act is not None:
            groups.append([title_act])
    drafts = [Draft(sentences=tuple(g), extra=tuple(extras.get(i, ()))) for i, g in enumerate(groups)]
    drafts = by_act_day(dated_by_story(drafts, sentences, article_date(article)), sentences)
    drafts = before_the_news_day(doc, drafts, sentences, article_date(article))
    drafts = to_the_day(drafts, sentences, doc)
    return drafts + background_acts(sentences) if options.detect.keep_background else drafts


def story_time(sentences: Sequence[Sentence], taken: AbstractSet[int] = frozenset()) -> Sentence | None:
    """The first sentence, not the main text of any incident (`taken`: their indexes), that tells when the story's act
    happened: a day of its own (not a report's or a follow-up's time, not to come, not history) beside a clock time or
    "it happened" ("Around 10 p.m. Monday, an officer tried to stop a car", "It happened Monday night")."""
    for sentence in sentences:
        if sentence.index in taken or sentence.background or sentence.headline:
            continue
        days = [t for t in sentence.times if t.precision == "day" and not t.future]
        if days and _OCCURRENCE.search(sentence.text) and not _NEWS_WORDS.intersection(_words(sentence.text)):
            return sentence
    return None


#: a sentence with these tells what will or may be: its weekday ("travels to Ethiopia on Sunday") is no past day
_MODALS = _IRREALIS - {"not", "never"}


def story_day(sentences: Sequence[Sentence], taken: AbstractSet[int] = frozenset(),
              published: date | None = None) -> Sentence | None:
    """Where no sentence says when the story's act happened (story_time), the first sentence with a day of its own
    before the article's (`published`; not a report's or a follow-up's time, not history), no news word in it: "Her
    sister last heard from her on Friday", "the teens were passing a gun around when it went off Wednesday".
    An undated act took the publication day, on local news mostly a day or two after the act (docs/accuracy.md,
    session 13). The article's own day is no such day: "Officers stayed at the house through Monday noon" tells nothing
    the publication day does not, and would narrow its week to a day."""
    if published is None:
        return None
    for sentence in sentences[:STORY_DAY_REACH]:
        if sentence.index in taken or sentence.background or sentence.headline:
            continue
        words = _plain_words(sentence)
        if any(t.precision == "day" and t.latest < published.isoformat() for t in sentence.times) \
                and not _NEWS_WORDS.intersection(words) and not _MODALS.intersection(words):
            return sentence
    return None


def story_told_day(sentences: Sequence[Sentence], taken: AbstractSet[int] = frozenset(),
                   published: date | None = None) -> Sentence | None:
    """Where neither story_time nor story_day dates the story, the first sentence with a day of its own before the
    article's (`published`; not a report's time, not to come), told of the act ("charged in the March 9 shooting",
    "the Feb. 19 deaths": the day right before an act word, _DAY_OF_ACT; "sentenced Friday ... for killing Shane
    Moore on March 4, 2013": a day the act word holds, act_times_of) or in a sentence with no news word and
    nothing of what will or may be ("The shooting occurred Feb. 6", "deputies went to a roadside motel Thursday"),
    however far into the story and however old: on local news the day the text tells is the act's far more often
    than the publication day, and an old act named by its date keeps that date rather than taking the article's
    (issue 20 item 2). Several acts may share it, as story_time's."""
    if published is None:
        return None
    for sentence in sentences:
        if sentence.index in taken:
            continue
        days = _past_days(sentence, published)
        if not days:
            continue
        words = _plain_words(sentence)
        if _MODALS.intersection(words):
            continue
        acts = [t.start for t in sentence.triggers if not t.generic]
        if not _NEWS_WORDS.intersection(words) or any(t in sentence.act_times for t in days) or any(
                _DAY_OF_ACT.fullmatch(sentence.text[t.end - sentence.start : a - sentence.start])
                for t in days for a in acts if a >= t.end) or any(
                _HAPPENED_DAY.search(sentence.text[: t.start - sentence.start]) for t in days):
            return sentence
    return None


def _told_days(sentence: Sentence, published: date) -> list[timex.TimeExpr]:
    """The sentence's own days before the article's, those told of its act first ("was sentenced Friday ... for
    killing Shane Moore on March 4, 2013": the act's day, not the sentencing's)."""
    days = _past_days(sentence, published)
    return sorted(days, key=lambda t: t not in sentence.act_times)


def _past_days(sentence: Sentence, published: date) -> list[timex.TimeExpr]:
    """The sentence's own days before the article's (`published`)."""
    return [t for t in sentence.times if t.precision == "day" and not t.future and t.latest < published.isoformat()]


#: between a day and the act word it dates: "the March 9 shooting", "the Oct. 2 fatal shooting", "the July 7
#: downtown attack" (story_told_day)
_DAY_OF_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def _plain_words(sentence: Sentence) -> list[str]:
    """The sentence's words outside its times: "on May 30" tells a day, not what may be (_MODALS)."""
    text = sentence.text
    for t in sorted((*sentence.times, *sentence.report_times), key=lambda t: -t.start):
        text = text[: t.start - sentence.start] + " " + text[t.end - sentence.start :]
    return _words(text)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def dated_by_story(drafts: list[Draft], sentences: Sequence[Sentence], published: date | None = None) -> list[Draft]:
    """An incident whose sentences date nothing takes the story's time (story_time) as one more of its sentences:
    "A boy of 12 is recovering after his cousin shot him by accident. It was about 7:30 p.m.
    Friday a mile west of Dalton." Without it the act took the publication day, on local news mostly
    the day after the act. A story of one act, with no such sentence, takes the first day another sentence tells
    (story_day); where the text tells several acts, that day may be any one's (a wire report's communique and the
    clash it denies: MUC-4 TST1-MUC3-0046 placed and typed the clash by the sentence dating it). Failing both, an
    act told beside a dated one takes that one's day, and any other the first past day the story tells anywhere
    (story_told_day)."""
    def dated(draft: Draft) -> bool:
        return any(not t.future for s in draft.sentences for t in s.times)

    if not drafts or all(dated(d) for d in drafts):
        return drafts
    taken = {s.index for d in drafts for s in d.sentences}
    story = story_time(sentences, taken) or (story_day(sentences, taken, published) if len(drafts) == 1 else None)
    told = story_told_day(sentences, taken, published) if story is None else None
    out = []
    for i, draft in enumerate(drafts):
        if dated(draft):
            out.append(draft)
            continue
        if story is not None:
            out.append(replace(draft, sentences=draft.sentences + (story,)))
            continue
        # an act told beside a dated one ("Hale then shot his wife as well" after "The gunfire began
        # near 4 p.m. Sunday"), with no time of its own, not even a report's, takes the day of the
        # nearest dated act before it, else after it: the times of the sentence that dates that act, told as the
        # act's own (_timed); any other takes the day the story tells anywhere (story_told_day), the same way
        near = None if any(s.report_times for s in draft.sentences) else \
            next((d for d in [*drafts[i - 1::-1][:i], *drafts[i + 1:]] if dated(d)), None)
        if near is not None:
            when = next(s for s in near.sentences if any(not t.future for t in s.times))
            out.append(_timed(draft, [t for t in when.times if not t.future]))
        else:
            out.append(draft if told is None or published is None else _timed(draft, _told_days(told, published)))
    return out


def by_act_day(drafts: list[Draft], sentences: Sequence[Sentence]) -> list[Draft]:
    """An incident dated only by a follow-up (its dating sentence tells an arrest, a plea, a vigil, a court step or a
    telling: "pleaded guilty before a judge Tuesday", "Neighbors gathered for a vigil Sunday evening", "charged
    with shooting his uncle stood before the judge again Friday", "the sheriff's office said in a release Monday":
    _tells_news), or only by when it was told, takes the day the story tells of an act before it, within ERA_YEARS
    ("The counts arise from a shooting on Oct. 9, 2013", "the pair on June 2 shot three people":
    act_times_of), in a sentence no other incident reports: on local news a follow-up's act is the one it follows,
    and it keeps its own day rather than the follow-up's (issue 20 item 2)."""
    out = []
    for draft in drafts:
        if any(t.precision == "day" and not t.future for s in draft.sentences for t in s.act_times):
            out.append(draft)
            continue
        when = next((s for s in draft.sentences if any(not t.future for t in s.times)), None)
        reported = when is None
        if reported:
            when = next((s for s in draft.sentences if any(not t.future for t in s.report_times)), None)
        if when is None:
            out.append(draft)
            continue
        told = [t for t in (when.report_times if reported else when.times) if not t.future]
        if not reported and not _tells_news(when, told):
            out.append(draft)
            continue
        # a year beside the news's day is the act's, told coarsely ("A man said to have shot two clerks in
        # Ashford in 2012 got his sentence ... Monday"): the act's day lies before the news's day, not before the
        # year's first day
        day = min(t.earliest for t in ([t for t in told if t.precision != "year"] or told))
        # ... and not in another era: an old crime the story recalls is no act a follow-up follows (ERA_YEARS)
        since = (date.fromisoformat(day) - timedelta(days=round(365.25 * ERA_YEARS))).isoformat()
        others = {s.index for d in drafts if d is not draft for s in d.sentences}
        free = [s for s in sentences if s.index not in others and not _MODALS.intersection(_plain_words(s))]
        act = next((t for s in free for t in s.act_times if t.precision == "day" and not t.future
                    and since <= t.date < day), None)
        if act is None and not any(s.times and not _NEWS_WORDS.intersection(_plain_words(s)) and not s.legal
                                   for s in draft.sentences):
            # no act day, and none of the incident's sentences dates anything but news about it: the day of a
            # sentence telling an act before the follow-up's ("officers went to Pine Row on May 14 and found
            # three people shot", under a plea of October)
            # ... or a death ("The body of Sita Jaggesar, 62, was discovered around 3 pm on Tuesday", under her
            # daughter's charge: the act word is only the charge's, "charged with the murder")
            act = next((t for s in free if s.deaths or any(not h.generic for h in s.triggers)
                        for t in s.times if t.precision == "day" and not t.future and since <= t.date < day), None)
        out.append(draft if act is None else
                   replace(draft, sentences=(replace(draft.main, act_times=draft.main.act_times + (act,)),
                                             *draft.sentences[1:])))
    return out


#: a day told by its name or figures ("Sunday afternoon", "Feb. 19"), not by words relative to another day
_NAMED_DAY = re.compile(rf"\b{timex.WEEKDAY}\b|\d", re.I)
#: a draft dated only by the article's own day told of no act takes the story's act day up to this many days before
#: it (before_the_news_day), as an undated report reaches back a week (timex.UNDATED_WINDOW_DAYS)
NEWS_DAY_REACH = 6


def before_the_news_day(doc, drafts: list[Draft], sentences: Sequence[Sentence], published: date | None) -> list[Draft]:
    """An incident dated only by the article's own day, that day hanging off no act or harm word (a state or news of
    that day: "A girl of 6 was still in hospital Monday ... after her father's gun went off", "A boy of 8 was healing
    Saturday after he is said to have ... shot himself by accident", "Deputies were hunting Tuesday for a
    man they want to question"), takes the first day within NEWS_DAY_REACH before it that the story tells of an act: a
    day an act word holds (act_times), or one that hangs off a word of harm or "happened" (_of_act_or_harm: "It took place
    near 5 p.m. Friday on Birch Court", "the fatal shooting of a young man Saturday evening"), in a sentence no
    other incident reports. On local news the article's day is the day of telling; the act's is the
    day the story tells, most often the day before (issue 20 item 2). An act day on the article's own day ("wounded
    early Saturday" on Saturday's page, "Deputies were sent out just past 10 p.m. Friday") keeps
    it: its time hangs off a word of harm, or is told to the minute (_clocked)."""
    if published is None:
        return drafts
    today = published.isoformat()
    since = (published - timedelta(days=NEWS_DAY_REACH)).isoformat()

    def recent(t: timex.TimeExpr) -> bool:
        # a day named by its weekday or its date: "the day before" told of another day ("occurred the day before
        # his 24th birthday") is read from the article's day, not the act's
        return t.precision == "day" and not t.future and t.earliest == t.latest and since <= t.date < today \
            and _NAMED_DAY.search(t.text) is not None

    out = []
    for draft in drafts:
        best = None if any(t.precision == "day" and not t.future for s in draft.sentences for t in s.act_times) \
            else dating_time(draft)
        if best is None or best.precision != "day" or best.date != today or _harm_or_act(doc, draft, best) \
                or _clocked(doc_text(doc), best):
            out.append(draft)
            continue
        others = {s.index for d in drafts if d is not draft for s in d.sentences}
        act = None
        for sentence in sentences:
            if sentence.index in others or sentence.background or _MODALS.intersection(_plain_words(sentence)):
                continue
            days = [t for t in sentence.act_times if recent(t)] or \
                [t for t in sentence.times if recent(t) and _of_act_or_harm(doc, sentence, t)]
            if days:
                act = days[0]
                break
        out.append(draft if act is None else
                   replace(draft, sentences=(replace(draft.main, act_times=draft.main.act_times + (act,)),
                                             *draft.sentences[1:])))
    return out


#: the words a day hangs off in _of_act_or_harm to tell the act's day ("It happened around 6 p.m. Monday")
_HAPPENED_STRICT = frozenset({"happen", "happened", "occur", "occurred"})


def _of_act_or_harm(doc, sentence: Sentence, time: timex.TimeExpr) -> bool:
    """Does `time` hang off an act or harm word of `sentence` (not a court or police step's: "arrested Saturday
    night"), or off "happened" ("It took place near 5 p.m. Friday", "the fatal shooting of a young man Saturday
    evening")? Not a report taken or a judge faced on that day (before_the_news_day)."""
    return _hangs_off(doc, time, (sentence,), _HAPPENED_STRICT, courts=False)


def _harm_or_act(doc, draft: Draft, time: timex.TimeExpr) -> bool:
    """Does `time` hang off a word of the draft's acts or harm ("were wounded early Saturday", "died Sunday"), or
    off "happened"? Then it is the act's day, however the parser saw it. A page's stamp ("Updated: Sep 27, 2016 -
    9:36 AM") hangs off no word of the text."""
    return _hangs_off(doc, time, draft.all_sentences, _HAPPENED, courts=True)


def _hangs_off(doc, time: timex.TimeExpr, sentences: Sequence[Sentence], happened: frozenset[str],
               courts: bool) -> bool:
    """Does `time`'s head word (_time_head) lie in one of `happened` or inside an act word (any trigger where
    `courts`, else none generic or legal) or a harm word of `sentences`?"""
    head = _time_head(doc, time)
    if head is None:
        return False
    if (head.lemma_ or head.lower_).lower() in happened:
        return True
    return any(h.start <= head.idx < h.end for s in sentences for h in s.triggers
               if courts or not (h.generic or h.legal)) or \
        any(c.start <= head.idx < c.end for s in sentences for c in (*s.casualties, *s.deaths))


#: the words of telling (_TELLING) with the irregular past that with_inflections does not make
_TOLD = _TELLING | frozenset({"said", "told"})


def _tells_news(sentence: Sentence, told: Sequence[timex.TimeExpr]) -> bool:
    """Does the sentence that dates an incident by `told`, its times, tell news about the act rather than the act
    (by_act_day)? A follow-up word ("arrested Monday", _NEWS_WORDS); a court or police step about acts, every act
    word of it being the step's object ("A youth charged with killing his stepfather stood before the judge again
    Monday": Sentence.legal); or a word of telling beside a day not told to the minute ("the sheriff's office said in
    a release Friday", "on Friday, a pathologist testified to a Polk County jury": _TOLD, _clocked), whose
    day is the telling's: "police said Tuesday" alone is a report time, and the words between hid it. The court
    step and the telling date only by a day of their own: a time lent by the act told beside it (dated_by_story)
    is that act's ("the latest toll of the mall attack", timed by "began shooting ... Friday evening"), and a
    week's telling ("Three weeks ago, the mayor decried the run of shootings of children in a speech") sums up
    acts rather than following one (GVA 2702 took another child's shooting months before)."""
    words = _words(sentence.text)
    if _NEWS_WORDS.intersection(words):
        return True
    own = [replace(t, start=t.start - sentence.start, end=t.end - sentence.start) for t in told
           if sentence.start <= t.start and t.end <= sentence.end and t.precision == "day"]
    if not own:
        return False
    # an investigation is no step after the act: "Deputies are looking into what happened ... Monday" dates the
    # act or its report, as _NEWS_WORDS leaves "investigate" out (GVA 4641 took a weekday of another week)
    investigated = any(w.startswith("investigat") for w in words)
    return (sentence.legal and not investigated) or (bool(_TOLD.intersection(words))
                                                     and not any(_clocked(sentence.text, t) for t in own))


#: precisions from the finest (dating_time)
_PRECISIONS = ("day", "week", "month", "year")
#: a sentence dating an incident with no act word's day tells the act's day before any later one it tells, up to this
#: many days before it (_earliest_day): a follow-up's arrest weeks after, not a birthday or a release from prison
#: years before
EARLIER_DAY_REACH = 45
#: ... and a day told by its weekday alone up to this many: two weekdays a week apart in one sentence are a slip of
#: the article's date ("killed a boy of 16 Thursday evening ... stood before a bail judge Friday
#: morning" on a page dated that Thursday read the hearing's Friday as the week before's; GVA line 1141)
EARLIER_WEEKDAY_REACH = 4


def dating_time(draft: Draft) -> timex.TimeExpr | None:
    """The time dating.incident_date dates the draft by where no act day does: the finest of the first sentence with
    times of its own, else of the first with report times. In a sentence telling news about the act (an arrest, a
    charge, a release: _NEWS_WORDS), a coarser time of the act itself outranks a finer one outside it: "the man
    charged with shooting a cashier in October was freed on bail on Thursday" is October's (to_the_day then finds its
    day), not Thursday's. Not a year's, which holds too many days. Elsewhere the finer time stays: "Friday's attack
    recalled a stabbing at the same depot in May 2011" recalls an old act. A court step whose every act word is what
    it is about (Sentence.legal: "a judge on Monday ordered an evaluation of the woman charged with stabbing her
    neighbor in April") is such news too."""
    for attribute in ("times", "report_times"):
        for sentence in draft.sentences:
            times = [t for t in getattr(sentence, attribute) if not t.future]
            if times:
                best = min(times, key=lambda t: _PRECISIONS.index(t.precision))
                acts = [t for t in sentence.act_times if not t.future and t in times and t.precision != "year"]
                if acts and best not in acts and not any(a.earliest <= best.date <= a.latest for a in acts) \
                        and (_NEWS_WORDS.intersection(_words(sentence.text)) or sentence.legal):
                    return min(acts, key=lambda t: _PRECISIONS.index(t.precision))
                return _earliest_day(best, times, sentence)
    return None


def _earliest_day(best: timex.TimeExpr, times: Sequence[timex.TimeExpr], sentence: Sentence) -> timex.TimeExpr:
    """Of the days `sentence` tells, none of them told of an act word (dating_time), the earliest within
    EARLIER_DAY_REACH days of `best`, the first (EARLIER_WEEKDAY_REACH for a day told by its weekday alone, with no
    figure), where the sentence tells a death or news about the act: its later day is the death's or the follow-up's,
    its earlier the act's ("died Saturday of a gunshot wound suffered on Friday", "was held Tuesday ... over
    the killing of Tavon Reyes ... on May 2"), which GVA dates. Elsewhere the earlier
    day is another act's told as background ("pulled over the man's car ... as it fit what witnesses said of
    a car seen at a holdup on June 8"), and the first stays."""
    if best.precision != "day" or not (_NEWS_WORDS.intersection(_words(sentence.text))
                                       or any(t.trigger.phrase == ("die",) for t in sentence.triggers)):
        return best
    first = date.fromisoformat(best.date)
    days = [t for t in times if t.precision == "day" and t.earliest == t.latest
            and 0 < (first - date.fromisoformat(t.date)).days
            <= (EARLIER_DAY_REACH if re.search(r"\d", t.text) else EARLIER_WEEKDAY_REACH)]
    return min(days, key=lambda t: t.date) if days else best


def to_the_day(drafts: list[Draft], sentences: Sequence[Sentence], doc=None) -> list[Draft]:
    """An incident dated only by a week, a month or a year ("shot and killed last week", "earlier this month", "over
    the weekend") takes a day inside that window that the story tells, as the act's own: a day told of an act
    (act_times) in a sentence no other incident reports and that tells nothing of what will or may be; else, for a
    week or a month, a day of the incident's own sentences, then of such a sentence, that tells no news about the act
    (an arrest, a court date: not "faced a judge last Friday"): "The shooting happened about 11 p.m. Aug. 7". On
    local news the week or month of a lead is told again to the day further down; the window alone dated it by its
    first day. A year ("the 2014 killing spree") holds too many days: only an act's own day narrows it. With the
    parse (`doc`), a news word outside the words the day hangs from does not tell the day a step's ("A release from the
    sheriff says the attack took place ... on May 14": _step_day)."""
    out = []
    for draft in drafts:
        if any(t.precision == "day" and not t.future for s in draft.sentences for t in s.act_times):
            out.append(draft)
            continue
        coarse = dating_time(draft)
        if coarse is None or coarse.precision == "day":
            out.append(draft)
            continue

        def inside(t: timex.TimeExpr) -> bool:
            return t.precision == "day" and not t.future and coarse.earliest <= t.date <= coarse.latest

        others = {s.index for d in drafts if d is not draft for s in d.sentences}
        free = [s for s in sentences if s.index not in others and not _MODALS.intersection(_plain_words(s))]
        day = next((t for s in free for t in s.act_times if inside(t)), None)
        if day is None and coarse.precision != "year":
            day = next((t for s in (*draft.sentences, *free) for t in s.times
                        if inside(t) and not _step_day(doc, s, t)), None)
        out.append(draft if day is None else
                   replace(draft, sentences=(replace(draft.main, act_times=draft.main.act_times + (day,)),
                                             *draft.sentences[1:])))
    return out


def _step_day(doc, sentence: Sentence, time: timex.TimeExpr) -> bool:
    """Does the sentence tell `time` as the day of news about the act (an arrest, a hearing, a release: _NEWS_WORDS)?
    Without the parse, any news word in it says so. With it, a news word says so but a noun in a preposition's phrase
    off the words the time hangs from (its head up to the sentence's root, _time_head): the news words of "A release from
    the sheriff says the attack took place ... on May 14" or "After his arrest on Dec. 10, police said the shooting
    happened on Dec. 3" date no act's day but the arrest's; "was arrested on Dec. 3", "Eddie's funeral is Saturday",
    "In bond court on Friday, a judge ordered Morgan held without bail" tell steps. A time the parse hangs from nothing
    is the step's."""
    if not _NEWS_WORDS.intersection(_plain_words(sentence)):
        return False
    head = _time_head(doc, time) if doc is not None else None
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc is not None else None
    if head is None or span is None:
        return True
    chain = {head.i}
    while head.head.i != head.i:
        head = head.head
        chain.add(head.i)
    told = [(t.start, t.end) for t in (*sentence.times, *sentence.report_times)]
    for token in span:
        if (token.lower_ not in _NEWS_WORDS and (token.lemma_ or "").lower() not in _NEWS_WORDS) or any(
                s <= token.idx < e for s, e in told):
            continue
        if token.i in chain or token.pos_ not in ("NOUN", "PROPN"):
            return True
        up, phrase = token, False
        while up.i not in chain and up.head.i != up.i:
            phrase = phrase or up.dep_ == "pobj"
            up = up.head
        if not phrase:
            return True
    return False


def _timed(draft: Draft, times: Sequence[timex.TimeExpr]) -> Draft:
    """The draft with `times`, another act's or the story's (story_told_day), told as its main sentence's own: the
    sentence that tells them, added to the draft, would bring its acts, tolls and places (on MUC-4 wire copy it
    retyped and moved the act it dated, and made one more template)."""
    return replace(draft, sentences=(replace(draft.main, times=draft.main.times + tuple(times)), *draft.sentences[1:]))


def _told_as_history(sentence: Sentence) -> bool:
    """Would the sentence report an act but for its old dates?"""
    return sentence.background == "history" and replace(sentence, background=None).eventive


def background_acts(sentences: Sequence[Sentence]) -> list[Draft]:
    """The acts the text dates as history ("in June 2015 a gunman killed nine people"), grouped among themselves as
    news is: sentences that would report an incident but for their old dates. Habits ("continue to") are no act."""
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if not _told_as_history(sentence):
            continue
        target = _attach_to(sentence, groups)
        if target is None:
            groups.append([sentence])
        else:
            groups[target].append(sentence)
    return [Draft(sentences=tuple(g), background=True) for g in groups]


def _attach_to(sentence: Sentence, groups: list[list[Sentence]]) -> int | None:
    """Index of the incident this sentence continues, or None when it reports a new one."""
    if not groups:
        return None
    if sentence.anaphoric and (not _own_date(sentence) or _act_as_setting(sentence)):
        return len(groups) - 1
    if later_death(sentence) and _not_before(sentence, groups[-1]):
        return len(groups) - 1
    if another_act(sentence):
        return None
    for i in range(len(groups) - 1, -1, -1):
        if _compatible(sentence, groups[i]) and not _other_kind(sentence, groups[i]):
            if sentence.fresh and _SEPARATE.search(sentence.text):
                return None
            return i
        if sentence.fresh:
            return None
    return None


#: before "the shooting", what makes the act the setting of what the sentence tells and dates ("a vigil is planned for
#: Thursday at the scene of the shooting", "arrested Friday, two days after the attack"): the date is not the act's
_SETTING_BEFORE = re.compile(r"\b(?:(?:scene|site|wake|aftermath|location) of|since|after|following|before)\s+the\s+$",
                             re.I)


def _act_as_setting(sentence: Sentence) -> bool:
    """Is the sentence's act (its first real trigger, definite) only the setting of what it tells (_SETTING_BEFORE)?"""
    real = [t for t in sentence.triggers if not t.generic]
    return bool(real) and bool(_SETTING_BEFORE.search(sentence.text[:max(0, real[0].start - sentence.start)]))


def later_death(sentence: Sentence) -> bool:
    """A victim's death or wounds told of an act already told ("On Monday, the medical examiner said Jalen Pruitt,
    17, had also died of his wounds from the attack", GVA line 1035): every act word is a casualty word
    or the act named with "the", one of each. Told on a day after the act's (_not_before), its day is the death's,
    not a new act's: it continues the incident."""
    real = [t for t in sentence.triggers if not t.generic]
    casualty = [t.trigger.phrase in CASUALTY_TRIGGERS for t in real]
    return any(casualty) and all(c or t.definite for t, c in zip(real, casualty)) and not all(casualty)


def _not_before(sentence: Sentence, group: list[Sentence]) -> bool:
    """Does no day of the sentence lie before a day of the group? A death told on an earlier day than the incident's
    ("declared dead of bullet wounds ... on Friday night" after "Officials on Sunday named a man who died in
    a shooting", GVA line 143) dates the act itself, which the incident's dates must agree with."""
    days = [t.latest for s in group for t in s.times if not t.future]
    return all(t.earliest >= day for t in sentence.times if not t.future for day in days)


def another_act(sentence: Sentence) -> bool:
    """ "Guerrillas also bombed ...", "another bomb exploded ...": an act of its own, told as one more.

    A toll alone ("two others were also wounded") adds to the incident it follows, so the sentence needs an act
    word that is not a casualty word. MUC-4 train template F1 54.0 -> 54.8; ACLED and GTD unchanged; WikiEvents
    finds the same attacks (recall 92.5) with a few more split ones (precision 86.2 -> 82.4). People told as shot
    with "also" ("three others were also shot") are a toll too; with "another" ("another man was shot in Durham")
    they are one more shooting.
    """
    more = _ONE_MORE.findall(sentence.text)
    if sentence.anaphoric or not more:
        return False
    also_only = all(w.lower() == "also" for w in more)
    return any(t.trigger.strong and not t.generic and t.trigger.phrase not in TOLL_TRIGGERS
               and not (also_only and t.shot_victims) for t in sentence.triggers)


def _distinct_kinds(sentence: Sentence) -> set[str]:
    return {t.trigger.muc_type for t in sentence.triggers
            if not t.generic and t.trigger.muc_type and t.trigger.muc_type not in SHARED_KINDS}


def _other_kind(sentence: Sentence, group: list[Sentence]) -> bool:
    """Does this sentence report another kind of act than the group ("were kidnapped" after "a bomb exploded")?

    A kind the group has not reported starts a new incident, and so does an attack or bombing told after a
    kidnapping, arson or robbery: wire reports tell a kidnapping and the later killing of the hostage, or a
    bombing and the torching of a store nearby, as separate acts, and MUC-4 codes them as separate templates.
    """
    mine = _distinct_kinds(sentence)
    theirs = set().union(*(_distinct_kinds(s) for s in group))
    return not mine <= theirs if mine else bool(theirs)


def _own_date(sentence: Sentence) -> bool:
    return any(not t.future for t in sentence.times)


def _compatible(sentence: Sentence, group: list[Sentence]) -> bool:
    """Could this sentence be about the same incident as `group`? Conflicting dates or tolls say no."""
    days = {(t.earliest, t.latest) for s in group for t in s.times if not t.future}
    mine = {(t.earliest, t.latest) for t in sentence.times if not t.future}
    if mine and days and not any(a <= d and c <= b for a, b in mine for c, d in days):
        return False
    lex = lexicon()
    killed_there = {c.low for s in group for c in s.casualties if c.kind == "killed" and not lex.is_perpetrator_noun(c.noun)}
    killed_here = {c.low for c in sentence.casualties if c.kind == "killed" and not lex.is_perpetrator_noun(c.noun)}
    if killed_here and killed_there and not (killed_here & killed_there) and sentence.fresh:
        return False
    if killed_here and killed_there and not (killed_here & killed_there) and mine:
        return False
    return True


def _background(text: str, times: Sequence[timex.TimeExpr], ref: date | None,
                background_days: int = BACKGROUND_AGE_DAYS) -> str | None:
    dated = any(t.precision == "day" for t in times)
    if _HABITUAL.search(text) and not dated:  # "continue to" beside "On 30 April" is one event, not a pattern
        return "habitual"
    if ref is not None and times:
        cutoff = ref - timedelta(days=background_days)
        if all(_beyond(t, cutoff, ref) for t in times):
            return "history"
    return None


def tally_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The running totals of a sentence (_TALLY: a count told over a period), as document offsets (the sentence
    beginning at `start`)."""
    return [(m.start() + start, m.end() + start) for m in _TALLY.finditer(text) if m.end() > m.start()]


def inside_any(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does the span s..e lie wholly inside one of `spans` (tally_spans' running totals, for one)?"""
    return any(a <= s and e <= b for a, b in spans)


def tally_sentence(spans: Sequence[tuple[int, int]], triggers: Sequence[TriggerHit]) -> bool:
    """Does the sentence tell a running total rather than an act: it has one (`spans`, tally_spans) and every act
    word of it (`triggers` that are not generic) lies inside one? "Four people died and 12 or more were hurt in
    several unrelated shootings around town since Saturday night" counts the acts the article goes on to
    tell one by one; "was shot Sunday, the city's first shooting death since 2012" keeps its act, which lies outside
    the count. (The counts inside a total are no tolls either: analyse_sentences drops them.)"""
    real = [t for t in triggers if not t.generic]
    return bool(spans) and bool(real) and all(inside_any(t.start, t.end, spans) for t in real)


def _beyond(time: timex.TimeExpr, cutoff: date, ref: date) -> bool:
    """Does the time lie beyond the background line `cutoff`: all of it, or for a month HISTORY_SHARE of its days up to
    the article's (`ref`)?"""
    if time.precision != "month":
        return time.latest < cutoff.isoformat()
    earliest = date.fromisoformat(time.earliest)
    days = (min(date.fromisoformat(time.latest), ref) - earliest).days + 1
    return days > 0 and (cutoff - earliest).days >= HISTORY_SHARE * days


def _triggers(sent, timed: bool, title: bool = False) -> list[TriggerHit]:
    """The act words of a sentence as TriggerHits; with `title`, read as an article's title that its text tells no
    act beside (_title_act): a headline's act nouns too (_title_noun, _violent_death) and its plurals as one act."""
    lex = lexicon()
    tokens = list(sent)
    lemmas = [t.lemma_.lower() or t.lower_ for t in tokens]  # without a lemmatizer, the word as written
    lowers = [t.lower_ for t in tokens]
    hits: list[TriggerHit] = []
    i = 0
    while i < len(tokens):
        # (a set lookup first: no phrase starts with most words)
        found = lex.triggers.match_at(lemmas, i) if lemmas[i] in lex.triggers else None
        if not found and lowers[i] in lex.triggers:
            found = lex.triggers.match_at(lowers, i)
        if not found:
            found = _set_alight(tokens, lemmas, i)
        if not found:
            found = _air_targeting(tokens[i]) or _result_act(tokens[i]) or _turned_violent(tokens[i]) \
                or _armed_pounding(tokens[i])
        if not found and title:
            found = _title_noun(tokens[i])
        if not found:
            i += 1
            continue
        length, trigger = found[0], cast(Trigger, found[1])  # lex.triggers holds Trigger values only
        if trigger.phrase == ("fight",) and length == 1 and _fight_between(tokens[i]):
            trigger = _listed_trigger("brawl") or trigger  # "broke up a fight between dozens of youths": a brawl
        if not trigger.strong and trigger.acled_sub_event_type in _USED_WEAPONS and _weapon_used(tokens[i + length - 1]):
            trigger = replace(trigger, strong=True)  # "threw a grenade at a car": a weak weapon word used in an act
        if not trigger.strong and trigger.phrase in _DAMAGE_PHRASES and _damage_done_by_armed(tokens[i + length - 1]):
            trigger = replace(trigger, strong=True)  # "terrorists damaged two high-voltage towers": a done damage
        if not trigger.strong and trigger.phrase in _DETAIN_PHRASES and _held_by_armed(tokens[i + length - 1]):
            trigger = replace(trigger, strong=True)  # "troops detained three villagers": armed men took them
        if not trigger.strong and trigger.acled_event_type == "Protests" and (
                _staged_protest(tokens[i + length - 1], trigger) or _crowd_purpose(tokens[i + length - 1])):
            trigger = replace(trigger, strong=True)  # "carried out a march", "residents blocked the road to demand"
        if title and not trigger.strong and _title_harm(tokens, i, trigger):
            trigger = replace(trigger, strong=True)  # "two self-inflicted deaths", "charged in his brother's death"
        first, last = tokens[i], tokens[i + length - 1]
        if _is_trigger_use(first, last, trigger):
            before = [t.lower_ for t in tokens[max(0, i - 4) : i]]
            hits.append(
                TriggerHit(
                    start=first.idx,
                    end=last.idx + len(last.text),
                    text=doc_text(sent.doc)[first.idx : last.idx + len(last.text)],
                    trigger=trigger,
                    definite=_determined(before, _DEFINITE),
                    indefinite=_determined(before, _INDEFINITE) or last.pos_ == "VERB",
                    generic=_generic(first, last, tokens, i, lemmas, timed or (title and _told_plural(last)), trigger),
                    verb_shooting=trigger.phrase in (("fire",), ("shoot",), ("shot",)) and (
                        last.pos_ == "VERB" or (trigger.phrase == ("fire",) and _fired_arm(last))),
                    counted=i > 0 and (tokens[i - 1].like_num or tokens[i - 1].pos_ == "NUM") and last.pos_ == "NOUN",
                    past_clash=_past_clash(last, trigger),
                    shot_victims=trigger.phrase == ("shoot",) and last.tag_ == "VBN" and not any(
                        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in last.children),
                    legal=trigger.phrase[-1] in _LEGAL_HEADS or _legal_step(last),  # "arrested" is one too
                    victim_object=_victim_object(last, trigger),
                )
            )
        i += length
    if any(h.trigger.acled_event_type == "Protests" for h in hits) and _mourning_gathering(sent.text):
        hits = [h for h in hits if h.trigger.acled_event_type != "Protests"]
    return _with_found_body(sent, hits)


_MOURNING_WORDS = wordlists.alternation("detect", "mourning_gathering_patterns")
_MOURNING = re.compile(rf"(?<![\w-])(?:{_MOURNING_WORDS})", re.I)
_MOURNING_CAUSE_WORDS = wordlists.alternation("detect", "mourning_cause_patterns")
_MOURNING_CAUSE = re.compile(rf"(?<![\w-])(?:{_MOURNING_CAUSE_WORDS})(?![\w-])", re.I)


def _mourning_gathering(text: str) -> bool:
    """A sentence that tells people gathered to mourn (wordlists [detect] mourning_gathering_patterns: "friends came
    together on the field for a balloon release", "students gathered to grieve", "the town rallied around the
    family") with no cause beside it (mourning_cause_patterns: "to call for an end to gun violence", "to demand
    justice"): its protest words tell no protest. After a killing such a gathering is no new act; a vigil held for
    a cause is a protest, as ACLED codes it. The sentence's other act words ("gathered for a vigil when shots rang
    out") are left to the other rules."""
    return bool(_MOURNING.search(text)) and not _MOURNING_CAUSE.search(text)


#: a dead person found, told by the body ("the body of a man was found", "a human head was found inside a plastic
#: bag", "found the bodies of two men"): a death, but an act only where the finding tells violence (_with_found_body)
_FOUND_BODY = re.compile(
    r"\b(?P<what>(?:human|male|female|severed)\s+heads?|bod(?:y|ies)|corpses?|remains)\b[^.;]{0,80}?\b(?:was|were|"
    r"has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:found|discovered|recovered|dumped|left)\b|"
    r"\b(?:found|discovered|recovered)\s+(?:the\s+)?(?P<what2>bod(?:y|ies)|corpses?|remains)\b", re.I)
_VIOLENCE_SIGNS = wordlists.alternation("detect", "violence_sign_patterns")
_VIOLENCE_SIGN = re.compile(rf"(?<![\w-])(?:{_VIOLENCE_SIGNS})(?![\w-])", re.I)
_HEAD_WORDS = ("human", "male", "female", "severed")


def _with_found_body(sent, hits: list[TriggerHit]) -> list[TriggerHit]:
    """A body found with the marks of its killing tells the killing (ACLED codes each found body an attack; the web
    gold codes "the discovery of a body" of a violent crime): the sentence telling the finding gets a strong act at
    the body's words where it, or the sentence after it, tells a sign of violence (wordlists.toml
    detect.violence_sign_patterns: "hands and feet tied", "The victim was burned and handcuffed"), or the finding is a head
    ("a human head was found"). The lexicon's "body was found" trigger, weak alone ("the body was found in the
    river"), made strong."""
    m = _FOUND_BODY.search(sent.text)
    if m is None:
        return hits
    what = (m.group("what") or m.group("what2")).lower()
    after = next(iter(sent.doc[sent.end :].sents), None) if sent.end < len(sent.doc) else None
    signs = sent.text + " " + (after.text if after is not None else "")
    if not (what.split()[0] in _HEAD_WORDS or _VIOLENCE_SIGN.search(signs)):
        return hits
    found = lexicon().triggers.match_at(["body", "was", "found"], 0)
    if not found:
        return hits
    trigger = replace(cast(Trigger, found[1]), strong=True)
    start = sent.start_char + m.start()
    kept = [h for h in hits if h.trigger.phrase != trigger.phrase]
    # "his corpse was found" refers back to the man the text told kidnapped: the act already reported
    definite = _determined(re.findall(r"[\w'’]+", sent.text[: m.start()].lower())[-4:], _DEFINITE)
    body = TriggerHit(start=start, end=start + len(m.group(0)), text=m.group(0), trigger=trigger,
                      definite=definite, indefinite=not definite, generic=False)
    return sorted([*kept, body], key=lambda h: h.start)


#: nouns by which a headline tells a shooting or a killing that running text tells beside an act word ("Police:
#: Riverside gunman in custody", "Arrest made in Elmwood homicide"), and the words before "death" that make it an act's
#: ("two self-inflicted deaths", "a hunting death"): read in an article's title only (_title_act)
_TITLE_SHOOTING_NOUNS = with_inflections(wordlists.phrases("detect", "title_shooting_nouns"))
_TITLE_KILLING_NOUNS = wordlists.words("detect", "title_killing_nouns")  # as listed: in the singular
_VIOLENT_DEATH = with_inflections(wordlists.phrases("detect", "title_violent_death_modifiers"))
#: how many words before "death" its modifier is looked for ("self-inflicted gunshot death")
VIOLENT_DEATH_REACH = 3


def _title_noun(token) -> tuple[int, Trigger] | None:
    """A headline's noun of a shooting's doer or of a killing as the lexicon's strong act it tells ("shooting",
    "murder"). A killing noun in the singular and lower case only: a title of killings in the plural or of a name is
    a list's or a section's ("Riverside Homicides", "Homicide Tracker"), no report of one act."""
    if token.lower_ in _TITLE_SHOOTING_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        act: str | None = "shooting"
    elif token.lower_ in _TITLE_KILLING_NOUNS and token.pos_ == "NOUN":
        act = "murder"
    else:
        act = None
    trigger = _listed_trigger(act) if act else None
    return (1, replace(trigger, strong=True)) if trigger is not None else None


def _violent_death(tokens, i: int) -> bool:
    """Whether a word of _VIOLENT_DEATH stands in the VIOLENT_DEATH_REACH words before "death" at `i`."""
    return any(t.lower_ in _VIOLENT_DEATH for t in tokens[max(0, i - VIOLENT_DEATH_REACH) : i])


def _title_harm(tokens, i: int, trigger: Trigger) -> bool:
    """A headline's death or wound that tells the act that did it: told violent ("a hunting death", "a self-inflicted
    wound": _violent_death), or a death someone is charged in or arrested for ("charged in his brother's death":
    _legal_step), which a court or the police hold a killing."""
    if trigger.phrase not in (("death",), ("wound",)):
        return False
    return _violent_death(tokens, i) or (trigger.phrase == ("death",) and _legal_step(tokens[i]))


def _told_plural(noun) -> bool:
    """Whether an act noun in the plural tells acts that happened, as a headline writes them: counted ("in 2 Riverside
    shootings"), or what a step or a toll is in, after or of ("charged in shootings", "two killed in Riverside
    shootings", "neighbors wait after fatal shootings"). Not a trend's subject or object ("Shootings rose",
    "a rise in shootings"), which talks of acts in general."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX", "ADJ")


def _plain_line(line: str) -> str:
    """A line as a title is compared with a sentence: blanks collapsed, closing marks off, lower case."""
    return " ".join(line.split()).rstrip(".!?:;,").lower()


#: a sentence is the title it begins or ends only when it holds this many words: a page's title carries a tag or the
#: outlet's name that its text leaves out ("UPDATED: Arrest made in ...", "... - Channel 7 News")
TITLE_PART_WORDS = 4


def _is_title(line: str, title: str) -> bool:
    """Whether a sentence (as _plain_line gives it) is the title, or the title without a tag before or after it."""
    return line == title or (len(line.split()) >= TITLE_PART_WORDS and (title.startswith(line) or title.endswith(line)))


def _title_act(doc, article: Article, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence that is the article's title, read as an act when the text around it tells none (find_incidents):
    a page whose body is a sign-up box, a paywall or a video list, under a headline that names the act in words
    running text tells beside an act word: a plural ("Man sought in Riverside bar shootings turns self in"), a noun of
    the shooter or of the killing ("gunman in custody", "arrest made in homicide"), a death told violent ("a hunting
    death"). None when no sentence is the title, or the title read so tells no act (Sentence.eventive)."""
    title = _plain_line(article.title or "")
    if not title:
        return None
    for sentence, sent in zip(sentences, doc.sents):
        if sentence.background or not _is_title(_plain_line(sentence.text), title):
            continue
        read = replace(sentence, triggers=tuple(_triggers(sent, timed=bool(sentence.times), title=True)), headline=False)
        return read if read.eventive else None
    return None


# (coding parses without spaCy's lemmatizer: the lists' words are matched with their regular and listed inflections)
_AIR_ATTACKERS = with_inflections(wordlists.phrases("detect", "air_attackers"))
_WEAPON_THROW_VERBS = with_inflections(wordlists.phrases("detect", "weapon_throw_verbs"))
_WEAPON_FIRE_VERBS = with_inflections(wordlists.phrases("detect", "weapon_fire_verbs"))
#: the nouns of firing that take the weapon after "of" ("the firing of 3 Grad missiles")
_WEAPON_FIRE_NOUNS = frozenset({"firing", "launch", "launching"})
_FIRED_TO = wordlists.words("detect", "weapon_fired_to")
_FIRED_NOT_TO = wordlists.words("detect", "weapon_fired_not_to")
#: a preposition's noun that tells when, not where ("launched a missile on Tuesday", "was fired at a time when ...")
_WHEN_NOUN = re.compile(rf"^(?:{timex.WEEKDAY}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d.*|"
                        r"times?|days?|nights?|mornings?|afternoons?|evenings?|weekends?|dawn|dusk|noon|midnight)$", re.I)
_ATTACK_VERBS = with_inflections(wordlists.phrases("detect", "attack_verbs"))
_TARGET_FORMS = with_inflections(("target",))
#: the weak weapon words of data/triggers.tsv that _weapon_used makes an act: thrown or attacked with
_USED_WEAPONS = frozenset({"Grenade", "Shelling/artillery/missile attack"})


def _air_doer(noun) -> bool:
    """An aircraft or an air force as a verb's doer ("air force", "drones", "Russian warplanes")."""
    word = noun.lower_
    if word in ("force", "forces"):
        return any(c.dep_ == "compound" and c.lower_ == "air" for c in noun.children)
    return word in _AIR_ATTACKERS


#: the dependencies of a clause that qualifies a noun ("drones controlled by a group"): a past verb parsed as one
#: may still be the sentence's act (_air_targeting)
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _air_targeting(token) -> tuple[int, Trigger] | None:
    """The air strike told by "target" whose doer flies: "the coalition's air force targeted a rebel truck", "drones
    targeted the Tabqa base", "a convoy was targeted by warplanes". The lexicon's "airstrike" trigger, one token long."""
    if token.lower_ not in _TARGET_FORMS or token.pos_ != "VERB" or _not_done(token):
        return None
    doers = [c for c in token.children if c.dep_ in ("nsubj",)]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and token.tag_ == "VBD" and token.dep_ in _NOUN_CLAUSES:
        doers = _nouns_above(token)  # "drones controlled by a group targeted the airbase": a past verb parsed as a clause
    if not any(_air_doer(d) for d in doers):
        return None
    found = _listed_trigger("airstrike")
    return (1, found) if found else None


#: how many heads up a past-tense "target" parsed as a noun's clause looks for its doer (_nouns_above)
DOER_CLIMB = 4


def _nouns_above(verb) -> list:
    """The nouns a past-tense verb hangs under when the parse took it for a noun's clause: "drones flown by an unknown
    armed faction targeted the Tabqa base" parses "targeted" under "group", "controlled" under "drones".
    The sentence's doer is among them (up to DOER_CLIMB heads, not past the sentence's root)."""
    nouns = []
    word = verb
    for _ in range(DOER_CLIMB):
        if word.head is word:
            break
        word = word.head
        if word.pos_ in ("NOUN", "PROPN"):
            nouns.append(word)
    return nouns


#: a count of dead or wounded left by an act ("left 3 IS militants dead", "leaving two soldiers wounded")
_LEFT_TOLL = re.compile(rf"^(?:left|leaves|leave|leaving)\s+(?:{COUNT})\s+(?:[\w'’.-]+\s+){{0,4}}?(?:dead|killed|wounded|"
                        r"injured)\b", re.I)
_RESULT_NOUNS = with_inflections(wordlists.phrases("detect", "result_act_nouns"))


def _result_act(token) -> tuple[int, Trigger] | None:
    """An armed operation told only by the toll it left: "the PMF's operation near the Tigris river left 3 IS
    militants dead" (no act word; ACLED 2020 dev notes coded nothing). The noun (wordlists [detect] result_act_nouns:
    operation, incursion ...) is the subject of "left" whose object is a count of dead or wounded; a crash or a fire
    that "left two dead" names no such noun. The lexicon's "clash" trigger, one token long."""
    if token.pos_ != "NOUN" or token.lower_ not in _RESULT_NOUNS or token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.lemma_.lower() != "leave" and verb.lower_ not in ("left", "leaves", "leaving"):
        return None
    if not _LEFT_TOLL.match(doc_text(token.doc)[verb.idx : verb.sent.end_char]):
        return None
    found = _listed_trigger("clash")
    return (1, found) if found else None


_VIOLENT_TURNERS = with_inflections(wordlists.phrases("detect", "turned_violent_subjects"))
_TURN_FORMS = with_inflections(("turn",))


def _turned_violent(token) -> tuple[int, Trigger] | None:
    """A crowd or a protest that turned violent: a riot told with no riot word ("several locals who violated the
    lockdown turned violent and had to be dispersed", "the protest that turned violent"). "turn" with "violent" as
    its complement, done, whose doer (the noun a relative clause qualifies where the doer is "that" or "who") is one
    of wordlists [detect] turned_violent_subjects: "an argument turned violent" is a shooting's prelude, no riot. The
    lexicon's "riot" trigger, one token long (the extractor makes it mob violence where no cause is voiced)."""
    if token.lower_ not in _TURN_FORMS or token.pos_ not in ("VERB", "AUX") or _not_done(token):
        return None
    if not any(c.lower_ == "violent" and c.dep_ in ("acomp", "oprd", "xcomp") for c in token.children):
        return None
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl" and (not doers or doers[0].tag_ in ("WDT", "WP")):
        doers = [token.head]  # "a protest that turned violent"
    if not any(d.lower_ in _VIOLENT_TURNERS for d in doers):
        return None
    found = _listed_trigger("riot")
    return (1, found) if found else None


_POUNDING_VERBS = with_inflections(wordlists.phrases("detect", "pounding_verbs"))


def _armed_pounding(token) -> tuple[int, Trigger] | None:
    """Armed forces or aircraft that pounded a place shelled or bombed it ("army units 'pounded' and flattened 30
    farm houses", "fighter aircraft pounded their hideouts"): a verb of wordlists [detect] pounding_verbs, done,
    with an object, whose doer is an armed actor (extract's armed_actor_patterns) or flies (_air_doer). Rain or waves
    that pound a coast and a fist that pounds a door are none. The lexicon's "shell" trigger, one token long."""
    if token.lower_ not in _POUNDING_VERBS or token.pos_ != "VERB" or _not_done(token):
        return None
    if not any(c.dep_ == "dobj" or c.dep_ == "conj" and any(o.dep_ == "dobj" for o in c.children)
               for c in token.children):
        return None  # "pounded and destroyed 40 houses": the object the verbs share hangs under the second
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if not any(_air_doer(d) or _ARMED_PARTY.search(doc_text(d.doc)[d.left_edge.idx : d.idx + len(d.text)])
               for d in doers):
        return None
    found = _listed_trigger("shell")
    return (1, found) if found else None


#: the weak words of damage (data/triggers.tsv: "destroy", "damage") that an armed doer makes an act
_DAMAGE_PHRASES = frozenset({("destroy",), ("damage",)})
_DAMAGE_DOER_WORDS = wordlists.alternation("detect", "damage_doer_patterns")
_DAMAGE_DOERS = re.compile(rf"(?<![\w-])(?:{_DAMAGE_DOER_WORDS})(?![\w-])", re.I)


def _damage_done_by_armed(verb) -> bool:
    """A weak word of damage told done by an armed doer: "Terrorists damaged two high-voltage towers", "a group of
    Imbonerakure destroyed 4 houses", "Troops found and destroyed a hidden landing strip" (the ACLED 2020 dev
    notes and MUC-4 texts coded nothing: a damage with no casualty, and a count or a word between the verb and its
    object, which the lexicon's "destroy houses" holds whole). The verb in the past, not a modal's, an infinitive or
    negated, with an object; its doer (or the doer of the verb it is joined to by "and") is an armed actor
    (extract's armed_actor_patterns), a group the lexicon knows, or one of wordlists [detect] damage_doer_patterns
    ("terrorists", "saboteurs"). A storm, a fire or a man who damaged a car does no such act."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or _not_done(verb):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return _armed_doer(verb)


def _armed_doer(verb) -> bool:
    """The verb's doer (its subject, or the subject of the verb it is joined to by "and") is an armed actor
    (extract's armed_actor_patterns), a group the lexicon knows, or one of wordlists [detect] damage_doer_patterns."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "found and destroyed an airstrip"
    lex = lexicon()
    for doer in doers:
        span = doc_text(doer.doc)[doer.left_edge.idx : doer.right_edge.idx + len(doer.right_edge.text)]
        if _ARMED_PARTY.search(span) or _DAMAGE_DOERS.search(span) or lex.group_pattern_ci.search(span) \
                or lex.group_pattern_cs.search(span):
            return True
    return False


#: the weak words of taking people or things (data/triggers.tsv: "arrest", "detain", "seize") that an armed doer
#: makes an act ("soldiers seized three houses of the party's members")
_DETAIN_PHRASES = frozenset({("arrest",), ("detain",), ("seize",)})


def _held_by_armed(verb) -> bool:
    """People or things taken by armed men: "arrest", "detain" or "seize" done in the past by an armed actor
    (_armed_doer: "QSD forces detained three men in the town", "soldiers arrested six villagers", "troops seized the
    house of a party official"), or told in the passive with one as its agent ("two teachers were detained by the
    militants"). ACLED codes each an event (an arrest, or an abduction where the
    takers are no state); a police arrest ("officers arrested the suspect on Friday"), a step after the act a story
    tells, stays no act of its own."""
    if verb.pos_ != "VERB" or _not_done(verb):
        return False
    if verb.tag_ == "VBD":
        return any(c.dep_ == "dobj" for c in verb.children) and _armed_doer(verb)
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    doc = verb.doc
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for doer in (o for o in agent.children if o.dep_ == "pobj"):
            span = doc_text(doc)[doer.left_edge.idx : doer.right_edge.idx + len(doer.right_edge.text)]
            if _ARMED_PARTY.search(span) or _DAMAGE_DOERS.search(span) or lexicon().group_pattern_ci.search(span) \
                    or lexicon().group_pattern_cs.search(span):
                return True
    return False


#: the lexicon's words of taking ground (data/triggers.tsv: "capture", "recapture", Battles): told in the past by an
#: armed doer they tell a clash that happened ("the rebels captured the town"); by anyone else they tell a catch
#: ("a father and son captured a huge alligator", "deputies captured the fugitive"), no act (_past_clash)
_TAKING_GROUND = frozenset({("capture",), ("recapture",)})


def _past_clash(last, trigger: Trigger) -> bool:
    """A fight or a protest told in the past tense ("fought", "clashed", "marched"): it happened. A taking of ground
    only by an armed doer (_TAKING_GROUND)."""
    if trigger.acled_event_type not in ("Battles", "Protests") or last.tag_ != "VBD":
        return False
    return trigger.phrase not in _TAKING_GROUND or _armed_doer(last)


_FIGHT_PARTIES = with_inflections(wordlists.phrases("detect", "fight_parties"))
#: an armed side among a fight's parties makes it a battle, not a brawl (the extractor's armed actors)
_ARMED_PARTY = re.compile(rf"(?<![\w-])(?:{wordlists.alternation('extract', 'armed_actor_patterns')})(?![\w-])", re.I)


def _fight_between(word) -> bool:
    """A fight told between people ("a fight between dozens of youths", "a fight between two groups of
    fans"): a brawl, not a war's fighting nor a contest ("the fight between the two parties" names no people
    noun: wordlists [detect] fight_parties). The noun "fight" with "between" whose object, or its "of" noun, is one."""
    if word.pos_ != "NOUN":
        return False
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            span = doc_text(word.doc)[prep.left_edge.idx : prep.right_edge.idx + len(prep.right_edge.text)]
            if _ARMED_PARTY.search(span):
                return False  # "a fight between the army and rebel groups": a battle
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in _FIGHT_PARTIES:
                    return True
                if any(o.lower_ in _FIGHT_PARTIES for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"):
                    return True
    return False


def _listed_trigger(word: str) -> Trigger | None:
    """The trigger data/triggers.tsv lists for the one word `word` ("airstrike", "clash", "brawl"), which a frame that
    finds an act with no such word in the text gives it."""
    found = lexicon().triggers.match_at([word], 0)
    return cast(Trigger, found[1]) if found and found[0] == 1 else None


def _weapon_used(word) -> bool:
    """A weak weapon word (grenade, rocket, missile, mortar) used in an act: the object of a throwing verb ("threw a
    grenade at a car", "hurled grenades"), the object or passive subject of a firing verb or the weapon of a noun of
    firing, fired somewhere ("fired rockets at the base", "the firing of 3 Grad missiles towards a garrison"), or what
    an attack was made with ("targeted the headquarters with a grenade", "attacked the base with mortars"). A verb of
    a future or intent stays weak (_generic reads those)."""
    head = word.head
    if word.dep_ == "dobj" and head.pos_ == "VERB" and head.lower_ in _WEAPON_THROW_VERBS:
        return not _not_done(head)
    if word.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lower_ in _WEAPON_FIRE_VERBS:
        # "fired rockets at the base", "an RPG round was shot skyward over the highway"
        return not _not_done(head) and _fired_somewhere(head, word)
    if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _WEAPON_FIRE_NOUNS:
        return _fired_somewhere(head.head, word)  # "claimed the firing of five rockets at a police post"
    if word.dep_ in ("pobj", "dobj") and head.lower_ in ("with", "using") and head.head.pos_ == "VERB":
        # "targeted the headquarters with a grenade", "targeted the post using mortars"
        return head.head.lower_ in _ATTACK_VERBS and not _not_done(head.head)
    return False


def _fired_somewhere(*words) -> bool:
    """Is a weapon fired somewhere: a preposition of direction (weapon_fired_to) under the firing word or the weapon,
    its noun neither where a test's missile goes (weapon_fired_not_to: "launched a missile into the sea") nor a time
    ("launches missile on Tuesday")?"""
    for word in words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in _FIRED_TO:
                if not any(o.dep_ == "pobj" and (o.lower_ in _FIRED_NOT_TO or _WHEN_NOUN.match(o.text))
                           for o in prep.children):
                    return True
    return False


_STAGED_NOUNS = wordlists.phrases("detect", "staged_protest_nouns")
_STAGING_VERBS = with_inflections(wordlists.phrases("detect", "staged_protest_verbs"))
_PROTEST_CROWDS = with_inflections(wordlists.phrases("detect", "protest_crowds"))
_PURPOSE_VERBS = with_inflections(wordlists.phrases("detect", "protest_purpose_verbs"))


def _staged_protest(noun, trigger: Trigger) -> bool:
    """A weak protest noun of wordlists [detect] staged_protest_nouns told as staged: the object of a verb of
    staged_protest_verbs, done ("hundreds of people carried out a march", "farmers staged a blockade", "a march was
    held on Sunday"). "march" alone is weak: "the March 3 shooting", "marched him to the car"."""
    if len(trigger.phrase) != 1 or trigger.phrase[0] not in _STAGED_NOUNS or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.i == noun.i or verb.lower_ not in _STAGING_VERBS:
        return False
    return verb.pos_ in ("VERB", "AUX") and not _not_done(verb)


def _crowd_purpose(verb) -> bool:
    """"to demand" or "to denounce" (wordlists [detect] protest_purpose_verbs) as the purpose of an act done by a
    crowd of [detect] protest_crowds ("dozens of residents blocked the main road to demand water",
    "workers set up a camp outside the ministry to demand their wages", "a group of students gathered outside the
    court to denounce it"): a protest told with no word of protest. "The family demanded justice" (no purpose
    clause, a victim's kin) tells none."""
    if verb.lower_ not in _PURPOSE_VERBS or verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    act = verb.head
    if act.pos_ != "VERB" or act.tag_ not in ("VBD", "VBN") or _not_done(act):
        return False
    for doer in (c for c in act.children if c.dep_ == "nsubj"):
        named = [doer] + [o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]  # "a group of residents"
        if any(n.lower_ in _PROTEST_CROWDS for n in named):
            return True
    return False


def _not_done(verb) -> bool:
    """A verb told as no act done: an infinitive ("threatened to throw a grenade"), a modal's ("could target"), a
    negated one ("did not target")."""
    return verb.tag_ == "VB" or any(c.dep_ in ("aux", "neg") and c.lower_ in _IRREALIS | {"to", "n't"}
                                              for c in verb.children)


#: act words that tell a wound: beside "dies" in one sentence they tell a death from an act ("dies after being wounded")
_WOUND_PHRASES = frozenset({("wound",), ("injure",), ("shoot",), ("shot",)})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "self", "myself", "yourself"})
_AGED = re.compile(r"^\d{1,3}$")


def _victim_object(last, trigger: Trigger) -> bool:
    """Is a weak act verb ("wounded", "wounds") told of a person by its object: a reflexive pronoun ("wounds self",
    "wounding himself") or a noun with an age ("wounded 9-year-old girl")? Or, for "wounded" only (one is "injured" in
    a fall or a game), told in the passive of a person named ("Officer Dana Pruitt was wounded")?"""
    if trigger.phrase not in (("wound",), ("injure",)) or last.pos_ != "VERB":
        return False
    if trigger.phrase == ("wound",) and _named_passive_subject(last):
        return True
    for child in last.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in _REFLEXIVE:
            return True
        if any(_AGED.match(t.text) and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "year"
               for t in child.subtree):
            return True
    return False


def _named_passive_subject(verb) -> bool:
    """Is the passive verb's subject a name ("Lee Ortiz was wounded", "Officer Kim Dow had been wounded"): who is
    wounded is a person, so the name is one's (the parse runs without the NER, which gives no entity type here)?
    A count or a person noun before such a verb makes a toll already (PASSIVE: "a woman was wounded"); a name alone
    made none, and with no other act word the story told no act."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children)


#: "set houses on fire", "set a school ablaze": the arson phrase of data/triggers.tsv ("set on fire", "set ablaze") with
#: its object between the verb and the rest, at most this many tokens of it
SET_ALIGHT_REACH = 6


def _set_alight(tokens, lemmas: list[str], i: int) -> tuple[int, Trigger] | None:
    """The arson trigger of "set <object> on fire" / "set <object> ablaze" starting at token i (its length in tokens,
    the object included): "set" a verb, then up to SET_ALIGHT_REACH tokens of a noun phrase (no verb, no clause
    punctuation), then the phrase's rest. The lexicon matches phrases whole; this is the one whose object splits it."""
    if lemmas[i] not in ("set", "sets", "setting") or tokens[i].pos_ not in ("VERB", "AUX"):
        return None
    lit = _fires_set(tokens, i)
    if lit:
        return lit
    for j in range(i + 1, min(len(tokens), i + 2 + SET_ALIGHT_REACH)):
        rest = ("on", "fire") if tokens[j].lower_ == "on" else (tokens[j].lower_,)
        if rest in (("on", "fire"), ("ablaze",), ("alight",)) and j > i + 1 \
                and [t.lower_ for t in tokens[j : j + len(rest)]] == list(rest):
            found = lexicon().triggers.match_at(["set", *rest], 0)
            if found and found[0] == 1 + len(rest):
                return j + len(rest) - i, cast(Trigger, found[1])
            return None
        if tokens[j].pos_ in ("VERB", "AUX") or tokens[j].is_punct and tokens[j].text not in ("-", "'", "’"):
            return None
    return None


#: the words of the fires set that may stand between "set" and "fire(s)": their dependency labels
_FIRE_MODIFIERS = frozenset({"det", "nummod", "amod", "compound"})


def _fires_set(tokens, i: int) -> tuple[int, Trigger] | None:
    """The arson trigger ("set a fire") of fires set told with a count or a kind between: "set two fires at the
    synagogue", "set a kerosene fire to the building", "set several small fires". The words between open with a
    determiner or a number and modify the fire ("set a fire alarm off": the fire a compound of the alarm, no fire)."""
    if i + 2 >= len(tokens) or tokens[i + 1].dep_ not in ("det", "nummod"):
        return None
    for j in range(i + 2, min(len(tokens), i + 2 + SET_ALIGHT_REACH)):
        word = tokens[j]
        if word.lower_ in ("fire", "fires") and word.pos_ == "NOUN" and word.dep_ != "compound" \
                and word.head.i == tokens[i].i:
            found = lexicon().triggers.match_at(["set", "a", "fire"], 0)
            return (j + 1 - i, cast(Trigger, found[1])) if found and found[0] == 3 else None
        if word.dep_ not in _FIRE_MODIFIERS:
            return None
    return None


_LEGAL_BASE = wordlists.phrases("detect", "legal_heads")
_LEGAL_HEADS = with_inflections(_LEGAL_BASE)
_ACT_PEOPLE_BASE = wordlists.phrases("detect", "act_people_files")
_ACT_PEOPLE_FILES = with_inflections(_ACT_PEOPLE_BASE)
#: how far up the parse an act word is looked through ("indicted on four counts of attempted murder in the first degree")
LEGAL_REACH = 6


def headline_follows_up(title: str) -> bool:
    """Whether a headline tells a step after an act rather than the act: a court or police step or news about it
    (a word of wordlists.toml detect.legal_heads or detect.followup_heads but those of telling, any inflection:
    "Uncle Held After Girl Shoots Herself By Accident", "Man Pleads Guilty In Killing Of Cousin"). The people
    and files an act names and the naming of them (detect.act_people_files: "gunmen still sought", "victim ID'd",
    "Deputies name the two killed in Friday's shooting") are no such step: a story that names the victims tells
    the act, days after it, and coded as the act it joins the incident the other reports coded (issue 19). A plea
    for something or with someone is an appeal, no court's step (_APPEAL: "Parents plead for witnesses to speak
    up after boy, 9, is killed", "Wounded man's sister pleads with neighbors to name gunman")."""
    words = re.findall(r"[a-z]+", title.lower())
    return any((w in _LEGAL_HEADS or w in _NEWS_WORDS) and w not in _ACT_PEOPLE_FILES
               and not (w in _APPEAL and words[n + 1 : n + 2] in (["for"], ["with"]))
               for n, w in enumerate(words))


#: the words of a plea that, followed by "for" or "with", make an appeal rather than a plea in court
_APPEAL = frozenset(with_inflections(("plead", "plea")))


def _legal_step(word) -> bool:
    """Is the act word what a court or police step is about: it hangs, through prepositions, their objects and
    compounds, from a word of wordlists.toml detect.legal_heads ("charged with murder", "accused of shooting",
    "pleaded guilty to the killing", "arrested in connection with the shooting", "two counts of murder")?"""
    token = word
    for _ in range(LEGAL_REACH):
        if token.dep_ not in ("pobj", "prep", "pcomp", "compound", "amod", "acomp", "conj", "nmod", "appos") \
                or token.head.i == token.i:
            return False
        token = token.head
        if (token.lemma_.lower() or token.lower_) in _LEGAL_HEADS or token.lower_ in _LEGAL_HEADS:
            return True
    return False


#: A sentence none of whose words this long or longer is written in lower case is a title-case headline ("Two Men
#: Rob Gas Station At Gunpoint"), where a capitalised trigger before a capitalised word is no sign of a name; shorter
#: words ("at", "of", "and") stay lower case in many such headlines.
TITLE_CASE_WORD = 4
_GIVEN_NAMES = frozenset(
    line.strip() for line in resources.files("eventwire").joinpath("data/trigger_given_names.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def _mixed_case(sent) -> bool:
    """Is the sentence written in mixed case, not title case: one of its words of TITLE_CASE_WORD letters or more is
    written in lower case?"""
    return any(t.is_alpha and len(t.text) >= TITLE_CASE_WORD and t.text[:1].islower() for t in sent)


def _given_name(first, last) -> bool:
    """'Coroner Rob Russell', 'Photos by Rob Ostermaier': a trigger word that is also a given name
    (data/trigger_given_names.txt), written capitalised before a capitalised word, names a person, unless the whole
    sentence is written in title case."""
    if first is not last or first.text not in _GIVEN_NAMES or first.i + 1 >= len(first.doc):
        return False
    after = first.doc[first.i + 1]
    if not (after.is_alpha and after.text[:1].isupper() and not after.text.isupper()):
        return False
    return _mixed_case(first.sent)


_MINE_PIT_BEFORE = wordlists.words("detect", "mine_pit_before")
_MINE_PIT_AFTER = wordlists.words("detect", "mine_pit_after")
_SHELL_OTHER_BEFORE = wordlists.words("detect", "shell_other_before")
_SHELL_OTHER_AFTER = wordlists.words("detect", "shell_other_after")
_SHELL_FOUND_VERBS = wordlists.words("detect", "shell_found_verbs")
_SHELL_CARTRIDGE_CUES = wordlists.words("detect", "shell_cartridge_cues")
_BOMB_OTHER_AFTER = wordlists.words("detect", "bomb_other_after")
_BOMB_HANDLED = tuple(wordlists.phrases("detect", "bomb_handled"))
_BOMB_WENT_OFF = wordlists.words("detect", "bomb_went_off")
#: the words read by explosive_sense: the explosive nouns "mine" and "shell" and the verb of shelling
_MINE_WORDS = frozenset({"mine", "mines"})
_SHELL_WORDS = frozenset({"shell", "shells", "shelled"})
#: the noun "bomb", which explosive_sense reads as no bomb before the words of a bomb squad
_BOMB_WORDS = frozenset({"bomb", "bombs"})
#: the forms of "be" before a possessive pronoun ("the car is mine")
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "'s"})


def _written_as_name(token) -> bool:
    """'the Shell station', 'on Mine Road': a capitalised word inside a sentence not written in title case is a name."""
    if token.i == token.sent.start or not token.text[:1].isupper() or token.text.isupper():
        return False
    return _mixed_case(token.sent)


def _neighbour(token, step: int) -> str:
    """The lower-cased word `step` tokens away from `token` in its sentence, a hyphen skipped ("shell-shocked"); ''
    past the sentence's edge."""
    i = token.i + step
    sent = token.sent
    while sent.start <= i < sent.end and token.doc[i].text in ("-", "\u2010", "\u2011"):
        i += step
    return token.doc[i].lower_ if sent.start <= i < sent.end else ""


def explosive_sense(token) -> bool:
    """Is the word "mine(s)" or "shell(s)"/"shelled" (data/triggers.tsv, weapons.tsv) an explosive here? Not the
    pronoun ("a friend of mine", "the bag was mine"), a pit ("a coal mine", "mine workers"), the oil company or
    another name ("the Shell station", "Mine Road"), a spent cartridge ("shell casings", "shotgun shells", shells
    found at the scene, one in a gun's chamber), a husk ("the burnt shell of the house", "an egg shell"), a firm ("a
    shell company") or spending ("shelled out $500"). "Bomb" naming those who check for bombs ("the bomb squad", "a
    bomb disposal robot": data/wordlists.toml [detect] bomb_other_after) is no explosive either: no bomb went off,
    unless its sentence tells the squad handling a device ([detect] bomb_handled: "defused", "removed") or the article
    tells a blast ([detect] bomb_went_off: "an explosion"), which the squad came to. Any other word is left as it
    is."""
    word = token.lower_
    if word in _BOMB_WORDS:
        if _neighbour(token, 1) not in _BOMB_OTHER_AFTER:
            return True
        if any(t.lower_.startswith(_BOMB_HANDLED) for t in token.sent):
            return True  # "the bomb squad defused the device"
        # an article telling a blast: the squad came to it ("investigators think a blast set off the fire")
        return any(t.lower_ in _BOMB_WENT_OFF for t in token.doc)
    if word in _MINE_WORDS:
        if token.pos_ == "PRON" or token.tag_ == "PRP" or _written_as_name(token):
            return False
        before, after = _neighbour(token, -1), _neighbour(token, 1)
        if word == "mine" and (before == "of" or before in _BE_FORMS or token.pos_ == "VERB"):
            return False  # "a cousin of mine", "the choice was mine", "to mine bitcoin"
        return before not in _MINE_PIT_BEFORE and after not in _MINE_PIT_AFTER
    if word not in _SHELL_WORDS:
        return True
    if word == "shelled":
        return _neighbour(token, 1) != "out"  # "shelled out $40,000 for lawyers": paid
    if _written_as_name(token):
        return False  # "Shell", the oil company's stations; "Shell Beach"
    before, after = _neighbour(token, -1), _neighbour(token, 1)
    if before in _SHELL_OTHER_BEFORE or after in _SHELL_OTHER_AFTER:
        return False
    if any(t.lower_ in _SHELL_CARTRIDGE_CUES for t in token.sent):
        return False  # "forgot there was a shell in the chamber", "the birdshot from the shell": a cartridge
    if after == "of" and before in _DEFINITE:
        return False  # "the shell of the building": what is left of it
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "attr") and head is not token and \
            head.lower_ in _SHELL_FOUND_VERBS:
        return False  # "found several shells near the car", "shells were recovered": cartridges of a shooting
    return True


def _is_trigger_use(first, last, trigger: Trigger) -> bool:
    """Reject senses that are not violence: 'fire' as a noun of a hearth, 'shell' as a company, 'mine' the pronoun."""
    if _given_name(first, last):
        return False
    if trigger.phrase in (("mine",), ("shell",), ("bomb",)) and not explosive_sense(last):
        return False
    if trigger.phrase in (("fire",), ("shell",), ("strike",), ("march",), ("beat",), ("death",), ("die",), ("base",),
                          ("mob",)):  # "Mob Wives", a television show, is no mob violence
        if last.pos_ == "PROPN":
            return False
    if trigger.phrase in (("fire",), ("shoot",)) and re.match(
        r"\s*(?:\w+\s+)?(?:tear\s*gas|rubber\s+bullets|warning\s+shots|water\s+cannon|into\s+the\s+air|in\s+the\s+air)",
        doc_text(last.doc)[last.idx + len(last.text) : last.idx + len(last.text) + 40], re.I,
    ):
        return False
    after = doc_text(last.doc)[last.idx + len(last.text) : last.idx + len(last.text) + 30]
    if trigger.phrase in (("shot",), ("shoot",)) and last.i > 0 and last.doc[last.i - 1].lower_ == "mug":
        return False  # "a prior mug shot": a police photograph
    if trigger.phrase[-1] in ("fight", "fighting", "battle", "battling") and re.match(
        r"\s*for\s+(?:his|her|their|its|your|my|our)\s+li(?:fe|ves)\b", after, re.I,
    ):
        return False  # "fighting for his life after he was shot": his condition, no fight
    if trigger.phrase == ("fire",) and last.pos_ == "NOUN":
        return any(c.lower_ in ("open", "opened", "opening") for c in last.doc[max(0, last.i - 2) : last.i]) \
            or _fired_arm(last)
    return True


_FIRED_ARMS = wordlists.words("detect", "fired_arms")


def _fired_arm(token) -> bool:
    """Is "fire" told of a firearm right before it ("the pistol fired", "a gun fires at a show", "gun fire")? A shot,
    whatever the tagger makes of the word (a headline's "fires" is often a noun)."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in _FIRED_ARMS


_TOPIC_WORDS = wordlists.words("detect", "topic_words")
_PROTEST_BASE = wordlists.phrases("detect", "protest_base")
_PROTEST_LEMMAS = with_inflections(_PROTEST_BASE)


def _determined(before: list[str], words: AbstractSet[str]) -> bool:
    for word in reversed(before):
        if word in words:
            return True
        if word in _DEFINITE or word in _INDEFINITE or word in (",", ".", "of", "in", "that", "which", "and"):
            return False
    return False


_ENDING_VERBS = wordlists.words("detect", "ending_verbs")
#: the forms of an ending verb that tell no act ended in the past: an order or an infinitive ("Stop bombing"), a
#: modal's or a demand's ("must cease", "that they cease"), a habit ("stops")
_NOT_PAST_FORMS = frozenset({"VB", "VBP", "VBZ"})


def _demanded_end(last) -> bool:
    """Is the act word the object of a verb of ending told not in the past (wordlists [detect] ending_verbs): "stop
    bombing civilian targets", "the rebels must cease the attacks", "stop assassinations, arrests and torture" (a
    list's later words through their conjunction)? A demand or a goal, no act told done; "police stopped the robbery"
    keeps its act."""
    word = last
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    head = word.head
    return word.dep_ in ("dobj", "xcomp") and head.i != word.i and head.lower_ in _ENDING_VERBS \
        and head.tag_ in _NOT_PAST_FORMS and not _named_campaign(head) \
        and not (head.i > 0 and head.doc[head.i - 1].pos_ in _NOUN_BEFORE)  # "a truck stop shooting": a noun


#: the parts of speech before "stop" that make it a noun the parser read as a verb ("a truck stop shooting", "the bus
#: stop shooting")
_NOUN_BEFORE = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


#: the words before a capitalised "Stop" that make it the first word of a name: an article or a quotation mark
_NAME_OPENERS = frozenset({"a", "an", "the", "'", '"', "‘", "“"})


def _named_campaign(verb) -> bool:
    """Is the ending verb the first word of a name told inside the sentence: capitalised after a word, an article or
    a quotation mark ("attended a 'Stop the Violence' rally", "the Stop the War Coalition")? The sentence's first
    word and an item after its list number ("2. Stop bombing villages") are orders."""
    if not verb.text[:1].isupper() or verb.i == verb.sent.start:
        return False
    before = verb.doc[verb.i - 1]
    return before.is_alpha or before.lower_ in _NAME_OPENERS


def _generic(first, last, tokens, i: int, lemmas: list[str], timed: bool, trigger: Trigger) -> bool:
    """Bare plurals, topics, hypothetical verbs and conditions talk about attacks in general, not one that happened."""
    if [t.lower_ for t in tokens[max(0, i - 2) : i]] in (["for", "a"], ["for", "an"]) \
            and [t.lower_ for t in tokens[i + 1 : i + 3]] == ["to", "be"]:
        return True  # "one need not face an attacker for a shooting to be ruled self-defense"
    if _demanded_end(last):
        return True  # "stop bombing civilian targets": a demand, not an act
    topic_window = [t.lower_ for t in tokens[max(0, i - TOPIC_WINDOW) : i]]
    protest_word = trigger.acled_event_type == "Protests" or (trigger.acled_event_type == "Riots" and last.tag_ != "NNS")
    if not protest_word and any(w in _TOPIC_WORDS for w in topic_window) and not _PROTEST_LEMMAS.isdisjoint(lemmas):
        return True  # "protested against the killing of a demonstrator": the killing is the topic, not the event
    reflexive = last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ in _REFLEXIVE  # "3-year-old kills herself"
    fired = trigger.phrase == ("fire",) and _fired_arm(last)  # a headline's "pistol fires at ...", tagged a plural
    if last.pos_ == "NOUN" and last.tag_ == "NNS" and not timed and not reflexive and not fired and not (
        last.dep_ in ("dobj", "pobj") and last.head.pos_ == "VERB" and last.head.tag_ in ("VBD", "VBG", "VBN")
    ):  # "placed bombs", "threw firebombs" report acts; "attacks are a threat" does not
        prev = tokens[i - 1].lower_ if i > 0 else ""
        if prev not in _DEFINITE and not prev.isdigit() and prev not in ("two", "three", "several", "twin", "multiple", "both"):
            return True
    if first.pos_ in ("VERB", "AUX") or first.tag_.startswith("VB"):
        window = tokens[max(0, i - 2) : i]
        for j, t in enumerate(window):
            if t.lower_ == "to":
                # "gathered to demand" reports a demand; "threatened to attack" does not report an attack
                before = tokens[max(0, i - 2) + j - 1] if i - 2 + j - 1 >= 0 else None
                if before is not None and (before.lemma_.lower() or before.lower_) in _INTENT:
                    return True
            elif t.lower_ in _IRREALIS:
                return True
    return False


def _casualties(text: str, offset: int) -> list[CasualtyHit]:
    hits: list[CasualtyHit] = []
    taken: list[tuple[int, int]] = []
    for m in TALLY.finditer(text) if _TALLY_WORDS.search(text) else ():
        for group, kind in (("k", "killed"), ("w", "wounded")):
            count = parse_count(m.group(group))
            if count is not None:
                hits.append(CasualtyHit(m.start(group) + offset, m.end() + offset, kind, count.low, count.high, "",
                                        m.start() + offset, m.start() + offset))
        taken.append((m.start(), m.end()))
    tolls = _TOLL_WORDS.search(text) is not None
    for pattern in (ACTIVE, JOINED, PASSIVE, APPOSED, TOLL) if tolls else (ACTIVE, JOINED, PASSIVE, APPOSED):
        for m in pattern.finditer(text):
            if overlaps_any(m.start(), m.end(), taken):
                continue
            groups = m.groupdict()
            written = next((groups[k] for k in ("count", "count2", "count3", "count4", "count5") if groups.get(k)), "")
            count = parse_count(written)
            if count is None or re.match(r"no\s", written, re.I):
                continue  # "no one was killed" is no death (NONE_HURT reads it)
            verb = (m.groupdict().get("verb") or "killed").lower()
            before = re.findall(r"[\w']+", text[max(0, m.start() - 30) : m.start()].lower())[-2:]
            if pattern is not ACTIVE and before and before[-1] in ("no", "neither", "nor"):
                continue  # "no other person was killed"
            if pattern is ACTIVE and not re.search(r"(?:ed|ing)$|^(?:slew|shot|gunned|beaten|burnt|left|leaving)\b", verb) and (
                set(before) & (_IRREALIS | {"to"})
            ):
                continue  # "threatened to kill 10 judges", "will kill": not done
            np_text, np_start, np_end = _noun_phrase(m, text)
            if pattern in _PASSIVES and not m.group("aux") and _followed_by_object(text, m.end()):
                continue  # "a bomb killed 4": the count belongs to the active clause, not to "bomb"
            if pattern in _PASSIVES and not m.group("aux") and _REFLEXIVE_AFTER.match(text, m.end()):
                continue  # "shot a clerk and a guard then killed himself": the verb is the shooter's, not the count's
            if pattern in (*_PASSIVES, ACTIVE) and _not_people(np_text):
                continue
            if _of_animals(m.groupdict().get("np") or ""):
                continue  # "injuring one of the family dogs": an animal, no casualty (GVA 4864)
            if pattern in _PASSIVES and set(re.findall(r"[a-z']+", (m.group("np") or "").lower())) & (_IRREALIS - {"not", "never"}):
                continue  # "a policeman would be killed": threatened, not done
            if pattern in _PASSIVES and re.match(r"of\s+(?:the\s+)?(?:wounded|injured|dead|victims|casualties|killed)\b",
                                               (m.groupdict().get("np") or ""), re.I):
                continue
            if pattern is ACTIVE and verb in ("left", "leaving"):
                tail = re.match(rf"\s*(?:people\s+|persons\s+)?({_KILL_WORDS}|{_WOUND_WORDS})", text[m.end("count"):])
                after = re.match(r"\s*(?:[\w'’.-]+\s+){0,3}?(dead|wounded|injured|hurt)\b", text[m.end("count"):])
                # the word right after the count says what it counts: "left four men hurt and one woman dead"
                # is four wounded (GVA lines 49 and 223 were three dead)
                said = tail or after
                if said is None:
                    continue
                verb = said.group(1)
            kind = _kind(verb)
            if pattern in (JOINED, APPOSED):
                low, high = _joined_dead(m.group("np") or "")  # "a man and a woman, both 30, were hurt": two
                if not low and pattern is JOINED:
                    continue  # no people nouns joined: PASSIVE reads it
                count = replace(count, low=count.low + low, high=count.high + high)
            hits.append(
                CasualtyHit(
                    start=m.start() + offset,
                    end=m.end() + offset,
                    kind=kind,
                    low=count.low,
                    high=count.high,
                    noun=np_text,
                    np_start=np_start + offset,
                    np_end=np_end + offset,
                    joined=pattern is JOINED,
                )
            )
            taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


#: people nouns (wordlists.toml counts.shot_one_person, counts.shot_people) that a dead count's "and" may join:
#: "A woman and her son were found dead", "found a mother and son dead", "two girls and their mother
#: lay dead", "four men and a woman dead" (session 18 round 2, GVA lines 730, 1670: the count before
#: the first noun was read as the whole toll, one or two dead short)
_JOINED_PEOPLE = wordlists.words("counts", "shot_one_person") | wordlists.words("counts", "shot_people")
_JOINED_DEAD = re.compile(
    rf"(?:[\w'’-]+\s+)?(?P<first>[\w'’-]+)\s+and\s+(?:(?:his|her|their|a|an|the)\s+)?(?:(?P<count>{COUNT})\s+)?"
    r"(?:[\w'’-]+\s+)?(?P<second>[\w'’-]+)\s*",
    re.I,
)


def _is_person(word: str) -> bool:
    w = word.lower()
    return w in _JOINED_PEOPLE or (w.endswith("s") and w[:-1] in _JOINED_PEOPLE) or (
        w.endswith("ies") and w[:-3] + "y" in _JOINED_PEOPLE)


def _joined_dead(np: str) -> tuple[int, int]:
    """The dead a passive toll's noun phrase joins by "and" to its counted noun (_JOINED_DEAD): one for a person
    noun ("his daughter", "toddler"), that many for a counted one ("two women"); (0, 0) where the phrase is no two
    people nouns joined ("man and woman were shot and" is no noun phrase)."""
    m = _JOINED_DEAD.fullmatch(np)
    if m is None or not _is_person(m.group("first")) or not _is_person(m.group("second")):
        return 0, 0
    if m.group("count"):
        count = parse_count(m.group("count"))
        return (count.low, count.high) if count is not None else (0, 0)
    return 1, 1


def _kind(verb: str) -> str:
    v = verb.lower()
    if re.match(rf"(?:{_WOUND_WORDS}|wound|injur)", v):
        return "wounded"
    if re.match(r"(?:kidnap|abduct|taken)", v):
        return "kidnapped"
    return "killed"


def _noun_phrase(m: re.Match[str], text: str) -> tuple[str, int, int]:
    raw = m.groupdict().get("np")
    start = m.start("np") if raw is not None else m.end()
    raw = raw or ""
    words = list(re.finditer(r"[\w'’.-]+", raw))
    if words and words[0].group(0).lower() == "of":
        # "two of the attackers": count the people named after "of the"
        words = [w for w in words[1:] if w.group(0).lower() not in ("the", "those", "these")]
    kept = []
    for w in words:
        if w.group(0).lower() in _NP_STOP or w.group(0).lower().rstrip(".") in ("killed", "wounded", "injured", "dead"):
            break
        kept.append(w)
    if not kept:
        return "", start, start
    return text[start + kept[0].start() : start + kept[-1].end()].strip(". "), start + kept[0].start(), start + kept[-1].end()


_NOT_PEOPLE = re.compile(r"(?<![\w-])(bombs?|blasts?|explosions?|attacks?|attackers?'|devices?|mines?|shells?|rockets?|"
                         r"grenades?|fire|days?|weeks?|months?|years?|hours?|times?|percent|%)(?![\w-])", re.I)


def _not_people(np: str) -> bool:
    return bool(_NOT_PEOPLE.search(np))


#: animals a count's "of the" may name ("one of the family dogs", "two of the K-9s"): no casualty of people
_ANIMAL_NOUNS = wordlists.words("detect", "animal_nouns")


def _of_animals(np: str) -> bool:
    """A count's noun phrase "of (the) ... ANIMAL" counts animals: "injured one of the family dogs"."""
    words = re.findall(r"[\w'’-]+", np.lower())
    if not words or words[0] != "of":
        return False
    for word in words[1:]:
        if word in _ANIMAL_NOUNS or word.rstrip("'’s") in _ANIMAL_NOUNS:
            return True
        if word in _NP_STOP and word not in ("the", "a", "an", "their", "its"):
            break
    return False


#: a reflexive pronoun right after a casualty verb makes it active ("then killed himself"): the count before it is
#: another verb's object, not the verb's subject
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself|themselves)\b", re.I)


def _followed_by_object(text: str, end: int) -> bool:
    return bool(re.match(rf"\s+(?:at\s+least\s+)?(?:{COUNT}|the|a|an|his|her|their|two|three)\b", text[end:], re.I))


# ---------------------------------------------------------------- deaths told without a count

#: participles that report a killing when passive ("was murdered") or, with an object, active ("murdered the mayor")
_KILL_PARTICIPLES = wordlists.words("detect", "kill_participles")
#: "shot to death", "beaten to death": these verbs kill only with "to death" (or "dead") after them
_TO_DEATH_VERBS = wordlists.words("detect", "to_death_verbs")
_DIE_VERBS = wordlists.words("detect", "die_verbs")
#: nouns that name a killing; the victim follows "of" or is the possessor ("the murder of X", "X's assassination")
_KILL_NOUNS = wordlists.words("detect", "kill_nouns")
#: modifiers that make a noun a dead person ("the slain minister", "the murdered diplomat")
_KILLED_MODIFIERS = wordlists.words("detect", "killed_modifiers")
_BODY_NOUNS = wordlists.words("detect", "body_nouns")
#: what a body is when it is a dead person's: found, recovered, buried...
_BODY_VERBS = wordlists.words("detect", "body_verbs")
#: a killing attempted, planned or threatened did not happen
_NOT_DONE = wordlists.words("detect", "not_done")
#: killings of these are not deaths of people
_NOT_VICTIMS = wordlists.words("detect", "not_victims")
_PRONOUN_COUNTS = {"he": 1, "him": 1, "she": 1, "her": 1, "his": 1, "they": None, "them": None, "their": None}
_RELATIVE = wordlists.words("detect", "relative")
_NOT_PEOPLE_WORDS = wordlists.words("detect", "not_people_words")
_REPRISAL = wordlists.words("detect", "reprisal")
#: a plural victim with no number ("civilians were killed", "the murder of the Jesuits"): at least one died
UNCOUNTED_PLURAL = 1


def _deaths(sent, casualties: Sequence[CasualtyHit], start: int) -> list[CasualtyHit]:  # noqa: C901 - 29 branches; to split
    """Killings told without a toll: "X was assassinated", "murdered the mayor", "the murder of X", "the slain
    minister", "X was found dead", "the bodies of X were found". Each victim (a name, a described person, each
    member of "X and Y") is one death unless a number goes with it; a victim a counted toll already covers, or a
    killing negated, attempted or only intended, gives none."""
    taken = [(h.start, h.end) for h in casualties] + [(h.np_start, h.np_end) for h in casualties if h.np_end > h.np_start]

    def covered(token) -> bool:
        return any(a <= token.idx < b for a, b in taken)

    hits: list[CasualtyHit] = []
    seen: set[int] = set()
    protest = any(t.lower_ in _PROTEST_LEMMAS for t in sent)
    for token in sent:
        if token.idx < start or token.i in seen:
            continue
        word = token.lower_
        victims = []
        verbal = token.tag_.startswith("VB") and token.dep_ not in ("amod", "compound")
        if verbal and (word in _KILL_PARTICIPLES or word in _DIE_VERBS or word in _TO_DEATH_VERBS or word == "found"):
            if not _realis(token):
                continue
            if word in _TO_DEATH_VERBS and not _to_death(token):
                continue
            if word == "found" and not any(c.lower_ == "dead" for c in token.children):
                continue
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if word in _DIE_VERBS:
                victims = [c for c in token.children if c.dep_ == "nsubj"]
            elif passive:
                victims = [c for c in token.children if c.dep_ == "nsubjpass"]
            elif token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
                victims = [token.head]  # "the Jesuits murdered last Friday"
            elif word not in ("found",) and token.tag_ in ("VBD", "VBN", "VBG"):
                victims = [c for c in token.children if c.dep_ == "dobj"]
            victims = [_antecedent(v, token) for v in victims]
        elif word in _KILL_NOUNS and not verbal:
            if any(c.lower_ in _NOT_DONE or c.dep_ == "neg" for c in token.children) or token.head.lower_ in _NOT_DONE:
                continue
            if _left_word(token) in _NOT_DONE:
                continue
            of = _of_whom(token)
            owner = [c for c in token.children if c.dep_ == "poss"]
            victims = of or [_antecedent(o, token) for o in owner]
            definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
            if not victims and definite and token.dep_ != "compound" and word not in ("death", "deaths", "execution", "executions") \
                    and not _named_event(token) and not (protest and _topic_before(token)) and not covered(token):
                # "police are investigating the murder": a death whose victim the text names elsewhere (or not at all)
                hits.append(CasualtyHit(token.idx, token.idx + len(token.text), "killed", 1, 1, "", token.idx, token.idx, implied=True))
                continue
        elif word in ("life", "lives") and token.head.lower_ in _TAKE_LIFE and not verbal:
            victims = _of_whom(token) or [_antecedent(c, token) for c in token.children if c.dep_ == "poss"]
        elif word in _KILLED_MODIFIERS and token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
            head = token.head
            if word == "dead" and head.lower_ in _BODY_NOUNS:
                continue  # "dead bodies": counted as bodies
            if word == "dead" and _dead_end(token):
                continue  # "the dead end street", "a dead-end road": no death (GVA 948)
            if head.i < token.i or head.tag_ == "POS" or head.text.endswith("'"):
                continue
            # "the slain minister", "the assassinated Carlos Pizarro"; not "murdered people" in a committee's name
            if not (any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) or head.pos_ == "PROPN"):
                continue
            victims = [head]
        elif word in _BODY_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            head = token.head
            if not (token.dep_ in ("nsubjpass", "dobj", "nsubj") and head.lower_ in _BODY_VERBS) and not (
                token.dep_ == "pobj" and head.head.lower_ in _BODY_VERBS
            ):
                continue
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            owner = [_antecedent(c, token) for c in token.children if c.dep_ == "poss"]
            victims = of or owner or [token]
        else:
            continue
        if word in _KILL_NOUNS and protest and _topic_before(token):
            continue  # "marched over the killing of a reporter": the death is what the protest is about
        if word in _KILL_NOUNS and any(t.lower_ in _REPRISAL for t in token.doc[max(token.sent.start, token.i - TOPIC_WINDOW) : token.i]):
            continue  # "in retaliation for the killing of 3 members": an earlier incident, the motive of this one
        for victim in victims:
            if victim is not None and victim.lower_ in _BODY_NOUNS and victim is not token:
                seen.add(victim.i)  # "X's body was found dead": the body is X
                victim = _body_owner(victim) or victim
            if victim is None or victim.i in seen or covered(victim) or covered(token):
                continue
            hit = _death_hit(victim, token, sent)
            if hit is not None:
                seen.add(victim.i)
                seen.add(token.i)
                hits.append(hit)
    return hits


def _named_event(token) -> bool:
    """'the My Lai Massacre', 'the Tlatelolco massacre': a known event's name, history rather than news."""
    if token.pos_ == "PROPN" or (token.text[:1].isupper() and token.i != token.sent.start):
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children) and not token.text.isupper()


def _of_whom(noun) -> list:
    """The people after "of": "the murder of X", and past a date or place, "the assassination on 22 March of X"."""
    found = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if found:
        return found
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")):
        for inner in (g for g in prep.children if g.dep_ == "pobj"):
            found = [g for c in inner.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if found and (inner.pos_ == "PROPN" or inner.like_num or inner.lower_ in _MONTHS):
                return found
    return []


_MONTHS = wordlists.words("detect", "months")
_TAKE_LIFE = wordlists.words("detect", "take_life")


def _body_owner(body):
    of = [g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owner = [c for c in body.children if c.dep_ == "poss"]
    return (of or owner or [None])[0]


def _topic_before(token) -> bool:
    window = token.doc[max(token.sent.start, token.i - TOPIC_WINDOW) : token.i]
    return any(t.lower_ in _TOPIC_WORDS for t in window)


def _left_word(token) -> str:
    doc = token.doc
    return doc[token.i - 1].lower_ if token.i > 0 else ""


def _to_death(token) -> bool:
    """'shot to death', 'shot dead', 'beaten to death'."""
    for c in token.children:
        if c.lower_ == "dead":
            return True
        if c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    return following[:1] == ["dead"] or following == ["to", "death"]


def _realis(verb) -> bool:
    """A killing reported as done: not negated, not hypothetical, not an infinitive of intent or attempt."""
    for c in verb.children:
        if c.dep_ == "neg":
            return False
        if c.dep_ in ("aux", "auxpass") and (c.lower_ in _IRREALIS or c.lower_ == "to"):
            return False
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and any(c.lower_ == "to" for c in verb.children):
        return False
    if verb.head is not verb and verb.head.lower_ in _NOT_DONE and verb.dep_ in ("xcomp", "pcomp", "pobj", "acl"):
        return False
    return True


def _antecedent(token, verb):
    """'who' in 'the mayor, who was murdered' stands for the mayor."""
    if token.lower_ in _RELATIVE:
        clause = verb
        while clause.dep_ not in ("relcl",) and clause.head is not clause and clause.dep_ in ("conj", "xcomp", "ccomp"):
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
        if token.dep_ == "poss" and token.head.head.dep_ == "relcl":
            return token.head.head.head
        return None
    return token


def _dead_end(token) -> bool:
    """ "dead end" / "dead-end": a street's kind, not a dead person."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("end", "ends")


def _death_hit(victim, trigger, sent) -> CasualtyHit | None:
    """One victim and the members of 'X and Y' joined to it, as a killed count."""
    doc = victim.doc
    if victim.lower_ in _NOT_VICTIMS or victim.lower_ in _NOT_PEOPLE_WORDS:
        return None
    chain = _chain(victim)
    people = [victim] + [
        c for c in victim.subtree
        if c.dep_ == "conj" and c.head.i in chain and c.pos_ in ("NOUN", "PROPN", "PRON") and c.is_alpha
        and not (c.i + 1 < len(doc) and doc[c.i + 1].text == "-")  # "vice-president" split by the tagger
    ]
    total = high = 0
    for person in people:
        if person.lower_ in _NOT_VICTIMS:
            continue
        number = next((c for c in person.children if c.dep_ == "nummod"), None)
        count = parse_count(number.text) if number is not None else None
        if count is not None:
            low_, high_ = count.low, count.high
        elif person.lower_ in _PRONOUN_COUNTS:
            low_ = high_ = _PRONOUN_COUNTS[person.lower_] or UNCOUNTED_PLURAL
        elif person.tag_ in ("NNS", "NNPS") and not person.text.endswith("'s"):
            low_ = high_ = UNCOUNTED_PLURAL
        else:
            low_ = high_ = 1
        total += low_
        high += high_
    if not total:
        return None
    first = victim.left_edge if victim.left_edge.i <= victim.i else victim
    np_tokens = [t for t in doc[first.i : victim.i + 1] if t.dep_ not in ("det", "punct", "poss", "case") and t.lower_ not in _RELATIVE]
    described = [victim] + [c for c in victim.children if c.dep_ == "appos"]
    noun = " ".join(t.text for t in np_tokens) or victim.text
    for appos in described[1:]:
        noun += " " + " ".join(t.text for t in doc[appos.left_edge.i : appos.i + 1] if t.dep_ not in ("det", "punct"))
    for of in (g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        if victim.lower_ in ("one", "two", "three", "some", "several", "many", "all", "both", "members", "member"):
            noun += " of " + of.text  # "one of the terrorists"
    np_start = np_tokens[0].idx if np_tokens else victim.idx
    np_end = (np_tokens[-1].idx + len(np_tokens[-1].text)) if np_tokens else victim.idx + len(victim.text)
    lo_tok = min(trigger.i, victim.i)
    hi_tok = max(trigger.i, victim.i)
    span_start, span_end = doc[lo_tok].idx, doc[hi_tok].idx + len(doc[hi_tok].text)
    return CasualtyHit(span_start, span_end, "killed", total, max(total, high), noun.strip(), np_start, np_end)


def _chain(token) -> set[int]:
    """Indices of a token and the conjuncts hanging off it ("X, Y and Z")."""
    out = {token.i}
    for c in token.children:
        if c.dep_ == "conj":
            out |= _chain(c)
    return out
