"""Property tests (hypothesis) on the edges that take anything: readers, datelines, dates, counts and the repair
offset map. Each states what must hold for every input, not for chosen examples (issue 16)."""
from __future__ import annotations

import io
import json
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from eventwire import counts, datelines, repair, timex
from eventwire.errors import UsageError
from eventwire.options import Options
from eventwire.read import _read_stream
from eventwire.records import Article, Failure, SpinReport, Substitution

OPTIONS = Options.load(overrides={"read": {"max_bytes": 200_000}}, use_env=False)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WIRE_WORDS = ["KIRKUK", "Iraq", "Dec.", "18", "2022", "(AFP)", "-", "--", ",", "12", "JAN", "90", "date", "DATE",
              "2020-01-06", "niamey", "(reuters)", "Gunmen", "killed", "9", "police", "on", "Sunday", "\n", " ",
              "last", "month", "29", "Feb", "9999-12-31", "0001-01-01", "at", "least", "between", "and", "dozens"]
wire_text = st.lists(st.sampled_from(WIRE_WORDS), max_size=30).map(" ".join) | st.text(max_size=300)
NAMES = ["a.txt", "a.jsonl", "a.html", "a.rss", "a.warc", "a.warc.gz", "a.json", "<stdin>"]


def _read(data: bytes, name: str) -> list:
    return list(_read_stream(io.BytesIO(data), name, OPTIONS, None))


def _well_formed(results: list, name: str) -> None:
    for r in results:
        assert isinstance(r, (Article, Failure))
        if isinstance(r, Failure):
            assert r.origin.startswith(name) and r.reason and "\n" not in r.reason
        else:
            assert r.text.strip() and "\x00" not in r.text and len(r.text) <= OPTIONS.read.max_chars
            if r.published is not None:
                assert datelines.plausible(date.fromisoformat(r.published))


# -- readers -----------------------------------------------------------------------------------------------------
@FAST
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES))
@example(data=b"\xff\xfe" + "date 2020-01-01 hi".encode("utf-16-le"), name="a.txt")
@example(data=b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", name="a.jsonl")
@example(data=b"WARC/1.0\r\nContent-Length: 99999\r\n\r\nabc", name="a.warc")
def test_readers_turn_any_bytes_into_articles_or_named_failures(data, name):
    _well_formed(_read(data, name), name)


@FAST
@given(text=wire_text, name=st.sampled_from(["a.txt", "a.html", "<stdin>"]))
def test_readers_turn_any_text_into_articles_or_named_failures(text, name):
    _well_formed(_read(text.encode("utf-8", "surrogatepass"), name), name)


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                      max_size=4), max_leaves=12)


@FAST
@given(record=st.dictionaries(st.sampled_from(["id", "text", "date", "url", "title", "source", "dateline", "docid",
                                               "doctext", "published", "content"]), json_value, max_size=8))
def test_jsonl_records_of_any_shape_are_read_or_named(record):
    line = json.dumps(record, allow_nan=True).encode() + b"\n"
    results = _read(line + line, "a.jsonl")
    _well_formed(results, "a.jsonl")
    assert len(results) == 2


# -- datelines and dates -------------------------------------------------------------------------------------------
@FAST
@given(text=wire_text)
@example(text="NIAMEY, Feb. 29 (Reuters) - x")
@example(text="kirkuk, iraq, dec. 18, 2022 (afp) - gunmen")
def test_datelines_never_raise_and_give_real_dates(text):
    line = datelines.parse(text)
    if line is not None:
        assert 0 < line.end <= len(text)
        if line.date:
            date.fromisoformat(line.date)
        if line.month_day:
            date(2000, *line.month_day)
    found = datelines.parse_date(text)
    if found:
        date.fromisoformat(found)


@FAST
@given(month=st.integers(1, 12), day=st.integers(1, 31), text=wire_text,
       known=st.none() | st.dates(date(1850, 1, 1), date(2100, 12, 31)))
