"""Detection, session 30: a verb of taking ground ("capture", "recapture": data/triggers.tsv, Battles) told in the past
tense is a clash that happened only where its doer is armed (detect._past_clash, _armed_doer): rebels who captured a
post fought for it; two brothers who captured an alligator, or deputies who captured a runaway bull, did not. The
sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import detected
from eventwire.records import Article


def _drafts(text: str) -> list[str]:
    article = Article(id="c", text=text, published="2017-03-09", url="https://news.example.org/c")
    (work,) = list(detected([article], default_options()))
    return [d.main.text.strip() for d in work.drafts]


def test_a_catch_is_no_clash():
    assert _drafts("Two brothers captured a 12-foot alligator in a pond near Lake Halsey on Saturday.") == []
    assert _drafts("Deputies captured the runaway bull on a county road early Sunday.") == []


def test_ground_taken_by_armed_men_is_still_a_clash():
    assert len(_drafts("Insurgents captured two border posts near the river town on Saturday.")) == 1
    assert len(_drafts("Government troops recaptured the hilltop village on Friday.")) == 1


# "mine" and "shell" are explosives only in that sense (detect.explosive_sense): not a pronoun, a pit, a company, a
# spent cartridge or a payment. The sentences are written for these tests.

def _explosive_words(text: str) -> list[str]:
    article = Article(id="m", text=text, published="2019-06-14", url="https://news.example.org/m")
    (work,) = list(detected([article], default_options()))
    return [h.text.lower() for d in work.drafts for s in d.all_sentences for h in s.triggers
            if h.trigger.acled_event_type == "Explosions/Remote violence"]


def test_spent_cartridges_are_no_shells_fired():
    assert _explosive_words("A man was shot dead on Friday on Elm Avenue in Dunmore. Detectives found four shotgun "
                            "shells beside his truck.") == []
    assert _explosive_words("A teenager was wounded on Saturday in Dunmore when a friend fired a gun that he thought "
                            "was empty; a shell had been left in the chamber.") == []
    assert _explosive_words("Two men were shot on Sunday outside a bar in Dunmore, and several shells were recovered "
                            "from the parking lot.") == []


def test_a_pit_and_a_payment_are_no_explosives():
    assert _explosive_words("Three workers were killed on Tuesday when a tunnel of a coal mine caved in near "
                            "Carbonville.") == []
    assert _explosive_words("The family shelled out $9,000 for a lawyer after their son was shot on Monday in "
                            "Dunmore.") == []


def test_mines_and_shells_of_war_are_still_explosives():
    assert "mine" in _explosive_words("A mine exploded under a minibus on Thursday near the border town, killing six "
                                      "passengers.")
    assert "shells" in _explosive_words("Artillery shells hit the central market on Wednesday, killing nine people.")
    assert "shelled" in _explosive_words("Troops shelled the hill village on Friday, killing four farmers.")


# extract._weapons reads the one-word weapons "mine" and "shell" (data/weapons.tsv) only in their explosive sense, as
# detection does: a shooting's spent shells or a friend "of mine" give it no explosive or heavy weapon.

def _coded_types(text: str) -> list[tuple[str, tuple[str, ...]]]:
    from eventwire.pipeline import code_article

    article = Article(id="w", text=text, published="2019-06-14", url="https://news.example.org/w")
    return [(inc.event_type or "", inc.weapon_types) for inc in code_article(article, default_options()).incidents]


def test_a_pronoun_and_a_spent_shell_give_a_shooting_no_explosive():
    told = _coded_types("A woman was wounded on Saturday in Dunmore, Pennsylvania, police said. \"That car is mine,\" "
                        "the shooter told a witness before firing. Officers recovered a shotgun and a shell from the yard.")
    assert told == [("Violence against civilians", ("Firearms",))], told
