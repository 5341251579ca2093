"""The analyst's desk: an HTTP API and a web app over the incident database (`eventwire serve`)."""
from __future__ import annotations

from .app import DeskConfig, create_app

__all__ = ["DeskConfig", "create_app"]
