"""`storyline brief INPUTS... --out DIR`: the main job, from articles to a sourced brief."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from storyline.cli.options import (
    echo_skips,
    fail_on_internal_errors,
    input_options,
    jobs_option,
    jobs_or_default,
    progress_bar,
    read_options,
)
from storyline.cli.output import echo
from storyline.scale.pool import Workers
from storyline.scale.warm import more_than, prepare_drawing
from storyline.settings import ENGINES

if TYPE_CHECKING:
    from storyline.runner import RunResult
    from storyline.scale.drawing import DrawWithWorkers

# The briefs' modules (jinja2, the digest, the store) are imported after the workers are started (the drawing
# ahead, ``_write``): until then the second core idles, so the command imports only what it needs to start them.


@click.command("brief")
@input_options
@jobs_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for brief.html, brief.md, brief.json.",
)
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base file [default: OUT/story.db].")
@click.option(
    "--engine", type=click.Choice(ENGINES), default="local", show_default=True, help="Where the analyze stage runs."
)
@click.option("--scheduler", help="Dask scheduler address (with --engine dask) [default: a local cluster].")
@click.option(
    "--workers", type=click.IntRange(1), default=2, show_default=True, help="Local Dask workers (with --engine dask)."
)
def command(
    inputs: tuple[str, ...],
    out_dir: str,
    kb: str | None,
    engine: str,
    scheduler: str | None,
    workers: int,
    jobs: int | None,
    quiet: bool,
    **options: Any,
) -> None:
    """Read INPUTS (files, folders, .txt .html .jsonl, - for stdin) and write a sourced brief."""
    kb_path = Path(kb) if kb else Path(out_dir) / "story.db"
    settings = read_options(options)["settings"]
    # The analysis workers stay for the briefs' pictures; they import matplotlib during the story stage.
    with Workers(jobs_or_default(jobs), after=prepare_drawing) as pool:
        if engine == "local" and more_than(inputs, settings.batch_size):
            pool.warm(settings.model)  # before the runner's imports below: the workers start beside them
        from storyline.runner import run
        from storyline.scale.drawing import PicturesAhead, drawer_for

        ahead = PicturesAhead(pool)
        with progress_bar(quiet) as progress:
            result = run(
                list(inputs),
                kb=kb_path,
                progress=progress,
                engine=engine,
                scheduler=scheduler,
                workers=workers,
                pool=pool,
                release_model=True,  # one brief per process: the story stage runs without the model in memory
                resolved=ahead,  # the workers draw a story's pictures while the later ones resolve
                **read_options(options),
            )
        echo(result.summary.line(), err=True)
        echo_skips(result.skips)
        _write(result, out_dir, kb_path, ahead.drawer or drawer_for(pool))
    fail_on_internal_errors(result.summary.failed)


def _write(result: RunResult, out_dir: str, kb_path: Path, drawer: DrawWithWorkers | None) -> None:
    """The brief, or with several stories one brief each and an index; the pictures shared with ``drawer``'s
    workers (None: drawn here)."""
    from storyline.present.brief import write_brief
    from storyline.present.sentences import sentences_from
    from storyline.present.stories import write_index

    if len(result.stories) > 1:  # a mixed pile: one brief per story and an index linking them
        with sentences_from(kb_path) as sentences_of:
            index = write_index(result.stories, out_dir, result.skips, sentences_of, drawer)
        echo(f"{len(result.stories)} stories: {index.html}  {index.json}  knowledge base: {kb_path}")
    else:
        with sentences_from(kb_path) as sentences_of:
            sentences = sentences_of(result.story)
            files = write_brief(result.story, out_dir, result.skips, sentences=sentences, drawer=drawer)
        echo(f"brief: {files.html}  {files.markdown}  {files.json}  knowledge base: {kb_path}")
