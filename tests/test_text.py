import pytest

from assistant.text import clean_question, contains_quote, content_terms, join_lines, normalise_for_match, sentences


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["op verschil-", "lende niveaus"], "op verschillende niveaus"),
        (["het ACVZ-rapport is", "verschenen"], "het ACVZ-rapport is verschenen"),
        (["eveneens kennis-, arbeids-", "en studiemigratie"], "eveneens kennis-, arbeids- en studiemigratie"),
        (["in het EU-", "Kader"], "in het EU-Kader"),
        (["volgens «meer-voor-meer»", "projecten"], "volgens «meer-voor-meer» projecten"),
        (["  leading and trailing  ", "", " spaces "], "leading and trailing spaces"),
        (["re-integreren van", "terugkeerders"], "re-integreren van terugkeerders"),
    ],
)
def test_join_lines_repairs_only_line_end_hyphenation(lines, expected):
    assert join_lines(lines) == expected


def test_normalise_for_match_follows_the_contract():
    assert normalise_for_match("Verschil-\nlende   NIVEAUS\n") == "verschillende niveaus"
    assert normalise_for_match("ACVZ-rapport") == "acvz-rapport"


def test_contains_quote_ignores_case_whitespace_and_line_breaks():
    para = "Het kabinet onderschrijft deze aanbeveling. Er is de afgelopen decennia"
    assert contains_quote(para, "het kabinet  onderschrijft\ndeze")
    assert not contains_quote(para, "het kabinet verwerpt")
    assert not contains_quote(para, "   ")


def test_sentences_respect_abbreviations_initials_and_lists():
    text = (
        "Op 25 juni jl. heeft de ACVZ haar advies aangeboden. Zie Kamerstuk 30 573, nr. 125 en "
        "K.H.D.M. Dijkhoff tekende. Volgende zin.\n1. Eerste punt;\n2. Tweede punt."
    )
    assert sentences(text) == [
        "Op 25 juni jl. heeft de ACVZ haar advies aangeboden.",
        "Zie Kamerstuk 30 573, nr. 125 en K.H.D.M. Dijkhoff tekende.",
        "Volgende zin.",
        "1. Eerste punt;",
        "2. Tweede punt.",
    ]


def test_sentences_are_verbatim_slices():
    text = "Eén. «Twee» zegt hij. (Drie.) Vier?  Vijf!"
    for s in sentences(text):
        assert s in text


def test_content_terms_are_dutch_stems_without_stopwords():
    terms = content_terms("Wat vindt het kabinet van de beleidsprioriteiten?")
    assert "het" not in terms and "de" not in terms
    assert "kabinet" in terms
    assert content_terms("beleidsprioriteiten") == content_terms("beleidsprioriteit")


def test_clean_question_collapses_whitespace_and_drops_controls():
    assert clean_question("  Wat\tvindt\n het kabinet?\u200b ") == "Wat vindt het kabinet?"


def test_looks_english():
    from assistant.text import looks_english

    assert looks_english("How much money is available each year for migration?")
    assert looks_english("Who signed the letter?")
    assert not looks_english("Wat vindt het kabinet van de ACVZ?")
    # «in», «is», «was» are Dutch too: they count towards the share, but do not make a Dutch question English
    assert not looks_english("In welke landen is geïnvesteerd in relatiebeheer en capaciteitsprojecten?")
    assert looks_english("How are diaspora organisations involved in policy?")
    assert looks_english("How much extra money was added for sustainable return?")
    assert not looks_english("Is het kabinet het eens met de EU?")
    # one function word, but English content words no Dutch question uses
    assert looks_english("Which organisations carry out return projects?")
    # … counted in lower case only: «Business Support Organisations» is a name in a Dutch question
    assert not looks_english("In welke landen zijn Business Support Organisations versterkt?")
    # English words the glossary knows and Dutch does not share count too (dev17: one function word, «a»)
    assert looks_english("Is managing migration flows a shared responsibility?")
    assert not looks_english("Hoeveel visa zijn er ingetrokken?")  # «visa» is Dutch as well
    assert not looks_english("Welk budget heeft de pilot voor data?")  # glossed as themselves: shared words
    # one English word typed alone, and a capitalised first word, count too (dev20)
    assert looks_english("remittances")
    # English content words the glossary lacks are most of many English questions (dev21)
    assert looks_english("Which Dutch service accompanies departing rejected asylum seekers?")
    assert looks_english("Somalia's borders")
    assert not looks_english("documentfraude")
    assert not looks_english("Somalië")