def test_a_yearless_date_is_never_after_the_file_date(month, day, text, known):
    try:
        date(2000, month, day)
    except ValueError:
        assume(False)
    found = datelines.infer_year(month, day, text, known)
    if found is not None:
        d = date.fromisoformat(found)
        assert (d.month, d.day) == (month, day)
        assert d <= (known or date.today()) + timedelta(days=datelines.YEARLESS_TOLERANCE_DAYS)


@FAST
@given(value=st.text(max_size=14) | st.dates().map(date.isoformat))
def test_strict_dates_accept_exactly_real_yyyy_mm_dd(value):
    try:
        out = datelines.strict_date(value, "--date")
    except UsageError as exc:
        assert "--date" in str(exc)
        return
    assert len(out) == 10 and date.fromisoformat(out).isoformat() == out


@FAST
@given(text=wire_text, ref=st.none() | st.dates(date(1800, 1, 1), date(2200, 12, 31)))
def test_time_expressions_stay_in_the_text_and_in_order(text, ref):
    for t in timex.find(text, ref, offset=7):
        assert 7 <= t.start < t.end <= len(text) + 7 and text[t.start - 7 : t.end - 7] == t.text
        assert t.earliest <= t.latest and t.precision in ("day", "week", "month", "year")
    for start, end in timex.relative_phrases(text, 0):
        assert 0 <= start < end <= len(text)


# -- counts --------------------------------------------------------------------------------------------------------
@FAST
@given(text=wire_text)
def test_counts_never_raise_and_ranges_are_ordered(text):
    found = counts.parse_count(text)
    if found is not None:
        assert 0 <= found.low <= found.high and found.value == found.low
    for match in counts.count_pattern().finditer(text):
        parsed = counts.parse_count(match.group(0))
        assert parsed is None or parsed.low <= parsed.high


@FAST
@given(n=st.integers(0, 10**9))
def test_digits_read_back_as_written(n):
    assert counts.words_to_int(str(n)) == n
    assert counts.words_to_int(f"{n:,}") == n
    assert counts.parse_count(f"at least {n}") == counts.Count(n, n)


# -- the repair offset map -----------------------------------------------------------------------------------------
@st.composite
def edited(draw):
    text = draw(st.text(alphabet="abcdefgh ,.", min_size=0, max_size=80))
    # substitutions replace one or more characters by one or more (the table has no empty forms: an empty
    # replacement maps an empty span at its place to (start + 1, start), a case the table never produces)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    subs = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        subs.append(Substitution(start=a, end=b, spun=text[a:b], original=draw(st.text(alphabet="XYZ", min_size=1, max_size=6)),
                                 confidence=0.9))
    return text, subs


@FAST
@given(case=edited(), data=st.data())
def test_the_offset_map_points_into_the_text_as_received(case, data):
    text, subs = case
    fixed = repair.apply(text, SpinReport(score=1.0, spun=True, substitutions=tuple(subs)))
    n = len(fixed.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = fixed.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    touched = any(not (end <= e[2] or start >= e[3]) or e[2] == e[3] == start for e in fixed.edits)
    if not touched:
        assert text[o_start:o_end] == fixed.text[start:end]
        assert fixed.to_repaired(o_start, o_end) == (start, end)


SPUN = ["stated", "states", "advised", "informed", "hearth", "machine gun", "slain", "terrorists", "the", "police",
        "gunmen", "killed", "in", "Kirkuk", "on", "Sunday", ".", ","]


@SLOW
@given(words=st.lists(st.sampled_from(SPUN), max_size=60), data=st.data())
def test_repairs_of_spun_text_map_every_span_back_in_bounds(words, data):
    text = " ".join(words)
    fixed = repair.repair(text, Options.load(overrides={"repair": {"threshold": 0.0}}, use_env=False))
    n = len(fixed.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = fixed.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    for s in fixed.report.substitutions:
        assert text[s.start:s.end].lower() == s.spun.lower() or text[s.start:s.end] == s.spun
