"""Prefect flows: thin orchestration over pipeline/ (which never imports Prefect)."""

from flows import settings  # noqa: F401  - must run before Prefect is imported
