"""The word lists the rules read (data/wordlists.toml), by stage: domain words live in data, not in code."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import ModelError

#: the packaged file of word lists
WORDLISTS = "wordlists.toml"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    raw = resources.files("eventwire").joinpath("data", WORDLISTS).read_text(encoding="utf-8")
    return tomllib.loads(raw)


def phrases(section: str, name: str) -> tuple[str, ...]:
    """The list `name` of `section`, in file order."""
    try:
        values = _table()[section][name]
    except KeyError:
        raise ModelError(f"data/{WORDLISTS}: no list {section}.{name}") from None
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise ModelError(f"data/{WORDLISTS}: {section}.{name} must be a list of non-empty strings")
    return tuple(values)


def words(section: str, name: str) -> frozenset[str]:
    """The list `name` of `section` as a set, for membership tests on lower-cased words."""
    return frozenset(phrases(section, name))


def alternation(section: str, name: str) -> str:
    """The regular-expression fragments of list `name` of `section` as one alternation, in file order."""
    return "|".join(phrases(section, name))


def names() -> dict[str, list[str]]:
    """Every section's list names (for the test that each is used)."""
    return {section: list(lists) for section, lists in _table().items()}
