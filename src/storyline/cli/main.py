"""The ``storyline`` command group: each sub-command lives in its own module."""

from __future__ import annotations

import atexit
import errno
import importlib
import logging
import os
import sqlite3
import sys
import threading

import click

from storyline import __version__
from storyline.errors import Msg, StorylineError
from storyline.present.escape import terminal_text

# Module names under storyline.cli, each exposing a click command called ``command``.
COMMANDS = (
    "actors",
    "analyze",
    "brief",
    "claims",
    "cluster",
    "commitments",
    "eval",
    "resolve",
    "serve",
    "shard",
    "stories",
    "timeline",
)


_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def _disk_trouble(error: BaseException) -> bool:
    """True when SQLite (directly or as the cause of a StoreError) failed to write to the disk."""
    cause = error if isinstance(error, sqlite3.Error) else error.__cause__
    name = getattr(cause, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN"))


def one_line(error: BaseException) -> str:
    """The message a user sees for ``error``: one line, no traceback."""
    if isinstance(error, StorylineError):
        message = str(error)
    elif isinstance(error, OSError):
        why = (error.strerror or str(error)).lower()
        path = error.filename if error.filename is not None else "a file"
        template = Msg.DISK_FULL if error.errno in _FULL else Msg.OS_ERROR
        message = template.format(path=path, why=why)
    elif isinstance(error, sqlite3.Error):
        message = Msg.DB_ERROR.format(why=error)
    else:
        message = Msg.INTERNAL.format(kind=type(error).__name__, why=error)
    if _disk_trouble(error):
        message = Msg.DISK_HINT.format(message=message)
    return " ".join(message.split())


class _Group(click.Group):
    """The command group; a sub-command's module is imported only when that command is asked for.

    Importing every command took about 1.2 CPU seconds more than ``brief`` needs (``eval`` pulls in scipy's
    optimiser, ``claims`` and ``timeline`` matplotlib): start-up cost on every run, paid before any work.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command: click.Command = importlib.import_module(f"storyline.cli.{cmd_name}").command
        return command

    def invoke(self, ctx: click.Context) -> object:
        debug = bool(ctx.params.get("debug")) or "--debug" in sys.argv
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (`storyline analyze --jsonl | head`): stop quietly, as other tools do.
            # Python's own advice: point stdout at devnull so the flush at exit does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        except Exception as e:  # every failure becomes one line and exit code 1, unless --debug
            if debug:
                raise
            raise click.ClickException(terminal_text(one_line(e))) from e  # a path may hold escapes


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="storyline")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
def cli(debug: bool) -> None:
    """Build an unfolding news story as data, every fact traced to its source sentence."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    """Console-script entry point."""
    try:
        cli()
    except SystemExit as e:
        if e.code in (0, None):
            end()
        raise


def end() -> None:
    """End a command that succeeded now, as the interpreter would but without tearing it down.

    The interpreter's own exit frees every object one by one (a 600-article brief's command: about 0.3 CPU s,
    run after the work is over, on the critical path of every run). A command has closed its files and its
    knowledge base by the time it returns, so the exit handlers (multiprocessing's clean-up among them) and a
    flush of the standard streams are all that is left to do. With a thread the interpreter would wait for
    still running, or a stream that cannot be flushed, this returns and the interpreter exits as usual."""
    first = threading.main_thread()
    if threading.current_thread() is not first or any(
        thread is not first and thread.is_alive() and not thread.daemon for thread in threading.enumerate()
    ):
        return
    if not _flushed():
        return
    atexit._run_exitfuncs()
    if not _flushed():  # a handler's output that cannot be written: the interpreter reports it as usual
        return
    os._exit(0)


def _flushed() -> bool:
    """Whether the standard streams could be flushed."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True
