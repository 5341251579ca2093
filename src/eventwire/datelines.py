"""Wire datelines ("KIRKUK, Iraq, Dec. 18 (AFP) -", "SAN SALVADOR, 12 JAN 90 (RADIO ...) --") and absolute dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import UsageError

#: two-digit years at or below this are 20xx, above it 19xx (wire copy from 1989 to today)
TWO_DIGIT_YEAR_PIVOT = 40
#: a dateline sits in the first characters of an article
DATELINE_WINDOW = 160
#: a dateline with no dash after its wire's brackets is read where these first characters after it hold a lower-case
#: letter: the story's first words, in mixed case (parse)
UNDASHED_LOOKAHEAD = 30
#: publication dates before this are taken for mistakes (and would overflow date arithmetic near year 1)
EARLIEST_PUBLISHED = date(1800, 1, 1)
#: publication dates more than this many days after today are taken for mistakes (9999-12-31 placeholders)
LATEST_AHEAD_DAYS = 366
#: a year-less dateline date may lie this many days after the file's own date (time zones, embargoes)
YEARLESS_TOLERANCE_DAYS = 2
_STRICT_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_NAMED = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)\.?")

#: a month's name or abbreviation, any case (for patterns of other modules)
MONTH_WORD = rf"(?i:{_MONTH})"

_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s*,?\s+(\d{{4}}|\d{{2}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)   # KIRKUK, Iraq
    (?:,\s*(?P<date>[A-Za-z0-9., ]{3,24}?))?                                 # , Dec. 18 / , 12 JAN 90
    \s*(?:\((?P<source>[^()\n]{2,60})\))?                                     # (AFP)
    \s*(?:(?:--|-|\u2013|\u2014|:)\s                                             # -
    |(?<=\))[ \t]+(?=[A-Z"\u201c]))                                              # or none: "EUTAW, Ala. (AP) A man"
    """,
    re.X,
)
#: a dateline's place written as a station's call letters ("KUTV (CBS) Salt Lake City police said"): an outlet, no
#: town; a dateline with no dash after its wire is read only where its place is no such name (parse)
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}")


@dataclass(frozen=True)
class Dateline:
    place: str | None
    date: str | None  # ISO date, or None when the dateline gives no year
    source: str | None
    end: int  # where the story proper begins
    month_day: tuple[int, int] | None = None  # (month, day) of a year-less date ("NIAMEY, Dec. 12 (Reuters) -")


