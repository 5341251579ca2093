"""Typed views of the settings sections, generated from data/defaults.toml by scripts/gen_settings.py: do not
edit by hand. `Options` (options.py) has one attribute per section, so mypy rejects a misspelt setting."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol


class ParseSettings(Protocol):
    """[parse] in defaults.toml."""

    model: str
    exclude: list[str]
    max_chars: int
    caps_ratio: float
    lower_ratio: float
    batch_size: int

    def to_dict(self) -> dict[str, object]: ...


class ReadSettings(Protocol):
    """[read] in defaults.toml."""

    require_date: bool
    languages: list[str]
    language_confidence: float
    language_min_letters: int
    max_bytes: int
    max_chars: int
    patterns: list[str]
    exclude: list[str]

    def to_dict(self) -> dict[str, object]: ...


class RepairSettings(Protocol):
    """[repair] in defaults.toml."""

    enabled: bool
    threshold: float
    min_confidence: float

    def to_dict(self) -> dict[str, object]: ...


class ExtractSettings(Protocol):
    """[extract] in defaults.toml."""

    muc_model: bool

    def to_dict(self) -> dict[str, object]: ...


class TypesSettings(Protocol):
    """[types] in defaults.toml."""

    enabled: bool
    acled_event: float
    acled_sub: float
    gtd_attack: float
    gtd_target: float
    gtd_weapon: float
    gtd_gname: float

    def to_dict(self) -> dict[str, object]: ...


class DetectSettings(Protocol):
    """[detect] in defaults.toml."""

    background_days: int
    keep_background: bool
    join_split_acts: bool
    code_title_when_text_silent: bool

    def to_dict(self) -> dict[str, object]: ...


class RelevanceSettings(Protocol):
    """[relevance] in defaults.toml."""

    enabled: bool
    article_threshold: float
    act_threshold: float
    sure_article: float
    model: str
    cheap_article_below: float
    cheap_article_above: float
    cheap_window_below: float
    cheap_act_below: float
    cheap_act_above: float
    cheap_model: str
    mention_rules: bool

    def to_dict(self) -> dict[str, object]: ...


class PrefilterSettings(Protocol):
    """[prefilter] in defaults.toml."""

    enabled: bool
    chars: int

    def to_dict(self) -> dict[str, object]: ...


class ClusterSettings(Protocol):
    """[cluster] in defaults.toml."""

    task_articles: int
    in_flight_per_worker: int
    retries: int

    def to_dict(self) -> dict[str, object]: ...


class WatchSettings(Protocol):
    """[watch] in defaults.toml."""

    every_seconds: int
    timeout_seconds: int
    max_backoff_seconds: int
    settle_seconds: float
    user_agent: str

    def to_dict(self) -> dict[str, object]: ...


class GeocodeSettings(Protocol):
    """[geocode] in defaults.toml."""

    skip_people: bool
    user_places: str
    gazetteer_path: str

    def to_dict(self) -> dict[str, object]: ...


class StoreSettings(Protocol):
    """[store] in defaults.toml."""

    db: str
    batch_size: int
    workers: int

    def to_dict(self) -> dict[str, object]: ...


class DedupeSettings(Protocol):
    """[dedupe] in defaults.toml."""

    enabled: bool
    max_days: int
    max_km: float
    text_max_days: int
    text_sure_max_days: int

    def to_dict(self) -> dict[str, object]: ...


class LimitsSettings(Protocol):
    """[limits] in defaults.toml."""

    article_seconds: float

    def to_dict(self) -> dict[str, object]: ...


class ServeSettings(Protocol):
    """[serve] in defaults.toml."""

    host: str
    port: int
    page: int
    max_page: int
    max_body_bytes: int
    threads: int
    cors_origins: list[str]

    def to_dict(self) -> dict[str, object]: ...


class Sections:
    """One typed attribute per settings section (for type checkers only)."""

    if TYPE_CHECKING:
        parse: ParseSettings
        read: ReadSettings
        repair: RepairSettings
        extract: ExtractSettings
        types: TypesSettings
        detect: DetectSettings
        relevance: RelevanceSettings
        prefilter: PrefilterSettings
        cluster: ClusterSettings
        watch: WatchSettings
        geocode: GeocodeSettings
        store: StoreSettings
        dedupe: DedupeSettings
        limits: LimitsSettings
        serve: ServeSettings
