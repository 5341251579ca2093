"""Spun-text detection and repair: score how likely an article was machine-spun and restore its plain wording."""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .options import Options
from .records import SpinReport, Substitution

#: the substitution table (see the header of that file for its columns)
TABLE_FILE = "data/spin_substitutions.tsv"

#: evidence is counted per 100 words, but never over fewer than this many words: one odd phrase in a
#: two-line brief must not make the brief look spun
MIN_WORDS = 80
#: a short text needs at least this much evidence in all before it can score fully: one odd phrase in a
#: three-line brief ("in the direction of", "troopers") is not a spinner's signature. 1.0 cut false alarms
#: on short genuine ACLED notes from 60 to 8 in 12,919 while keeping 96% of spun MUC-4 train copies
MIN_EVIDENCE = 1.0
#: a form repeated many times is one habit of one writer, not many pieces of evidence: repeats count up to
#: MAX_REPEATS, or one per WORDS_PER_REPEAT words in longer texts, so that density does not fall with length
MAX_REPEATS = 3
WORDS_PER_REPEAT = 100
#: each distinct spinner form found adds FORM_BASE + its evidence, and each repeat (up to MAX_REPEATS)
#: REPEAT_SHARE of its evidence more: many different odd forms say "spinner" more surely than one form
#: repeated, which may be one writer's habit. Chosen on MUC-4 *train* against its spun copies, comparing
#: per-occurrence, per-form and mixed sums at a 1% false-positive rate (the mixed sum kept most recall)
FORM_BASE = 0.15
REPEAT_SHARE = 0.5
#: forms with evidence below this earn only part of FORM_BASE: "as a result of" alone is ordinary English
FULL_BASE_EVIDENCE = 0.2
#: score = 1 - exp(-density / SCALE), density = evidence per 100 words. SCALE 0.6 puts the default
#: threshold 0.5 at density 0.42, above 99.5% of genuine MUC-4 train texts (and below 97% of their spun copies)
SCALE = 0.6
#: an article only just over the threshold may be a genuine one: there a word needs up to BORDER_EXTRA
#: more confidence, the extra fading out over BORDER_WIDTH of score, so a false alarm changes little
BORDER_EXTRA = 0.35
BORDER_WIDTH = 0.2
#: evidence of a form whose context conditions all fail, as a share of its smallest row evidence
#: (e.g. "hearth" far from any weapon is still odd, but less telling)
UNMATCHED_EVIDENCE_SHARE = 0.5
#: words either side searched for a domain word by near= / not_near=; about a clause
DOMAIN_WINDOW = 6
#: domain words anywhere in the article that make it "about" the domain for topic= / not_topic=; two, so
#: one stray "ship" does not turn every spun "navy" into a real one
TOPIC_MIN_WORDS = 2
#: a spintax leftover ({a|b} or {that a}) is a spinner's own syntax, and its first alternative is what the
#: template would have produced. With a "|" nothing else looks like it; without one, a brace around words
#: may be a template placeholder in genuine copy ("{city}"), so it alone cannot flag an article
SPINTAX_EVIDENCE = 1.0
SPINTAX_BARE_EVIDENCE = 0.4
SPINTAX_CONFIDENCE = 0.95
#: an n-gram decision must beat keeping the word by this much (natural-log count units, about x3)
NGRAM_MARGIN = 1.1

