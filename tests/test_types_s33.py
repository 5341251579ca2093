"""Session 33 (types): LinearModel.weights as a view of the model's matrix."""
from __future__ import annotations

import numpy as np

from eventwire.linear import LinearModel


def test_linear_weights_are_a_view_of_the_matrix():
    model = LinearModel(("a", "b"), {"bias": (1.0, -1.0), "w=x": (0.25, 0.5)})
    weights = model.weights
    assert weights == {"bias": (1.0, -1.0), "w=x": (0.25, 0.5)} and len(weights) == 2 and "w=x" in weights
    assert list(weights) == ["bias", "w=x"]
    model.matrix[model.index["w=x"]] = np.array([2.0, 3.0])
    assert weights["w=x"] == (2.0, 3.0)  # read from the matrix when asked, not copied when taken
