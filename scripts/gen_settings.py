#!/usr/bin/env python3
"""Write src/eventwire/settings.py, the typed view of every settings section, from data/defaults.toml.

Settings are declared once, as data (defaults.toml); this generates the classes that let mypy reject a misspelt
setting (`options.parse.caps_rato`). tests/test_options.py fails when the file is out of date:
run `python scripts/gen_settings.py` after adding or renaming a setting.
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULTS = REPO / "src" / "eventwire" / "data" / "defaults.toml"
TARGET = REPO / "src" / "eventwire" / "settings.py"
#: the table of defaults.toml that is not a settings section (options.RANGES_TABLE)
RANGES_TABLE = "ranges"


def _type(value: object) -> str:
    if isinstance(value, list):
        inner = {type(v).__name__ for v in value} or {"str"}
        return f"list[{inner.pop() if len(inner) == 1 else 'object'}]"
    return type(value).__name__


def render(defaults: dict) -> str:
    lines = [
        '"""Typed views of the settings sections, generated from data/defaults.toml by scripts/gen_settings.py: do not',
        'edit by hand. `Options` (options.py) has one attribute per section, so mypy rejects a misspelt setting."""',
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Protocol",
        "",
    ]
    sections = [s for s in defaults if s != RANGES_TABLE]
    for section in sections:
        lines += ["", f"class {section.capitalize()}Settings(Protocol):", f'    """[{section}] in defaults.toml."""', ""]
        lines += [f"    {key}: {_type(value)}" for key, value in defaults[section].items()]
        lines += ["", "    def to_dict(self) -> dict[str, object]: ...", ""]
    lines += ["", "class Sections:", '    """One typed attribute per settings section (for type checkers only)."""', "",
              "    if TYPE_CHECKING:"]
    lines += [f"        {section}: {section.capitalize()}Settings" for section in sections]
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render(tomllib.loads(DEFAULTS.read_text(encoding="utf-8")))
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/gen_settings.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
