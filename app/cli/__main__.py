"""`python -m app.cli`: the `motions` command."""

import sys

from app.cli.main import main

sys.exit(main())
