"""`motions serve`: the web page for the secretariat (FastAPI + uvicorn).

Bound to 127.0.0.1 unless --host says otherwise; there is no login yet, so any
other address gets a warning. Only requests for the page's own host names are
answered (the bound address, the loopback names when bound to loopback, and each
--allowed-host), so a foreign domain pointed at this machine (DNS rebinding) gets
400. Uploads go to --inbox and through the same ingest flow as `motions ingest`:
this command builds that runner (flow_runner) and hands it to the web app, which
never imports flows/ itself. Prefect is imported only when the first upload runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import re
import signal
import socket
import sys
from pathlib import Path

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"]  # as the Host header names them
WILDCARD = {"0.0.0.0", "::", ""}
_NAME = re.compile(r"(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*")


def host_name(value: str) -> str:
    """A host name or address as TrustedHostMiddleware compares it: lower case, an
    IPv6 address in brackets, "*.kommun.se" for every name under kommun.se. A bare
    "*" (every host, the check switched off), a port or a path is refused."""
    name = value.strip().lower()
    try:
        return f"[{ipaddress.IPv6Address(name.strip('[]'))}]"
    except ValueError:
        pass
    if not _NAME.fullmatch(name):
        raise argparse.ArgumentTypeError(f"ogiltigt värdnamn ”{value}” (ange ett namn eller en adress utan port, "
                                         "t.ex. motioner.kommun.se, 192.0.2.7 eller *.kommun.se)")
    return name


def allowed_hosts(args) -> list[str]:
    """The Host names the page answers to: the bound address, plus the loopback names
    when bound to loopback, plus every --allowed-host. Bound to every address
    (0.0.0.0), the loopback names and this machine's own name stand for it."""
    if args.host in WILDCARD:
        names = LOOPBACK_HOSTS + [socket.gethostname().lower(), socket.getfqdn().lower()]
    else:
        try:
            names = [host_name(args.host)]
        except argparse.ArgumentTypeError:
            names = [args.host.lower()]
        if args.host in LOOPBACK:
            names += LOOPBACK_HOSTS
    return list(dict.fromkeys(names + list(args.allowed_host or [])))


def flow_runner(inbox: str | Path, *, db: str | None, governance: str | None, outputs: str | None,
                today: dt.date | None):
    """The ingest flow for the named files of the inbox, as the web app's upload
    runner: `run(names) -> summary` (Prefect imported on first use)."""

    def run(names: list[str]) -> dict:
        from flows.ingest import ingest_flow

        return ingest_flow(str(inbox), db=db, governance=governance, outputs=outputs, today=today, only=names)

    return run


def cmd_serve(args) -> int:
    import uvicorn

    from app.web import create_app

    hosts = allowed_hosts(args)
    if args.host not in LOOPBACK:
        print(f"VARNING: webbsidan lyssnar på {args.host}, men det finns ingen inloggning ännu. Alla som når "
              f"adressen kan läsa registret och ladda upp filer. Använd bara i ett skyddat nät.", file=sys.stderr)
        print(f"Sidan svarar på namnen {', '.join(hosts)} (fler med --allowed-host).", file=sys.stderr)
    inbox = args.inbox or f"{args.out}/inkorg"
    runner = flow_runner(inbox, db=args.db, governance=args.governance, outputs=args.out, today=args.today)
    app = create_app(db=args.db, governance=args.governance, inbox=inbox, today=args.today, runner=runner,
                     allowed_hosts=hosts)
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
                              "  motions serve --host 0.0.0.0 --allowed-host motioner.kommun.se"
                              "   # nås från andra datorer; ingen inloggning ännu")
    p.add_argument("--host", default="127.0.0.1", help="adress att lyssna på (standard: 127.0.0.1, bara den här datorn)")
    p.add_argument("--port", type=int, default=8000, help="port (standard: 8000)")
    p.add_argument("--allowed-host", action="append", type=host_name, metavar="NAMN",
                   help="svara även på detta värdnamn (Host), t.ex. motioner.kommun.se eller *.kommun.se; kan "
                        "upprepas. Standard: adressen i --host, och localhost, 127.0.0.1 och ::1 när den är "
                        "127.0.0.1. Andra namn får 400 (skydd mot DNS rebinding)")
    p.add_argument("--inbox", metavar="MAPP", help="inkorgen som uppladdade filer läggs i (standard: MAPP/inkorg under --out)")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    common(p, today=True)
    p.set_defaults(func=cmd_serve)
