"""The accuracy gate: each fast subset of accuracy_floors.json scored with the pipeline must reach its floors, on
evaluation files whose sha256 matches the committed manifest (tests/shared_data.sha256)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import DATASETS, gate
from seedutil import SHARED, need

ROOT = Path(__file__).resolve().parents[1]
FLOORS = gate.load_floors(ROOT / "accuracy_floors.json")
MANIFEST_FILE = ROOT / "tests" / "shared_data.sha256"


@pytest.mark.shared
def test_shared_data_matches_its_checksums():
    """Every file tests and the gate read is there, unchanged; a failure names each file that is not."""
    need(SHARED / "data")
    problems = gate.check_files(gate.load_manifest(MANIFEST_FILE), SHARED)
    assert not problems, "\n".join(problems)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS["subsets"]))
def test_subset_reaches_its_floors(name):
    subset = FLOORS["subsets"][name]
    need(gate.resolve(subset["file"], ROOT))  # a file, or a folder of pages (web)
    changed = gate.check_files(gate.load_manifest(MANIFEST_FILE), SHARED, gate.data_prefix(subset, ROOT, SHARED))
    assert not changed, f"{name}: its floors were pinned on other data: " + "; ".join(changed)
    res = gate.measure(subset, ROOT)
    problems = gate.shortfalls(res, subset.get("floors") or {})
    assert not problems, f"{name} below its floors: " + "; ".join(problems)


def test_floors_file_is_well_formed():
    for name, subset in FLOORS["subsets"].items():
        if "bench" in subset:
            assert (ROOT / subset["bench"]).is_file(), name
        else:
            assert subset["dataset"] in DATASETS, name
        floors = subset.get("floors") or {}
        assert floors, name
        assert all(v is not None and 0 <= v <= 100 for v in floors.values()), name


def test_every_subset_reads_files_the_manifest_lists():
    manifest = gate.load_manifest(MANIFEST_FILE)
    for name, subset in FLOORS["subsets"].items():
        relative = gate.resolve(subset["file"], ROOT).relative_to(SHARED.resolve()).as_posix()
        listed = relative in manifest or any(path.startswith(f"{relative}/") for path in manifest)
        assert listed, f"{name}: {relative} is not in {MANIFEST_FILE.name}"


def test_shortfalls_name_each_measure_below_its_floor():
    res = {"measures": {"a": {"kind": "accuracy", "accuracy": 80.0}, "b": {"kind": "prf", "f1": 50.55}}}
    assert gate.shortfalls(res, {"a": 79.0, "b": 51.0, "c": None}) == ["b: 50.55 < floor 51.0"]
    assert gate.shortfalls(res, {"a": 80.0, "b": 50.55}) == []
    assert gate.shortfalls(res, {"d": 10.0}) == ["d: not measured (floor 10.0)"]


def test_suggested_floors_sit_one_item_below_and_at_most_a_point_below():
    res = {"measures": {
        "acc": {"kind": "accuracy", "correct": 297, "total": 300, "accuracy": 99.0},  # 296/300 = 98.666.. -> 98.66
        "thirds": {"kind": "accuracy", "correct": 3, "total": 3, "accuracy": 100.0},  # 2/3 is 33 points: 1 point
        # P 5/10, R 5/8: F1 55.555..; one match fewer: P 4/10, R 4/8, F1 44.44, more than a point below: 54.56
        "prf": {"kind": "prf", "p_num": 5, "p_den": 10, "r_num": 5, "r_den": 8, "f1": 55.56},
        "big_prf": {"kind": "prf", "p_num": 400, "p_den": 500, "r_num": 400, "r_den": 600, "f1": 72.73},
        "none": {"kind": "accuracy", "correct": 0, "total": 4, "accuracy": 0.0},
        "rate": {"kind": "rate", "count": 3, "total": 10, "rate": 0.3},
        "refused_share": {"kind": "accuracy", "correct": 1, "total": 200, "accuracy": 0.5},
    }}
    # big_prf one match fewer: P 399/500, R 399/600, F1 2 * 0.798 * 0.665 / 1.463 = 72.545..
    assert gate.suggest(res) == {"acc": 98.66, "thirds": 99.0, "prf": 54.56, "big_prf": 72.54, "none": 0.0}
    floors = gate.suggest(res)
    one_down = {"measures": {"acc": {"kind": "accuracy", "accuracy": 100 * 296 / 300}}}
    two_down = {"measures": {"acc": {"kind": "accuracy", "accuracy": 100 * 295 / 300}}}
    assert gate.shortfalls(one_down, {"acc": floors["acc"]}) == []
    assert gate.shortfalls(two_down, {"acc": floors["acc"]}) == ["acc: 98.33 < floor 98.66"]
    # on the seed's three incidents losing one fails
    assert gate.shortfalls({"measures": {"thirds": {"kind": "accuracy", "accuracy": 66.67}}},
                           {"thirds": floors["thirds"]}) == ["thirds: 66.67 < floor 99.0"]


def test_checksums_name_a_changed_and_a_missing_file(tmp_path):
    (tmp_path / "data" / "x").mkdir(parents=True)
    good, bad = tmp_path / "data" / "x" / "a.csv", tmp_path / "data" / "x" / "b.csv"
    good.write_text("id,notes\n1,a bomb\n", encoding="utf-8")
    bad.write_text("id,notes\n1,a bomb\n", encoding="utf-8")
    digest = hashlib.sha256(good.read_bytes()).hexdigest()
    manifest_file = tmp_path / "m.sha256"
    manifest_file.write_text(f"# comment\n{digest}  data/x/a.csv\n{digest}  data/x/b.csv\n{digest}  data/y/c.csv\n",
                             encoding="utf-8")
    manifest = gate.load_manifest(manifest_file)
    assert manifest == {"data/x/a.csv": digest, "data/x/b.csv": digest, "data/y/c.csv": digest}
    assert gate.check_files(manifest, tmp_path, "data/x/") == []
    bad.write_text("id,notes\n1,a bomb!\n", encoding="utf-8")
    assert gate.check_files(manifest, tmp_path) == [
        f"{bad}: sha256 differs from the checksum manifest",
        f"{tmp_path / 'data' / 'y' / 'c.csv'}: missing (listed in the checksum manifest)",
    ]


def test_a_malformed_manifest_line_is_named(tmp_path):
    manifest_file = tmp_path / "m.sha256"
    manifest_file.write_text("abc data/x.csv\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"m\.sha256:1: not a 'SHA256  PATH' line"):
        gate.load_manifest(manifest_file)


def test_data_prefix_is_the_subset_folder():
    assert gate.data_prefix({"file": "../shared/data/muc4/dev.json"}, ROOT, SHARED) == "data/muc4/"
    assert gate.data_prefix({"file": "../shared/data/web"}, ROOT, SHARED) == "data/web/"


def test_missing_shared_data_skips_only_outside_ci_and_where_shared_is_absent(tmp_path, monkeypatch):
    import seedutil

    monkeypatch.setattr(seedutil, "SHARED", tmp_path / "shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not mounted"):
        need(tmp_path / "shared" / "data" / "x.csv")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        need(tmp_path / "shared" / "data" / "x.csv")
    monkeypatch.delenv("CI")
    (tmp_path / "shared" / "data").mkdir(parents=True)
    with pytest.raises(pytest.fail.Exception, match="incomplete"):
        need(tmp_path / "shared" / "data" / "x.csv")
    (tmp_path / "shared" / "data" / "x.csv").write_text("id\n", encoding="utf-8")
    assert need(tmp_path / "shared" / "data" / "x.csv") == tmp_path / "shared" / "data" / "x.csv"
