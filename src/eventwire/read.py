"""Readers: turn files, directories, globs, stdin, JSONL, HTML, feeds and WARC into Article records."""
from __future__ import annotations

import fnmatch
import glob
import gzip
import io
import json
import os
import re
import sys
import warnings
from datetime import date
from typing import IO, Callable, Collection, Iterable, Iterator, Sequence

from . import datelines
from .errors import InputError
from .options import Options, default_options
from .records import Article, Failure, content_hash

#: the seed format: a first line "date YYYY-MM-DD" whose body continues on the same line; any case
#: ("DATE 2020-01-06"), with or without a colon
SEED_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
#: a first line "Date: January 6, 2020" (any case) with a date in words
WORDED_HEADER = re.compile(r"^\s*date\s*:[ \t]*([^\n]{6,40}?)[ \t]*(?:\n|$)", re.I)
#: characters of an article the language is judged on: enough for a confident guess, cheap on long texts
LANGUAGE_SAMPLE_CHARS = 2000
#: language names for the notice; other codes are printed as they are
LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fa": "Persian", "fr": "French",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pt": "Portuguese", "ru": "Russian",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "zh": "Chinese", "hi": "Hindi", "id": "Indonesian",
    "sw": "Swahili", "so": "Somali", "ps": "Pashto", "he": "Hebrew", "pl": "Polish", "ro": "Romanian",
}
#: share of control bytes above which a file is taken for binary (NUL alone is decisive)
BINARY_CONTROL_SHARE = 0.05
#: sniff this many bytes to tell formats apart without reading a whole file
SNIFF_BYTES = 4096
#: an article given a date more than a week after the day its address states ("/article/20140914/6-wounded-..."
#: given 2016-05-31) is dated by its address (address_dated): a date that late is when the page was crawled or
#: captured, the address's day when the story ran, and the text's "Sunday" is a weekday of that week. On the GVA
#: file outside 301-450, 17 articles' addresses state a day 20 to 1,412 days before their given date, and in all 17
#: the address's day is nearer the day of the shooting. A date given within the week after the address's day (33
#: articles, the address's day nearer in all of them too) is still the page's own (an update, a next day's edition:
#: tests/test_read_address.py holds that), as is one before it (5, a print edition's next-day address)
ADDRESS_BEFORE_GIVEN_DAYS = 8

ReadResult = Article | Failure

#: a video player's playlist line: a clip's running time, then (on the same line or the next) the clip's title, another
#: story's headline ('0:41 Officers cleared in harbor shooting', or '2:58' alone before 'Prosecutor shows the
#: footage ...'). A clock time is not one: 'a.m.', 'p.m.', 'o'clock', 'hours' after it
CLIP_LINE = re.compile(
    r"^[ \t]*\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:])"
    r"(?![ \t]*(?:[ap]\.?[ \t]?m\b|[ap]\.m\.|o'clock|uhr\b|hours?\b|hrs?\b|-|\u2013|to\b))(?P<rest>[^\n]*)$",
    re.I | re.M)
#: a link to another story set in the text: 'RELATED: Pair wounded near Linden Park', 'See also: ...' (not 'Read
#: more:', which often links the story itself: 'Read more: Valley Herald - 4 hurt in Friday shooting leave hospital'); a
#: list's mark may lead it ('• Related: ...', '►Related: ...', LINK_MARKS)
LINK_MARKS = "•►▶▸»·■*"
LINK_LINE = re.compile(rf"^[ \t]*(?:[{re.escape(LINK_MARKS)}][ \t]*)?(?:related|see also|also read)[ \t]*:[ \t]*\S[^\n]*$",
                       re.I | re.M)
#: a link line is at most so long (its headline); a longer one is let be
LINK_LINE_MAX_CHARS = 200
#: a line that heads a list of teasers of the site's other stories ('More stories you may like on <outlet>', 'You
#: might also like these articles:', 'Recommended for you'): each short paragraph under it (at most
#: TEASER_MAX_CHARS) is another story's headline and lead, and coded it was an incident the article does not report; a
#: longer paragraph is the story again. The line names the stories it offers, so that a short quote of the story ('"Say
#: what you may like," he said.') heads nothing
TEASER_HEADER = re.compile(
    r"^[ \t]*(?:[^\n]{0,30}\b(?:stories|articles|videos|news|reads)\b[ \t]+you\s+(?:may|might)\s+(?:also\s+)?"
    r"(?:like|enjoy|have\s+missed)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)\s+(?:(?:these|this|the\s+following)\s+)?"
    r"(?:news\s+)?(?:stories|articles|videos)"
    r"|recommended\s+for\s+you)\b[^\n.!?\"\u201d]{0,30}:?[ \t]*$", re.I | re.M)
