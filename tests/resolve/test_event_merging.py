"""Issue 17's merging errors, each on hand-made reports: only evidence of one happening merges reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.model import Actor, ArticleAnalysis, ArticleInfo, Event, MentionLink, MentionLinks, Ref
from storyline.resolve.actors import ActorIndex
from storyline.resolve.events import merge_events

A, B, C, D = "article-a", "article-b", "article-c", "article-d"
ARTICLES = tuple(
    ArticleInfo(a, f"{a}.txt", None, f"Outlet {a[-1].upper()}", None, date(2024, 3, 14), (), 100) for a in (A, B, C, D)
)
PRK, JPN, KOR, KIM = Ref(10, 21, "North Korea"), Ref(30, 35, "Japan"), Ref(40, 51, "South Korea"), Ref(60, 63, "Kim")
PAK = Ref(950, 953, "Pak")
ORTIZ, HAWKS, OTTERS = Ref(960, 965, "Ortiz"), Ref(970, 975, "Hawks"), Ref(980, 986, "Otters")
RIVERTOWN, POLICE = Ref(990, 999, "Rivertown"), Ref(1000, 1006, "police")
QUEENS, NAVY = Ref(901, 907, "Queens"), Ref(910, 918, "the Navy")
BOEING, QATAR = Ref(920, 926, "Boeing"), Ref(930, 943, "Qatar Airways")
INDEX = ActorIndex(
    actors=(
        Actor("state:PRK", "North Korea", "state", "PRK"),
        Actor("state:JPN", "Japan", "state", "JPN"),
        Actor("state:KOR", "South Korea", "state", "KOR"),
        Actor("person:kim-jong-un", "Kim Jong Un", "person", acts_for="state:PRK"),
        Actor("person:pak-pong-ju", "Pak Pong Ju", "person", acts_for="state:PRK"),
        Actor("place:queens", "Queens", "place"),
        Actor("organisation:navy", "Navy", "organisation"),
        Actor("organisation:boeing", "Boeing", "organisation", "MNCUSA"),
        Actor("organisation:qatar-airways", "Qatar Airways", "organisation", "MNCQAT"),
        Actor("person:ana-ortiz", "Ana Ortiz", "person"),
        Actor("organisation:hawks", "Hawks", "organisation"),
        Actor("organisation:otters", "Otters", "organisation"),
        Actor("place:rivertown", "Rivertown", "place"),
    ),
    links=MentionLinks.of(
        MentionLink(article, ref.start, ref.end, actor)
        for article in (A, B, C, D)
        for ref, actor in (
            (PRK, "state:PRK"),
            (JPN, "state:JPN"),
            (KOR, "state:KOR"),
            (KIM, "person:kim-jong-un"),
            (PAK, "person:pak-pong-ju"),
            (QUEENS, "place:queens"),
            (NAVY, "organisation:navy"),
            (BOEING, "organisation:boeing"),
            (QATAR, "organisation:qatar-airways"),
            (ORTIZ, "person:ana-ortiz"),
            (HAWKS, "organisation:hawks"),
            (OTTERS, "organisation:otters"),
            (RIVERTOWN, "place:rivertown"),
        )
    ),
)


def _event(
    kind: str, word: str, cameo: str, when: str | None, sent: int, actors: tuple[Ref, ...] = (PRK,),
    recipients: tuple[Ref, ...] = (), modality: str = "asserted",
) -> Event:  # fmt: skip
    return Event(
        start=sent * 100, end=sent * 100 + 90, sent=sent, text=f"{word} sentence {sent}", type=kind,
        trigger=Ref(sent * 100 + 70, sent * 100 + 70 + len(word), word), actors=actors, recipients=recipients,
        cameo=cameo, score=-7.2, date=when, modality=modality,
    )  # fmt: skip


def _merge(**reports: list[Event]) -> list[tuple[str | None, list[str]]]:
    """(date, articles) of each merged event."""
    analyses = [ArticleAnalysis({"a": A, "b": B, "c": C, "d": D}[k], events=tuple(v)) for k, v in reports.items()]
    return [(e.date, sorted({s.article_id for s in e.sources})) for e in merge_events(INDEX, ARTICLES, analyses)]


def test_a_test_years_ago_is_not_this_weeks_test() -> None:
    merged = _merge(
        a=[_event("MOBILIZE", "tested", "150", "2022-09", 1)],
        b=[_event("MOBILIZE", "test", "150", "2024-03-12", 2)],
        c=[_event("MOBILIZE", "tested", "150", None, 3)],  # undated: joins this week's, never the background one
    )
    assert merged == [("2022-09", [A]), ("2024-03-12", [B, C])]


def test_an_undated_report_that_could_be_either_of_two_stays_apart() -> None:
    merged = _merge(
        a=[_event("MOBILIZE", "tested", "150", "2023-09", 1)],
        b=[_event("MOBILIZE", "test", "150", "2024-03-12", 2)],
        c=[_event("MOBILIZE", "tested", "150", None, 3)],
    )
    assert merged == [("2023-09", [A]), ("2024-03-12", [B]), (None, [C])]


def test_a_halt_is_not_a_test() -> None:
    merged = _merge(
        a=[_event("MOBILIZE", "test", "150", "2024-03-12", 1)],
        b=[_event("AGREE", "suspend", "0356", "2024-03-12", 1, modality="intended")],
    )
    assert len(merged) == 2


def test_praise_is_not_a_loss_of_support() -> None:
    merged = _merge(
        a=[_event("SUPPORT", "praised", "051", "2024-03", 1, actors=(KOR,), recipients=(JPN,))],
        b=[_event("SANCTION", "withdrew", "161", "2024-03", 1, actors=(KOR,), recipients=(JPN,))],
        c=[_event("SUPPORT", "hailed", "051", "2024-03", 1, actors=(KOR,), recipients=(JPN,))],
    )
    assert merged == [("2024-03", [B]), ("2024-03", [A, C])]  # SANCTION, then SUPPORT


def test_two_calls_months_apart_stay_two_and_an_undated_one_joins_neither() -> None:
    merged = _merge(
        a=[_event("CONSULT", "called", "041", "2024-01-05", 1, recipients=(JPN,))],
        b=[_event("CONSULT", "called", "041", "2024-03-11", 1, recipients=(JPN,))],
        c=[_event("CONSULT", "call", "041", None, 1, recipients=(JPN,))],  # could be either
    )
    assert merged == [("2024-01-05", [A]), ("2024-03-11", [B]), (None, [C])]


def test_the_central_happening_is_one_record_with_every_outlet() -> None:
    analyses = [
        ArticleAnalysis(A, events=(_event("MOBILIZE", "launched", "150", "2024-03-12", 1, actors=(KIM,)),)),
        ArticleAnalysis(B, events=(_event("MOBILIZE", "launch", "150", "2024-W11", 1),)),
        ArticleAnalysis(C, events=(_event("MOBILIZE", "launched", "150", "2024-03-12", 1, recipients=(JPN,)),)),
        ArticleAnalysis(D, events=(_event("MOBILIZE", "launched", "150", None, 4), _event("MOBILIZE", "launched",
                                                                                        "150", "2024-03-12", 5))),
    ]  # fmt: skip
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert event.date == "2024-03-12" and {s.article_id for s in event.sources} == {A, B, C, D}
    assert event.merge is not None
    assert event.merge.participants == ("actor state:PRK", "recipient state:JPN")
    assert event.merge.dates == ("2024-03-12", "2024-W11", "undated")
    assert event.merge.notes == ("target given by some reports only",)
    assert event.merge.triggers == ("launched", "launch") and event.merge.act == "150"


def test_different_targets_are_different_acts() -> None:
    merged = _merge(
        a=[_event("ASSAULT", "fired", "190", "2024-03-12", 1, recipients=(JPN,))],
        b=[_event("ASSAULT", "fired", "190", "2024-03-12", 1, recipients=(KOR,))],
    )
    assert len(merged) == 2


def test_background_is_never_merged_with_the_news_of_the_day() -> None:
    merged = _merge(
        a=[_event("REJECT", "broke", "125", "2019", 1, actors=(PRK, JPN))],
        b=[_event("REJECT", "broke", "125", None, 1, actors=(PRK, JPN))],
    )
    assert merged == [("2019", [A]), (None, [B])]


def test_generic_participants_are_no_evidence_across_articles() -> None:
    police, man = Ref(70, 76, "Police"), Ref(80, 83, "man")
    merged = _merge(
        a=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(police,), recipients=(man,))],
        b=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(police,), recipients=(man,))],
    )
    assert len(merged) == 2


def test_a_single_report_has_no_merge_reason() -> None:
    analyses = [ArticleAnalysis(A, events=(_event("MOBILIZE", "test", "150", "2024-03-12", 1),))]
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert event.merge is None


def test_a_state_alone_undated_in_two_outlets_may_be_two_acts() -> None:
    """ "North Korea seized fishermen" and "North Korea detained fishermen", undated in two outlets: a state acts
    again and again, and the generic fishermen are no second party."""
    fishermen = Ref(80, 90, "fishermen")
    merged = _merge(
        a=[_event("COERCE", "seized", "171", None, 1, recipients=(fishermen,))],
        b=[_event("COERCE", "detained", "171", None, 1, recipients=(fishermen,))],
        c=[_event("COERCE", "seized", "171", None, 1, recipients=(fishermen,))],
    )
    assert merged == [(None, [A]), (None, [B]), (None, [C])]


def test_who_acted_on_whom_or_a_person_still_joins_undated() -> None:
    merged = _merge(
        a=[_event("COERCE", "seized", "171", None, 1, recipients=(JPN,)), _event("CONSULT", "met", "040", None, 2,
                                                                                actors=(KIM,))],
        b=[_event("COERCE", "seized", "171", None, 1, recipients=(JPN,)), _event("CONSULT", "met", "040", None, 2,
                                                                                actors=(KIM,))],
    )  # fmt: skip
    assert merged == [(None, [A, B]), (None, [A, B])]


def test_a_place_is_where_not_who() -> None:
    """ "A man was killed in Queens" in two outlets: Queens sees many killings."""
    merged = _merge(
        a=[_event("ASSAULT", "killed", "190", None, 1, actors=(), recipients=(QUEENS,))],
        b=[_event("ASSAULT", "killed", "190", None, 1, actors=(), recipients=(QUEENS,))],
    )
    assert len(merged) == 2


def test_an_organisation_named_by_a_generic_noun_is_no_evidence() -> None:
    """ "The Navy" is an actor for the resolution but names no one in particular, even dated to the same day."""
    merged = _merge(
        a=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(NAVY,))],
        b=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(NAVY,))],
    )
    assert len(merged) == 2


def test_two_orders_of_one_company_stay_two_unless_both_name_the_buyer() -> None:
    """ "Boeing won an order" on the same day in two outlets may be two orders; "Qatar Airways ordered Boeing jets"
    in both is one."""
    apart = _merge(
        a=[_event("COOPERATE", "won", "061", "2024-03-12", 1, actors=(BOEING,))],
        b=[_event("COOPERATE", "won", "061", "2024-03-12", 1, actors=(BOEING,))],
    )
    assert len(apart) == 2
    one = _merge(
        a=[_event("COOPERATE", "ordered", "061", "2024-03-12", 1, actors=(QATAR,), recipients=(BOEING,))],
        b=[_event("COOPERATE", "ordered", "061", "2024-03-12", 1, actors=(QATAR,), recipients=(BOEING,))],
    )
    assert one == [("2024-03-12", [A, B])]


def test_the_same_long_sentence_in_two_outlets_is_one_report() -> None:
    """Wire copy: a company alone, undated, still joins when both outlets print the sentence word for word."""
    sentence = "A Boeing plant worker who had been suspended for feuding with colleagues returned minutes later"
    reports = {k: [replace(_event("RETREAT", "suspended", "0871", None, 1, actors=(), recipients=(BOEING,)),
                           text=sentence)] for k in "ab"}  # fmt: skip
    assert _merge(**reports) == [(None, [A, B])]
    reports["b"] = [replace(reports["b"][0], text="A Boeing worker was suspended for feuding with colleagues")]
    assert len(_merge(**reports)) == 2


def _said(text: str, word: str, kind: str, cameo: str, sent: int, **roles: tuple[Ref, ...]) -> Event:
    """A report whose evidence is ``text``, its trigger the first ``word`` in it."""
    event = _event(kind, word, cameo, None, sent, **roles)
    at = event.start + text.index(word)
    return replace(event, text=text, end=event.start + len(text), trigger=Ref(at, at + len(word), word))


def test_an_act_marked_as_earlier_is_not_the_one_of_the_day() -> None:
    """ "Kim had previously been detained" is history the story looks back on: it does not join "Kim was detained"
    of another outlet, while two reports of that earlier act still join each other."""
    detained = _said("Kim was detained at the border", "detained", "COERCE", "173", 1, actors=(), recipients=(KIM,))
    before = _said("Kim had previously been detained twice", "detained", "COERCE", "173", 2, actors=(),
                   recipients=(KIM,))  # fmt: skip
    merged = _merge(a=[detained], b=[before], c=[detained], d=[replace(before, text=before.text + " in Seoul")])
    assert merged == [(None, [A, C]), (None, [B, D])]


def test_two_people_of_one_state_are_two_acts() -> None:
    """ "Kim condemned" and "Pak condemned": both men act for North Korea, which lets "Kim ratified" join "North
    Korea ratified", but one man's act is not the other's."""
    merged = _merge(
        a=[_event("ACCUSE", "condemned", "112", None, 1, actors=(KIM,))],
        b=[_event("ACCUSE", "condemned", "112", None, 1, actors=(PAK,))],
        c=[_event("ACCUSE", "condemned", "112", None, 1, actors=(KIM,))],
    )
    assert merged == [(None, [A, C]), (None, [B])]


