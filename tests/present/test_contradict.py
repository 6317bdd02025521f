"""Attributions that contradict (present/contradict.py), on stories built by hand from sentences written for the
test, and once through the whole pipeline on two articles written for it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.model import (
    Actor,
    ArticleInfo,
    Quote,
    Ref,
    SourceRef,
    SpeakerQuotes,
    Story,
    StoryEvent,
)
from storyline.present.brief import write_brief
from storyline.present.contradict import DENIAL_CUES, _inflections, contradictions, trigger_stem
from storyline.present.disagree import disagreements
from storyline.runner import run
from storyline.web import create_app

ARTICLES = (
    ArticleInfo("a", "/in/a.txt", "Shelling", "Alpha", None, date(2024, 3, 4), (), 80),
    ArticleInfo("b", "/in/b.txt", "Denial", "Beta", None, date(2024, 3, 5), (), 80),
)
ACTORS = (
    Actor("state:RUS", "Russia", "state", mentions=9),
    Actor("place:kupiansk", "Kupiansk", "place", mentions=3),
    Actor("state:UKR", "Ukraine", "state", mentions=5),
)
A1 = "Ukrainian officials said on Monday that Russian troops shelled Kupiansk."
B1 = "The Kremlin on Tuesday denied that Russian troops shelled Kupiansk."
B2 = "Russia said its troops did not shell Kupiansk."


def source(article: str, text: str, word: str, sent: int = 0) -> SourceRef:
    at = text.index(word)
    outlet = {"a": "Alpha", "b": "Beta"}[article]
    return SourceRef(article, outlet, sent, 0, len(text), text, Ref(at, at + len(word), word))


def said(article: str, text: str, content: str, cue: str) -> Quote:
    start = text.index(content)
    at = text.index(cue)
    return Quote(start, start + len(content), 0, content, "indirect", None, Ref(at, at + len(cue), cue))


def speaker(actor_id: str | None, name: str, *quotes: tuple[str, Quote]) -> SpeakerQuotes:
    return SpeakerQuotes(actor_id, name, None, None, ("Alpha", "Beta"), quotes)


def act(
    eid: str,
    kind: str,
    src: SourceRef,
    *,
    when: str | None = None,
    modality: str = "asserted",
    recipients: tuple[str, ...] = ("place:kupiansk",),
    actors: tuple[str, ...] = ("state:RUS",),
) -> StoryEvent:
    negated = modality == "negated"
    return StoryEvent(eid, kind, actors, recipients, None, when, None, 4.0, (src,), negated=negated, modality=modality)


OFFICIALS = speaker(None, "Ukrainian officials", ("a", said("a", A1, "Russian troops shelled Kupiansk", "said")))
KREMLIN = speaker("state:RUS", "Russia", ("b", said("b", B1, "Russian troops shelled Kupiansk", "denied")))
SHELLED = act("e1", "ASSAULT", source("a", A1, "shelled"), when="2024-03-04")
# The event layer recodes an act a denial frames as a refusal; its trigger stays the act's word.
DENIED = act("e2", "REJECT", source("b", B1, "shelled"), when="2024-03-05", modality="refused")


def story(*events: StoryEvent, speakers: tuple[SpeakerQuotes, ...] = (OFFICIALS, KREMLIN)) -> Story:
    return Story(articles=ARTICLES, actors=ACTORS, events=events, speakers=speakers)


def test_a_denial_contradicts_what_another_source_says_happened() -> None:
    (found,) = contradictions(story(SHELLED, DENIED))
    assert found.kind == "attributions" and found.topic == "assault by Russia toward Kupiansk"
    assert found.ids == ("e1", "e2")
    assert [(p.label, p.outlets) for p in found.positions] == [
        ("reported: Ukrainian officials", ("Alpha",)),
        ("denied: Russia", ("Beta",)),
    ]
    assert [s.text for s in found.positions[1].sources] == [B1]


def test_a_quoted_negation_contradicts_the_outlets_own_report() -> None:
    own = "Russian troops shelled Kupiansk on Monday."
    said_not = speaker("state:RUS", "Russia", ("b", said("b", B2, "its troops did not shell Kupiansk", "said")))
    yes = act("e1", "ASSAULT", source("a", own, "shelled"), when="2024-03-04")
    no = act("e2", "ASSAULT", source("b", B2, "shell"), modality="negated")
    (found,) = contradictions(story(yes, no, speakers=(said_not,)))
    assert found.kind == "attributions"
    assert [p.label for p in found.positions] == ["reported", "denied: Russia"]


def test_what_the_outlets_alone_report_and_deny_stays_a_plain_report() -> None:
    yes = act("e1", "ASSAULT", source("a", "Russian troops shelled Kupiansk.", "shelled"))
    no = act("e2", "ASSAULT", source("b", "Russian troops did not shell Kupiansk.", "shell"), modality="negated")
    (found,) = contradictions(story(yes, no, speakers=()))
    assert found.kind == "reports" and [p.label for p in found.positions] == ["reported", "denied"]


def test_one_voice_saying_both_is_no_disagreement_between_sources() -> None:
    text = "Russia said its troops shelled Kupiansk, then denied that its troops shelled Kupiansk."
    first, second = text.index("its troops shelled"), text.rindex("its troops shelled")
    content = "its troops shelled Kupiansk"
    q1 = Quote(first, first + len(content), 0, content, "indirect", None, Ref(6, 10, "said"))
    q2 = Quote(second, second + len(content), 0, content, "indirect", None, Ref(second - 12, second - 6, "denied"))
    russia = speaker("state:RUS", "Russia", ("a", q1), ("a", q2))
    at1, at2 = text.index("shelled"), text.rindex("shelled")
    yes = act("e1", "ASSAULT", SourceRef("a", "Alpha", 0, 0, len(text), text, Ref(at1, at1 + 7, "shelled")))
    no = act("e2", "REJECT", SourceRef("a", "Alpha", 0, 0, len(text), text, Ref(at2, at2 + 7, "shelled")),
             modality="refused")  # fmt: skip
    assert contradictions(story(yes, no, speakers=(russia,))) == ()


@pytest.mark.parametrize(
    ("denied", "why"),
    [
        (act("e2", "REJECT", source("b", B1, "shelled"), modality="refused", recipients=("state:UKR",)),
         "other participants"),
        (act("e2", "REJECT", source("b", B1, "shelled"), modality="refused", actors=()), "no actor"),
        (act("e2", "REJECT", source("b", B1, "shelled"), when="2024-02-01", modality="refused"),
         "denied before it happened"),
        (act("e2", "REJECT", source("b", B1, "troops"), modality="refused"), "another act word"),
    ],
)  # fmt: skip
def test_no_contradiction_without_the_same_act(denied: StoryEvent, why: str) -> None:
    assert contradictions(story(SHELLED, denied)) == (), why


def test_an_act_on_nothing_named_is_no_question_to_disagree_on() -> None:
    yes = act("e1", "COERCE", source("a", "Avalon overturned several of them.", "overturned"), recipients=())
    no = act("e2", "COERCE", source("b", "Avalon has not overturned it.", "overturned"), recipients=(),
             modality="negated")  # fmt: skip
    assert contradictions(story(yes, no, speakers=())) == ()


def test_a_sentence_reporting_the_act_twice_is_cited_once() -> None:
    text = "Russian troops did not shell or bomb Kupiansk."
    no = (act("e2", "ASSAULT", source("b", text, "shell"), modality="negated"),
          act("e3", "ASSAULT", source("b", text, "bomb"), modality="negated"))  # fmt: skip
    (found,) = contradictions(story(SHELLED, *no, speakers=(OFFICIALS,)))
    assert [s.text for s in found.positions[1].sources] == [text]


def test_negations_of_another_day_and_intentions_are_not_contradictions() -> None:
    other_day = act("e2", "ASSAULT", source("b", B2, "shell"), when="2024-01-10", modality="negated")
    said_not = speaker("state:RUS", "Russia", ("b", said("b", B2, "its troops did not shell Kupiansk", "said")))
    assert contradictions(story(SHELLED, other_day, speakers=(OFFICIALS, said_not))) == ()
    plan = "Russia plans to shell Kupiansk, officials said."
    planned = act("e3", "ASSAULT", source("b", plan, "shell"), modality="intended")
    assert contradictions(story(SHELLED, planned)) == ()


def test_a_denied_negation_is_left_out_as_unclear() -> None:
    text = "Russia denied that its troops did not shell Kupiansk."
    russia = speaker("state:RUS", "Russia", ("b", said("b", text, "its troops did not shell Kupiansk", "denied")))
    unclear = act("e2", "ASSAULT", source("b", text, "shell"), modality="negated")
    assert contradictions(story(SHELLED, unclear, speakers=(OFFICIALS, russia))) == ()


def test_words_of_denial_and_of_the_act() -> None:
    assert {"denies", "denied", "denying"} <= _inflections("deny")
    assert {"rebutted", "rebuts", "disputed", "disputing", "dismisses"} <= (
        _inflections("rebut") | _inflections("dispute") | _inflections("dismiss")
    )
    assert "said" not in {w for lemma in DENIAL_CUES for w in _inflections(lemma)}
    assert trigger_stem("shelled") == trigger_stem("shelling") == trigger_stem("shells") == "shell"
    assert trigger_stem("invaded") == trigger_stem("invade") and trigger_stem("shipped") == trigger_stem("ships")


def test_disagreements_keep_numbers_first_then_contradictions() -> None:
    kinds = [d.kind for d in disagreements(story(SHELLED, DENIED))]
    assert kinds == ["attributions"]


ALPHA = """Russian shelling hits eastern village

