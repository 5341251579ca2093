"""Typed records passed between pipeline stages: Article, Span, Place, Incident, CodedArticle."""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Mapping, Self


def _plain(value: Any) -> Any:
    """Turn tuples and nested records into JSON-ready lists and dicts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """to_dict / from_dict shared by every record; unknown keys are ignored on load."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: v for k, v in data.items() if k in names}
        return cls(**cls._convert(kwargs))

    @classmethod
    def _convert(cls, kwargs: dict[str, Any]) -> dict[str, Any]:
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in kwargs and isinstance(kwargs[f.name], list):
                kwargs[f.name] = tuple(kwargs[f.name])
        return kwargs

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


def content_hash(text: str) -> str:
    """Stable id of an article's text, used for idempotent ingest."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article(_Record):
    """One news report as read from its input, before any processing."""

    id: str
    text: str
    source: str | None = None  # outlet or agency ("AFP", "RADIO VENCEREMOS")
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    origin: str | None = None  # the input it came from (path, path:line, warc record)
    dateline_place: str | None = None  # "KIRKUK, Iraq" from a wire dateline
    # what the reader had to do or could not do, one line each ("cut to the first 100,000 characters", "no
    # publication date: relative dates left unresolved"); the CLI prints them as warnings naming the input
    notes: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Span(_Record):
    """Characters [start, end) of the article text as received, with their text."""

    start: int
    end: int
    text: str


#: the gazetteer feature of a town, city or village (GeoNames class P), as stored and compared everywhere
POPULATED_PLACE = "populated place"


@dataclass(frozen=True)
class Place(_Record):
    """A resolved location with admin areas and precision codes from one decision."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str = POPULATED_PLACE  # populated place | admin1 | admin2 | country | offset | user
    geo_precision: int = 1  # ACLED 1-3
    gtd_specificity: int = 1  # GTD 1-5
    where_prec: int = 1  # UCDP 1-7
    geonameid: int | None = None


@dataclass(frozen=True)
class Incident(_Record):
    """One coded incident; key names are fixed because other tools read them."""

    id: str
    article_id: str
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year
    date_earliest: str | None = None
    date_latest: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    gtd_specificity: int | None = None
    where_prec: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    attack_types: tuple[str, ...] = ()
    target_types: tuple[str, ...] = ()
    weapon_types: tuple[str, ...] = ()
    perpetrator: str | None = None
    killed: int | None = None
    wounded: int | None = None
    perpetrators_killed: int | None = None
    # field -> [low, high] where the text gives a range ("between 6 and 10")
    count_ranges: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    claimed: bool | None = None
    claim_channel: str | None = None
    perpetrator_individuals: tuple[str, ...] = ()
    perpetrator_organizations: tuple[str, ...] = ()
    physical_targets: tuple[str, ...] = ()
    human_targets: tuple[str, ...] = ()
    # the people attacked as the report describes them ("three Iraqi soldiers", "a police officer"); MUC-4's
    # human_targets may hold only names once the trained role tagger fills it
    victims: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    muc_incident_type: str | None = None
    summary: str | None = None  # the sentences the incident was coded from
    # field -> spans of the article text that support it
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    #: an act the text dates more than detect.background_days before the article (history, not news): coded only
    #: when asked (`--background`, detect.keep_background), with its own date
    background: bool = False
    #: a shooting the text tells an accident ("a boy, 5, shot himself by accident", "a hunting accident";
    #: types_model.accident_told, evidence["accident"] the words that say so): kept, but with no ACLED event type, no
    #: GTD attack or target type and no MUC-4 incident type, since ACLED, GTD and UCDP code political or criminal
    #: violence and no accident; their export layouts leave it out (export.py)
    accident: bool = False

    @classmethod
    def _convert(cls, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = super()._convert(kwargs)
        if "evidence" in kwargs:
            kwargs["evidence"] = {
                k: tuple(s if isinstance(s, Span) else Span.from_dict(s) for s in v)
                for k, v in (kwargs["evidence"] or {}).items()
            }
        if "count_ranges" in kwargs:
            kwargs["count_ranges"] = {k: tuple(v) for k, v in (kwargs["count_ranges"] or {}).items()}
        return kwargs


@dataclass(frozen=True)
class Substitution(_Record):
    """A suspected spinner substitution: the spun form, where it is, and the restored wording."""

    start: int
    end: int
    spun: str
    original: str
    confidence: float


@dataclass(frozen=True)
class SpinReport(_Record):
    """How likely an article is machine-spun, and what was (or would be) repaired."""

    score: float
    spun: bool
    substitutions: tuple[Substitution, ...] = ()

    @classmethod
    def _convert(cls, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = super()._convert(kwargs)
        if "substitutions" in kwargs:
            kwargs["substitutions"] = tuple(
                s if isinstance(s, Substitution) else Substitution.from_dict(s) for s in kwargs["substitutions"]
            )
        return kwargs


@dataclass(frozen=True)
class CodedArticle(_Record):
    """An article with the incidents coded from it."""

    article: Article
    incidents: tuple[Incident, ...] = ()
    spin: SpinReport | None = None

    @classmethod
    def _convert(cls, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = super()._convert(kwargs)
        if isinstance(kwargs.get("article"), Mapping):
            kwargs["article"] = Article.from_dict(kwargs["article"])
        kwargs["incidents"] = tuple(
            i if isinstance(i, Incident) else Incident.from_dict(i) for i in kwargs.get("incidents", ())
        )
        if isinstance(kwargs.get("spin"), Mapping):
            kwargs["spin"] = SpinReport.from_dict(kwargs["spin"])
        return kwargs


@dataclass(frozen=True)
class Failure(_Record):
    """An input that could not be read or coded, and why."""

    origin: str
    reason: str
    # read | language | code | timeout: the `stage` of its row in the failures table; None = read
    kind: str | None = None


def all_deaths(killed: int | None, attackers_killed: int | None) -> int | None:
    """Every death of an incident, its attackers' included: killed plus perpetrators_killed, as ACLED's fatalities,
    GTD's nkill and UCDP's best count them; None where neither figure is known."""
    if killed is None and attackers_killed is None:
        return None
    return (killed or 0) + (attackers_killed or 0)
