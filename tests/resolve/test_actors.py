"""Actors across articles: people by name variants never by bare surnames, states by code, organisations by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from storyline.model import Article, ArticleAnalysis, ArticleInfo, Mention, Quote, Ref, Speaker
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.actors import ActorIndex, resolve_actors


def m(start: int, text: str, label: str = "PERSON", name: str | None = None, **kw: object) -> Mention:
    return Mention(start=start, end=start + len(text), sent=0, text=text, label=label, name=name or text, **kw)  # type: ignore[arg-type]


def info(article_id: str) -> ArticleInfo:
    return ArticleInfo(article_id, article_id, None, None, None, None, (), 100)


def resolve(*articles: tuple[str, list[Mention]], quotes: dict[str, list[Quote]] | None = None) -> ActorIndex:
    analyses = [
        ArticleAnalysis(article_id=a, mentions=tuple(ms), quotes=tuple((quotes or {}).get(a, ()))) for a, ms in articles
    ]
    return resolve_actors([info(a) for a, _ in articles], analyses)


def aliases(index: ActorIndex, actor_id: str) -> dict[str, int]:
    actor = index.actor(actor_id)
    assert actor is not None, [a.id for a in index.actors]
    return {a.text: a.count for a in actor.aliases}


def test_hyphenated_and_spaced_names_are_one_person() -> None:
    index = resolve(("a", [m(0, "Kim Jong-un"), m(20, "Kim Jong-un")]), ("b", [m(0, "Kim Jong Un")]))
    people = [a for a in index.actors if a.type == "person"]
    assert len(people) == 1
    assert people[0].articles == ("a", "b")
    assert set(aliases(index, people[0].id)) == {"Kim Jong-un", "Kim Jong Un"}


def test_middle_initial_merges_and_the_commoner_form_is_canonical() -> None:
    index = resolve(
        ("a", [m(0, "Victor Cha"), m(30, "Victor Cha")]),
        ("b", [m(0, "Victor D. Cha"), m(40, "Cha", kind="surname", antecedent="Victor D. Cha")]),
    )
    people = [a for a in index.actors if a.type == "person"]
    assert [p.name for p in people] == ["Victor Cha"]
    assert index.resolve("b", Ref(40, 43, "Cha")) == people[0].id


def test_two_lees_stay_apart_and_lee_binds_within_its_article() -> None:
    index = resolve(
        ("a", [m(0, "Rachel Minyoung Lee"), m(50, "Lee", kind="surname", antecedent="Rachel Minyoung Lee")]),
        ("b", [m(0, "Jean H. Lee"), m(60, "Lee", kind="surname", antecedent="Jean H. Lee")]),
    )
    rachel, jean = index.resolve("a", name="Rachel Minyoung Lee"), index.resolve("b", name="Jean H. Lee")
    assert rachel and jean and rachel != jean
    assert index.resolve("a", Ref(50, 53, "Lee")) == rachel
    assert index.resolve("b", Ref(60, 63, "Lee")) == jean


def test_a_lone_surname_joins_only_an_unambiguous_person() -> None:
    index = resolve(
        ("a", [m(0, "Vladimir Putin"), m(20, "Rachel Minyoung Lee")]),
        ("b", [m(0, "Jean H. Lee")]),
        ("c", [m(0, "Putin"), m(10, "Lee")]),
    )
    putin = index.resolve("a", name="Vladimir Putin")
    assert index.resolve("c", Ref(0, 5, "Putin")) == putin
    lone_lee = index.resolve("c", Ref(10, 13, "Lee"))
    assert lone_lee not in (index.resolve("a", name="Rachel Minyoung Lee"), index.resolve("b", name="Jean H. Lee"))


def test_states_merge_by_code_under_the_gazetteer_name() -> None:
    index = resolve(
        ("a", [m(0, "Pyongyang", "GPE", "North Korea", kind="capital", code="PRK")]),
        (
            "b",
            [m(0, "North Korea’s", "GPE", "North Korea", code="PRK"), m(30, "Seoul", "GPE", "South Korea", code="KOR")],
        ),
    )
    north = index.actor("state:PRK")
    assert north is not None and north.name == "North Korea" and north.type == "state" and north.code == "PRK"
    assert set(aliases(index, "state:PRK")) == {"Pyongyang", "North Korea’s"}
    assert index.actor("state:KOR") is not None


def test_organisations_merge_with_and_without_the_and_by_acronym() -> None:
    csis = "Center for Strategic and International Studies"
    index = resolve(
        ("a", [m(0, f"the {csis}", "ORG", csis)]),
        ("b", [m(0, csis, "ORG", csis), m(60, "CSIS", "ORG")]),
    )
    orgs = [a for a in index.actors if a.type == "organisation"]
    assert len(orgs) == 1 and orgs[0].mentions == 3


def test_quote_speaker_description_becomes_an_alias() -> None:
    speaker = Speaker(mention=Ref(100, 126, "The foreign policy analyst"), name="Victor Cha", title="analyst")
    quote = Quote(start=136, end=160, sent=2, text="the US should act", kind="indirect", speaker=speaker)
    pronoun = Quote(
        start=200, end=220, sent=3, text="x", kind="direct", speaker=Speaker(Ref(190, 192, "he"), "Victor Cha")
    )
    index = resolve(("a", [m(0, "Victor Cha")]), quotes={"a": [quote, pronoun]})
    cha = index.resolve("a", name="Victor Cha")
    assert cha is not None
    assert aliases(index, cha) == {"Victor Cha": 1, "The foreign policy analyst": 1}
    assert index.resolve("a", Ref(100, 126, "The foreign policy analyst")) == cha


def test_role_affiliation_and_the_state_a_person_acts_for() -> None:
    index = resolve(
        (
            "a",
            [
                m(0, "Russian President Vladimir Putin", name="Vladimir Putin", role="President", acts_for="RUS"),
                m(40, "Russia", "GPE", code="RUS"),
                m(60, "Paik Woo-yeal", role="professor", affiliation="Yonsei University"),
            ],
        )
    )
    putin = index.actor(str(index.resolve("a", name="Vladimir Putin")))
    paik = index.actor(str(index.resolve("a", name="Paik Woo-yeal")))
    assert putin is not None and (putin.role, putin.acts_for) == ("President", "state:RUS")
    assert paik is not None and (paik.role, paik.affiliation) == ("professor", "Yonsei University")


def test_a_person_acts_for_a_state_the_text_names_only_by_its_part() -> None:
    # "Utah Gov. Ann Lake": the title ties her to the United States, which no mention of the article names.
    index = resolve(("a", [m(0, "Utah Gov. Ann Lake", name="Ann Lake", role="Gov.", acts_for="USA")]))
    lake = index.actor(str(index.resolve("a", name="Ann Lake")))
    assert lake is not None and lake.acts_for == "state:USA"


def test_name_lookup_strips_titles_and_knows_official_names_and_leaders() -> None:
    index = resolve(
        ("a", [m(0, "Kim Jong Un", role="leader", acts_for="PRK"), m(20, "North Korea", "GPE", code="PRK")]),
        ("b", [m(0, "the official Korean Central News Agency", "ORG", "Korean Central News Agency")]),
    )
    kim = index.resolve("a", name="Kim Jong Un")
    assert index.resolve("a", name="Chairman of the Workers’ Party of Korea Kim Jong Un") == kim
    assert index.resolve("a", name="North Korea’s leader") == kim
    assert index.resolve("a", name="the Democratic People's Republic of Korea") == "state:PRK"
    assert index.resolve("b", name="Korean Central News Agency") is not None
    assert index.resolve("a", name="Worldcrunch") is None


def test_no_mentions_no_actors() -> None:
    index = resolve(("a", []))
    assert index.actors == () and index.resolve("a", name="Kim") is None


def _seed_articles() -> list[Article]:
    """The seeds with the gold's not-body lines, titles and datelines blanked (what the cleaner does)."""
    root = Path(__file__).resolve().parents[2]
    gold = yaml.safe_load((root / "tests/data/gold/seeds.yaml").read_text(encoding="utf-8"))
    articles = []
    for entry in gold["articles"]:
        text = (root / "examples/seeds" / entry["file"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i == 0 or any(nb in line for nb in entry.get("not_body") or ()):
                lines[i] = " " * len(line)
        body = "\n".join(lines)
        dateline = entry.get("dateline")
        if dateline:
            body = re.sub(rf"\b{dateline}\s*[—–-]", lambda mt: " " * len(mt.group(0)), body, count=1)
        articles.append(
            Article(
                id=entry["file"],
                source=entry["file"],
                text=text,
                body=body,
                outlet=entry["outlet"],
                byline=tuple(entry.get("byline") or ()),
            )
        )
    return articles


@pytest.mark.slow
def test_seed_aliases_resolve_to_one_actor_each_and_noise_to_none() -> None:
    articles = _seed_articles()
    analyses = list(analyze_articles(articles))
    index = resolve_actors([info(a.id) for a in articles], analyses)
    story = yaml.safe_load((Path(__file__).resolve().parents[2] / "tests/data/gold/seeds.yaml").read_text("utf-8"))
    owners: dict[str, str] = {}
    for gold in story["story"]["actors"]:
        found = set()
        for alias in gold["aliases"]:
            where = [a for a in articles if alias in a.body]
            if not where:
                continue  # only on lines the cleaner drops
            found.update(index.resolve(a.id, name=alias) for a in where)
        assert len(found) == 1 and None not in found, (gold["name"], found)
        actor_id = found.pop()
        assert actor_id not in owners, (gold["name"], owners.get(actor_id))
        owners[str(actor_id)] = gold["name"]
    names = {n for a in index.actors for n in (a.name, *(x.text for x in a.aliases))}
    for noise in story["story"]["not_actors"]:
        assert not any(noise.lower() in n.lower() for n in names), noise


def test_an_organisation_without_its_legal_form_head_word_or_city_joins_the_full_name() -> None:
    index = resolve(
        ("a", [m(0, "Microsoft Corp.", "ORG", "Microsoft Corp."), m(30, "Boston Red Sox", "ORG")]),
        ("b", [m(0, "Microsoft", "ORG"), m(20, "Red Sox", "ORG"), m(40, "Staunton Police", "ORG")]),
        ("c", [m(0, "Staunton Police Department", "ORG"), m(40, "Interior Department", "ORG")]),
    )
    assert index.resolve("b", name="Microsoft") == index.resolve("a", name="Microsoft Corp.")
    assert index.resolve("b", name="Red Sox") == index.resolve("a", name="Boston Red Sox")
    assert index.resolve("b", name="Staunton Police") == index.resolve("c", name="Staunton Police Department")
    department = index.actor(str(index.resolve("c", name="Interior Department")))
    assert department is not None and department.name == "Interior Department"


def test_an_acronym_with_the_leading_article_in_its_initials_joins_its_organisation() -> None:
    index = resolve(("a", [m(0, "The Hollywood Reporter", "ORG", "Hollywood Reporter")]), ("b", [m(0, "THR", "ORG")]))
    assert index.resolve("b", name="THR") == index.resolve("a", name="Hollywood Reporter")


def test_a_name_typed_as_a_place_in_one_sentence_joins_the_person_or_the_commoner_type() -> None:
    index = resolve(
        ("a", [m(0, "Hugh Jackman"), m(20, "Lionsgate", "ORG"), m(40, "Lionsgate", "ORG")]),
        ("b", [m(0, "Hugh Jackman", "GPE"), m(20, "Lionsgate", "LOC")]),
    )
    people = [a for a in index.actors if "jackman" in a.id]
    assert len(people) == 1 and people[0].type == "person"
    lionsgate = [a for a in index.actors if "lionsgate" in a.id]
    assert len(lionsgate) == 1 and lionsgate[0].type == "organisation"


def test_a_family_name_with_its_particle_joins_the_full_name() -> None:
    index = resolve(("a", [m(0, "Gaetano Lo Presti")]), ("b", [m(0, "Lo Presti")]))
    assert index.resolve("b", name="Lo Presti") == index.resolve("a", name="Gaetano Lo Presti")
