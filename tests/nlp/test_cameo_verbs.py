"""The CAMEO verb dictionary's look-ups: the most specific fitting pattern, and discard phrases as whole words."""

from __future__ import annotations

import pytest

from storyline.nlp.cameo_verbs import CameoVerb, Pattern, _first_fit, _index, discarded, parse_verbs, people_words


def _words(*alternatives: str) -> frozenset[str]:
    return frozenset(alternatives)


ENTRY = CameoVerb(
    lemma="fire",
    particle=None,
    code="190",
    patterns=(
        Pattern(before=(), after=(_words("artillery", "rocket"),), code="195"),
        Pattern(before=(), after=(_words("artillery"), _words("border")), code="194"),
        Pattern(before=(_words("police"),), after=(_words("tear"), _words("gas")), code="175"),
        Pattern(before=(), after=(_words("employee", "staff"),), code="---"),
        Pattern(before=(_words("army"),), after=(), code="193"),
        Pattern(before=(), after=(), code="190"),
    ),
)


def _slow_best(entry: CameoVerb, before: set[str], after: set[str]) -> Pattern | None:
    """The rule written plainly: the first pattern, in the file's order, of the highest specificity that fits."""
    best = None
    for pattern in entry.patterns:
        fits = all(w & after for w in pattern.after) and all(w & before for w in pattern.before)
        if fits and (best is None or pattern.specificity > best.specificity):
            best = pattern
    return best


@pytest.mark.parametrize(
    ("before", "after", "code"),
    [
        (set(), {"artillery", "across", "border"}, "194"),
        (set(), {"rocket"}, "195"),
        ({"police"}, {"tear", "gas", "artillery"}, "175"),
        ({"army"}, {"staff"}, "---"),
        ({"army"}, set(), "193"),
        (set(), {"warning", "shot"}, "190"),
    ],
)
def test_first_fit_is_the_most_specific_fitting_pattern(before: set[str], after: set[str], code: str) -> None:
    found = _first_fit(_index(ENTRY), before, after, lambda: [])
    assert found is _slow_best(ENTRY, before, after)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("sentence", "extra", "expected"),
    [
        ("The goalkeeper saved a penalty.", frozenset(), True),
        ("He won the silver medal in Paris.", frozenset(), True),
        ("The silver-medal winner spoke.", frozenset(), False),  # one word, not the phrase "silver medal"
        ("Talks on the border dispute resumed.", frozenset(), False),
        ("Talks on the border dispute resumed.", frozenset({"border dispute"}), True),
        ("", frozenset(), False),
    ],
)
def test_discard_phrases_match_whole_words(sentence: str, extra: frozenset[str], expected: bool) -> None:
    assert discarded(sentence, extra) is expected


@pytest.mark.parametrize(
    ("text", "undergoer"),
    [(":184", True), (" :1823 ", True), ("190", False), ("190:190", False), ("---", False), (":---", False)],
)
def test_a_code_in_the_targets_place_makes_the_subject_the_one_acted_on(text: str, undergoer: bool) -> None:
    from storyline.nlp.cameo_verbs import _undergoer

    assert _undergoer(text) is undergoer


def test_the_dictionary_marks_a_death_in_detention_as_done_to_the_subject() -> None:
    from storyline.nlp.cameo_verbs import load_cameo_verbs

    die = load_cameo_verbs()["die"][0]
    detention = [p for p in die.patterns if p.code == "184"]
    assert detention and all(p.undergoer for p in detention)


BLOCK = """####### VERB PATTERNS
---  BLAME   [112]  ---
ACCUSE [112]
CONDEMN [111]
SCOLD
CONVICT [173]
- * MURDER (OF ^)                                     [111]         # CONDEMN
- * (OF THEFT)                                        [173]         # CONVICT
- * HARSHLY                                           [112]
"""


