"""The knowledge base: SQLite (WAL, FTS5), idempotent per article id."""

from storyline.store.sqlite import SCHEMA_VERSION, KnowledgeBase, open_kb

__all__ = ["SCHEMA_VERSION", "KnowledgeBase", "open_kb"]
