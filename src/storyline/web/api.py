"""The JSON API under /api/: the records of brief.json, paginated, described by the OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from storyline.model import (
    Actor,
    Article,
    ArticleAnalysis,
    ArticleInfo,
    ClaimGroup,
    ClaimRef,
    Commitment,
    Disagreement,
    OutletView,
    Relation,
    Skip,
    SpeakerQuotes,
    Statement,
    StoryEvent,
)
from storyline.store import KnowledgeBase
from storyline.store.codec import encode, to_builtins
from storyline.store.sqlite import MARK_END, MARK_START
from storyline.web.state import QuoteItem, StoryState

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str
    """Machine-readable: not_found, invalid_request, internal_error."""
    message: str


class ErrorBody(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """A slice of a list: ``items`` from ``offset``, at most ``limit``, out of ``total``."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleDetail(BaseModel):
    article: Article
    analysis: ArticleAnalysis


class ActorDetail(BaseModel):
    actor: Actor
    speaker: SpeakerQuotes | None
    claims: list[ClaimRef]
    events: list[StoryEvent]
    relations: list[Relation]
    commitments: list[Commitment]
    mentions_per_outlet: dict[str, int]


class SearchHit(BaseModel):
    kind: str
    """article, quote or actor."""
    key: str
    article_id: str
    title: str
    snippet: str
    """Matching text with the matched terms between [ and ]."""
    rank: float
    href: str
    """The page that shows the hit."""


class Brief(BaseModel):
    """brief.json, as ``storyline brief`` writes it."""

    schema_: str = Field(alias="schema")
    """Version of the shape ("storyline.brief/1"); "schema" would shadow a BaseModel attribute."""
    storyline: str
    articles: list[ArticleInfo]
    actors: list[Actor]
    speakers: list[SpeakerQuotes]
    claim_groups: list[ClaimGroup]
    events: list[StoryEvent]
    relations: list[Relation]
    commitments: list[Commitment]
    key_developments: list[Statement]
    """3-7 source sentences stating what happened, best first (README, "Key developments")."""
    disagreements: list[Disagreement]
    single_outlet: list[Statement]
    outlets: list[OutletView]
    skips: list[Skip]


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid request"},
    500: {"model": ErrorBody, "description": "Internal error"},
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def get_state(request: Request) -> StoryState:
    return request.app.state.source.state()  # type: ignore[no-any-return]


def get_kb(request: Request) -> Iterator[KnowledgeBase]:
    yield from request.app.state.source.connect()


State = Annotated[StoryState, Depends(get_state)]
KB = Annotated[KnowledgeBase, Depends(get_kb)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Items per page.")]
MAX_OFFSET = 1_000_000_000
"""Bigger offsets are refused (422): SQLite's integers end at 2**63, and no list here is that long."""
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]


def json_response(data: Any) -> Response:
    """Records encoded exactly as brief.json encodes them (msgspec, deterministic key order)."""
    return Response(content=encode(data), media_type="application/json")


def page(items: Sequence[Any], limit: int, offset: int) -> Response:
    return json_response(
        {"total": len(items), "limit": limit, "offset": offset, "items": to_builtins(items[offset : offset + limit])}
    )


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} '{key}'")


@router.get("/brief", response_model=Brief, summary="brief.json")
def brief(st: State) -> Response:
    return json_response(st.brief)


@router.get("/articles", response_model=Page[ArticleInfo], summary="Articles (metadata)")
def articles(st: State, limit: Limit = 50, offset: Offset = 0) -> Response:
    return page(st.infos, limit, offset)


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article with its analysis")
def article(article_id: str, kb: KB) -> Response:
    record = kb.article(article_id)
    analysis = kb.analysis(article_id)
    if record is None or analysis is None:
        raise not_found("article", article_id)
    return json_response({"article": record, "analysis": analysis})


@router.get("/actors", response_model=Page[Actor], summary="Actors, most mentioned first")
def actors(
    st: State,
    limit: Limit = 50,
    offset: Offset = 0,
    type: Annotated[str | None, Query(description="person, state, organisation, place or group.")] = None,
) -> Response:
    items = [a for a in st.actors_by_mentions if type is None or a.type == type]
    return page(items, limit, offset)


