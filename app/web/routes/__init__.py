"""One router per page: each module holds its routes and what only it needs, and
takes the shared context (app/web/context.py) as a dependency.

ROUTERS is the order create_app includes them in: the API's first (its paths keep
their order in /api/openapi.json), then the pages in the order of the menu.
"""

from app.web.routes import accessibility, api, case, documents, register, search, unfinished, upload

ROUTERS = [api.router, register.router, case.router, documents.router, search.router, unfinished.router,
           upload.router, accessibility.router]
