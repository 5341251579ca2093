"""Session 25's GTD target words (data/types_words.toml): a power line, pylon or substation (Utilities), a company or
firm (Business) and a soldier (Military) lead where the rules left Private Citizens & Property first or found no
target ([targets]); a police chief or police headquarters (Police) leads whatever came first ([strong_targets])."""
from __future__ import annotations

from eventwire import types_model
from eventwire.records import Incident

#: thresholds under which no model overrules the rules (above 1), so that only the rules and the words decide
RULES_ONLY = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0)


def test_new_target_words_name_their_kind():
    for text, kind in (
        ("Activists toppled a power line tower owned by the regional utility.", "Utilities"),
        ("Saboteurs cut the high-voltage transmission lines feeding the plant.", "Utilities"),
        ("A bomb damaged an electricity pylon outside the town.", "Utilities"),
        ("Assailants set fire to a real estate firm in the city.", "Business"),
        ("Gunmen attacked the offices of a mining company, wounding a guard.", "Business"),
        ("The assailant and a soldier were killed in the blast.", "Military"),
    ):
        assert types_model.named_target(text) == kind, text
    # words that name no such target
    assert types_model.named_target("The power was cut in the district after the attack.") is None
    assert types_model.named_target("Police said the attack was firmly condemned.") is None


def test_a_police_chief_leads_whatever_came_first():
    text = ("A suicide bomber detonated near the convoy of a general in the city. The provincial police chief and 19 "
            "others were wounded.")
    assert types_model.strong_target(text) == "Police"
    assert types_model.strong_target_first(("Military", "Private Citizens & Property"), text)[:1] == ("Police",)
    assert types_model.strong_target("A bomb exploded outside the police headquarters, killing two.") == "Police"
    # a police station stays a [strong_targets] miss (session 24: not kept)
    assert types_model.strong_target("A bomb exploded outside the police station.") is None


def test_retyped_reads_a_soldier_where_the_rules_saw_private_citizens():
    text = ("Security forces seized a suicide bomber among a group of fleeing civilians in the city. The assailant "
            "detonated after being apprehended. The assailant and a soldier were killed in the blast.")
    rules = Incident(id="i", article_id="a", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
                     attack_types=("Bombing/Explosion",), weapon_types=("Explosives",),
                     target_types=("Private Citizens & Property",))
    revised = types_model.retyped(rules, text, RULES_ONLY)
    assert revised.target_types == ("Military", "Private Citizens & Property")
    # a target the rules named stays first: the soldier is one of the people hurt at a named kind of target
    named = rules.replace(target_types=("Religious Figures/Institutions",))
    assert types_model.retyped(named, text, RULES_ONLY).target_types[:1] == ("Religious Figures/Institutions",)