TEASER_MAX_CHARS = 300
#: a line that heads a box of links to other stories, alone on its line ('Related Stories:', 'RELATED ARTICLES',
#: 'MORE FROM <outlet>', 'More Local News'): the lines under it that are list items or headlines (LINK_ITEM) are the
#: links; the first line that is neither (a sentence closed by a full stop) is the story again
LINK_HEADER = re.compile(r"^[ \t]*(?:related(?:\s+(?:stories|story|articles?|links?|content|headlines?))?"
                         r"|more\s+(?:local\s+)?(?:news|stories|headlines)(?:\s+(?:from|on)\s+\S+)?"
                         r"|more\s+from\s+\S+)[ \t]*:?[ \t]*$", re.I)
#: a link under LINK_HEADER: led by a list's mark ('+ Man dead in ...', LINK_MARKS) or a headline, not closed by a
#: full stop, at most LINK_LINE_MAX_CHARS
LINK_ITEM = re.compile(rf"^[ \t]*(?:[{re.escape(LINK_MARKS)}+][ \t]*\S[^\n]*|[^\n]*[^\s.!?\"'\u201d\u2019:])[ \t]*$")
#: a video carousel's paragraph: 'Caption', a headline and its clip's lead told twice ('Caption Crash closes bridge A
#: truck hit the rail on Route 9. (Station video) A truck hit the rail on Route 9.'); the outlet's other clips, one
#: after another. A photo's own caption ('Caption + Two officers at the scene') tells its lead once
CAROUSEL = re.compile(r"^[ \t]*Caption[ \t]+(?:Video:[ \t]*)?[A-Z0-9\"'\u2018\u201c]")
#: a run of so many characters told twice in a paragraph makes it a carousel's (CAROUSEL)
CAROUSEL_REPEAT_CHARS = 40
#: so many clip lines at least make a page's text a playlist (one time-led line may be the story's own timeline)
PLAYLIST_MIN_CLIPS = 2
#: a clip's title on the line after its lone running time is at most so long (a story's paragraph is longer) and is
#: not closed by a full stop
CLIP_TITLE_MAX_CHARS = 200
#: an embedded social post: a line that ends in its author's name, handle and the day it was posted ('Crews are
#: still on Birch Road pic.twitter.com/Ab12Cd — Dana Ortiz (@dortiz_news) June 3, 2016'), a reporter's or the
#: police's post quoted whole in the page. The post's day read as its act's day made the act told in it another
#: incident (the post of the next morning, a day after the shooting), and the story tells that act in its own words
EMBEDDED_POST = re.compile(r"[\u2014\u2013-][ \t]*[^\n()]{0,60}\(@\w{1,20}\)[ \t]*"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]*\d{4}[ \t]*$",
                           re.I)
#: the page furniture title_as_text takes out of a text (without_furniture)
FURNITURE = frozenset({"links", "playlist", "lists", "posts"})


def read_inputs(paths: Sequence[str], options: Options | None = None, *, default_date: str | None = None) -> Iterator[ReadResult]:
    """Yield an Article or a Failure for every article found in `paths` (files, directories, globs, "-").

    A file reached twice (named twice, or through a symbolic link) is read once; symbolic-link loops in folders
    are not followed round; a folder that cannot be listed is a Failure naming it."""
    options = options or default_options()
    if default_date is not None:
        default_date = datelines.strict_date(default_date, "--date", publication=True)
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", options, default_date)
            continue
        found = False
        for item in _expand(path, options):
            found = True
            if isinstance(item, Failure):
                yield item
                continue
            key = file_identity(item)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            yield from read_path(item, options, default_date=default_date)
        if not found:
            yield Failure(origin=path, reason="no such file, directory or matching glob")


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of a file, so one reached twice (a link, a repeated argument) is read once; None if unreadable."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def read_path(path: str | os.PathLike[str], options: Options | None = None, *, default_date: str | None = None) -> Iterator[ReadResult]:
    """Yield the article(s) of one file; a problem with the file becomes a Failure naming it."""
    options = options or default_options()
    origin = str(path)
    try:
        if not os.path.isfile(path):
            raise InputError(origin, "not a file")
        if os.path.getsize(path) == 0:
            raise InputError(origin, "empty file")
        with open(path, "rb") as fh:
            yield from _read_stream(fh, origin, options, default_date)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.problem)
    except OSError as exc:
        yield Failure(origin=origin, reason=f"cannot read ({exc.strerror or exc})")


def read_text(text: str, origin: str = "<text>", *, default_date: str | None = None, options: Options | None = None) -> Article:
    """Make an Article of a plain or seed-format text; raises InputError when it cannot be coded (no text, a
    language eventwire does not code, or no date where [read] require_date asks for one)."""
    options = options or default_options()
    result = _finish(_plain_article(text, origin, options, default_date), options)
    if isinstance(result, Failure):
        raise InputError(result.origin, result.reason)
    return result


def _expand(path: str, options: Options) -> Iterator[str | Failure]:
    if os.path.isdir(path):
        yield from _walk(path, options)
    elif os.path.exists(path) or os.path.islink(path):
        yield path
    elif glob.has_magic(path):
        yield from sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))