@router.get("/actors/{actor_id:path}", response_model=ActorDetail, summary="One actor with everything about it")
def actor(actor_id: str, st: State) -> Response:
    record = st.actors.get(actor_id)
    if record is None:
        raise not_found("actor", actor_id)
    return json_response(
        {
            "actor": record,
            "speaker": st.speaker(actor_id),
            "claims": st.actor_claims(record),
            "events": st.actor_events(actor_id),
            "relations": st.actor_relations(actor_id),
            "commitments": st.actor_commitments(actor_id),
            "mentions_per_outlet": dict(st.mentions_per_outlet(actor_id).most_common()),
        }
    )


@router.get(
    "/speakers", response_model=Page[SpeakerQuotes], summary="Speakers with their quotes (brief.json's speakers)"
)
def speakers(st: State, limit: Limit = 50, offset: Offset = 0) -> Response:
    return page(st.story.speakers, limit, offset)


@router.get("/quotes", response_model=Page[QuoteItem], summary="Quotes, filterable by speaker and outlet")
def quotes(
    st: State,
    limit: Limit = 50,
    offset: Offset = 0,
    speaker: Annotated[str | None, Query(description="Actor id or speaker name.")] = None,
    outlet: Annotated[str | None, Query(description="Outlet as listed in the sources.")] = None,
) -> Response:
    return page(filter_quotes(st, speaker, outlet), limit, offset)


def filter_quotes(st: StoryState, speaker: str | None, outlet: str | None) -> list[QuoteItem]:
    """Quotes by one speaker (actor id or name, case-insensitive) and/or in one outlet."""
    wanted = speaker.casefold() if speaker else None
    return [
        q
        for q in st.quotes
        if (wanted is None or wanted in (q.speaker.casefold(), (q.speaker_id or "").casefold()))
        and (outlet is None or q.outlet == outlet)
    ]


@router.get("/claims", response_model=Page[ClaimGroup], summary="Claim groups, discrepancies first")
def claims(
    st: State,
    limit: Limit = 50,
    offset: Offset = 0,
    status: Annotated[str | None, Query(description="agree, differ, incomparable or single.")] = None,
) -> Response:
    return page([g for g in st.claim_groups if status is None or g.status == status], limit, offset)


@router.get("/events", response_model=Page[StoryEvent], summary="Story events by date")
def events(
    st: State,
    limit: Limit = 50,
    offset: Offset = 0,
    type: Annotated[str | None, Query(description="PLOVER event type.")] = None,
) -> Response:
    return page([e for e in st.events_by_date if type is None or e.type == type], limit, offset)


@router.get("/relations", response_model=Page[Relation], summary="Relations between actors")
def relations(st: State, limit: Limit = 50, offset: Offset = 0) -> Response:
    return page(st.story.relations, limit, offset)


@router.get("/commitments", response_model=Page[Commitment], summary="Standing commitments")
def commitments(st: State, limit: Limit = 50, offset: Offset = 0) -> Response:
    return page(st.story.commitments, limit, offset)


@router.get("/skips", response_model=Page[Skip], summary="Inputs skipped, with reasons")
def skips(st: State, limit: Limit = 50, offset: Offset = 0) -> Response:
    return page(st.skips, limit, offset)


@router.get("/search", response_model=Page[SearchHit], summary="Full-text search over articles, quotes and actors")
def search(
    kb: KB,
    q: Annotated[str, Query(min_length=1, description="Words to find (all of them).")],
    limit: Limit = 50,
    offset: Offset = 0,
    kind: Annotated[str | None, Query(pattern="^(article|quote|actor)$")] = None,
) -> Response:
    hits = search_hits(kb, q, kind, limit, offset)
    for hit in hits:
        hit["snippet"] = hit["snippet"].replace(MARK_START, "[").replace(MARK_END, "]")
    return json_response({"total": search_total(kb, q, kind), "limit": limit, "offset": offset, "items": hits})


def search_hits(kb: KnowledgeBase, q: str, kind: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """Hits with their page; snippets keep the store's match markers (MARK_START, MARK_END)."""
    hits = kb.search(q, kind=kind, limit=limit, offset=offset)
    for hit in hits:
        hit["href"] = hit_href(hit)
    return hits


def hit_href(hit: dict[str, Any]) -> str:
    if hit["kind"] == "actor":
        return f"/actors/{hit['key']}"
    if hit["kind"] == "quote":
        return f"/articles/{hit['article_id']}#q-{hit['key'].rsplit(':', 1)[-1]}"
    return f"/articles/{hit['article_id']}"


def search_total(kb: KnowledgeBase, q: str, kind: str | None) -> int:
    """Number of hits; the terms are quoted as KnowledgeBase.search quotes them, so FTS syntax is inert."""
    return kb.search_total(q, kind=kind)
