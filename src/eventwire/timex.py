"""Time expressions: find "Sunday", "last month", "on the 3rd", "18 FEB 90" and resolve them against the article date."""
from __future__ import annotations

import calendar
import re
from importlib import resources
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .datelines import MONTHS, full_year

#: how far back an undated report is assumed to reach: ACLED reads "recently" as within the past week
UNDATED_WINDOW_DAYS = 6
#: year-less dates more than this many days after the article are read as last year's ("on 28 December" in January)
FUTURE_TOLERANCE_DAYS = 2
#: a year-less date told with its weekday ("Wednesday, July 22", "on Saturday, April 9"), which the date alone would
#: read as the latest such day not after the article, is the one of the year before, of the article's or of the next
#: whose calendar puts it on that weekday, where that day lies within this many days of the article: a funeral, a
#: visitation or an arraignment still to come ("a Mass of Christian burial on Wednesday, July 22" on a page of 16
#: July 2015 is that week's, not July 2014's, which made the story a year-old one's). Further off, the weekday is
#: the writer's slip and the date alone stands
WEEKDAY_YEAR_REACH_DAYS = 120
#: "a few days ago", "several months ago": a count the writer left vague is read as FEW_AGO_NEAREST to FEW_AGO_FURTHEST
#: of its units back, the window holding them all at the unit's precision (days: a week's), dated by its middle (a
#: week's) or its first day (a month's, a year's, as those are); "a couple of" is two. Unread, such a time left its
#: sentence undated: "went on a shooting spree ... just a few months ago" took the story's Sunday, an old act coded
#: as the week's news (issue 20 item 2)
FEW_AGO_NEAREST = 2
FEW_AGO_FURTHEST = 4
#: "overnight" spans the night that ends on the article's day, and either day is the act's: GVA dates such acts on the
#: article's day 77 times to 48 on the day before (its articles but the held-out lines 301-450 with "overnight" in
#: their first 1,000 characters), on GVA lines 1-200 and 1001-1200 5 times each. Its window holds both days, so that
#: the act is the one dated either; its day stays the day before (the article tells of the night just gone)
OVERNIGHT_DAYS = 2
#: ... unless the clock says the act was past midnight: the first clock time told after "overnight" (within this many
#: characters of the article) in the small hours (12 to 4 a.m.) makes the act the article's day. GVA (its articles but
#: the held-out lines 301-450 with "overnight" in their first 1,500 characters, dated the article's day or the day
#: before): with a first clock time of 12-4 a.m. after it, the article's day 44 times to 1; 7-11 p.m., the day before
#: 22 times to 4; no clock time, 21 to 24 (so the day before stays the day of an "overnight" the clock does not time)
OVERNIGHT_CLOCK_CHARS = 1500
#: the last hour (a.m.) of the small hours: an act at 5 a.m. or later is as often told "early Saturday" as "overnight"
SMALL_HOURS_LAST = 4
#: ... and where no such clock times it, the weekdays the article names tell which day of the night it was: an article
#: that does not name the day before's ("Saturday night"), with no evening clock (7 to 11 p.m.) first after "overnight",
#: tells of the night that ended on its day, and GVA dates the act that day (its articles but the held-out lines
#: 301-450 with "overnight" in their first 1,500 characters, dated the article's day or the day before: no clock time
#: and only the article's weekday named, the article's day 13 times to 2; no weekday named, 8 to 4; a clock time of the
#: day, 5 to 0). An article that names the day before keeps it (13 to 0 with no clock), as one with an evening clock
#: first (3 to 1)
EVENING_FIRST = 7
#: a night told by its evening's day ("Saturday night", "late Friday", "last night") runs past midnight into the next
#: day, which GVA dates such an act by when it was: of the whole GVA file's matched incidents dated by one (lines
#: 301-450 left out, session 21, at d6fadc0), the day told 787 times, the day after 40, any other 23; 16 articles
#: were not found for want of the night's next day. The incident's window holds both days (its date stays the day
#: told), so the act is found whichever day it was; as "overnight", never past the article's day
NIGHT_DAYS = 2

