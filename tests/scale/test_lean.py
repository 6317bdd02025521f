"""A worker imports spaCy without spaCy's command line, and spaCy works the same there."""

from __future__ import annotations

import subprocess
import sys

from storyline.scale.pool import Workers
from storyline.settings import Settings


def test_spacy_without_its_command_line_keeps_spacy_info() -> None:
    code = (
        "import sys\n"
        "from storyline.scale.lean import without_spacy_cli\n"
        "without_spacy_cli()\n"
        "import spacy\n"
        "print('typer' in sys.modules, 'spacy.cli.download' in sys.modules, spacy.blank('en')('A test.')[1].text)\n"
        "print('spacy_version' in spacy.info(), 'spacy.cli.download' in sys.modules)\n"
        "import spacy.cli.download\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    # no command line while spaCy works; spacy.info then brings the real one, and its commands import
    assert out == ["False", "False", "test", "True", "True"]


def test_the_stand_ins_come_too_late_once_spacy_is_imported() -> None:
    code = (
        "import sys, spacy\n"
        "from storyline.scale.lean import without_spacy_cli\n"
        "without_spacy_cli()\n"
        "print(hasattr(sys.modules['spacy.cli'], '__file__'), 'spacy.cli.download' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True"]  # spaCy's own modules left alone


def test_a_worker_loads_the_model_without_spacys_command_line() -> None:
    with Workers(2) as workers:
        workers.warm(Settings().model)
        # eval, a builtin, is pickled by name and runs in the worker, after its model has loaded
        probe = "[m in __import__('sys').modules for m in ('spacy', 'spacy.cli.download', 'typer')]"
        assert workers.executor().submit(eval, probe).result(timeout=600) == [True, False, False]
