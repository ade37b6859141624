"""Prefect settings for running with no server started by hand.

Imported before Prefect (flows/__init__.py does it first): Prefect reads these
at import. `import prefect` creates PREFECT_HOME, so it lives in the product's
state folder (pipeline.state: $MOTIONS_STATE or ~/.local/state/motions), not in
~/.prefect and not in whatever folder `motions` runs from. Set PREFECT_API_URL to use a real server; the
runs then show in its UI.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pipeline.state import state_dir

STATE = state_dir()

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

# The product's own log records (tracebacks of failed runs) go to the file the CLI
# sets up; without one they must not reach Prefect's console handler on the root.
logging.getLogger("motions").propagate = False
logging.getLogger("motions").addHandler(logging.NullHandler())
