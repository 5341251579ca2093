"""bench/compare_gva.py: two `evaluate gva --json` runs compared article by article, a run given in parts with their
line offsets; records made by hand in the scorer's shape."""
from __future__ import annotations

import json
from pathlib import Path

from seedutil import load_script

compare_gva = load_script(Path(__file__).resolve().parents[1] / "bench" / "compare_gva.py")


def _record(line: int, found: bool, mismatches: tuple[str, ...] = (), extras: int = 0) -> dict:
    return {"id": f"a{line}", "line": line, "found": found, "mismatches": list(mismatches),
            "extra": [{"id": f"x{i}"} for i in range(extras)]}


def _write(path: Path, records: list[dict]) -> str:
    path.write_text(json.dumps({"dataset": "gva", "articles": records}), encoding="utf-8")
    return str(path)


def test_won_and_lost_are_told_per_field_on_whole_file_lines(tmp_path):
    # the base run in one file; the head run in two halves, the second counting its lines from 1 after 2 lines
    base = _write(tmp_path / "b.json", [_record(1, True, ("city",)), _record(2, False, extras=1),
                                        _record(3, True), _record(4, True, ("injured",))])
    head_a = _write(tmp_path / "ha.json", [_record(1, True), _record(2, True, ("date", "date_window"))])
    head_b = _write(tmp_path / "hb.json", [_record(1, True, ("killed",)), _record(2, True, ("injured",), extras=2)])
    res = compare_gva.compare(compare_gva.load_run([base]), compare_gva.load_run([head_a, head_b + "@2"]))
    assert res["lines"] == 4
    assert (res["base"]["found"], res["head"]["found"]) == (3, 4)
    assert res["won"]["found"] == [2] and res["lost"]["found"] == []
    assert res["won"]["city"] == [1, 2] and res["lost"]["city"] == []
    assert res["won"]["date"] == [] and res["lost"]["date"] == []  # line 2 found with its date wrong
    assert res["lost"]["killed"] == [3] and res["won"]["killed"] == [2]
    assert (res["base"]["extras"], res["head"]["extras"]) == (1, 2)
    assert res["more_extras"] == [4] and res["fewer_extras"] == [2]


def test_a_range_limits_both_runs(tmp_path):
    base = _write(tmp_path / "b.json", [_record(n, n != 3) for n in range(1, 6)])
    head = _write(tmp_path / "h.json", [_record(n, True) for n in range(1, 6)])
    res = compare_gva.compare(compare_gva.load_run([base]), compare_gva.load_run([head]), (4, 5))
    assert res["lines"] == 2 and res["won"]["found"] == []


def test_a_file_that_is_no_result_is_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    good = _write(tmp_path / "g.json", [_record(1, True)])
    assert compare_gva.main(["--base", str(bad), "--head", good]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"compare_gva: {bad}: not an `evaluate gva --json` result") and "\n" not in err


def test_the_command_prints_the_table_and_writes_json(tmp_path, capsys):
    base = _write(tmp_path / "b.json", [_record(1, False), _record(2, True)])
    head = _write(tmp_path / "h.json", [_record(1, True), _record(2, True)])
    out = tmp_path / "cmp.json"
    assert compare_gva.main(["--base", base, "--head", head, "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "found" in printed and "+1 -0" in printed
    assert json.loads(out.read_text())["won"]["found"] == [1]
