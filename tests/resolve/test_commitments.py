"""Commitments across articles: parties resolved to states, signing and ratifications, merged sources."""

from __future__ import annotations

from storyline.model import (
    Actor,
    ArticleAnalysis,
    ArticleInfo,
    Commitment,
    CommitmentStatement,
    MentionLink,
    MentionLinks,
    Ref,
    SourceRef,
    Story,
    StoryEvent,
)
from storyline.resolve.actors import ActorIndex
from storyline.resolve.commitments import committed_to_assist, find_actor, find_commitments

TEXT_A = (
    "Leader Ana Bell ratified a defence pact with Borduria on Tuesday. "
    "Bordurian lawmakers ratified this text last week. "
    "The treaty requires both states to provide military assistance in the event of an attack against the other."
)
TEXT_B = "Avalon and Borduria celebrated the signing of a mutual defense pact in June."


def _ref(text: str, phrase: str, nth: int = 0) -> Ref:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Ref(start, start + len(phrase), phrase)


def _statement(text: str, sentence: str, sent: int, mention: str, **kw: object) -> CommitmentStatement:
    start = text.index(sentence)
    defaults: dict[str, object] = {"kind": "mutual defence", "name": "defence pact", "group": 0}
    defaults.update(kw)
    return CommitmentStatement(
        start=start,
        end=start + len(sentence),
        sent=sent,
        text=sentence,
        mention=_ref(text, mention),
        **defaults,  # type: ignore[arg-type]
    )


def _world() -> tuple[ActorIndex, list[ArticleInfo], list[ArticleAnalysis]]:
    actors = (
        Actor(id="state:AVA", name="Avalon", type="state", code="AVA", aliases=()),
        Actor(id="state:BOR", name="Borduria", type="state", code="BOR"),
        Actor(id="person:ana-bell", name="Ana Bell", type="person", acts_for="state:AVA"),
    )
    links = (
        MentionLink("a", *_span(TEXT_A, "Ana Bell"), "person:ana-bell"),
        MentionLink("a", *_span(TEXT_A, "Borduria"), "state:BOR"),
        MentionLink("a", *_span(TEXT_A, "Bordurian"), "state:BOR"),
        MentionLink("b", *_span(TEXT_B, "Avalon"), "state:AVA"),
        MentionLink("b", *_span(TEXT_B, "Borduria"), "state:BOR"),
    )
    index = ActorIndex(actors=actors, links=MentionLinks.of(links))
    articles = [
        ArticleInfo("a", "a.txt", None, "Outlet A", None, None, (), 40),
        ArticleInfo("b", "b.txt", None, "Outlet B", None, None, (), 12),
    ]
    s0, s1, s2 = (TEXT_A.split(". ")[i] + ("." if i < 2 else "") for i in range(3))
    analysis_a = ArticleAnalysis(
        article_id="a",
        commitments=(
            _statement(TEXT_A, s0, 0, "a defence pact", name="defence pact", action="ratified",
                       by=(_ref(TEXT_A, "Leader Ana Bell"),), parties=(_ref(TEXT_A, "Borduria"),), date="2024-11-12"),
            _statement(TEXT_A, s1, 1, "this text", action="ratified", by=(_ref(TEXT_A, "Bordurian lawmakers"),),
                       date="2024-W45"),
            _statement(TEXT_A, s2, 2, "The treaty", action="requires",
                       terms=("provide military assistance in the event of an attack against the other",)),
        ),
    )  # fmt: skip
    analysis_b = ArticleAnalysis(
        article_id="b",
        commitments=(
            _statement(TEXT_B, TEXT_B, 0, "a mutual defense pact", name="mutual defense pact", action="signed",
                       date="2024-06"),
        ),
    )  # fmt: skip
    return index, articles, [analysis_a, analysis_b]


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _agree_event() -> StoryEvent:
    source = SourceRef("b", "Outlet B", 0, 0, len(TEXT_B), TEXT_B)
    return StoryEvent("ev1", "AGREE", ("state:AVA", "state:BOR"), (), None, "2024-06", "05", 4.0, (source,))


def test_one_commitment_merged_across_articles_with_parties_terms_dates_and_sources() -> None:
    index, articles, analyses = _world()
    [commitment] = find_commitments(index, articles, analyses, [_agree_event()])
    assert commitment.kind == "mutual defence"
    assert commitment.name == "mutual defense pact"
    assert commitment.parties == ("state:AVA", "state:BOR")  # Ana Bell acts for Avalon
    assert commitment.terms == ("provide military assistance in the event of an attack against the other",)
    assert commitment.signed == "2024-06"
    assert commitment.ratifications == (("state:BOR", "2024-W45"), ("state:AVA", "2024-11-12"))
    assert {s.article_id for s in commitment.sources} == {"a", "b"} and len(commitment.sources) == 4


def test_without_the_event_naming_its_parties_the_second_article_stays_apart() -> None:
    index, articles, analyses = _world()
    [commitment] = find_commitments(index, articles, analyses, [])
    assert {s.article_id for s in commitment.sources} == {"a"}  # article b names no party: not a commitment