def test_british_and_american_spellings_are_one_word() -> None:
    merged = _merge(
        a=[_event("SUPPORT", "apologised", "05", None, 1, actors=(KIM,))],
        b=[_event("SUPPORT", "apologized", "05", None, 1, actors=(KIM,))],
    )
    assert merged == [(None, [A, B])]


def test_a_person_alone_in_force_or_aid_undated_may_be_two_acts() -> None:
    """ "Kim fired at the guard" and "Kim fired at an officer" in two outlets: the targets, not named as participants,
    tell one shot from the next, so a person with no one acted on does not join across outlets in force or aid; he
    still does in a meeting, and with the one he fired at named."""
    merged = _merge(
        a=[_event("ASSAULT", "fired", "190", None, 1, actors=(KIM,)), _event("CONSULT", "met", "040", None, 2,
                                                                             actors=(KIM,))],
        b=[_event("ASSAULT", "fired", "190", None, 1, actors=(KIM,)), _event("CONSULT", "met", "040", None, 2,
                                                                             actors=(KIM,))],
        c=[_event("ASSAULT", "fired", "190", None, 1, actors=(KIM,), recipients=(JPN,))],
        d=[_event("ASSAULT", "fired", "190", None, 1, actors=(KIM,), recipients=(JPN,))],
    )  # fmt: skip
    assert sorted(articles for _, articles in merged) == [[A], [A, B], [B], [C, D]]
    dated = _merge(
        a=[_event("AID", "helped", "070", "2024-03-12", 1, actors=(KIM,))],
        b=[_event("AID", "helped", "070", None, 1, actors=(KIM,))],  # a dated happening does not take it either
    )
    assert dated == [("2024-03-12", [A]), (None, [B])]


