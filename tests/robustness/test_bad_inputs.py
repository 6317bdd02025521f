"""Every kind of bad input in one batch: each becomes a recorded skip with a reason, the rest goes on.

This is the table of docs/bad-input.md, checked end to end through ``storyline brief``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "examples" / "seeds" / "000_fe26be01c2e66897.txt").read_text(encoding="utf-8")
GERMAN = (
    "Die Regierung hat am Montag angekündigt, dass die Gespräche mit den Nachbarländern in der nächsten Woche "
    "fortgesetzt werden. Der Minister sagte, man sei zuversichtlich, dass eine Einigung bald erreicht werden "
    "könne, obwohl noch viele Fragen offen seien. "
)

# file -> the skip reason storyline must record for it (None: it is stored as an article).
EXPECTED = {
    "a_good.txt": None,
    "b_copy.txt": "duplicate",
    "empty.txt": "empty",
    "binary.txt": "binary",
    "latin1.txt": "undecodable",
    "truncated.txt": "truncated",
    "big.txt": "too-large",
    "german.txt": "not-english",
    "short.txt": "no-body",
    "menu.html": "no-body",
    "scan.pdf": "unsupported",
    "feed.jsonl:1": None,
    "feed.jsonl:2": "malformed",
    "feed.jsonl:3": "malformed",
    "feed.jsonl:4": "malformed",
}


def make_pile(folder: Path) -> None:
    folder.mkdir()
    (folder / "a_good.txt").write_text(SEED, encoding="utf-8")
    (folder / "b_copy.txt").write_text(SEED, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 12)
    (folder / "latin1.txt").write_bytes("Café society met on Monday, officials said. ".encode("latin-1") * 5)
    (folder / "truncated.txt").write_bytes(SEED.encode()[:1500] + "é".encode()[:1])
    (folder / "big.txt").write_text("The minister said talks would resume next week. " * 3000, encoding="utf-8")
    (folder / "german.txt").write_text("Nachrichten\n\n" + GERMAN * 2, encoding="utf-8")
    (folder / "short.txt").write_text("Title\n\nOnly a few words here.", encoding="utf-8")
    (folder / "menu.html").write_text("<html><body><nav>Home | World | Sport</nav></body></html>")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    good, no_text = json.dumps({"text": SEED[:2500], "outlet": "Wire"}), json.dumps({"title": "no text"})
    lines = [good, "{not json", "[1, 2]", no_text]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def brief(pile: Path, out: Path, max_bytes: str = "100000") -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["brief", str(pile), "--out", str(out), "--max-bytes", max_bytes, "-q"])
    return result.exit_code, result.output


def table(kb: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{kb}?mode=ro", uri=True) as conn:
        return [tuple(row) for row in conn.execute(sql)]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int, str]:
    root = tmp_path_factory.mktemp("bad")
    make_pile(root / "pile")
    code, output = brief(root / "pile", root / "out")
    return root / "pile", root / "out" / "story.db", code, output


def test_batch_goes_on(run: tuple[Path, Path, int, str]) -> None:
    _, kb, code, output = run
    assert code == 0, output
    assert "Traceback" not in output
    sources = sorted(Path(str(s)).name for (s,) in table(kb, "SELECT source FROM articles"))
    assert sources == sorted(name for name, reason in EXPECTED.items() if reason is None)


def test_each_bad_input_is_a_skip_with_its_reason(run: tuple[Path, Path, int, str]) -> None:
    _, kb, _, output = run
    skips = {Path(str(s)).name: r for s, r, _ in table(kb, "SELECT source, reason, detail FROM skips")}
    assert skips == {name: reason for name, reason in EXPECTED.items() if reason is not None}
    for name, reason in skips.items():  # the run says so too, one line per skip
        assert f"{name}: {reason}" in output


def test_summary_counts_the_reasons(run: tuple[Path, Path, int, str]) -> None:
    output = run[3]
    assert "2 analysed" in output
    assert "malformed: 3" in output and "no-body: 2" in output and "too-large: 1" in output


def test_second_run_changes_nothing(run: tuple[Path, Path, int, str], tmp_path: Path) -> None:
    pile, kb, _, _ = run
    before = table(kb, "SELECT source, reason, detail FROM skips ORDER BY 1, 2"), table(kb, "SELECT id FROM articles")
    code, output = brief(pile, kb.parent)
    assert code == 0, output
    assert "2 already stored" in output
    after = table(kb, "SELECT source, reason, detail FROM skips ORDER BY 1, 2"), table(kb, "SELECT id FROM articles")
    assert after == before


def test_malformed_manifest_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,published\na.txt,Wire,2024-11-13\na.txt,Wire,last tuesday\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "manifest.csv, line 3" in result.output and "last tuesday" in result.output


def test_text_longer_than_the_model_takes_is_a_skip(tmp_path: Path) -> None:
    """Regression: a 1 MB wire dump under --max-bytes reached spaCy, whose max_length stopped the whole run."""
    pile = tmp_path / "pile"
    pile.mkdir()
    (pile / "a_good.txt").write_text(SEED, encoding="utf-8")
    paragraphs = [f"{line} ({i})" for i, line in enumerate(SEED.splitlines() * 400) if line.strip()]
    wire = "Wire dump\n\n" + "\n\n".join(paragraphs)
    while len(wire) <= 1_000_000:
        wire += "\n\n" + wire[:100_000]
    (pile / "wire.txt").write_text(wire, encoding="utf-8")
    code, output = brief(pile, tmp_path / "out", max_bytes="5000000")
    assert code == 0, output
    assert "wire.txt: too-large" in output and "characters long" in output
    assert table(tmp_path / "out" / "story.db", "SELECT reason FROM skips") == [("too-large",)]