def test_sanctions_do_not_merge_with_a_pact_between_the_same_parties() -> None:
    index, articles, analyses = _world()
    # A sanctions regime is a commitment once someone imposes it.
    sanction = _statement(TEXT_B, TEXT_B, 0, "a mutual defense pact", kind="sanctions", name="sanctions", group=1,
                          action="imposed", parties=(_ref(TEXT_B, "Avalon"), _ref(TEXT_B, "Borduria")))  # fmt: skip
    analyses[1] = ArticleAnalysis(article_id="b", commitments=(*analyses[1].commitments, sanction))
    found = find_commitments(index, articles, analyses, [_agree_event()])
    assert sorted(c.kind for c in found) == ["mutual defence", "sanctions"]


def test_who_is_committed_to_assist() -> None:
    index, articles, analyses = _world()
    commitments = find_commitments(index, articles, analyses, [_agree_event()])
    story = Story(actors=index.actors, commitments=commitments)
    assert find_actor(story, "avalon") == "state:AVA" and find_actor(story, "BOR") == "state:BOR"
    assert find_actor(story, "Nowhere") is None
    assert [party for party, _ in committed_to_assist(story, "state:AVA")] == ["state:BOR"]
    assert committed_to_assist(story, "person:ana-bell") == []


TEXT_C = (
    "Avalon signed a trade deal with Borduria in 1999. "
    "Avalon promised Borduria grain. "
    "In 2004 Avalon and Borduria agreed to share a port."
)


def _one_article(*statements: CommitmentStatement) -> list[Commitment]:
    actors = (
        Actor(id="state:AVA", name="Avalon", type="state", code="AVA"),
        Actor(id="state:BOR", name="Borduria", type="state", code="BOR"),
    )
    links = tuple(
        MentionLink("c", *_span_nth(TEXT_C, name, nth), actor)
        for name, actor in (("Avalon", "state:AVA"), ("Borduria", "state:BOR"))
        for nth in range(3)
    )
    index = ActorIndex(actors=actors, links=MentionLinks.of(links))
    articles = [ArticleInfo("c", "c.txt", None, "Outlet C", None, None, (), 25)]
    return list(find_commitments(index, articles, [ArticleAnalysis(article_id="c", commitments=statements)], []))


def _span_nth(text: str, phrase: str, nth: int) -> tuple[int, int]:
    ref = _ref(text, phrase, nth)
    return ref.start, ref.end


def _both(nth: int) -> tuple[Ref, Ref]:
    return _ref(TEXT_C, "Avalon", nth), _ref(TEXT_C, "Borduria", nth)


def test_one_article_keeps_a_pledge_apart_from_a_deal_of_the_same_parties() -> None:
    s0, s1, _ = (part if part.endswith(".") else part + "." for part in TEXT_C.split(". "))
    deal = _statement(TEXT_C, s0, 0, "a trade deal", kind="agreement", name="deal", action="signed",
                      by=(_ref(TEXT_C, "Avalon"),), parties=(_ref(TEXT_C, "Borduria"),), date="1999")  # fmt: skip
    pledge = _statement(TEXT_C, s1, 1, "promised", kind="pledge", name="promise", group=1, action="promised",
                        by=(_ref(TEXT_C, "Avalon", 1),), parties=_both(1), terms=("grain",))  # fmt: skip
    found = _one_article(deal, pledge)
    assert sorted(c.kind for c in found) == ["agreement", "pledge"]


def test_one_article_keeps_apart_agreements_of_the_same_parties_signed_in_different_years() -> None:
    s0, _, s2 = (part if part.endswith(".") else part + "." for part in TEXT_C.split(". "))
    deal = _statement(TEXT_C, s0, 0, "a trade deal", kind="agreement", name="deal", action="signed",
                      by=(_ref(TEXT_C, "Avalon"),), parties=(_ref(TEXT_C, "Borduria"),), date="1999")  # fmt: skip
    port = _statement(TEXT_C, s2, 2, "agreed", kind="agreement", name="agree", group=2, action="agreed",
                      by=_both(2), parties=_both(2), terms=("share a port",), date="2004")  # fmt: skip
    assert len(_one_article(deal, port)) == 2
    # the same year says nothing: one agreement told twice
    port = _statement(TEXT_C, s2, 2, "agreed", kind="agreement", name="agree", group=2, action="agreed",
                      by=_both(2), parties=_both(2), terms=("share a port",), date="1999")  # fmt: skip
    assert len(_one_article(deal, port)) == 1


def test_a_pledge_keeps_the_date_it_is_to_be_done_by() -> None:
    _, s1, _ = (part if part.endswith(".") else part + "." for part in TEXT_C.split(". "))
    pledge = _statement(TEXT_C, s1, 1, "promised", kind="pledge", name="promise", action="promised",
                        by=(_ref(TEXT_C, "Avalon", 1),), parties=_both(1), terms=("grain",),
                        deadline="2005-05")  # fmt: skip
    [found] = _one_article(pledge)
    assert (found.kind, found.state, found.deadline, found.starts) == ("pledge", "signed", "2005-05", None)