def test_reports_naming_no_one_in_one_article_share_more_than_a_word() -> None:
    """With no participant on either side, "refused treatment" and "refusing to leave" in one article are two acts;
    "the protest began" refers back to "a protest turned into a riot"."""
    refused = _said("A clerk was hurt and refused treatment", "refused", "REJECT", "120", 1, actors=())
    refusing = _said("They mocked him for refusing to leave", "refusing", "REJECT", "120", 2, actors=())
    assert len(_merge(a=[refused, refusing])) == 2
    protest = _said("A quiet protest turned into a riot", "protest", "PROTEST", "140", 1, actors=())
    began = _said("Witnesses said the protest began at dusk", "protest", "PROTEST", "140", 2, actors=())
    assert _merge(a=[protest, began]) == [(None, [A])]


def test_one_act_on_one_person_is_one_record_whoever_each_outlet_says_did_it() -> None:
    # "Police shot Ortiz on Sunday" / "Ortiz was shot" / "Gunmen shot Ortiz": who shot her is named by one outlet,
    # generic in another, left out in the third; she and the word "shot" make it one happening.
    merged = _merge(
        a=[_event("ASSAULT", "shot", "190", "2024-03-10", 1, actors=(POLICE,), recipients=(ORTIZ,))],
        b=[_event("ASSAULT", "shot", "190", None, 1, actors=(), recipients=(ORTIZ,))],
        c=[_event("ASSAULT", "shot", "190", None, 1, actors=(Ref(1010, 1016, "Gunmen"),), recipients=(ORTIZ,))],
    )
    assert merged == [("2024-03-10", [A, B, C])]


