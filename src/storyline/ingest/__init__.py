"""Ingest: inputs (files, directories, JSONL, HTML, stdin) to cleaned Articles, or Skips with a reason."""

from __future__ import annotations

from storyline.ingest.reader import read_inputs

__all__ = ["read_inputs"]
