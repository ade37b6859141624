"""The apps over the library: the `motions` command (app/cli/) and the web page
(app/web/). They are the top layer: they import pipeline/ and flows/, and nothing
below imports them (pyproject.toml's import-linter contracts)."""
