"""Tests of the role-filler tagger (eventwire.roles); the real-model ones skip when no model is packaged."""
from __future__ import annotations

import pytest

from eventwire import roles

# written for these tests, not taken from any corpus
SENTENCE = (
    "Yesterday FMLN urban guerrillas used dynamite to blow up a power substation in the capital, "
    "the army reported."
)

needs_model = pytest.mark.skipif(not roles.available(), reason="no trained role model in the package")


def _found(text: str, spans) -> set[tuple[str, str]]:
    return {(text[s:e].lower(), lab) for s, e, lab in spans}


def test_normalize_keeps_offsets():
    text = "İSTANBUL\nBOMB\tBLAST"
    out = roles.normalize(text)
    assert len(out) == len(text)
    assert out.endswith("bomb blast")


def test_absent_model_gives_no_spans(monkeypatch, tmp_path):
    monkeypatch.setattr(roles, "_nlp", None)
    monkeypatch.setattr(roles, "_loaded", False)
    monkeypatch.setattr(roles, "model_path", lambda: tmp_path / "nothing-here")
    assert roles.tag_roles(SENTENCE) == []
    assert list(roles.tag_roles_many([SENTENCE, ""])) == [[], []]


@needs_model
@pytest.mark.parametrize("convert", [str, str.upper, str.lower], ids=["mixed", "upper", "lower"])
def test_finds_perporg_and_weapon(convert):
    text = convert(SENTENCE)
    found = _found(text, roles.tag_roles(text))
    assert ("fmln", "PERPORG") in found
    assert ("dynamite", "WEAPON") in found


@needs_model
def test_spans_are_offsets_into_the_input():
    text = "Police said two gunmen shot and killed the mayor, Ricardo Alvarez, outside his home.\n" * 2
    spans = roles.tag_roles(text)
    assert spans
    for s, e, lab in spans:
        assert 0 <= s < e <= len(text)
        assert lab in roles.LABELS
        assert text[s:e].strip() == text[s:e]


@needs_model
def test_many_matches_single():
    texts = [SENTENCE, "", "The weather was mild and the markets were calm.", SENTENCE.upper()]
    assert list(roles.tag_roles_many(texts)) == [roles.tag_roles(t) for t in texts]