def test_one_act_on_one_person_needs_the_same_word() -> None:
    # "shot" and "killed" may be two happenings of one night (a shooting, a death days later).
    merged = _merge(
        a=[_event("ASSAULT", "shot", "190", None, 1, actors=(), recipients=(ORTIZ,))],
        b=[_event("ASSAULT", "killed", "190", None, 1, actors=(Ref(1010, 1016, "Gunmen"),), recipients=(ORTIZ,))],
    )
    assert len(merged) == 2


def test_one_act_on_one_person_named_by_words_of_one_dictionary_block_is_one_record() -> None:
    # "Gunmen killed Ortiz" / "Ortiz was murdered": KILL and MURDER are one block of the CAMEO verb dictionary.
    merged = _merge(
        a=[_event("ASSAULT", "killed", "190", None, 1, actors=(Ref(1010, 1016, "Gunmen"),), recipients=(ORTIZ,))],
        b=[_event("ASSAULT", "murdered", "190", None, 1, actors=(), recipients=(ORTIZ,))],
    )
    assert merged == [(None, [A, B])]


def test_words_of_one_block_need_the_person_acted_on_in_both() -> None:
    # "Ortiz accused her neighbours" and "Ortiz was charged": one block (BLAME), but she accuses in one and is accused
    # in the other; only the same word lets a person in the other role (a misread phrase) join.
    merged = _merge(
        a=[_event("ACCUSE", "accused", "112", None, 1, actors=(ORTIZ,), recipients=(Ref(1020, 1030, "neighbours"),))],
        b=[_event("ACCUSE", "charged", "112", None, 1, actors=(POLICE,), recipients=(ORTIZ,))],
    )
    assert len(merged) == 2