#: a court date, an autopsy or a funeral the story says is set for a day ("is scheduled for March 14", "is due back in
#: court May 21", "set to appear before a bond judge Tuesday", "Her funeral is set for Saturday") names a day still to
#: come, never the act's: read backwards, as a past day, it dated the act by last year's March 14 or last week's
#: Thursday. In the GVA articles outside lines 301-450, 230 times follow such words: read back, 172 fell before the
#: article's day (86 of them a year back) and 34 on it. Read ahead, on the 194 articles that hold one (session 26, at
#: c7634c0): found 180 -> 181, extra incidents 50 -> 46, right dates 146 -> 149, none lost; with "will be arraigned",
#: "is expected to appear", "next court date is" too, on the 78 more articles they touch: found 68 -> 69, extras 23 -> 22,
#: dates 55 -> 56. At most this many words (a court's name: "due in the county's family division courthouse downtown on
#: Friday") between the words and the day
SCHEDULED_WORDS = 8
#: the words between, none of them opening another clause ("expected to survive after being shot Sunday")
_SCHEDULED_GAP = rf"(?:\s+(?!(?:after|when|since|following|while|because|but|and)\b)[\w'’-]+){{0,{SCHEDULED_WORDS}}}?"
#: after "scheduled for" (or set, slated, planned) at most this many words name what is set before its day ("is
#: scheduled for a bond hearing Thursday", "an autopsy is set for the boy on Monday"), none of them a verb of a clause
#: of its own: "a march planned for the square was broken up by gunfire Sunday" tells a day gone by
SCHEDULED_FOR_WORDS = 4
_SCHEDULED_FOR_GAP = (r"(?:\s+(?!(?:after|when|since|following|while|because|but|and|was|were|is|are|had|has|have|been|"
                      rf"by)\b)[\w'’-]+){{0,{SCHEDULED_FOR_WORDS}}}?")
_SCHEDULED = re.compile(
    r"\b(?:(?:scheduled|set|slated|planned)\s+(?:for\b"
    rf"{_SCHEDULED_FOR_GAP}|to\s+(?:appear|be|return|begin|start|resume|face|stand)\b"
    rf"{_SCHEDULED_GAP})|due\s+(?:back\s+)?(?:in|before|to\s+(?:appear|be|return)\b){_SCHEDULED_GAP}"
    # "will be arraigned Monday", "is expected to appear in court Wednesday", "is to be sentenced Aug. 28",
    # "Funeral services will be held Friday", "His next court date is Monday"
    r"|(?:will|(?:is|are)\s+(?:expected\s+)?to)\s+(?:be\s+)?(?:held|arraigned|sentenced|sentence|tried|charged|released|"
    rf"buried|appear|return|face|resume|begin|continue)\b{_SCHEDULED_GAP}"
    r"|next\s+(?:court\s+)?(?:date|hearing|appearance)\s+is)"
    r"(?:\s+(?:on|at))?\s*$", re.I)
#: how far before a time _SCHEDULED looks (characters)
_SCHEDULED_REACH = 120

WEEKDAYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
#: a weekday's name, as a regex fragment (read by counts, detect and geo.mentions too)
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)\.?")
#: the words after "may" that make it the modal verb, not the month: "5 may be tied" tells no fifth of May. Verbs and
#: adverbs only: a month's day is followed by a year, a comma or a preposition ("on 5 May in Lima")
_MODAL_MAY = r"be|have|not|also|still|never|well|soon|face|need|get|take|lose|cause|come|go|see|seem|help|include|remain"

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: a small count as a regex fragment ("three", "a", "3"; read by detect), and its value (count_of)
NUMBER = _NUM


def count_of(word: str) -> int:
    """The value of a NUMBER: "three" -> 3, "a" -> 1, "12" -> 12."""
    raw = word.lower()
    return int(raw) if raw.isdigit() else _SMALL[raw]



@dataclass(frozen=True)
class _Holiday:
    day: str  # MM-DD, N:WEEKDAY:MONTH or easter (data/dating_holidays.tsv)
    needs_on: bool  # the bare name dates an act only after "on" or before a part of the day
    night: bool = False  # the holiday is a night that runs past midnight (into_the_night)


