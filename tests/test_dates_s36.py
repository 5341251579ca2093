"""Dating, session 36: a follow-up story dated only by its later step (a hearing "Thursday") takes the act's day
where its text writes that day before an act noun, as what a step is in or for ("faces a charge of homicide in the Nov. 7
killing"), more than two weeks before the step (dating._act_noun_day); a day so written after "after" is another act
the story recalls, and the new act keeps its day.
Hand-made texts in the shape of local news."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def _dates(text: str, published: str) -> list[tuple[str | None, str]]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [(i.date, i.date_precision) for i in incidents]


def test_a_hearing_weeks_after_takes_the_day_written_before_the_act_noun():
    # a page of Friday 2 December: the hearing is Thursday's, the killing of 7 November the act
    text = ("A young man described Thursday how he tried to save his girlfriend after she was shot in the back in "
            "the cellar of his family's house in Arnold, Pennsylvania.\n\n"
            "Dale Mott, 18, faces a charge of homicide in the Nov. 7 killing of Ann Smith, 16, of Avonmore.\n\n"
            "Mott was ordered held for court.\n")
    assert _dates(text, "2016-12-02")[0] == ("2016-11-07", "day")


def test_a_new_act_beside_an_old_one_it_recalls_keeps_its_day():
    # the holdup is Tuesday's news; the shooting of April 1 is another act, recalled after "after", not a step's
    text = ("Police were searching Tuesday for a gunman who wounded a clerk during a holdup at a store on Elm Street "
            "in Dayton, Ohio.\n\nThe holdup came a month after the April 1 shooting of a cashier two blocks away.\n")
    assert _dates(text, "2017-05-10")[0] == ("2017-05-09", "day")


def test_a_charge_in_an_act_written_days_before_the_step_is_not_moved():
    # the charge is Monday's; the killing of 3 May is within two weeks of it, and the charge's sentence already
    # dates the act by its act word
    text = ("A man was charged Monday with murder in the May 3 killing of a teenager outside a store on Elm Street "
            "in Dayton, Ohio, police said.\n")
    assert _dates(text, "2017-05-09")[0] == ("2017-05-03", "day")
