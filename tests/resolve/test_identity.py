"""One identity per person and organisation across outlets (issue 16): each case on text written for the test.

Every story here runs the real pipeline (spaCy, the mention binder, the speaker resolver, the actor sieve) on
short articles invented for the rule they test; none is copied from a news article.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.model import Actor, Article, ArticleAnalysis, ArticleInfo
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.actors import ActorIndex, find_actors, resolve_actors


def article(article_id: str, text: str, published: date | None = date(2018, 6, 13)) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text, body=text, published=published)


def resolve(*articles: Article) -> tuple[ActorIndex, list[ArticleAnalysis]]:
    analyses = list(analyze_articles(articles))
    infos = [ArticleInfo(a.id, a.source, None, None, None, a.published, (), 100) for a in articles]
    return resolve_actors(infos, analyses), analyses


def people(index: ActorIndex) -> dict[str, set[str]]:
    return {a.name: {x.text for x in a.aliases} for a in index.actors if a.type == "person"}


def actor_of(index: ActorIndex, alias: str) -> Actor:
    found = [a for a in index.actors if alias in {x.text for x in a.aliases}]
    assert len(found) == 1, (alias, [(a.name, [x.text for x in a.aliases]) for a in found])
    return found[0]


def test_an_outlet_that_only_writes_mr_or_president_joins_the_full_name() -> None:
    index, _ = resolve(
        article("a", "Donald Trump, the U.S. president, said on Tuesday that the talks with Canada would resume."),
        article("b", "President Trump spoke to reporters on Wednesday. Mr. Trump said the tariffs would stay."),
    )
    trump = actor_of(index, "Donald Trump")
    assert {"President Trump", "Mr. Trump"} <= {x.text for x in trump.aliases}
    assert len([a for a in index.actors if "trump" in a.name.lower()]) == 1


def test_a_relative_named_in_full_does_not_take_the_untitled_and_titled_surname() -> None:
    index, analyses = resolve(
        article("a", "Donald Trump, the president, met the governors of six states in the capital on Monday."),
        article(
            "b",
            "Melania Trump visited a children's hospital in Ohio on Tuesday. Mr. Trump stayed in the capital. "
            '"We will get a deal done," Mr. Trump said. President Trump later praised the nurses.',
        ),
    )
    melania = actor_of(index, "Melania Trump")
    assert {x.text for x in melania.aliases} == {"Melania Trump"}
    donald = actor_of(index, "Donald Trump")
    assert {"Mr. Trump", "President Trump"} <= {x.text for x in donald.aliases}
    quote = next(q for a in analyses for q in a.quotes if q.text.startswith("We will"))
    assert quote.speaker is not None and quote.speaker.name != "Melania Trump"


def test_title_and_given_name_forms_join_and_the_family_name_alone_joins_too() -> None:
    index, _ = resolve(
        article("a", "Former President Barack Obama said on Monday that the accord was worth keeping."),
        article("b", "President Obama said the accord should stay. Xi Jinping, the Chinese president, agreed."),
        article("c", "Xi told the visitors that trade would grow. Obama did not attend."),
    )
    assert {"President Obama", "Obama"} <= {x.text for x in actor_of(index, "Barack Obama").aliases}
    assert "Xi" in {x.text for x in actor_of(index, "Xi Jinping").aliases}


def test_the_president_is_the_person_the_article_gives_that_title_not_the_last_speaker() -> None:
    _, analyses = resolve(
        article(
            "a",
            "President Donald Trump met Kim Jong Un in Singapore on Tuesday. "
            '"We have built a good relationship," Kim said after the meeting. '
            '"It went very well," the president said.',
        )
    )
    quote = next(q for q in analyses[0].quotes if q.text.startswith("It went"))
    assert quote.speaker is not None and quote.speaker.name == "Donald Trump"


def test_a_title_nobody_in_the_article_holds_is_left_unresolved() -> None:
    _, analyses = resolve(
        article(
            "a",
            "James Comey, a former FBI director, spoke at a university on Monday. "
            '"I kept careful notes," Comey said. "The law applies to everyone," the president said.',
        )
    )
    quote = next(q for q in analyses[0].quotes if q.text.startswith("The law"))
    assert quote.speaker is None or quote.speaker.name != "James Comey"


def test_the_russian_president_is_not_the_articles_most_mentioned_person() -> None:
    index, _ = resolve(
        article(
            "a",
            "James Comey testified on Thursday. Comey said he kept notes. Comey left after an hour. "
            "The Russian president was not mentioned in the hearing.",
            published=date(2017, 6, 8),
        )
    )
    comey = actor_of(index, "James Comey")
    assert not any("president" in x.text.lower() for x in comey.aliases)


def test_pronoun_speakers_agree_in_sex() -> None:
    _, analyses = resolve(
        article(
            "a",
            "Susan Miller, a trade adviser, met John Porter on Monday in the capital. "
            '"The tariffs are a mistake," Porter said. "We will keep talking," she said.',
        )
    )
    quote = next(q for q in analyses[0].quotes if q.text.startswith("We will"))
    assert quote.speaker is not None and quote.speaker.name == "Susan Miller"


def test_hyphenated_korean_names_are_kept_whole() -> None:
    index, _ = resolve(article("a", "South Korean President Moon Jae-in welcomed the news on Friday. Moon spoke."))
    assert "Moon Jae-in" in people(index)
    assert "Moon Jae" not in people(index)


def test_places_newspapers_and_headline_fragments_are_not_people() -> None:
    index, _ = resolve(
        article(
            "a",
            "Trump Is Coming to Seoul\n\nDonald Trump Warns North Korea\n\n"
            "Donald Trump will visit next week, the Munhwa Ilbo newspaper reported. "
            "Moon said talks at Panmunjom would follow.",
        )
    )
    names = people(index)
    assert "Panmunjom" not in names and "Munhwa Ilbo" not in names
    assert not any(n.endswith(("Is Coming", "Warns")) for n in names)
    trump = actor_of(index, "Donald Trump")
    assert trump.role is None or "Warns" not in trump.role


def test_dprk_the_us_and_the_uk_are_their_states_and_organisations_get_codes() -> None:
    index, _ = resolve(
        article(
            "a",
            "The DPRK rejected the statement. The U.S. and the UK raised the matter at the UN Security Council, "
            "and leaders at APEC discussed it. The European Community once debated a similar plan.",
        )
    )
    assert actor_of(index, "DPRK").id == "state:PRK"
    assert actor_of(index, "U.S.").id == "state:USA"
    assert actor_of(index, "UK").id == "state:GBR"
    assert actor_of(index, "the UN Security Council").code == "IGOUNO"
    assert actor_of(index, "APEC").code is not None
    assert actor_of(index, "The European Community").code == "IGOEUREEC"


def test_two_people_of_one_family_stay_apart() -> None:
    index, _ = resolve(
        article("a", "Kim Jong-il ruled until 2011. His son Kim Jong-un took over that December."),
        article("b", "Kim Jong Un met the envoy on Monday. Kim Jong Il had never met one."),
    )
    names = people(index)
    assert {"Kim Jong-il", "Kim Jong-un"} <= set(names) or {"Kim Jong Il", "Kim Jong Un"} <= set(names)
    assert len([n for n in names if n.lower().replace("-", " ").startswith("kim jong")]) == 2


def test_merges_say_which_pass_joined_each_alias() -> None:
    index, _ = resolve(
        article("a", "Donald Trump, the U.S. president, said on Tuesday that the talks would resume."),
        article("b", "President Trump spoke on Wednesday. Melania Trump did not travel. Mr. Trump left early."),
    )
    trump = find_actors(index.actors, "Donald Trump")[0]
    rules = {m.alias: m.rule for m in trump.merges}
    assert rules["Donald Trump"] == "exact-name"
    assert rules["President Trump"] in ("title-fits", "unique-name")
    assert rules["Mr. Trump"] in ("title-fits", "courtesy-title-fits")


def test_actors_explain_on_a_knowledge_base(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Donald Trump, the U.S. president, said on Tuesday that talks with Canada would resume next week "
        "after months of pressure from business groups.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "President Trump spoke to reporters on Wednesday. Mr. Trump said the tariffs would stay in place "
        "until the other side moved, and Melania Trump did not travel with him.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["brief", str(folder), "--out", str(out), "-q", "--published", "2018-06-13"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["actors", str(out / "story.db"), "--explain", "Mr. Trump"])
    assert result.exit_code == 0, result.output
    assert "Donald Trump [person]" in result.output
    assert "Mr. Trump:" in result.output and "President Trump:" in result.output
    missing = runner.invoke(cli, ["actors", str(out / "story.db"), "--explain", "Nobody Here"])
    assert missing.exit_code != 0 and "no actor called" in missing.output


def test_a_surname_means_the_person_not_the_relative_named_to_place_them() -> None:
    index, _ = resolve(
        article(
            "a",
            "Donald Trump arrived in Seoul with his wife Melania Trump on Tuesday. Trump met the president. "
            "Trump later spoke to troops at a base south of the capital.",
        )
    )
    assert {x.text for x in actor_of(index, "Melania Trump").aliases} == {"Melania Trump"}
    assert "Trump" in {x.text for x in actor_of(index, "Donald Trump").aliases}


def test_a_relative_with_a_shorter_form_of_the_name_is_not_merged_into_the_person() -> None:
    index, _ = resolve(
        article(
            "a",
            "Anton Michael Verhoek was born in Utrecht in 1901. His father, Anton Verhoek, was a carpenter. "
            "Verhoek studied painting in Paris.",
        ),
        article("b", "Anton Michael Verhoek painted the harbour of Rotterdam in 1931."),
    )
    son, father = actor_of(index, "Anton Michael Verhoek"), actor_of(index, "Anton Verhoek")
    assert son.id != father.id


def test_a_title_binds_to_the_one_person_given_it_and_stays_unbound_when_two_hold_it() -> None:
    _, analyses = resolve(
        article(
            "a",
            "President Donald Trump met Kim Jong Un in Singapore on Tuesday. The president said the talks went well. "
            "Nora Vale, the actress, arrived late. The actress declined to comment.",
        ),
        article(
            "b",
            "The president of the bank, John Smith, met President Donald Trump on Monday. The president left early.",
        ),
    )
    first = {m.text: m.antecedent for m in analyses[0].mentions if m.kind == "description"}
    assert first == {"The president": "Donald Trump", "the actress": "Nora Vale", "The actress": "Nora Vale"}
    assert not [m for m in analyses[1].mentions if m.kind == "description" and m.text == "The president"]


def test_a_vice_president_or_a_former_one_is_not_the_president() -> None:
    _, analyses = resolve(
        article("a", 'Vice President Mike Pence met Kim Jong Un in Singapore. "It went well," the president said.'),
        article("b", "Former President Barack Obama spoke in Chicago. The president was not there."),
    )
    quote = analyses[0].quotes[0]
    assert quote.speaker is None or quote.speaker.name != "Mike Pence"
    assert not [m for a in analyses for m in a.mentions if m.kind == "description" and m.role == "president"]
