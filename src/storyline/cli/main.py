"""The ``storyline`` command group: each sub-command lives in its own module."""

from __future__ import annotations

import importlib
import logging
import sys

import click

from storyline import __version__
from storyline.errors import StorylineError

# Module names under storyline.cli, each exposing a click command called ``command``.
COMMANDS = ("actors", "analyze", "brief", "claims", "commitments", "eval", "serve", "timeline")


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        debug = "--debug" in sys.argv
        try:
            return super().invoke(ctx)
        except StorylineError as e:
            if debug:
                raise
            raise click.ClickException(str(e)) from e


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="storyline")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
def cli(debug: bool) -> None:
    """Build an unfolding news story as data, every fact traced to its source sentence."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


for _name in COMMANDS:
    _module = importlib.import_module(f"storyline.cli.{_name}")
    cli.add_command(_module.command)


def main() -> None:
    """Console-script entry point."""
    cli()
