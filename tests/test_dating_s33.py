"""Dating, session 33: a day told in the sentence that dates an incident, held by no act word, that lies inside the
week or month the act word holds ("the medical examiner on Friday said the shooting death of a cashier this week was
a suicide") is a later step's day; the act's day is a day the incident's sentences tell inside that window before it
(dating._earlier_act_day). Hand-made texts in the shape of local news, coded for real."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def _dates(text: str, published: str) -> list[str | None]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [i.date for i in incidents]


def test_a_step_inside_the_acts_week_gives_way_to_the_acts_earlier_day():
    # a Friday's page: the examiner spoke on Friday, the cashier was found shot on the Tuesday of that week
    text = ("The medical examiner's office on Friday said the shooting death of a cashier this week at a shopping "
            "plaza in Brookhaven was a suicide.\n\n"
            "Dorian Welch, 34, of Millbrook, was found shot once in the chest, slumped in his car behind the plaza "
            "around 9:40 p.m. Tuesday, March 14, deputies said.\n")
    assert _dates(text, "2017-03-17") == ["2017-03-14"]
