"""Session 28: MUC-4 output. A kidnapping or an arson that tells people killed or wounded, in an article that codes no
attack, tells an attack too, written as a template of its own with the same perpetrators (muc_typer.added_types;
MUC-4 template doc section 5.0)."""
from __future__ import annotations

from eventwire import muc_typer
from eventwire.records import Incident


def test_kidnapping_with_dead_tells_an_attack():
    incident = Incident(id="i", article_id="a", muc_incident_type="kidnapping", killed=1,
                        perpetrator_organizations=("MRTA",), human_targets=("jorge alberto salas",))
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
