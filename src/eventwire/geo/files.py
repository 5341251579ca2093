"""The packaged data files the geo stage reads (word lists, affixes, aliases), one place that finds them."""
from __future__ import annotations

from importlib import resources
from typing import Iterator

_DATA = resources.files("eventwire").joinpath("data")


def _lines(name: str) -> list[str]:
    return [ln for ln in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def _data_lines(name: str) -> Iterator[list[str]]:
    for line in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")
