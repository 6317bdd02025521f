"""The one way the commands print: text from articles never reaches the terminal with its escapes live."""

from __future__ import annotations

import click

from storyline.present.escape import terminal_text


def echo(message: str = "", *, err: bool = False) -> None:
    """``click.echo`` of ``message`` with control characters and bidi overrides shown as ``\\uXXXX``: an
    outlet holding ``ESC ] 0 ; ... BEL`` would otherwise retitle the window, and others rewrite the screen
    or the clipboard."""
    click.echo(terminal_text(message), err=err)
