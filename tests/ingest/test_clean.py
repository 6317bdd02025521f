"""The line cleaner: one test (or a few) per rule, on small texts written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.ingest.clean import Cleaned, clean

PARA = (
    "The minister said on Monday that the talks with the neighbouring country would resume next month in the capital."
)
PARA2 = (
    "Officials from both sides have met twice this year, and diplomats expect a joint statement after the next round."
)


def reasons(cleaned: Cleaned) -> dict[str, str]:
    """Dropped text -> reason."""
    return {d.text: d.reason for d in cleaned.dropped}


def check_invariants(text: str, cleaned: Cleaned) -> None:
    assert len(cleaned.body) == len(text)
    for d in cleaned.dropped:
        assert text[d.start : d.end] == d.text
        assert cleaned.body[d.start : d.end].strip() == ""


def run(text: str, **kwargs: object) -> Cleaned:
    cleaned = clean(text, **kwargs)  # type: ignore[arg-type]
    check_invariants(text, cleaned)
    return cleaned


def test_first_line_is_the_title() -> None:
    text = f"Talks to resume next month\n\n{PARA}\n"
    cleaned = run(text)
    assert cleaned.title == "Talks to resume next month"
    assert reasons(cleaned) == {"Talks to resume next month": "title"}
    assert "Talks" not in cleaned.body[:30]


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    cleaned = run(f"{PARA}\n\n{PARA2}\n")
    assert cleaned.title is None
    assert cleaned.dropped == ()


def test_title_ending_in_abbreviation_is_a_title() -> None:
    assert run(f"Seoul turns to the U.S.\n\n{PARA}").title == "Seoul turns to the U.S."


def test_known_title_is_dropped_from_html_text() -> None:
    cleaned = run(f"Talks resume\n{PARA}", title="Talks resume", first_line_title=False)
    assert reasons(cleaned) == {"Talks resume": "title"}
    cleaned = run(f"Another line here\n{PARA}", title="Talks resume", first_line_title=False)
    assert cleaned.dropped == ()


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Soldiers march through the square. Jane Doe, AFP", "Soldiers march through the square.", "Jane Doe, AFP"),
        (
            "The leaders meet in the capital. Photo: john roe/Getty Images",
            "The leaders meet in the capital.",
            "Photo: john roe/Getty Images",
        ),
        ("A ship leaves the harbour. – Ann Lee/Flickr", "A ship leaves the harbour.", "– Ann Lee/Flickr"),
        (
            "Rescue teams search the rubble. (AP Photo/Sam Smith)",
            "Rescue teams search the rubble.",
            "(AP Photo/Sam Smith)",
        ),
        ("The mayor speaks to reporters. REUTERS/Tom Brown", "The mayor speaks to reporters.", "REUTERS/Tom Brown"),
        (
            "Crowds gather outside. Photo by Mia Wong on Unsplash",
            "Crowds gather outside.",
            "Photo by Mia Wong on Unsplash",
        ),
    ],
)
def test_caption_with_credit(line: str, caption: str, credit: str) -> None:
    cleaned = run(f"Headline\n\n{line}\n\n{PARA}\n")
    assert reasons(cleaned) == {"Headline": "title", caption: "caption", credit: "credit"}
    assert PARA in cleaned.body


def test_credit_alone_takes_the_caption_above() -> None:
    text = f"Headline\n\nThe bridge after the storm\nGetty Images\n\n{PARA}\n"
    cleaned = run(text)
    assert reasons(cleaned)["The bridge after the storm"] == "caption"
    assert reasons(cleaned)["Getty Images"] == "credit"


def test_caption_repeated_with_credit_appended() -> None:
    caption = "The two leaders shake hands at the border on Sunday."
    text = f"Headline\n\n{PARA}\n\n{caption}\n{caption} – Ann Lee/Wikipedia\n\n{PARA2}\n"
    cleaned = run(text)
    dropped = [(d.text, d.reason) for d in cleaned.dropped]
    assert dropped.count((caption, "caption")) == 2
    assert ("– Ann Lee/Wikipedia", "credit") in dropped
    assert PARA2 in cleaned.body


def test_identical_repeated_line_is_dropped_once() -> None:
    line = "Markets fell sharply after the announcement was made"
    cleaned = run(f"Headline\n\n{PARA}\n\n{line}\n{line}\n\n{PARA2}\n")
    assert [d.reason for d in cleaned.dropped] == ["title", "repeat"]
    assert cleaned.body.count(line) == 1


def test_body_sentences_are_not_credits() -> None:
    lines = [
        "The company grew fast. John Smith, CEO",
        "Boosting leverage with the U.S.",
        "Sales rose in Europe and/or Asia",
        "‘Crossing the Rubicon’",
    ]
    text = "Headline\n\n" + "\n\n".join(f"{PARA} ({n})\n\n{line}" for n, line in enumerate(lines))
    cleaned = run(text)
    assert [d.reason for d in cleaned.dropped] == ["title"]


def test_dash_section_label() -> None:
    cleaned = run(f"Headline\n\n-Analysis-\n\n{PARA}\n")
    assert cleaned.section == "Analysis"
    assert reasons(cleaned)["-Analysis-"] == "label"


def test_lone_section_label_in_the_head_only() -> None:
    cleaned = run(f"Headline\n\nOpinion\n\n{PARA}\n\nOpinion\n\n{PARA2}\n")
    assert cleaned.section == "Opinion"
    assert [d.reason for d in cleaned.dropped] == ["title", "label"]


def test_summary_label_keeps_the_standfirst() -> None:
    standfirst = "The country is taking an unproven path to security and relief."
    cleaned = run(f"Headline\n\nSummary\n\n{standfirst}\n\n{PARA}\n")
    assert reasons(cleaned)["Summary"] == "label"
    assert cleaned.summary == standfirst
    assert standfirst in cleaned.body


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news from around the world, Daily Brief is the newsletter for you. Sign up here.",
        "Sign up for our free morning newsletter",
        "Download The Example News App to get breaking news alerts.",
        "Catch all the Business News and Updates on Example Site.",
        "Follow us on Twitter and Facebook",
        "Read more: Why the talks failed last year",
        "Related: Ten things to know about the election",
        "Advertisement",
        "Story continues below advertisement",
        "Click here to read the full report",
        "Subscribe to our channel",
    ],
)
def test_promo_lines(line: str) -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\n{line}\n\n{PARA2}\n")
    assert reasons(cleaned).get(line) == "promo"
    assert PARA2 in cleaned.body


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Media. All rights reserved.",
        "Copyright 2023 The Example Times",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Additional reporting by Ann Lee in Paris",
    ],
)
def test_footer_lines(line: str) -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\n{PARA2}\n\n{line}\n")
    assert reasons(cleaned).get(line) == "footer"


def test_long_paragraph_mentioning_sign_up_is_kept() -> None:
    line = " ".join(["Thousands of young men rushed to sign up for the army"] * 8) + "."
    cleaned = run(f"Headline\n\n{line}\n\n{PARA}\n")
    assert line in cleaned.body


def test_translated_by_with_names() -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\n{PARA2}\n\nTranslated and Adapted by: Ann Lee and Tom Brown\n")
    assert cleaned.byline == ("Ann Lee", "Tom Brown")
    assert reasons(cleaned)["Translated and Adapted by: Ann Lee and Tom Brown"] == "byline"


def test_translated_by_names_on_next_line() -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\nTranslated by:\nAnn Lee\n")
    assert cleaned.byline == ("Ann Lee",)
    assert reasons(cleaned) == {"Headline": "title", "Translated by:": "byline", "Ann Lee": "byline"}


def test_translated_by_with_nothing_after() -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\nTranslated and Adapted by:")
    assert cleaned.byline == ()
    assert reasons(cleaned)["Translated and Adapted by:"] == "byline"


def test_head_by_line() -> None:
    cleaned = run(f"Headline\n\nBy Ann Lee and Tom Brown\n\n{PARA}\n")
    assert cleaned.byline == ("Ann Lee", "Tom Brown")
    assert reasons(cleaned)["By Ann Lee and Tom Brown"] == "byline"


def test_email_footer_names_go_to_byline() -> None:
    line = "Write to Ann B. Lee at ann.lee@example.com and Tom Brown at tom@example.org"
    cleaned = run(f"Headline\n\n{PARA}\n\n{line}\n")
    assert cleaned.byline == ("Ann B. Lee", "Tom Brown")
    assert reasons(cleaned)[line] == "footer"


def test_tail_of_short_navigation_lines() -> None:
    text = f"Headline\n\n{PARA}\n\n{PARA2}\n\nSubscribe to our app for alerts.\nmore\n\ntopics\n\nSITE SPECIALS"
    cleaned = run(text)
    assert reasons(cleaned) == {
        "Headline": "title",
        "Subscribe to our app for alerts.": "promo",
        "more": "tail",
        "topics": "tail",
        "SITE SPECIALS": "tail",
    }


def test_tags_list_at_the_end() -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\nTags: Korea, Russia, war\n")
    assert reasons(cleaned)["Tags: Korea, Russia, war"] == "tail"


def test_last_sentence_is_not_a_tail() -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\nIt ended.\n")
    assert "It ended." in cleaned.body


def test_pull_quote_repeating_a_quote() -> None:
    pull = "We will never accept this kind of pressure"
    para = f"“{pull},” the minister said after the meeting, adding that the decision was final."
    cleaned = run(f"Headline\n\n{PARA}\n\n{pull}\n\n{para}\n")
    assert reasons(cleaned)[pull] == "pull-quote"
    assert para in cleaned.body


def test_short_subheading_found_in_body_is_kept() -> None:
    para = "The report, called “Crossing the Rubicon,” was published on Monday by the institute."
    cleaned = run(f"Headline\n\n{PARA}\n\nCrossing the Rubicon\n\n{para}\n")
    assert "Crossing the Rubicon\n" in cleaned.body


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("TOKYO — ", "TOKYO"),
        ("SEOUL—", "SEOUL"),
        ("NEW YORK, May 5 (Reuters) - ", "NEW YORK"),
        ("KYIV, Ukraine (AP) — ", "KYIV"),
    ],
)
def test_dateline(opening: str, place: str) -> None:
    text = f"Headline\n\n{opening}{PARA}\n\n{PARA2}\n"
    cleaned = run(text)
    assert cleaned.dateline == place
    dateline = next(d for d in cleaned.dropped if d.reason == "dateline")
    assert dateline.text == opening.rstrip()
    assert cleaned.body[dateline.end :].lstrip().startswith("The minister")


def test_dateline_only_at_the_start_of_the_first_paragraphs() -> None:
    later = "".join(f"\n\n{PARA2} ({n})" for n in range(4)) + f"\n\nPARIS — {PARA}"
    assert run(f"Headline\n\n{PARA}{later}").dateline is None


def test_no_dateline_without_capitals() -> None:
    assert run(f"Headline\n\nTokyo — {PARA}").dateline is None


def test_empty_and_blank_text() -> None:
    for text in ("", "\n\n", "   "):
        cleaned = run(text)
        assert cleaned.dropped == ()


def test_kicker_above_the_headline() -> None:
    cleaned = run(f"Explainer\nWhat we know about the talks\n{PARA}\n")
    assert (cleaned.section, cleaned.title) == ("Explainer", "What we know about the talks")
    assert reasons(cleaned) == {"Explainer": "label", "What we know about the talks": "title"}


@pytest.mark.parametrize(
    "line",
    [
        "Sign-up rates for the new volunteer units rose sharply, the defence ministry said.",
        "First published in 1990, the report became a standard reference for planners.",
        "Follow the money on this one: the grid has been hit eight times this year.",
        "Sharers of the prize were named on Monday.",
    ],
)
def test_body_lines_that_resemble_promos_are_kept(line: str) -> None:
    cleaned = run(f"Headline\n\n{PARA}\n\n{line}\n\n{PARA2}\n")
    assert line in cleaned.body


def test_head_line_starting_with_by_that_is_not_a_byline() -> None:
    line = "By Monday, negotiators had agreed on a framework."
    cleaned = run(f"Headline\n{line}\n{PARA}\n")
    assert cleaned.byline == ()
    assert line in cleaned.body


def test_wire_story_furniture() -> None:
    text = (
        "Strikes hit power grid\n"
        "By Ann Lee and Tom Brown\n"
        f"KYIV, Nov 17 (Reuters) - {PARA}\n"
        "Advertisement · Scroll to continue\n"
        "Firefighters work at the site of the strike in Kyiv, November 17, 2024. REUTERS/Sam Smith\n"
        f"{PARA2}\n"
        "The Associated Press\n"
        "(Reporting by Ann Lee; Editing by Tom Brown)\n"
        "Purchase Licensing Rights\n"
    )
    cleaned = run(text)
    assert cleaned.byline == ("Ann Lee", "Tom Brown")
    assert cleaned.dateline == "KYIV"
    assert [d.reason for d in cleaned.dropped] == [
        "title",
        "byline",
        "dateline",
        "promo",
        "caption",
        "credit",
        "credit",
        "footer",
        "promo",
    ]
    assert cleaned.body.split() == (PARA + " " + PARA2).split()


def test_short_first_line_standing_alone_is_the_title_whatever_its_last_character() -> None:
    for headline in ("Kim Jong Un is embracing Russia for his regime’s survival.", "Will the talks resume?"):
        cleaned = run(f"{headline}\n\n{PARA}\n")
        assert cleaned.title == headline
        assert reasons(cleaned) == {headline: "title"}


def test_short_sentence_running_into_the_text_is_not_a_title() -> None:
    assert run(f"The talks resumed on Monday.\n{PARA}\n").title is None


def test_one_sentence_lead_paragraph_is_not_a_title() -> None:
    assert run("Officials said the talks resumed on Monday.\n\nThe minister said so.\n").title is None


def test_one_sentence_lead_in_plain_prose_is_not_a_title() -> None:
    for lead in (
        "The leaders held one meeting in the border village on Friday.",
        "Pyongyang conducted over 20 missile tests last year, defying United Nations resolutions.",
    ):
        assert run(f"{lead}\n\n{PARA}\n").title is None, lead


def test_a_stamp_above_the_headline_is_no_title_and_gives_the_date() -> None:
    text = f"Posted 10 / 30 / 2017 6:02 AM\nTalks to resume next month\n\n{PARA}\n\n{PARA2}\n"
    cleaned = run(text)
    assert cleaned.title == "Talks to resume next month"
    assert cleaned.published == date(2017, 10, 30)
    assert reasons(cleaned)["Posted 10 / 30 / 2017 6:02 AM"] == "stamp"
    assert "Posted" not in cleaned.body


def test_published_wins_over_updated_on_separate_lines() -> None:
    text = f"Talks to resume next month\nUpdated: March 16, 2019\nPublished: March 14, 2019\n\n{PARA}\n\n{PARA2}\n"
    assert run(text).published == date(2019, 3, 14)


def test_a_stamp_at_the_end_gives_the_date() -> None:
    body = "\n\n".join([PARA, PARA2] * 3)
    text = f"Talks to resume next month\n\n{body}\n\nDate: 11 April 2015\n"
    assert run(text).published == date(2015, 4, 11)


def test_no_date_from_a_stamp_in_the_middle_or_without_a_word() -> None:
    middle = "\n\n".join([PARA] * 6 + ["Published: March 14, 2019"] + [PARA2] * 4)
    assert run(f"Talks to resume next month\n\n{middle}\n").published is None
    assert run(f"Talks to resume next month\nMarch 14, 2019\n\n{PARA}\n").published is None
