"""The clusters merging tries a report against: never one that could take it left out, always in the order made."""

from __future__ import annotations

import random
from datetime import date

from storyline.model import SourceRef
from storyline.resolve.event_clusters import Cluster, Kind, Report
from storyline.resolve.events import COPY_WORDS, _Candidates, _copy_key, _fits

LONG = "the navy said it had seized the ship and its crew of nine men off the coast on friday"
SHORT = "the navy seized the ship"
assert len(LONG.split()) >= COPY_WORDS > len(SHORT.split())


def _report(rng: random.Random, n: int) -> Report:
    article = f"article-{rng.randrange(6)}"
    text = rng.choice([LONG, SHORT, LONG.upper(), f"{SHORT} {n}"])
    trigger_word = rng.choice(["seized", "seizes", "seize", "tested", "fired"])
    source = SourceRef(article, f"Outlet {article[-1]}", n, 0, len(text), text)
    trigger = SourceRef(article, source.outlet, n, 4, 4 + len(trigger_word), trigger_word)
    named = (
        rng.choice([frozenset(), frozenset({"state:PRK"})]),
        rng.choice([frozenset(), frozenset({"state:JPN"})]),
    )
    recipients = rng.choice([frozenset(), frozenset({"state:JPN"})])
    return Report(
        source=source,
        trigger=trigger,
        date=rng.choice([None, None, "2024-03-14", "2024-03", "2023", "PRESENT_REF"]),
        mode=rng.choice([None, "seize"]),
        cameo=rng.choice([None, "17", "171", "061", "150"]),
        score=1.0,
        actors=frozenset({"state:PRK"}),
        recipients=recipients,
        matched=(frozenset({"state:PRK"}), recipients),
        named=named,
        person=rng.random() < 0.3,
        copy=_copy_key(text),
    )


def test_every_cluster_a_report_fits_is_a_candidate_in_the_order_made() -> None:
    fits, pruned = 0, 0
    for seed in range(40):
        rng = random.Random(seed)
        kind: Kind = ("SEIZE", False, False, rng.choice(["asserted", "asserted", "intended"]))
        candidates, made = _Candidates(kind), []
        for n in range(120):
            report = _report(rng, n)
            tried = candidates.candidates(report)
            fitting = [c for c in made if _fits(c, report, date(2024, 1, 1)) is not None]
            assert all(any(c is t for t in tried) for c in fitting), (seed, n)
            order = [next(i for i, m in enumerate(made) if m is t) for t in tried]
            assert order == sorted(order)
            fits, pruned = fits + len(fitting), pruned + len(made) - len(tried)
            if fitting and rng.random() < 0.8:
                cluster = rng.choice(fitting)
            else:
                cluster = Cluster(kind, report.matched[0], report.matched[1], report.date)
                made.append(cluster)
            cluster.recipients = cluster.recipients or report.matched[1]
            cluster.date = cluster.date or report.date
            cluster.take(report)
            candidates.joined(cluster, report)
    assert fits > 1000 and pruned > 1000  # the reports were built to fit often and to be left out often


def test_copy_key_is_the_sentence_lower_cased_word_by_word() -> None:
    # What wire copy compares: the same words whatever the case and spacing; a short sentence is no copy.
    assert _copy_key(LONG) == _copy_key(LONG.upper().replace(" ", "  ")) == " ".join(LONG.split())
    assert _copy_key(LONG) is _copy_key(" ".join(LONG.split()))  # one string for every outlet printing it
    assert _copy_key(LONG + " again") != _copy_key(LONG)
    assert _copy_key(SHORT) == ""


def _undated(article: str, trigger_word: str) -> Report:
    source = SourceRef(article, f"Outlet {article}", 1, 0, len(SHORT), SHORT)
    return Report(
        source=source,
        trigger=SourceRef(article, source.outlet, 1, 4, 4 + len(trigger_word), trigger_word),
        date=None,
        mode=None,
        cameo=None,
        score=1.0,
        actors=frozenset({"state:PRK"}),
        recipients=frozenset(),
        matched=(frozenset({"state:PRK"}), frozenset()),
        named=(frozenset({"state:PRK"}), frozenset()),
    )


def test_an_undated_report_of_another_article_is_tried_only_where_its_word_was_reported() -> None:
    kind: Kind = ("SEIZE", False, False, "asserted")
    candidates = _Candidates(kind)
    for article, word in (("a", "seized"), ("b", "fired")):
        report = _undated(article, word)
        cluster = Cluster(kind, report.matched[0], report.matched[1], None, [report])
        candidates.joined(cluster, report)
    [seizing] = candidates.candidates(_undated("c", "seizes"))
    assert seizing.members[0].trigger.text == "seized"
    assert [c.members[0].trigger.text for c in candidates.candidates(_undated("b", "seizes"))] == ["seized", "fired"]
    assert _Candidates(("SEIZE", False, False, "intended")).candidates(_undated("c", "seized")) == []
