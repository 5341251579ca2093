"""Tests of the shipped linear models' scoring, loading and fitting (eventwire.linear)."""
from __future__ import annotations

import json

import pytest

from eventwire import linear

LABELS = ("NONE", "VICTIM", "WEAPON")


def test_probabilities_are_a_softmax_over_the_labels():
    model = linear.LinearModel(LABELS, {"bias": [1.0, 0.0, 0.0], "w=bomb": [0.0, 0.0, 3.0]})
    probs = model.probabilities({"bias": 1.0, "w=bomb": 1.0, "unknown": 1.0})
    assert sum(probs) == pytest.approx(1.0)
    # exp(3) / (exp(1) + exp(0) + exp(3)), worked by hand
    assert probs[2] == pytest.approx(20.0855 / (2.71828 + 1.0 + 20.0855), rel=1e-4)


def test_labels_must_be_the_expected_ones():
    with pytest.raises(ValueError, match="model labels"):
        linear.LinearModel(("NONE", "VICTIM"), {}, expected=LABELS)


def test_fit_separates_a_toy_problem_and_is_deterministic():
    rows = [({"bias": 1.0, "w=priest": 1.0}, 1)] * 5 + [({"bias": 1.0, "w=dynamite": 1.0}, 2)] * 5
    rows += [({"bias": 1.0, "w=thursday": 1.0}, 0)] * 5 + [({"bias": 1.0, "w=rare": 1.0}, 1)] * 2
    weights = linear.fit(rows, len(LABELS), min_count=3, l2=0.1)
    assert "w=rare" not in weights  # seen twice, below min_count
    model = linear.LinearModel(LABELS, weights)
    for word, label in (("priest", 1), ("dynamite", 2), ("thursday", 0)):
        probs = model.probabilities({"bias": 1.0, f"w={word}": 1.0})
        assert max(range(len(probs)), key=probs.__getitem__) == label
    assert linear.fit(rows, len(LABELS), min_count=3, l2=0.1) == weights


def test_written_file_loads_back(tmp_path):
    path = tmp_path / "m.json"
    linear.write(path, LABELS, {"bias": [0.5, 0.0, -0.5]}, trained_on="toy")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["trained_on"] == "toy" and data["labels"] == list(LABELS)
    model = linear.LinearModel.from_file(path, LABELS)
    assert model.probabilities({"bias": 1.0})[0] > model.probabilities({"bias": 1.0})[2]


def test_packaged_model_loads_once_and_absent_file_gives_none():
    absent = linear.Packaged(("data", "models", "no-such-model.json"), LABELS)
    assert absent.load() is None
    shipped = linear.Packaged(("data", "models", "role_ranker.json"),
                              ("NONE", "PERPIND", "PERPORG", "TARGET", "VICTIM", "WEAPON"))
    first = shipped.load()
    assert first is not None and shipped.load() is first
    shipped.reset()
    assert shipped.load() is not first


def test_train_main_fits_and_writes_or_refuses_a_missing_file(tmp_path, capsys):
    train = tmp_path / "train.json"
    out = tmp_path / "model.json"
    rows = [({"bias": 1.0, "w=priest": 1.0}, 1)] * 4 + [({"bias": 1.0, "w=dynamite": 1.0}, 2)] * 4

    def examples(path, limit):
        assert path == train and limit == 2
        return rows

    common = dict(description="toy", labels=LABELS, examples=examples, default_train=train, default_out=out,
                  default_l2=0.5, l2_note="toy", unit="rows")
    assert linear.train_main([], **common) == 2
    assert "no such file" in capsys.readouterr().err
    train.write_text("", encoding="utf-8")
    assert linear.train_main(["--limit", "2"], **common) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["l2"] == 0.5 and data["trained_on"] == "train.json" and "w=priest" in data["weights"]
