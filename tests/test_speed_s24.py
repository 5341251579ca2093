"""Session 24, speed (issue 18): the encoder's element-wise steps and attention run a cache-sized slice of the batch
at a time (encoder.CHUNK_BYTES). The vectors must be bitwise those of the whole batch at once, and a batch of long
texts must no longer hold its whole attention score array."""
from __future__ import annotations

import tracemalloc

import numpy as np

from eventwire import encoder

#: texts of many lengths, so that batches are padded (masked keys) and some are cut at the model's limit
TEXTS = ([" ".join(["word"] * n) + " was killed." for n in range(1, 60, 7)]
         + ["Gunmen shot dead three soldiers near Kirkuk on Sunday.", "", "Police said."]
         + [" ".join([f"A car bomb exploded outside ministry number {i} in Baghdad, killing at least {i} people."] * 30)
            for i in range(4)])


def test_slices_of_the_batch_give_the_bits_of_the_whole_batch(monkeypatch):
    encoder.encode(TEXTS[:2])  # the model loaded before the attribute is changed
    sliced = encoder.encode(TEXTS)
    monkeypatch.setattr(encoder, "CHUNK_BYTES", 1)  # one row (one text's attention) at a time
    one_row = encoder.encode(TEXTS)
    monkeypatch.setattr(encoder, "CHUNK_BYTES", 1 << 40)  # the whole batch at once, as before session 24
    whole = encoder.encode(TEXTS)
    assert sliced.tobytes() == whole.tobytes()
    assert one_row.tobytes() == whole.tobytes()


def test_a_batch_of_long_texts_never_holds_its_whole_attention_scores():
    """32 texts of 256 word pieces: their attention scores (32 x 12 x 256 x 256 float32) are 100 MB, which the
    forward pass held at once in every layer before session 24, with its temporaries (428 MB traced at the peak); the
    largest array now is the feed-forward layer's (32 x 256 x 1536 float32, 50 MB): 167 MB traced at the peak.
    NumPy's arrays are traced by tracemalloc."""
    texts = [" ".join([f"Gunmen attacked police post {i} in the north, killing {i} officers and wounding others."] * 30)
             for i in range(encoder.BATCH)]
    assert all(len(encoder.model().tokenizer.encode(t).ids) == encoder.MAX_TOKENS for t in texts)
    scores_bytes = encoder.BATCH * 12 * encoder.MAX_TOKENS ** 2 * 4
    tracemalloc.start()
    try:
        got = encoder.encode(texts)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got.shape == (encoder.BATCH, 384) and np.isfinite(got).all()
    assert peak < 2 * scores_bytes
