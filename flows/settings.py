"""Prefect settings for running with no server started by hand.

Imported before Prefect (flows/__init__.py does it first): Prefect reads these
at import. `import prefect` creates PREFECT_HOME, so it lives in the project's
state folder, not in ~/.prefect. Set PREFECT_API_URL to use a real server; the
runs then show in its UI.
"""

from __future__ import annotations

import os
from pathlib import Path

STATE = Path(os.environ.get("MOTIONS_STATE", ".state")).resolve()

DEFAULTS = {
    "PREFECT_HOME": str(STATE / "prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # offline: telemetry only logs errors
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_TASKS_DEFAULT_NO_CACHE": "true",  # never hash a spaCy pipeline or a Document
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}

for key, value in DEFAULTS.items():
    os.environ.setdefault(key, value)

# Prefect creates its home without parents and then fails slowly (a 90 s server
# start-up timeout) when the folder above it is missing.
Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
