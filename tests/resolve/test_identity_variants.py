"""Name variants across articles (identity round id28): misspellings, generational suffixes, titles written into a
name, one-word names the model types as a person and as something else. Mentions are built by hand with names
invented for the test."""

from __future__ import annotations

from storyline.model import ArticleAnalysis, ArticleInfo, Mention
from storyline.resolve.actors import ActorIndex, resolve_actors


def m(start: int, text: str, label: str = "PERSON", **kw: object) -> Mention:
    return Mention(start=start, end=start + len(text), sent=0, text=text, label=label, name=text, **kw)  # type: ignore[arg-type]


def resolve(*articles: tuple[str, list[Mention]]) -> ActorIndex:
    analyses = [ArticleAnalysis(article_id=a, mentions=tuple(ms), quotes=()) for a, ms in articles]
    return resolve_actors([ArticleInfo(a, a, None, None, None, None, (), 100) for a, _ in articles], analyses)


def actor_ids(index: ActorIndex, article_id: str, *names: str) -> set[str | None]:
    return {index.resolve(article_id, name=n) for n in names}


def test_a_family_name_one_letter_off_is_the_same_person_across_articles() -> None:
    index = resolve(
        ("a", [m(0, "Daniel Rourke"), m(40, "Daniel Rourke")]),
        ("b", [m(0, "Daniel Rourk")]),
    )
    people = [a for a in index.actors if a.type == "person"]
    assert [p.name for p in people] == ["Daniel Rourke"]
    assert {x.text for x in people[0].aliases} == {"Daniel Rourke", "Daniel Rourk"}


def test_a_given_name_one_letter_off_joins_but_not_across_sexes() -> None:
    index = resolve(("a", [m(0, "Kristen Vollmer"), m(40, "Kristen Vollmer")]), ("b", [m(0, "Kristin Vollmer")]))
    assert len([a for a in index.actors if a.type == "person"]) == 1
    # Maria and Mario are a sister and a brother, not a misspelling.
    index = resolve(("a", [m(0, "Maria Ostrander"), m(40, "Maria Ostrander")]), ("b", [m(0, "Mario Ostrander")]))
    assert len([a for a in index.actors if a.type == "person"]) == 2


def test_two_near_spellings_of_one_name_leave_the_third_apart() -> None:
    # "Hale" is one letter from both "Hals" and "Hole": which one is meant is unknown, so it stays alone.
    index = resolve(
        ("a", [m(0, "Peter Hals"), m(30, "Peter Hals")]),
        ("b", [m(0, "Peter Hole"), m(30, "Peter Hole")]),
        ("c", [m(0, "Peter Hale")]),
    )
    assert len([a for a in index.actors if a.type == "person"]) == 3


def test_a_name_without_its_generational_suffix_joins_the_one_generation_named() -> None:
    index = resolve(
        (
            "a",
            [
                m(0, "Arnold Joseph Pellerin Jr."),
                m(60, "Pellerin", kind="surname", antecedent="Arnold Joseph Pellerin Jr."),
            ],
        ),
        ("b", [m(0, "Arnold Joseph Pellerin")]),
        ("c", [m(0, "Pellerin")]),
    )
    people = [a for a in index.actors if a.type == "person"]
    assert len(people) == 1 and people[0].articles == ("a", "b", "c")


def test_with_two_generations_named_the_bare_name_stays_apart() -> None:
    index = resolve(
        ("a", [m(0, "Walter Brandt Sr."), m(40, "Walter Brandt Jr.")]),
        ("b", [m(0, "Walter Brandt")]),
    )
    assert len([a for a in index.actors if a.type == "person"]) == 3


def test_a_title_written_into_the_name_joins_the_name_without_it() -> None:
    index = resolve(("a", [m(0, "Coroner Gary Whitcombe")]), ("b", [m(0, "Gary Whitcombe"), m(30, "Gary Whitcombe")]))
    people = [a for a in index.actors if a.type == "person"]
    assert len(people) == 1 and people[0].name == "Gary Whitcombe"
    # A family name written first is no title: "Lo Presti" keeps joining "Gaetano Lo Presti".
    index = resolve(("a", [m(0, "Gaetano Lo Presti")]), ("b", [m(0, "Lo Presti")]))
    assert len([a for a in index.actors if a.type == "person"]) == 1


def test_a_one_word_name_typed_a_person_and_an_organisation_is_one_actor() -> None:
    index = resolve(
        ("a", [m(0, "Quillfare"), m(30, "Quillfare"), m(60, "Quillfare", label="ORG")]),
        ("b", [m(0, "Quillfare", label="GPE")]),
    )
    assert len({a for a in actor_ids(index, "a", "Quillfare") | actor_ids(index, "b", "Quillfare")}) == 1
    assert len(index.actors) == 1 and index.actors[0].mentions == 4


def test_a_one_word_place_the_gazetteer_knows_is_not_joined_to_a_lone_person() -> None:
    index = resolve(("a", [m(0, "Jordan"), m(30, "Jordan")]), ("b", [m(0, "Jordan", label="GPE")]))
    assert len(index.actors) == 2


def test_a_company_named_for_a_family_stays_the_company_beside_the_suffixed_heir() -> None:
    # "Harlow" the carmaker and "Edmund Harlow Jr." its chairman: the organisation does not become the person.
    index = resolve(
        ("a", [m(0, "Harlow", label="ORG"), m(30, "Harlow", label="ORG"), m(60, "Edmund Harlow Jr.")]),
        ("b", [m(0, "Harlow", label="ORG")]),
    )
    company = index.resolve("b", name="Harlow")
    assert company is not None and company.startswith("organisation:")
    assert index.resolve("a", name="Edmund Harlow Jr.") != company


def test_an_acronym_alone_joins_the_organisation_another_article_tied_it_to() -> None:
    # "KAX" is not the initials of Kestrel Air Lines; article a ties the two ("Kestrel Air Lines (KAX)").
    index = resolve(
        (
            "a",
            [
                m(0, "Kestrel Air Lines", label="ORG"),
                m(19, "KAX", label="ORG", kind="acronym", antecedent="Kestrel Air Lines"),
            ],
        ),
        ("b", [m(0, "KAX", label="ORG"), m(30, "KAX", label="ORG")]),
    )
    assert index.resolve("b", name="KAX") == index.resolve("a", name="Kestrel Air Lines")
    assert len(index.actors) == 1


def test_an_acronym_two_organisations_were_tied_to_stays_apart() -> None:
    index = resolve(
        (
            "a",
            [
                m(0, "Kestrel Air Lines", label="ORG"),
                m(19, "KAX", label="ORG", kind="acronym", antecedent="Kestrel Air Lines"),
            ],
        ),
        (
            "b",
            [
                m(0, "Kaxton Exports", label="ORG"),
                m(16, "KAX", label="ORG", kind="acronym", antecedent="Kaxton Exports"),
            ],
        ),
        ("c", [m(0, "KAX", label="ORG")]),
    )
    assert len(index.actors) == 3
