"""Scores storyline's extraction against hand-made gold (tests/data/gold/FORMAT.md)."""

from storyline.eval.gold import Gold, load_gold
from storyline.eval.report import EvalReport, Section, format_report, report_to_json
from storyline.eval.score import score

__all__ = ["EvalReport", "Gold", "Section", "format_report", "load_gold", "report_to_json", "score"]
