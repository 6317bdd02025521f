"""Who an attribution's source is (issue 19): pronouns, titles with names, organisations, transcripts; each kind
on text written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.model import Quote
from storyline.nlp.quotes import _verb_read_as_noun
from storyline.nlp.speakers import _titled_person, _trailing_name, expands
from tests.nlp.speaker_helpers import speaker_of


@pytest.fixture
def nlp(speakers_pipeline: Language) -> Language:
    return speakers_pipeline


def test_he_is_the_subject_of_the_sentence_before_not_the_lastspeaker_of(nlp: Language) -> None:
    text = (
        'The council met on Monday. "We need more buses," said Tomas Ruiz, a transport planner.\n\n'
        "Peter Walsh drove the first electric bus through the town centre last week.\n\n"
        "He said the batteries would last a full day.\n"
    )
    assert speaker_of(nlp, text, "batteries") == "Peter Walsh"


def test_he_after_a_person_named_as_an_object_in_the_same_sentence(nlp: Language) -> None:
    text = (
        "Daniel Ortiz said the plan was sound.\n\n"
        "The city sued Peter Walsh over the contract, but the case ended after he testified that no money was lost.\n"
    )
    assert speaker_of(nlp, text, "no money was lost") == "Peter Walsh"


def test_the_people_in_the_content_are_not_the_antecedent_of_its_he_said(nlp: Language) -> None:
    text = (
        "Ivan Petrov, a trade envoy, said the talks went well.\n\n"
        "Now Oslo risks pushing Karl Berg into a corner, he said.\n"
    )
    assert speaker_of(nlp, text, "Oslo risks") == "Ivan Petrov"


def test_an_apposed_title_and_name_as_two_subjects_give_the_name(nlp: Language) -> None:
    text = 'Norway\'s Prime Minister, Jonas Lund said, "We are ready to help."\n'
    assert speaker_of(nlp, text, "ready to help") == "Jonas Lund"


def test_a_group_noun_names_the_organisation_in_its_phrase(nlp: Language) -> None:
    text = (
        "The Transit Authority said that fares would rise in May.\n\n"
        "The Daily Courier newspaper reported that the mayor would resign in March.\n"
    )
    assert speaker_of(nlp, text, "would resign") == "Daily Courier"


def test_a_courtesy_title_makes_a_person_and_he_refers_back_to_him(nlp: Language) -> None:
    text = (
        "Mr Brennagh said that the factory would reopen in the spring.\n\n"
        '"It will bring two hundred jobs back to the valley," he said.\n'
    )
    assert speaker_of(nlp, text, "two hundred jobs") == "Brennagh"


def test_a_quote_paragraph_after_a_lead_in_ending_with_a_comma(nlp: Language) -> None:
    text = 'The historian Clara Veit commented,\n\n"Every archive tells a story about who kept it."\n'
    assert speaker_of(nlp, text, "Every archive") == "Clara Veit"


def test_a_quote_paragraph_continues_the_report_just_before_it(nlp: Language) -> None:
    text = (
        "Clara Veit also said the archive was underfunded.\n\n"
        '"We have one conservator for four million pages. That cannot go on."\n'
    )
    assert speaker_of(nlp, text, "one conservator") == "Clara Veit"


def test_it_after_an_organisation_quote_is_that_organisation(nlp: Language) -> None:
    text = (
        '"The border will stay closed until further notice," said Reuters.\n\n'
        'Traffic was light in the morning. "Trucks are already backed up for miles," it added.\n'
    )
    assert speaker_of(nlp, text, "Trucks are already") == "Reuters"


def test_a_transcript_label_before_a_colon_names_thespeaker_of(nlp: Language) -> None:
    text = (
        "The exchange was read into the record.\n\n"
        ': Director of Public Works Thomas Keller: "We cannot fix every road this year."\n'
    )
    assert speaker_of(nlp, text, "every road") == "Thomas Keller"


def test_they_is_the_plural_source_that_is_subject_earlier_in_its_sentence(nlp: Language) -> None:
    text = "Union officials went to the ministry on Friday, where they claimed the pension fund was empty.\n"
    assert speaker_of(nlp, text, "pension fund") == "Union officials"


def test_a_name_after_a_cue_that_follows_the_closing_comma_is_the_source(nlp: Language) -> None:
    text = '"The river has burst its banks near the old mill and the road is closed," added Reuters.\n'
    assert speaker_of(nlp, text, "river has burst") == "Reuters"


def test_the_person_a_title_names_is_never_in_its_relative_clause() -> None:
    # "Devocht, who had told Montalvo he would help": the tagger took the source for a firm, and the only person
    # inside its phrase stands in the relative clause
    words = ["Devocht", ",", "who", "had", "told", "Montalvo", "he", "would", "help"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 0, 4, 4, 0, 4, 8, 8, 4],
        deps=["ROOT", "punct", "nsubj", "aux", "relcl", "dobj", "nsubj", "aux", "ccomp"],
        pos=["PROPN", "PUNCT", "PRON", "AUX", "VERB", "PROPN", "PRON", "AUX", "VERB"],
        ents=["B-ORG", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"],
    )
    assert _titled_person(doc[0]) is None


def test_the_city_is_the_one_town_named_before(nlp: Language) -> None:
    text = (
        "Residents of Springfield protested outside the town hall on Monday.\n\n"
        "The city said it would review the parking plan next month.\n"
    )
    assert speaker_of(nlp, text, "parking plan") == "Springfield"


def test_the_agency_is_the_one_organisation_named_before_and_two_are_ambiguous(nlp: Language) -> None:
    one = (
        "Acme Corporation hired 300 new workers in Ohio.\n\n"
        "Rivals were worried about the move.\n\n"
        "The company said profits would rise by ten percent.\n"
    )
    assert speaker_of(nlp, one, "profits") == "Acme Corporation"
    two = (
        "Toyota hired 300 new workers. Honda closed a plant in Ohio.\n\n"
        "Rivals were worried about the move.\n\n"
        "The company said profits would rise by ten percent.\n"
    )
    assert speaker_of(nlp, two, "profits") == "The company"


def test_a_description_is_never_someone_the_article_gives_another_title(nlp: Language) -> None:
    text = (
        "Kim Dae-jung, a senior economist at the Bank of Korea, said the talks would succeed.\n\n"
        "The analyst said the deal was weak.\n"
    )
    assert speaker_of(nlp, text, "deal was weak") == "The analyst"


def test_it_is_the_organisation_quoted_last_past_a_plural_group(nlp: Language) -> None:
    text = (
        "The State Department said the talks would resume. Russian diplomats said they were ready.\n\n"
        "It added that the talks would be held in Geneva.\n"
    )
    assert speaker_of(nlp, text, "Geneva") == "State Department"


def test_a_direct_quote_on_an_issued_statement_is_its_issuers(nlp: Language) -> None:
    text = 'The Transport Workers Union issued statement saying "The workers face an uncertain future."\n'
    assert speaker_of(nlp, text, "uncertain future") == "Transport Workers Union"


def test_a_reporting_verb_the_tagger_read_as_a_plural_noun() -> None:
    # 'The ministry notes, "..."' with "notes" tagged NNS but parsed as the root with a subject
    words = ["The", "ministry", "notes", ",", "prices", "rose"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 2, 2, 2, 5, 2],
        deps=["det", "nsubj", "ROOT", "punct", "nsubj", "ccomp"],
        tags=["DT", "NN", "NNS", ",", "NNS", "VBD"],
    )
    assert _verb_read_as_noun(doc[2])
    assert not _verb_read_as_noun(doc[4])


def test_the_source_is_never_a_named_person(nlp: Language) -> None:
    text = (
        "Last night, Ken Rosenthal reported that, according to a league source, the Red Sox are close to a deal.\n\n"
        '"Headway was being made earlier today," the source said.\n'
    )
    assert speaker_of(nlp, text, "Headway") == "the source"


def test_a_bare_description_takes_the_fuller_one_with_the_same_head(nlp: Language) -> None:
    text = (
        "Talks on the Norwegian state's role in the new airline went on for weeks, and Nordair got its loan.\n\n"
        "Asked whether the Norwegian federal government would run the airline, Lars Holm said the federal "
        "government had told him that it had no interest in running it.\n"
    )
    found = [q for q in nlp(text)._.quotes if q.text.startswith("it had no interest")]
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.name == "Norwegian federal government"


def test_a_description_is_never_a_fuller_one_that_another_modifier_rules_out(nlp: Language) -> None:
    text = (
        "Nordair received a loan from the Swedish government last month.\n\n"
        "The federal government said that the loan would be repaid within five years.\n"
    )
    assert speaker_of(nlp, text, "repaid") != "Swedish government"


def test_the_group_is_the_organisation_that_was_the_subject_not_the_one_it_acted_on(nlp: Language) -> None:
    text = (
        "The review came a week after Consumer Watch declined to give Nordair's new plane a top rating.\n\n"
        "The group said that the seats were too narrow for long flights.\n"
    )
    assert speaker_of(nlp, text, "too narrow") == "Consumer Watch"


def test_the_firm_is_the_organisation_the_article_called_a_firm(nlp: Language) -> None:
    text = (
        "Sales of the phone passed those of Nordcom to become the best-selling model, according to figures "
        "released by Delta Research, a market research firm.\n\n"
        "The firm said that more than four million phones had been sold.\n"
    )
    assert speaker_of(nlp, text, "four million") == "Delta Research"


def test_a_description_that_names_its_country_is_its_ownspeaker_of(nlp: Language) -> None:
    text = (
        '"We will cut 2,000 jobs," said Nordair in a statement.\n\n'
        "The Belgian government has announced that it will give 150 million euros to help suppliers.\n"
    )
    assert speaker_of(nlp, text, "150 million") == "Belgian government"


def test_a_firm_whose_name_starts_with_general_keeps_it(nlp: Language) -> None:
    text = "General Dynamics announced that it would cut 3,000 jobs.\n\nThe company said the cuts would end in May.\n"
    assert speaker_of(nlp, text, "end in May") == "General Dynamics"


def test_he_after_a_surname_the_tagger_missed(nlp: Language) -> None:
    text = (
        "Mark Rathbun, a former executive, has backed Daniel Montalvo.\n\n"
        "Rathbun requested donations on his blog, in order to help Montalvo with his legal costs.\n\n"
        'He described Montalvo as an individual "facing the penitentiary for leaving."\n'
    )
    assert speaker_of(nlp, text, "penitentiary") == "Mark Rathbun"


def test_he_continuing_a_he_whose_name_is_out_of_reach_is_not_the_object_named_since(nlp: Language) -> None:
    text = (
        "George Byron was born in London in 1788.\n\n"
        "His early poems were published at school.\n\n"
        "They were read widely.\n\n"
        "His mother moved to Nottingham.\n\n"
        "The following autumn, he went up to Trinity College, where he met the younger John Edleston.\n\n"
        'About his friend he wrote, "He has been my almost constant associate since October."\n'
    )
    assert speaker_of(nlp, text, "constant associate") is None


def test_he_continuing_a_he_takes_the_name_that_he_stands_for(nlp: Language) -> None:
    text = (
        "Peter Walsh arrived in Oslo on Monday.\n\n"
        "There he met the younger Karl Berg.\n\n"
        'About the meeting he wrote, "We spoke for hours."\n'
    )
    assert speaker_of(nlp, text, "spoke for hours") == "Peter Walsh"


def test_they_after_an_organisation_subject_in_its_sentence_is_that_organisation(nlp: Language) -> None:
    text = (
        '"The tour starts next week," Nordplane announced.\n\n'
        "Oslo will be the first stop, where Fjord Airways will display the aircraft they intend to fly from May.\n"
    )
    assert speaker_of(nlp, text, "to fly from May") == "Fjord Airways"


def test_a_fuller_description_followed_by_its_name_gives_the_name(nlp: Language) -> None:
    text = (
        "The hospital was full, Norway's official news agency NTB said.\n\n"
        '"Doctors are working through the night," the agency reported.\n'
    )
    assert speaker_of(nlp, text, "through the night") == "NTB"


# --- the second blind block (issue 19): the kinds of speaker error it showed ---------------------------------


def test_an_organisation_apposed_to_a_group_noun_after_a_comma_is_the_source(nlp: Language) -> None:
    text = (
        "Volvo Cars said on Monday that it would build a new plant in Ghent.\n\n"
        "Another carmaker, General Motors (GM), announced that it seeks new loans from the government.\n"
    )
    assert speaker_of(nlp, text, "seeks new loans") == "General Motors"


def test_the_person_an_outlet_quoted_as_saying_is_the_source(nlp: Language) -> None:
    text = (
        "The minister met airline chiefs in Jakarta.\n\n"
        '"We will not buy these planes while the ban stays," the Jakarta Post quoted Budi Santoso as saying.\n'
    )
    assert speaker_of(nlp, text, "while the ban stays") == "Budi Santoso"


def test_the_company_is_the_one_organisation_named_earlier_in_its_sentence(nlp: Language) -> None:
    text = (
        "Ryanair says that it will be paid for the late delivery of its new jets.\n\n"
        'In a statement on the Boeing website, the company said that "the delay comes from a shortage of parts."\n'
    )
    assert speaker_of(nlp, text, "shortage of parts") == "Boeing"


def test_a_name_right_before_a_cue_the_parser_left_without_a_subject(nlp: Language) -> None:
    text = (
        "When asked whether the deal should be seen as a step towards peace between Russia and the US, "
        'Boeing Executive Vice President Scott Carson replied, "It is a business relationship, and I am proud of it."\n'
    )
    assert speaker_of(nlp, text, "business relationship") == "Scott Carson"


def test_by_saying_speaks_for_the_subject_of_the_clause(nlp: Language) -> None:
    text = (
        "Ryanair will take five more jets next year.\n\n"
        'Chief executive Michael Kerr justified the order by saying, "The 737 is the most reliable plane we fly."\n'
    )
    assert speaker_of(nlp, text, "most reliable plane") == "Michael Kerr"


def test_it_opening_a_sentence_is_the_organisation_that_was_the_subject_before(nlp: Language) -> None:
    text = (
        "Markets rose on Friday.\n\n"
        "The US Treasury described the rescue plan in a press release.\n\n"
        'It said that "money market funds will be insured for the next year."\n'
    )
    assert speaker_of(nlp, text, "insured for the next year") == "US Treasury"


def test_it_after_a_thing_as_subject_stays_unknown(nlp: Language) -> None:
    text = (
        "The rescue plan was described in a press release.\n\n"
        'It said that "money market funds will be insured for the next year."\n'
    )
    assert speaker_of(nlp, text, "insured for the next year") is None


def test_a_quote_paragraph_after_a_speech_act_with_no_content_is_its_speakers(nlp: Language) -> None:
    text = (
        "Reports said the two firms would split, but chairman Dieter Brandt denied the reports.\n\n"
        '"We do not exclude any option in order to find the best solution for both companies."\n'
    )
    assert speaker_of(nlp, text, "best solution") == "Dieter Brandt"


def test_they_opening_a_sentence_is_the_plural_subject_of_the_sentence_before(nlp: Language) -> None:
    text = "Union leaders met the labour minister on Friday.\n\nThey said the talks had failed after six hours.\n"
    assert speaker_of(nlp, text, "talks had failed") == "Union leaders"


def test_a_question_to_the_interviewee_attributes_nothing(nlp: Language) -> None:
    text = (
        "Mr. President, as a Nobel laureate, do you still think that there is a future for the peace talks?\n\n"
        "Did the company say that its sales fell sharply in May?\n\n"
        "The company said that its sales fell sharply in June.\n"
    )
    found = [q.text for q in nlp(text)._.quotes]
    assert found == ["its sales fell sharply in June"]


def test_a_cue_in_the_sentence_a_question_or_exclamation_mark_ends_before(nlp: Language) -> None:
    text = (
        "Defence lawyer Maria Yanes left the court on Thursday.\n\n"
        '"It is a sad ending to a sad case. What else could it be?" Yanes said.\n\n'
        '"We will appeal to the high court!" said her colleague Tom Baker.\n'
    )
    assert speaker_of(nlp, text, "What else could it be") == "Maria Yanes"
    assert speaker_of(nlp, text, "high court") == "Tom Baker"



def test_a_description_with_a_modifier_is_the_one_holder_whose_title_has_it(nlp: Language) -> None:
    text = (
        "In a statement, the trade secretary, Paul Grant, and the interior secretary, Ken Morrow, agreed.\n\n"
        "The ruling came a day after Morrow acted against another rule.\n\n"
        "The interior secretary said he would ask the courts to overturn the mining rule.\n"
    )
    assert speaker_of(nlp, text, "would ask the courts") == "Ken Morrow"


def test_he_after_a_surname_the_tagger_took_for_a_place_and_a_suffixed_full_name(nlp: Language) -> None:
    text = (
        "The escape by Arcade Joseph Comeaux Jr., a convicted rapist, has led to changes at the prison where "
        "warden John Moriarty worked.\n\n"
        "Comeaux, 49, escaped from a prison van in Baytown after he pulled a gun on two officers.\n\n"
        "He was at large for a week, until he was found at a Houston shop, where he asked to use the phone.\n"
    )
    assert speaker_of(nlp, text, "use the phone") == "Arcade Joseph Comeaux Jr."


def test_a_name_that_modifies_a_noun_in_the_source_phrase_is_not_the_source() -> None:
    words = ["The", "officials", "in", "the", "Obama", "administration", "said", "that", "it", "works", "."]
    heads = [1, 6, 1, 5, 5, 2, 6, 9, 9, 6, 6]
    deps = ["det", "nsubj", "prep", "det", "compound", "pobj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])  # fmt: skip
    assert _titled_person(doc[1]) is None


def test_the_person_quoted_as_saying_in_the_passive_is_the_source(nlp: Language) -> None:
    text = (
        "The quake injured two people on the island.\n\n"
        '"Two people were hurt but their condition is good," Qeshm governor Mehdi Irannejad was quoted as saying.\n'
    )
    assert speaker_of(nlp, text, "condition is good") == "Mehdi Irannejad"


def test_according_to_before_a_direct_quote_names_its_source(nlp: Language) -> None:
    text = (
        "The victim was shot outside his home in August.\n\n"
        'According to the Chicago Tribune, "detectives have had a hard time finding a motive for the killing."\n'
    )
    assert speaker_of(nlp, text, "finding a motive") == "Chicago Tribune"


def test_an_inverted_name_whose_first_word_the_parser_hung_elsewhere_and_a_title_inside_it(nlp: Language) -> None:
    text = (
        'The strike would hurt the city. "A strike would be nothing short of horrible," said Ron Howard, the '
        'former actor and director of "A Beautiful Mind," whose latest film, "Frost/Nixon," is considered a '
        "strong Oscar contender.\n"
    )
    assert speaker_of(nlp, text, "nothing short of horrible") == "Ron Howard"
    assert not [q for q in nlp(text)._.quotes if "Frost" in q.text]


def test_she_is_never_a_man_the_article_calls_by_his_given_name_alone(nlp: Language) -> None:
    text = (
        "Benjamin David Banky died on Saturday.\n\n"
        "His aunt, Nancy O'Higgins, said the family was shocked.\n\n"
        "Ben attended school in White Rock but got most of his education in Victoria.\n\n"
        "She said he travelled to China for a year, where he studied Mandarin.\n"
    )
    assert speaker_of(nlp, text, "travelled to China") == "Nancy O'Higgins"


def test_a_quote_paragraph_continues_a_partial_quote_just_before_it(nlp: Language) -> None:
    text = (
        "Eric Kirkpatrick was arrested on Friday.\n\n"
        'Outside court, his lawyer Richard Fowler said Kirkpatrick is "not doing very well."\n\n'
        '"He is placed in a double bunk with somebody who is withdrawing from drugs."\n'
    )
    assert speaker_of(nlp, text, "double bunk") == "Richard Fowler"


def test_she_after_a_woman_whose_title_starts_with_a_word_that_is_also_a_given_name(nlp: Language) -> None:
    text = (
        '"The Greek people have been asked to make sacrifices," said union head Giannis Panagopoulos.\n\n'
        "German Chancellor Angela Merkel said the crisis showed the need for new fiscal rules.\n\n"
        '"The future of Europe is at stake," she told parliament.\n'
    )
    assert speaker_of(nlp, text, "future of Europe") == "Angela Merkel"


def test_he_after_a_report_is_its_speaker_not_the_man_it_was_about(nlp: Language) -> None:
    text = (
        "Jamal Williams, 32, was driving west in his car about 1:30 a.m., police officer Brian Pennings said.\n\n"
        "He said he did not know how fast Williams was going.\n"
    )
    assert speaker_of(nlp, text, "how fast Williams") == "Brian Pennings"


def test_an_acronym_is_the_one_organisation_it_spells(nlp: Language) -> None:
    text = (
        "Northern Railways will cut fares next month.\n\n"
        "NR said the new timetable would start in June.\n"
    )
    assert speaker_of(nlp, text, "new timetable") == "Northern Railways"


def test_an_acronym_with_two_organisations_it_could_spell_stays_as_written(nlp: Language) -> None:
    text = (
        "Northern Railways and Nexus Radio Corporation signed a deal on Monday.\n\n"
        "NR said the new timetable would start in June.\n"
    )
    assert speaker_of(nlp, text, "new timetable") in ("NR", None)


def test_expands_needs_every_word_initial_in_order() -> None:
    assert expands("SIA", "Singapore Airlines")
    assert expands("USGS", "U. S. Geological Survey")
    assert expands("NASA", "National Aeronautics and Space Administration")
    assert not expands("GM", "Goldman Sachs")
    assert not expands("AS", "Singapore Airlines")
    assert expands("GM", "General Motors Corporation")
    assert not expands("AB", "Acme")


def test_a_name_after_the_closing_mark_signs_the_quote(nlp: Language) -> None:
    text = (
        "Markets fell on Monday.\n\n"
        '"The trend will not turn before the summer." - Laura Bennett\n\n'
        '"Buyers are waiting for lower prices," Thomas Keller, an economist at the bank.\n'
    )
    assert speaker_of(nlp, text, "trend will not turn") == "Laura Bennett"
    assert speaker_of(nlp, text, "Buyers are waiting") == "Thomas Keller"


def test_a_sentence_after_the_closing_mark_does_not_sign_the_quote(nlp: Language) -> None:
    text = (
        "Markets fell on Monday.\n\n"
        '"The trend will not turn before the summer." Laura Bennett left the room after the meeting.\n'
    )
    assert speaker_of(nlp, text, "trend will not turn") is None


def test_a_surname_that_is_a_gendered_noun_does_not_make_a_woman_a_man(nlp: Language) -> None:
    # "King" names the woman; only a title before the name ("King Harald") would say the sex
    text = (
        "Adaeze King watched the fire from her kitchen window.\n\n"
        "King said the smoke was black by noon.\n\n"
        "Firefighters arrived twenty minutes later.\n\n"
        "She said the alarm in the warehouse never rang.\n"
    )
    assert speaker_of(nlp, text, "alarm in the warehouse") == "Adaeze King"


def test_the_paper_is_the_news_outlet_quoted_last(nlp: Language) -> None:
    text = (
        "The strike closed schools across the province on Tuesday.\n\n"
        "The Toronto Star warned the unions would march again if wages were cut.\n\n"
        '"Nobody in the cabinet has listened to the teachers," the paper said.\n'
    )
    assert speaker_of(nlp, text, "Nobody in the cabinet") == "Toronto Star"


def test_the_paper_with_no_outlet_quoted_stays_as_written(nlp: Language) -> None:
    text = (
        "Acme Foods opened a plant in Leeds on Monday.\n\n"
        '"Nobody expected the orders to come so fast," the paper said.\n'
    )
    assert speaker_of(nlp, text, "Nobody expected") in ("the paper", None)


def test_a_firm_named_inside_the_quote_is_not_the_statement_s_source(nlp: Language) -> None:
    text = (
        "Three people were hurt at the depot on Friday.\n\n"
        '"We are grateful to the staff of Northgate Logistics for their courage," the statement said.\n'
    )
    assert speaker_of(nlp, text, "grateful to the staff") != "Northgate Logistics"


def test_a_quote_paragraph_after_a_judgement_verb_is_its_subject_s(nlp: Language) -> None:
    text = (
        "The mayor named a new head of the harbour board on Monday.\n\n"
        "Councillor Dana Whitfield praised the choice.\n\n"
        '"She has run ports on three continents and never lost a ship."\n'
    )
    assert speaker_of(nlp, text, "run ports on three continents") == "Dana Whitfield"


def test_a_person_the_tagger_took_for_a_firm_keeps_his_surname_and_his_he(nlp: Language) -> None:
    # the tagger reads "Yanis Varoufakis" as an organisation; the identity resolution knows him as a person
    text = (
        "A professor of economics at the University of Athens, Yanis Varoufakis, stayed at home on Monday.\n\n"
        "George Papandreou, the prime minister, said the budget would pass.\n\n"
        "Professor Varoufakis blames the banks for the crisis.\n\n"
        '"It was a quiet day in the city," he said.\n'
    )
    assert speaker_of(nlp, text, "the banks for the crisis") == "Yanis Varoufakis"
    assert speaker_of(nlp, text, "quiet day in the city") == "Yanis Varoufakis"


def test_a_role_word_the_tagger_took_for_a_person_is_no_antecedent_of_she(nlp: Language) -> None:
    # "Filmmaker" alone is a common noun the tagger may read as a person; "she" is the woman named after it
    text = (
        "A screen test at the studio went badly, and she refused the offer.\n\n"
        "Filmmaker and aviator Howard Hughes also pursued Page but she rebuffed him as well.\n\n"
        '"I never returned any of his calls," she once said.\n'
    )
    assert speaker_of(nlp, text, "never returned any of his calls") == "Page"


def test_a_ship_is_no_antecedent_of_he(nlp: Language) -> None:
    text = (
        "The pirates fled before noon on Saturday.\n\n"
        "Indian warship INS Mysore then escorted the tanker to the port of Aden.\n\n"
        "He said the crew of the tanker was safe.\n"
    )
    assert speaker_of(nlp, text, "the crew of the tanker was safe") is None


def test_a_bare_surname_of_a_family_is_the_one_named_first(nlp: Language) -> None:
    text = (
        "Doug Lane will return to the college for his senior season.\n\n"
        "Lane told his father, college coach Greg Lane, on Wednesday.\n\n"
        "As Greg Lane said on Thursday, the team will need him.\n\n"
        '"I wanted to see how I felt," Lane said.\n'
    )
    assert speaker_of(nlp, text, "see how I felt") == "Doug Lane"


def test_a_given_name_alone_stays_with_its_own_bearer_in_a_family(nlp: Language) -> None:
    text = (
        "Anthony Rossi was arrested on Monday near his office.\n\n"
        "Rossi is married, but his wife, Michele Rossi, lives in another town.\n\n"
        "Michele said they had been separated for about three weeks.\n"
    )
    assert speaker_of(nlp, text, "separated for about three weeks") == "Michele Rossi"


def test_a_described_source_is_the_person_the_next_sentence_says_it_was(nlp: Language) -> None:
    text = (
        "A Brooklyn woman who watched from her window says the youth did not have a gun in his hand.\n\n"
        "Tishana Moore is the only civilian eyewitness to come forward.\n"
    )
    assert speaker_of(nlp, text, "did not have a gun") == "Tishana Moore"


def test_a_described_source_followed_by_another_speaker_stays_unnamed(nlp: Language) -> None:
    text = (
        "A police spokesman said no one else was involved.\n\n"
        'Detective Inspector Paul Hardy said: "Events such as these are rare."\n'
    )
    assert speaker_of(nlp, text, "no one else was involved") != "Paul Hardy"


def test_a_quote_paragraph_opened_by_two_apostrophes_goes_on_with_the_speaker_before(nlp: Language) -> None:
    text = (
        "Peter Cardillo, chief economist at Avalon Partners, commented on the market.\n\n"
        '"What we have seen here was one big margin call.\n\n'
        'But you need a catalyst," he said.\n\n'
        "''I am more convinced now than ever that this market has made a bottom.\n\n"
        'The capitulation came when we breached 8,000," he continued.\n'
    )
    assert speaker_of(nlp, text, "more convinced now than ever") == "Peter Cardillo"


def test_a_legal_form_tagged_apart_is_part_of_the_firm_s_name(nlp: Language) -> None:
    text = "American automobile manufacturer Chrysler LLC has said that it wants to close 789 of its dealers.\n"
    assert speaker_of(nlp, text, "close 789") == "Chrysler LLC"


def test_a_firm_called_by_its_trade_and_country_is_the_firm_named_before(nlp: Language) -> None:
    text = (
        "Norvik Software shipped a patch for its mail program on Tuesday.\n\n"
        "The Swedish software giant said the flaw had not been used in any attack.\n"
    )
    assert speaker_of(nlp, text, "flaw had not been used") == "Norvik Software"


def test_the_team_is_the_club_named_before(nlp: Language) -> None:
    text = (
        "The Harlow Hawks signed the winger on a two-year deal.\n\n"
        "He scored nine tries last season.\n\n"
        "The team said the winger would join training next week.\n"
    )
    assert speaker_of(nlp, text, "join training") == "Harlow Hawks"


def test_the_coroner_is_the_person_the_article_gives_that_office(nlp: Language) -> None:
    text = (
        "The body was found on Tuesday by a cleaner, Coroner Dana Whitlow said.\n\n"
        "The coroner said the man had died on Saturday.\n"
    )
    assert "Dana Whitlow" in (speaker_of(nlp, text, "died on Saturday") or "")


def test_a_police_rank_abbreviated_before_a_surname_keeps_the_cue_sentence_whole(nlp: Language) -> None:
    text = (
        "Police spokesman Constable Mara Quinlan said the road would reopen by noon.\n\n"
        "Work on the bridge is rare, engineers say.\n\n"
        '"Nobody plans for a crane to fall," Const. Quinlan said.\n'
    )
    assert speaker_of(nlp, text, "crane to fall") == "Constable Mara Quinlan"


def test_he_far_from_any_name_is_the_person_heard_last_not_the_last_full_name(nlp: Language) -> None:
    text = (
        "Tom Brennan bought the old mill in 2004.\n\n"
        "Karl Voss had run it until 1990.\n\n"
        'The mill was cold and dark inside, Brennan said.\n\n'
        '"But there was all this oak.\n\n'
        "Long beams.\n\n"
        "Not a crack in them.\n\n"
        'Wide floors."\n\n'
        "The mill still held old sacks, he said, and a set of scales.\n"
    )
    assert speaker_of(nlp, text, "old sacks") == "Tom Brennan"


def test_a_title_the_tagger_ran_into_a_name_leaves_the_name_from_its_given_name() -> None:
    vocab = spacy.blank("en").vocab
    words = ["Harbor", "spokesman", "Tim", "Mead", "said"]
    doc = Doc(vocab, words=words, pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"])
    assert (_trailing_name(doc[0:4]) or doc[0:0]).text == "Tim Mead"
    alone = Doc(vocab, words=["Tim", "Mead", "said"], pos=["PROPN", "PROPN", "VERB"])
    assert _trailing_name(alone[0:2]) is None  # the whole phrase is the name: nothing to cut
    office = Doc(vocab, words=["Harbor", "Authority", "Chief", "said"], pos=["PROPN", "PROPN", "PROPN", "VERB"])
    assert _trailing_name(office[0:3]) is None  # no given name opens a name
    joined = Doc(vocab, words=["Jean", "-", "Claude", "Trichet"], spaces=[False, False, True, False],
                 pos=["PROPN", "PUNCT", "PROPN", "PROPN"])  # fmt: skip
    assert _trailing_name(joined[0:4]) is None  # "Claude" after the hyphen is part of the given name


def test_a_name_the_tagger_missed_after_a_title_is_the_speaker_and_his_surname_later(nlp: Language) -> None:
    text = (
        "In fact, Hawks GM Tony Ruddock later confirmed the report to the Daily Star, adding that he is no longer "
        "pursuing Brant.\n\n"
        "Ruddock said the club would look elsewhere.\n"
    )
    assert speaker_of(nlp, text, "no longer pursuing") == "Tony Ruddock"
    assert speaker_of(nlp, text, "look elsewhere") == "Tony Ruddock"


def test_a_given_name_and_surname_the_tagger_takes_for_a_firm_is_the_person_she_reaches(nlp: Language) -> None:
    # "Bettie Page" is tagged as a firm, "Page" alone as a person: one woman, whom "she" reaches by her full name
    text = (
        "Pinup model Bettie Page died in a Los Angeles hospital on Thursday.\n\n"
        "Page was born to a poor family in Tennessee in 1923, the second of six children.\n\n"
        "At a time when few women went to college, Page earned a degree in education, according to her biography.\n\n"
        "Her teaching career was hampered by her looks, she said.\n"
    )
    assert speaker_of(nlp, text, "teaching career") == "Bettie Page"


def test_he_is_the_subject_of_the_main_clause_not_of_a_clause_inside_it(nlp: Language) -> None:
    # Hobbs's walk from the top of the sentence: Grady, who answers, not Lopez of the "if" clause before him
    text = (
        "Deputy Mark Lopez was shot on Friday outside a house in Bell Gardens.\n\n"
        "Sheriff Tom Grady said Lopez had arrived early and went out alone.\n\n"
        "Asked if Lopez might have lived had his partner been with him, Grady said there was no way to know.\n\n"
        '"Two people might have been killed," he said.\n'
    )
    assert speaker_of(nlp, text, "Two people") == "Tom Grady"


def test_a_paragraph_of_only_a_name_and_said_is_the_cue_of_the_quote_before(nlp: Language) -> None:
    text = (
        "Singer Carla Mendes died on Sunday at the age of 80.\n\n"
        '"She changed the way a whole country listened to music, and she never stopped working."\n\n'
        "Hector Ruiz said.\n\n"
        "Mendes recorded forty albums.\n"
    )
    assert speaker_of(nlp, text, "whole country") in ("Hector Ruiz", "Ruiz")


def test_a_paragraph_that_says_more_than_its_cue_is_not_the_quote_before_s_attribution(nlp: Language) -> None:
    text = (
        "Singer Carla Mendes died on Sunday at the age of 80.\n\n"
        '"She changed the way a whole country listened to music, and she never stopped working."\n\n'
        "Hector Ruiz said the funeral would be private.\n"
    )
    assert speaker_of(nlp, text, "whole country") is None


def test_her_agent_is_the_one_person_the_article_calls_agent_even_after_it(nlp: Language) -> None:
    text = (
        "Jazz singer Carla Mendes has died at the age of 80, according to her agent.\n\n"
        '"She changed the way a whole country listened to music," agent Hector Ruiz said in a statement.\n'
    )
    assert speaker_of(nlp, text, "Jazz singer") == "Hector Ruiz"


def test_her_lawyer_is_never_the_person_quoted_next_without_that_title(nlp: Language) -> None:
    text = (
        "Jazz singer Carla Mendes has died at the age of 80, her lawyer said.\n\n"
        '"She changed the way a whole country listened to music," said Hector Ruiz.\n'
    )
    assert speaker_of(nlp, text, "Jazz singer") == "her lawyer"


def test_a_paragraph_of_a_name_and_agreed_opens_the_next_quote_not_the_one_before(nlp: Language) -> None:
    text = (
        '"He has a huge body and he uses it well," said Tom Berg, who had 13 points.\n\n'
        '"He really stepped up in the second half."\n\n'
        "Coach Mark Phelps agreed.\n\n"
        '"Look at his numbers," Phelps said.\n'
    )
    assert speaker_of(nlp, text, "stepped up") == "Tom Berg"


def test_the_judge_is_the_one_judge_titled_just_before_when_the_article_has_two(nlp: Language) -> None:
    text = (
        "A judge on Monday sentenced the man who killed three people in a courthouse shooting to life in prison.\n\n"
        "He will die in prison after Superior Court Judge Ann Carver handed down the maximum sentence.\n\n"
        '"If there was any more I could give you, I would," the judge said.\n\n'
        "The gunman had shot Circuit Judge Paul Dunn and a bailiff in the courtroom in 2005.\n"
    )
    assert speaker_of(nlp, text, "any more I could") == "Ann Carver"


def test_a_person_reported_as_saying_is_the_speaker_in_the_passive_and_the_active(nlp: Language) -> None:
    text = (
        "The actress died on Thursday in a Los Angeles hospital.\n\n"
        "Publisher Hal Brenner was reported as saying about her:\n\n"
        '"She was a remarkable lady, an iconic figure who changed the way people dressed."\n'
    )
    assert speaker_of(nlp, text, "remarkable lady") == "Hal Brenner"
    active = "The Daily Post reported Hal Brenner as saying that the magazine would close in May.\n"
    assert speaker_of(nlp, active, "would close") == "Hal Brenner"


def test_he_after_a_bare_surname_of_a_family_is_the_one_named_first(nlp: Language) -> None:
    text = (
        "Doug Lane will return to the college for his senior season.\n\n"
        "Lane told his father, college coach Greg Lane, on Wednesday.\n\n"
        "As Greg Lane said on Thursday, the team will need him.\n\n"
        "In discussing his decision on Wednesday night, Lane said he never meant to take so long.\n\n"
        '"I apologize for the wait," he said.\n'
    )
    assert speaker_of(nlp, text, "apologize for the wait") == "Doug Lane"


def test_he_after_an_unnamed_official_is_that_official_not_the_named_speaker_before(nlp: Language) -> None:
    text = (
        '"We are all worried," European Council President Hans Berger said in Brussels.\n\n'
        "A senior fire official said protesters blocked the trucks.\n\n"
        '"Several minutes were lost," the official said.\n\n'
        "He asked not to be named because he was not allowed to speak.\n"
    )
    assert speaker_of(nlp, text, "not to be named") == "the official"


def test_a_reply_is_not_the_unnamed_person_it_answers(nlp: Language) -> None:
    text = (
        "The first witness was the girl's mother, Rosa Lane, who fought back tears.\n\n"
        "Lane said she had to push through the crowd to reach the police.\n\n"
        "\"I said, 'I am her mother,'\" she said.\n\n"
        'An officer looked at her and said: "I am very sorry. She is dead."\n\n'
        'To which she replied, "I already know she is dead."\n'
    )
    assert speaker_of(nlp, text, "already know") == "Rosa Lane"


def test_a_surname_bound_to_a_person_is_a_person_when_the_tagger_calls_it_a_firm(nlp: Language) -> None:
    text = (
        "IMF chief Dominique Strauss-Kahn warned that the crisis could spread.\n\n"
        '"Everyone must remain vigilant," Strauss-Kahn said.\n'
    )
    assert speaker_of(nlp, text, "remain vigilant") == "Dominique Strauss-Kahn"


def test_clerical_descriptions_are_the_one_person_the_article_gives_that_title(nlp: Language) -> None:
    text = (
        "The rector of the city's cathedral is urging her to defend the poor.\n\n"
        "The paper spoke with Msgr. Michael Farmer, rector at the Cathedral of the Immaculate Conception.\n\n"
        "The monsignor also confirmed that the archbishop recommended her for the award.\n"
    )
    assert speaker_of(nlp, text, "defend the poor") == "Michael Farmer"
    assert speaker_of(nlp, text, "recommended her") == "Michael Farmer"
    church = (
        "A fire damaged the Wasilla Bible Church on Friday night.\n\n"
        "The Rev. Larry Kroon said no one was hurt.\n\n"
        "The pastor said services would be held on Sunday in a nearby school.\n"
    )
    assert speaker_of(nlp, church, "services would be held") == "Larry Kroon"


def test_a_manner_of_speaking_in_the_sentence_is_not_the_cue_a_verb_of_saying_gives(nlp: Language) -> None:
    text = (
        "The shooting began mid-morning at the offices of the firm.\n\n"
        '"We heard three shots," smelled smoke and heard co-workers yelling, said Jean Larson, an accountant.\n'
    )
    found: tuple[Quote, ...] = nlp(text)._.quotes
    assert {q.speaker.name for q in found if q.speaker and "three shots" in q.text} == {"Jean Larson"}


def test_a_quote_left_open_takes_the_cue_where_it_closes(nlp: Language) -> None:
    text = (
        "The nun spoke to the paper on Monday.\n\n"
        '"And you have got her own bishop who asked for the medal.\n\n'
        '"You do not get that for being a token member," Sister Ann Kelly told the paper.\n'
    )
    found: tuple[Quote, ...] = nlp(text)._.quotes
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.name == "Ann Kelly"
    assert "own bishop" in found[0].text and "token member" in found[0].text


def test_a_quote_thundered_or_chanted_has_itsspeaker_of(nlp: Language) -> None:
    text = (
        '"A protest is one thing and murder is quite another!" Prime Minister Yannis Doukas thundered in parliament.\n'
    )
    assert speaker_of(nlp, text, "murder is quite another") == "Yannis Doukas"


def test_a_cue_paragraph_with_an_apposition_and_when_it_was_said(nlp: Language) -> None:
    # the quote's cue is the paragraph after it, which says only who and when; the quote paragraph after that cue
    # goes on with the same speaker, and "before the minister arrived" is no content
    text = (
        "Farmers blocked the ring road with tractors on Friday.\n\n"
        '"The ministry should come out here.\n\n'
        'Today! "\n\n'
        "Odile Marchand, a union organiser, said before the minister arrived.\n\n"
        '"Nobody has listened to us for years.\n\n'
        'Nobody. "\n'
    )
    found: tuple[Quote, ...] = nlp(text)._.quotes
    assert not [q for q in found if "minister arrived" in q.text]
    assert speaker_of(nlp, text, "come out here") == "Odile Marchand"
    assert speaker_of(nlp, text, "listened to us") == "Odile Marchand"


def test_she_continued_after_a_closing_mark_is_the_cue(nlp: Language) -> None:
    text = (
        '"The water came in under the door," said Ines Varga, who lives by the canal.\n\n'
        '"We carried the children upstairs.\n\n'
        'Then the lights went out," she continued.\n'
    )
    found: tuple[Quote, ...] = nlp(text)._.quotes
    [quote] = [q for q in found if "children upstairs" in q.text]
    assert quote.speaker is not None and quote.speaker.name == "Ines Varga"
    assert quote.cue is not None and quote.cue.text == "continued"


def test_continued_with_a_complement_is_no_cue(nlp: Language) -> None:
    text = '"Prices will fall," the report said. Sales continued to rise in the spring.\n'
    found: tuple[Quote, ...] = nlp(text)._.quotes
    assert [q.text for q in found] == ["Prices will fall"]


def test_a_quote_after_paragraphs_that_tell_of_the_person_quoted_last_is_theirs(nlp: Language) -> None:
    text = (
        '"She was the kindest teacher we ever had," said Marguerite Oduya, a former pupil.\n\n'
        "Oduya and her sister took piano lessons with her for ten years.\n\n"
        "She later taught music herself in Lagos.\n\n"
        '"We still play the pieces she gave us."\n'
    )
    assert speaker_of(nlp, text, "still play the pieces") == "Marguerite Oduya"


def test_a_quote_after_a_paragraph_about_someone_else_is_not_the_speaker_quoted_last(nlp: Language) -> None:
    text = (
        '"She was the kindest teacher we ever had," said Marguerite Oduya, a former pupil.\n\n'
        "The headmaster, Daniel Kross, closed the school in 1998.\n\n"
        '"We still play the pieces she gave us."\n'
    )
    assert speaker_of(nlp, text, "still play the pieces") is None


def test_a_reply_is_spoken_by_the_one_asked_not_the_one_who_asked(nlp: Language) -> None:
    text = (
        "The hearing resumed on Monday with the second witness, Daniel Foster, 30.\n\n"
        'Defense attorney Thomas Green asked Foster, "Did you see the car that night?"\n\n'
        '"No," he answered.\n'
    )
    assert speaker_of(nlp, text, "No") == "Daniel Foster"


def test_a_reply_after_a_question_put_to_no_one_named_keeps_its_antecedent(nlp: Language) -> None:
    text = (
        "Mayor Linda Park visited the flooded district on Monday.\n\n"
        'Asked when the roads would reopen, she replied, "Within a week."\n'
    )
    assert speaker_of(nlp, text, "Within a week") == "Linda Park"


def test_a_cue_before_the_colon_speaks_the_quote_not_the_outlet_reporting_after_it(nlp: Language) -> None:
    text = (
        "Police Chief Anna Berg said: 'We are glad the suspect has made a full statement,' "
        "the Evening Star reported.\n"
    )
    assert speaker_of(nlp, text, "full statement") == "Anna Berg"


def test_a_quoted_clause_after_told_that_is_the_teller_s_not_the_source_s_who_reports_it(nlp: Language) -> None:
    text = "Marco Diaz told officers that 'he never meant to hurt anyone,' the source said.\n"
    found = nlp(text)._.quotes
    direct = [q for q in found if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Marco Diaz"]


def test_a_quote_with_its_cue_after_the_closing_mark_keeps_that_cue(nlp: Language) -> None:
    text = (
        'In a short statement, "the plant will reopen on Monday," the company said.\n\n'
        "The Acme Corporation builds trucks.\n"
    )
    found = nlp(text)._.quotes
    assert [q.cue.text for q in found if "reopen" in q.text and q.cue] == ["said"]
