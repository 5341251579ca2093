"""Specific exceptions raised by the library; only the CLI turns them into messages and exit codes."""
from __future__ import annotations


class EventwireError(Exception):
    """Base of every error the library raises on purpose."""


class ConfigError(EventwireError):
    """A setting is unknown, has the wrong type, or lies outside its declared range."""


class UsageError(EventwireError):
    """A value given to a command or a library call is not valid (a malformed date, an output path that would
    overwrite the database); names the value and the problem."""


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


class ArticleTimeout(EventwireError):
    """Coding one article took longer than its time limit ([limits] article_seconds)."""


class NotFoundError(EventwireError):
    """A record asked for by id does not exist."""


class EvaluationError(EventwireError):
    """An evaluation file is missing or not in the expected format."""
