"""A worker's spaCy without spaCy's command line: a worker process starts some 0.3 CPU s sooner.

``spacy/__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it the whole command line (typer, weasel,
requests, httpx, jinja2 and every ``spacy`` command: about 300 modules, 0.3-0.35 CPU s of the 2 CPU s a worker spends
before its first chunk). Only the default run's workers pay that on top of a one-job run, so it is work the ratio
of the two counts against the workers. A worker of ours runs storyline's analysis and drawings and nothing else,
neither of which uses spaCy's command line, so there it is left out; the command's own process, which a library
user's code may share, imports spaCy as it is.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def without_spacy_cli() -> None:
    """Put stand-ins for ``spacy.cli`` and ``spacy.cli.info`` where the import system finds them, so that importing
    spaCy does not import its command line. For a process that runs nothing but storyline (a worker), before spaCy
    is imported; a no-op once it is. The stand-in ``spacy.info`` imports the real one when called."""
    if "spacy" in sys.modules:
        return
    package, module = (types.ModuleType(name) for name in _STAND_INS)
    module.info = _info  # type: ignore[attr-defined]
    package.info = module  # type: ignore[attr-defined]
    sys.modules.update(zip(_STAND_INS, (package, module), strict=True))


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the stand-ins make way for spaCy's own command line, imported now."""
    for name in _STAND_INS:
        sys.modules.pop(name, None)
    from spacy.cli.info import info

    return info(*args, **kwargs)
