"""Specific exceptions raised by the library; only the CLI turns them into messages and exit codes."""
from __future__ import annotations


class EventwireError(Exception):
    """Base of every error the library raises on purpose."""


class ConfigError(EventwireError):
    """A setting is unknown or has the wrong type."""


class InputError(EventwireError):
    """An input cannot be read or is not an article; names the input and the problem."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class ModelError(EventwireError):
    """The NLP pipeline or a packaged model cannot be loaded."""


class GazetteerError(EventwireError):
    """The gazetteer cannot be built or opened."""


class StoreError(EventwireError):
    """The incident database cannot be opened, migrated or written."""


class NotFoundError(EventwireError):
    """A record asked for by id does not exist."""


class EvaluationError(EventwireError):
    """An evaluation file is missing or not in the expected format."""
