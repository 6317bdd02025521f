"""The lead sections on hand-built stories: ranking, quotations, disagreements, outlets; words for codes."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.model import (
    Actor,
    ArticleInfo,
    Claim,
    ClaimGroup,
    ClaimRef,
    Quote,
    Ref,
    SourceRef,
    Speaker,
    SpeakerQuotes,
    Story,
    StoryEvent,
)
from storyline.present.digest import digest, without_fragments
from storyline.present.disagree import disagreements
from storyline.present.filters import article_title, as_written, quote_text, trigger_split
from storyline.present.outlets import opinion_marker, outlet_views
from storyline.present.summary import key_developments, single_outlet
from storyline.present.words import event_type, when

ARTICLES = (
    ArticleInfo("a", "/data/a.txt", "Pact signed", "Alpha", None, date(2024, 11, 10), (), 100),
    ArticleInfo("b", "/data/b.txt", None, "Beta", "https://beta.example/opinion/2024/pact", date(2024, 11, 12), (), 90),
    ArticleInfo("c", "/data/c.txt", "Talks", "Gamma", None, date(2024, 11, 12), (), 80, section="Analysis"),
)
ACTORS = (Actor("state:AVA", "Avalon", "state", mentions=20), Actor("state:BOR", "Borduria", "state", mentions=4))


def src(article: str, sent: int, text: str, outlet: str | None = None) -> SourceRef:
    outlet = outlet or {"a": "Alpha", "b": "Beta", "c": "Gamma"}[article]
    return SourceRef(article, outlet, sent, 100 * sent, 100 * sent + len(text), text)


def event(eid: str, when_: str | None, *sources: SourceRef, negated: bool = False, actors=("state:AVA",)) -> StoryEvent:
    return StoryEvent(eid, "AGREE", actors, ("state:BOR",), None, when_, None, 4.0, sources, negated=negated)


def test_corroborated_recent_central_events_lead_and_quotations_never_do() -> None:
    story = Story(
        articles=ARTICLES,
        actors=ACTORS,
        events=(
            event(
                "e1",
                "2024-11-09",
                src("a", 1, "Avalon signed the pact with Borduria on Saturday."),
                src("b", 4, "Avalon and Borduria signed a pact on Saturday."),
            ),
            event("e2", "2020", src("a", 7, "Avalon first met Borduria in 2020 for talks.")),
            event(
                "e3",
                "2024-11-11",
                src("c", 2, "“We will sign nothing,” the minister said."),
                src("b", 9, "“Never,” said Borduria’s envoy."),
            ),
            event("e4", "2024-11-11", src("c", 3, "Borduria recalled its envoy from Avalon on Monday.")),
        ),
    )
    key = key_developments(story)
    assert [k.id for k in key] == ["e1", "e4", "e2"]  # corroborated first, then single sources by recency
    assert key[0].outlets == ("Alpha", "Beta") and key[0].articles == 2
    assert key[0].text == "Avalon signed the pact with Borduria on Saturday."  # earlier in its article on a tie
    assert all("“" not in k.text for k in key)  # e3 is only quotations: someone's words, not what happened
    only = single_outlet(story)
    assert {k.id for k in only} == {"e2", "e4"}


def test_a_claim_group_is_stated_by_its_sentence_and_not_twice_with_its_event() -> None:
    claim = Claim(0, 5, 1, "11,000 troops", 11000.0)
    group = ClaimGroup(
        "claims:troops", "troops", "agree", (ClaimRef("a", "Alpha", claim), ClaimRef("b", "Beta", claim))
    )
    e1 = event(
        "e1", "2024-11", src("a", 1, "Avalon sent 11,000 troops to Borduria."), src("b", 1, "11,000 troops went.")
    )
    story = Story(articles=ARTICLES, actors=ACTORS, events=(e1,), claim_groups=(group,))
    assert [k.id for k in key_developments(story)] == ["e1"]  # the group repeats the event's sentences
    sentences = {("a", 1): src("a", 1, "Avalon sent 11,000 troops to Borduria.")}
    alone = Story(articles=ARTICLES, actors=ACTORS, claim_groups=(group,))
    key = key_developments(alone, sentences)
    assert [(k.kind, k.text) for k in key] == [("claims", "Avalon sent 11,000 troops to Borduria.")]


def test_numbers_that_differ_and_a_report_another_source_denies() -> None:
    a = ClaimRef("a", "Alpha", Claim(0, 5, 1, "8,000 troops", 8000.0))
    b = ClaimRef("b", "Beta", Claim(0, 5, 1, "11,000 troops", 11000.0))
    story = Story(
        articles=ARTICLES,
        actors=ACTORS,
        claim_groups=(ClaimGroup("claims:troops", "troops", "differ", (a, b)),),
        events=(
            event("e1", None, src("a", 2, "Avalon agreed to the deal.")),
            event("e2", None, src("b", 3, "Avalon did not agree to the deal."), negated=True),
        ),
    )
    numbers, reports = disagreements(story)
    assert numbers.kind == "numbers" and [p.label for p in numbers.positions] == ["8,000 troops", "11,000 troops"]
    assert reports.kind == "reports" and reports.topic == "agreement by Avalon toward Borduria"
    assert [(p.label, p.outlets) for p in reports.positions] == [("reported", ("Alpha",)), ("denied", ("Beta",))]


def test_outlet_view_flags_opinion_and_counts_whom_each_quotes() -> None:
    quote = Quote(0, 5, 0, "We agree.", "direct", None)
    speakers = (
        SpeakerQuotes("person:x", "Ann Lee", None, None, ("Alpha", "Beta"), (("a", quote), ("b", quote), ("b", quote))),
    )
    story = Story(articles=ARTICLES, actors=ACTORS, speakers=speakers)
    views = {v.outlet: v for v in outlet_views(story, ())}
    assert views["Alpha"].opinion == () and views["Alpha"].speakers == (("Ann Lee", 1),)
    assert views["Beta"].speakers == (("Ann Lee", 2),)
    assert views["Beta"].opinion == (("b", "address (opinion)"),)
    assert views["Gamma"].opinion == (("c", "section “Analysis”"),)
    assert opinion_marker(ArticleInfo("d", "d", "Opinion: Why the pact fails", None, None, None, (), 1)) is not None
    assert opinion_marker(ArticleInfo("e", "e", "An analysis of the pact shows gaps", None, None, None, (), 1)) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2018-04-17TAF", "the afternoon of 17 April 2018"),
        ("2018-W15-WE", "the weekend of 2018-04-14"),
        ("2018-SP", "spring 2018"),
        ("2018-Q2", "the second quarter of 2018"),
        ("2017-09", "September 2017"),
        ("2024-11-12", "12 November 2024"),
        ("201X", "the 2010s"),
        ("PRESENT_REF", "now"),
        ("P3D", "3 days"),
        (None, "undated"),
        ("1950/1953", "1950/1953"),
    ],
)
def test_timex_values_in_words(value: str | None, words: str) -> None:
    assert when(value) == words


def test_codes_and_raw_values_are_shown_in_words() -> None:
    assert event_type("MOBILIZE") == "mobilisation"
    claim = Claim(0, 5, 1, "15 pages of Comey's memos", 15.0, counted="pages of Comey's memos")
    assert as_written(claim) == "15 pages of Comey's memos"  # not "... pages of Comey's memos" twice
    assert article_title(ARTICLES[1]) == "Untitled article (Beta, 12 November 2024)"  # never the file path
    split = Quote(0, 40, 0, "We will, he said, sign", "direct", None, parts=(Ref(0, 7, "We will"), Ref(18, 22, "sign")))
    assert quote_text(split) == "We will … sign"
    source = SourceRef("a", "Alpha", 1, 100, 130, "Avalon signed the pact.", Ref(107, 113, "signed"))
    assert trigger_split(source) == ("Avalon ", "signed", " the pact.")


def test_fragments_of_a_quote_are_shown_once_and_actors_named_once_are_folded() -> None:
    whole = Quote(
        10, 60, 0, "We will never accept a deal that hurts our farmers", "direct", Speaker(Ref(0, 3, "Ann"), "Ann")
    )
    part = Quote(24, 34, 0, "accept a deal", "partial", Speaker(Ref(0, 3, "Ann"), "Ann"))
    other = Quote(24, 34, 0, "accept a deal", "partial", None)
    speakers = (
        SpeakerQuotes("person:ann", "Ann", None, None, ("Alpha",), (("a", whole), ("a", part))),
        SpeakerQuotes(None, "officials", None, None, ("Alpha",), (("a", other),)),
    )
    kept = without_fragments(speakers)
    assert [[q.text for _, q in s.quotes] for s in kept] == [[whole.text]]
    actors = (*ACTORS, Actor("person:once", "Passer By", "person", mentions=1))
    view = digest(Story(articles=ARTICLES, actors=actors, speakers=speakers))
    assert [a.name for a in view.actors.shown] == ["Avalon", "Borduria"] and view.actors.left_out == 1
    assert [s.name for s, _ in view.speakers.shown] == ["Ann"]


def test_a_statement_is_never_someone_speaking() -> None:
    from storyline.model import SourceRef
    from storyline.present.summary import is_quoted

    def ref(text: str, start: int = 100) -> SourceRef:
        return SourceRef("a", "Wire", 3, start, start + len(text), text)

    # the second paragraph of a long quotation, its marks lost: first person is someone's words
    assert is_quoted(ref("We already have begun the work to expand our plant."), {})
    # inside the span of a direct quotation that opened in an earlier sentence
    assert is_quoted(ref("The plant will open in May."), {"a": [(50, 140)]})
    assert not is_quoted(ref("The plant will open in May."), {"a": [(0, 90)]})
    # "US" is a state, not the pronoun
    assert not is_quoted(ref("The US Air Force picked the tanker on Friday."), {})


def test_generic_participants_are_named_by_their_noun_never_by_their_id() -> None:
    from storyline.present.words import actor_name

    names = {"state:AVA": "Avalon"}
    assert actor_name("state:AVA", names) == "Avalon"
    assert actor_name("generic:aid-workers", names) == "aid workers"
    assert actor_name("person:unknown", names) == "person:unknown"  # not generic: the id is all there is


def test_sources_are_told_apart_by_outlet_and_day_never_by_path() -> None:
    from storyline.present.filters import outlet_label, source_labels

    articles = (
        ArticleInfo("w1", "/data/w1.txt", "Award", "Wikinews", None, date(2008, 3, 1), (), 100),
        ArticleInfo("w2", "/data/w2.txt", "Ruling", "Wikinews", None, date(2008, 7, 2), (), 100),
        ArticleInfo("m", "/data/m.txt", "Mint story", "Mint", None, date(2008, 7, 2), (), 100),
        ArticleInfo("x", "/data/secret/path.txt", None, None, None, None, (), 100),
    )
    labels = source_labels(articles)
    assert labels == {"w1": "Wikinews, 1 March 2008", "w2": "Wikinews, 2 July 2008", "m": "Mint",
                      "x": "Untitled article (unknown outlet, date unknown)"}  # fmt: skip
    assert outlet_label("x", labels) == labels["x"] and outlet_label("Mint", labels) == "Mint"
