"""Detection on real local news, session 24: a bullet, shots or gunfire as the subject of a hitting verb tells a
shooting by itself, as headlines write one ("Bullet grazes teen", "Teen injured after shots fly", "Shots ring out
near Dayton school"; data/triggers.tsv). Hand-made texts in the shape of GVA articles (a page whose body is a
sign-up box, the headline the report), parsed for real by spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)
SIGN_UP = ("Have a subscription already?\n\nUse the link below to create your login, or sign in with the one you "
           "have.")



def headline_incidents(title: str, published: str) -> list:
    """The incidents of a page whose body is a sign-up box and whose headline is the report."""
    return code_article(Article(id="h", title=title, text=SIGN_UP, published=published), OPTIONS).incidents


@pytest.mark.parametrize(
    "title",
    [
        "Bullet grazes teen after basketball quarrel leads to drive-by in Auburn",
        "Teen hurt after shots fly on Interstate 44 in Tulsa",
        "Shots ring out near Dayton school",
        "Bullets fly in Dayton neighborhood",
    ],
)
def test_a_headline_of_bullets_or_shots_tells_a_shooting(title):
    incidents = headline_incidents(title, "2017-01-22")
    assert incidents and "Armed Assault" in incidents[0].attack_types

