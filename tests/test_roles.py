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


# written for these tests: an attack told at the top, then paragraphs about other things, then a second attack
_FAR = ("The mayor spoke about the harvest festival and the new school in the valley, which opened last week. " * 12)
LONG = (SENTENCE + " Two policemen were wounded by the blast and the guerrillas fled towards the hills.\n\n" + _FAR
        + "\n\nLater, two masked gunmen killed the judge, Ricardo Alvarez, with rifles in front of his house. "
        + _FAR + " A spokesman for the FMLN guerrillas read a communique on the radio. " + _FAR
        + " FMLN guerrillas attacked the garrison with mortars on Sunday.")


@needs_model
@pytest.mark.parametrize("windows", [[(0, 120)], [(40, 60), (1500, 1700)], [(len(LONG) - 80, len(LONG) + 400)],
                                     [(-400, 10), (900, 1000), (1100, 1300)], []])
def test_near_gives_the_whole_texts_spans_within_the_windows(windows):
    whole = roles.tag_roles(LONG)
    near = next(roles.tag_roles_near([(LONG, windows)]))
    assert near == [s for s in whole if any(a <= s[0] <= b for a, b in windows)]


@needs_model
def test_near_tags_only_around_the_windows():
    windows = [(40, 60), (len(LONG) - 80, len(LONG))]
    stretches = roles._regions(roles.normalize(LONG), windows)
    assert sum(e - s for s, e in stretches) < len(LONG) / 2
    # each stretch starts and ends at a space (or the text's ends): it holds whole tokens of the whole text
    for s, e in stretches:
        assert s == 0 or LONG[s - 1] == " "
        assert e == len(LONG) or LONG[e] == " "


@needs_model
def test_near_reads_as_the_whole_text_for_extraction():
    """What extraction gives each incident from the tagger is the same whether the whole text was tagged or only
    the windows around the incidents' sentences (pipeline._finish tags only those)."""
    from eventwire import extract, pipeline
    from eventwire.options import default_options
    from eventwire.records import Article

    work = next(pipeline.detected([Article(id="t", text=LONG, published="1990-01-01")], default_options()))
    assert work.drafts
    near = next(roles.tag_roles_near([(work.text, extract.role_windows(work.drafts))]))
    whole = roles.tag_roles(work.text)
    assert extract._role_spans(work.drafts, near) == extract._role_spans(work.drafts, whole)
    assert extract._role_spans(work.drafts, near)
    assert len(near) < len(whole)  # the spokesman's FMLN, far from every incident, was not tagged


def test_near_without_model_gives_no_spans(monkeypatch, tmp_path):
    monkeypatch.setattr(roles, "_nlp", None)
    monkeypatch.setattr(roles, "_loaded", False)
    monkeypatch.setattr(roles, "model_path", lambda: tmp_path / "nothing-here")
    assert list(roles.tag_roles_near([(SENTENCE, [(0, 10)]), ("", [])])) == [[], []]
