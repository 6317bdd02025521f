"""Graph exports: GraphML that networkx reads back, GraphRAG-style entities and relationships Parquet tables."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq

from storyline.model import Actor, Alias, Commitment, Relation, SourceRef, Story, StoryEvent
from storyline.present.exports import entities_table, relationships_table, write_graphml, write_parquet_tables


def _story() -> Story:
    actors = (
        Actor(id="state:AVA", name="Avalon", type="state", code="AVA", mentions=30, articles=("a1", "a2"),
              aliases=(Alias("Avalon", 20), Alias("Avalonia", 10))),
        Actor(id="state:BOR", name="Borduria", type="state", code="BOR", mentions=12, articles=("a1",)),
        Actor(id="state:CAR", name="Carpania", type="state", code="CAR", mentions=3, articles=("a2",)),
        Actor(id="person:ana-bell", name="Ana Bell", type="person", mentions=5, role="president",
              acts_for="state:AVA"),
    )  # fmt: skip
    source = SourceRef("a2", "Outlet", 0, 0, 4, "text")
    events = (StoryEvent("e1", "AID", ("state:AVA",), ("state:BOR",), "military", None, "07", 7.0, (source,)),)
    relations = (
        Relation("state:AVA", "state:BOR", 7.0, "cooperation", "unknown", ("e1",)),
        Relation("state:AVA", "state:CAR", -4.5, "conflict", "unknown", ("e1",), derived=True, via=("state:BOR",)),
    )
    commitment = Commitment("c1", "mutual defence", "defence pact", ("state:AVA", "state:BOR", "state:CAR"),
                            ("assist each other",), "2024-06", (("state:BOR", "2024-W45"),), (source,))  # fmt: skip
    return Story(actors=actors, events=events, relations=relations, commitments=(commitment,))


def test_graphml_round_trips_through_networkx(tmp_path: Path) -> None:
    path = write_graphml(_story(), tmp_path / "story.graphml")
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"state:AVA", "state:BOR", "state:CAR"}
    assert graph.nodes["state:AVA"]["name"] == "Avalon" and graph.nodes["state:AVA"]["mentions"] == 30
    edge = graph.edges["state:AVA", "state:CAR"]
    assert edge["polarity"] == "conflict" and edge["derived"] is True and edge["via"] == "state:BOR"
    assert graph.edges["state:BOR", "state:CAR"]["commitments"] == "c1"  # a pact binds them, no events


def test_entities_table_has_graphrag_columns() -> None:
    table = entities_table(_story())
    for column in ("id", "human_readable_id", "title", "type", "description", "text_unit_ids", "frequency", "degree"):
        assert column in table.column_names
    rows = {row["id"]: row for row in table.to_pylist()}
    assert rows["state:AVA"]["title"] == "Avalon" and rows["state:AVA"]["text_unit_ids"] == ["a1", "a2"]
    assert rows["state:AVA"]["degree"] == 2 and rows["person:ana-bell"]["degree"] == 0
    assert rows["person:ana-bell"]["acts_for"] == "state:AVA"


def test_relationships_table_has_relations_and_commitment_pairs(tmp_path: Path) -> None:
    table = relationships_table(_story())
    for column in ("id", "source", "target", "description", "weight", "combined_degree", "text_unit_ids"):
        assert column in table.column_names
    rows = table.to_pylist()
    relations = [r for r in rows if r["kind"] == "relation"]
    assert [(r["source"], r["target"], r["polarity"]) for r in relations] == [
        ("Avalon", "Borduria", "cooperation"),
        ("Avalon", "Carpania", "conflict"),
    ]
    assert "derived via Borduria" in relations[1]["description"] and relations[0]["text_unit_ids"] == ["a2"]
    assert len([r for r in rows if r["kind"] == "commitment"]) == 3  # three parties: three pairs
    entities, relationships = write_parquet_tables(_story(), tmp_path / "graph")
    assert pq.read_table(relationships).num_rows == len(rows) and pq.read_table(entities).num_rows == 4
