"""Role fillers: a trained tagger that marks perpetrators, targets, victims and weapons in article text."""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from .parse import lower_keeping_offsets

#: labels the tagger emits (MUC-4 role slots)
LABELS = ("PERPIND", "PERPORG", "TARGET", "VICTIM", "WEAPON")

#: package-relative location of the trained model (written by scripts/train_roles.py)
MODEL_SUBDIR = ("data", "models", "roles")

_WS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " "})

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

                _nlp = spacy.load(path)
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
