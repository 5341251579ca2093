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
from datetime import date
from typing import IO, Callable, Iterable, Iterator, Sequence

from . import datelines
from .errors import InputError
from .options import Options, default_options
from .records import Article, Failure, content_hash

#: the seed format: a first line "date YYYY-MM-DD" whose body continues on the same line
SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
#: share of control bytes above which a file is taken for binary (NUL alone is decisive)
BINARY_CONTROL_SHARE = 0.05
#: sniff this many bytes to tell formats apart without reading a whole file
SNIFF_BYTES = 4096

ReadResult = Article | Failure


def read_inputs(paths: Sequence[str], options: Options | None = None, *, default_date: str | None = None) -> Iterator[ReadResult]:
    """Yield an Article or a Failure for every article found in `paths` (files, directories, globs, "-")."""
    options = options or default_options()
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", options, default_date)
            continue
        found = list(_expand(path, options))
        if not found:
            yield Failure(origin=path, reason="no such file, directory or matching glob")
        for file in found:
            yield from read_path(file, options, default_date=default_date)


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
    """Make an Article of a plain or seed-format text; raises InputError when it has no usable date."""
    return _plain_article(text, origin, options or default_options(), default_date)


def _expand(path: str, options: Options) -> Iterator[str]:
    if os.path.isdir(path):
        names: set[str] = set()
        for pattern in options.read.patterns:
            names.update(glob.glob(os.path.join(path, "**", pattern), recursive=True))
        yield from sorted(n for n in names if os.path.isfile(n) and not _excluded(n, options))
    elif os.path.exists(path):
        yield path
    elif glob.has_magic(path):
        yield from sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))


def _excluded(path: str, options: Options) -> bool:
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(name, pattern) for pattern in options.read.exclude)


def _read_stream(fh: IO[bytes], origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    head = fh.read(SNIFF_BYTES)
    if not head:
        yield Failure(origin=origin, reason="empty input")
        return
    kind = _sniff(origin, head)
    if kind == "warc":
        yield from _guard(origin, lambda: _read_warc(_rewind(fh, head), origin, options, default_date))
        return
    if kind == "jsonl":
        yield from _read_jsonl(_rewind(fh, head), origin, options, default_date)
        return
    try:
        data = head + _read_limited(fh, options.read.max_bytes - len(head), origin, options)
        text = _decode(data, origin)
        if kind == "feed":
            yield from _read_feed(text, origin, options, default_date)
        elif kind == "html":
            yield _html_article(text, origin, options, default_date)
        else:
            yield _plain_article(text, origin, options, default_date)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.problem)


def _guard(origin: str, make: Callable[[], Iterable[ReadResult]]) -> Iterator[ReadResult]:
    try:
        yield from make()
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.problem)
    except Exception as exc:  # a corrupt archive must not stop the batch
        yield Failure(origin=origin, reason=f"cannot read ({type(exc).__name__}: {exc})")


def _rewind(fh: IO[bytes], head: bytes) -> IO[bytes]:
    """A stream that yields `head` again, then the rest of `fh` (stdin cannot seek)."""
    try:
        fh.seek(0)
        return fh
    except (OSError, io.UnsupportedOperation):
        return io.BufferedReader(_Chain(head, fh))  # type: ignore[arg-type]


class _Chain(io.RawIOBase):
    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
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
    except (OSError, EOFError):
        return b""


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:SNIFF_BYTES] or _control_share(data[:SNIFF_BYTES]) > BINARY_CONTROL_SHARE:
        raise InputError(origin, "binary file, not text")
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


def _require_date(published: str | None, default_date: str | None, origin: str, required: bool) -> str | None:
    value = published or default_date
    if not value and required:
        raise InputError(origin, "no publication date (start the text with 'date YYYY-MM-DD', give a dateline, or pass --date)")
    return value


def _plain_article(text: str, origin: str, options: Options, default_date: str | None) -> Article:
    if not text.strip():
        raise InputError(origin, "no text")
    published = None
    body = text
    match = SEED_HEADER.match(text)
    if match:
        published = match.group(1)
        if not _valid_iso(published):
            raise InputError(origin, f"invalid date {published!r} in the header")
        # Keep the article text as received from the body on, so offsets stay simple to check by eye.
        body = text[match.end() :]
    line = datelines.parse(body)
    if line is not None:
        published = published or line.date
    if not body.strip():
        raise InputError(origin, "no text after the date header")
    return Article(
        id=_article_id(body, _stem(origin)),
        text=body,
        source=line.source if line else None,
        published=_require_date(published, default_date, origin, options.read.require_date),
        origin=origin,
        dateline_place=line.place if line else None,
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
    return head if _valid_iso(head) else datelines.parse_date(value)


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
        try:
            yield _json_article(record, where, options, default_date)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)


def _json_article(record: object, where: str, options: Options, default_date: str | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, "a JSON line must be an object with a 'text' field")
    text = record.get("text") or record.get("doctext") or record.get("notes") or record.get("summary")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no 'text' field")
    dateline = record.get("dateline") if isinstance(record.get("dateline"), str) else None
    line = datelines.parse(dateline + " -- ") if dateline else datelines.parse(text)
    published = _iso_or_none(record.get("date") or record.get("published")) or (line.date if line else None)
    ident = record.get("id") or record.get("docid") or record.get("doc_id")
    return Article(
        id=str(ident) if ident is not None else content_hash(text),
        text=text,
        source=record.get("source") or (line.source if line else None),
        url=record.get("url"),
        title=record.get("title"),
        published=_require_date(published, default_date, where, options.read.require_date),
        origin=where,
        dateline_place=line.place if line else None,
    )


def _html_article(html: str, origin: str, options: Options, default_date: str | None, *, url: str | None = None,
                  fallback_date: str | None = None) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    doc = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    # trafilatura puts one paragraph (or the headline) per line; a blank line keeps them apart as sentences
    text = re.sub(r"\n+", "\n\n", ((doc or {}).get("text") or "").strip())
    if not text.strip():
        raise InputError(origin, "no article text found in the HTML page")
    published = _iso_or_none((doc or {}).get("date")) or fallback_date
    line = datelines.parse(text)
    return Article(
        id=_article_id(text, url or _stem(origin)),
        text=text,
        source=(doc or {}).get("sitename") or (line.source if line else None),
        url=url or (doc or {}).get("url"),
        title=(doc or {}).get("title"),
        published=_require_date(published or (line.date if line else None), default_date, origin, options.read.require_date),
        origin=origin,
        dateline_place=line.place if line else None,
    )


def _read_feed(text: str, origin: str, options: Options, default_date: str | None) -> Iterator[ReadResult]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        raise InputError(origin, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{entry.get('id') or number}"
        try:
            yield _feed_article(entry, where, options, default_date)
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.problem)


def _feed_article(entry, where: str, options: Options, default_date: str | None) -> Article:
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    text = _strip_html(body)
    if not text.strip():
        raise InputError(where, "feed entry has no text")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
    line = datelines.parse(text)
    url = entry.get("link")
    return Article(
        id=str(entry.get("id") or url or content_hash(text)),
        text=text,
        source=(line.source if line else None),
        url=url,
        title=entry.get("title"),
        published=_require_date(published or (line.date if line else None), default_date, where, options.read.require_date),
        origin=where,
        dateline_place=line.place if line else None,
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

    for record in ArchiveIterator(fh):
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{origin}#{url}"
        ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
        if "html" not in ctype.lower():
            continue
        payload = record.content_stream().read(options.read.max_bytes + 1)
        if len(payload) > options.read.max_bytes:
            yield Failure(origin=where, reason="record larger than read.max_bytes")
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
