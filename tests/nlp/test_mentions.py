"""Mentions: names normalised, states by every name, people bound within the article, noise kept out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Article, Mention
from storyline.nlp.pipeline import load_nlp
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(DEFAULT_MODEL)


def mentions(nlp: Language, text: str, outlet: str | None = None, byline: tuple[str, ...] = ()) -> list[Mention]:
    article = Article(id="t", source="t", text=text, body=text, outlet=outlet, byline=byline)
    doc = nlp.make_doc(text)
    doc._.article = article
    doc = nlp(doc)
    found = list(doc._.mentions)
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def by_text(found: list[Mention], text: str) -> Mention:
    hits = [m for m in found if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in found]}"
    return hits[0]


def test_title_before_a_name_is_stripped_and_kept_as_role_and_state(nlp: Language) -> None:
    found = mentions(nlp, "Kim met Russian President Vladimir Putin in June to sign a pact.")
    putin = by_text(found, "Russian President Vladimir Putin")
    assert (putin.name, putin.role, putin.acts_for) == ("Vladimir Putin", "President", "RUS")


def test_then_president_and_possessives(nlp: Language) -> None:
    found = mentions(nlp, "Talks broke down at the summit with then-President Donald Trump. Trump’s aides left.")
    trump = [m for m in found if m.label == "PERSON"]
    assert trump[0].name == "Donald Trump"
    assert trump[0].text.startswith("then-President")
    assert trump[1].text.startswith("Trump") and trump[1].antecedent == "Donald Trump" and trump[1].kind == "surname"


def test_surname_binds_to_the_person_introduced_in_the_article(nlp: Language) -> None:
    text = (
        "“We lack effective tools,” says Victor Cha of the Center for Strategic and International Studies. "
        "The war could spur more aid to Ukraine, Cha wrote."
    )
    found = mentions(nlp, text)
    cha = by_text(found, "Victor Cha")
    assert cha.affiliation == "Center for Strategic and International Studies"
    assert by_text(found, "Cha").antecedent == "Victor Cha"


def test_family_name_first_binds_too(nlp: Language) -> None:
    found = mentions(nlp, "Kim Jong Un tried peace talks in 2019. Now Kim is doubling down on rogue behavior.")
    assert by_text(found, "Kim").antecedent == "Kim Jong Un"


def test_two_people_with_one_surname_bind_to_the_nearest_before(nlp: Language) -> None:
    text = (
        "Rachel Minyoung Lee of the Stimson Center spoke first. Later, Jean H. Lee, a visiting fellow at the "
        "East-West Center, disagreed. “All tension is good tension,” Lee said."
    )
    found = mentions(nlp, text)
    assert by_text(found, "Lee").antecedent == "Jean H. Lee"
    jean = by_text(found, "Jean H. Lee")
    assert (jean.role, jean.affiliation) == ("visiting fellow", "East-West Center")


def test_misspelt_surname_binds_to_the_close_name(nlp: Language) -> None:
    text = (
        "The embrace brings value to Kim, said Daniel Russel, a former State Department official. "
        "“Kim has put himself in the driver’s seat,” said Russell, now vice president at the Asia Society."
    )
    found = mentions(nlp, text)
    assert by_text(found, "Russell").antecedent == "Daniel Russel"


def test_acronym_introduced_in_parentheses(nlp: Language) -> None:
    text = "The decree was reported by the Korean Central News Agency (KCNA) on Tuesday. KCNA gave no details."
    found = mentions(nlp, text)
    acronyms = [m for m in found if m.kind == "acronym"]
    assert acronyms and all(m.antecedent == "Korean Central News Agency" for m in acronyms)


def test_an_acronym_the_model_runs_into_a_name_is_cut_off(nlp: Language) -> None:
    # The model may label "The World Health Organisation (WHO" as one entity: the name ends at the bracket.
    found = mentions(nlp, "The World Health Organisation (WHO) urges every state to fund clean water.")
    assert not [m for m in found if "(" in m.text]
    assert [m for m in found if m.name == "World Health Organisation" and m.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Alaska Gov. Sarah Palin thanked the volunteers on Monday.", "Alaska Gov. Sarah Palin"),
        ("Ohio Senator Mary Brown criticized the trade deal.", "Ohio Senator Mary Brown"),
    ],
)
def test_a_governor_or_legislator_titled_by_a_us_state_acts_for_the_united_states(
    nlp: Language, text: str, title: str
) -> None:
    assert by_text(mentions(nlp, text), title).acts_for == "USA"


def test_a_mayor_titled_by_a_city_or_state_stays_local(nlp: Language) -> None:
    found = mentions(nlp, "Ohio Mayor Tom Green opened the bridge on Monday.")
    assert not [m for m in found if m.acts_for]


def test_congressional_is_the_united_states_adjective(nlp: Language) -> None:
    mention = by_text(mentions(nlp, "Congressional leaders condemned the missile launch."), "Congressional")
    assert (mention.code, mention.label) == ("USA", "GPE")


def test_org_keeps_its_leading_article_and_modifier_as_written(nlp: Language) -> None:
    found = mentions(nlp, "The decree was signed, according to the official Korean Central News Agency.")
    agency = by_text(found, "the official Korean Central News Agency")
    assert agency.name == "Korean Central News Agency" and agency.label == "ORG"


@pytest.mark.parametrize(
    ("text", "phrase", "code", "kind"),
    [
        ("North Korean troops have been deployed near the front line.", "North Korean", "PRK", "demonym"),
        ("Russian lawmakers ratified the treaty last week.", "Russian", "RUS", "demonym"),
        ("The treaty binds Pyongyang and Moscow for years to come.", "Pyongyang", "PRK", "capital"),
        ("Officials in Washington and Seoul were alarmed by the launch.", "Seoul", "KOR", "capital"),
        ("The forces of Kyiv’s army crossed the border in August.", "Kyiv’s", "UKR", "capital"),
        (
            "A reception was hosted by the Democratic People's Republic of Korea last year.",
            "the Democratic People's Republic of Korea",
            "PRK",
            "official",
        ),
        ("The move thrusts the “Hermit Kingdom” into global affairs.", "Hermit Kingdom", "PRK", "nickname"),
        ("Officials at the Kremlin declined to comment on the deal.", "Kremlin", "RUS", "institution"),
        ("Talks with the U.S. have stalled since 2019.", "U.S.", "USA", "acronym"),
    ],
)
def test_states_by_every_kind_of_name(nlp: Language, text: str, phrase: str, code: str, kind: str) -> None:
    mention = by_text(mentions(nlp, text), phrase)
    assert (mention.code, mention.kind, mention.label) == (code, kind, "GPE")


def test_the_north_is_the_north_state_the_article_talks_about(nlp: Language) -> None:
    text = "North Korea fired a missile. Several countries even maintained cultural ties with the North."
    mention = by_text(mentions(nlp, text), "the North")
    assert (mention.code, mention.name) == ("PRK", "North Korea")


def test_anti_american_is_an_attitude_not_a_state(nlp: Language) -> None:
    found = mentions(nlp, "He wants an anti-American and anti-Western world order.")
    assert not [m for m in found if m.code == "USA"]


def test_a_city_the_model_calls_a_product_is_a_place(nlp: Language) -> None:
    found = mentions(nlp, "Troops were deployed particularly around Kursk, the Russian region, earlier this year.")
    assert by_text(found, "Kursk").label == "LOC"


def test_outlet_promos_bylines_and_credits_are_never_mentions(nlp: Language) -> None:
    text = (
        "Kim Jong Un is embracing Russia. Photo: alexander zemlianichenko/Agence France-Presse/Getty Images\n\n"
        "Kim found a willing partner in Putin, wrote Timothy W. Martin.\n\n"
        "Catch all the Politics News and Updates on Live Mint. Download The Mint News App to get updates.\n\n"
        "For the latest news from every corner of the world, Worldcrunch Today is the only newsletter. "
        "Sign up here."
    )
    found = mentions(nlp, text, outlet="Mint (The Wall Street Journal)", byline=("Timothy W. Martin",))
    texts = " | ".join(m.text for m in found)
    for noise in ("zemlianichenko", "Getty", "Timothy", "Mint", "Worldcrunch"):
        assert noise not in texts, texts
    assert "Kim Jong Un" in texts


def test_outlet_named_in_the_text_is_noise(nlp: Language) -> None:
    text = "Worldcrunch Today is the only truly international newsletter, and Russia is a big story."
    found = mentions(nlp, text, outlet="Worldcrunch")
    assert [m.text for m in found if "Worldcrunch" in m.text] == []


def test_leader_description_binds_to_the_person_tied_to_that_state(nlp: Language) -> None:
    text = (
        "Kim Jong Un was a fresh-faced 27-year-old when he started his reign atop North Korea. "
        "Professor Paik Woo-yeal of Yonsei University spoke. North Korea’s leader is forging a new path."
    )
    found = mentions(nlp, text)
    leader = by_text(found, "North Korea’s leader")
    assert (leader.kind, leader.antecedent, leader.acts_for) == ("description", "Kim Jong Un", "PRK")


def test_appositive_role_and_affiliation(nlp: Language) -> None:
    text = (
        "“Pyongyang aims for leverage,” confirms Narushige Michishita, a professor at the National Graduate "
        "Institute for Policy Studies in Tokyo."
    )
    person = by_text(mentions(nlp, text), "Narushige Michishita")
    assert (person.role, person.affiliation) == ("professor", "National Graduate Institute for Policy Studies")


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Seoul-based carmaker Kia sued the union on Monday.", "Kia", "KOR"),  # a capital the gazetteer places
        ("Osaka-based retailer Takashimaya sued the union on Monday.", "Takashimaya", "JPN"),  # a GeoNames city
    ],
)
def test_a_company_based_in_a_place_has_that_home_state(nlp: Language, text: str, name: str, state: str) -> None:
    company = by_text(mentions(nlp, text), name)
    assert (company.role, company.acts_for) == ("retailer" if name == "Takashimaya" else "carmaker", state)


def test_a_based_place_makes_no_company_without_a_business_noun(nlp: Language) -> None:
    found = mentions(nlp, "Osaka-based Takashimaya sued the union on Monday.")
    assert not [m for m in found if m.role]


def test_a_role_noun_run_into_a_name_at_a_sentences_start_is_no_part_of_it(nlp: Language) -> None:
    from storyline.nlp.mentions_roles import without_role_word

    assert without_role_word("Coroner Laura Fenwick") == "Laura Fenwick"
    assert without_role_word("Lawyer Michael Dunne") == "Michael Dunne"
    assert without_role_word("Judge Cook") == "Judge Cook"  # no given name after it: a surname, or a title kept
    assert without_role_word("Laura Fenwick") == "Laura Fenwick"
    found = mentions(nlp, "Lawyer Michael Dunne, who represents the family, spoke on Monday. Dunne called it a loss.")
    people = [m for m in found if m.label == "PERSON"]
    assert people[0].name == "Michael Dunne"
    assert people[-1].antecedent == "Michael Dunne"
