"""A tiny hand-made world for the eval tests: two articles, their gold, and an extraction that gets all of it right.

Tests break one piece of the extraction at a time and check the score moves where it should.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from storyline.eval.gold import Gold, load_gold
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
    Event,
    MentionLink,
    MentionLinks,
    Quote,
    Ref,
    Relation,
    SourceRef,
    Speaker,
    SpeakerQuotes,
    Story,
    StoryEvent,
    TimeExpr,
)

TEXT_A = (
    "Osterlich signs pact with Ruritania\n"
    "Ivan Petrov signs the accord in Strelsau. Jane Roe/Global Photo Agency\n"
    "Sign up for our newsletter.\n"
    "On Tuesday, Osterlich signed a defence pact with Ruritania, officials said.\n"
    "“This is a historic day for both nations,” said Ivan Petrov, the foreign minister of Osterlich.\n"
    "This is a historic day\n"
    "Ruritanian officials estimate that 3,000 soldiers have moved to the border.\n"
    "Anna Smith, a professor at Example University, said the pact “changes everything” in the region. "
    "Petrov said the treaty requires both states to defend each other.\n"
)
TEXT_B = (
    "Ruritania and Osterlich seal pact\n"
    "Download our app.\n"
    "Osterlich signed a defence pact with Ruritania this week.\n"
    "As many as 2,000 soldiers have moved, Anna Smith said.\n"
)

PACT = "Osterlich signed a defence pact with Ruritania"

GOLD_YAML = """
articles:
  - file: a.txt
    outlet: Outlet A
    published: 2024-11-13
    not_body:
      - "Ivan Petrov signs the accord in Strelsau"
      - "Sign up for our newsletter."
    body_must_contain:
      - "Osterlich signed a defence pact"
    pull_quotes:
      - "This is a historic day"
    quotes:
      - {speaker: Ivan Petrov, kind: direct, text: "This is a historic day for both nations"}
      - {speaker: Ruritanian officials, kind: indirect, text: "3,000 soldiers have moved to the border"}
      - {speaker: Anna Smith, kind: partial, text: "changes everything"}
      - {speaker: Ivan Petrov, kind: indirect, speaker_mention: Petrov,
         text: "the treaty requires both states to defend each other"}
    speakers:
      - {name: Anna Smith, title: professor, affiliation: Example University}
      - {name: Ivan Petrov, title: foreign minister, affiliation: Osterlich}
    claims:
      - {value: 3000, source: Ruritanian officials, text: "3,000 soldiers have moved to the border"}
    times:
      - {text: "On Tuesday", value: 2024-11-12}
    events:
      - {type: AGREE, actors: [Osterlich], recipients: [Ruritania],
         text: "Osterlich signed a defence pact with Ruritania"}
      - {type: AGREE, actors: [Ivan Petrov], text: "Ivan Petrov signs the accord"}   # on a caption line
  - file: b.txt
    published: 2024-11-14
    not_body: ["Download our app."]
    body_must_contain: ["As many as 2,000 soldiers"]
    quotes:
      - {speaker: Anna Smith, kind: indirect, text: "As many as 2,000 soldiers have moved"}
    claims:
      - {value: {max: 2000}, source: Anna Smith, text: "As many as 2,000 soldiers have moved"}
    times:
      - {text: "this week", value: 2024-W46}
    events:
      - {type: [AGREE, COOPERATE], actors: [Osterlich], recipients: [Ruritania],
         text: "Osterlich signed a defence pact with Ruritania"}
story:
  actors:
    - {name: Ivan Petrov, type: person, aliases: [Ivan Petrov, Petrov]}
    - {name: Anna Smith, type: person, aliases: [Anna Smith]}
    - {name: Osterlich, type: country, aliases: [Osterlich]}
    - {name: Ruritania, type: country, aliases: [Ruritania]}
    - {name: Example University, type: organization, aliases: [Example University]}
  not_actors: [Jane Roe, Global Photo Agency]
  discrepancies:
    - topic: soldiers at the border
      claims:
        - {file: a.txt, value: 3000, source: Ruritanian officials}
        - {file: b.txt, value: {max: 2000}, source: Anna Smith}
  corroborated_events:
    - {type: AGREE, actors: [Osterlich], recipients: [Ruritania], files: [a.txt, b.txt]}
  cross_source_speakers:
    - {speaker: Anna Smith, files: [a.txt, b.txt]}
  relations:
    - {pair: [Osterlich, Ruritania], polarity: cooperation}
  commitments:
    - {kind: defence, parties: [Osterlich, Ruritania], since: 2024-11,
       text: "the treaty requires both states to defend each other"}
