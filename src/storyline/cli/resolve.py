"""`storyline resolve SHARDS... --out DIR`: the story stage over analysis shards, written as a brief."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.cli.output import echo
from storyline.present.brief import write_brief
from storyline.present.sentences import sentences_from
from storyline.present.stories import write_index
from storyline.scale.gather import gather


@click.command("resolve")
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for brief.html, brief.md, brief.json.",
)
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base file [default: OUT/story.db].")
def command(shards: tuple[str, ...], out_dir: str, kb: str | None) -> None:
    """Load analysis SHARDS (from `storyline shard`) into a knowledge base, resolve the story, write the brief."""
    kb_path = Path(kb) if kb else Path(out_dir) / "story.db"
    kb_path.parent.mkdir(parents=True, exist_ok=True)
    result = gather(list(shards), kb_path)
    echo(result.line(), err=True)
    if len(result.stories) > 1:  # a mixed pile: one brief per story and an index linking them
        with sentences_from(kb_path) as sentences_of:
            index = write_index(result.stories, out_dir, result.skips, sentences_of)
        echo(f"{len(result.stories)} stories: {index.html}  {index.json}  knowledge base: {kb_path}")
        return
    with sentences_from(kb_path) as sentences_of:
        files = write_brief(result.story, out_dir, result.skips, sentences=sentences_of(result.story))
    echo(f"brief: {files.html}  {files.markdown}  {files.json}  knowledge base: {kb_path}")
