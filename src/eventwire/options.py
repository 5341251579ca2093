"""The one options object: packaged defaults, then a user config file, then explicit overrides (CLI flags)."""
from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from .errors import ConfigError
from .settings import Sections

#: environment variable naming a user config file, used when no --config is given
CONFIG_ENV = "EVENTWIRE_CONFIG"
#: the table of defaults.toml that declares the allowed range of every numeric setting (not a settings section)
RANGES_TABLE = "ranges"


class Section:
    """Read-only settings of one section, reachable as attributes (options.geocode.max_km)."""

    def __init__(self, name: str, values: Mapping[str, Any]):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_values", MappingProxyType(dict(values)))

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"no setting {self._name}.{key}") from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError("options are read-only; build new ones with Options.load(overrides=...)")

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Section) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash((self._name, tuple(sorted((k, repr(v)) for k, v in self._values.items()))))


def _packaged() -> dict[str, Any]:
    raw = resources.files("eventwire").joinpath("data/defaults.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def _defaults() -> dict[str, dict[str, Any]]:
    values = _packaged()
    values.pop(RANGES_TABLE, None)
    return values


def ranges() -> dict[str, tuple[float, float]]:
    """{"section.key": (low, high)}: the inclusive range declared for each numeric setting in defaults.toml."""
    declared = _packaged().get(RANGES_TABLE, {})
    return {name: (bounds[0], bounds[1]) for name, bounds in declared.items()}


def _check_range(section: str, key: str, value: Any, declared: Mapping[str, tuple[float, float]], origin: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{origin}: {section}.{key} must be a finite number, got {value}")
    bounds = declared.get(f"{section}.{key}")
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        raise ConfigError(f"{origin}: {section}.{key} = {value} is outside its range {bounds[0]}..{bounds[1]}")


def _merge(base: dict[str, dict[str, Any]], extra: Mapping[str, Any], origin: str,
           declared: Mapping[str, tuple[float, float]] | None = None) -> None:
    declared = ranges() if declared is None else declared
    for section, values in extra.items():
        if section not in base or not isinstance(values, Mapping):
            raise ConfigError(f"{origin}: unknown section [{section}]")
        for key, value in values.items():
            if key not in base[section]:
                raise ConfigError(f"{origin}: unknown setting {section}.{key}")
            default = base[section][key]
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if type(value) is not type(default):
                raise ConfigError(
                    f"{origin}: {section}.{key} must be {type(default).__name__}, got {type(value).__name__}"
                )
            if isinstance(default, list) and default and any(type(v) is not type(default[0]) for v in value):
                raise ConfigError(f"{origin}: {section}.{key} must be a list of {type(default[0]).__name__}")
            _check_range(section, key, value, declared, origin)
            base[section][key] = value


def _check_files(values: Mapping[str, Mapping[str, Any]]) -> None:
    """Settings naming an input file must name a readable UTF-8 text file: found here, not as a traceback later."""
    user_places = values.get("geocode", {}).get("user_places")
    if user_places:
        path = Path(user_places)
        if not path.is_file():
            raise ConfigError(f"geocode.user_places: {user_places}: no such file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"geocode.user_places: {user_places}: cannot read ({exc.strerror or exc})") from None
        try:
            if b"\x00" in data:
                raise UnicodeDecodeError("utf-8", data, data.index(b"\x00"), data.index(b"\x00") + 1, "NUL byte")
            data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ConfigError(f"geocode.user_places: {user_places}: not a UTF-8 CSV file") from None


@dataclass(frozen=True)
class Options(Sections):
    """All settings, by section. Build with Options.load(); pass the same object to every stage. Each section is an
    attribute (options.parse.caps_ratio), typed for mypy by settings.py, which scripts/gen_settings.py generates
    from defaults.toml."""

    sections: Mapping[str, Section]

    if not TYPE_CHECKING:  # type checkers see the typed attributes of Sections instead

        def __getattr__(self, name: str) -> Section:
            sections = object.__getattribute__(self, "sections")
            if name in sections:
                return sections[name]
            raise AttributeError(f"no options section {name!r}")

    @classmethod
    def load(
        cls,
        config: str | os.PathLike[str] | None = None,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
        use_env: bool = True,
    ) -> "Options":
        """Defaults, then `config` (or $EVENTWIRE_CONFIG), then `overrides` ({section: {key: value}})."""
        values = _defaults()
        path = config or (os.environ.get(CONFIG_ENV) if use_env else None)
        if path:
            try:
                user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise ConfigError(f"{path}: config file not found") from None
            except IsADirectoryError:
                raise ConfigError(f"{path}: is a directory, not a config file") from None
            except UnicodeDecodeError:
                raise ConfigError(f"{path}: not a text file (config files are TOML in UTF-8)") from None
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: not valid TOML ({exc})") from None
            except OSError as exc:
                raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
            _merge(values, user, str(path))
        if overrides:
            cleaned = {s: {k: v for k, v in kv.items() if v is not None} for s, kv in overrides.items()}
            _merge(values, cleaned, "override")
        _check_files(values)
        return cls(MappingProxyType({name: Section(name, kv) for name, kv in values.items()}))

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {name: section.to_dict() for name, section in self.sections.items()}


def default_options() -> Options:
    """Options from the packaged defaults alone (no user config), built once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Options.load(use_env=False)
    return _DEFAULT


_DEFAULT: Options | None = None