def _load_holidays() -> tuple[list[_Holiday], str]:
    """The holidays of data/dating_holidays.tsv and the alternation that finds them (group hN is row N)."""
    raw = resources.files("eventwire").joinpath("data", "dating_holidays.tsv").read_text(encoding="utf-8")
    rows: list[_Holiday] = []
    parts: list[str] = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, day, *flags = line.split("\t")
        parts.append(f"(?P<h{len(rows)}>{name.replace(chr(39), '[' + chr(39) + '’]?')})")
        marks = {f.strip() for f in flags}
        rows.append(_Holiday(day.strip(), "on" in marks, "night" in marks))
    return rows, "|".join(parts)


_HOLIDAYS, _HOLIDAY_NAMES = _load_holidays()
#: "on Christmas Eve", "the MLK Day shooting", "Easter Sunday morning"; not "the Memorial Day weekend"
_HOLIDAY = re.compile(rf"\b(?:(?P<on>on)\s+)?(?:{_HOLIDAY_NAMES})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b"
                      r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\s+(?:weekend|holiday))", re.I)

#: "the night before", "the day before", "the previous day": the day before a day the sentence told earlier ("died
#: Friday morning after being shot on Harmon Street the night before", "Neighbors met on Jan. 4, 2015, to mourn
#: those hurt in a shooting that killed one ... the night before"), else, for a day, the day before the article's (as
#: "yesterday"); a night with no day told before it is no time. Not the day or night before an event ("the night
#: before the attack", "the day before Thanksgiving"): that names no day by itself
DAY_BEFORE = re.compile(r"\bthe\s+(?:(?P<part>day|night|evening)\s+before|previous\s+(?P<prev>day|night|evening))\b"
                         r"(?!\s+(?:the|a|an|his|her|their|its|that|this|my|our|he|she|they|(?-i:[A-Z])\w*)\b)", re.I)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy_numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("holiday", _HOLIDAY),
    # not a number before the modal "may" ("shooting of 5 may be tied to ...": _MODAL_MAY)
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?:\s*,?\s*(\d{{4}}|\d{{2}}))?\b"
                       rf"(?!(?<=may)\s+(?:{_MODAL_MAY})\b)", re.I)),
    ("mdy", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s*(\d{{4}}))?", re.I)),
    ("month_of_year", re.compile(rf"\b(?:in\s+|of\s+|since\s+|during\s+|early\s+|late\s+|mid-?)?({_MONTH})\s+(?:of\s+)?"
                                 r"(last|this|next)\s+year\b", re.I)),
    # "October 2014", "October of 2014"
    ("month_year", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?(\d{{4}})\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|during|early|late|mid-?|this|last)\s+({_MONTH})(?!\s*\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|by|of|until|from|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d{2})\b", re.I)),
    # a year before a noun dates the act the noun names ("in a 2014 shooting", "the 2012 attack"); "the 2000 block of
    # Elm Street" is an address
    ("year_attributive", re.compile(r"\b(?:a|an|the|that|this|his|her|their)\s+((?:19|20)\d{2})(?=(?-i:\s+[a-z]))"
                                    r"(?!\s+blocks?\b)", re.I)),
    ("ordinal_day", re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)),
    ("few_ago", re.compile(r"\b(a\s+few|several|a\s+couple(?:\s+of)?)\s+(day|week|month|year)s\s+ago\b", re.I)),
    ("days_ago", re.compile(rf"\b({_NUM})\s+(day|week|month|year)s?\s+ago\b", re.I)),
    ("last_period", re.compile(r"\b(last|past|previous|this|earlier\s+this|late\s+last|early\s+last|final)\s+"
                               r"(week|weekend|month|year)\b", re.I)),
    ("weekend", re.compile(r"\b(?:the|this|last|over\s+the|past)\s+weekend(?:'s)?\b", re.I)),
    # a weekday before the date it names ("on Saturday, May 17", "Wednesday afternoon, July 9, 2014") is that
    # date's: the date alone resolves it (against a later copy's day, the weekday alone named another week)
    ("weekday", re.compile(rf"\b(?:(last|this|next|on|early|late)\s+)?({WEEKDAY})(?:\s+(morning|afternoon|evening|night))?\b"
                           rf"(?!(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:{_MONTH}\s+\d|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,2}}/\d))", re.I)),
    # not the newspaper ("A joint investigation by USA Today")
    ("today", re.compile(r"(?<!\bUSA\s)\b(today|tonight|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today|"
                         r"early\s+today)\b", re.I)),
    ("day_before_yesterday", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|last\s+night)\b", re.I)),
    ("overnight", re.compile(r"\bovernight\b", re.I)),
    # last, so that every day it may be told from is found first (_day_before_told)
    ("day_before", DAY_BEFORE),
]


