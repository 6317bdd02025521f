"""`storyline serve KB`: browse the story and query its JSON API on a local web server."""

from __future__ import annotations

import ipaddress

import click

from storyline.cli.output import echo


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str) -> list[str] | None:
    """Host headers to accept: only local names when bound to loopback (against DNS rebinding), else any."""
    if not _is_loopback(host):
        return None
    return ["127.0.0.1", "localhost", "[::1]", host]


@click.command("serve")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind (other machines can reach it unless it is a loopback address).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
def command(kb: str, host: str, port: int) -> None:
    """Serve the knowledge base KB (read-only): pages, JSON API under /api/, OpenAPI at /openapi.json."""
    import uvicorn

    from storyline.web import create_app

    app = create_app(kb, allowed_hosts=allowed_hosts(host))
    if not _is_loopback(host):
        echo(f"warning: serving on {host}, reachable from other machines", err=True)
    echo(f"storyline: serving {kb} on http://{'[' + host + ']' if ':' in host else host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
