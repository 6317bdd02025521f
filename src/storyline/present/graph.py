"""The actor graph of a story: what the network drawing and the GraphML export both read.

Apart from the exports so that drawing the network does not import pyarrow, which only the Parquet tables need.
"""

from __future__ import annotations

import networkx as nx

from storyline.model import Story
from storyline.present.words import actor_name


def story_graph(story: Story) -> nx.Graph:
    """Actors in relations or commitments as nodes; one edge per related pair, with stance and evidence."""
    graph = nx.Graph()
    actors = {actor.id: actor for actor in story.actors}

    def add_node(actor_id: str) -> None:
        actor = actors.get(actor_id)
        graph.add_node(
            actor_id,
            name=actor.name if actor else actor_name(actor_id, {}),
            type=actor.type if actor else "unknown",
            code=(actor.code or "") if actor else "",
            mentions=actor.mentions if actor else 0,
            articles=len(actor.articles) if actor else 0,
            role=(actor.role or "") if actor else "",
        )

    for relation in story.relations:
        add_node(relation.a)
        add_node(relation.b)
        graph.add_edge(
            relation.a,
            relation.b,
            polarity=relation.polarity,
            score=relation.score,
            trend=relation.trend,
            evidence=len(relation.events),
            events=" ".join(relation.events),
            derived=relation.derived,
            via=" ".join(relation.via),
            commitments="",
        )
    for commitment in story.commitments:
        for i, a in enumerate(commitment.parties):
            for b in commitment.parties[i + 1 :]:
                if not graph.has_edge(a, b):
                    add_node(a)
                    add_node(b)
                    graph.add_edge(a, b, polarity="neutral", score=0.0, trend="unknown", evidence=0, events="",
                                   derived=False, via="", commitments="")  # fmt: skip
                edge = graph.edges[a, b]
                edge["commitments"] = " ".join(filter(None, (edge["commitments"], commitment.id)))
    return graph
