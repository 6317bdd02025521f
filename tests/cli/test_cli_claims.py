"""`storyline claims KB` on a knowledge base holding a hand-made story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.claims import command
from storyline.model import Article, ArticleAnalysis, ArticleInfo, Claim, ClaimGroup, ClaimRef, Ref, Sentence, Story
from storyline.store import open_kb

TEXT = "Harbour officials say up to 300 ferries sail daily. Other news follows."


def _kb(tmp_path: Path) -> Path:
    source = Ref(0, 17, "Harbour officials")
    bound = Claim(22, 38, 0, "up to 300 ferries", None, None, 300.0, "max", "up to", None, "ferries", source,
                  "Harbour officials")  # fmt: skip
    exact = Claim(0, 11, 0, "410 ferries", 410.0, counted="ferries")
    article = Article(id="a", source="a.txt", text=TEXT, body=TEXT, outlet="Outlet A", published=date(2024, 5, 1))
    analysis = ArticleAnalysis("a", sentences=(Sentence(0, 0, 51), Sentence(1, 52, len(TEXT))), claims=(bound,))
    story = Story(
        articles=(ArticleInfo("a", "a.txt", None, "Outlet A", None, date(2024, 5, 1), (), 12),),
        claim_groups=(
            ClaimGroup("claims:ferries", "ferries", "differ", (ClaimRef("a", "Outlet A", bound),
                                                                 ClaimRef("b", "Outlet B", exact))),
        ),
    )  # fmt: skip
    path = tmp_path / "kb.sqlite"
    with open_kb(path) as kb:
        kb.save_article(article, analysis, "test")
        kb.save_story(story)
    return path


def test_claims_lists_groups_with_sources_and_sentences(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [str(_kb(tmp_path))])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("[differ] ferries")
    assert "≤ 300" in result.output and "Harbour officials — Outlet A" in result.output
    assert "410" in result.output and "the outlet itself — Outlet B" in result.output
    assert "“Harbour officials say up to 300 ferries sail daily.”" in result.output


def test_claims_json_and_pictures(tmp_path: Path) -> None:
    pictures = tmp_path / "svg"
    result = CliRunner().invoke(command, [str(_kb(tmp_path)), "--json", "--svg-dir", str(pictures)])
    assert result.exit_code == 0, result.output
    (group,) = json.loads(result.output)
    assert group["status"] == "differ" and [c["value"] for c in group["claims"]] == ["≤ 300", "410"]
    assert group["claims"][1]["sentence"] is None  # article b is not in the knowledge base
    assert (pictures / "claims_ferries.svg").read_text().startswith("<svg")