# Domain words for near= / not_near= conditions. They pick a reading from the surrounding topic,
# e.g. "gentle" near "weapons" was "light", "navy" near "ship" is a real navy.
DOMAINS: dict[str, frozenset[str]] = {
    "weapons": frozenset(
        "gun guns gunfire weapon weapons rifle rifles pistol machine grenade grenades mortar mortars bomb bombs "
        "artillery rocket rockets missile missiles ammunition arms armed firearms explosive explosives shot shots "
        "shooting sniper fire hearth bullets bullet rpg ied shelling shells dynamite".split()
    ),
    "forces": frozenset(
        "army soldiers troopers troops police cops policemen forces security safety militants militant guerrillas "
        "guerrilla rebels insurgents fighters coalition officer officers military navy patrol battalion brigade "
        "commander terrorists terrorist jihadists gunmen attackers".split()
    ),
    "attack": frozenset(
        "attack attacks assault assaults attacked killed wounded injured bombing bombings explosion blast ambush "
        "raid raids clashes casualties dead died death deaths killing massacre".split()
    ),
    "time": frozenset(
        "month months year years yr week weeks day days night hours monday tuesday wednesday thursday friday "
        "saturday sunday january february march april may june july august september october november "
        "december".split()
    ),
    "captives": frozenset(
        "hostage hostages captive captives prisoner prisoners detainee detainees kidnapped abducted freed custody "
        "jail prison bail kidnappers ransom".split()
    ),
    "naval": frozenset(
        "ship ships vessel vessels sea seas fleet sailors sailor admiral naval port harbor harbour coast coastal "
        "submarine submarines destroyer frigate warship warships maritime boat boats carrier marines seal "
        "seals".split()
    ),
}

_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
# words, spaces and light punctuation only, so JSON, code or wiki markup in a page is not taken for spintax
_SPINTAX_RE = re.compile(r"\{([A-Za-z0-9 ,.'’|-]{1,120})\}")
_NUM_RE = re.compile(r"[0-9][0-9,.]*$")
_SENTENCE_END = set(".!?:;\"“”\n")


# ---------------------------------------------------------------- the table


@dataclass(frozen=True)
class _Row:
    spun: tuple[str, ...]
    original: str
    conditions: tuple[tuple[str, object], ...]
    confidence: float
    evidence: float
    ngram: bool


def _parse_conditions(spec: str) -> tuple[tuple[str, object], ...]:
    if spec in ("", "-"):
        return ()
    out: list[tuple[str, object]] = []
    for part in spec.split(";"):
        part = part.strip()
        if part in ("initial", "medial", "ngram"):
            out.append((part, None))
            continue
        key, _, value = part.partition("=")
        if key in ("near", "not_near", "topic", "not_topic"):
            names = value.split("|")
            unknown = [d for d in names if d not in DOMAINS]
            if unknown:
                raise ValueError(f"{TABLE_FILE}: unknown domain {unknown[0]!r}")
            out.append((key, frozenset().union(*(DOMAINS[d] for d in names))))
        elif key in ("next", "prev", "not_next", "not_prev", "not_prev2"):
            out.append((key, frozenset(w if w in ("CAP", "NUM") else w.lower() for w in value.split("|"))))
        else:
            raise ValueError(f"{TABLE_FILE}: unknown condition {part!r}")
    return tuple(out)


def load_table(lines: Iterable[str]) -> dict[str, list[tuple[tuple[str, ...], list[_Row]]]]:
    """Index table lines by first word: first word -> [(phrase, rows)], longest phrase first."""
    by_phrase: dict[tuple[str, ...], list[_Row]] = {}
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#") or line.startswith("spun\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{TABLE_FILE}: expected 5 tab-separated columns: {line!r}")
        spun, original, context, confidence, evidence = cols
        phrase = tuple(_key(w) for w in spun.split())
        conditions = _parse_conditions(context)
        row = _Row(
            spun=phrase,
            original=original.strip(),
            conditions=tuple(c for c in conditions if c[0] != "ngram"),
            confidence=float(confidence),
            evidence=float(evidence),
            ngram=any(c[0] == "ngram" for c in conditions),
        )
        by_phrase.setdefault(phrase, []).append(row)
    index: dict[str, list[tuple[tuple[str, ...], list[_Row]]]] = {}
    for phrase, rows in by_phrase.items():
        index.setdefault(phrase[0], []).append((phrase, rows))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[tuple[str, ...], list[_Row]]]]:
    raw = resources.files("eventwire").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return load_table(raw.splitlines())