Ukrainian officials said on Monday that Russian troops shelled the village of Kupiansk, killing two people. The
regional governor said rescue teams were searching the ruins. The attack came a week after talks in Geneva ended
without agreement, and aid groups warned of a hard winter for the people who stayed behind.
"""
BETA = """Kremlin rejects Ukrainian account of Kupiansk strike

The Kremlin on Tuesday denied that Russian troops shelled the village of Kupiansk. A spokesman said the reports were
invented by Kyiv to win more weapons from its Western partners. The talks in Geneva remained suspended, and the
governor of the region asked aid groups for blankets and generators before the first frost.
"""


def test_through_the_pipeline_a_denial_is_a_disagreement(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BETA, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,url,title\na.txt,Daily A,2024-03-04,,\nb.txt,Daily B,2024-03-05,,\n", encoding="utf-8"
    )
    kb = tmp_path / "out" / "story.db"
    kb.parent.mkdir()
    found = [d for d in disagreements(run([str(tmp_path)], kb=kb).story) if d.kind != "numbers"]
    assert len(found) == 1, found
    (d,) = found
    assert d.kind == "attributions" and d.topic.startswith("assault by Russia")
    reported, denied = d.positions
    assert reported.label == "reported: Ukrainian officials" and reported.outlets == ("Daily A",)
    assert denied.label == "denied: Russia" and denied.outlets == ("Daily B",)
    assert "denied that Russian troops shelled" in denied.sources[0].text
    # The web overview shows the same disagreement, each side's sentence linked.
    page = TestClient(create_app(kb)).get("/").text
    section = page.split('<section id="discrepancies">', 1)[1].split("</section>", 1)[0]
    assert "said and denied" in section and "<strong>denied: Russia</strong>" in section
    assert f'href="/articles/{denied.sources[0].article_id}#s-{denied.sources[0].sent}"' in section


def test_the_briefs_show_who_says_what(tmp_path: Path) -> None:
    files = write_brief(story(SHELLED, DENIED), tmp_path)
    md = files.markdown.read_text(encoding="utf-8")
    line = "- **assault by Russia toward Kupiansk** (said and denied): reported: Ukrainian officials (Alpha); "
    assert line + "denied: Russia (Beta)\n" in md
    page = files.html.read_text(encoding="utf-8")
    section = page.split('<section id="disagreements">', 1)[1].split("</section>", 1)[0]
    assert '<span class="tag">said and denied</span>' in section
    assert "<strong>denied: Russia</strong> — Beta" in section
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert [d["kind"] for d in data["disagreements"]] == ["attributions"]
    assert data["disagreements"][0]["positions"][1]["sources"][0]["text"] == B1
