"""Session 33 (types): the Syrian Democratic Forces under their short names, a group told only as the side attacked
is no actor, Turkey's forces under Operation Peace Spring are that operation, fire an OSCE monitor counted near a town
the government held is the NAF's, and LinearModel.weights as a view. The sentences below are written for these
tests."""
from __future__ import annotations

import numpy as np

from eventwire.actors import acled_actors
from eventwire.linear import LinearModel
from eventwire.pipeline import code_article
from eventwire.records import Article

SDF = "QSD: Syrian Democratic Forces"


def _actors(text: str, published: str = "2023-03-04"):
    incident = code_article(Article(id="s", text=text, published=published)).incidents[0]
    return incident, acled_actors(incident)


def test_the_sdf_acting_under_its_short_name_is_actor1():
    incident, sides = _actors("On 3 March 2023, SDF fighters attacked positions of the Turkish-backed factions near "
                              "Tal Tamr (Al Hasakeh), killing two of their fighters.")
    assert incident.country == "SY"
    assert sides.actor1 == SDF and sides.inter1 == 2


def test_a_group_named_only_as_the_side_attacked_is_not_actor1():
    _, sides = _actors("On 3 March 2023, an IED planted by unknown gunmen went off under an SDF vehicle near Tabqa "
                       "(Ar-Raqqa), wounding three SDF members.")
    assert sides.actor1 == "Unidentified Armed Group (Syria)"
    assert sides.actor2 == SDF
    _, found = _actors("On 3 March 2023, a QSD fighter was found shot dead in a ditch beside a road east of "
                       "Ar-Raqqa city.")
    assert found.actor1 == "Unidentified Armed Group (Syria)"
    # a group told killed while it attacked stays the actor ("police pushed back their assault")
    sides = acled_actors({"country": "AF", "date": "2020-03-03", "event_type": "Battles", "perpetrator": "Taliban",
                          "summary": "On 3 March 2020, six Taliban fighters were killed when police pushed back their "
                                     "assault on a checkpoint in Nad Ali district, Helmand."})
    assert sides.actor1 == "Taliban"


def test_fire_counted_near_a_government_held_town_is_the_nafs():
    def first(town: str) -> str:
        return acled_actors({"country": "UA", "date": "2021-06-02", "event_type": "Explosions/Remote violence",
                             "summary": f"On 2 June 2021, OSCE SMM monitors recorded 4 explosions of unknown "
                                        f"origin near {town}."}).actor1
    assert first("Avdiivka").startswith("NAF") and first("Zolote-3").startswith("NAF")
    assert first("Horlivka").startswith("Military Forces of Ukraine")  # held by the NAF: Ukraine's fire
    assert first("Zolote-5").startswith("Military Forces of Ukraine")


def test_turkish_forces_under_operation_peace_spring_are_that_operation():
    sides = acled_actors({"country": "SY", "date": "2023-03-03", "event_type": "Explosions/Remote violence",
                          "summary": "On 3 March 2023, Turkish troops and the factions operating under OPS shelled "
                                     "villages held by the QSD west of Tal Tamr (Al Hasakeh)."})
    assert sides.actor1 == "Operation Peace Spring" and sides.inter1 == 2


def test_linear_weights_are_a_view_of_the_matrix():
    model = LinearModel(("a", "b"), {"bias": (1.0, -1.0), "w=x": (0.25, 0.5)})
    weights = model.weights
    assert weights == {"bias": (1.0, -1.0), "w=x": (0.25, 0.5)} and len(weights) == 2 and "w=x" in weights
    assert list(weights) == ["bias", "w=x"]
    model.matrix[model.index["w=x"]] = np.array([2.0, 3.0])
    assert weights["w=x"] == (2.0, 3.0)  # read from the matrix when asked, not copied when taken