_OVERNIGHT = re.compile(r"overnight", re.I)
#: a clock time: "2:15 a.m.", "11 p.m.", "3am"
_CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s*([ap])\.?\s?m\b", re.I)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    date: str  # ISO; the first day of the window for week/month/year precision
    precision: str  # day | week | month | year
    earliest: str
    latest: str
    future: bool = False


#: texts whose time expressions find remembers: detection reads each sentence of an article, and extraction reads
#: again the sentences outside each incident's own (38% of the calls coding GVA articles asked for a text read before)
FIND_MEMO = 4096
#: (text, reference) -> the text's time expressions at offset 0
_FOUND: dict[tuple[str, date | None], tuple[TimeExpr, ...]] = {}


def find(text: str, reference: date | None, offset: int = 0) -> list[TimeExpr]:
    """Every time expression in `text` resolved against `reference` (the article date); offsets shifted by `offset`.
    What a text holds does not depend on where it lies (offset only shifts the spans), so it is read once at offset 0
    and remembered (FIND_MEMO)."""
    key = (text, reference)
    found = _FOUND.get(key)
    if found is None:
        if len(_FOUND) >= FIND_MEMO:
            _FOUND.clear()
        found = _FOUND[key] = tuple(_find(text, reference))
    if not offset:
        return list(found)
    return [replace(t, start=t.start + offset, end=t.end + offset) for t in found]