def _walk(top: str, options: Options) -> Iterator[str | Failure]:
    """Files under `top` matching read.patterns, in name order; symbolic links to folders are followed once
    (a loop is not gone round), hidden names are skipped as glob does, an unlistable folder is a Failure."""
    visited: set[tuple[int, int]] = set()
    out: list[str] = []
    problems: list[Failure] = []

    def onerror(exc: OSError) -> None:
        problems.append(Failure(origin=str(exc.filename or top), reason=f"cannot list folder ({exc.strerror or exc})"))

    for folder, dirs, files in os.walk(top, onerror=onerror, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError as exc:
            onerror(exc)
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in visited:
            dirs[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or _excluded(name, options):
                continue
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in options.read.patterns):
                full = os.path.join(folder, name)
                if os.path.isfile(full):
                    out.append(full)
    yield from problems
    yield from sorted(out)


def _excluded(path: str, options: Options) -> bool:
    name = os.path.basename(path)
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in options.read.exclude)


def _read_stream(fh: IO[bytes], origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    for result in _read_stream_raw(fh, origin, options, default_date):
        yield _finish(result, options) if isinstance(result, Article) else result


def _read_stream_raw(fh: IO[bytes], origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    head = fh.read(SNIFF_BYTES)
    if not head:
        yield Failure(origin=origin, reason="empty input")
        return
    wide = _utf16(head)
    if wide:
        # UTF-16 (Windows "Unicode" exports): decode it all, then read it as the UTF-8 it becomes
        try:
            data = head + _read_limited(fh, options.read.max_bytes - len(head), origin, options)
            text = data.decode(wide)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)
            return
        except UnicodeDecodeError as exc:
            yield Failure(origin=origin, reason=f"not valid UTF-16 (at byte offset {exc.start})")
            return
        fh = io.BytesIO(text.lstrip("\ufeff").encode("utf-8"))
        head = fh.read(SNIFF_BYTES)
        if not head:
            yield Failure(origin=origin, reason="empty input")
            return
    kind = _sniff(origin, head)
    if kind == "warc":
        yield from _guard(origin, lambda: _read_warc(_rewind(fh, head), origin, options, default_date))
        return
    if kind == "jsonl":
        yield from _guard(origin, lambda: _read_jsonl(_rewind(fh, head), origin, options, default_date))
        return
    try:
        data = head + _read_limited(fh, options.read.max_bytes - len(head), origin, options)
        text = _decode_markup(data, origin) if kind in ("html", "feed") else _decode(data, origin)
        if kind == "feed":
            yield from _guard(origin, lambda: _read_feed(text, origin, options, default_date))
        elif kind == "html":
            yield from _guard(origin, lambda: [_html_article(text, origin, options, default_date)])
        else:
            yield _plain_article(text, origin, options, default_date)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.problem)


def _guard(origin: str, make: Callable[[], Iterable[ReadResult]]) -> Iterator[ReadResult]:
    """The results of `make`; an error from a third-party parser (a corrupt archive, a page that breaks the HTML
    extractor) becomes a Failure naming the input, never the end of the run."""
    try:
        yield from make()
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.problem)
    except RecursionError:
        yield Failure(origin=origin, reason="cannot read (nested too deeply)")
    except MemoryError:
        yield Failure(origin=origin, reason="cannot read (out of memory)")
    except Exception as exc:  # noqa: BLE001 - a corrupt input must not stop the batch
        yield Failure(origin=origin, reason=f"cannot read ({type(exc).__name__}: {_one_line(str(exc))})")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _rewind(fh: IO[bytes], head: bytes) -> IO[bytes]:
    """A stream that yields `head` again, then the rest of `fh` (stdin cannot seek)."""
    try:
        fh.seek(0)
        return fh
    except (OSError, io.UnsupportedOperation):
        return io.BufferedReader(_Chain(head, fh))


class _Chain(io.RawIOBase):
    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self._head[: len(buffer)] if self._head else self._rest.read(len(buffer))
        self._head = self._head[len(chunk) :] if self._head else b""
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _read_limited(fh: IO[bytes], budget: int, origin: str, options: Options) -> bytes:
    data = fh.read(max(budget, 0) + 1)
    if len(data) > budget:
        limit_mb = options.read.max_bytes / 1e6
        raise InputError(origin, f"larger than {limit_mb:g} MB (read.max_bytes); split it or raise the limit")
    return data


def _sniff(origin: str, head: bytes) -> str:
    name = origin.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")) or head.startswith(b"WARC/") or (
        head[:2] == b"\x1f\x8b" and b"WARC" in _gunzip_head(head)
    ):
        return "warc"
    if name.endswith(".jsonl") or name.endswith(".ndjson"):
        return "jsonl"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<rss") or stripped.startswith(b"<feed"):
        if b"<rss" in stripped or b"<feed" in stripped or b"<rdf" in stripped:
            return "feed"
    if name.endswith((".rss", ".atom")):
        return "feed"
    if name.endswith((".html", ".htm")) or stripped.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _gunzip_head(head: bytes) -> bytes:
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(head)).read(64)
    except (OSError, EOFError, ValueError):
        return b""