"""


def ref(text: str, piece: str, after: str = "") -> Ref:
    """The Ref of ``piece`` in ``text``, at its first occurrence after ``after``."""
    start = text.index(piece, text.index(after) if after else 0)
    return Ref(start, start + len(piece), piece)


def blank(text: str, lines: list[str]) -> str:
    """The body the cleaner would make: dropped lines blanked, same length."""
    for line in lines:
        at = text.index(line)
        end = text.index("\n", at)
        text = text[:at] + " " * (end - at) + text[end:]
    return text


def quote(text: str, piece: str, kind: str, speaker: Speaker | None, after: str = "") -> Quote:
    r = ref(text, piece, after)
    return Quote(r.start, r.end, 0, r.text, kind, speaker)


def claim(text: str, piece: str, **fields: object) -> Claim:
    r = ref(text, piece)
    return Claim(r.start, r.end, 0, r.text, **fields)  # type: ignore[arg-type]


def timex(text: str, piece: str, value: str) -> TimeExpr:
    r = ref(text, piece)
    return TimeExpr(r.start, r.end, 0, r.text, value, relative=True)


def event(text: str, piece: str, type_: str, actors: list[str], recipients: list[str], **fields: object) -> Event:
    r = ref(text, piece)
    return Event(
        r.start,
        r.end,
        0,
        r.text,
        type_,
        ref(text, piece.split()[1], piece),
        actors=tuple(ref(text, a, piece) for a in actors),
        recipients=tuple(ref(text, x, piece) for x in recipients),
        **fields,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class World:
    gold: Gold
    articles: tuple[Article, ...]
    analyses: tuple[ArticleAnalysis, ...]
    story: Story

    @property
    def a(self) -> ArticleAnalysis:
        return self.analyses[0]

    @property
    def b(self) -> ArticleAnalysis:
        return self.analyses[1]

    def with_analysis(self, index: int, **fields: object) -> World:
        analyses = list(self.analyses)
        analyses[index] = replace(analyses[index], **fields)  # type: ignore[arg-type]
        return replace(self, analyses=tuple(analyses))

    def with_story(self, **fields: object) -> World:
        return replace(self, story=replace(self.story, **fields))  # type: ignore[arg-type]


def _links(article_id: str, text: str, names: dict[str, str]) -> list[MentionLink]:
    links = []
    for name, actor_id in names.items():
        at = text.find(name)
        while at >= 0:
            if not text[at + len(name) : at + len(name) + 1].isalpha():
                links.append(MentionLink(article_id, at, at + len(name), actor_id))
            at = text.find(name, at + 1)
    return links


def make_gold(tmp_path: Path, text: str = GOLD_YAML) -> Gold:
    path = tmp_path / "gold.yaml"
    path.write_text(text, encoding="utf-8")
    return load_gold(path)


def make_world(gold: Gold) -> World:
    a = Article(
        "art-a",
        "in/a.txt",
        TEXT_A,
        blank(TEXT_A, ["Ivan Petrov signs", "Sign up"]),
        outlet="Outlet A",
        published=date(2024, 11, 13),
    )
    b = Article(
        "art-b", "in/b.txt", TEXT_B, blank(TEXT_B, ["Download"]), outlet="Outlet B", published=date(2024, 11, 14)
    )
    petrov = Speaker(ref(TEXT_A, "Ivan Petrov", "“This"), "Ivan Petrov", "person", "the foreign minister", "Osterlich")
    smith_a = Speaker(ref(TEXT_A, "Anna Smith"), "Anna Smith", "person", "professor", "Example University")
    surname = Speaker(ref(TEXT_A, "Petrov", "region."), "Ivan Petrov")
    officials = Speaker(ref(TEXT_A, "Ruritanian officials"), "Ruritanian officials", "group")
    smith_b = Speaker(ref(TEXT_B, "Anna Smith"), "Anna Smith")
    claim_a = claim(
        TEXT_A, "3,000", value=3000.0, counted="soldiers", source=officials.mention, source_name="Ruritanian officials"
    )
    claim_b = claim(
        TEXT_B,
        "As many as 2,000",
        value=None,
        high=2000.0,
        kind="max",
        source=smith_b.mention,
        source_name="Anna Smith",
    )
    quote_b = quote(TEXT_B, "As many as 2,000 soldiers have moved", "indirect", smith_b)
    analysis_a = ArticleAnalysis(
        "art-a",
        quotes=(
            quote(TEXT_A, "This is a historic day for both nations", "direct", petrov),
            quote(TEXT_A, "3,000 soldiers have moved to the border", "indirect", officials),
            quote(TEXT_A, "changes everything", "partial", smith_a),
            quote(TEXT_A, "the treaty requires both states to defend each other", "indirect", surname),
        ),
        claims=(claim_a,),
        times=(timex(TEXT_A, "On Tuesday", "2024-11-12"),),
        events=(event(TEXT_A, PACT, "AGREE", ["Osterlich"], ["Ruritania"]),),
    )
    analysis_b = ArticleAnalysis(
        "art-b",
        quotes=(quote_b,),
        claims=(claim_b,),
        times=(timex(TEXT_B, "this week", "2024-W46"),),
        events=(event(TEXT_B, PACT, "AGREE", ["Osterlich"], ["Ruritania"]),),
    )
    names = {
        "Ivan Petrov": "person:ivan-petrov",
        "Anna Smith": "person:anna-smith",
        "Osterlich": "state:OST",
        "Ruritania": "state:RUR",
        "Example University": "organisation:example-university",
    }
    links = _links("art-a", a.body, names) + _links("art-b", b.body, names)
    petrov_ref = surname.mention
    links.append(MentionLink("art-a", petrov_ref.start, petrov_ref.end, "person:ivan-petrov"))
    actors = (
        Actor(
            "person:ivan-petrov",
            "Ivan Petrov",
            "person",
            aliases=(Alias("Ivan Petrov", 1), Alias("Petrov", 1)),
            articles=("art-a",),
        ),
        Actor(
            "person:anna-smith", "Anna Smith", "person", aliases=(Alias("Anna Smith", 2),), articles=("art-a", "art-b")
        ),
        Actor("state:OST", "Osterlich", "state", "OST", aliases=(Alias("Osterlich", 3),), articles=("art-a", "art-b")),
        Actor("state:RUR", "Ruritania", "state", "RUR", aliases=(Alias("Ruritania", 3),), articles=("art-a", "art-b")),
        Actor(
            "organisation:example-university",
            "Example University",
            "organisation",
            aliases=(Alias("Example University", 1),),
            articles=("art-a",),
        ),
    )
    ev_a, ev_b = analysis_a.events[0], analysis_b.events[0]
    src_a = SourceRef("art-a", "Outlet A", 0, ev_a.start, ev_a.end, ev_a.text)
    src_b = SourceRef("art-b", "Outlet B", 0, ev_b.start, ev_b.end, ev_b.text)
    story = Story(
        articles=tuple(ArticleInfo(x.id, x.source, None, x.outlet, None, x.published, (), 10) for x in (a, b)),
        actors=actors,
        links=MentionLinks.of(links),
        speakers=(
            SpeakerQuotes(
                "person:anna-smith",
                "Anna Smith",
                "professor",
                "Example University",
                ("Outlet A", "Outlet B"),
                (("art-a", analysis_a.quotes[2]), ("art-b", quote_b)),
            ),
        ),
        claim_groups=(
            ClaimGroup(
                "g1",
                "soldiers",
                "differ",
                (ClaimRef("art-a", "Outlet A", claim_a), ClaimRef("art-b", "Outlet B", claim_b)),
            ),
        ),
        events=(StoryEvent("e1", "AGREE", ("state:OST",), ("state:RUR",), None, "2024-11", None, 5.0, (src_a, src_b)),),
        relations=(Relation("state:OST", "state:RUR", 5.0, "cooperation", "steady", ("e1",)),),
        commitments=(
            Commitment(
                "c1",
                "defence",
                "defence pact",
                ("state:OST", "state:RUR"),
                ("requires both states to defend each other",),
                "2024-11-12",
                (),
                (src_a, src_b),
            ),
        ),
    )
    return World(gold, (a, b), (analysis_a, analysis_b), story)