def test_a_verb_with_a_code_of_its_own_takes_only_the_patterns_written_for_it() -> None:
    from storyline.nlp.cameo_verbs import parse_verbs

    verbs = parse_verbs(BLOCK)
    convict = {p.code for p in verbs["convict"][0].patterns}
    scold = {p.code for p in verbs["scold"][0].patterns}
    assert convict == {"173", "112"}  # its own pattern and the one written for no verb; not CONDEMN's
    assert scold == {"111", "173", "112"}  # a verb with the block's code shares every pattern, as PETRARCH2 reads it


def test_the_dictionary_convicts_of_murder_as_an_arrest_not_a_condemnation() -> None:
    from storyline.nlp.cameo_verbs import load_cameo_verbs

    convict = load_cameo_verbs()["convict"][0]
    assert convict.code == "173"
    assert "111" not in {p.code for p in convict.patterns}


def test_an_empty_verb_keeps_its_block_code_for_people_only() -> None:
    text = "####### VERB PATTERNS\n---  CONFINE   [170]  ---\nHOLD {HELD} [---]\nJAIL  [173]\nDETAIN\n" \
           "- * MEETING   [046]   # HOLD\n"  # fmt: skip
    verbs = parse_verbs(text)
    hold, detain = verbs["hold"][0], verbs["detain"][0]
    assert (hold.code, hold.person_code) == (None, "170")
    assert (detain.code, detain.person_code) == ("170", None)
    assert [p.code for p in hold.patterns] == ["046"]


def test_people_words_join_the_dictionaries() -> None:
    assert {"suspect", "hostage", "prisoner", "pirate"} <= people_words()
    assert "meeting" not in people_words()


def test_a_comment_line_inside_a_synonym_set_does_not_end_it() -> None:
    from storyline.nlp.cameo_verbs import parse_synsets

    lines = ["&COIN", "# <01.02.03: some of these are plural", "+MONEY", "+CASH_", "+EURO", "", "&TROOPS", "+SOLDIER"]
    synsets = parse_synsets(lines)
    assert synsets["coin"] == {"money", "cash", "euro"}
    assert synsets["troops"] == {"soldier"}


def test_the_shipped_currency_set_is_read() -> None:
    # The dictionary's &CURRENCY set has a comment line after its name; lost, each of its 20 patterns ("RECEIVE *
    # &CURRENCY [071]", "NEED * &CURRENCY [0231]") matched any words at all and coded every verb of its block.
    from storyline.nlp.cameo_verbs import load_cameo_verbs, synset

    assert {"money", "dollar", "euro"} <= synset("currency")
    for lemma in ("receive", "transport", "interview", "chase", "need", "give", "pay"):
        for entry in load_cameo_verbs()[lemma]:
            assert all(p.before or p.after or p.phrases for p in entry.patterns), lemma


def test_the_sets_the_dictionary_names_but_never_defines_are_supplied() -> None:
    # CAMEO.2.0.txt's patterns name &WEATHER, &DEMONSTRATION, &FIGHT_GAMES and &FIGHT_CRIM without defining them;
    # undefined, "START * &FIGHT_GAMES IN +" asked only for "in" and "MARK * &FIGHT_CRIM" for nothing at all.
    from storyline.nlp.cameo_verbs import load_cameo_verbs, synset

    assert {"storm", "flood", "earthquake"} <= synset("weather")
    assert {"demonstration", "riot"} <= synset("demonstration")
    assert "exercise" in synset("fight_games") and "war" not in synset("fight_games")
    assert "criminal" in synset("fight_crim")
    for lemma in ("start", "launch", "open", "mark", "brand", "hurt"):
        for entry in load_cameo_verbs()[lemma]:
            assert all(p.before or p.after or p.phrases for p in entry.patterns), lemma
            assert all(all(words for words in phrase) for p in entry.patterns for phrase in p.phrases), lemma


def test_the_dictionarys_own_sets_win_over_the_supplied_ones() -> None:
    text = "&WEATHER\n+HAIL\n\n####### VERB PATTERNS\n---  HURT   [180]  ---\nHURT\n- * (IN &WEATHER) [---]\n"
    hurt = parse_verbs(text, {"weather": frozenset({"storm"})})["hurt"][0]
    assert hurt.patterns[0].phrases == ((frozenset({"in"}), frozenset({"hail"})),)
