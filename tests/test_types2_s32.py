"""Session 32, types2: a state's forces told doing a MUC-4 act are its perpetrators (role_ranker.state_agents)."""
from __future__ import annotations

import pytest

from eventwire import pipeline, role_ranker


def _coded(text: str):
    incidents = [i for i in pipeline.code_text(text).incidents if i.muc_incident_type]
    assert incidents
    return incidents


def _lower(values) -> set[str]:
    return {v.lower() for v in values}


@pytest.mark.skipif(role_ranker.load() is None, reason="the role ranker's weights are not packaged")
def test_troops_who_kidnapped_are_perpetrators_and_their_army_the_organization():
    text = ("TEGUCIGALPA, 9 APR 90 -- Relatives said that Honduran army troops kidnapped three cooperative farmers in "
            "the hamlet of Santa Rita on Sunday night.")
    incident = _coded(text)[0]
    assert "honduran army troops" in _lower(incident.perpetrator_individuals)
    assert {"army", "honduran army"} & _lower(incident.perpetrator_organizations)


@pytest.mark.skipif(role_ranker.load() is None, reason="the role ranker's weights are not packaged")
def test_members_of_the_armed_forces_after_by_are_perpetrators():
    text = ("Two schoolteachers were murdered by members of the armed forces in a village close to the river last "
            "week, a church office reported.")
    incident = _coded(text)[0]
    assert "members of the armed forces" in _lower(incident.perpetrator_individuals)
    assert "armed forces" in _lower(incident.perpetrator_organizations)
