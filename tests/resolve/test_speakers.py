"""Speakers grouped across articles, on records built by hand."""

from __future__ import annotations

from datetime import date

from storyline.model import Actor, ArticleAnalysis, ArticleInfo, MentionLink, MentionLinks, Quote, Ref, Speaker
from storyline.resolve.actors import ActorIndex
from storyline.resolve.speakers import group_speakers, person_key


def _info(article_id: str, outlet: str) -> ArticleInfo:
    return ArticleInfo(article_id, f"{article_id}.txt", None, outlet, None, date(2024, 5, 1), (), 100)


def _quote(start: int, text: str, name: str, kind: str = "person", title: str | None = None,
           affiliation: str | None = None, mention: str | None = None) -> Quote:  # fmt: skip
    mention = mention or name
    speaker = Speaker(Ref(start + 100, start + 100 + len(mention), mention), name, kind, title, affiliation)
    return Quote(start, start + len(text), 0, text, "direct", speaker)


def test_one_speaker_across_outlets_with_quotes_in_order() -> None:
    index = ActorIndex(
        actors=(Actor("person:ada-brenner", "Ada Brenner", "person"),),
        links=MentionLinks.of(
            (MentionLink("a1", 100, 111, "person:ada-brenner"), MentionLink("a2", 150, 164, "person:ada-brenner"))
        ),
    )
    a1 = ArticleAnalysis("a1", quotes=(
        _quote(40, "Second in a1.", "Ada Brenner"),
        _quote(0, "First in a1.", "Ada Brenner", title="former envoy"),
    ))  # fmt: skip
    a2 = ArticleAnalysis("a2", quotes=(
        _quote(50, "Only in a2.", "Ada K. Brenner", title="director", affiliation="Harbour Institute"),
        _quote(90, "Officials said so.", "port officials", kind="group"),
    ))  # fmt: skip
    speakers = group_speakers(index, [_info("a1", "Daily One"), _info("a2", "Weekly Two")], [a1, a2])
    ada = next(s for s in speakers if s.name == "Ada Brenner")
    assert ada.actor_id == "person:ada-brenner"
    assert ada.outlets == ("Daily One", "Weekly Two")
    assert [q.text for _, q in ada.quotes] == ["First in a1.", "Second in a1.", "Only in a2."]
    assert (ada.title, ada.affiliation) == ("director", "Harbour Institute")  # current role over a former one
    group = next(s for s in speakers if s.name == "port officials")
    assert group.actor_id is None and group.outlets == ("Weekly Two",)
    assert len(speakers) == 2


def test_without_actor_ids_initials_do_not_split_a_person() -> None:
    index = ActorIndex(actors=(), links=MentionLinks())
    a1 = ArticleAnalysis("a1", quotes=(_quote(0, "One.", "Lars Petter Holm"),))
    a2 = ArticleAnalysis("a2", quotes=(_quote(0, "Two.", "Lars P. Holm"),))
    speakers = group_speakers(index, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert len(speakers) == 2  # a different middle name is not an initial: kept apart
    a3 = ArticleAnalysis("a3", quotes=(_quote(0, "Three.", "Lars Holm"),))
    a4 = ArticleAnalysis("a4", quotes=(_quote(0, "Four.", "Lars H. Holm"),))
    speakers = group_speakers(index, [_info("a3", "X"), _info("a4", "Y")], [a3, a4])
    assert len(speakers) == 1 and speakers[0].outlets == ("X", "Y")


def test_groups_never_resolve_to_the_state_in_their_phrase() -> None:
    index = ActorIndex(actors=(Actor("state:NOR", "Norway", "state", code="NOR"),),
                       links=MentionLinks.of((MentionLink("a1", 100, 106, "state:NOR"),)))  # fmt: skip
    a1 = ArticleAnalysis("a1", quotes=(_quote(0, "Calm seas.", "Oslo’s coast guard", kind="group"),))
    (speaker,) = group_speakers(index, [_info("a1", "X")], [a1])
    assert speaker.actor_id is None and speaker.name == "Oslo’s coast guard"


def test_person_key_ignores_initials() -> None:
    assert person_key("Victor D. Cha") == person_key("Victor Cha") == "victor cha"
