"""Every command's --help renders, and help text in square brackets (an extra's name such as 'eventwire[cluster]')
is shown as written: typer renders help as Rich markup, where an unescaped '[word]' is a style tag and vanishes."""
from __future__ import annotations

import re

import typer
from typer.testing import CliRunner

from eventwire.cli import app


def _commands(group, path: tuple[str, ...] = ()):
    # typer's command objects (its own copy of click's classes in recent typer): a group holds `commands`
    yield path, group
    for name, sub in getattr(group, "commands", {}).items():
        yield from _commands(sub, path + (name,))


def test_every_help_renders_and_keeps_its_bracketed_words():
    root = typer.main.get_command(app)
    runner = CliRunner()
    bracketed = 0
    for path, command in _commands(root):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "400", "TERM": "dumb"})
        assert result.exit_code == 0, (path, result.output)
        shown = " ".join(result.output.split())
        for param in command.params:
            text = getattr(param, "help", None) or ""
            for word in re.findall(r"\w+\\?\[\w+\]", text):
                bracketed += 1
                assert word.replace("\\[", "[") in shown, (path, param.name, word)
    assert bracketed >= 2  # code --cluster and ingest --cluster name the extra