def _utf16(head: bytes) -> str | None:
    """"utf-16" for text with a UTF-16 byte-order mark, "utf-16-le"/"-be" for BOM-less UTF-16 whose every other
    byte is NUL (ASCII-range text as Windows saves it); None otherwise."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and not head.startswith(b"\xff\xfe\x00\x00"):
        return "utf-16"
    sample = head[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) >= 8:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0 and _mostly_text(even):
            return "utf-16-le"
        if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0 and _mostly_text(odd):
            return "utf-16-be"
    return None


def decode_text(data: bytes, origin: str) -> str:
    """Bytes of a text file as str: UTF-8 (or UTF-16 with its byte-order mark or as Windows writes it); InputError
    naming `origin` for binary data, NUL bytes or invalid UTF-8."""
    wide = _utf16(data[:SNIFF_BYTES])
    if wide:
        try:
            return data.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(origin, f"not valid UTF-16 (at byte offset {exc.start})") from None
    return _decode(data, origin)


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w.:-]+)|<\?xml[^>]+encoding=["']([\w.:-]+)""", re.I)


def _decode_markup(data: bytes, origin: str) -> str:
    """An HTML page or feed as text: UTF-8, else the charset it declares, else windows-1252 (what browsers assume
    for an unlabelled page). A NUL byte past the sniffed head is dropped, as browsers do; in the head it still
    marks a binary file."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or _control_share(head) > BINARY_CONTROL_SHARE:
        raise InputError(origin, "binary file, not text")
    data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(head)
    for charset in ([(declared.group(1) or declared.group(2)).decode("ascii", "ignore")] if declared else []) + ["cp1252"]:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            continue
    return data.decode("latin-1")


def _mostly_text(data: bytes) -> bool:
    """True when nearly every byte is printable ASCII or white space (the low bytes of UTF-16 Latin text)."""
    return sum(1 for b in data if 32 <= b < 127 or b in (9, 10, 13)) >= 0.9 * len(data)


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:SNIFF_BYTES] or _control_share(data[:SNIFF_BYTES]) > BINARY_CONTROL_SHARE:
        raise InputError(origin, "binary file, not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(origin, f"binary or corrupt: NUL byte at offset {nul}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(data)


def _article_id(text: str, hint: str | None = None) -> str:
    return hint or content_hash(text)


# -- dates -----------------------------------------------------------------------------------------------------
#: the note on an article nothing dates
UNDATED_NOTE = "no publication date, so relative dates such as weekdays are left unresolved (pass --date to set one)"


def _usable(value: str | None, what: str, notes: list[str]) -> str | None:
    """An ISO publication date if `value` is a real, plausible one; otherwise None and a note saying why."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        notes.append(f"{what} {value!r} is not a real date; ignored")
        return None
    if not datelines.plausible(day):
        notes.append(f"{what} {value} is not a plausible publication date; ignored")
        return None
    return value


def _published(origin: str, options: Options, default_date: str | None, notes: list[str], *,
               header: str | None = None, meta: str | None = None, line: datelines.Dateline | None = None,
               text: str = "", url: str | None = None, crawled: str | None = None) -> str | None:
    """The article's publication date: its header, then its metadata (JSON `date`, feed or page date), then its
    dateline (a year-less one dated by infer_year), then the day its address states (address_date, with a note),
    then the day a web archive fetched it (`crawled`), then --date; None (with a note) when nothing dates it, or an
    InputError where [read] require_date asks for a date. What the input states always wins over what is inferred."""
    found = _usable(header, "header date", notes) or _usable(meta, "date", notes)
    if not found and line is not None:
        found = _usable(line.date, "dateline date", notes)
        if not found and line.month_day is not None:
            known = date.fromisoformat(default_date) if default_date else _file_date(origin)
            if crawled and _usable(crawled, "archive date", []):
                known = date.fromisoformat(crawled)
            found = _usable(datelines.infer_year(*line.month_day, text, known), "dateline date", notes)
    if not found and (found := datelines.address_date(url)):
        notes.append(address_note(found, url))
    found = found or _usable(crawled, "archive date", notes) or default_date
    if not found:
        if options.read.require_date:
            raise InputError(origin, "no publication date (start the text with 'date YYYY-MM-DD', give a dateline, "
                                     "or pass --date)")
        notes.append(UNDATED_NOTE)
    return found


def address_note(day: str, url: str | None) -> str:
    """The note on an article dated by its address."""
    return f"publication date {day} taken from the page's address ({url})"


