"""eventwire: code news reports of attacks and armed conflict into structured, geocoded incident records."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import EventwireError, InputError  # noqa: E402
from .options import Options, default_options  # noqa: E402
from .records import Article, CodedArticle, Incident, Place, Span  # noqa: E402

__all__ = [
    "Article",
    "CodedArticle",
    "EventwireError",
    "Incident",
    "InputError",
    "Options",
    "Place",
    "Span",
    "default_options",
    "__version__",
]
