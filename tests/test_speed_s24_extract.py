"""Session 24, speed (issue 18; /work/s24/speed_extract.patch): extract._heads_only reads each doc's noun chunks once
(spaCy finds them anew on each doc.noun_chunks) and keeps where each token's chunk starts in the doc's user_data."""
from __future__ import annotations

from eventwire import extract
from eventwire.options import default_options
from eventwire.parse import load_pipeline


def test_chunk_starts_are_worked_out_once_a_doc_and_are_the_chunks_found():
    options = default_options()
    nlp = load_pipeline(options.parse.model, tuple(options.parse.exclude))
    doc = nlp("Guerrillas bombed the Electric Company substation and a police patrol in Medellin on Sunday.")
    starts = extract._chunk_starts(doc)
    assert starts == {t.idx: chunk.start_char for chunk in doc.noun_chunks for t in chunk}
    assert extract._chunk_starts(doc) is starts  # remembered on the doc
    assert "eventwire_chunk_starts" in doc.user_data