def test_question_terms_join_a_separable_verb():
    from assistant.text import question_terms

    assert "afhangt" in question_terms("Waar hangt het succes van af?")
    known = {"opvangt"}.__contains__  # the corpus's words decide which joined word counts
    terms = question_terms("Hoeveel vluchtelingen vangt Kenia op?", known=known)
    assert "opvangt" in terms and "opvluchtel" not in terms
    assert question_terms("Wat is de strategische landenbenadering?") == ["strategisch", "landenbenader"]


def test_compounds_a_coordination_leaves_out():
    from assistant.text import elided_compounds, text_terms

    assert {"kennismigratie", "arbeidsmigratie"} <= set(
        elided_compounds("eveneens kennis-, arbeids- en studiemigratie")
    )
    assert {"herkomstlanden", "transitlanden"} <= set(elided_compounds("herkomst-, transit- en bestemmingslanden"))
    assert "mensenhandel" in elided_compounds("de aanpak van mensensmokkel en -handel, grensbewaking")
    assert elided_compounds("een land dat niet meewerkt") == []
    (arbeidsmigratie,) = content_terms("arbeidsmigratie")
    assert arbeidsmigratie in text_terms("kennis-, arbeids- en studiemigratie")
    # a question's terms are its own words: most splits are no words, and would weigh as rare terms
    assert arbeidsmigratie not in content_terms("kennis-, arbeids- en studiemigratie")


@pytest.mark.parametrize(
    "question, topic",
    [
        ("Waar staat in de brief iets over documentfraude?", "documentfraude"),
        ("Waar in de brief gaat het over de Zijderoute?", "de Zijderoute"),
        ("wat zegt de brief over somalie", "somalie"),
        ("Staat er iets over Libië in de brief?", "Libië"),
        ("Waar wordt gesproken over banenmarkten?", "banenmarkten"),
        # no look-up in the document: unchanged
        ("Wat zegt het kabinet over Ghana?", "Wat zegt het kabinet over Ghana?"),
        ("Waar staat de ACVZ voor?", "Waar staat de ACVZ voor?"),
        ("Waar staat dat?", "Waar staat dat?"),
        # «volgens de brief» names no voice and no topic: the stukken are the letter (dev22 zf015, dev24 zh002)
        (
            "Hoe wordt druk op herkomstlanden volgens de brief concreet uitgeoefend?",
            "Hoe wordt druk op herkomstlanden concreet uitgeoefend?",
        ),
        ("Wat vindt het kabinet, volgens de brief, van Ghana?", "Wat vindt het kabinet van Ghana?"),
        ("What is shared, according to the letter, by countries?", "What is shared by countries?"),
        # another letter, or the letter as what is asked about, stays
        ("Wat zegt de ACVZ volgens de brief van 8 september?", "Wat zegt de ACVZ volgens de brief van 8 september?"),
        ("Welke onderwerpen staan in de brief?", "Welke onderwerpen staan in de brief?"),
    ],
)
def test_a_look_up_in_the_document_looks_for_what_follows_over(question, topic):
    from assistant.text import without_lookup_frame

    assert without_lookup_frame(question) == topic


@pytest.mark.parametrize(
    "question, topic",
    [
        ("What does the letter say about remittances?", "remittances"),
        ("What does the letter say about Somalia's borders?", "Somalia's borders"),
        ("Where does the letter mention the diaspora?", "diaspora"),
        ("Is there anything in the letter about Somalia?", "Somalia"),
        ("What does the cabinet say about remittances?", None),  # a voice's view, not a look-up
    ],
)
def test_an_english_look_up_in_the_document_looks_for_its_topic(question, topic):
    from assistant.text import lookup_topic

    assert lookup_topic(question) == topic


