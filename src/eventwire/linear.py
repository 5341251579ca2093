"""Linear models shipped as JSON weight tables: scoring feature dicts, loading once, and fitting (for training scripts)."""
from __future__ import annotations

import argparse
import json
import math
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path

import numpy as np


class WeightTable(Mapping[str, tuple[float, ...]]):
    """A read-only view of a model's weights: feature name -> its row of the matrix as a tuple of floats. Equal to
    the dict of the same items (Mapping's equality), as the model's `weights` once was."""

    def __init__(self, index: dict[str, int], matrix: np.ndarray):
        self._index, self._matrix = index, matrix

    def __getitem__(self, name: str) -> tuple[float, ...]:
        return tuple(self._matrix[self._index[name]].tolist())

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, name: object) -> bool:
        return name in self._index


class LinearModel:
    """A multinomial logistic model: feature name -> one weight per label."""

    def __init__(self, labels: Sequence[str], weights: dict[str, Sequence[float]], expected: Sequence[str] | None = None):
        if expected is not None and tuple(labels) != tuple(expected):
            raise ValueError(f"model labels {tuple(labels)} are not {tuple(expected)}")
        self.labels = tuple(labels)
        names = list(weights)
        #: feature name -> its row of `matrix`, which holds one weight per label (float64, as the file's numbers)
        self.index = {name: row for row, name in enumerate(names)}
        self.matrix = np.array([tuple(weights[name]) for name in names], dtype=np.float64).reshape(
            len(names), len(self.labels))

    @property
    def weights(self) -> Mapping[str, tuple[float, ...]]:
        """Feature name -> one weight per label, read from `matrix` as asked (a view: nothing is copied when it is
        taken; for training scripts and tests)."""
        return WeightTable(self.index, self.matrix)

    @classmethod
    def from_file(cls, path: str | Path, expected: Sequence[str] | None = None) -> "LinearModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["labels"], data["weights"], expected)

    def probabilities(self, features: dict[str, float]) -> list[float]:
        """The probability of each label for a feature dict: each label's weights summed in the dict's order (the
        rows of the features the model knows, weighted, then added one after another by np.add.accumulate, which
        adds in order as a loop does, so the scores are those of a loop over the features), then a softmax."""
        index = self.index
        rows = [index[name] for name in features if name in index]
        if not rows:
            scores = [0.0] * len(self.labels)
        else:
            weights = self.matrix[rows]
            values = [value for name, value in features.items() if name in index]
            if any(value != 1.0 for value in values):  # most features are binary, and w * 1.0 is w exactly
                weights *= np.array(values, dtype=np.float64)[:, None]
            scores = np.add.accumulate(weights, axis=0)[-1].tolist()
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


class Packaged:
    """A model file inside the package, read on first use by any thread; None when the package carries none.
    `labels`: the labels the file must hold, or None for a model whose labels are whatever its file lists."""

    def __init__(self, parts: Sequence[str], labels: Sequence[str] | None):
        self.parts, self.labels = tuple(parts), (tuple(labels) if labels is not None else None)
        self._lock = threading.Lock()
        self._model: LinearModel | None = None
        self._loaded = False

    def path(self) -> Path:
        return Path(str(resources.files("eventwire").joinpath(*self.parts)))

    def load(self) -> LinearModel | None:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    path = self.path()
                    self._model = LinearModel.from_file(path, self.labels) if path.is_file() else None
                    self._loaded = True
        return self._model

    def reset(self) -> None:
        """Forget the loaded model, so that the next load() reads the file again."""
        with self._lock:
            self._model, self._loaded = None, False


def fit(rows: Iterable[tuple[dict[str, float], int]], n_labels: int, min_count: int, l2: float,
        max_iter: int = 400) -> dict[str, list[float]]:
    """Multinomial logistic regression over the features seen at least min_count times: {feature: weights}.

    An L2 penalty on every weight, fitted by L-BFGS (scipy: installed with reverse-geocoder, needed only here,
    by the training scripts). The same rows in the same order give the same weights."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    rows = list(rows)
    counts = Counter(name for features, _ in rows for name in features)
    names = sorted(name for name, c in counts.items() if c >= min_count)
    column = {name: j for j, name in enumerate(names)}
    data, indices, indptr = [], [], [0]
    for features, _ in rows:
        for name, value in features.items():
            if name in column:
                indices.append(column[name])
                data.append(value)
        indptr.append(len(indices))
    x = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(names)))
    k = n_labels
    y = np.zeros((len(rows), k))
    y[np.arange(len(rows)), [label for _, label in rows]] = 1

    def loss_and_gradient(flat):
        w = flat.reshape(len(names), k)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -(y * np.log(p + 1e-12)).sum() + 0.5 * l2 * (w * w).sum()
        return loss, (x.T @ (p - y) + l2 * w).ravel()

    result = minimize(loss_and_gradient, np.zeros(len(names) * k), jac=True, method="L-BFGS-B",
                      options={"maxiter": max_iter})
    w = result.x.reshape(len(names), k)
    # weights this small change no probability in the fourth decimal; leaving them out halves the file
    return {name: [round(float(v), 4) for v in w[j]] for j, name in enumerate(names) if abs(w[j]).max() >= 1e-3}


def write(path: Path, labels: Sequence[str], weights: dict[str, list[float]], **about) -> None:
    """The weights file a LinearModel reads: labels, weights and what it was trained on (`about`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    model = {"labels": list(labels), "weights": weights, **about}
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


def train_main(argv: Sequence[str] | None, *, description: str, labels: Sequence[str],
               examples: Callable[[Path, int | None], list[tuple[dict[str, float], int]]],
               default_train: Path, default_out: Path, default_l2: float, l2_note: str, unit: str) -> int:
    """The command line the model training scripts share: read examples from a GTT train file, fit, write."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--train", type=Path, default=default_train, help="GTT train file (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=default_out, help="weights file (default: %(default)s)")
    ap.add_argument("--min-count", type=int, default=3, help="keep features seen this often (default: 3)")
    ap.add_argument("--l2", type=float, default=default_l2, help=f"L2 penalty (default: %(default)s; {l2_note})")
    ap.add_argument("--limit", type=int, help="first N documents only (for a quick check)")
    args = ap.parse_args(argv)
    if not args.train.is_file():
        print(f"error: {args.train}: no such file (MUC-4 train lives in ../shared/data/muc4)", file=sys.stderr)
        return 2
    rows = examples(args.train, args.limit)
    print(f"{len(rows)} {unit}, {Counter(labels[label] for _, label in rows)}", file=sys.stderr)
    weights = fit(rows, len(labels), args.min_count, args.l2)
    write(args.out, labels, weights, trained_on=args.train.name, min_count=args.min_count, l2=args.l2)
    print(f"wrote {args.out} ({len(weights)} features)", file=sys.stderr)
    return 0
