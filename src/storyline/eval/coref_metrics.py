"""MUC, B³ and CEAF-e as in the CoNLL reference scorer (Pradhan et al. 2014), kept as sums so that a corpus
is scored by adding its groups up (micro-average), as the reference scorer adds up documents.

No maintained package does this offline: scorch (the one on PyPI) was last released in 2020, fails under
NumPy 2 in BLANC, and returns only ratios, which cannot be added up across groups.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class Counts:
    """Recall and precision as numerator / denominator, so groups add up."""

    recall_num: float = 0.0
    recall_den: float = 0.0
    precision_num: float = 0.0
    precision_den: float = 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.recall_num + other.recall_num,
            self.recall_den + other.recall_den,
            self.precision_num + other.precision_num,
            self.precision_den + other.precision_den,
        )

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _partitions(cluster: Cluster, owner: dict[Hashable, int]) -> int:
    """How many pieces ``cluster`` falls into under the other side (a mention the other side lacks is a piece)."""
    pieces = {owner.get(m, -1 - i) for i, m in enumerate(cluster)}
    return len(pieces)


def _owners(clusters: Sequence[Cluster]) -> dict[Hashable, int]:
    return {m: i for i, cluster in enumerate(clusters) for m in cluster}


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> Counts:
    """Links (Vilain et al. 1995): a cluster of n mentions is n-1 links; singletons count for nothing."""
    key_of, response_of = _owners(key), _owners(response)
    return Counts(
        sum(len(k) - _partitions(k, response_of) for k in key),
        sum(len(k) - 1 for k in key),
        sum(len(r) - _partitions(r, key_of) for r in response),
        sum(len(r) - 1 for r in response),
    )


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> Counts:
    """Per mention (Bagga and Baldwin 1998): the share of its cluster the other side agrees with, summed."""
    key_of, response_of = _owners(key), _owners(response)

    def overlap(clusters: Sequence[Cluster], other: Sequence[Cluster], other_of: dict[Hashable, int]) -> float:
        total = 0.0
        for cluster in clusters:
            shared: dict[int, int] = {}
            for m in cluster:
                if m in other_of:
                    shared[other_of[m]] = shared.get(other_of[m], 0) + 1
            total += sum(n * n for n in shared.values()) / len(cluster)
        return total

    return Counts(
        overlap(key, response, response_of),
        sum(len(k) for k in key),
        overlap(response, key, key_of),
        sum(len(r) for r in response),
    )


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> Counts:
    """Entity-based CEAF (Luo 2005, φ4): the best one-to-one alignment of clusters by 2|K∩R| / (|K|+|R|)."""
    if not key or not response:
        return Counts(0.0, len(key), 0.0, len(response))
    response_of = _owners(response)
    similarity = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        shared: dict[int, int] = {}
        for m in k:
            if m in response_of:
                shared[response_of[m]] = shared.get(response_of[m], 0) + 1
        for j, n in shared.items():  # only overlapping pairs: the matrix stays sparse in practice
            similarity[i, j] = 2 * n / (len(k) + len(response[j]))
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    total = float(similarity[rows, cols].sum())
    return Counts(total, len(key), total, len(response))
