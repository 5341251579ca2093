"""Session 27 (issue 18): thinc's matrix products through NumPy's OpenBLAS instead of BLIS (parse.NUMPY_GEMM), with
the same parse, the same entities and BLAS held at one thread; the people NER on the parse's vocabulary."""
from __future__ import annotations

import numpy
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from eventwire import parse, roles
from eventwire.options import default_options

# news-style sentences written for this test
TEXTS = [
    "Gunmen shot dead two police officers at a checkpoint near Maiduguri on Tuesday, a military spokesman said.",
    "A man of 31 was hit in the arm by gunfire on the 2700 block of North Avers Avenue early Sunday morning.",
    "POLICE SAID THE SUSPECT, JOHN DOE, FLED IN A SILVER SEDAN AFTER FIRING SEVERAL SHOTS INTO THE CROWD.",
    "Sheriff Maria Lopez told reporters that the victims were taken to Mercy Hospital in critical condition.",
]


def _nodes(nlp):
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def _blis_users(nlp) -> int:
    return sum(1 for node in _nodes(nlp) if getattr(node.ops, "use_blis", False))


def _pipelines():
    options = default_options()
    return (parse.load_pipeline(options.parse.model, tuple(options.parse.exclude)),
            parse._ner_pipeline(options.parse.model))


def test_pipelines_multiply_through_numpy():
    for nlp in _pipelines():
        assert any(True for _ in _nodes(nlp))
        assert _blis_users(nlp) == 0


def _read(nlp, texts):
    return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.is_sent_start, t.ent_type_) for t in doc]
            + [(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_same_parse_and_entities_as_blis():
    from thinc.api import NumpyOps

    blis = NumpyOps(use_blis=True)
    for nlp in _pipelines():
        ours = _read(nlp, TEXTS)
        kept = [(node, node.ops) for node in _nodes(nlp)]
        try:
            for node, _ in kept:
                node.ops = blis
            theirs = _read(nlp, TEXTS)
        finally:
            for node, ops in kept:
                node.ops = ops
        assert ours == theirs


class _Spy:
    """numpy in the ops' place, noting OpenBLAS's threads in each product."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def __getattr__(self, name):
        return getattr(numpy, name)

    def dot(self, *args, **kwargs):
        self.threads.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
        return numpy.dot(*args, **kwargs)


def test_gemm_holds_blas_threads():
    ops = type(parse._numpy_ops())()
    if not any(i["user_api"] == "blas" for i in threadpool_info()):
        pytest.skip("NumPy's BLAS is not visible to threadpoolctl")
    spy = _Spy()
    ops.xp = spy
    x = numpy.arange(12, dtype="float32").reshape(3, 4)
    with threadpool_limits(limits=2, user_api="blas"):
        got = ops.gemm(x, x, trans2=True)
        after = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    assert spy.threads and set(spy.threads) == {1}
    assert set(after) == {2}
    assert numpy.array_equal(got, x @ x.T)


def test_people_ner_reads_with_the_parse_vocabulary():
    import spacy

    options = default_options()
    nlp, ner = _pipelines()
    assert ner.vocab is nlp.vocab
    # a pipeline of the same model loaded later leaves the words the parse has met known to the vocabulary
    nlp("Gunmen from Zorblaxton fired on a convoy near Qwertuvo.")
    before = len(nlp.vocab)
    later = parse._load_sharing_vocab(options.parse.model, parse._NER_ONLY_EXCLUDE)
    assert later.vocab is nlp.vocab and len(nlp.vocab) >= before and "Zorblaxton" in nlp.vocab
    # and finds the people a NER with a vocabulary of its own finds
    own = parse.numpy_gemm(spacy.load(options.parse.model, exclude=list(parse._NER_ONLY_EXCLUDE)))
    assert own.vocab is not nlp.vocab
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ner.pipe(TEXTS)] == \
        [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in own.pipe(TEXTS)]


# the role tagger (roles._load) multiplies through NumPy too, with the same spans; sentences written for this test
ROLE_TEXTS = [
    "Gunmen shot dead two police officers at a checkpoint near Maiduguri on Tuesday, a military spokesman said.",
    "THE GUERRILLAS ATTACKED THE ARMY POST WITH MACHINE GUNS AND GRENADES, KILLING THREE SOLDIERS.",
]


def test_role_tagger_multiplies_through_numpy_with_the_same_spans():
    from thinc.api import NumpyOps

    assert roles.available(), "the role tagger ships with eventwire (data/models)"
    nlp = roles._load()
    assert not any(getattr(node.ops, "use_blis", False) for node in _nodes(nlp))
    ours = [roles.tag_roles(t) for t in ROLE_TEXTS]
    assert any(ours)
    kept = [(node, node.ops) for node in _nodes(nlp)]
    try:
        for node, _ in kept:
            node.ops = NumpyOps(use_blis=True)
        assert [roles.tag_roles(t) for t in ROLE_TEXTS] == ours
    finally:
        for node, ops in kept:
            node.ops = ops