def _find(text: str, reference: date | None, offset: int = 0) -> list[TimeExpr]:
    """find, read."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            resolved = _day_before_told(match, found, offset, reference) if kind == "day_before" \
                else _resolve(kind, match, reference)
            if resolved is None:
                continue
            if kind in ("mdy", "dmy") and not match.group(3):
                resolved = _by_weekday(resolved, text[max(0, match.start() - _WEEKDAY_BEFORE_REACH):match.start()],
                                       reference)
            day, precision, earliest, latest = resolved
            scheduled = reference is not None and _SCHEDULED.search(
                text, max(0, match.start() - _SCHEDULED_REACH), match.start()) is not None
            if scheduled:
                assert reference is not None
                day, precision, earliest, latest = _ahead(kind, match, resolved, reference)
            taken.append((match.start(), match.end()))
            found.append(
                TimeExpr(
                    start=match.start() + offset,
                    end=match.end() + offset,
                    text=match.group(0),
                    date=day.isoformat(),
                    precision=precision,
                    earliest=earliest.isoformat(),
                    latest=latest.isoformat(),
                    future=reference is not None and (earliest > reference or (scheduled and earliest >= reference)),
                )
            )
    return sorted(found, key=lambda t: t.start)


#: a weekday right before a date: "Wednesday, ", "on Saturday ", "Tuesday afternoon, " (_by_weekday)
_WEEKDAY_BEFORE = re.compile(rf"\b({WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:the\s+)?$", re.I)
_WEEKDAY_BEFORE_REACH = 30


def _by_weekday(resolved: Resolved, before: str, reference: date | None) -> Resolved:
    """A year-less day `resolved` read with the weekday told right before it (`before`, the text up to the date):
    the day of the year before, of the reference's or of the next whose calendar puts the date on that weekday,
    within WEEKDAY_YEAR_REACH_DAYS of the reference (the nearest), else `resolved` unchanged."""
    named = _WEEKDAY_BEFORE.search(before)
    day = resolved[0]
    if reference is None or named is None or day.weekday() == WEEKDAYS[named.group(1).lower()]:
        return resolved
    target = WEEKDAYS[named.group(1).lower()]
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if candidate.weekday() == target and abs((candidate - reference).days) <= WEEKDAY_YEAR_REACH_DAYS:
            candidates.append(candidate)
    if not candidates:
        return resolved
    return _day(min(candidates, key=lambda c: abs((c - reference).days)))


def _day_before_told(match: re.Match[str], found: list[TimeExpr], offset: int, reference: date | None) -> Resolved | None:
    """The day a DAY_BEFORE phrase names: the day before the last single day told before it in the same text (a day
    told, not one still to come), else for "the day before" / "the previous day" the day before `reference`."""
    told = [t for t in found if t.end - offset <= match.start() and t.precision == "day" and t.earliest == t.latest
            and not t.future]
    if told:
        return _day(date.fromisoformat(max(told, key=lambda t: t.end).date) - timedelta(days=1))
    if (match.group("part") or match.group("prev")).lower() != "day" or reference is None:
        return None
    return _day(reference - timedelta(days=1))


#: a stand-in article date, used only to tell which expressions need one (relative_phrases)
_ANY_REFERENCE = date(2000, 6, 15)


def _ahead(kind: str, match: re.Match[str], resolved: Resolved, reference: date) -> Resolved:
    """`resolved` read as a day still to come (_SCHEDULED): a weekday's next one (the article's own day where it is
    that weekday), a year-less date's or month's next one not before the article; a time the text anchors (a year, "last
    Friday") is left as it is."""
    day, precision, earliest, latest = resolved
    if latest >= reference or (kind == "weekday" and (match.group(1) or "").lower() == "last"):
        return resolved
    if kind == "weekday":
        step = timedelta(days=(reference - day).days + (day.weekday() - reference.weekday()) % 7)
        return day + step, precision, earliest + step, latest + step
    if kind in ("mdy", "dmy", "holiday", "in_month") and not (match.groupdict().get("year") or
                                                              (kind in ("mdy", "dmy") and match.group(3))):
        for years in (1, 2):
            try:
                ahead = [d.replace(year=d.year + years) for d in (day, earliest, latest)]
            except ValueError:
                return resolved
            if ahead[2] >= reference:
                if precision == "month":
                    ahead[2] = date(ahead[2].year, ahead[2].month, calendar.monthrange(ahead[2].year, ahead[2].month)[1])
                return ahead[0], precision, ahead[1], ahead[2]
    return resolved


def relative_phrases(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the time expressions in `text` that only an article date can resolve ("on Sunday", "last month",
    "on 28 December"): kept as the date's evidence of an article nothing dates, whose date stays unresolved."""
    absolute = {(t.start, t.end) for t in find(text, None, offset)}
    return [(t.start, t.end) for t in find(text, _ANY_REFERENCE, offset) if (t.start, t.end) not in absolute]


def undated(reference: date) -> tuple[str, str, str, str]:
    """(date, precision, earliest, latest) for a report that says nothing of when: the past week."""
    start = reference - timedelta(days=UNDATED_WINDOW_DAYS)
    return reference.isoformat(), "week", start.isoformat(), reference.isoformat()


Resolved = tuple[date, str, date, date]


def _day(d: date) -> Resolved:
    return d, "day", d, d


def _month(year: int, month: int) -> Resolved:
    first = date(year, month, 1)
    return first, "month", first, date(year, month, calendar.monthrange(year, month)[1])


def _week_of(d: date) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    return monday, "week", monday, monday + timedelta(days=6)


def _month_no(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year_before(reference: date | None, month: int, day: int | None = None) -> int | None:
    """The year of a year-less date: the latest one not (much) after the reference."""
    if reference is None:
        return None
    year = reference.year
    try:
        candidate = date(year, month, day or 1)
    except ValueError:
        return None
    if (candidate - reference).days > FUTURE_TOLERANCE_DAYS:
        year -= 1
    return year


#: dates a text can give for an event: outside these years "9999-12-31" is a placeholder, not a day
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> Resolved | None:
    try:
        found = _RESOLVERS[kind](m, ref)
    except (ValueError, KeyError, OverflowError):
        return None
    if found is not None and not (EARLIEST_YEAR <= found[2].year and found[3].year <= LATEST_YEAR):
        return None
    return found


def _r_mdy_numeric(m, ref):
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    month, day = (a, b) if a <= 12 else (b, a)
    return _day(date(year, month, day))


def _r_iso(m, ref):
    return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))


def _r_dmy(m, ref):
    day, month = int(m.group(1)), _month_no(m.group(2))
    year_text = m.group(3)
    year: int | None
    if year_text:
        year = full_year(int(year_text)) if len(year_text) == 2 else int(year_text)
    else:
        year = _year_before(ref, month, day)
    if year is None or day > 31:
        return None
    return _day(date(year, month, day))


def _r_mdy(m, ref):
    month, day = _month_no(m.group(1)), int(m.group(2))
    if day > 31:
        return None
    year = int(m.group(3)) if m.group(3) else _year_before(ref, month, day)
    if year is None:
        return None
    return _day(date(year, month, day))


def _holiday_row(m: re.Match[str]) -> _Holiday:
    """The row of data/dating_holidays.tsv a match of _HOLIDAY names."""
    return next(_HOLIDAYS[int(name[1:])] for name, value in m.groupdict().items() if name[0] == "h" and value)


def _r_holiday(m, ref):
    row = _holiday_row(m)
    if row.needs_on and not (m.group("on") or m.group("part")):
        return None
    if m.group("year"):
        return _day(_holiday_in(row.day, int(m.group("year"))))
    if ref is None:
        return None
    day = _holiday_in(row.day, ref.year)
    if (day - ref).days > FUTURE_TOLERANCE_DAYS:
        day = _holiday_in(row.day, ref.year - 1)
    return _day(day)


def _holiday_in(rule: str, year: int) -> date:
    """The day of a holiday (its rule in data/dating_holidays.tsv) in `year`."""
    if rule == "easter":  # the Gregorian computus (Meeus/Jones/Butcher)
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * l_) // 433
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return date(year, month, day + 1)
    if ":" in rule:
        nth, weekday, month_text = rule.split(":")
        month, target = int(month_text), WEEKDAYS[next(w for w in WEEKDAYS if w.startswith(weekday))]
        if int(nth) > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(target - first.weekday()) % 7 + 7 * (int(nth) - 1))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - target) % 7)
    month, day = (int(x) for x in rule.split("-"))
    return date(year, month, day)


