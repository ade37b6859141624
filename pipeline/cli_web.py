"""`motions serve`: the web page for the secretariat (FastAPI + uvicorn).

Bound to 127.0.0.1 unless --host says otherwise; there is no login yet, so any
other address gets a warning. Uploads go to --inbox and through the same ingest
flow as `motions ingest` (Prefect is imported only when the first upload runs).
"""

from __future__ import annotations

import argparse
import signal
import sys

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def cmd_serve(args) -> int:
    import uvicorn

    from pipeline.web import create_app

    if args.host not in LOOPBACK:
        print(f"VARNING: webbsidan lyssnar på {args.host}, men det finns ingen inloggning ännu. Alla som når "
              f"adressen kan läsa registret och ladda upp filer. Använd bara i ett skyddat nät.", file=sys.stderr)
    inbox = args.inbox or f"{args.out}/inkorg"
    app = create_app(db=args.db, governance=args.governance, inbox=inbox, outputs=args.out, today=args.today)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Motioner: http://{shown}:{args.port}/  (inkorg {inbox}, rapporter {args.out}/; Ctrl-C avslutar)",
          flush=True)
    # uvicorn shuts down gracefully on SIGTERM and then raises the signal again with
    # the handler that was there before. Python's default for SIGTERM ends the process
    # without running atexit, which would leave Prefect's temporary API server (started
    # by the first upload) running as an orphan. Exiting through SystemExit runs it.
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(0)


def add_commands(sub, common) -> None:
    p = sub.add_parser("serve", help="starta webbsidan för registret", formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Webbsida för sekretariatet: registret, ärenden med att-satser och kommentarer, "
                                   "sök, ej färdigberedda motioner och uppladdning till inkorgen. JSON under /api/ "
                                   "(schema: /api/openapi.json).",
                       epilog="Exempel:\n  motions serve\n  motions serve --port 8080 --db outputs/motions.db\n"
                              "  motions serve --host 0.0.0.0   # nås från andra datorer; ingen inloggning ännu")
    p.add_argument("--host", default="127.0.0.1", help="adress att lyssna på (standard: 127.0.0.1, bara den här datorn)")
    p.add_argument("--port", type=int, default=8000, help="port (standard: 8000)")
    p.add_argument("--inbox", metavar="MAPP", help="inkorgen som uppladdade filer läggs i (standard: MAPP/inkorg under --out)")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    common(p, today=True)
    p.set_defaults(func=cmd_serve)