def test_a_person_in_the_other_role_of_a_misread_phrase_still_joins() -> None:
    # "Ortiz's arrest" read with Ortiz as who acts, "police arrested Ortiz" with her as the one arrested.
    merged = _merge(
        a=[_event("COERCE", "arrest", "173", None, 1, actors=(ORTIZ,))],
        b=[_event("COERCE", "arrested", "173", None, 1, actors=(POLICE,), recipients=(ORTIZ,))],
    )
    assert merged == [(None, [A, B])]


def test_the_same_act_on_the_same_person_by_two_named_parties_is_two_happenings() -> None:
    # "The Hawks fired coach Ortiz" and "the Otters fired Ortiz" years apart; one outlet names the club by its city.
    merged = _merge(
        a=[_event("COERCE", "fired", "173", None, 1, actors=(HAWKS,), recipients=(ORTIZ,))],
        b=[_event("COERCE", "fired", "173", None, 1, actors=(OTTERS,), recipients=(ORTIZ,))],
        c=[_event("COERCE", "fired", "173", None, 1, actors=(RIVERTOWN,), recipients=(ORTIZ,))],
        d=[_event("COERCE", "fired", "173", None, 1, actors=(), recipients=(ORTIZ,))],  # could be either
    )
    assert sorted(articles for _, articles in merged) == [[A], [B], [C], [D]]