def _r_month_of_year(m, ref):
    if ref is None:
        return None
    month = _month_no(m.group(1))
    shift = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
    return _month(ref.year + shift, month)


def _r_month_year(m, ref):
    return _month(int(m.group(2)), _month_no(m.group(1)))


def _r_in_month(m, ref):
    month = _month_no(m.group(1))
    if m.group(1).lower().rstrip(".") == "may" and not m.group(0).lower().startswith(("in", "since", "during")):
        return None  # "may" is far more often the verb
    if ref is not None and m.group(0).lower().startswith("last"):
        # "last June" is never the month the article is in nor one still to come: "last December" in a December
        # paper is the year before's (web page 102, of 10 June 2014: "protests began in the country last June")
        return _month(ref.year - (month >= ref.month), month)
    year = _year_before(ref, month)
    return None if year is None else _month(year, month)


def _r_year(m, ref):
    year = int(m.group(1))
    return date(year, 1, 1), "year", date(year, 1, 1), date(year, 12, 31)


_r_year_attributive = _r_year


def _r_ordinal_day(m, ref):
    if ref is None:
        return None
    day = int(m.group(1))
    year, month = ref.year, ref.month
    if day > ref.day:
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return _day(date(year, month, day))


def _r_days_ago(m, ref):
    if ref is None:
        return None
    return _units_ago(count_of(m.group(1)), m.group(2).lower(), ref)


