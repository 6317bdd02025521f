"""The web app: pages and JSON API over one knowledge base, opened read-only, everything served locally."""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline import __version__
from storyline.web import api, pages
from storyline.web.state import StorySource

log = logging.getLogger(__name__)

_HERE = Path(__file__).parent

# Scripts only from this server: injected markup in article text could not run even if escaping failed.
# Inline style attributes are allowed because the SVG pictures use them.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

_CODES = {404: "not_found", 405: "method_not_allowed", 422: "invalid_request", 500: "internal_error"}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/openapi.json")


def _error(request: Request, status: int, message: str) -> Response:
    code = _CODES.get(status, "error")
    # The headers are set here too: a 500 is answered outside the middleware that sets them on the others.
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=SECURITY_HEADERS)
    html = pages.render_error(request, status, message)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'query')}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.error("error serving %s", request.url.path, exc_info=exc)
        return _error(request, 500, "internal error; see the server log")


def create_app(kb_path: str | Path, *, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The app over the knowledge base at ``kb_path`` (raises StoreError if it cannot be opened).

    ``allowed_hosts`` restricts the Host header (against DNS rebinding when bound to localhost).
    """
    source = StorySource(kb_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        # Draw the pictures before the first visitor asks for the overview (about a second on the seeds).
        threading.Thread(target=lambda: source.state().pictures, name="storyline-warmup", daemon=True).start()
        yield
        source.close()

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="The story as data: articles, actors, quotes, numbers, events, relations and commitments, "
        "every fact traced to its source sentence. Lists are paginated with limit/offset and report their total; "
        'every error is {"error": {"code", "message"}}.',
        docs_url=None,  # the interactive docs page loads scripts from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.source = source
    _install_errors(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
