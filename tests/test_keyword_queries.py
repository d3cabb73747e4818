"""Keyword queries, as staff type them into a search box (dev16): no question word says what is wanted, lower case
hides names. Against the real index of the letter."""

import pytest


def _quoted(answer) -> str:
    return " ".join(c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "query, notice",
    [
        ("stemming motie van klaveren", "«stemming», «motie» komen in de stukken die ik doorzoek niet voor."),
        ("overnameovereenkomst marokko", "«overnameovereenkomst» komt in de stukken die ik doorzoek niet voor."),
        ("frontex budget 2016", "«frontex», «2016» komen in de stukken die ik doorzoek niet voor."),
    ],
)
def test_keywords_the_stukken_never_use_are_named_not_answered(assistant, query, notice):
    # answered before from the paragraph naming Van Klaveren, the one naming Marokko
    answer = assistant.ask(query)
    assert answer.abstained and answer.notices == [notice]
    assert answer.related  # the nearest paragraphs are still offered


@pytest.mark.parametrize(
    "query, quote",
    [
        # one word of three the stukken do not use is the searcher's own word for what they say
        ("remittances goedkoper maken", "geldovermakingen"),  # an English word the glossary knows is in Dutch
        ("banen voor terugkeerders", "banenmarkten"),  # «banen» starts a word of the stukken
        ("speciaal budget m&o sinds", "sinds 2004"),  # «sinds» last: since when
        # words about the document itself are no search terms the text must hold (row 270, dev37 zu051)
        ("voetnoot 1 kamerstuknummer", "Kamerstuk 19 637, nr. 1994"),
        ("kamerstuk voetnoot 1", "Kamerstuk 19 637, nr. 1994"),
    ],
)
def test_keywords_mostly_in_the_stukken_are_answered(assistant, query, quote):
    answer = assistant.ask(query)
    assert not answer.abstained and quote in _quoted(answer)


@pytest.mark.parametrize("query", ["aantal gedwongen terugkeerders 2015", "kosten opvang asielzoekers per jaar"])
def test_a_type_noun_asks_its_type(assistant, query):
    # no count of returnees, no cost of reception in the stukken: nearest paragraphs were quoted before
    assert assistant.ask(query).abstained


@pytest.mark.parametrize(
    "query, quote",
    [
        ("datum aanbieding acvz advies", "Op 25 juni jl."),  # the consultation sentence was quoted before
        ("budget m&o voorheen", "negen miljoen euro"),
        # the best sentence speaks of the costs: they are the topic, not an amount asked
        ("kosten geldovermakingen", "verlaging van de kosten van geldovermakingen"),
    ],
)
def test_a_type_noun_picks_the_sentence_of_its_type_or_is_the_topic(assistant, query, quote):
    answer = assistant.ask(query)
    assert not answer.abstained and quote in _quoted(answer)


def test_disagreement_in_everyday_words_finds_where_the_cabinet_differs(assistant):
    # «oneens» is no word of the letter: the first citation was the announcement of the reactions (row 108)
    answer = assistant.ask("kabinet oneens met acvz")
    assert answer.citations[0].quote.startswith("Anders dan de ACVZ concludeert, is het kabinet van oordeel")


def test_a_look_up_in_the_document_answers_from_the_topic_not_the_word_brief(assistant):
    # dev17: «brief» found the letter's opening paragraph and the question was refused
    answer = assistant.ask("Waar staat in de brief iets over documentfraude?")
    assert not answer.abstained and "documentfraude" in answer.citations[0].quote
    assert answer.query == "documentfraude"


@pytest.mark.parametrize(
    "question, notice",
    [
        (
            "Waar staat iets over klimaatverandering?",
            "«klimaatverandering» komt in de stukken die ik doorzoek niet voor.",
        ),
        ("wat zegt de brief over libie", "«libie» komt in de stukken die ik doorzoek niet voor."),
        # a year no indexed text mentions (the budget sentence was quoted)
        (
            "Klopt het dat het budget voor duurzame terugkeer in 2016 wordt verdubbeld?",
            "«2016» komt in de stukken die ik doorzoek niet voor.",
        ),
    ],
)
def test_what_the_stukken_never_mention_is_named(assistant, question, notice):
    answer = assistant.ask(question)
    assert answer.abstained and answer.notices == [notice]


def test_a_look_up_quotes_each_place_that_names_it(assistant):
    # «wat zegt de brief over somalie» quoted only the sentence on Business Support Organisations (dev17 za006); the
    # support to the Somali government and the project with its authorities name it too («Somalische»)
    answer = assistant.ask("wat zegt de brief over somalie")
    ids = [c.paragraph_id.split(":")[1] for c in answer.citations]
    assert {"032", "043"} <= set(ids) and len(ids) <= 3
    assert ids == sorted(ids)  # in the letter's order
    assert all("somali" in c.quote.lower() for c in answer.citations)


def test_a_question_that_is_no_look_up_keeps_its_best_sentence(assistant):
    answer = assistant.ask("Wat doet Nederland in Somalië?")
    assert len({c.paragraph_id for c in answer.citations}) < 3


@pytest.mark.parametrize(
    "query, places",
    [
        ("Somalië", {"032", "037", "043"}),  # a name typed alone is a look-up too
        ("minder-voor-minder", {"011", "015", "028"}),  # the ACVZ's view, the cabinet's, the EU's
        (
            "budget",
            {"030", "040"},
        ),  # typed: only the places that give an amount («hoe het budget … ingezet» gives none)
    ],
)
def test_one_word_typed_alone_is_looked_up_in_every_place(assistant, query, places):
    answer = assistant.ask(query)
    assert {c.paragraph_id.split(":")[1] for c in answer.citations} == places


def test_every_example_question_of_the_ui_is_answered_with_citations(assistant):
    from assistant.app import EXAMPLES

    for question in EXAMPLES:
        answer = assistant.ask(question)
        assert not answer.abstained and answer.citations, question
