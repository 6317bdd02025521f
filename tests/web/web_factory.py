"""A small knowledge base built by hand: two articles about an invented story, plus an injection article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storyline.model import (
    Actor,
    Alias,
    Article,
    ArticleAnalysis,
    ArticleInfo,
    Claim,
    ClaimGroup,
    ClaimRef,
    Commitment,
    CommitmentStatement,
    DroppedLine,
    Event,
    Mention,
    MentionLink,
    MentionLinks,
    Quote,
    Ref,
    Relation,
    Sentence,
    Skip,
    SourceRef,
    Speaker,
    SpeakerQuotes,
    Story,
    StoryEvent,
    TimeExpr,
)
from storyline.store import open_kb

TEXT_A = (
    "Talks stall over the border\n"
    "Ruritania's president Anna Berg said on Tuesday: \u201cWe will not give up an inch.\u201d "
    "As many as 8,000 troops crossed the border, officials say.\n"
    "Berg signed a defense pact with Freedonia in June.\n"
    "Photo: Jo Lens/Agency\n"
)
TEXT_B = (
    "Freedonia counts the cost\n"
    "About 11,000 troops are massing near Freedonia, Anna Berg told reporters. "
    "\u201cThe pact binds us both,\u201d she said.\n"
)
INJECTION = (
    "<script>window.__pwned = 1; alert('x')</script> headline\n"
    'Berg wrote <img src=x onerror="window.__pwned=2"> and <b>bold</b> & <a href="javascript:alert(1)">link</a> '
    "said \u201c<svg onload=window.__pwned=3>\u201d today.\n"
)
EVIL_NAME = "<img src=x onerror=window.__pwned=4>"


def ref(text: str, part: str, after: int = 0) -> Ref:
    start = text.index(part, after)
    return Ref(start, start + len(part), part)


def sentences(text: str, *parts: str) -> tuple[Sentence, ...]:
    out = []
    for i, part in enumerate(parts):
        r = ref(text, part)
        out.append(Sentence(i, r.start, r.end))
    return tuple(out)


def mention(text: str, part: str, sent: int, label: str, name: str, after: int = 0) -> Mention:
    r = ref(text, part, after)
    return Mention(r.start, r.end, sent, part, label, name)


def article_a() -> tuple[Article, ArticleAnalysis]:
    t = TEXT_A
    s0 = "Ruritania's president Anna Berg said on Tuesday: \u201cWe will not give up an inch.\u201d"
    s1 = "As many as 8,000 troops crossed the border, officials say."
    s2 = "Berg signed a defense pact with Freedonia in June."
    photo = ref(t, "Photo: Jo Lens/Agency")
    title = ref(t, "Talks stall over the border")
    body = t.replace(photo.text, " " * len(photo.text)).replace(title.text, " " * len(title.text))
    article = Article(
        id="a" * 16,
        source="a.txt",
        text=t,
        body=body,
        title=title.text,
        outlet="Daily Planet",
        published=date(2024, 11, 13),
        byline=("Lois Lane",),
        dropped=(
            DroppedLine(title.start, title.end, title.text, "title"),
            DroppedLine(photo.start, photo.end, photo.text, "credit"),
        ),
    )
    q = ref(t, "We will not give up an inch.")
    c = ref(t, "As many as 8,000")
    berg = ref(t, "Anna Berg")
    analysis = ArticleAnalysis(
        article_id=article.id,
        sentences=sentences(t, s0, s1, s2),
        mentions=(
            mention(t, "Ruritania's", 0, "GPE", "Ruritania"),
            mention(t, "Anna Berg", 0, "PERSON", "Anna Berg"),
            mention(t, "Berg", 2, "PERSON", "Anna Berg", after=t.index(s2)),
            mention(t, "Freedonia", 2, "GPE", "Freedonia"),
        ),
        quotes=(
            Quote(q.start, q.end, 0, q.text, "direct", Speaker(berg, "Anna Berg", title="president"), ref(t, "said")),
        ),
        claims=(
            Claim(
                c.start,
                c.end,
                1,
                c.text,
                None,
                high=8000,
                kind="max",
                qualifier="as many as",
                counted="troops",
                source=ref(t, "officials"),
                source_name="officials",
            ),
        ),
        times=(
            TimeExpr(*_span(t, "on Tuesday"), 0, "on Tuesday", "2024-11-12", relative=True),
            TimeExpr(*_span(t, "in June"), 2, "in June", "2024-06", relative=True),
        ),
        events=(
            Event(
                *_span(t, s2),
                2,
                s2,
                "AGREE",
                ref(t, "signed"),
                (ref(t, "Berg", t.index(s2)),),
                (ref(t, "Freedonia"),),
                mode="diplomatic",
                cameo="05",
                score=6.0,
                date="2024-06",
            ),
        ),
        commitments=(
            CommitmentStatement(
                *_span(t, s2),
                2,
                s2,
                "mutual defence",
                "defense pact",
                ref(t, "a defense pact"),
                parties=(ref(t, "Berg", t.index(s2)), ref(t, "Freedonia")),
                action="signed",
                date="2024-06",
            ),
        ),
    )
    return article, analysis


def article_b() -> tuple[Article, ArticleAnalysis]:
    t = TEXT_B
    s0 = "About 11,000 troops are massing near Freedonia, Anna Berg told reporters."
    s1 = "\u201cThe pact binds us both,\u201d she said."
    title = ref(t, "Freedonia counts the cost")
    body = t.replace(title.text, " " * len(title.text))
    article = Article(
        id="b" * 16,
        source="b.txt",
        text=t,
        body=body,
        title=title.text,
        outlet="Metropolis Post",
        published=date(2024, 11, 14),
        dropped=(DroppedLine(title.start, title.end, title.text, "title"),),
    )
    c = ref(t, "About 11,000")
    q1 = ref(t, "About 11,000 troops are massing near Freedonia")
    q2 = ref(t, "The pact binds us both,")
    analysis = ArticleAnalysis(
        article_id=article.id,
        sentences=sentences(t, s0, s1),
        mentions=(
            mention(t, "Freedonia", 0, "GPE", "Freedonia", after=t.index(s0)),
            mention(t, "Anna Berg", 0, "PERSON", "Anna Berg"),
        ),
        quotes=(
            Quote(q1.start, q1.end, 0, q1.text, "indirect", Speaker(ref(t, "Anna Berg"), "Anna Berg"), ref(t, "told")),
            Quote(q2.start, q2.end, 1, q2.text, "direct", Speaker(ref(t, "she"), "Anna Berg"), ref(t, "said")),
        ),
        claims=(
            Claim(
                c.start,
                c.end,
                0,
                c.text,
                None,
                low=11000,
                high=11000,
                kind="approx",
                qualifier="about",
                counted="troops",
                source=ref(t, "Anna Berg"),
                source_name="Anna Berg",
            ),
        ),
    )
    return article, analysis


def injection_article() -> tuple[Article, ArticleAnalysis]:
    t = INJECTION
    s0 = ref(t, "Berg wrote")
    end = t.index("today.") + len("today.")
    q = ref(t, "<svg onload=window.__pwned=3>")
    img = ref(t, '<img src=x onerror="window.__pwned=2">')
    article = Article(
        id="c" * 16,
        source="evil.html",
        text=t,
        body=t,
        title="<script>alert('t')</script>Evil",
        outlet="<b>Evil Outlet</b>",
    )
    analysis = ArticleAnalysis(
        article_id=article.id,
        sentences=(Sentence(0, s0.start, end),),
        mentions=(
            mention(t, "Berg", 0, "PERSON", "Anna Berg", after=s0.start),
            # A mention that crosses the quote's boundary: the highlighter must split, not break the HTML.
            Mention(img.start + 5, q.start + 4, 0, t[img.start + 5 : q.start + 4], "ORG", EVIL_NAME),
        ),
        quotes=(Quote(q.start, q.end, 0, q.text, "direct", Speaker(s0, "Anna Berg")),),
        claims=(Claim(img.start, img.end, 0, img.text, 2.0, counted="<i>things</i>"),),
    )
    return article, analysis


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        article.id,
        article.source,
        article.title,
        article.outlet,
        article.url,
        article.published,
        article.byline,
        len(article.body.split()),
    )


def story(parts: list[tuple[Article, ArticleAnalysis]]) -> Story:
    (a, an_a), (b, an_b), (c, an_c) = parts
    berg, rur, fre, evil = "person:anna-berg", "state:RUR", "state:FRE", "organisation:evil"
    links = []
    for art, an in parts:
        for m in an.mentions:
            actor = {"Anna Berg": berg, "Ruritania": rur, "Freedonia": fre, EVIL_NAME: evil}[m.name]
            links.append(MentionLink(art.id, m.start, m.end, actor))
    actors = (
        Actor(
            berg,
            "Anna Berg",
            "person",
            aliases=(Alias("Anna Berg", 3), Alias("Berg", 2)),
            mentions=5,
            articles=(a.id, b.id, c.id),
            role="president",
            acts_for=rur,
        ),
        Actor(rur, "Ruritania", "state", "RUR", (Alias("Ruritania", 1),), 1, (a.id,)),
        Actor(fre, "Freedonia", "state", "FRE", (Alias("Freedonia", 2),), 2, (a.id, b.id)),
        Actor(evil, EVIL_NAME, "organisation", None, (Alias(EVIL_NAME, 1),), 1, (c.id,)),
    )
    src_a = SourceRef(a.id, a.outlet, 2, an_a.events[0].start, an_a.events[0].end, an_a.events[0].text)
    speakers = (
        SpeakerQuotes(
            berg,
            "Anna Berg",
            "president",
            None,
            (a.outlet or "", b.outlet or ""),
            ((a.id, an_a.quotes[0]), (b.id, an_b.quotes[0]), (b.id, an_b.quotes[1]), (c.id, an_c.quotes[0])),
        ),
    )
    group = ClaimGroup(
        "troops",
        "troops",
        "differ",
        (ClaimRef(a.id, a.outlet, an_a.claims[0]), ClaimRef(b.id, b.outlet, an_b.claims[0])),
    )
    event = StoryEvent("ev-1", "AGREE", (berg,), (fre,), "diplomatic", "2024-06", "05", 6.0, (src_a,))
    background = StoryEvent(
        "ev-0", "ASSAULT", (rur,), (fre,), "military", "1950", "19", -10.0, (src_a,), background=True
    )
    relation = Relation(fre, rur, 6.0, "cooperation", "steady", ("ev-1",))
    pact = Commitment(
        "pact-1",
        "mutual defence",
        "defense pact",
        (rur, fre),
        ("assist each other",),
        "2024-06",
        ((rur, "2024-11"),),
        (src_a,),
    )
    return Story(
        tuple(info(x) for x, _ in parts),
        actors,
        MentionLinks.of(links),
        speakers,
        (group,),
        (background, event),
        (relation,),
        (pact,),
    )


def build_kb(path: Path) -> Path:
    """Write the hand-built knowledge base to ``path``."""
    parts = [article_a(), article_b(), injection_article()]
    with open_kb(path) as kb:
        for art, an in parts:
            kb.save_article(art, an, "test")
        kb.save_story(story(parts))
        kb.save_skip(Skip("empty.txt", "empty", "the input is empty"))
    return path
