"""The actor graph as files other tools open: GraphML, and GraphRAG-style entities/relationships Parquet tables."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from storyline.atomic import atomic_file
from storyline.errors import StoreError
from storyline.model import Story
from storyline.present.escape import utf8_text, xml_text
from storyline.present.graph import story_graph


def write_graphml(story: Story, path: str | Path) -> Path:
    """Write the actor graph as GraphML (opens in Gephi, Cytoscape, yEd, networkx), atomically.

    Characters XML cannot hold (control characters, U+FFFE...) in names and ids become U+FFFD: ingest should
    have replaced them already, and one odd name must not cost the whole export."""
    path = Path(path)
    try:
        with atomic_file(path, "wb") as out:
            nx.write_graphml(_xml_safe(story_graph(story)), out)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e}") from e
    return path


def _xml_safe(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose node ids and string attributes are all valid XML text."""

    def clean(attributes: dict[str, object]) -> dict[str, object]:
        return {xml_text(k): xml_text(v) if isinstance(v, str) else v for k, v in attributes.items()}

    safe = nx.Graph()
    safe.add_nodes_from((xml_text(node), clean(data)) for node, data in graph.nodes(data=True))
    safe.add_edges_from((xml_text(a), xml_text(b), clean(data)) for a, b, data in graph.edges(data=True))
    return safe


def entities_table(story: Story) -> pa.Table:
    """GraphRAG-style entities: one row per actor (title, type, description, text units = article ids)."""
    degree = dict(story_graph(story).degree())
    rows = [
        {
            "id": actor.id,
            "human_readable_id": i,
            "title": actor.name,
            "type": actor.type,
            "description": _describe_actor(actor.name, actor.type, actor.role, actor.affiliation, actor.code),
            "text_unit_ids": list(actor.articles),
            "frequency": actor.mentions,
            "degree": degree.get(actor.id, 0),
            "aliases": [alias.text for alias in actor.aliases],
            "code": actor.code,
            "acts_for": actor.acts_for,
        }
        for i, actor in enumerate(story.actors)
    ]
    return pa.Table.from_pylist(_utf8(rows), schema=_ENTITIES)


def relationships_table(story: Story) -> pa.Table:
    """GraphRAG-style relationships: one row per relation and per commitment between two parties."""
    names = {actor.id: actor.name for actor in story.actors}
    degree = dict(story_graph(story).degree())
    articles_of: dict[str, set[str]] = defaultdict(set)
    for event in story.events:
        articles_of[event.id].update(source.article_id for source in event.sources)
    rows: list[dict[str, object]] = []
    for relation in story.relations:
        a, b = names.get(relation.a, relation.a), names.get(relation.b, relation.b)
        how = f"derived via {', '.join(names.get(v, v) for v in relation.via)}; " if relation.derived else ""
        rows.append(
            {
                "id": f"relation:{relation.a}|{relation.b}",
                "source": a,
                "target": b,
                "description": f"{a} and {b}: {relation.polarity} ({how}score {relation.score:+.1f}, "
                f"{len(relation.events)} events, trend {relation.trend})",
                "weight": float(len(relation.events)),
                "text_unit_ids": sorted({x for e in relation.events for x in articles_of.get(e, ())}),
                "source_id": relation.a,
                "target_id": relation.b,
                "kind": "relation",
                "polarity": relation.polarity,
                "score": relation.score,
                "derived": relation.derived,
            }
        )
    for commitment in story.commitments:
        for i, party_a in enumerate(commitment.parties):
            for party_b in commitment.parties[i + 1 :]:
                a, b = names.get(party_a, party_a), names.get(party_b, party_b)
                terms = "; ".join(commitment.terms)
                rows.append(
                    {
                        "id": f"{commitment.id}|{party_a}|{party_b}",
                        "source": a,
                        "target": b,
                        "description": f"{a} and {b} are bound by a {commitment.kind} commitment ({commitment.name}"
                        + (f", signed {commitment.signed}" if commitment.signed else "")
                        + ")"
                        + (f": {terms}" if terms else ""),
                        "weight": float(len(commitment.sources)),
                        "text_unit_ids": sorted({s.article_id for s in commitment.sources}),
                        "source_id": party_a,
                        "target_id": party_b,
                        "kind": "commitment",
                        "polarity": None,
                        "score": None,
                        "derived": False,
                    }
                )
    for i, row in enumerate(rows):
        row["human_readable_id"] = i
        row["combined_degree"] = degree.get(str(row["source_id"]), 0) + degree.get(str(row["target_id"]), 0)
    return pa.Table.from_pylist(_utf8(rows), schema=_RELATIONSHIPS)


def write_parquet_tables(story: Story, directory: str | Path) -> tuple[Path, Path]:
    """Write ``entities.parquet`` and ``relationships.parquet`` into ``directory``."""
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        entities, relationships = directory / "entities.parquet", directory / "relationships.parquet"
        for path, table in ((entities, entities_table(story)), (relationships, relationships_table(story))):
            with atomic_file(path, "wb") as out:
                pq.write_table(table, out)
    except OSError as e:
        raise StoreError(f"cannot write the graph tables to {directory}: {e}") from e
    return entities, relationships


def _utf8(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rows whose strings Arrow can encode: a lone surrogate (which ingest should have replaced) becomes
    U+FFFD instead of failing the whole table."""

    def clean(value: object) -> object:
        if isinstance(value, str):
            return utf8_text(value)
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value

    return [{key: clean(value) for key, value in row.items()} for row in rows]


def _describe_actor(name: str, kind: str, role: str | None, affiliation: str | None, code: str | None) -> str:
    parts = [f"{name} ({kind}{', ' + code if code else ''})"]
    if role:
        parts.append(role)
    if affiliation:
        parts.append(affiliation)
    return ", ".join(parts)


_ENTITIES = pa.schema(
    [
        ("id", pa.string()),
        ("human_readable_id", pa.int64()),
        ("title", pa.string()),
        ("type", pa.string()),
        ("description", pa.string()),
        ("text_unit_ids", pa.list_(pa.string())),
        ("frequency", pa.int64()),
        ("degree", pa.int64()),
        ("aliases", pa.list_(pa.string())),
        ("code", pa.string()),
        ("acts_for", pa.string()),
    ]
)
_RELATIONSHIPS = pa.schema(
    [
        ("id", pa.string()),
        ("human_readable_id", pa.int64()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("description", pa.string()),
        ("weight", pa.float64()),
        ("combined_degree", pa.int64()),
        ("text_unit_ids", pa.list_(pa.string())),
        ("source_id", pa.string()),
        ("target_id", pa.string()),
        ("kind", pa.string()),
        ("polarity", pa.string()),
        ("score", pa.float64()),
        ("derived", pa.bool_()),
    ]
)
