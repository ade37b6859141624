"""Where the product keeps its own state (Prefect's home, the log file).

Not the folder a person happens to run `motions` from: $MOTIONS_STATE when set,
else the XDG state folder of the user (~/.local/state/motions).
"""

from __future__ import annotations

import os
from pathlib import Path


def state_dir() -> Path:
    explicit = os.environ.get("MOTIONS_STATE")
    if explicit:
        return Path(explicit).expanduser().resolve()
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base).expanduser() / "motions"