def address_dated(article: Article) -> Article:
    """`article` dated by the day its address states (datelines.address_date) when nothing else dates it, or when
    its given date is ADDRESS_BEFORE_GIVEN_DAYS or more after that day (a crawl's or a capture's date), with a note
    saying so: the reader does this for what it reads (_published); the pipeline does it for articles built by
    library users (code_article, code_text) and by the scorers."""
    if not (day := datelines.address_date(article.url)) or not _given_after(article.published, day):
        return article
    notes = tuple(n for n in article.notes if n != UNDATED_NOTE) + (address_note(day, article.url),)
    if article.published is not None:
        notes += (f"the page's own date {article.published} is later than its address's: taken for a crawl's or a "
                  "capture's date",)
    return article.replace(published=day, notes=notes)


def _given_after(given: str | None, day: str) -> bool:
    """Whether an article's given date is missing, or ADDRESS_BEFORE_GIVEN_DAYS or more after the ISO `day` its
    address states (a given date that is no ISO day is kept)."""
    if given is None:
        return True
    try:
        return (date.fromisoformat(given[:10]) - date.fromisoformat(day)).days >= ADDRESS_BEFORE_GIVEN_DAYS
    except ValueError:
        return False


def _file_date(origin: str) -> date | None:
    """The modification day of the file an input came from ("x.jsonl:3" -> x.jsonl), as an upper bound on the
    date of what it holds; None for standard input or when it cannot be read."""
    for candidate in (origin, origin.rsplit(":", 1)[0], origin.split("#", 1)[0]):
        try:
            if os.path.isfile(candidate):
                return date.fromtimestamp(os.path.getmtime(candidate))
        except (OSError, ValueError, OverflowError):
            continue
    return None


# -- the finishing checks every article passes -----------------------------------------------------------------
def _finish(article: Article, options: Options) -> ReadResult:
    """An article's last checks: NUL characters refused, over-long text cut at a paragraph break (with a note),
    a language eventwire does not code refused (a Failure of kind "language")."""
    text = article.text
    notes = list(article.notes)
    nul = text.find("\x00")
    if nul >= 0:
        return Failure(origin=article.origin or article.id, reason=f"binary or corrupt: NUL character at offset {nul}")
    limit = options.read.max_chars
    if len(text) > limit:
        cut = text.rfind("\n\n", 0, limit + 1)
        if cut < limit // 2:
            cut = max(text.rfind(". ", 0, limit), text.rfind("\n", 0, limit))
            cut = cut + 1 if cut >= limit // 2 else limit
        notes.append(f"article of {len(text):,} characters cut to its first {cut:,} (read.max_chars = {limit:,})")
        text = text[:cut]
    found = language(text, options)
    if found is not None:
        code, name = found
        return Failure(origin=article.origin or article.id, kind="language",
                       reason=f"written in {name} ({code}); eventwire codes {_names(options.read.languages)} only")
    if text is article.text and tuple(notes) == article.notes:
        return article
    return article.replace(text=text, notes=tuple(notes))


def _names(codes: Sequence[str]) -> str:
    return ", ".join(language_name(c) for c in codes)


_LANGUAGE_MODEL = None


def _identifier():
    """py3langid's identifier with normalised probabilities, loaded once per process from the model file the
    package ships (it fetches nothing)."""
    global _LANGUAGE_MODEL
    if _LANGUAGE_MODEL is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _LANGUAGE_MODEL = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _LANGUAGE_MODEL