def test_a_person_who_acts_again_and_again_joins_nothing_on_the_word() -> None:
    # "Ortiz helped out" in two games: aid by a person is done again and again (as a gunman's shots).
    merged = _merge(
        a=[_event("AID", "helped", "070", None, 1, actors=(ORTIZ,))],
        b=[_event("AID", "helped", "070", None, 1, actors=(ORTIZ,))],
    )
    assert len(merged) == 2


def test_one_act_on_one_person_is_never_background_joined_with_the_news() -> None:
    merged = _merge(
        a=[_event("COERCE", "arrested", "173", "2019-05", 1, actors=(POLICE,), recipients=(ORTIZ,))],
        b=[_event("COERCE", "arrested", "173", None, 1, actors=(), recipients=(ORTIZ,))],
        c=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(), recipients=(ORTIZ,))],
    )
    assert merged == [("2019-05", [A]), ("2024-03-12", [B, C])]


def _about(person_refs: dict[str, tuple[Ref, ...]]) -> ActorIndex:
    """INDEX with extra mentions, so that each article names the given people (twice makes an article about them)."""
    articles = {"a": A, "b": B, "c": C, "d": D}
    extra = [
        MentionLink(articles[k], 2000 + 10 * i, 2005 + 10 * i, INDEX.resolve(A, ref=ref) or "")
        for k, refs in person_refs.items()
        for i, ref in enumerate(refs)
    ]
    return ActorIndex(actors=INDEX.actors, links=MentionLinks.of([*INDEX.links, *extra]))


def test_reports_naming_no_one_join_in_articles_about_the_same_person() -> None:
    # "A man was charged" in two articles that are about Ortiz (each names her twice), not in one about Kim.
    index = _about({"a": (ORTIZ, ORTIZ), "b": (ORTIZ, ORTIZ), "c": (KIM, KIM)})
    man = (Ref(1020, 1023, "man"),)
    analyses = [ArticleAnalysis(k, events=(_event("ACCUSE", "charged", "112", None, 1, actors=(), recipients=man),))
                for k in (A, B, C)]  # fmt: skip
    merged = merge_events(index, ARTICLES, analyses)
    assert sorted(sorted({s.article_id for s in e.sources}) for e in merged) == [[A, B], [C]]
    assert [e.merge.notes for e in merged if e.merge] == [("articles about the same person",)]


def test_articles_about_one_person_join_only_the_same_word_for_an_act_that_happened() -> None:
    index = _about({"a": (ORTIZ, ORTIZ), "b": (ORTIZ, ORTIZ), "c": (ORTIZ, ORTIZ)})
    man = (Ref(1020, 1023, "man"),)
    analyses = [
        ArticleAnalysis(A, events=(_event("ACCUSE", "charged", "112", None, 1, actors=(), recipients=man),)),
        ArticleAnalysis(B, events=(_event("ACCUSE", "accused", "112", None, 1, actors=(), recipients=man),)),
        ArticleAnalysis(C, events=(_event("ACCUSE", "charge", "112", None, 1, actors=(), recipients=man,
                                          modality="intended"),)),
    ]  # fmt: skip
    assert len(merge_events(index, ARTICLES, analyses)) == 3


def test_a_remark_on_a_kind_of_act_joins_no_happening() -> None:
    """ "Police shot Ortiz on Sunday" and, in another outlet, "they roam around, shooting people like Ortiz": the
    remark tells a kind of act (a gerund, "people"), not the shooting of the day, though it names her and the word."""
    text = "They roam around, shooting people like Ortiz."
    at = 900
    remark = Event(start=at, end=at + len(text), sent=9, text=text, type="ASSAULT",
                   trigger=Ref(at + 18, at + 26, "shooting"), recipients=(ORTIZ,), cameo="190", score=-7.2)  # fmt: skip
    shot = _event("ASSAULT", "shot", "190", "2024-03-10", 1, actors=(POLICE,), recipients=(ORTIZ,))
    assert sorted(a for _, a in _merge(a=[shot], b=[remark])) == [[A], [B]]
    # The same report told as an act joins: the remark's words alone keep it out.
    told = replace(remark, text="Gunmen were shooting at Ortiz.", trigger=Ref(at + 12, at + 20, "shooting"))
    assert sorted(a for _, a in _merge(a=[shot], b=[told])) == [[A, B]]


