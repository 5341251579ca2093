"""Session 30 (issue 18): thinc's products hold OpenBLAS at one thread without threadpoolctl's `limit` (parse._Ops
reads the BLAS libraries once and sets a library's threads only where they differ); casing.letter_shares counts the
ASCII letters with bytes.translate. Both give what they gave before."""
from __future__ import annotations

import numpy
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from eventwire import casing, parse
from eventwire.options import default_options


def _blas_threads() -> list[int]:
    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


def test_products_read_the_blas_libraries_once():
    ops = parse._numpy_ops()
    assert isinstance(ops.blas, list)
    assert all(lib.user_api == "blas" for lib in ops.blas)


@pytest.mark.parametrize("threads", [1, 2])
def test_products_leave_blas_threads_as_they_found_them(threads):
    if not _blas_threads():
        pytest.skip("NumPy's BLAS is not visible to threadpoolctl")
    ops = parse._numpy_ops()
    x = numpy.arange(20, dtype="float32").reshape(4, 5)
    with threadpool_limits(limits=threads, user_api="blas"):
        got = ops.gemm(x, x, trans2=True)
        assert set(_blas_threads()) == {threads}
    assert numpy.array_equal(got, x @ x.T)


def test_people_found_with_the_products_held():
    # a sentence written for this test
    text = "Detective Carla Mendes said the two brothers were found near Oakridge Park on Sunday."
    options = default_options()
    with threadpool_limits(limits=2, user_api="blas"):
        spans = parse.people(text, [(0, len(text))], options)
    assert [text[s:e] for s, e in spans] == ["Carla Mendes"]


def _shares_by_character(text: str) -> tuple[float, float] | None:
    letters = [c for c in text[:casing.CASE_SAMPLE_CHARS] if c.isalpha()]
    if not letters:
        return None
    return (sum(1 for c in letters if c.islower()) / len(letters),
            sum(1 for c in letters if c.isupper()) / len(letters))


# texts written for this test: mixed case, capitals, lower case, letters outside ASCII, no letters at all
SHARE_TEXTS = [
    "Two men were hurt when a car struck a bus shelter on Pine Avenue, police said.",
    "TROOPS FIRED ON A CROWD IN THE MARKET OF SAN LORENZO, WITNESSES SAID.",
    "the council met on tuesday and voted to reopen the old mill road.",
    "Ä crowd in Łódź cheered; the mayor’s “plan” — ñ, ß, Σσ, Иван, ǅ, ⅰⅱ — passed.",
    "1234 5678 -- ... !!",
    "",
    "\u00c9TAT D'URGENCE D\u00c9CR\u00c9T\u00c9 \u00c0 BAMAKO " * 200,
]


@pytest.mark.parametrize("text", SHARE_TEXTS)
def test_letter_shares_are_the_shares_counted_by_character(text):
    casing.letter_shares.cache_clear()
    assert casing.letter_shares(text) == _shares_by_character(text)


def test_letter_shares_count_only_the_sample():
    head = "a" * casing.CASE_SAMPLE_CHARS
    casing.letter_shares.cache_clear()
    assert casing.letter_shares(head + "ÉÉÉ" + "B" * 100) == (1.0, 0.0)
    assert casing._NOT_ASCII.findall("plain words") == []


def test_every_two_token_rule_is_looked_up_by_one_of_its_tokens():
    """A pair whose first token is tested by a pattern ("y'all": ^y'?$ then "all") is looked up where its second
    token's word is, not tried at every token; tests/test_parse.py compares the attributes written with spaCy's."""
    options = default_options()
    rules = parse.load_pipeline(options.parse.model, tuple(options.parse.exclude)).get_pipe(
        "eventwire_attribute_rules")
    assert rules.pairs
    assert all(keys is not None for _, _, _, keys, _ in rules.pairs)
    assert any(offset == 1 for *_, offset in rules.pairs)
    import spacy

    theirs = spacy.load(options.parse.model, exclude=list(options.parse.exclude))
    theirs.add_pipe("eventwire_paragraphs", before="parser")
    # written for this test
    text = "Y'all stay inside, the deputy told the crowd at the gate, and y all of them did. Ya all right?"
    ours = parse.load_pipeline(options.parse.model, tuple(options.parse.exclude))(text)
    assert [(t.pos_, str(t.morph)) for t in ours] == [(t.pos_, str(t.morph)) for t in theirs(text)]
