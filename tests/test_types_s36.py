"""Session 36 (types): the sides of an ACLED note read whole. The sentences below are written for these tests."""
from __future__ import annotations

from eventwire import pipeline
from eventwire.actors import acled_actors, acting_state
from eventwire.records import Incident


def _brazil(text: str) -> Incident:
    return Incident(id="x", article_id="a", event_type="Battles", sub_event_type="Armed clash", country="BR",
                    date="2020-05-02", summary=text)


def test_a_named_unit_of_the_state_forces_told_acting_is_the_acting_state():
    text = "On 2 May 2020, Military Police officers raided a drug gang's hideout in Campos, Rio de Janeiro."
    assert acting_state(_brazil(text)) == "Military Forces of Brazil (2019-) Military Police"
    # the unit told only hit is no actor
    hit = "On 2 May 2020, a gang fired at Military Police officers near a school in Campos, Rio de Janeiro."
    assert acting_state(_brazil(hit)) is None


def test_a_state_unit_perpetrator_keeps_its_own_inter_code():
    incident = _brazil("A shoot-out followed.").replace(perpetrator="Military Forces of Brazil (2019-) Military Police")
    sides = acled_actors(incident)
    assert (sides.actor1, sides.inter1) == ("Military Forces of Brazil (2019-) Military Police", 1)


def test_a_brief_whose_act_sentence_names_no_side_takes_the_state_told_acting_before_it():
    text = ("On 1 May 2020, the Military Police mounted a raid on a gang in the Lagoa hillside of Macae, Rio de "
            "Janeiro. Gunfire was exchanged and a suspect was hit and died. Officers took two rifles.")
    coded = pipeline.code_text(text, "2020-05-03")
    sides = [acled_actors(i) for i in coded.incidents if i.event_type == "Battles"]
    assert sides and (sides[0].actor1, sides[0].inter1) == ("Military Forces of Brazil (2019-) Military Police", 1)


def test_a_faction_named_in_brackets_is_found_by_its_own_name():
    text = "On 4 June 2020, Imbonerakure members beat a shopkeeper in Rutana commune (Rutana). He was hurt."
    coded = pipeline.code_text(text, "2020-06-06")
    sides = [acled_actors(i) for i in coded.incidents]
    assert sides and sides[0].actor1.startswith("CNDD-FDD-Imbonerakure"), sides


def test_a_faction_form_does_not_take_the_words_of_a_state_unit():
    from eventwire.actors import mentions

    kinds = [m.kind for m in mentions("Security Belt Forces stormed a shop in Aden.", "YE")]
    assert kinds and kinds[0] == "name:Military Forces of Yemen (2012-) Security Belt Forces", kinds


def test_state_forces_told_acting_only_after_the_act_are_no_side_of_it():
    text = ("On 5 May 2020, a shootout erupted on the Lagoa hillside of Macae, Rio de Janeiro, and a man was hit "
            "and died. Hours later the Military Police raided a house nearby and took two rifles.")
    coded = pipeline.code_text(text, "2020-05-07")
    sides = [acled_actors(i) for i in coded.incidents if i.event_type == "Battles"]
    assert sides and not sides[0].actor1.startswith("Military Forces"), sides
