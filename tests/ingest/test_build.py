from storyline.ingest.build import _identifier, detect_language, release_identifier

_ENGLISH = "The council voted on Tuesday to close the old bridge to traffic while engineers inspect it."


def test_a_released_identifier_loads_again_and_answers_the_same() -> None:
    before = detect_language(_ENGLISH)
    release_identifier()
    assert _identifier.cache_info().currsize == 0
    assert detect_language(_ENGLISH) == before and before[0] == "en"
    assert _identifier.cache_info().currsize == 1
