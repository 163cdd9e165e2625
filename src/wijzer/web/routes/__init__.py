"""HTTP routes, one router per area. A new area (ask, quiz, audit upload) adds a module
with a ``router``, registers it below and adds its entry to :data:`wijzer.web.context.NAV`.
"""

from __future__ import annotations

from fastapi import FastAPI


def register(app: FastAPI) -> None:
    from wijzer.web.routes import (
        account,
        api,
        ask,
        auth,
        employee,
        history,
        requests,
        review,
        workshop,
    )

    app.include_router(api.router)
    app.include_router(api.docs_router)
    for module in (auth, employee, requests, review, account, ask, workshop, history):
        app.include_router(module.router, include_in_schema=False)