@lru_cache(maxsize=1)
def _bigrams() -> dict[str, int]:
    """wordsegment's web bigram counts; loaded only when an ambiguous form has to be decided."""
    import wordsegment

    path = resources.files(wordsegment).joinpath("bigrams.txt")
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            pair, _, n = line.rpartition("\t")
            counts[pair] = int(n)
    return counts


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Repaired:
    """A text as received, its repaired form, the spin report, and the offset map between the two."""

    original: str  # text as received
    text: str  # repaired text (== original when not spun)
    report: SpinReport  # score, spun flag, substitutions (offsets into ORIGINAL)
    # (orig_start, orig_end, new_start, new_end) per applied substitution, in text order
    edits: tuple[tuple[int, int, int, int], ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the repaired text back to the original; a span touching a repair covers all of it."""
        if not self.edits:
            return start, end
        return self._map(start, True, 2, 0, 1), self._map(end, False, 2, 0, 1)

    def to_repaired(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the repaired text."""
        if not self.edits:
            return start, end
        return self._map(start, True, 0, 2, 3), self._map(end, False, 0, 2, 3)

    def _map(self, pos: int, is_start: bool, src: int, dst: int, dst_end: int) -> int:
        src_end = src + 1
        starts = [e[src] for e in self.edits]
        i = (bisect_right(starts, pos) if is_start else bisect_left(starts, pos)) - 1
        if i < 0:
            return pos
        edit = self.edits[i]
        inside = pos < edit[src_end] if is_start else pos <= edit[src_end]
        if inside:
            return edit[dst] if is_start else edit[dst_end]
        return pos - edit[src_end] + edit[dst_end]


def unrepaired(text: str) -> Repaired:
    """The text as it is, with a zero spin score (repair disabled, or nothing to do)."""
    return Repaired(original=text, text=text, report=SpinReport(score=0.0, spun=False))


# ---------------------------------------------------------------- matching


class _Context:
    """Per-text facts the conditions look at."""

    __slots__ = ("text", "tokens", "keys", "cased", "_topics")

    def __init__(self, text: str):
        self.text = text
        self.tokens = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        self.keys = [_key(text[s:e]) for s, e in self.tokens]
        letters = sum(1 for c in text[:4000] if c.isalpha())
        upper = sum(1 for c in text[:4000] if c.isupper())
        # capitals carry information only in normally cased text, not in lower-case or ALL-CAPS wire copy
        self.cased = letters > 0 and 0 < upper < 0.5 * letters
        self._topics: dict[frozenset, bool] = {}

    def in_set(self, i: int, words: frozenset) -> bool:
        if i < 0 or i >= len(self.keys):
            return False
        key = self.keys[i]
        if key in words:
            return True
        if "NUM" in words and _NUM_RE.match(key):
            return True
        if "CAP" in words and self.cased:
            s = self.tokens[i][0]
            return self.text[s].isupper()
        return False

    def near(self, i: int, j: int, words: frozenset) -> bool:
        lo, hi = max(0, i - DOMAIN_WINDOW), min(len(self.keys), j + DOMAIN_WINDOW)
        return any(self.keys[k] in words for k in range(lo, hi) if not i <= k < j)

    def topic(self, words: frozenset) -> bool:
        """Whether the article as a whole is about this domain (a few of its words anywhere)."""
        if words not in self._topics:
            self._topics[words] = sum(1 for k in self.keys if k in words) >= TOPIC_MIN_WORDS
        return self._topics[words]

    def initial(self, i: int) -> bool:
        start = self.tokens[i][0]
        k = start - 1
        while k >= 0 and self.text[k] in " \t\r":
            k -= 1
        return k < 0 or self.text[k] in _SENTENCE_END

    def followed_by_comma(self, j: int) -> bool:
        end = self.tokens[j - 1][1]
        return self.text[end : end + 1] == ","


def _holds(row: _Row, ctx: _Context, i: int, j: int) -> bool:
    for kind, arg in row.conditions:
        if kind == "next":
            ok = ctx.in_set(j, arg)  # type: ignore[arg-type]
        elif kind == "prev":
            ok = ctx.in_set(i - 1, arg)  # type: ignore[arg-type]
        elif kind == "not_next":
            ok = not ctx.in_set(j, arg)  # type: ignore[arg-type]
        elif kind == "not_prev":
            ok = not ctx.in_set(i - 1, arg)  # type: ignore[arg-type]
        elif kind == "not_prev2":
            ok = not (ctx.in_set(i - 1, arg) or ctx.in_set(i - 2, arg))  # type: ignore[arg-type]
        elif kind == "near":
            ok = ctx.near(i, j, arg)  # type: ignore[arg-type]
        elif kind == "not_near":
            ok = not ctx.near(i, j, arg)  # type: ignore[arg-type]
        elif kind == "topic":
            ok = ctx.topic(arg)  # type: ignore[arg-type]
        elif kind == "not_topic":
            ok = not ctx.topic(arg)  # type: ignore[arg-type]
        elif kind == "initial":
            ok = ctx.initial(i)
        elif kind == "medial":
            ok = not ctx.initial(i) and not ctx.followed_by_comma(j)
        else:  # pragma: no cover - rejected when the table is loaded
            ok = False
        if not ok:
            return False
    return True


def _ngram_choice(rows: list[_Row], ctx: _Context, i: int, j: int) -> _Row | None:
    """Pick the reading whose words fit their neighbours best in web bigram counts, or None to keep the form."""
    counts = _bigrams()
    prev = ctx.keys[i - 1] if i > 0 else None
    nxt = ctx.keys[j] if j < len(ctx.keys) else None

    def fit(words: list[str]) -> float:
        total = 0.0
        if prev:
            total += math.log1p(counts.get(f"{prev} {words[0]}", 0))
        if nxt:
            total += math.log1p(counts.get(f"{words[-1]} {nxt}", 0))
        return total

    keep = fit(list(ctx.keys[i:j]))
    best, best_fit = None, keep + NGRAM_MARGIN
    for row in rows:
        if _holds(row, ctx, i, j):
            score = fit(row.original.split())
            if score > best_fit:
                best, best_fit = row, score
    return best


def _match_case(replacement: str, spun: str) -> str:
    letters = [c for c in spun if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    words = spun.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        # a spun name ("Political Unit Release Front") is restored as a name, every word capitalised
        return " ".join(w[:1].upper() + w[1:] for w in replacement.split())
    if spun[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _scan(text: str) -> tuple[list[tuple[str, float, bool]], list[Substitution], int]:
    """Find spinner forms: (form, evidence, context held) per hit, proposed substitutions, and the word count."""
    ctx = _Context(text)
    table = _table()
    keys, tokens = ctx.keys, ctx.tokens
    hits: list[tuple[str, float, bool]] = []
    subs: list[Substitution] = []
    n = len(keys)
    i = 0
    while i < n:
        entries = table.get(keys[i])
        if not entries:
            i += 1
            continue
        matched = False
        for phrase, rows in entries:
            j = i + len(phrase)
            if j > n or tuple(keys[i:j]) != phrase:
                continue
            # the words of a phrase must be separated by spaces only, not by punctuation
            if any(not text[tokens[k][1] : tokens[k + 1][0]].isspace() for k in range(i, j - 1)):
                continue
            plain = [r for r in rows if not r.ngram]
            chosen = next((r for r in plain if _holds(r, ctx, i, j)), None)
            if chosen is None:
                ambiguous = [r for r in rows if r.ngram]
                if ambiguous:
                    chosen = _ngram_choice(ambiguous, ctx, i, j)
            if chosen is not None:
                evidence = chosen.evidence
            else:
                evidence = UNMATCHED_EVIDENCE_SHARE * min(r.evidence for r in rows)
            form = " ".join(phrase)
            hits.append((form, evidence, chosen is not None))
            if chosen is not None and chosen.original != "-" and chosen.confidence > 0:
                start, end = tokens[i][0], tokens[j - 1][1]
                spun = text[start:end]
                subs.append(Substitution(start, end, spun, _match_case(chosen.original, spun), chosen.confidence))
            i = j
            matched = True
            break
        if not matched:
            i += 1
    for m in _SPINTAX_RE.finditer(text):
        first = m.group(1).split("|")[0].strip()
        hits.append(("{}", SPINTAX_EVIDENCE if "|" in m.group(1) else SPINTAX_BARE_EVIDENCE, True))
        subs.append(Substitution(m.start(), m.end(), m.group(0), first, SPINTAX_CONFIDENCE))
    subs.sort(key=lambda s: s.start)
    return hits, subs, n


def _score(hits: list[tuple[str, float, bool]], words: int) -> float:
    best: dict[str, float] = {}
    count: dict[str, int] = {}
    base: dict[str, float] = {}
    cap = max(MAX_REPEATS, words // WORDS_PER_REPEAT)
    for form, evidence, held in hits:
        best[form] = max(best.get(form, 0.0), evidence)
        count[form] = count.get(form, 0) + 1
        if held and evidence > 0:
            # a weak form earns a share of the base; one whose context failed ("united states") earns none
            base[form] = max(base.get(form, 0.0), FORM_BASE * min(1.0, evidence / FULL_BASE_EVIDENCE))
    total = sum(
        base.get(f, 0.0) + e + REPEAT_SHARE * e * (min(count[f], cap) - 1) for f, e in best.items() if e > 0
    )
    density = 100.0 * total / max(words, MIN_WORDS)
    score = 1.0 - math.exp(-density / SCALE)
    if total < MIN_EVIDENCE:
        score *= total / MIN_EVIDENCE
    return round(score, 4)


# ---------------------------------------------------------------- the contract


def _min_confidence(options: Options) -> float:
    return float(getattr(options.repair, "min_confidence", 0.5))


def detect(text: str, options: Options) -> SpinReport:
    """Score how likely `text` is machine-spun; list the substitutions repair would make (offsets into `text`)."""
    hits, subs, words = _scan(text)
    score = _score(hits, words)
    threshold = options.repair.threshold
    margin = max(0.0, 1.0 - (score - threshold) / BORDER_WIDTH) if score >= threshold else 1.0
    floor = _min_confidence(options) + BORDER_EXTRA * margin
    kept = tuple(s for s in subs if s.confidence >= floor)
    # overlapping proposals (a spintax block inside a matched phrase) keep the earlier one
    clean: list[Substitution] = []
    for s in kept:
        if not clean or s.start >= clean[-1].end:
            clean.append(s)
    return SpinReport(score=score, spun=score >= threshold, substitutions=tuple(clean))


def apply(text: str, report: SpinReport) -> Repaired:
    """Apply a report's substitutions to `text`, keeping the offset map."""
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = 0
    out_len = 0
    for s in report.substitutions:
        pieces.append(text[pos : s.start])
        out_len += s.start - pos
        pieces.append(s.original)
        edits.append((s.start, s.end, out_len, out_len + len(s.original)))
        out_len += len(s.original)
        pos = s.end
    pieces.append(text[pos:])
    return Repaired(original=text, text="".join(pieces), report=report, edits=tuple(edits))


def repair(text: str, options: Options) -> Repaired:
    """Detect spin and, only where the article is judged spun, restore the likely original wording."""
    report = detect(text, options)
    if not report.spun or not report.substitutions:
        return Repaired(original=text, text=text, report=report)
    return apply(text, report)
