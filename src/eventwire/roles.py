"""Role fillers: a trained tagger that marks perpetrators, targets, victims and weapons in article text."""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from .parse import lower_keeping_offsets, numpy_gemm

#: labels the tagger emits (MUC-4 role slots)
LABELS = ("PERPIND", "PERPORG", "TARGET", "VICTIM", "WEAPON")

#: package-relative location of the trained model (written by scripts/train_roles.py)
MODEL_SUBDIR = ("data", "models", "roles")

_WS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " "})

#: characters of text tagged on each side of a window (tag_roles_near): the tagger's tok2vec reads four tokens each
#: side of a word and its entity decisions carry on from the word before, so a few words settle it into the state it
#: has over the whole text; 100 characters are 15-20 words (300 until session 11; 30, 60 and 100 gave the spans of
#: 300 on 200 MUC-4 and 300 GVA texts, and coding is identical on every evaluation set: docs/scale.md)
CONTEXT_CHARS = 100

_lock = threading.Lock()
_nlp = None
_loaded = False


def normalize(text: str) -> str:
    """Lower-case `text` and turn line breaks/tabs into spaces, keeping every character offset.

    The tagger is trained on lower-cased MUC-4 text whose line breaks are spaces, so it sees the
    same thing at run time whether the article is mixed case, ALL CAPS or lower-case.
    """
    return lower_keeping_offsets(text).translate(_WS)


def model_path() -> Path:
    """Where the trained model lives inside the installed package."""
    return Path(str(resources.files("eventwire").joinpath(*MODEL_SUBDIR)))


def _load():
    global _nlp, _loaded
    if _loaded:
        return _nlp
    with _lock:
        if not _loaded:
            path = model_path()
            if (path / "config.cfg").is_file():
                import spacy

                _nlp = numpy_gemm(spacy.load(path))
            _loaded = True
    return _nlp


def available() -> bool:
    """True when the trained model is present in the package."""
    return _load() is not None


def _spans(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def tag_roles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans over `text`; [] when the model is absent or text is empty."""
    nlp = _load()
    if nlp is None or not text:
        return []
    return _spans(nlp(normalize(text)))


def tag_roles_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[list[tuple[int, int, str]]]:
    """tag_roles for many texts, batched through nlp.pipe; yields one list per input text, in order."""
    nlp = _load()
    if nlp is None:
        for _ in texts:
            yield []
        return
    for doc in nlp.pipe((normalize(t or "") for t in texts), batch_size=batch_size):
        yield _spans(doc)


def _regions(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of `text` to tag for `windows`: each window widened by CONTEXT_CHARS and out to the spaces
    around it (the tokenizer splits at spaces first, so a stretch holds exactly the whole text's tokens), overlapping
    stretches joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
        lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        hi = len(text) if (space := text.find(" ", hi)) < 0 else space
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def tag_roles_near(items: Iterable[tuple[str, Sequence[tuple[int, int]]]],
                   batch_size: int = 32) -> Iterator[list[tuple[int, int, str]]]:
    """For each (text, windows): tag_roles(text)'s spans that start within a window (start <= span start <= end),
    tagging only the stretches of text around the windows. Coding reads only the fillers near an incident's
    sentences, and most of a long article is none of them. Yields one list per item, in order."""
    nlp = _load()
    items = list(items)
    if nlp is None:
        yield from ([] for _ in items)
        return
    stretches: list[tuple[int, int, str]] = []  # (item number, where the stretch starts, its text)
    for number, (text, windows) in enumerate(items):
        normal = normalize(text or "")
        stretches.extend((number, lo, normal[lo:hi]) for lo, hi in _regions(normal, windows))
    found: list[list[tuple[int, int, str]]] = [[] for _ in items]
    docs = nlp.pipe((stretch for _, _, stretch in stretches), batch_size=batch_size)
    for (number, lo, _), doc in zip(stretches, docs):
        windows = items[number][1]
        found[number].extend((lo + s, lo + e, label) for s, e, label in _spans(doc)
                             if any(a <= lo + s <= b for a, b in windows))
    yield from found