def _units_ago(n: int, unit: str, ref: date) -> Resolved:
    """"three weeks ago" (n=3, unit "week") read against the article's date `ref`."""
    if unit == "day":
        return _day(ref - timedelta(days=n))
    if unit == "week":
        # the day N weeks back, its window the week that holds it (its Monday stood for it: of the GVA incidents
        # outside lines 301-450 dated by one, session 26 at c7634c0, 5 matched, GVA's day the day N weeks back 2 times,
        # the week's Monday none)
        _, precision, monday, sunday = _week_of(ref - timedelta(weeks=n))
        return ref - timedelta(weeks=n), precision, monday, sunday
    if unit == "month":
        year, month = ref.year, ref.month - n
        while month <= 0:
            year, month = year - 1, month + 12
        return _month(year, month)
    return date(ref.year - n, 1, 1), "year", date(ref.year - n, 1, 1), date(ref.year - n, 12, 31)


def _r_few_ago(m, ref):
    """"a few days ago", "several months ago", "a couple of weeks ago" (FEW_AGO_NEAREST, FEW_AGO_FURTHEST)."""
    if ref is None:
        return None
    unit = m.group(2).lower()
    if m.group(1).lower().startswith("a couple"):
        return _units_ago(2, unit, ref)
    if unit == "day":
        earliest, latest = ref - timedelta(days=FEW_AGO_FURTHEST), ref - timedelta(days=FEW_AGO_NEAREST)
        return earliest + (latest - earliest) // 2, "week", earliest, latest
    if unit == "week":
        earliest = _week_of(ref - timedelta(weeks=FEW_AGO_FURTHEST))[2]
        latest = _week_of(ref - timedelta(weeks=FEW_AGO_NEAREST))[3]
        return earliest + (latest - earliest) // 2, "week", earliest, latest
    if unit == "month":
        def back(n: int) -> tuple[int, int]:
            year, month = ref.year, ref.month - n
            while month <= 0:
                year, month = year - 1, month + 12
            return year, month
        earliest, latest = _month(*back(FEW_AGO_FURTHEST))[2], _month(*back(FEW_AGO_NEAREST))[3]
        return earliest, "month", earliest, latest
    return date(ref.year - FEW_AGO_FURTHEST, 1, 1), "year", date(ref.year - FEW_AGO_FURTHEST, 1, 1), \
        date(ref.year - FEW_AGO_NEAREST, 12, 31)


def _r_last_period(m, ref):
    if ref is None:
        return None
    which, unit = m.group(1).lower(), m.group(2).lower()
    this = which in ("this", "earlier this")
    if unit == "weekend":
        return _weekend_before(ref, skip_current=which in ("last", "previous") and ref.weekday() == 5)
    if unit == "week":
        if this:
            monday = ref - timedelta(days=ref.weekday())
            return monday, "week", monday, ref
        return _week_of(ref - timedelta(days=7))
    if unit == "month":
        if this:
            first = ref.replace(day=1)
            return first, "month", first, ref
        prev = ref.replace(day=1) - timedelta(days=1)
        return _month(prev.year, prev.month)
    year = ref.year if this else ref.year - 1
    return date(year, 1, 1), "year", date(year, 1, 1), date(year, 12, 31)


def _r_weekday(m, ref):
    if ref is None:
        return None
    qualifier = (m.group(1) or "").lower()
    target = WEEKDAYS[m.group(2).lower()]
    back = (ref.weekday() - target) % 7
    if qualifier == "next":
        return _day(ref + timedelta(days=(target - ref.weekday()) % 7 or 7))
    if qualifier == "last" and back == 0:
        back = 7
    return _day(ref - timedelta(days=back))


def _r_weekend(m, ref):
    """The latest Saturday and Sunday not after the article ("the weekend assault" in Monday's paper)."""
    return None if ref is None else _weekend_before(ref)


def _weekend_before(ref: date, skip_current: bool = False) -> Resolved:
    """The latest Saturday and Sunday not after `ref` ("last weekend" in Thursday's paper: the one just gone, not
    the whole week before); with skip_current, the one before a Saturday's ("last weekend" on a Saturday)."""
    back = (ref.weekday() - 5) % 7 + (7 if skip_current else 0)
    saturday = ref - timedelta(days=back)
    return saturday, "week", saturday, min(saturday + timedelta(days=1), ref)


