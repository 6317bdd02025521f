"""YAML text read by libyaml's parser where PyYAML was built with it: the shipped vocabularies load ten times faster.

Every process of a run reads the same four vocabularies as it starts (the events' PLOVER table, the commitments',
the actors' and the cleaner's patterns): ``yaml.safe_load``'s pure-Python parser took 0.135 CPU s for them, the C
parser 0.014, with the same objects (compared by ``repr``). A default run pays it once per process, so the saving
counts twice there. Only the parser changes: the constructor and resolver are PyYAML's safe ones either way.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # PyYAML without libyaml has no CSafeLoader


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, parsed by libyaml when it is there; errors are ``yaml.YAMLError`` as before."""
    return yaml.load(text, Loader=_LOADER)  # the safe constructor; only the parser is C
