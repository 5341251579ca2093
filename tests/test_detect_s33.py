"""Detection, session 33. MUC-4 predictions are coded with MUC-4's own line of a recent incident (gtt.muc4_options,
gtt.RECENT_DAYS): the task records acts within two months of the article, where eventwire's background line is 30
days. The sentences are written for these tests."""
from __future__ import annotations

from eventwire.gtt import RECENT_DAYS, muc4_options, to_gtt
from eventwire.options import Options, default_options
from eventwire.pipeline import code_articles
from eventwire.records import Article

_SIX_WEEKS_OLD = ("SAN LORENZO, 20 MAR 90 -- Army spokesmen said today they have seen no report on the inquiry into "
                  "the case of union leader Ramiro Ortega Paz. Ortega and his driver were abducted and killed on 28 "
                  "January by unknown men on the road to the airport. The ministry expects the report soon.")

_FOUR_MONTHS_OLD = _SIX_WEEKS_OLD.replace("28 January", "1 November")


def _templates(text: str, options: Options) -> list[dict]:
    article = Article(id="d", text=text, published="1990-03-20")
    return to_gtt(code_articles([article], options))["d"]["pred_templates"]


def test_an_act_six_weeks_old_is_a_muc4_template():
    assert _templates(_SIX_WEEKS_OLD, default_options()) == []  # background to eventwire's own line
    (template,) = _templates(_SIX_WEEKS_OLD, muc4_options())
    assert template["incident_type"] == "kidnapping"


def test_an_act_four_months_old_stays_background_for_muc4():
    assert _templates(_FOUR_MONTHS_OLD, muc4_options()) == []


def test_muc4_options_keep_a_line_the_user_set():
    assert muc4_options().detect.background_days == RECENT_DAYS
    own = Options.load(overrides={"detect": {"background_days": 10}}, use_env=False)
    assert muc4_options(own).detect.background_days == 10
    assert default_options().detect.background_days == 30  # the packaged defaults are left as they were


# --- a demand to end acts is no act (detect._demanded_end, wordlists [detect] ending_verbs) ---------------------------

def _drafts(text: str, published: str = "1990-03-20") -> list[str]:
    from eventwire.pipeline import detected

    (work,) = list(detected([Article(id="m", text=text, published=published)], default_options()))
    return [d.main.text.strip() for d in work.drafts]


def test_an_order_to_stop_bombing_is_no_act():
    text = ("The rebel command read its conditions for talks on the radio this morning. Stop bombing the farms "
            "and hamlets of the northern provinces.")
    assert not any("bombing" in d for d in _drafts(text))


def test_a_call_that_the_army_must_cease_the_attacks_is_no_act():
    text = "The army must cease the attacks on the cooperatives of Tres Rios, the peasant union said in a statement."
    assert _drafts(text) == []


def test_attacks_the_police_stopped_are_still_told():
    text = "Police stopped the attack on a bank in Tres Rios on Monday, when two gunmen wounded a guard."
    assert _drafts(text)


def test_a_rally_named_stop_the_violence_stays_a_protest():
    text = ("On 14 March 2022, about forty residents and pastors gathered in Elm Park in Dunmore to attend a "
            "'Stop the Violence' rally.")
    assert _drafts(text, "2022-03-15")
