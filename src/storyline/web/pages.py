"""The HTML pages: overview, actors, quotes, numbers, timeline, articles with highlighted evidence, search."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from storyline import __version__
from storyline.present.jinja import html_environment
from storyline.store.sqlite import MARK_END, MARK_START
from storyline.web.api import KB, MAX_OFFSET, State, filter_quotes, search_hits, search_total
from storyline.web.highlight import highlight, marks
from storyline.web.state import StoryState

# Every page shows untrusted article text: the environment escapes every template (see present/jinja.py).
_ENV = html_environment(jinja2.FileSystemLoader(Path(__file__).parent / "templates"))

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PER_PAGE = 50


def _value(claim: Any) -> str:
    """A claim's value or bounds as a reader writes them."""
    value, low, high = claim.value, claim.low, claim.high
    if value is not None:
        text = f"{value:,.10g}"
    elif low is not None and high is not None:
        text = f"{low:,.10g}–{high:,.10g}"
    elif high is not None:
        text = f"≤ {high:,.10g}"
    elif low is not None:
        text = f"≥ {low:,.10g}"
    else:
        text = "?"
    return f"{text} {claim.unit}" if claim.unit else text


def _snippet(text: str) -> Markup:
    """An FTS snippet with its matches marked; the text is escaped before the marks go in, and the markers are
    characters no stored text holds, so brackets in an article stay brackets."""
    return Markup(str(escape(text)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


_ENV.filters["value"] = _value
_ENV.filters["snippet"] = _snippet


def render(name: str, request: Request, **context: Any) -> str:
    return _ENV.get_template(name).render(request=request, version=__version__, **context)


def render_error(request: Request, status: int, message: str) -> str:
    """The HTML error page (the API answers errors with JSON instead)."""
    return render("error.html", request, status=status, message=message)


def _title(st: StoryState) -> str:
    titles = [a.title for a in st.story.articles if a.title]
    return titles[0] if titles else "Story"


@router.get("/")
def overview(request: Request, st: State) -> str:
    story = st.story
    counts = {
        "articles": len(st.articles),
        "actors": len(story.actors),
        "quotes": len(st.quotes),
        "numbers": sum(len(g.claims) for g in story.claim_groups),
        "events": len(story.events),
        "relations": len(story.relations),
        "commitments": len(story.commitments),
    }
    return render(
        "overview.html",
        request,
        st=st,
        title=_title(st),
        counts=counts,
        top_actors=st.actors_by_mentions[:12],
        discrepancies=[g for g in st.claim_groups if g.status == "differ"],
    )


@router.get("/actors")
def actor_list(request: Request, st: State) -> str:
    return render("actors.html", request, st=st, actors=st.actors_by_mentions)


@router.get("/actors/{actor_id:path}")
def actor_page(actor_id: str, request: Request, st: State) -> str:
    actor = st.actors.get(actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor '{actor_id}'")
    return render(
        "actor.html",
        request,
        st=st,
        actor=actor,
        speaker=st.speaker(actor_id),
        claims=st.actor_claims(actor),
        events=st.actor_events(actor_id),
        relations=st.actor_relations(actor_id),
        commitments=st.actor_commitments(actor_id),
        per_outlet=st.mentions_per_outlet(actor_id).most_common(),
        mentions=st.actor_mentions(actor_id),
    )


@router.get("/quotes")
def quotes(request: Request, st: State, speaker: str | None = None, outlet: str | None = None) -> str:
    speaker = speaker or None
    outlet = outlet or None
    speakers = sorted({(q.speaker_id or q.speaker, q.speaker) for q in st.quotes}, key=lambda s: s[1].casefold())
    outlets = sorted({q.outlet for q in st.quotes if q.outlet})
    items = [
        i for i in filter_quotes(st, speaker, outlet) if (i.article_id, i.quote.start, i.quote.end) in st.whole_quotes
    ]
    return render(
        "quotes.html", request, st=st, items=items, speakers=speakers, outlets=outlets, speaker=speaker, outlet=outlet
    )


@router.get("/numbers")
def numbers(request: Request, st: State) -> str:
    return render("numbers.html", request, st=st, groups=st.claim_groups)


@router.get("/timeline")
def timeline(request: Request, st: State) -> str:
    return render("timeline.html", request, st=st, events=st.events_by_date)


@router.get("/articles")
def article_list(request: Request, st: State) -> str:
    infos = sorted(st.infos, key=lambda a: (a.published is None, a.published, a.outlet or ""))
    return render("articles.html", request, st=st, infos=infos)


@router.get("/articles/{article_id}")
def article_page(article_id: str, request: Request, st: State, kb: KB) -> str:
    article = kb.article(article_id)
    analysis = kb.analysis(article_id)
    if article is None or analysis is None:
        raise HTTPException(404, f"no article '{article_id}'")
    links = st.links(article_id)
    text = highlight(article.text, marks(article, analysis, links))
    actor_of = {i: links.get((article_id, m.start, m.end)) for i, m in enumerate(analysis.mentions)}
    return render("article.html", request, st=st, article=article, analysis=analysis, text=text, actor_of=actor_of)


@router.get("/search")
def search(
    request: Request,
    kb: KB,
    q: str = "",
    kind: Annotated[str, Query(pattern="^(|article|quote|actor)$")] = "",
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> str:
    hits: list[dict[str, Any]] = []
    total = 0
    if q.strip():
        hits = search_hits(kb, q, kind or None, PER_PAGE, offset)
        total = search_total(kb, q, kind or None)
    return render("search.html", request, q=q, kind=kind, hits=hits, total=total, offset=offset, per_page=PER_PAGE)
