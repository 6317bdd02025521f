"""Options shared by the commands that read articles, and the progress bar they show."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from storyline.cli.output import echo
from storyline.errors import Msg
from storyline.scale.cores import available_cores
from storyline.settings import Settings

if TYPE_CHECKING:  # the runner imports spaCy: a command imports it when it runs, after starting its workers
    from storyline.model import Skip
    from storyline.runner import Progress


def input_options(func: Callable[..., Any] | None = None, *, required: bool = True) -> Callable[..., Any]:
    """INPUTS plus --manifest, --published, --outlet, --batch-size, --max-bytes, --min-words, --quiet.

    ``@input_options`` or ``@input_options(required=False)`` (a command that has another way to get its articles).
    """

    def apply(func: Callable[..., Any]) -> Callable[..., Any]:
        for decorator in reversed(_input_decorators(required)):
            func = decorator(func)
        return func

    return apply(func) if func is not None else apply


def _input_decorators(required: bool) -> list[Callable[..., Any]]:
    return [
        click.argument("inputs", nargs=-1, required=required),
        click.option(
            "--manifest", type=click.Path(exists=True, dir_okay=False), help="CSV: file, outlet, published, url, title."
        ),
        click.option(
            "--published",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            help="Publication date for every input (YYYY-MM-DD).",
        ),
        click.option("--outlet", help="Outlet for every input."),
        click.option(
            "--batch-size",
            type=click.IntRange(1, 10_000),
            default=Settings.batch_size,
            show_default=True,
            help="Articles per spaCy batch (drives memory).",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(1),
            default=Settings.max_bytes,
            show_default=True,
            help="Skip inputs larger than this.",
        ),
        min_words_option(),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    ]


def min_words_option() -> Callable[..., Any]:
    """--min-words: the shortest cleaned body analysed (a file of single sentences needs 1)."""
    return click.option(
        "--min-words",
        type=click.IntRange(1),
        default=Settings.min_words,
        show_default=True,
        help="Skip articles whose cleaned text has fewer words than this (no-body).",
    )


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs N: processes for the analysis; every available core by default (resolved when the command runs)."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1),
        default=None,
        help="Processes analysing articles; 1 for this process only. [default: every available core]",
    )(func)


def jobs_or_default(jobs: int | None) -> int:
    """The --jobs value, or every core this process may use within the cgroup CPU quota."""
    return jobs if jobs is not None else available_cores()


def settings_from(batch_size: int, max_bytes: int, min_words: int = Settings.min_words) -> Settings:
    """Settings from the shared options."""
    return Settings(batch_size=batch_size, max_bytes=max_bytes, min_words=min_words)


def options_settings(options: dict[str, Any]) -> Settings:
    """Settings from the shared options as click passed them."""
    return settings_from(options["batch_size"], options["max_bytes"], options["min_words"])


def read_options(options: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``runner.run`` / ``ingest.read_inputs`` that the shared options give."""
    return {
        "manifest": options["manifest"],
        "published": as_date(options["published"]),
        "outlet": options["outlet"],
        "settings": options_settings(options),
    }


def echo_skips(skips: Iterable[Skip]) -> None:
    """One line per skipped input on stderr."""
    for skip in skips:
        echo(f"skipped {skip.source}: {skip.reason} {skip.detail}".rstrip(), err=True)


def fail_on_internal_errors(count: int) -> None:
    """Exit non-zero when inputs were lost to a bug: the run went on and stored the rest, but it is not clean."""
    if count:
        raise click.ClickException(Msg.INTERNAL_COUNT.format(count=count))


def as_date(value: Any) -> date | None:
    """click.DateTime gives a datetime; the library wants a date."""
    return value.date() if value is not None else None


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[Progress], None]]:
    """A progress callback drawing a bar on stderr (rate and counts; the total is not known in advance)."""
    if quiet:
        yield lambda _: None
        return
    from tqdm.std import tqdm  # here, not at the top: a command starts its workers before it imports more

    bar: tqdm[Any] = tqdm(desc="articles", unit=" art", file=sys.stderr, dynamic_ncols=True)
    counts = {"analysed": 0, "stored": 0, "skipped": 0}

    def update(event: Progress) -> None:
        counts[event.status] = counts.get(event.status, 0) + 1
        bar.set_postfix(counts, refresh=False)
        bar.update(1)

    try:
        yield update
    finally:
        bar.close()
