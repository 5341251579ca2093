"""The incident's date: from the times its sentences tell, else the article's own date (issue 20 item 2, item 4)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from . import timex
from .detect import Draft, Sentence, dating_time, to_the_day

#: A weekday told alone ("Thursday", "on Saturday afternoon"; not "last Thursday") that, read against the article's
#: date, is this many days before it names the day after that date: the page's date is a day behind its text (written
#: or updated the next day: "UPDATE SATURDAY 5:45 AM" on a page dated Friday, "Police said Thursday" on Wednesday's),
#: not the week before. Where no act word holds such a weekday (dating_time), the incident is dated by its next time,
#: else as an undated report (the article's day, its window the week before, which still holds that weekday). Over
#: GVA outside lines 301-450 (session 25, at 01f5a00), such incidents matched to gold: the article's day 12, the
#: weekday a week back 2, another day 8 (none of them right either way)
TOMORROWS_WEEKDAY_BACK = 6
_BARE_WEEKDAY = re.compile(rf"(?:(?:on|early|late)\s+)?{timex.WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?",
                           re.I)


def _the_day_before(sentence: Sentence, told: timex.TimeExpr) -> timex.TimeExpr:
    """The act's day where `sentence` tells an act "the night before" (or "the day before", "the previous day") the
    day `told` of it, with an act word between ("Neighbors met on Jan. 4, 2015, to mourn those hurt in a shooting that
    killed one and wounded three the night before", "died Friday morning after being shot ... the night before"): the
    day told is the later news's or the death's, the act the day before it (timex.DAY_BEFORE). Else `told`. On the 59
    GVA articles outside lines 301-450 that hold such a phrase (session 27, at c74e5c0, with timex.DAY_BEFORE): right
    dates 33 -> 36, found 48 -> 49, extra incidents 51 -> 48, none lost ("leaving three dead and one hurt
    the previous day" after "Friday morning": GVA 1829, dated and found)."""
    before = (date.fromisoformat(told.date) - timedelta(days=1)).isoformat()
    for time in sentence.times:
        if time.start >= told.end and time.date == before and timex.DAY_BEFORE.fullmatch(time.text) \
                and any(not hit.generic and told.end <= hit.start < time.start for hit in sentence.triggers):
            return time
    return told


def _tomorrows_weekday(time: timex.TimeExpr, reference: date | None) -> bool:
    """Whether `time` is a weekday told alone that names the day after `reference` (TOMORROWS_WEEKDAY_BACK)."""
    return reference is not None and time.precision == "day" and _BARE_WEEKDAY.fullmatch(time.text.strip()) is not None \
        and (reference - date.fromisoformat(time.date)).days == TOMORROWS_WEEKDAY_BACK


#: a date told with its weekday written before it ("Monday, May 23", "on Wednesday, July 9, 2014"): the text names
#: that weekday's day, and the weekday told alone elsewhere in the incident's sentences is that day (_named_weekday)
_WEEKDAY_WRITTEN = re.compile(rf"\b{timex.WEEKDAY},?\s*$", re.I)
#: how far before a date the weekday written with it is looked for
WEEKDAY_WRITTEN_CHARS = 12


def _named_weekday(told: timex.TimeExpr, sentences: tuple[Sentence, ...]) -> timex.TimeExpr:
    """`told`, a weekday told alone ("Monday night", "on Saturday"), moved to the day an earlier date of the
    incident's `sentences` names with that weekday written before it ("it took place at about 10 p.m. Tuesday, Aug. 9" under
    a lead's "was shot in a drive-by Tuesday night" on a page of 18 August): the weekday alone was read against the
    article's date, which lies after the next such weekday when the page was stamped or updated later than it was
    written. Its window is the day's (into_the_night widens a night's after). Else `told`."""
    if told.precision != "day" or told.earliest != told.latest or _BARE_WEEKDAY.fullmatch(told.text.strip()) is None:
        return told
    weekday = date.fromisoformat(told.date).weekday()
    for sentence in sentences:
        for time in sentence.times:
            if time.future or time.precision != "day" or time.earliest != time.latest or time.date >= told.date \
                    or date.fromisoformat(time.date).weekday() != weekday:
                continue
            before = sentence.text[max(0, time.start - sentence.start - WEEKDAY_WRITTEN_CHARS) : time.start - sentence.start]
            if _WEEKDAY_WRITTEN.search(before):
                return replace(told, date=time.date, earliest=time.date, latest=time.date)
    return told


def _without(draft: Draft, time: timex.TimeExpr) -> Draft:
    """`draft` with `time` taken out of its sentences' times."""
    return replace(draft, sentences=tuple(
        replace(s, times=tuple(t for t in s.times if t != time), report_times=tuple(t for t in s.report_times if t != time))
        for s in draft.sentences))


def _middle(time: timex.TimeExpr) -> str:
    """The day an incident told by `time` is dated: its day, or for a week told ("last week", "over the weekend",
    "earlier this week") the middle of its window, rounded up, which is nearer the act on average than the window's
    first day (a weekend's Sunday, a week's Thursday). Its window still holds every day of it. Over GVA outside lines
    301-450 (session 28, at 986574b), of the 48 found articles dated by a week told in the text, the week's first day
    was GVA's 10 times, its middle 16. A month, whose middle day is as seldom the act's as its first, keeps its first
    day (as a year does): 0 and 1 of 18"""
    if time.precision != "week":
        return time.date
    earliest, latest = date.fromisoformat(time.earliest), date.fromisoformat(time.latest)
    return (earliest + timedelta(days=((latest - earliest).days + 1) // 2)).isoformat()


#: the precisions of a time the act word holds that a later step of the news may be told inside ("the shooting death of
#: a guard this week", "killed last month"): a week's or a month's, not a year's, which holds too many days
_ACT_WINDOWS = ("week", "month")


def _earlier_act_day(draft: Draft, best: timex.TimeExpr) -> timex.TimeExpr | None:
    """The act's day where `best`, a day told in the sentence that dates `draft` but held by no act word, lies inside
    a week or a month that sentence tells of the act (an examiner who ruled on Friday on a cashier's death by gunfire
    earlier that week: the act told by its week, Friday the examiner's): the day is a later step's, and the act's is
    a day the incident's sentences tell inside that window before it ("was found ... around 9:40 p.m. Tuesday, March
    14"), found as detect.to_the_day narrows a week or a month. None where no such earlier day is told."""
    if best.precision != "day" or best.future:
        return None
    held = next((s for s in draft.sentences if best in s.times and best not in s.act_times), None)
    if held is None or not any(not t.future and t.precision in _ACT_WINDOWS and t.earliest <= best.date <= t.latest
                               for t in held.act_times):
        return None
    (narrowed,) = to_the_day([_without(draft, best)], draft.all_sentences)
    days = [t for s in narrowed.sentences for t in s.act_times if not t.future and t.precision == "day"]
    return days[0] if days and days[0].date < best.date else None


#: an act noun a date is written before ("the Nov. 7 killing", "the Sept. 15, 2015 shooting", "the June 2 fatal
#: shooting"): the date is the act's, whoever's step the sentence tells (a charge, a hearing, a plea)
_ACT_NOUN_AFTER = re.compile(r",?\s+(?:(?:fatal|deadly|double|triple|mass|drive-by)\s+)?"
                             r"(?:shootings?|killings?|slayings?|murders?|homicides?|stabbings?|shootouts?)\b", re.I)
#: ... told as what a later step is in or for ("accused of murder in the Oct. 3 slaying", "sought in connection
#: with the May 2 shooting", "a man police want to question in regard to the June 9 shooting"), a step word up to STEP_CHARS
#: characters before it in its sentence: a day written after "since", "after" or "of" ("a month after the April 1
#: shooting of a cashier", "seven blocks from a March 23 shooting") is another act the story recalls
STEP_CHARS = 120
_STEP_IN = re.compile(r"\b(?:charged?|charges|accused|arrested|arrests?|sentenced|sentencing|convicted|guilty|pleaded|plea|"
                      r"indicted|indictment|trial|hearing|suspects?|jury|court|judge|bail|bond|custody|extradited|"
                      r"wanted|identified|identity|named|interest|investigation|investigating|connection|relation)\b"
                      rf"[^.;!?]{{0,{STEP_CHARS}}}\b(?:in|for|over|with|to|into)\s+(?:the\s+)?$", re.I)
#: a story whose only date is a later step's (a hearing "Thursday", a tip sought "today") more than this many days
#: after the day written before an act noun in it ("accused of murder in the Oct. 3 slaying" on a page of 2
#: November) is a follow-up, and the act is that day (_act_noun_day). Nearer, the written day is as often another act
#: the story recalls ("a week after the May 3 killing of his cousin") as the one it tells: over GVA outside lines
#: 301-450 (session 36, at 09519a6), of found articles writing a day before an act noun, those dated 5 to 14 days
#: after it were right 5 times, the written day 0 times. On the 54 such articles where the rule can act (a step word
#: before the day), right dates 46 -> 48 of 53 found
FOLLOWUP_GAP_DAYS = 14
#: ... and at most this many days before it: older, it is an act of another year the story recalls
FOLLOWUP_REACH_DAYS = 366


def _act_noun_day(text: str | None, reference: date | None, later: str | None) -> timex.TimeExpr | None:
    """The first day of the article `text` written by its date before an act noun (_ACT_NOUN_AFTER), where it lies
    FOLLOWUP_GAP_DAYS to FOLLOWUP_REACH_DAYS days before `later`, the day a follow-up story is otherwise dated by
    (the later step's, or the article's own where nothing dates it). None elsewhere."""
    if text is None or reference is None or later is None:
        return None
    for time in timex.find(text, reference):
        if time.precision != "day" or time.future or time.earliest != time.latest or not re.search(r"\d", time.text):
            continue
        if _ACT_NOUN_AFTER.match(text, time.end) is None or _STEP_IN.search(text, max(0, time.start - STEP_CHARS - 40),
                                                                             time.start) is None:
            continue
        gap = (date.fromisoformat(later) - date.fromisoformat(time.date)).days
        return time if FOLLOWUP_GAP_DAYS < gap <= FOLLOWUP_REACH_DAYS else None
    return None


def incident_date(draft: Draft, reference: date | None, add: Callable[[str, int, int], None],
                  text: str | None = None) -> dict:
    """The date fields of the incident `draft` tells (date, date_precision, date_earliest, date_latest), with `add`
    called on the evidence spans ("date", start, end). `reference` is the article's date, or None when nothing
    dates it; `text` is the article's (a follow-up's act day may be written outside the incident's sentences)."""
    # a day told of the act itself first ("Police said Carney shot and killed Regula on Aug. 5" over "Friends held a
    # vigil on Friday night" before it), then the incident's own dates; "officials said on Friday" only when nothing
    # else dates it
    # a night ("Saturday night", "late Friday") may have run past midnight: its window holds the next day
    # (timex.into_the_night)
    # a draft dated only by a week or a month takes a day inside it that its own sentences tell, as detection's
    # drafts do (detect.to_the_day): one joined after detection ("an arrest in last week's murder" with "she shot Owen
    # Pratt last Tuesday night, October 9", GVA 4513) was narrowed with none of the sentences joined to it
    (draft,) = to_the_day([draft], draft.all_sentences)
    for sentence in draft.sentences:
        days = [t for t in sentence.act_times if not t.future and t.precision == "day"]
        if days:
            told = _the_day_before(sentence, days[0])
            add("date", told.start, told.end)
            act = timex.into_the_night(_named_weekday(told, draft.all_sentences), reference)
            return dict(date=act.date, date_precision="day", date_earliest=act.earliest, date_latest=act.latest)
    best = dating_time(draft)
    while best is not None and _tomorrows_weekday(best, reference):
        draft = _without(draft, best)
        best = dating_time(draft)
    earlier = _earlier_act_day(draft, best) if best is not None else None
    if earlier is None:
        # no act word's day: a follow-up dated by its step (or undated) whose text writes the act's day before an
        # act noun well before it
        earlier = _act_noun_day(text, reference, best.latest if best is not None
                                else reference.isoformat() if reference is not None else None)
    if earlier is not None:
        add("date", earlier.start, earlier.end)
        act = timex.into_the_night(earlier, reference)
        return dict(date=act.date, date_precision="day", date_earliest=act.earliest, date_latest=act.latest)
    if best is not None:
        add("date", best.start, best.end)
        best = timex.into_the_night(_named_weekday(best, draft.all_sentences), reference)
        return dict(date=_middle(best), date_precision=best.precision, date_earliest=best.earliest,
                    date_latest=best.latest)
    if reference is None:
        # nothing dates the article: the date stays unresolved, and the relative phrases that would have dated it
        # ("on Sunday", "last month") are kept as its evidence
        for sentence in draft.sentences:
            for start, end in timex.relative_phrases(sentence.text, sentence.start):
                add("date", start, end)
        return dict(date_precision="unknown")
    day, precision, earliest, latest = timex.undated(reference)
    return dict(date=day, date_precision=precision, date_earliest=earliest, date_latest=latest)