def test_a_general_code_covers_its_kinds_only_for_words_of_one_act() -> None:
    # "was pulled over" (EXTRACT, 171) and "was arrested" (170, COERCE's general code) on one night are two acts;
    # "arrested" (170) and "apprehended" (APPREHEND, 173) are words of one dictionary block, one act.
    stop = _merge(
        a=[_event("COERCE", "pulled", "171", "2024-03-12", 1, actors=(POLICE,), recipients=(ORTIZ,))],
        b=[_event("COERCE", "arrested", "170", "2024-03-12", 1, actors=(POLICE,), recipients=(ORTIZ,))],
    )
    assert sorted(articles for _, articles in stop) == [[A], [B]]
    arrest = _merge(
        a=[_event("COERCE", "apprehended", "173", "2024-03-12", 1, actors=(POLICE,), recipients=(ORTIZ,))],
        b=[_event("COERCE", "arrested", "170", "2024-03-12", 1, actors=(POLICE,), recipients=(ORTIZ,))],
    )
    assert arrest == [("2024-03-12", [A, B])]


def test_the_one_acted_on_misread_as_who_acts_does_not_keep_out_who_acted() -> None:
    # "Ortiz's arrest" (Ortiz read as who arrests) joins her dated arrest; "the Hawks arrested Ortiz" then still joins:
    # Ortiz named both acting and acted on in one happening is a misread role, not a party that arrested her.
    merged = _merge(
        a=[_event("COERCE", "arrested", "173", "2024-03-12", 1, actors=(), recipients=(ORTIZ,))],
        b=[_event("COERCE", "arrest", "173", None, 1, actors=(ORTIZ,))],
        c=[_event("COERCE", "arrested", "173", None, 1, actors=(HAWKS,), recipients=(ORTIZ,))],
    )
    assert merged == [("2024-03-12", [A, B, C])]


def test_a_report_that_could_be_either_of_two_happenings_is_no_third_one() -> None:
    # Ortiz shot in March by the Hawks' men and in May by the Otters': "Ortiz was shot" could be either and joins
    # neither; "the Hawks shot Ortiz" is the March one, and the undated report left alone is no other choice.
    merged = _merge(
        a=[_event("ASSAULT", "shot", "190", "2024-03-12", 1, actors=(HAWKS, POLICE), recipients=(ORTIZ,))],
        b=[_event("ASSAULT", "shot", "190", "2024-05-20", 1, actors=(OTTERS,), recipients=(ORTIZ,))],
        c=[_event("ASSAULT", "shot", "190", None, 1, actors=(), recipients=(ORTIZ,))],
        d=[_event("ASSAULT", "shot", "190", None, 1, actors=(HAWKS,), recipients=(ORTIZ,))],
    )
    assert sorted(merged, key=str) == sorted([("2024-03-12", [A, D]), ("2024-05-20", [B]), (None, [C])], key=str)


def test_a_place_tells_no_attack_apart() -> None:
    # "A Rivertown man shot Ortiz" and "Pak shot Ortiz": a place acts as a body ("Rivertown fired Ortiz", kept apart
    # from the Hawks' firing above), never by force, where it only says where the one who acted is from.
    merged = _merge(
        a=[_event("ASSAULT", "shot", "190", "2024-03-12", 1, actors=(RIVERTOWN,), recipients=(ORTIZ,))],
        b=[_event("ASSAULT", "shot", "190", None, 1, actors=(PAK,), recipients=(ORTIZ,))],
    )
    assert merged == [("2024-03-12", [A, B])]
