import pickle
import subprocess
import sys
from pathlib import Path

from storyline.scale.pool import Workers
from storyline.scale.warm import more_than, prepare_drawing


def test_a_folder_counts_its_files_and_a_jsonl_file_its_lines(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i in range(3):
        (folder / "sub" / f"{i}.txt").write_text("A story.", encoding="utf-8")
    pile = tmp_path / "pile.jsonl"
    pile.write_text("".join('{"text": "A story."}\n' for _ in range(4)), encoding="utf-8")
    assert more_than([str(folder)], 2) and not more_than([str(folder)], 3)
    assert more_than([str(pile)], 3) and not more_than([str(pile)], 4)
    assert more_than([str(folder), str(pile)], 6) and not more_than([str(folder), str(pile)], 7)


def test_stdin_and_missing_inputs_count_for_nothing_and_a_plain_file_for_one(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>A story.</p>", encoding="utf-8")
    assert not more_than(["-", str(tmp_path / "missing.txt")], 0)
    assert more_than([str(page)], 0) and not more_than([str(page)], 1)


def test_one_job_starts_no_worker_to_warm() -> None:
    with Workers(1) as workers:
        workers.warm("any-model")
        assert not workers.started


def test_the_brief_command_starts_its_workers_before_importing_the_analysis_or_the_briefs() -> None:
    # Whatever the command imports before ``Workers.warm`` runs with the second core idle.
    code = (
        "import sys, storyline.cli.main, storyline.cli.brief\n"
        "heavy = ('spacy', 'jinja2', 'tqdm', 'matplotlib', 'storyline.model', 'storyline.present.brief')\n"
        "print([name for name in heavy if name in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_prepare_drawing_is_pickled_by_a_name_that_imports_no_drawing_module() -> None:
    assert pickle.loads(pickle.dumps(prepare_drawing)) is prepare_drawing
    assert prepare_drawing.__module__ == "storyline.scale.warm"