def detect_language(text: str) -> tuple[str, float, int]:
    """(language code, confidence 0..1, letters judged) for the start of `text`."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return "", 0.0, 0
    code, confidence = _identifier().classify(sample)
    return str(code), float(confidence), letters


def language(text: str, options: Options) -> tuple[str, str] | None:
    """(code, name) of the language of `text` when eventwire cannot code it: not one of read.languages, judged
    with at least read.language_confidence on at least read.language_min_letters letters; None otherwise (an
    English text with a few foreign words, a headline of three words, numbers, and any text when
    read.languages is empty)."""
    wanted = options.read.languages
    if not wanted:
        return None
    code, confidence, letters = detect_language(text)
    if not code or code in wanted or letters < options.read.language_min_letters:
        return None
    if confidence < options.read.language_confidence:
        return None
    return code, language_name(code)


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("my" -> "Burmese"), else the code."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


#: invisible format characters that split a word where a page put them: the soft hyphen (U+00AD, a hyphenation
#: hint: "shoot\u00ading" is no trigger word to the scan or the parser), the zero-width space (U+200B), the word
#: joiner (U+2060) and the zero-width no-break space (U+FEFF, a byte-order mark inside a text). None shows on the page
#: or tells anything; the zero-width joiner and non-joiner (U+200C, U+200D), which shape Persian words and emoji, stay
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """The text without its invisible format characters (INVISIBLE); the same string when it has none."""
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


#: the note on an article whose input held a headline and no body text
TITLE_ONLY_NOTE = "no body text: coded from its title alone"


def closed_headline(title: str) -> str:
    """The headline stripped and closed by a full stop where it has no closing mark: without one the parser runs a
    headline on into the words after it."""
    title = title.strip()
    return title + ("" if title[-1] in ".!?" else ".")


def without_furniture(text: str, kinds: Collection[str] = FURNITURE) -> str:
    """The text without the page furniture of `kinds` (FURNITURE), taken out in one walk over its lines:

    - "links": a line that links another story (LINK_LINE: 'RELATED: Pair wounded near Linden Park'), left
      as a blank line;
    - "playlist": a video player's playlist (CLIP_LINE: news pages list the site's other clips, each a line led by
      its running time and titled, on that line or the next, by another story's headline), where the text holds at
      least PLAYLIST_MIN_CLIPS clip lines;
    - "lists": lists of other stories (_in_story_list: teasers under TEASER_HEADER, links under a LINK_HEADER alone
      on its line, video carousels);
    - "posts": an embedded social post (EMBEDDED_POST).

    Each is another story's headline or lead, or a post the story quotes, and coded it was an incident the article
    does not report (or the story's act again, on the day of the post). The text as it is when nothing is taken
    out; else the lines left, runs of blank lines closed up to one, stripped."""
    lines = text.split("\n")
    playlist = "playlist" in kinds and sum(1 for line in lines if CLIP_LINE.match(line)) >= PLAYLIST_MIN_CLIPS
    kept: list[str] = []
    pending_title = False  # a lone running time: the next non-blank line is its clip's title
    mode = ""  # "teaser" or "link" while under a story list's header
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append(line)
        elif "links" in kinds and len(stripped) <= LINK_LINE_MAX_CHARS and LINK_LINE.match(line):
            kept.append("")
        elif playlist and (clip := CLIP_LINE.match(line)):
            pending_title = not clip.group("rest").strip()
        elif pending_title and _clip_title(line):
            pending_title = False
        else:
            pending_title = False
            listed, mode = _in_story_list(line, mode) if "lists" in kinds else (False, mode)
            if not listed and not ("posts" in kinds and EMBEDDED_POST.search(line)):
                kept.append(line)
    if kept == lines:
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _clip_title(line: str) -> bool:
    """Whether a line after a lone running time is its clip's title: a headline, not a story's sentence (at most
    CLIP_TITLE_MAX_CHARS, not closed by a full stop)."""
    return len(line.strip()) <= CLIP_TITLE_MAX_CHARS and not line.rstrip().endswith(".")


def _in_story_list(line: str, mode: str) -> tuple[bool, str]:
    """(whether a non-blank line belongs to a list of other stories, the walk's mode after it): a header of teasers
    (TEASER_HEADER) or of links (LINK_HEADER) and the short paragraphs under it (a teaser of at most
    TEASER_MAX_CHARS; a link that is a list item or a headline, LINK_ITEM), or a video carousel's paragraph
    (CAROUSEL, a lead told twice). The first line that is none of these is the story again and ends the list."""
    stripped = line.strip()
    if TEASER_HEADER.match(line):
        return True, "teaser"
    if LINK_HEADER.match(line):
        return True, "link"
    if mode == "teaser" and len(stripped) <= TEASER_MAX_CHARS:
        return True, mode
    if mode == "link" and len(stripped) <= LINK_LINE_MAX_CHARS and LINK_ITEM.match(line):
        return True, mode
    return bool(CAROUSEL.match(line) and _told_twice(stripped)), ""


def without_playlist(text: str) -> str:
    """The text without a video player's playlist (without_furniture's "playlist"); as it is with fewer than
    PLAYLIST_MIN_CLIPS clip lines."""
    return without_furniture(text, ("playlist",))


def without_links(text: str) -> str:
    """The text without the lines that link another story (without_furniture's "links")."""
    return without_furniture(text, ("links",))


def without_story_lists(text: str) -> str:
    """The text without the page's lists of other stories (without_furniture's "lists")."""
    return without_furniture(text, ("lists",))


def without_posts(text: str) -> str:
    """The text without embedded social posts (without_furniture's "posts")."""
    return without_furniture(text, ("posts",))


def _told_twice(paragraph: str) -> bool:
    """Whether some run of CAROUSEL_REPEAT_CHARS characters of the paragraph occurs in it twice."""
    size = CAROUSEL_REPEAT_CHARS
    return any(paragraph.find(paragraph[k:k + size], k + size) >= 0
               for k in range(0, len(paragraph) - 2 * size + 1, size // 4))


def title_as_text(text: str | None, title: str | None) -> tuple[str, str | None]:
    """(the text to code, a note for the article or None): the text as read, without its page furniture
    (without_furniture: other stories' links, playlists and lists, embedded posts), or, when the input holds a
    headline and no body (an RSS item that is all headline, a crawl row whose page would not extract, a page that is
    all a video playlist), the headline (closed_headline) with TITLE_ONLY_NOTE; ("", None) when the input holds
    neither."""
    if text and text.strip():
        text = without_furniture(text)
    if text and text.strip():
        return text, None
    if not (title or "").strip():
        return "", None
    return closed_headline(title or ""), TITLE_ONLY_NOTE


# -- formats ---------------------------------------------------------------------------------------------------
def _plain_article(text: str, origin: str, options: Options, default_date: str | None) -> Article:
    if not text.strip():
        raise InputError(origin, "no text")
    notes: list[str] = []
    header = None
    body = text
    match = SEED_HEADER.match(text)
    if match:
        header = match.group(1)
        # Keep the article text as received from the body on, so offsets stay simple to check by eye.
        body = text[match.end() :]
    else:
        worded = WORDED_HEADER.match(text)
        if worded and datelines.parse_date(worded.group(1)):
            header = datelines.parse_date(worded.group(1))
            body = text[worded.end() :]
    if not body.strip():
        raise InputError(origin, "no text after the date header")
    line = datelines.parse(body)
    return Article(
        id=_article_id(body, _stem(origin)),
        text=body,
        source=line.source if line else None,
        published=_published(origin, options, default_date, notes, header=header, line=line, text=body),
        origin=origin,
        dateline_place=line.place if line else None,
        notes=tuple(notes),
    )


def _stem(origin: str) -> str | None:
    if origin.startswith("<"):
        return None
    name = os.path.basename(origin)
    for ext in (".txt", ".html", ".htm"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def _valid_iso(value: str) -> bool:
    try:
        date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _iso_or_none(value: object) -> str | None:
    """Accept ISO dates and timestamps ("2022-12-18T10:00:00Z") and keep the day."""
    if not value or not isinstance(value, str):
        return None
    head = value.strip()[:10]
    return head if _valid_iso(head) else datelines.parse_date(value[:200])


def _string(value: object) -> str | None:
    """A metadata field as text: strings and numbers as they are, NewsAPI's {"name": ...} objects by their name,
    lists by their strings joined; anything else None."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "title", "id", "url", "href"):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key]
        return None
    if isinstance(value, list):
        parts = [v for v in value if isinstance(v, str) and v.strip()]
        return "; ".join(parts) if parts else None
    return None


def _read_jsonl(fh: IO[bytes], origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    for number, raw in enumerate(fh, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        if len(raw) > options.read.max_bytes:
            yield Failure(origin=where, reason="line larger than read.max_bytes")
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield Failure(origin=where, reason="not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Failure(origin=where, reason=f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield Failure(origin=where, reason="not readable JSON (nested too deeply)")
            continue
        except ValueError as exc:
            yield Failure(origin=where, reason=f"not readable JSON ({_one_line(str(exc))})")
            continue
        try:
            yield _json_article(record, where, options, default_date)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)


def _json_text(record: dict) -> str | None:
    for key in ("text", "doctext", "notes", "summary", "content", "body"):
        value = record.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n\n".join(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _json_article(record: object, where: str, options: Options, default_date: str | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, "a JSON line must be an object with a 'text' field")
    text, note = title_as_text(_json_text(record), _string(record.get("title")))
    if not text:
        raise InputError(where, "no 'text' field")
    notes: list[str] = [note] if note else []
    dateline = record.get("dateline") if isinstance(record.get("dateline"), str) else None
    line = datelines.parse(dateline + " -- ") if dateline else datelines.parse(text)
    meta = _iso_or_none(record.get("date") or record.get("published") or record.get("publishedAt"))
    ident = record.get("id") or record.get("docid") or record.get("doc_id")
    ident = _string(ident) if not isinstance(ident, (dict, list)) else None
    url = _string(record.get("url")) if not isinstance(record.get("url"), (int, float)) else None
    return Article(
        id=ident or content_hash(text),
        text=text,
        source=_string(record.get("source")) or (line.source if line else None),
        url=url,
        title=_string(record.get("title")),
        published=_published(where, options, default_date, notes, meta=meta, line=line, text=text, url=url),
        origin=where,
        dateline_place=line.place if line else None,
        notes=tuple(notes),
    )


def _html_article(html: str, origin: str, options: Options, default_date: str | None, *, url: str | None = None,
                  fallback_date: str | None = None) -> Article:
    import trafilatura

    with warnings.catch_warnings():
        # htmldate's dateutil warns on every page with a zone it does not know ("EST"): the date is still read, and
        # a warning a page rather than a line naming the input is noise to a user coding a crawl
        warnings.simplefilter("ignore")
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    doc = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    # trafilatura puts one paragraph (or the headline) per line; a blank line keeps them apart as sentences
    text = re.sub(r"\n+", "\n\n", ((doc or {}).get("text") or "").strip())
    if not text.strip():
        raise InputError(origin, "no article text found in the HTML page")
    text, note = title_as_text(text, _string((doc or {}).get("title")))
    if not text.strip():
        raise InputError(origin, "no article text found in the HTML page")
    notes: list[str] = [note] if note else []
    line = datelines.parse(text)
    meta = _iso_or_none((doc or {}).get("date"))
    if meta and fallback_date and meta > fallback_date:
        meta = None  # a page cannot be published after it was crawled: trafilatura took a date from elsewhere
    url = url or _string((doc or {}).get("url"))
    return Article(
        id=_article_id(text, url or _stem(origin)),
        text=text,
        source=_string((doc or {}).get("sitename")) or (line.source if line else None),
        url=url,
        title=_string((doc or {}).get("title")),
        published=_published(origin, options, default_date, notes, meta=meta, line=line, text=text, url=url,
                             crawled=fallback_date),
        origin=origin,
        dateline_place=line.place if line else None,
        notes=tuple(notes),
    )


def _read_feed(text: str, origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        raise InputError(origin, f"not a readable RSS/Atom feed ({_one_line(str(feed.bozo_exception))})")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{_string(entry.get('id')) or number}"
        try:
            yield _feed_article(entry, where, options, default_date)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)


def _feed_article(entry, where: str, options: Options, default_date: str | None) -> Article:
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    text, note = title_as_text(_strip_html(body), _string(entry.get("title")))
    if not text:
        raise InputError(where, "feed entry has no text")
    notes: list[str] = [note] if note else []
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    meta = None
    if stamp:
        try:
            meta = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
        except (ValueError, AttributeError):
            meta = None
    line = datelines.parse(text)
    url = _string(entry.get("link"))
    return Article(
        id=str(_string(entry.get("id")) or url or content_hash(text)),
        text=text,
        source=(line.source if line else None),
        url=url,
        title=_string(entry.get("title")),
        published=_published(where, options, default_date, notes, meta=meta, line=line, text=text, url=url),
        origin=where,
        dateline_place=line.place if line else None,
        notes=tuple(notes),
    )


def _strip_html(fragment: str) -> str:
    """Text of an HTML fragment with paragraph breaks kept (feed bodies are small fragments)."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment)
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = ("\n\n" + block.tail) if block.tail else "\n\n"
    return re.sub(r"\n{3,}", "\n\n", root.text_content()).strip()


def _read_warc(fh: IO[bytes], origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(fh)
    damage: list[str] = []  # what warcio would have printed to stderr: a damaged record or gzip member
    while True:
        try:
            record = _quietly(lambda: next(records), damage)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio's errors on a cut or corrupt archive vary by version
            yield Failure(origin=origin, reason=f"truncated or corrupt archive ({type(exc).__name__}: "
                                                f"{_one_line(str(exc))}); records before it were read")
            return
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{origin}#{url}"
        ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
        if "html" not in ctype.lower():
            continue
        payload = _quietly(lambda: record.content_stream().read(options.read.max_bytes + 1), damage)
        if len(payload) > options.read.max_bytes:
            yield Failure(origin=where, reason="record larger than read.max_bytes")
            continue
        if getattr(record.raw_stream, "limit", 0) > 0:
            # fewer bytes than the record's Content-Length: the archive was cut inside this record
            yield Failure(origin=where, reason="truncated record (the archive ends inside it); not coded")
            continue
        charset = re.search(r"charset=([\w-]+)", ctype)
        try:
            html = payload.decode(charset.group(1) if charset else "utf-8", errors="replace")
        except LookupError:
            html = payload.decode("utf-8", errors="replace")
        warc_date = _iso_or_none(record.rec_headers.get_header("WARC-Date"))
        try:
            yield _html_article(html, where, options, default_date, url=url, fallback_date=warc_date)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)
    if not damage:
        damage.extend(_gzip_damage(fh))
    if damage:
        yield Failure(origin=origin, reason=f"damaged archive ({_one_line(damage[0], 120)}); the records before the "
                                            f"damage were read")


def _gzip_damage(fh: IO[bytes]) -> list[str]:
    """For a gzipped archive that can be read again: what is wrong with its compressed stream (warcio stops
    quietly at a cut gzip member, so a truncated .warc.gz would otherwise lose its last records in silence)."""
    import zlib

    try:
        fh.seek(0)
        if fh.read(2) != b"\x1f\x8b":
            return []
        fh.seek(0)
        with gzip.GzipFile(fileobj=fh) as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, io.UnsupportedOperation, ValueError) as exc:
        if isinstance(exc, io.UnsupportedOperation):
            return []
        return [f"{type(exc).__name__}: {exc}"]
    except (EOFError, zlib.error) as exc:
        return [f"cut short: {exc}"]
    return []


def _quietly(call: Callable[[], object], damage: list[str]):
    """call() with what it writes to stderr kept in `damage` instead (warcio reports damage there and goes on)."""
    import contextlib

    buffer = io.StringIO()
    try:
        with contextlib.redirect_stderr(buffer):
            return call()
    finally:
        if buffer.getvalue().strip():
            damage.append(buffer.getvalue().strip())
