from storyline.ingest.build import _identifier, detect_language, release_identifier

_ENGLISH = "The council voted on Tuesday to close the old bridge to traffic while engineers inspect it."


def test_a_released_identifier_loads_again_and_answers_the_same() -> None:
    before = detect_language(_ENGLISH)
    release_identifier()
    assert _identifier.cache_info().currsize == 0
    assert detect_language(_ENGLISH) == before and before[0] == "en"
    assert _identifier.cache_info().currsize == 1


def test_plain_text_is_read_without_importing_the_html_extractors(tmp_path) -> None:
    # trafilatura and htmldate cost a run some 0.3 s before its first chunk reaches a worker: only an HTML page
    # needs them. A fresh interpreter, since this one may have imported them for another test.
    import subprocess
    import sys

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge closes</title></head><body><article><p>"
        + "The council of Elmsworth closed the old bridge on Monday for repairs, its engineer said. " * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    note = tmp_path / "note.txt"
    note.write_text("The council of Elmsworth closed the old bridge on Monday for repairs, its engineer said. " * 3)
    script = (
        "import sys\n"
        "from storyline.ingest import read_inputs\n"
        "from storyline.model import Article\n"
        f"items = list(read_inputs([{str(note)!r}]))\n"
        "assert isinstance(items[0], Article), items\n"
        "print(sorted(m for m in ('trafilatura', 'htmldate') if m in sys.modules))\n"
        f"items = list(read_inputs([{str(page)!r}]))\n"
        "assert isinstance(items[0], Article), items\n"
        "print(sorted(m for m in ('trafilatura', 'htmldate') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "['htmldate', 'trafilatura']"]
