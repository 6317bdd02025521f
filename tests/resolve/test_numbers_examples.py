"""Issue 20's examples, each on text written for this test and run through the whole pipeline: numbers compare
like with like, and commitments are agreements, treaties or pledges in the text, with their state."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Story
from storyline.present.claims_chart import claims_pictures
from storyline.runner import run

# A paragraph without numbers or commitments: an article needs some length to be read as one.
_CONTEXT = (
    "\n\nOfficials in the region declined to comment further when reached by reporters late on Friday evening, "
    "and the foreign ministry did not respond to several requests for comment about the matter.\n"
)


def _story(tmp_path: Path, texts: dict[str, str]) -> Story:
    rows = ["file,outlet,published"]
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + _CONTEXT, encoding="utf-8")
        rows.append(f"{name}.txt,{name.title()} News,2018-04-21")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run([str(tmp_path)], collect=True)
    assert not result.skips and len(result.analyses) == len(texts)
    return result.story


def _statuses(story: Story) -> set[str]:
    return {group.status for group in story.claim_groups}


@pytest.mark.slow
def test_a_part_of_a_whole_is_not_a_disagreement_with_the_whole(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "Six of the eleven nations at the summit backed the plan, diplomats said on Friday.\n",
            "beta": "The plan won the support of six of the eleven nations at the summit on Friday.\n",
        },
    )
    assert "differ" not in _statuses(story)


@pytest.mark.slow
def test_counts_one_sentence_enumerates_never_disagree(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "The two envoys have met six times this year and have spoken by phone 20 times, aides said.\n",
            "beta": "Aides said the envoys had met six times this year and spoken by phone 20 times.\n",
        },
    )
    assert "differ" not in _statuses(story)


@pytest.mark.slow
def test_the_same_count_in_other_words_is_a_disagreement(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "North Korea fired 23 missiles during 16 tests last year, the broadcaster reported.\n",
            "beta": "Pyongyang conducted over 20 missile tests last year, defying United Nations resolutions.\n",
        },
    )
    differ = [g for g in story.claim_groups if g.status == "differ"]
    assert len(differ) == 1
    assert {ref.claim.text for ref in differ[0].claims} == {"16 tests", "over 20 missile tests"}


@pytest.mark.slow
def test_a_number_one_article_gives_is_kept_but_not_charted(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "The leaders held one meeting in the border village on Friday.\n",
            "beta": "The talks in the border village lasted the whole day, officials said.\n",
        },
    )
    single = [g for g in story.claim_groups if g.status == "single"]
    assert single, "the single claim stays in the story"
    assert not claims_pictures(story.claim_groups)


@pytest.mark.slow
def test_a_treaty_sought_or_endorsed_is_not_ratified(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "North Korea has long sought a peace treaty with the United States, diplomats said.\n",
            "beta": "Donald Trump just endorsed a peace treaty between North Korea and South Korea.\n",
        },
    )
    for commitment in story.commitments:
        assert commitment.ratifications == ()
        assert commitment.state in ("sought", "proposed")
        assert all(step.source.text for step in commitment.history)


@pytest.mark.slow
def test_a_pledge_with_a_start_date_and_no_threat(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "North Korea pledged to stop nuclear and missile tests from April 21 and to close its "
            "nuclear test site, state media said.\n",
            "beta": "North Korea vowed to retaliate against the United States if it was attacked.\n",
        },
    )
    [pledge] = story.commitments
    assert pledge.kind == "pledge" and pledge.state == "signed"
    assert pledge.parties == ("state:PRK",)
    assert pledge.starts == "2018-04-21"
    assert pledge.history[0].source.text.startswith("North Korea pledged")


@pytest.mark.slow
def test_a_count_of_an_earlier_happening_is_not_the_storys(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": "A quake hit the island of Varno on Sunday, injuring five people, officials said. A stronger "
            "quake in March killed 40 people on the island.\n",
            "beta": "The quake that struck Varno on Sunday injured seven people, the governor said. The island "
            "was hit by another quake in March.\n",
        },
    )
    differ = [g for g in story.claim_groups if g.status == "differ"]
    assert [sorted(ref.claim.text for ref in g.claims) for g in differ] == [["five people", "seven people"]]
