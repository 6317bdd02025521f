"""Incremental story clustering: each new article joins the most similar story above a threshold or starts one.

An article is a TF-IDF vector over its cleaned body and title, extended with one token per actor it
mentions (people by full name, states by ISO code, organisations by name) and per named speaker it quotes,
weighted by ``actor_weight``, with document frequencies as they stand when the article arrives. A story is
the sum of its members' unit vectors (each as it was when it joined, so a comparison costs the size of the
article, not of the story); similarity is the cosine between the article and that centroid, damped when the
article lies far outside the story's time span. Only stories sharing one of the article's heaviest terms are
compared. Decisions are never revisited: a batch run is the
same fold over the articles in (published, id) order as adding them one at a time, so both give the same
grouping. ``merge`` and ``split`` change the grouping by hand; ``Clusterer.restore`` rebuilds the state from
stored assignments without deciding anything again.
"""

from __future__ import annotations

import ast
import importlib.util
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from storyline.model import ArticleAnalysis

# Chosen on examples/mixed (seeds + 120 MEANTIME Wikinews articles): see README "Many stories".
THRESHOLD = 0.1
"""Minimum similarity for an article to join an existing story."""
ACTOR_WEIGHT = 1.0
"""Weight of actor and speaker tokens relative to word tokens (0: text only)."""
WINDOW_DAYS = 365
"""An article within this many days of a story's span is not damped for time."""
DECAY_DAYS = 730.0
"""Beyond the window, similarity is multiplied by exp(-extra_days / DECAY_DAYS)."""

KEPT_TERMS = 50
"""With ``keep_vectors=False``, how many of an article's heaviest terms are kept after it joins."""
CANDIDATE_TERMS = 30
"""Only stories sharing one of the article's this many heaviest terms are compared with it."""

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


_WORDS = re.compile(r"(?u)\b[^\W\d_][\w-]+\b")
"""Words of two or more characters, not numbers."""


@cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop list (the Glasgow IR group's), read from its module's file.

    Importing scikit-learn takes about a CPU second, which every story stage paid before its first article
    (the brief's serial part, after the analysis): only the list is needed. Where the file is not found, the
    list comes from scikit-learn itself.
    """
    spec = importlib.util.find_spec("sklearn")  # finds the package without importing it
    path = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py" if spec and spec.origin else None
    if path is not None and path.is_file():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # ENGLISH_STOP_WORDS = frozenset([...])
            if (
                isinstance(node, ast.Assign)
                and [getattr(target, "id", None) for target in node.targets] == ["ENGLISH_STOP_WORDS"]
                and isinstance(node.value, ast.Call)
                and len(node.value.args) == 1
            ):
                return frozenset(ast.literal_eval(node.value.args[0]))
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def analyze_words(text: str) -> list[str]:
    """The words clustering counts: scikit-learn's ``TfidfVectorizer(stop_words="english", lowercase=True,
    token_pattern=_WORDS).build_analyzer()``, step for step (lower-case, find the words, drop stop words)."""
    stop = stop_words()
    return [word for word in _WORDS.findall(text.lower()) if word not in stop]


@dataclass(frozen=True)
class ArticleFeatures:
    """What clustering sees of one article."""

    article_id: str
    published: date | None
    terms: Mapping[str, float]
    """Token -> sublinear term frequency (1 + log count); actor tokens start with '@'."""
    title: str | None = None


def article_features(
    article_id: str,
    text: str,
    analysis: ArticleAnalysis | None = None,
    *,
    published: date | None = None,
    title: str | None = None,
    actor_weight: float = ACTOR_WEIGHT,
) -> ArticleFeatures:
    """Features of one article from its cleaned text and, when given, its analysis (actors, speakers)."""
    counts: Counter[str] = Counter(analyze_words(f"{title or ''}\n{text}"))
    # Interned: the terms an article keeps in the clusterer share one string with every other article's.
    terms = {sys.intern(t): 1.0 + math.log(n) for t, n in counts.items()}
    if analysis is not None and actor_weight > 0:
        actors: Counter[str] = Counter()
        for m in analysis.mentions:
            if m.label not in _ACTOR_LABELS or (m.kind in ("pronoun", "description") and not m.antecedent):
                continue
            key = m.code or (m.antecedent or m.name).strip().lower()
            if key:
                actors["@" + key] += 1
        for q in analysis.quotes:
            if q.speaker is not None and q.speaker.kind in ("person", "organisation"):
                actors["@said:" + q.speaker.name.lower()] += 1
        for key, n in actors.items():
            terms[sys.intern(key)] = actor_weight * (1.0 + math.log(n))
    return ArticleFeatures(article_id, published, terms, title)


@dataclass
class Cluster:
    """One story as clustering sees it."""

    id: str
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    """Sum of the members' unit TF-IDF vectors, each weighted with the IDF of the moment it joined."""
    square: float = 0.0
    """Squared norm of the centroid, kept up to date so a comparison costs the article's size only."""
    first: date | None = None
    last: date | None = None

    def add(self, f: ArticleFeatures, vector: Mapping[str, float]) -> None:
        self.members.append(f.article_id)
        for t, v in vector.items():
            old = self.centroid.get(t, 0.0)
            self.centroid[t] = old + v
            self.square += (old + v) ** 2 - old * old
        if f.published:
            self.first = min(self.first or f.published, f.published)
            self.last = max(self.last or f.published, f.published)


def story_id_for(article_id: str) -> str:
    """A story is named after the article that started it, so ids are stable across runs."""
    return f"story-{article_id[:12]}"


class Clusterer:
    """The incremental clusterer: ``add`` one article at a time; ``assignments`` maps article -> story."""

    def __init__(
        self,
        threshold: float = THRESHOLD,
        window_days: float = WINDOW_DAYS,
        decay_days: float = DECAY_DAYS,
        keep_vectors: bool = True,
    ):
        """``keep_vectors=False`` keeps only each article's heaviest terms once it has joined (memory stays
        small on big piles; decisions do not change, ``split`` then rebuilds centroids approximately)."""
        self.keep_vectors = keep_vectors
        self.threshold = threshold
        self.window_days = window_days
        self.decay_days = decay_days
        self.clusters: dict[str, Cluster] = {}
        self.assignments: dict[str, str] = {}
        self.features: dict[str, ArticleFeatures] = {}
        self.vectors: dict[str, dict[str, float]] = {}
        self.kept: dict[str, tuple[tuple[str, ...], array[float]]] = {}
        """With ``keep_vectors=False``: each joined article's heaviest terms and their weights."""
        self.df: Counter[str] = Counter()
        self.postings: dict[str, set[str]] = {}
        """term -> ids of the stories whose centroid has it: only stories sharing a top term are compared."""

    # -- state ------------------------------------------------------------------------------------

    def _count(self, f: ArticleFeatures) -> dict[str, float]:
        """Count the article's terms in, and return its unit TF-IDF vector under the IDF of this moment."""
        self.features[f.article_id] = f
        self.df.update(f.terms.keys())
        self.vectors[f.article_id] = self._weigh(f)
        return self.vectors[f.article_id]

    def _weigh(self, f: ArticleFeatures) -> dict[str, float]:
        vector = {t: v * self._idf(t) for t, v in f.terms.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def vector(self, f: ArticleFeatures) -> dict[str, float]:
        """The article's unit TF-IDF vector: as it joined, or under the current IDF if it has not."""
        kept = self.kept.get(f.article_id)
        if kept is not None:
            return dict(zip(kept[0], kept[1], strict=True))
        return self.vectors.get(f.article_id) or self._weigh(f)

    def _join(self, cid: str, f: ArticleFeatures) -> None:
        vector = self.vector(f)
        self.clusters.setdefault(cid, Cluster(cid)).add(f, vector)
        self.assignments[f.article_id] = cid
        for t in vector:
            self.postings.setdefault(t, set()).add(cid)
        if not self.keep_vectors:
            # The heaviest terms as a tuple of shared term strings and an array of doubles: about a
            # kilobyte per article, where a dict of floats takes several.
            top = _heaviest(vector, KEPT_TERMS)
            self.vectors.pop(f.article_id, None)
            self.kept[f.article_id] = (tuple(top), array("d", (vector[t] for t in top)))
            self.features[f.article_id] = ArticleFeatures(f.article_id, f.published, {}, f.title)

    def _reindex(self) -> None:
        self.postings = {}
        for cid, cluster in self.clusters.items():
            for t in cluster.centroid:
                self.postings.setdefault(t, set()).add(cid)

    def _idf(self, term: str) -> float:
        n = len(self.features)
        return math.log((1 + n) / (1 + self.df[term])) + 1.0

    @classmethod
    def restore(
        cls, features: Iterable[ArticleFeatures], assignments: Mapping[str, str], **options: float
    ) -> Clusterer:
        """Rebuild the state of earlier runs: articles keep their stories, nothing is decided again."""
        self = cls(**options)  # type: ignore[arg-type]
        for f in sorted(features, key=_order):
            if f.article_id in assignments:
                self.keep(f, assignments[f.article_id])
        return self

    def keep(self, f: ArticleFeatures, story_id: str) -> None:
        """Put an article back into the story an earlier run gave it (restore, one article at a time)."""
        self._count(f)
        self._join(story_id, f)

    # -- deciding ---------------------------------------------------------------------------------

    def similarity(self, f: ArticleFeatures, cluster: Cluster) -> float:
        """Cosine of the article's vector and the story centroid, damped by time distance."""
        vector = self.vector(f)
        dot = sum(w * cluster.centroid.get(t, 0.0) for t, w in vector.items())
        if dot <= 0 or cluster.square <= 0:
            return 0.0
        return dot / math.sqrt(cluster.square) * self._time_factor(f.published, cluster)

    def _time_factor(self, day: date | None, cluster: Cluster) -> float:
        if day is None or cluster.first is None or cluster.last is None:
            return 1.0
        gap = max((cluster.first - day).days, (day - cluster.last).days, 0)
        return math.exp(-max(0, gap - self.window_days) / self.decay_days)

    def best(self, f: ArticleFeatures) -> tuple[str | None, float]:
        """The most similar story and its similarity (ties go to the older story id)."""
        vector = self.vector(f)
        top = _heaviest(vector, CANDIDATE_TERMS)
        candidates = set().union(*(self.postings.get(t, set()) for t in top))
        best_id, best_sim = None, 0.0
        for cid in sorted(candidates):
            sim = self.similarity(f, self.clusters[cid])
            if sim > best_sim:
                best_id, best_sim = cid, sim
        return best_id, best_sim

    def add(self, f: ArticleFeatures) -> str:
        """Assign one new article (already assigned ones keep their story) and return its story id."""
        if f.article_id in self.assignments:
            return self.assignments[f.article_id]
        self._count(f)
        cid, sim = self.best(f)
        if cid is None or sim < self.threshold:
            cid = story_id_for(f.article_id)
        self._join(cid, f)
        return cid

    def add_all(self, features: Iterable[ArticleFeatures]) -> dict[str, str]:
        """Assign articles in (published, id) order: the batch run."""
        for f in sorted(features, key=_order):
            self.add(f)
        return dict(self.assignments)

    # -- editing ----------------------------------------------------------------------------------

    def merge(self, keep: str, other: str) -> None:
        """Fold story ``other`` into ``keep``."""
        gone, kept = self.clusters.pop(other), self.clusters[keep]
        for t, v in gone.centroid.items():
            kept.centroid[t] = kept.centroid.get(t, 0.0) + v
        kept.square = sum(v * v for v in kept.centroid.values())
        kept.members.extend(gone.members)
        for day in (gone.first, gone.last):
            if day:
                kept.first, kept.last = min(kept.first or day, day), max(kept.last or day, day)
        for aid in gone.members:
            self.assignments[aid] = keep
        self._reindex()

    def split(self, story_id: str, article_ids: Sequence[str]) -> str:
        """Move ``article_ids`` out of ``story_id`` into a story of their own; returns the moved articles' story id.

        Each part is named after its earliest article, so the part that keeps the story's first article keeps
        the story's id.
        """
        moving_ids = set(article_ids)
        members = self.clusters.pop(story_id).members
        parts = [
            sorted((self.features[a] for a in members if a in moving_ids), key=_order),
            sorted((self.features[a] for a in members if a not in moving_ids), key=_order),
        ]
        ids = []
        for part in parts:
            if not part:
                ids.append(story_id)
                continue
            cid = story_id_for(part[0].article_id)
            for f in part:
                self._join(cid, f)
            ids.append(cid)
        self._reindex()
        return ids[0]

    def central(self, story_id: str) -> str:
        """The member most similar to its story's centroid (the story's most central article)."""
        cluster = self.clusters[story_id]
        scored = [(-self.similarity(self.features[a], cluster), a) for a in cluster.members]
        return min(scored)[1]


def _heaviest(vector: Mapping[str, float], n: int) -> list[str]:
    """The ``n`` terms of most weight (alphabetical on a tie, so runs agree)."""
    return sorted(vector, key=lambda t: (-vector[t], t))[:n]


def _order(f: ArticleFeatures) -> tuple[date, str]:
    return (f.published or date.max, f.article_id)


def cluster_articles(features: Iterable[ArticleFeatures], **options: float) -> dict[str, str]:
    """One batch run: article id -> story id."""
    return Clusterer(**options).add_all(features)  # type: ignore[arg-type]
