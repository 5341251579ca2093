"""Session 27 (issue 18): the role tagger multiplies through NumPy's OpenBLAS (parse.numpy_gemm), with the same spans."""
from __future__ import annotations

import pytest

from eventwire import roles

# news-style sentences written for this test
TEXTS = [
    "Gunmen shot dead two police officers at a checkpoint near Maiduguri on Tuesday, a military spokesman said.",
    "THE GUERRILLAS ATTACKED THE ARMY POST WITH MACHINE GUNS AND GRENADES, KILLING THREE SOLDIERS.",
]


def _nodes(nlp):
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def test_role_tagger_multiplies_through_numpy_with_the_same_spans():
    from thinc.api import NumpyOps

    if not roles.available():
        pytest.skip("the role tagger is not installed")
    nlp = roles._load()
    assert not any(getattr(node.ops, "use_blis", False) for node in _nodes(nlp))
    ours = [roles.tag_roles(t) for t in TEXTS]
    assert any(ours)
    kept = [(node, node.ops) for node in _nodes(nlp)]
    try:
        for node, _ in kept:
            node.ops = NumpyOps(use_blis=True)
        assert [roles.tag_roles(t) for t in TEXTS] == ours
    finally:
        for node, ops in kept:
            node.ops = ops