def test_lookup_topic_is_none_for_other_questions():
    from assistant.text import lookup_topic

    assert lookup_topic("Waar staat iets over de diaspora?") == "de diaspora"
    assert lookup_topic("Wat doet Nederland in Somalië?") is None


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Hoe groot was het M&O-budget?", "Hoe groot was het budget voor migratie en ontwikkeling?"),
        ("budget m&o voorheen", "budget migratie en ontwikkeling voorheen"),
        ("Kunt u aangeven wat het M&O-beleid is?", "Wat het beleid voor migratie en ontwikkeling is?"),
        ("Waar staat iets over M&O?", "migratie en ontwikkeling"),
        ("Wat doet de DT&V?", "Wat doet de DT&V?"),  # another abbreviation with «&»: not this one
    ],
)
def test_the_abbreviation_m_en_o_is_asked_as_the_stukken_write_it(question, asked):
    from assistant.text import what_is_asked

    assert what_is_asked(question) == asked


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Wat houdt meer-voor-meer in?", "Wat is meer-voor-meer?"),
        ("Wat houden de drie thema's precies in?", "Wat zijn de drie thema's?"),
        (
            "Wat betekent maatwerk in de strategische landenbenadering?",
            "Wat is maatwerk in de strategische landenbenadering?",
        ),
        ("Wat wordt er bedoeld met conditionaliteit?", "Wat is conditionaliteit?"),
        ("Kunt u aangeven wat minder-voor-minder inhoudt?", "Wat is minder-voor-minder?"),
        # what something means to someone is no definition
        (
            "Wat betekenen de overmakingen van migranten voor arme landen?",
            "Wat betekenen de overmakingen van migranten voor arme landen?",
        ),
    ],
)
def test_a_request_for_a_definition_is_asked_as_wat_is(question, asked):
    from assistant.text import what_is_asked

    assert what_is_asked(question) == asked


def test_a_polite_request_is_its_imperative():
    from assistant.text import what_is_asked, without_politeness

    # row 298 (dev48 yf039): «Somt u … op» asks the assistant to list; its «u» is no cabinet whose view is asked
    assert without_politeness("Somt u de zes landen op?") == "Som de zes landen op?"
    assert without_politeness("Noemt u de landen met BSO's?") == "Noem de landen met BSO's?"
    assert what_is_asked("Geeft u de drie thema's?") == "Geef de drie thema's?"
    assert without_politeness("Kunt u aangeven hoeveel geld er is?") == "Hoeveel geld er is?"
    assert without_politeness("Deelt u de conclusie?") == "Deelt u de conclusie?"


def test_a_need_stated_is_a_question_for_what_is_needed():
    from assistant.text import what_is_asked, without_politeness

    # row 299 (dev49 yh003): a statement asked no type, and a sentence on the answers «hieronder» was quoted
    assert (
        what_is_asked("Voor de kamervraag-beantwoording heb ik de datum van de opdrachtbrief aan de ACVZ nodig.")
        == "Wat is de datum van de opdrachtbrief aan de ACVZ?"
    )
    assert without_politeness("Ik heb het bedrag voor terugkeer nodig") == "Wat is het bedrag voor terugkeer?"
    assert without_politeness("Wij zoeken het nummer van het actieplan.") == "Wat is het nummer van het actieplan?"
    # a question stays one; so does a search for information, which is no thing named
    assert without_politeness("Heb ik dat nodig?") == "Heb ik dat nodig?"
    assert without_politeness("Hebben we de datum nodig?") == "Hebben we de datum nodig?"
    assert without_politeness("Ik zoek naar informatie over Ghana.") == "Ik zoek naar informatie over Ghana."
    # what it is about stays: no rewording that would drop «Bij de ODA-middelen»
    about = "Bij de ODA-middelen heb ik het nummer nodig."
    assert without_politeness(about) == about


def test_a_stopword_stressed_in_writing_is_a_stopword():
    # row 303 (dev51 yj021): «vóór er geld bijkwam» kept «vóór» as a topic word no paragraph says
    assert content_terms("vóór er geld bijkwam") == content_terms("voor er geld bijkwam")
    assert content_terms("Is er maar één land?") == content_terms("Is er maar een land?")
    # accents that are spelling stay: «Comité», «geïnvesteerd»
    assert content_terms("het Comité van Ministers") == ["comit", "minister"]
    assert content_terms("geïnvesteerd") == ["geinvesteerd"]