def _upper_same_length(text: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def parse(text: str) -> Dateline | None:
    """The dateline at the start of `text`, if it has one; lower-case wire copy ("kirkuk, iraq, dec. 18 (afp) -")
    is read as if it were in capitals, and its place and source are given as written."""
    window = text[:DATELINE_WINDOW]
    lower_case = not any(c.isupper() for c in window)
    probe = _upper_same_length(window) if lower_case else window
    match = _DATELINE.match(probe)
    if not match:
        return None
    place = window[match.start("place"):match.end("place")].strip(" ,")
    has_caps_place = probe[match.start("place"):match.end("place")].split(",")[0].strip().isupper()
    raw_date = match.group("date")
    if lower_case and not (match.group("source") or raw_date):
        return None  # in lower-case text only a dated or sourced dateline is told apart from a sentence
    if not (has_caps_place or match.group("source")):
        return None  # "Police said - ..." is a sentence, not a dateline
    if not re.search(r"(?:--|-|\u2013|\u2014|:)\s*$", probe[:match.end()]) and (
            lower_case or not has_caps_place or " " in match.group("source").strip() or "\n" in match.group()
            or not any(c.islower() for c in window[match.end():match.end() + UNDASHED_LOOKAHEAD])
            or _CALL_LETTERS.fullmatch(place.split(",")[0].strip().upper())):
        # no dash after the wire's brackets ("EUTAW, Ala. (AP) A man was shot"): a dateline where its town is in
        # capitals, its wire one word and all on one line, and the story after it in mixed case, as wire copy
        # writes them; "Police (AP) said" and "FBI (Federal Bureau) agents" are sentences, "KUTV (CBS)" a station,
        # and in text all in capitals "THE PEOPLE'S DEFENSE FRONT (PDF) SAID TODAY" a name and its acronym
        return None
    iso = parse_date(raw_date) if raw_date else None
    month_day = None
    if raw_date and iso is None:
        month_day = _month_day(raw_date)
        if month_day is None and not _MONTH_ONLY.search(raw_date):
            # the "date" part was really the second half of the place ("BAGHDAD, Iraq")
            place = f"{place}, {window[match.start('date'):match.end('date')].strip()}"
    source = window[match.start("source"):match.end("source")] if match.group("source") else None
    return Dateline(place=place or None, date=iso, source=source.strip() if source else None, end=match.end(),
                    month_day=month_day)


_MONTH_ONLY = re.compile(rf"^\s*{_MONTH}\s*\d{{0,2}}\s*$", re.I)
_MONTH_DAY = re.compile(rf"^\s*(?:({_MONTH})\s*(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH}))\s*$", re.I)


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a year-less date ("Dec. 12", "12 DEC"), or None."""
    match = _MONTH_DAY.match(text)
    if not match:
        return None
    month_word, day = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    month = MONTHS.get(month_word.lower().rstrip("."))
    if not month or not 1 <= int(day) <= 31:
        return None
    try:
        date(2000, month, int(day))  # a leap year: any real month and day
    except ValueError:
        return None
    return month, int(day)


def infer_year(month: int, day: int, text: str, known: date | None = None) -> str | None:
    """The date of a year-less dateline ("NIAMEY, Dec. 12 (Reuters) -"): the most recent (month, day) consistent
    with the file's own date `known` (not after it, but for a day or two of time zones; today when there is none)
    and with the years the text names: a story that names years is taken to come from the latest of them (wire
    copy names its own year: "elections set for March 2020"), so long as that is not after `known`."""
    upper = (known or date.today()) + timedelta(days=YEARLESS_TOLERANCE_DAYS)
    named = [int(y) for y in _YEAR_NAMED.findall(text) if int(y) <= upper.year]
    year = max(named) if named else upper.year
    for candidate_year in range(year, max(year - 8, EARLIEST_PUBLISHED.year - 1), -1):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if candidate <= upper:
            return candidate.isoformat()
    return None


def plausible(day: date, today: date | None = None) -> bool:
    """True for a publication date between EARLIEST_PUBLISHED and a year from today."""
    today = today or date.today()
    return EARLIEST_PUBLISHED <= day <= today + timedelta(days=LATEST_AHEAD_DAYS)


def strict_date(value: str, what: str, *, publication: bool = False) -> str:
    """`value` if it is a real date written YYYY-MM-DD (and, for a publication date, a plausible one); otherwise
    UsageError naming `what` ("--date", "--from") and the problem."""
    text = value.strip() if isinstance(value, str) else value
    if not isinstance(text, str) or not _STRICT_ISO.fullmatch(text):
        raise UsageError(f"{what}: {value!r} is not a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a real date") from None
    if publication and not plausible(day):
        raise UsageError(f"{what}: {value!r} is not a plausible publication date "
                         f"({EARLIEST_PUBLISHED.isoformat()} to a year from today)")
    return text


def parse_date(text: str) -> str | None:
    """An absolute date with a year in `text` ("12 JAN 90", "Dec. 18, 2022", "2022-12-18"), as ISO."""
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups()))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        year = full_year(int(parts["y"])) if len(parts["y"]) == 2 else int(parts["y"])
        try:
            return date(year, month_no or 0, int(parts["d"])).isoformat()
        except ValueError:
            continue
    return None


def full_year(two_digits: int) -> int:
    return 2000 + two_digits if two_digits <= TWO_DIGIT_YEAR_PIVOT else 1900 + two_digits


# -- dates in a page's address ---------------------------------------------------------------------------------
#: a date in an address before this year is taken for an identifier, not a day (the web's news is younger)
ADDRESS_EARLIEST = date(1990, 1, 1)
_ADDRESS_DATES = (
    # /2016/03/14/ , /2016/3/14 , /2016/03/14.html (not /2015/12/11-year-old-shot.html: a month's folder)
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=[/?#]|\.html?|$)"),
    # /2016/jan/26/
    re.compile(rf"/((?:19|20)\d\d)/({_MONTH})/(\d{{1,2}})(?=[/?#]|\.html?|$)", re.I),
    # 2016-03-14 and 2016_03_14 anywhere (?date=2016-03-14, /story-2016-03-14/)
    re.compile(r"(?<![\d])((?:19|20)\d\d)([-_])(\d\d)\2(\d\d)(?!\d)"),
    # /20160314/ , -20160314. , ?date=20160314: eight digits standing alone between separators
    re.compile(r"(?<=[/\-_.=])((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.?&#]|$)"),
)


def address_date(url: str | None, today: date | None = None) -> str | None:
    """The publication day a page's address states ("https://x.com/2016/03/14/man-shot" -> "2016-03-14"; also
    /20160314/ and ?date=2016-03-14), as ISO; None where it states none. A date that is no real day, lies after
    `today` or before ADDRESS_EARLIEST is taken for an identifier and skipped."""
    if not url:
        return None
    upper = today or date.today()
    for pattern in _ADDRESS_DATES:
        for match in pattern.finditer(url):
            year, month, day_no = (g for g in match.groups() if g not in ("-", "_"))
            try:
                day = date(int(year), int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")],
                           int(day_no))
            except (ValueError, KeyError):  # no real day; 'sepember'
                continue
            if ADDRESS_EARLIEST <= day <= upper:
                return day.isoformat()
    return None


#: a web archive's address of a page it saved: the day it saved it ("web.archive.org/web/20141015130845/http://...")
_ARCHIVED = re.compile(r"\bweb\.archive\.org/web/(\d{4})(\d{2})(\d{2})\d*(?:[a-z_]+)?/", re.I)


def archived_on(url: str | None) -> date | None:
    """The day a web archive saved the page at `url`, by the timestamp its address states; None for any other
    address. No page was published after it was saved: the day bounds its publication date."""
    match = _ARCHIVED.search(url or "")
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
