"""Serve the ingest flow as a Prefect deployment on an interval, for those who run
a Prefect server (its UI then shows every run, its logs and artifacts).

    prefect server start --host 127.0.0.1 &             # UI on http://127.0.0.1:4200
    export PREFECT_API_URL=http://127.0.0.1:4200/api
    python -m flows.deploy inkorg --every 60           # serves until Ctrl-C

Stop this process before the server: `serve()` hangs if the server goes first.
"""

from __future__ import annotations

import argparse

from flows import settings  # noqa: F401  - Prefect settings before Prefect
from flows.ingest import ingest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m flows.deploy", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inbox")
    parser.add_argument("--every", type=int, default=60, help="sekunder mellan körningarna")
    parser.add_argument("--db", default=None)
    parser.add_argument("--governance", default=None)
    parser.add_argument("--out", default="outputs")
    args = parser.parse_args(argv)
    ingest.serve(
        name="motions-inkorg",
        interval=args.every,
        parameters={"inbox": args.inbox, "db": args.db, "governance": args.governance, "outputs": args.out},
        description="Läser in nya dokument från inkorgen och skriver om rapporterna.",
    )


if __name__ == "__main__":
    main()