def _r_today(m, ref):
    return None if ref is None else _day(ref)


def _r_yesterday(m, ref):
    return None if ref is None else _day(ref - timedelta(days=1))


def _r_overnight(m, ref):
    """The night that ends on the article's day: the day before, its window up to the article's day (OVERNIGHT_DAYS)."""
    if ref is None:
        return None
    before = ref - timedelta(days=OVERNIGHT_DAYS - 1)
    return before, "day", before, ref


def by_the_clock(time: TimeExpr, text: str) -> TimeExpr:
    """`time` read with the clock the article tells after it: an "overnight" whose first clock time after it, in
    `text` (the whole article, which `time`'s offsets index), is in the small hours ("at 2:15 a.m.") happened on the
    article's day, the last of its window (OVERNIGHT_CLOCK_CHARS, SMALL_HOURS_LAST); so did one with no evening clock
    first in an article that does not name the day before's weekday (EVENING_FIRST). Any other time is unchanged."""
    if not _OVERNIGHT.fullmatch(time.text) or time.date == time.latest:
        return time
    clock = _CLOCK.search(text, time.end, time.end + OVERNIGHT_CLOCK_CHARS)
    if clock and clock.group(2).lower() == "a" and int(clock.group(1)) % 12 <= SMALL_HOURS_LAST:
        return replace(time, date=time.latest)
    if clock and clock.group(2).lower() == "p" and int(clock.group(1)) % 12 >= EVENING_FIRST:
        return time
    if not _names_weekday(text, date.fromisoformat(time.date)):
        return replace(time, date=time.latest)
    return time


def _names_weekday(text: str, day: date) -> bool:
    """Whether `text` names `day`'s weekday ("Sunday", "early Sunday morning")."""
    return re.search(rf"\b{list(WEEKDAYS)[day.weekday()]}\b", text, re.I) is not None


#: a night named by its evening's day: "Saturday night", "late Friday", "late Sunday night", "on Monday night",
#: "last night" (NIGHT_DAYS); not "late Friday morning", not "tonight" (an evening still to come)
_NIGHT = re.compile(rf"(?:(?:on|early|late|last|this)\s+)?{WEEKDAY}\s+night|late\s+{WEEKDAY}(?:\s+night)?|last\s+night",
                    re.I)


def _holiday_night(text: str) -> bool:
    """Whether `text` is a holiday told as a night: one the holidays file marks a night ("New Year's Eve": the
    celebration and its gunfire run past midnight) or one told with "night" ("Christmas night")."""
    m = _HOLIDAY.fullmatch(text)
    return m is not None and (_holiday_row(m).night or (m.group("part") or "").lower() == "night")


def into_the_night(time: TimeExpr, reference: date | None) -> TimeExpr:
    """`time` with its window reaching into the next day where it names a night (_NIGHT: "Saturday night", "late
    Friday", "last night"; a holiday night, _holiday_night: "on New Year's Eve", "Christmas night"), no further than
    `reference`, the article's day (NIGHT_DAYS): an act that night may have been past midnight. Its date stays the day
    told; any other time is unchanged. GVA outside lines 301-450 (session 32, at 644a34e): of the 21 found articles
    dated by New Year's Eve, GVA dates 17 the 31st and 4 the 1st, which their window did not hold."""
    text = time.text.strip()
    if time.precision != "day" or time.earliest != time.latest or not (_NIGHT.fullmatch(text) or _holiday_night(text)):
        return time
    latest = date.fromisoformat(time.latest) + timedelta(days=NIGHT_DAYS - 1)
    if reference is not None:
        latest = min(latest, reference)
    return replace(time, latest=max(latest, date.fromisoformat(time.latest)).isoformat())


def _r_day_before_yesterday(m, ref):
    return None if ref is None else _day(ref - timedelta(days=2))


_RESOLVERS = {
    name[3:]: fn for name, fn in list(globals().items()) if name.startswith("_r_") and callable(fn)
}
