"""The web page for the secretariat (`motions serve`): see app/web/app.py."""

from app.web.app import create_app

__all__ = ["create_app"]
