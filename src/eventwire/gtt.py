"""MUC-4 predictions in GTT's format (`code --format muc4`): each incident of a MUC-4 type as a template whose role
strings are entities of one mention, what GTT's eval.py and `eventwire evaluate muc4` read."""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Iterable, Sequence

from .options import Options, Section, default_options
from .records import CodedArticle, Incident

#: Incident field feeding each GTT role
ROLE_FIELDS = {
    "PerpInd": "perpetrator_individuals",
    "PerpOrg": "perpetrator_organizations",
    "Target": "physical_targets",
    "Victim": "human_targets",
    "Weapon": "weapons",
}

#: MUC-4's task definition records an incident only when it is recent, and calls recent what happened within two
#: months of the article's date (its taskdoc, template-doc-part1, rule 6), where
#: eventwire's own line is 30 days (detect.background_days, the web gold's recent). MUC-4 predictions are coded with
#: MUC-4's line: on the dev set an act told as "killed in January" in a March report is MUC-4's template and was
#: background to eventwire (template F1 47.49 -> 48.11, the first 300 training documents in the commit message)
RECENT_DAYS = 61


def muc4_options(options: Options | None = None) -> Options:
    """`options` (the packaged defaults when None) to code MUC-4 predictions with: MUC-4's line of a recent incident
    (RECENT_DAYS) where they keep eventwire's default background line; a line set by the user's config is kept."""
    options = options or default_options()
    if options.detect.background_days != default_options().detect.background_days:
        return options
    detect = Section("detect", {**options.detect.to_dict(), "background_days": RECENT_DAYS})
    return Options(MappingProxyType({**options.sections, "detect": detect}))


#: GTT's eval treats a missing predicted type as "attack", the commonest type; we do the same for its output
DEFAULT_TYPE = "attack"


def incident_templates(incident: Incident, slots: bool = False, article: Sequence[Incident] = ()) -> list[dict[str, Any]]:
    """The incident's template, then one for each act of another MUC-4 type it tells (muc_typer.added_types: the
    attack in which a kidnapping's or an arson's dead were killed, where the `article`'s incidents hold no attack),
    with the incident's perpetrators only."""
    from .muc_typer import ADDED_TEMPLATE_ROLES, added_types

    first = incident_template(incident, slots)
    out = [first]
    for kind in added_types(incident, article):
        extra = dict(first, incident_type=kind)
        for role, field_name in ROLE_FIELDS.items():
            if field_name not in ADDED_TEMPLATE_ROLES:
                extra[role] = []
        out.append(extra)
    return out


def incident_template(incident: Incident, slots: bool = False) -> dict[str, Any]:
    """One GTT predicted template from an Incident: each role string is one entity with one mention."""
    template: dict[str, Any] = {"incident_type": incident.muc_incident_type or DEFAULT_TYPE}
    for role, field_name in ROLE_FIELDS.items():
        seen: set[str] = set()
        entities = []
        for value in getattr(incident, field_name) or ():
            key = value.strip().lower()
            if key and key not in seen:
                seen.add(key)
                entities.append([value.strip()])
        template[role] = entities
    if slots:
        template["slots"] = {
            "date": incident.date,
            "date_earliest": incident.date_earliest,
            "date_latest": incident.date_latest,
            "country": incident.country,
            "location": incident.location,
            "admin1": incident.admin1,
            "admin2": incident.admin2,
            "killed": incident.killed,
            "wounded": incident.wounded,
            "claimed": incident.claimed,
        }
    return template


def to_gtt(coded_articles: Iterable[CodedArticle], slots: bool = False) -> dict[str, dict[str, Any]]:
    """{docid: {"pred_templates": [...]}} in GTT's prediction format (what its eval.py reads).

    Every incident of a MUC-4 type becomes a template (protests, arrests and battles between armed forces have
    no MUC-4 type and are left out); slots=True adds each incident's date/place/effect/claim under "slots"
    (GTT's own eval cannot read that key, so it is off for `code --format muc4`).
    """
    return {
        coded.article.id: {"pred_templates": [t for i in coded.incidents if i.muc_incident_type
                                              for t in incident_templates(i, slots, coded.incidents)]}
        for coded in coded_articles
    }
