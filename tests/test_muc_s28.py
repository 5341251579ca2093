"""Session 28: MUC-4 output. A kidnapping or an arson that tells people killed or wounded, in an article that codes no
attack, tells an attack too, written as a template of its own with the same perpetrators (muc_typer.added_types;
MUC-4 template doc section 5.0)."""
from __future__ import annotations

from eventwire import muc_typer
from eventwire.records import Incident


def test_kidnapping_with_dead_tells_an_attack():
    incident = Incident(id="i", article_id="a", muc_incident_type="kidnapping", killed=1,
                        perpetrator_organizations=("MRTA",), human_targets=("raul ernesto vidal",))
    assert muc_typer.added_types(incident, (incident,)) == ("attack",)
    assert muc_typer.added_types(Incident(id="i", article_id="a", muc_incident_type="arson", wounded=2)) == ("attack",)


def test_only_harmless_acts_with_casualties_tell_another_act():
    for incident in (Incident(id="i", article_id="a", muc_incident_type="kidnapping"),
                     Incident(id="i", article_id="a", muc_incident_type="kidnapping", killed=0, wounded=0),
                     Incident(id="i", article_id="a", muc_incident_type="bombing", killed=3),
                     Incident(id="i", article_id="a", muc_incident_type="attack", killed=3)):
        assert muc_typer.added_types(incident) == ()


def test_no_act_is_added_where_the_article_codes_an_attack():
    """The dead of a kidnapping told beside an attack the article codes are that attack's, or the hostage's own."""
    kidnapping = Incident(id="i", article_id="a", muc_incident_type="kidnapping", killed=2)
    attack = Incident(id="j", article_id="a", muc_incident_type="attack", killed=2)
    assert muc_typer.added_types(kidnapping, (kidnapping, attack)) == ()


# --- gtt.to_gtt writes the added acts (the patch to src/eventwire/gtt.py) ---------------------------------------------
from eventwire import gtt  # noqa: E402
from eventwire.options import default_options  # noqa: E402
from eventwire.pipeline import code_articles  # noqa: E402
from eventwire.records import Article, CodedArticle  # noqa: E402

# written for these tests in the style of a MUC-4 wire, not taken from any corpus
KIDNAPPING = ("LIMA, 27 OCT 89 (EFE) -- [TEXT] URBAN COMMANDOS OF THE MRTA, THE TUPAC AMARU REVOLUTIONARY "
              "MOVEMENT, THIS MORNING KIDNAPPED MERCHANT RAUL ERNESTO VIDAL NEAR THE LIMA CITY MARKET. THE "
              "GUERRILLAS KILLED HIS DRIVER AND BADLY WOUNDED HIS GUARD AS THEY BLOCKED HIS VAN ON TACNA STREET.")
QUIET_KIDNAPPING = ("BOGOTA, 19 SEP 89 (AFP) -- [TEXT] POLICE SAID THAT ELN REBELS, OF THE ARMY OF NATIONAL "
                    "LIBERATION, THIS MORNING KIDNAPPED THREE SURVEYORS OF A PIPELINE FIRM IN CESAR DEPARTMENT.")


def _templates(incidents: tuple[Incident, ...]) -> list[dict]:
    return gtt.to_gtt([CodedArticle(article=Article(id="a", text="t"), incidents=incidents)])["a"]["pred_templates"]


def test_to_gtt_writes_the_attack_with_the_kidnappings_perpetrators_only():
    incident = Incident(id="i", article_id="a", muc_incident_type="kidnapping", killed=1,
                        perpetrator_individuals=("guerrillas",), perpetrator_organizations=("MRTA",),
                        human_targets=("raul ernesto vidal",), weapons=("rifles",))
    assert _templates((incident,)) == [
        {"incident_type": "kidnapping", "PerpInd": [["guerrillas"]], "PerpOrg": [["MRTA"]], "Target": [],
         "Victim": [["raul ernesto vidal"]], "Weapon": [["rifles"]]},
        {"incident_type": "attack", "PerpInd": [["guerrillas"]], "PerpOrg": [["MRTA"]], "Target": [], "Victim": [],
         "Weapon": []},
    ]
    attack = Incident(id="j", article_id="a", muc_incident_type="attack", killed=1)
    assert [t["incident_type"] for t in _templates((incident, attack))] == ["kidnapping", "attack"]
    assert len(_templates((Incident(id="i", article_id="a", muc_incident_type="kidnapping"),))) == 1


def test_coded_kidnapping_with_a_dead_driver_makes_kidnapping_and_attack_templates():
    coded = list(code_articles([Article(id="k", text=KIDNAPPING), Article(id="q", text=QUIET_KIDNAPPING)],
                               default_options()))
    out = gtt.to_gtt(coded)
    kinds = [t["incident_type"] for t in out["k"]["pred_templates"]]
    assert kinds == ["kidnapping", "attack"], kinds
    assert out["k"]["pred_templates"][1]["PerpOrg"] == out["k"]["pred_templates"][0]["PerpOrg"]
    assert [t["incident_type"] for t in out["q"]["pred_templates"]] == ["kidnapping"]
