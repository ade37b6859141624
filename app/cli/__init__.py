"""The `motions` command: a thin layer over the library (pipeline/) and the flows.

Errors become Swedish messages here and nowhere else; the library raises typed
exceptions with reason codes. `main` is the console script; `python -m app.cli`
runs it too.
"""

from app.cli.main import SwedishParser, build_parser, format_summary, main

__all__ = ["SwedishParser", "build_parser", "format_summary", "main"]
