"""Wire datelines ("KIRKUK, Iraq, Dec. 18 (AFP) -", "SAN SALVADOR, 12 JAN 90 (RADIO ...) --") and absolute dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

#: two-digit years at or below this are 20xx, above it 19xx (wire copy from 1989 to today)
TWO_DIGIT_YEAR_PIVOT = 40
#: a dateline sits in the first characters of an article
DATELINE_WINDOW = 160

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s*,?\s+(\d{{4}}|\d{{2}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)   # KIRKUK, Iraq
    (?:,\s*(?P<date>[A-Za-z0-9., ]{3,24}?))?                                 # , Dec. 18 / , 12 JAN 90
    \s*(?:\((?P<source>[^()\n]{2,60})\))?                                     # (AFP)
    \s*(?:--|-|\u2013|\u2014|:)\s""",
    re.X,
)


@dataclass(frozen=True)
class Dateline:
    place: str | None
    date: str | None  # ISO date, or None when the dateline gives no year
    source: str | None
    end: int  # where the story proper begins


def parse(text: str) -> Dateline | None:
    """The dateline at the start of `text`, if it has one."""
    match = _DATELINE.match(text[:DATELINE_WINDOW])
    if not match:
        return None
    place = match.group("place").strip(" ,")
    has_caps_place = place.split(",")[0].isupper()
    if not (has_caps_place or match.group("source")):
        return None  # "Police said - ..." is a sentence, not a dateline
    raw_date = match.group("date")
    iso = parse_date(raw_date) if raw_date else None
    if raw_date and iso is None and not _MONTH_ONLY.search(raw_date):
        # the "date" part was really the second half of the place ("BAGHDAD, Iraq")
        place = f"{place}, {raw_date.strip()}"
    source = match.group("source")
    return Dateline(place=place or None, date=iso, source=source.strip() if source else None, end=match.end())


_MONTH_ONLY = re.compile(rf"^\s*{_MONTH}\s*\d{{0,2}}\s*$", re.I)


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
