"""The rules' word lists (data/wordlists.toml): each is read by the code, well-formed, and matched as documented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire import wordlists
from eventwire.errors import ModelError

SRC = Path(wordlists.__file__).resolve().parent
CODE = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("section,name", [(s, n) for s, lists in wordlists.names().items() for n in lists])
def test_every_list_is_read_by_the_code_and_well_formed(section, name):
    assert re.search(rf'wordlists\.(?:words|phrases|alternation)\("{section}", "{name}"\)', CODE), \
        f"{section}.{name} is read by no module: remove it or use it"
    values = wordlists.phrases(section, name)
    assert len(values) == len(set(values)), f"{section}.{name} repeats an entry"
    if name.endswith("_patterns"):
        re.compile(wordlists.alternation(section, name))
    else:
        assert all(v == v.lower().strip() for v in values), f"{section}.{name}: words are matched lower-cased"


def test_a_missing_list_is_a_clear_error():
    with pytest.raises(ModelError, match="no list detect.nothing_here"):
        wordlists.words("detect", "nothing_here")


def test_word_lists_drive_the_rules():
    """A word moved to data still does its work: killed cattle are no dead people (detect.not_victims), killed
    villagers are (at least one: an uncounted plural), and 'massacred' reports a killing (kill_participles)."""
    from eventwire.pipeline import code_text

    cattle = code_text("The cattle were killed by raiders in Jonglei state on Monday.", "2020-03-03")
    assert [i.killed for i in cattle.incidents] == [None]
    people = code_text("The villagers were killed by raiders in Jonglei state on Monday.", "2020-03-03")
    assert [i.killed for i in people.incidents] == [1]
    massacre = code_text("Gunmen massacred 12 villagers in Jonglei state on Monday.", "2020-03-03")
    assert [i.killed for i in massacre.incidents] == [12]
