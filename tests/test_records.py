"""Records round-trip through to_dict / from_dict, so stages and stores can exchange them as JSON."""
from __future__ import annotations

import json

from eventwire.records import Article, CodedArticle, Incident, SpinReport, Span, Substitution


def test_coded_article_round_trip():
    incident = Incident(
        id="a#1", article_id="a", date="2022-12-18", killed=9, attack_types=("Bombing/Explosion",),
        count_ranges={"killed": (6, 10)}, evidence={"killed": (Span(3, 10, "killed 9"),)},
    )
    coded = CodedArticle(
        article=Article(id="a", text="x", published="2022-12-18"),
        incidents=(incident,),
        spin=SpinReport(score=0.9, spun=True, substitutions=(Substitution(0, 4, "navy", "military", 0.8),)),
    )
    again = CodedArticle.from_dict(json.loads(json.dumps(coded.to_dict())))
    assert again == coded
