"""Per-article sections on the hand-made world: each mistake moves the figure it should, and only that one."""

from __future__ import annotations

from dataclasses import replace

from storyline.eval import score
from storyline.eval.report import EvalReport, Section
from storyline.model import MentionLinks, Speaker
from tests.eval.eval_world import TEXT_A, World, quote, ref


def run(world: World) -> EvalReport:
    return score(world.gold, world.articles, world.analyses, world.story)


def figure(section: Section, name: str) -> float | None:
    return next(f.value for f in section.figures if f.name == name)


def test_body_counts_lines_left_in_as_false_positives(world: World) -> None:
    uncleaned = replace(world.articles[0], body=world.articles[0].text)
    body = run(replace(world, articles=(uncleaned, world.articles[1]))).section("body")
    assert (body.gold, body.found, body.fp) == (2, 2, 2)
    assert figure(body, "not-body removed") == 1 / 3
    assert any("left in: Sign up for our newsletter." in m for m in body.missed)


def test_body_misses_a_line_the_cleaner_dropped(world: World) -> None:
    text = world.articles[1].text
    at = text.index("As many as")
    over_cleaned = replace(world.articles[1], body=text[:at] + " " * (len(text) - at - 1) + "\n")
    body = run(replace(world, articles=(world.articles[0], over_cleaned))).section("body")
    assert (body.found, body.fn, body.recall) == (1, 1, 0.5)


def test_a_pull_quote_read_as_a_second_quote_fails_and_costs_quote_precision(world: World) -> None:
    display = quote(TEXT_A, "This is a historic day", "direct", None, after="nations")
    report = run(world.with_analysis(0, quotes=(*world.a.quotes, display)))
    assert report.section("pull_quotes").recall == 0
    quotes = report.section("quotes")
    assert quotes.recall == 1 and (quotes.extracted, quotes.correct) == (6, 5)


def test_a_quote_with_the_wrong_speaker_is_found_by_text_but_not_right(world: World) -> None:
    wrong = Speaker(ref(TEXT_A, "Anna Smith"), "Ivan Petrov")
    quotes = list(world.a.quotes)
    quotes[2] = replace(quotes[2], speaker=wrong)
    section = run(world.with_analysis(0, quotes=tuple(quotes))).section("quotes")
    assert (section.found, section.gold) == (4, 5)
    assert figure(section, "speaker accuracy") == 4 / 5
    partial = next(p for p in section.parts if p.name == "partial")
    assert (partial.recall, partial.precision) == (0, 0)
    assert section.missed == ("a.txt: changes everything [Anna Smith, partial]",)


def test_a_fragment_of_a_quote_does_not_cover_it(world: World) -> None:
    quotes = list(world.a.quotes)
    quotes[0] = quote(TEXT_A, "both nations", "direct", quotes[0].speaker)
    section = run(world.with_analysis(0, quotes=tuple(quotes))).section("quotes")
    assert section.found == 4 and section.fp == 1


def test_kind_is_reported_but_not_required(world: World) -> None:
    quotes = list(world.a.quotes)
    quotes[0] = replace(quotes[0], kind="indirect")
    section = run(world.with_analysis(0, quotes=tuple(quotes))).section("quotes")
    assert section.recall == 1 and figure(section, "kind right") == 4 / 5


def test_a_surname_speaker_counts_only_when_resolved_to_the_person(world: World) -> None:
    quotes = list(world.a.quotes)
    surname_ref = quotes[3].speaker.mention  # type: ignore[union-attr]
    quotes[3] = replace(quotes[3], speaker=Speaker(surname_ref, "Petrov"))
    # The actor resolver linked "Petrov" to Ivan Petrov: the quote is his.
    assert run(world.with_analysis(0, quotes=tuple(quotes))).section("quotes").recall == 1
    # Left as an actor of its own ("Petrov"), the gold alias "Petrov" must not flatter the system.
    links = tuple(link for link in world.story.links if (link.start, link.end) != (surname_ref.start, surname_ref.end))
    kept = [replace(a, aliases=tuple(x for x in a.aliases if x.text != "Petrov")) for a in world.story.actors]
    actors = (*kept, replace(world.story.actors[0], id="person:petrov", name="Petrov", aliases=()))
    flattered = world.with_analysis(0, quotes=tuple(quotes)).with_story(actors=actors, links=MentionLinks.of(links))
    report = run(flattered)
    assert report.section("quotes").found == 4
    actors_section = report.section("actors")
    assert actors_section.found == 4 and "Ivan Petrov: aliases not resolving to it: Petrov" in actors_section.missed


def test_speakers_need_title_and_affiliation_covered(world: World) -> None:
    quotes = list(world.a.quotes)
    smith = quotes[2].speaker
    quotes[2] = replace(quotes[2], speaker=replace(smith, affiliation="Another College"))  # type: ignore[type-var]
    section = run(world.with_analysis(0, quotes=tuple(quotes))).section("speakers")
    assert (section.found, section.gold) == (1, 2)
    assert figure(section, "affiliation right") == 0.5 and figure(section, "title right") == 1.0


def test_claims_need_the_bound_and_the_source(world: World) -> None:
    as_exact = replace(world.b.claims[0], value=2000.0, high=None, kind="exact")
    section = run(world.with_analysis(1, claims=(as_exact,))).section("claims")
    assert (section.found, section.gold) == (1, 2) and figure(section, "value right") == 0.5
    no_source = replace(world.a.claims[0], source=None, source_name=None)
    section = run(world.with_analysis(0, claims=(no_source,))).section("claims")
    assert section.found == 1 and figure(section, "source right") == 0.5 and figure(section, "value right") == 1


def test_a_claim_phrase_inside_the_gold_text_hits_it_but_one_elsewhere_does_not(world: World) -> None:
    claim = world.a.claims[0]
    at = TEXT_A.index("Tuesday")
    moved = replace(claim, start=at, end=at + 7, text="Tuesday")
    section = run(world.with_analysis(0, claims=(moved,))).section("claims")
    assert section.found == 1 and section.fp == 1


def test_times_need_the_value(world: World) -> None:
    wrong = replace(world.a.times[0], value="2024-11-05")
    section = run(world.with_analysis(0, times=(wrong,))).section("times")
    assert (section.found, section.fp) == (1, 1) and figure(section, "value right") == 0.5


def test_events_need_type_and_participants_and_ignore_hypotheticals(world: World) -> None:
    no_recipient = replace(world.a.events[0], recipients=())
    section = run(world.with_analysis(0, events=(no_recipient,))).section("events")
    assert (section.found, section.gold) == (1, 2)
    assert figure(section, "type-only match") == 1.0
    wrong_type = replace(world.b.events[0], type="ASSAULT")
    section = run(world.with_analysis(1, events=(wrong_type,))).section("events")
    assert section.found == 1 and figure(section, "type-only match") == 0.5
    maybe = replace(world.b.events[0], hypothetical=True)
    section = run(world.with_analysis(1, events=(maybe,))).section("events")
    assert (section.found, section.extracted, section.precision) == (1, 1, 1.0)


def test_gold_on_a_not_body_line_is_excluded_not_missed(world: World) -> None:
    section = run(world).section("events")
    assert section.gold == 2
    assert section.excluded == ("a.txt: Ivan Petrov signs the accord",)
