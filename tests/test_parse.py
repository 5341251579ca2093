"""Parsing: re-casing wire copy keeps every character offset."""
from __future__ import annotations

import pytest

from eventwire import parse
from eventwire.parse import recase


@pytest.mark.parametrize("text", [
    "BOMB IN İZMIR. POLICE SAID THREE DIED.",
    "ßTRASSE WAS HIT. TWO DIED IN İSTANBUL.",
    "GUNMEN KILLED NINE POLICE OFFICERS IN KIRKUK. THE ISLAMIC STATE CLAIMED IT.",
])
def test_recase_keeps_every_offset(text):
    out = recase(text)
    assert len(out) == len(text)
    # every plain letter stays where it was, only its case may change
    assert all(o.lower() == t.lower() for o, t in zip(out, text) if t.isascii())
    assert out != text


# written for these tests
_TEXT = ("Superintendent Audley Peters said the gunman, Dylann Roof, fled towards Charleston. "
         "Rex Tillerson said the attack in Bassa LGA was cowardly. The mayor of Kirkuk, Ali Hassan, condemned it.")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for end in [i + 1 for i, c in enumerate(text) if c == "."]:
        out.append((start, end))
        start = end + 1
    return out


def test_people_without_shared_tok2vec():
    """The NER-only pipeline leaves out the shared tok2vec: the small model's NER reads its own, so the entities are
    the ones the pipeline with it finds."""
    import spacy

    from eventwire.options import default_options

    model = default_options().parse.model
    lean = parse._ner_pipeline(model)
    assert "tok2vec" not in lean.pipe_names
    full = spacy.load(model, exclude=[p for p in parse._NER_ONLY_EXCLUDE if p != "tok2vec"])
    assert "tok2vec" in full.pipe_names
    texts = [_TEXT[s:e] for s, e in _sentences(_TEXT)] + [_TEXT]
    ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in lean.pipe(texts)]
    assert ents == [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in full.pipe(texts)]
    assert any(ents)


def test_people_remembered_are_the_people_found(monkeypatch):
    from eventwire.options import default_options

    options = default_options()
    regions = _sentences(_TEXT)
    monkeypatch.setattr(parse, "_PEOPLE_CACHE", {})
    fresh = parse.people(_TEXT, regions, options)
    assert [_TEXT[s:e] for s, e in fresh] == ["Superintendent Audley Peters", "Dylann Roof", "Rex Tillerson",
                                             "Ali Hassan"]
    assert len(parse._PEOPLE_CACHE) == len(regions)
    calls = []
    monkeypatch.setattr(parse, "_ner_pipeline", lambda model: calls.append(model))
    # the same sentences elsewhere in another text: found from memory, at their offsets there
    moved = "Police said. " + _TEXT
    assert parse.people(moved, [(s + 13, e + 13) for s, e in regions], options) == [(s + 13, e + 13)
                                                                                  for s, e in fresh]
    assert parse.people(_TEXT, regions[1:], options) == [se for se in fresh if se[0] >= regions[1][0]]
    assert calls == []


def test_people_cache_stays_bounded(monkeypatch):
    from eventwire.options import default_options

    monkeypatch.setattr(parse, "_PEOPLE_CACHE", {})
    monkeypatch.setattr(parse, "PEOPLE_CACHE_SIZE", 2)
    regions = _sentences(_TEXT)
    found = parse.people(_TEXT, regions, default_options())
    assert len(parse._PEOPLE_CACHE) <= len(regions)
    assert parse.people(_TEXT, regions, default_options()) == found


# written for these tests: the words the English attribute ruler has rules of its own for, as they come in news
_RULED = ("There's a man who ain't gonna talk, and y'all know it. Let's see: I saw it, you saw me, it saw you. "
          "But he did not go, because nothin' was done.  Two  spaces\n\n and\ta tab. Police said it is what they "
          "have. Gotta go! c'mon, whether or not it was him, they'd have had to. \"It's over,\" said Col. Ali.")


def test_attribute_rules_write_what_spacys_ruler_writes():
    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from eventwire.options import default_options

    options = default_options()
    ours = parse.load_pipeline(options.parse.model, tuple(options.parse.exclude))
    assert "eventwire_attribute_rules" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    theirs = spacy.load(options.parse.model, exclude=list(options.parse.exclude))
    theirs.add_pipe("eventwire_paragraphs", before="parser")
    texts = [_RULED, _RULED.lower(), parse.recase(_RULED.upper()), _TEXT]
    columns = [POS, TAG, DEP, MORPH, LEMMA, HEAD]
    for a, b in zip(ours.pipe(texts), theirs.pipe(texts)):
        assert (a.to_array(columns) == b.to_array(columns)).all()
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
    # the rules did write: the tagger alone gives no part of speech
    assert {t.pos_ for t in ours(_RULED)} >= {"AUX", "PRON", "VERB", "SPACE", "PART", "SCONJ"}


def test_attribute_rules_leave_spacys_ruler_for_tests_they_do_not_know():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "LOWER": {"IN": ["bomb"]}}]], {"POS": "NOUN"})
    assert parse._rules_known(ruler)
    ruler.add([[{"SHAPE": "dd"}]], {"POS": "NUM"})
    assert not parse._rules_known(ruler)


def test_attribute_rules_remembered_matches_are_the_matches_found(monkeypatch):
    """AttributeRules remembers each token row's matches across docs: a doc coded with the memo warm, and with a memo
    so small it is emptied again and again, gets every attribute spaCy's own ruler writes."""
    import spacy
    from spacy.attrs import LEMMA, MORPH, POS

    from eventwire.options import default_options

    options = default_options()
    theirs = spacy.load(options.parse.model, exclude=list(options.parse.exclude))
    ruler = theirs.get_pipe("attribute_ruler")
    texts = [_RULED, _RULED.lower(), _TEXT, _RULED]
    expected = [d.to_array([POS, MORPH, LEMMA]) for d in theirs.pipe(texts)]
    for size in (parse.ROW_MEMO_SIZE, 5):
        monkeypatch.setattr(parse, "ROW_MEMO_SIZE", size)
        rules = parse.AttributeRules(ruler)
        for _ in range(2):  # the second time every row is remembered
            docs = [rules(d) for d in theirs.pipe(texts, disable=["attribute_ruler"])]
            assert all((d.to_array([POS, MORPH, LEMMA]) == e).all() for d, e in zip(docs, expected))
            assert len(rules.matched) <= size + len(_RULED) and len(rules.searched) <= size + len(_RULED)
        assert rules.matched
