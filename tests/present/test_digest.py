"""What a brief shows of a big story: each section cut to its limit, most-attested first, the rest counted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storyline.model import (
    ArticleInfo,
    Claim,
    ClaimGroup,
    ClaimRef,
    Quote,
    SourceRef,
    SpeakerQuotes,
    Story,
    StoryEvent,
)
from storyline.present.brief import write_brief
from storyline.present.digest import BriefLimits, digest, pick, top


def _article(i: int) -> ArticleInfo:
    published = date(2024, 11, 1 + i % 28)
    return ArticleInfo(f"a{i:03}", f"a{i}.txt", f"Title {i}", f"Outlet {i % 7}", None, published, (), 300)


def _source(i: int) -> SourceRef:
    return SourceRef(f"a{i:03}", f"Outlet {i % 7}", 0, 0, 5, "Troops were sent.")


def _quote(text: str) -> Quote:
    return Quote(0, len(text), 0, text, "direct", None)


def _claim_ref(i: int, value: float) -> ClaimRef:
    return ClaimRef(f"a{i:03}", f"Outlet {i % 7}", Claim(0, 6, 0, "11,000", value, counted="troops"))


def _event(ident: str, articles: range) -> StoryEvent:
    return StoryEvent(ident, "MOBILIZE", (), (), None, "2024-11", None, 0.0, tuple(_source(i) for i in articles))


def _big_story() -> Story:
    repeated = [("a001", _quote("the same line every wire reprint carries"))] * 40
    cha_quotes = (*repeated, ("a002", _quote("a second, different remark")))
    return Story(
        articles=tuple(_article(i) for i in range(250)),
        speakers=(
            SpeakerQuotes("cha", "Victor Cha", None, None, ("Outlet 1",), cha_quotes),
            SpeakerQuotes("lee", "Jean Lee", None, None, ("Outlet 2",), (("a003", _quote("one remark")),)),
        ),
        claim_groups=tuple(
            ClaimGroup(f"claims:g{g}", f"group {g}", "agree", tuple(_claim_ref(i, 11000.0) for i in range(30)))
            for g in range(45)
        ),
        events=tuple(_event(f"e{n}", range(n % 9 + 1)) for n in range(130)),
    )


def test_pick_prefers_unseen_keys_and_keeps_order() -> None:
    cut = pick(["a", "a", "a", "b", "a", "c"], 3, key=lambda s: s)
    assert cut.shown == ("a", "b", "c") and cut.left_out == 3
    assert pick([1, 2], 5).shown == (1, 2) and pick([1, 2], 5).left_out == 0


def test_top_keeps_the_heaviest_in_their_order() -> None:
    cut = top(["x", "yyy", "zz", "w"], 2, weight=len)
    assert cut.shown == ("yyy", "zz") and cut.left_out == 2


def test_digest_cuts_every_section_and_counts_what_it_left_out() -> None:
    view = digest(_big_story(), limits=BriefLimits())
    assert len(view.articles.shown) == 100 and view.articles.left_out == 150
    cha, hidden = view.speakers.shown[0]
    # The remark only one outlet carries is shown next to the line forty reprints repeat.
    assert [q.text for _, q in cha.quotes][:2] == ["the same line every wire reprint carries"] * 2
    assert "a second, different remark" in [q.text for _, q in cha.quotes]
    assert len(cha.quotes) == 10 and hidden == 31
    assert len(view.claim_groups.shown) == 30 and view.claim_groups.left_out == 15
    assert all(len(g.claims) == 12 and hidden == 18 for g, hidden in view.claim_groups.shown)
    assert len(view.events.shown) == 100 and view.events.left_out == 30
    kept = {e.id for e, _ in view.events.shown}
    assert "e8" in kept and "e0" not in kept  # nine articles beat one
    assert all(len(e.sources) <= 6 for e, _ in view.events.shown)
    assert [e.id for e, _ in view.events.shown] == sorted(kept, key=lambda i: int(i[1:]))  # timeline order


def test_small_story_is_shown_whole() -> None:
    story = Story(articles=(_article(1), _article(2)), events=(_event("e1", range(3)),))
    view = digest(story)
    assert view.articles.shown == tuple(sorted(story.articles, key=lambda a: a.published or date.max))
    assert view.events.shown == ((story.events[0], 0),)


def test_brief_of_a_big_story_says_what_it_left_out(tmp_path: Path) -> None:
    files = write_brief(_big_story(), tmp_path)
    md, html = files.markdown.read_text(encoding="utf-8"), files.html.read_text(encoding="utf-8")
    for text in (md, html):
        assert "and 150 more articles" in text and "and 15 more groups of numbers" in text
        assert "and 30 more events" in text and "and 31 more quotes" in text
    assert html.count('class="claims-chart"') == 30
    assert '"Title 249"' not in md and "Title 249" in files.json.read_text(encoding="utf-8")
