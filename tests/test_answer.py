"""Extractive answers over the real index: citations verbatim, retrieved, well-formed."""

import pytest

from assistant.answer import ABSTAIN_TEXT
from assistant.choose import _focus
from assistant.cite import citation_problems, markers
from assistant.evaluate import load_gold

from .test_gold import GOLD


def check_sound(assistant, question):
    timed = assistant.ask_timed(question)
    answer = timed.answer
    assert citation_problems(answer.text, answer.citations, [r.paragraph_id for r in timed.retrieved]) == []
    for c in answer.citations:
        para = assistant.handle.paragraphs[c.paragraph_id]
        assert c.quote in para.text and c.text == para.text and c.page == para.page
        assert c.reference.startswith(f"Kamerstuk 29 344, nr. 128, p. {para.page}")
        assert c.url == "https://zoek.officielebekendmakingen.nl/kst-29344-128.html"
    return answer


def test_answer_quotes_the_paragraph_that_answers(assistant):
    answer = check_sound(assistant, "Hoeveel geld is er per jaar in totaal voor migratie en ontwikkeling?")
    assert not answer.abstained
    assert answer.citations[0].paragraph_id == "kst-29344-128:030"
    assert "vijftien miljoen euro per jaar" in answer.text
    assert markers(answer.text) == list(range(1, len(answer.citations) + 1))


def test_list_question_gets_the_whole_list(assistant):
    answer = check_sound(
        assistant, "Welke beleidsprioriteiten voor migratie en ontwikkeling heeft het kabinet geformuleerd?"
    )
    for item in (
        "1. Versterken migratiemanagement;",
        "4. Bevorderen van vrijwillige terugkeer en duurzame herintegratie.",
    ):
        assert item in answer.text


def test_who_signed_is_answered_with_the_whole_signature_block(assistant):
    answer = check_sound(assistant, "Welke bewindspersonen hebben de brief ondertekend?")
    assert not answer.abstained and [c.paragraph_id for c in answer.citations] == ["kst-29344-128:044"]
    for name in ("K.H.D.M. Dijkhoff", "A.G. Koenders", "E.M.J. Ploumen"):
        assert name in answer.citations[0].quote
    # «staatssecretaris» asks the cabinet's voice; the signature block still gets no «Volgens het kabinet:»
    office = check_sound(assistant, "Wie is de staatssecretaris van Veiligheid en Justitie?")
    assert office.text.startswith("De Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff")
    # the block says it all: no sentence that only shares «brief» with the question comes along
    signed = check_sound(assistant, "Wie hebben de brief ondertekend?")
    assert [c.paragraph_id for c in signed.citations] == ["kst-29344-128:044"]


def test_who_sent_the_letter_is_answered_with_the_signature_block_found(assistant):
    # dev33 zq050: the block ranked second, below the letter's opening, and a list of offices and names is far from the
    # question in e5's space (support 0.21): refused
    for question in (
        "Namens welke drie bewindslieden is deze brief verstuurd?",
        "Wie zijn de afzenders van deze brief?",
    ):
        answer = check_sound(assistant, question)
        assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:044"], question
        assert "E.M.J. Ploumen" in answer.text
    # someone the block does not name: retrieval leaves the block out, and nothing else says who signed
    assert assistant.ask("Heeft Rutte de brief ondertekend?").abstained


def test_a_question_for_a_source_is_held_to_the_typed_threshold(assistant):
    # A footnote (a Kamerstuk number and a title) is far from the question in e5's space: «Welke vindplaats …?» had a
    # support of 0.30, and was refused although the footnote ranked first (dev23 zg028, dev22 zf028, dev33 zq030)
    answer = check_sound(assistant, "Welke vindplaats hoort bij het speciale budget sinds 2004?")
    assert not answer.abstained
    assert answer.citations[0].paragraph_id == "kst-29344-128:fn2"
    assert "Kamerstuk 29 693, nr. 1" in answer.text
    source = check_sound(assistant, "Wat is de vindplaats van de conclusies van de Europese top eind juni 2015?")
    assert "Kamerstuk 21 501-20, nr. 997" in source.text
    # a source the stukken do not give is still refused
    assert assistant.ask("In welk Kamerstuk staat het verslag van de Europese top van december 2016?").abstained


def test_quoted_footnote_marker_brings_its_footnote(assistant):
    answer = check_sound(
        assistant,
        "Naar welke Kamerstukken verwijst de brief voor de informatie over de zes miljoen euro extra ODA-middelen?",
    )
    notes = [c for c in answer.citations if c.paragraph_id == "kst-29344-128:fn3"]
    assert notes and notes[0].reference == "Kamerstuk 29 344, nr. 128, p. 7, voetnoot 3"
    assert f"Voetnoot 3: Kamerstuk 19 637, nrs. 1994 en 2075. [{notes[0].n}]" in answer.text


def test_off_topic_question_abstains_with_nearest_paragraphs(assistant):
    answer = check_sound(assistant, "Wat is de hoofdstad van Frankrijk?")
    assert answer.abstained and answer.text == ABSTAIN_TEXT
    assert answer.citations == []
    assert 1 <= len(answer.related) <= 3


@pytest.mark.parametrize("split", ["dev", "test"])
def test_invariants_hold_for_every_gold_question(assistant, split):
    for item in load_gold(GOLD / f"{split}.jsonl"):
        check_sound(assistant, item.question)


@pytest.mark.parametrize(
    "bad, message",
    [
        ("", "leeg"),
        ("   \n\t ", "leeg"),
        ("x" * 20_000, "te lang"),
        ("Wat vindt\x00 het kabinet?", "stuurtekens"),
        ("?!?", "geen woorden"),
    ],
)
def test_bad_questions_are_refused_with_a_clear_message(assistant, bad, message):
    from assistant.errors import InvalidQuestionError

    with pytest.raises(InvalidQuestionError, match=message):
        assistant.ask(bad)


def test_context_gives_neighbours_in_reading_order_and_a_footnotes_citing_paragraph(assistant):
    ids = sorted(p.id for p in assistant.handle.paragraphs.values() if p.kind != "footnote")
    first, last = assistant.context(ids[0]), assistant.context(ids[-1])
    assert first["before"] is None and first["after"]["id"] == ids[1]
    assert last["after"] is None and last["before"]["id"] == ids[-2]
    note = assistant.context("kst-29344-128:fn1")
    assert note["after"] is None and note["before"]["id"] == assistant.handle.paragraphs["kst-29344-128:fn1"].parent


def test_a_further_citation_must_add_to_the_answer(assistant):
    # Another paragraph that only repeats the lead's terms is not cited as well: the definition answers,
    # the ACVZ finding that such an approach is useful (kst-29344-128:007) does not.
    defined = check_sound(assistant, "Wat is de strategische landenbenadering migratie?")
    assert [c.paragraph_id for c in defined.citations] == ["kst-29344-128:004"]
    # The lead's own footnote is its source and stays: «Waar … beschreven?» wants the Kamerstuk.
    described = check_sound(assistant, "Waar is de koppeling tussen migratie en ontwikkeling uit 2004 beschreven?")
    assert [c.paragraph_id for c in described.citations] == ["kst-29344-128:008", "kst-29344-128:fn2"]
    # A sentence of a paragraph already cited adds no citation, so it may come along with only shared terms:
    # the paragraph's sentence with the Kamerstuk number answers the follow-up.
    found = assistant.ask(
        "In welk Kamerstuk staan die conclusies?",
        history=["Wat vindt de Europese Raad van een effectief terugkeerbeleid?"],
    )
    assert "(Kamerstuk 21 501-20, nr. 997)" in found.text


def test_footnote_asked_by_number_is_quoted_and_its_citing_paragraph_is_its_context(assistant):
    answer = check_sound(assistant, "Wat staat er in voetnoot 2?")
    assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:fn2"]
    assert answer.text.startswith("Voetnoot 2: Kamerstuk 29 693, nr. 1")
    # one click on [1]: the source panel shows the note with the paragraph that carries its marker
    assert assistant.context("kst-29344-128:fn2")["before"]["id"] == "kst-29344-128:008"
    listed = check_sound(assistant, "Welke voetnoten heeft de brief?")
    assert [c.paragraph_id for c in listed.citations] == [f"kst-29344-128:fn{n}" for n in (1, 2, 3)]
    missing = check_sound(assistant, "Wat staat er in voetnoot 5?")
    assert missing.abstained and "voetnoot 1 tot en met 3" in missing.notices[0]


def test_a_date_in_the_question_finds_and_leads_with_the_sentence_that_names_it(assistant):
    # «brief», «Kamer», «geïnformeerd» fit several paragraphs; only one names the letter of 8 September 2015
    answer = check_sound(assistant, "Waarover werd de Kamer in de brief van 8 september 2015 geïnformeerd?")
    assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:034"]
    assert answer.citations[0].quote.startswith("In de Kamerbrief van 8 september 2015")


@pytest.mark.parametrize(
    "question, focus",
    [
        ("Welke andere factoren dan overreding en druk spelen een rol?", "factor"),
        ("Welke twee sporen heeft opvang in de regio?", "spor"),
        ("Welke ministeries hebben terugkeer in beeld gebracht?", "ministeries"),
        ("Wat is de strategische landenbenadering?", None),
        ("Welke?", None),
        ("Welke rol spelen de Europese Commissie en de Europese Raad?", None),
        ("Hoe effectief noemt de adviescommissie de landenbenadering?", "effectief"),
        ("Hoe reageert het kabinet?", None),  # a verb, not a property
        ("Hoe groot is het budget?", None),  # a quantity: typed
        ("Welke landen weigeren terugname?", None),  # typed: countries named
        # after a preposition, and «welk», «wiens» (dev9 s005 missed «Op verzoek van dossiereigenaar VenJ …»)
        ("Op wiens verzoek nemen andere partijen hun rol?", "verzoek"),
        ("Op welk niveau gebeurt dat al?", "niveau"),
        ("Onder wiens begeleiding gaan afgewezen asielzoekers terug?", "begeleid"),
        ("Op de vraag welke landen meewerken?", None),  # «de» is no question word
        # an inflected adjective before the noun is skipped (dev32 zp003); a noun ending like one is not
        ("In welke Europese samenwerkingsprojecten gebeurt dat?", "samenwerkingsproject"),
        ("Welke diplomatieke kanalen gebruikt Nederland?", "kanal"),
        ("Welke fase volgt?", "fas"),
    ],
)
def test_focus_of_a_welke_question(question, focus):
    assert _focus(question) == focus


def test_a_welke_question_gets_the_sentence_naming_what_it_asks_for(assistant):
    # The best-scoring sentence restates the question's premise (overreding en druk); the answer, the
    # other factors, is the next sentence, which names «factoren».
    answer = check_sound(
        assistant, "Welke andere factoren dan overreding en druk spelen volgens de ACVZ een rol bij medewerking?"
    )
    assert "zoals politieke belangen of andere prioriteiten" in answer.text
    assert not answer.text.startswith("Volgens het kabinet")


def test_a_count_is_not_answered_by_the_numbers_of_a_reference(assistant):
    # The best sentence names «Handelingen II 2014/15, nr. 101, item 8» and «26 juni 2015»: numbers that name
    # a reference and a day, not a count of returnees.
    answer = check_sound(assistant, "Hoeveel gedwongen terugkeerders waren er in 2014?")
    assert answer.abstained and answer.text.startswith(ABSTAIN_TEXT)


def test_how_many_is_answered_by_an_enumeration_the_reader_counts(assistant):
    answer = check_sound(
        assistant, "Hoeveel landen langs de Zijderoute krijgen steun bij het verzamelen van migratiedata?"
    )
    assert not answer.abstained
    assert "Irak, Afghanistan en Pakistan" in answer.text


def test_which_countries_is_not_answered_by_a_sentence_that_names_none(assistant):
    # The nearest sentences speak of «herkomstlanden» that do not cooperate, without naming any.
    answer = check_sound(assistant, "Welke landen weigeren hun onderdanen terug te nemen?")
    assert answer.abstained
    answer = check_sound(assistant, "Welke landen krijgen langs de Zijderoute steun bij migratiedata?")
    assert not answer.abstained and "Irak, Afghanistan en Pakistan" in answer.text


def test_when_is_the_next_report_is_not_answered_with_a_past_date(assistant):
    # The letter names the dates of earlier letters on the same policy, none still to come.
    answer = check_sound(assistant, "Wanneer komt de volgende voortgangsrapportage over migratie en ontwikkeling?")
    assert answer.abstained
    answer = check_sound(assistant, "Wanneer heeft de ACVZ haar advies aan het kabinet aangeboden?")
    assert not answer.abstained


def test_the_second_part_asks_another_voice_about_the_recommendation_the_first_part_quoted(assistant):
    # Part one paraphrases recommendation 2; «wat vindt het kabinet daarvan?» is the reaction under it, not
    # the cabinet's best-scoring sentence elsewhere (before: on exceptions to general policy).
    answer = check_sound(
        assistant,
        "Wat raadt de ACVZ aan als gedwongen terugkeer met een land niet lukt, en wat vindt het kabinet daarvan?",
    )
    cited = [c.paragraph_id for c in answer.citations]
    assert "kst-29344-128:022" in cited and "kst-29344-128:023" in cited
    assert "Reactie: Het kabinet onderschrijft dat juist als herkomstlanden aangeven" in answer.text
    assert cited.index("kst-29344-128:023") > cited.index("kst-29344-128:022")


def test_a_source_question_is_answered_by_the_footnote_and_a_sentence_naming_a_kamerstuk_stays(assistant):
    # The footnote is the source asked for; the sentence with its marker is one click away in the source panel.
    answer = check_sound(
        assistant, "Naar welk Kamerstuk verwijst de brief voor de zes miljoen euro extra ODA-middelen?"
    )
    assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:fn3"]
    assert answer.text.startswith("Voetnoot 3: Kamerstuk 19 637, nrs. 1994 en 2075.")
    # a Kamerstuk named in the text itself is the answer
    answer = check_sound(assistant, "In welk Kamerstuk staan de Raadsconclusies van juni 2015?")
    assert "(Kamerstuk 21 501-20, nr. 997)" in answer.citations[0].quote


def test_agreeing_with_a_view_the_question_states_is_answered_by_the_one_asked(assistant):
    answer = check_sound(
        assistant,
        "Is het kabinet het eens met de ACVZ dat andere partijen zich niet bewust zijn van de terugkeerproblematiek?",
    )
    assert [c.voice for c in answer.citations] == ["kabinet"]
    assert answer.text.startswith("Anders dan de ACVZ concludeert, is het kabinet van oordeel")


def test_how_effective_leads_with_the_sentence_that_says_how_effective(assistant):
    answer = check_sound(assistant, "Hoe effectief is de strategische landenbenadering volgens de adviescommissie?")
    assert any("tot op zekere hoogte effectief kan worden genoemd" in c.quote for c in answer.citations)
    assert all("nuttig is een strategische landenbenadering te ontwikkelen" not in c.quote for c in answer.citations)


def test_the_letters_own_date_is_not_answered_with_another_date_in_it(assistant):
    # The text names the dates of other letters and events, never its own: no quote answers this. The notice
    # gives the date of the official publication, said as such.
    answer = check_sound(assistant, "Wanneer is de brief verstuurd?")
    assert answer.abstained and answer.citations == []
    assert any("5 november 2015" in n and "kst-29344-128.html" in n for n in answer.notices)


def test_a_separable_verb_in_the_question_meets_the_joined_verb_in_the_text(assistant):
    # «hangt … af» in the question, «afhangt» in the text
    answer = check_sound(assistant, "Waar hangt het succes van vrijwillige terugkeer volgens de Commissie van af?")
    assert any("mede afhangt van hoe geloofwaardig" in c.quote for c in answer.citations)


def test_a_participle_in_the_question_meets_the_infinitive_in_the_text(assistant):
    # row 305: «getraind» shared no stem with «het trainen van immigratieautoriteiten» (dev53 yl018 and dev42 zz015
    # were refused)
    answer = check_sound(assistant, "Waarin zijn immigratiediensten in het kader van de steun getraind?")
    assert not answer.abstained
    assert "detecteren van documentfraude" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question, answer_part",
    [
        ("Hoeveel thema’s noemt het kabinet voor de inzet op duurzame terugkeer?", "drie thema’s"),
    ],
)
def test_a_typed_answer_cites_only_sentences_that_carry_what_is_asked(assistant, question, answer_part):
    # «Tot slot gaat het kabinet in op de inzet van tien miljoen euro …» led: a sentence on the topic whose number
    # counts money, not themes
    answer = check_sound(assistant, question)
    assert answer_part in answer.citations[0].quote
    assert all(any(ch.isdigit() for ch in c.quote) or answer_part.split()[0] in c.quote for c in answer.citations)


def test_each_voice_asked_for_a_date_is_quoted_with_a_date(assistant):
    # «… en wanneer bood de ACVZ die aan?» names two voices: the ACVZ's sentence «De ACVZ heeft in haar evaluatie
    # concrete aanbevelingen opgenomen.» was quoted beside the date, as if it answered «wanneer»
    answer = check_sound(
        assistant, "Wanneer vroeg het kabinet de ACVZ om een evaluatie en wanneer bood de ACVZ die aan?"
    )
    assert "Op 25 juni jl." in answer.text
    assert all(any(ch.isdigit() for ch in c.quote) for c in answer.citations)


def test_since_when_is_answered_by_a_stretch_of_time(assistant):
    # the letter gives no year, only «sinds een aantal jaren»: that is the answer, not «dit staat niet in de stukken»
    answer = check_sound(assistant, "Sinds wanneer wordt ingezet op wijziging van de sociale zekerheidsverdragen?")
    assert not answer.abstained and "sinds een aantal jaren" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question, expected",
    [
        # the gloss's stems choose the sentence: «waardevol», «Diasporaleden» (it quoted the consultation of
        # diaspora organisations)
        ("Why are diaspora members valuable for Dutch policy?", "Diasporaleden in Nederland hebben unieke kennis"),
        ("What does the European Commission want to do to improve return results?", "Om de terugkeerresultaten"),
        # «border control» is «grensbewaking» and «de grenzen bewaken» (it quoted the BSO sentence on Somalië)
        ("How does the Netherlands help Somalia with border control?", "bij het bewaken van de eigen grenzen"),
    ],
)
def test_an_english_question_is_answered_by_the_sentence_its_gloss_finds(assistant, question, expected):
    assert expected in check_sound(assistant, question).text


def test_the_verb_of_a_definition_question_is_not_searched_for(assistant):
    # «Wat houdt X in?» quoted «Dat houdt dus in dat we vreemdelingen blijven presenteren …»; «Wat betekent …?» the
    # ACVZ on the approach in general (dev17 za031)
    held = check_sound(assistant, "Wat houdt meer-voor-meer in?")
    assert not held.abstained and "meer-voor-meer" in held.text and "Dat houdt dus in" not in held.text
    meant = check_sound(assistant, "Wat betekent maatwerk in de strategische landenbenadering?")
    assert "de strategische landenbenadering maatwerk, waarin" in meant.text


def test_documents_asked_for_by_another_word_are_answered_by_the_footnote(assistant):
    # «Welke twee stukken …?» quoted the sentence the footnote belongs to, without the footnote (dev20 zd035)
    answer = check_sound(assistant, "Welke stukken horen bij de extra ODA-middelen voor duurzame terugkeer?")
    assert "Kamerstuk 19 637, nrs. 1994 en 2075" in answer.text


def test_a_title_asked_is_answered_by_the_sentence_that_gives_it(assistant):
    # the ACVZ named in the question made its consultation sentence lead, which names no title (dev20 zd037)
    title = check_sound(assistant, "Hoe heet het advies dat de ACVZ aan het kabinet aanbood?")
    assert "«Tussen wens en werkelijkheid»" in title.text and "consultatie" not in title.text
    date = check_sound(assistant, "On what date did the advisory committee hand over its advice?")
    assert "Op 25 juni jl." in date.text


def test_a_sentence_adds_no_name_the_lead_names_in_another_form(assistant):
    # «Somalische autoriteiten» hold «Somalië»: the sentence on Business Support Organisations «in … Somalië» was
    # cited with it as if it added the name (dev20 zd007)
    answer = check_sound(assistant, "Waartoe verplichtte Somalië zich in het grensbewakingsproject?")
    assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:043"]


def test_a_repetition_still_to_come_is_not_answered_by_a_past_date(assistant):
    assert assistant.ask("When will the ACVZ repeat its evaluation?").abstained


def test_an_english_look_up_finds_the_places_not_the_letters_own_opening(assistant):
    # «letter» found «Deze brief …»; «remittances» typed alone was not read as English and refused (dev20)
    said = check_sound(assistant, "What does the letter say about remittances?")
    assert "geldovermakingen" in said.text and "Deze brief" not in said.text
    assert "geldovermakingen" in check_sound(assistant, "remittances").text
    places = check_sound(assistant, "Where does the letter mention the diaspora?")
    assert len({c.paragraph_id for c in places.citations}) == 3


def test_an_amount_asked_in_everyday_words_is_found_by_the_stukken_words(assistant):
    # «eerst» is «voorheen» (thesaurus): the amount's own sentence must hold the topic, in the stukken's words too
    answer = check_sound(assistant, "Hoeveel geld was er eerst?")
    assert "negen miljoen euro" in answer.text
    english = check_sound(assistant, "Which Dutch service accompanies departing rejected asylum seekers?")
    assert "Dienst Terugkeer en Vertrek" in english.text  # «Dutch» was looked up as a Dutch name, absent


def test_initials_the_stukken_never_use_are_asked_as_the_name_they_write(assistant):
    # «ADPC» was named as absent; the stukken write «African Diaspora Policy Center» (dev22 zf002)
    answer = check_sound(assistant, "Stimuleert het ADPC investeringen door de diaspora in Afrika?")
    assert not answer.abstained and "investeringsmogelijkheden" in answer.text
    assert answer.query == "Stimuleert het African Diaspora Policy Center investeringen door de diaspora in Afrika?"
    # initials the stukken use stay as asked; unknown ones are still named as absent
    assert assistant.ask("Wat doet de IOM bij terugkeer?").query is None
    assert "«XYZQ» komt in de stukken die ik doorzoek niet voor." in assistant.ask("Wat vindt de XYZQ?").notices


def test_a_look_up_below_the_threshold_is_answered_by_the_places_or_names_the_absent_word(assistant):
    # a word or two is far from every sentence in e5's space: «uitzetting» (support 0.20) was refused, and
    # «klimaatmigratie» refused without saying which word the stukken lack
    for question in ("Waar staat iets over uitzetting?", "uitzetting"):
        places = check_sound(assistant, question)
        assert not places.abstained and all("gedwongen" in c.quote and "terugkeer" in c.quote for c in places.citations)
    absent = assistant.ask("Waar staat in de brief iets over klimaatmigratie?")
    assert absent.abstained and "«klimaatmigratie» komt in de stukken die ik doorzoek niet voor." in absent.notices


def test_inhabitants_and_the_dutch_adjective_are_names_the_stukken_hold(assistant):
    # «Somaliërs» was looked for as «somalië» and missed «Somalische autoriteiten»; «Nederlandse steun» required
    # the paragraph to write «Nederland» (dev23 zg008, zg015): both were refused
    somali = check_sound(assistant, "Welke voorwaarde staat in het contract met de Somaliërs?")
    assert "contractueel vastgelegd" in somali.text
    countries = check_sound(assistant, "Welke drie landen verzamelen met Nederlandse steun gegevens over migratie?")
    assert "Irak, Afghanistan en Pakistan" in countries.text
    # a people the stukken never name is still no answer
    assert assistant.ask("Welke voorwaarde staat in het contract met de Peruanen?").abstained


def test_a_parliamentary_abbreviation_is_asked_as_the_stukken_write_it(assistant):
    # «AO» was named as absent; the letter writes «Algemeen Overleg» (dev23 zg030)
    answer = check_sound(assistant, "Waar is het verzoek om een evaluatie tijdens het AO te vinden?")
    assert "Kamerstuk 30 573, nr. 125" in answer.text
    assert answer.query == "Waar is het verzoek om een evaluatie tijdens het Algemeen Overleg te vinden?"


def test_when_a_policy_works_asks_a_condition_for_each_voice(assistant):
    # read as a date, no sentence with a date answered it: refused (dev23 zg041)
    answer = check_sound(
        assistant, "Wanneer werkt negatieve conditionaliteit volgens de ACVZ, en wanneer volgens het kabinet?"
    )
    assert "mits proportioneel" in answer.text and "in bepaalde gevallen" in answer.text
    assert not answer.notices


def test_how_long_a_budget_exists_is_answered_by_its_year(assistant):
    # «potje» is the everyday word for the letter's «budget» (dev23 zg009): refused before
    answer = check_sound(assistant, "Hoe lang bestaat het potje voor migratie en ontwikkeling al?")
    assert "sinds 2004" in answer.text


def test_something_still_to_come_is_answered_only_by_what_the_stukken_say_is_to_come(assistant):
    # the letter's paragraph on the policy priorities was quoted for next year's report (dev23 zg047)
    answer = assistant.ask("Komt er volgend jaar weer een rapportage over dit beleid?")
    assert answer.abstained
    assert "Wat hierover na de brief komt, staat niet in de stukken die ik doorzoek." in answer.notices
    # going on with a policy is what is to come
    going_on = check_sound(
        assistant, "Blijft het kabinet in de komende jaren investeren in relaties met herkomstlanden?"
    )
    assert "zal hiermee doorgaan" in going_on.text


def test_who_sits_in_a_body_is_not_answered_by_its_views(assistant):
    # the ACVZ's views on conditionality were quoted for its members (dev23 zg050)
    assert assistant.ask("Wie zit er in de ACVZ?").abstained


def test_which_countries_is_answered_by_the_countries_described_where_none_are_named(assistant):
    answer = check_sound(
        assistant, "In welke landen worden projecten ter versterking van migratiemanagement uitgevoerd?"
    )
    assert "in landen die kampen met specifieke uitdagingen" in answer.text


def test_what_is_new_about_a_plan_is_answered_by_what_it_does_for_the_first_time(assistant):
    # the plan's opening sentence alone was quoted (dev21 ze043, dev12 v021)
    answer = check_sound(assistant, "Wat is nieuw aan het actieplan van de Europese Commissie?")
    assert "voor het eerst ook de inzet van conditionaliteit" in answer.text


def test_on_whose_request_is_answered_by_the_sentence_that_says_whose(assistant):
    # the sentence «Op verzoek van dossiereigenaar VenJ …» follows the one that names the question's other words
    answer = check_sound(assistant, "Op wiens verzoek nemen andere partijen volgens het kabinet hun rol bij terugkeer?")
    assert "dossiereigenaar VenJ" in answer.text


def test_according_to_the_letter_does_not_find_the_letter_about_itself(assistant):
    # «brief» found «Vandaar dat in deze brief ook het Nederlandse beleid … wordt toegelicht» (dev22 zf015)
    answer = check_sound(assistant, "Wat hoort er volgens de brief allemaal bij migratiemanagement?")
    assert "deze brief" not in answer.text and "migratiemanagement" in answer.citations[0].quote
    assert answer.query == "Wat hoort er allemaal bij migratiemanagement?"


@pytest.mark.parametrize(
    "question",
    [
        "Welke onderwerpen kunnen projecten voor migratiemanagement behandelen?",
        "Wat hoort er allemaal bij migratiemanagement?",
    ],
)
def test_several_things_asked_get_the_sentence_that_enumerates_them(assistant, question):
    # the list shares no word with the question: only the sentence before it, on the projects, was quoted (dev12 v023,
    # dev22 zf015)
    answer = check_sound(assistant, question)
    assert "de aanpak van mensensmokkel en -handel, grensbewaking" in answer.text


def test_how_long_already_is_answered_by_the_start_point(assistant):
    # the budget paragraph's «… kamerbrief van 22 april 2015 …» was quoted for its date; «sinds 2004» was fourth
    # (dev25 zi009)
    answer = check_sound(
        assistant, "Hoe lang is er al geld speciaal gereserveerd voor de koppeling migratie-ontwikkeling?"
    )
    assert "sinds 2004" in answer.citations[0].quote


def test_why_is_answered_by_the_cause_a_little_further_down(assistant):
    # none of the best few sentences said why; «Dit is belangrijk, omdat …» was sixth (dev23 zg019)
    answer = check_sound(assistant, "Waarom werkt Nederland samen met de gemeenschappen die vluchtelingen opvangen?")
    assert "omdat zij de bereidheid moeten hebben en behouden" in answer.text


def test_a_year_asked_as_jaartal_is_answered_by_the_sentence_giving_it(assistant):
    # «Welk jaartal …?» was no date question, and «jaartal» counted as topic: the Kenya paragraph's last sentence,
    # without a year, was quoted (dev26 zj012)
    answer = check_sound(assistant, "Welk jaartal hoort bij de steun aan Keniaanse ambtenaren?")
    assert "in 2014" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Wat is de looptijd van het Somalische migratieproject?",  # dev26 zj045: its start was quoted
        "How many rejected asylum seekers left the Netherlands in 2015?",  # dev26 zj050: «twee elementen»
    ],
)
def test_a_stretch_of_time_or_a_count_the_stukken_do_not_give_is_not_answered(assistant, question):
    assert assistant.ask(question).abstained


def test_the_footnote_on_a_page_named_is_quoted_whole(assistant):
    # footnote 3 was second and the question's words barely touch it: «not in the stukken» (dev26 zj029)
    answer = check_sound(assistant, "Welke Kamerstukken noemt de voetnoot op pagina 7?")
    assert answer.text.startswith("Voetnoot 3: Kamerstuk 19 637, nrs. 1994 en 2075.")
    assert [c.paragraph_id for c in answer.citations] == ["kst-29344-128:fn3"]


@pytest.mark.parametrize(
    "question, quote",
    [
        # the plan's opening sentence was quoted, not what it names for the first time (dev26 zj026)
        (
            "What does the EU return action plan mention explicitly for the first time?",
            "Daarbij wordt voor het eerst ook de inzet van conditionaliteit expliciet genoemd",
        ),
        # «poorer countries» are the letter's «ontwikkelingslanden» (dev26 zj027)
        (
            "What role do money transfers by migrants play for poorer countries?",
            "Deze overmakingen vormen voor veel ontwikkelingslanden een belangrijke bron van inkomsten",
        ),
    ],
)
def test_english_phrases_the_letter_words_its_own_way_are_answered(assistant, question, quote):
    assert quote in check_sound(assistant, question).text


def test_an_idiom_finds_the_recommendation_in_the_letters_words(assistant):
    # «op een laag pitje zetten» is «tot een minimum niveau terugschroeven»: the paragraph on voluntary return was
    # quoted (dev26 zj017)
    answer = check_sound(
        assistant, "Moet Nederland het werk aan terugkeer naar een onwillig land op een laag pitje zetten?"
    )
    assert "tot een minimum niveau terug" in answer.citations[0].quote


def test_which_ranks_first_is_not_answered_by_a_sentence_that_ranks_nothing(assistant):
    # the diaspora's bridge function was quoted for «the largest» (dev26 zj052)
    answer = assistant.ask("Uit welk land komt de grootste diasporagemeenschap in Nederland?")
    assert answer.abstained and answer.notices == ["Wat «de grootste» is, staat niet in de stukken die ik doorzoek."]
    english = assistant.ask("Which country has the most returnees?")
    assert english.abstained and english.notices == ["Wat «the most» is, staat niet in de stukken die ik doorzoek."]
    # a sentence that says it answers
    meeste = check_sound(
        assistant, "In welke Raad constateerde Nederland dat de meeste lidstaten terugkeerproblemen hebben?"
    )
    assert "JBZ-Raad van maart 2014" in meeste.text


def test_what_a_year_asked_is_not_answered_by_a_paragraph_that_never_names_it(assistant):
    # the countries of the ACVZ's capacity projects were quoted for what happened in 2015 (dev27 zk043)
    answer = assistant.ask("Welke landen hebben hun medewerking aan terugkeer in 2015 opgezegd?")
    assert answer.abstained
    assert answer.notices == ["Wat hierover in 2015 speelde, staat niet in de stukken die ik doorzoek."]
    # a paragraph naming the year answers; so does «inmiddels» in a letter of that year
    assert "in 2014" in check_sound(assistant, "Wat bood Nederland in 2014 in Kenia aan?").text
    assert "inmiddels" in check_sound(assistant, "Is migratie in 2015 een prioriteit geworden in Europa?").text


def test_an_english_paraphrase_of_the_dienst_terugkeer_en_vertrek_finds_it(assistant):
    # no English word of the question was glossed to a word of the paragraph: the letter's opening was quoted (dev27
    # zk024)
    answer = check_sound(
        assistant, "Is there a government body that handles departures of people without residence rights?"
    )
    assert "begeleid door de Dienst Terugkeer en Vertrek" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Komt er een vervolgevaluatie van de landenbenadering en wanneer?",  # dev27 zk045: the ACVZ's view quoted
        "Bent u bereid de ACVZ te vragen om een vervolgonderzoek naar terugkeer?",  # dev15: the 2014 request quoted
    ],
)
def test_a_follow_up_study_is_not_answered_by_what_the_stukken_say_of_the_first(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert "Wat hierover na de brief komt, staat niet in de stukken die ik doorzoek." in answer.notices


def test_words_about_the_stukken_are_no_topic_the_support_asks_covered(assistant):
    # «soorten», «noemt de brief» lowered the support of a question whose paragraph is first: refused (dev27 zk015)
    answer = check_sound(assistant, "Welke soorten bijstand noemt de brief bij het Keniaanse voorbeeld?")
    assert "juridische en psychologische bijstand" in answer.text


def test_words_for_where_in_the_stukken_are_no_topic_either(assistant):
    # «verwijzing», «onderaan», «pagina» lowered the support of a question whose footnote is first: refused (dev28
    # zl028)
    answer = check_sound(assistant, "Wat is CEC in de verwijzing onderaan pagina 1?")
    assert "ESH-klacht CEC" in answer.text


def test_a_member_of_a_party_asked_is_not_an_unknown_name(assistant):
    # «PVV'er» was looked up as a name the stukken never use and the question refused (dev28 zl001)
    answer = check_sound(assistant, "Welke PVV'er had gevraagd om de kabinetsreactie?")
    assert "Fritsma (PVV)" in answer.text
    # the member's view is still not in the stukken
    assert assistant.ask("Wat vindt de PVV'er van de kabinetsreactie?").abstained


def test_countries_asked_as_a_kamervraag_are_answered_by_the_countries_alone(assistant):
    # «Noem de landen …» asked no kind of answer: the cabinet's reaction on relations «op alle niveaus» was quoted
    # after the ACVZ's sentence naming the countries (dev28 zl013)
    answer = check_sound(
        assistant, "Noem de landen waar op verschillende niveaus in capaciteitsprojecten is geïnvesteerd."
    )
    assert "Armenië, Azerbeidzjan, Burundi, Guinee, Nigeria en Rwanda" in answer.text
    assert {c.paragraph_id for c in answer.citations} == {"kst-29344-128:008"}


def test_a_compound_of_money_asks_an_amount(assistant):
    # «Hoeveel ontwikkelingsgeld …?» counted things: no number of the budget sentences counted any, refused (dev29
    # zm010)
    answer = check_sound(
        assistant, "Hoeveel ontwikkelingsgeld is er na het Kamerdebat van eind april 2015 extra vrijgemaakt?"
    )
    assert "zes miljoen euro" in answer.text


def test_the_body_asked_to_evaluate_is_no_speaker_after_an_adverb_either(assistant):
    # the ACVZ was taken for a speaker asked, and its sentence on handing over the advice quoted (dev29 zm012)
    answer = check_sound(assistant, "Wanneer heeft u de adviescommissie schriftelijk om de evaluatie verzocht?")
    assert "23 mei 2014" in answer.citations[0].quote


def test_the_next_sentence_pointing_back_a_few_words_in_comes_along(assistant):
    # «Er is een aantal landen dat dit anders interpreteert …» answers «alle landen», leaning on the obligation before
    # it; its «dit» is the seventh word, past the four the continuation looked at (dev3 j024, dev27 zk005)
    answer = check_sound(assistant, "Geven alle landen voorrang aan het terugnemen van hun eigen burgers?")
    assert "internationaal gewoonterechtelijke verplichting" in answer.text
    assert "Er is een aantal landen dat dit anders interpreteert" in answer.text
    answer = check_sound(assistant, "Hoe gaan sommige landen om met de plicht om eigen onderdanen terug te nemen?")
    assert "Er is een aantal landen dat dit anders interpreteert" in answer.text


def test_a_typed_question_needs_less_support_as_its_answer_is_checked_for_its_kind(assistant):
    # «In welk jaar …?» is answered only by a sentence with a year from a paragraph on its topic: with that check it
    # needs a support of 0.25, not 0.31 (dev24 zh010 was refused at 0.26)
    question = "In welk jaar organiseerde Nederland training voor Kenia?"
    cfg = assistant.answerer.cfg
    support = assistant.answerer.support(question, assistant.retriever.search(question))
    assert cfg.min_support_typed < support < cfg.min_support
    answer = check_sound(assistant, question)
    assert "in 2014" in answer.text and "Kenia" in answer.text
    # a question of the same kind the stukken do not answer is still refused: no sentence carries the count
    assert assistant.ask("Hoeveel Keniaanse ambtenaren zijn er in 2014 getraind?").abstained


def test_what_money_is_spent_on_is_answered_by_the_sentence_that_lists_it(assistant):
    # the budget sentence restating the question was quoted with the next one, not the three themes (dev28 zl014)
    answer = check_sound(assistant, "Waaraan gaat de tien miljoen voor duurzame terugkeer op?")
    assert "innovatie van terugkeerbeleid, samenwerking met IOM en ngo’s" in answer.text


def test_a_number_of_a_stuk_asked_is_read_off_the_sentence_that_cites_it(assistant):
    # «Welk itemnummer …?» asks a reference: with the check that the sentence carries one, it needs the typed
    # support, and was refused at 0.30 (dev24 zh012); the Kamerstuk's number in the same paragraph as a name of the
    # report is no answer for a report the stukken give no number
    answer = check_sound(assistant, "Welk itemnummer hoort bij het verzoek van Fritsma?")
    assert "nr. 101, item 8" in answer.citations[0].quote
    question = (
        "Welk Kamerstuknummer draagt het verslag waarin Nederland de gedeelde terugkeerproblemen van lidstaten "
        "aankaartte?"
    )
    answer = check_sound(assistant, question)
    assert "Kamerstuk 32 317, nr. 222" in answer.citations[0].quote
    assert assistant.ask("Welk nummer heeft het ACVZ-rapport Tussen wens en werkelijkheid?").abstained


def test_a_side_asked_is_not_answered_by_the_other_side_only(assistant):
    # «binnen migratie» asked: the ACVZ's sentence on negative conditionality «buiten het terrein van migratie» shares
    # every other word, and e5 puts it closer; the answer left out the sentence on «binnen» (dev10 t006, dev19 zc017)
    for question in (
        "Klopt het dat de ACVZ negatieve prikkels binnen migratie soms effectief vindt?",
        "Onder welke voorwaarden kan minder-voor-minder binnen het migratieterrein volgens de ACVZ wel werken?",
    ):
        answer = check_sound(assistant, question)
        assert "Binnen het terrein van migratie kan negatieve conditionaliteit effectief zijn" in answer.text, question


def test_a_sentence_of_another_paragraph_must_add_what_the_leads_paragraph_lacks(assistant):
    # «voor haar evaluatie» is context the lead's paragraph gives; «De ACVZ heeft in haar evaluatie concrete
    # aanbevelingen opgenomen» added only that word, and a citation (dev15 y003, dev20 zd002)
    answer = check_sound(assistant, "Wie heeft de ACVZ geraadpleegd voor haar evaluatie?")
    assert "brede consultatie" in answer.text
    assert {c.paragraph_id for c in answer.citations} == {answer.citations[0].paragraph_id}


@pytest.mark.parametrize(
    "question, quoted",
    [
        # «nog meer»: the lead restates the finding the question takes as known, and the sentence after it says what
        # else (row 208, dev9 s003)
        pytest.param(
            "Wat speelt volgens eerder onderzoek nog meer mee bij de medewerking van landen?",
            "Ook andere factoren zijn van invloed, zoals politieke belangen",
            id="what-else",
        ),
        # «de periode die de ACVZ onderzocht»: the ACVZ was taken for a voice asked, and the cabinet's sentence
        # sharing its view on relations quoted instead of why the parties now take part (row 209, dev12 v010)
        pytest.param(
            "Waarom werken alle partijen nu actiever mee dan tijdens de periode die de ACVZ onderzocht?",
            "inmiddels is de migratieproblematiek in Europa zo’n prioriteit geworden",
            id="voice-in-a-clause",
        ),
        # «Daarbij …» goes on from the cabinet's reaction on keeping the dialogue open, and says what was asked of
        # the operational level (row 215, dev28 zl036)
        pytest.param(
            "Vindt het kabinet dat de operationele inzet omlaag moet als gedwongen terugkeer niet lukt?",
            "Daarbij kan het nuttig zijn ook op het operationele niveau te blijven interveniëren",
            id="daarbij-goes-on",
        ),
        # the best sentence is near the question with «druk koppeling conditionaliteit» added only: refused at the
        # support of the question as asked (row 219)
        pytest.param(
            "Wat liep er fout toen hulp aan Ghana als drukmiddel werd ingezet?",
            "een negatief effect had op de medewerking van dit land",
            id="support-in-the-stukken-words",
        ),
        # «ODA-geld»: «geld» names the amount asked, no noun the paragraph must say; refused (row 220, dev32 zp012)
        pytest.param(
            "Hoeveel ODA-geld kwam er in april 2015 bij?", "zes miljoen euro extra ODA-middelen", id="oda-geld"
        ),
        # «armere landen» are the letter's «ontwikkelingslanden»: the sentence was left out, as an idiom's words
        # counted only for the paragraphs (row 223, dev32 zp020)
        pytest.param(
            "Wat betekenen geldovermakingen voor armere landen?",
            "Deze overmakingen vormen voor veel ontwikkelingslanden een belangrijke bron van inkomsten",
            id="idiom-in-the-sentence-scores",
        ),
        # «samenwerkingsprojecten» are the letter's «projecten»; the sentence naming them scored sixth, outside the
        # five searched for it (row 224, dev32 zp003)
        pytest.param(
            "Welke Europese samenwerkingsprojecten pakken de terugkeerproblemen al op ambtelijk niveau aan?",
            "In de operationele projecten EURINT en ERIN gebeurt dat al op ambtelijk niveau",
            id="head-of-the-compound",
        ),
        # the sentence that says there are two scored best and was the whole answer (row 225, dev31 zo001)
        pytest.param(
            "Wat is het tweede element van deze brief?",
            "Ten tweede wordt in deze brief de voortgangsrapportage",
            id="place-in-an-enumeration",
        ),
        # «geld naar huis sturen» is the letter's «geld … naar hun familie in herkomstlanden»: refused (row 226,
        # dev6 p019)
        pytest.param(
            "Wordt er wat gedaan om geld naar huis sturen minder duur te maken?",
            "verdere verlaging van de kosten van geldovermakingen",
            id="home-is-the-country-of-origin",
        ),
        # «in deze brief» and «landen», the kind asked, were the topic a countries' paragraph had to cover, and the
        # one on the Zijderoute, carried from the context, covers neither (row 229, dev31 zo015)
        pytest.param(
            "Ik las iets over de Zijderoute. Welke landen worden daar in deze brief genoemd?",
            "autoriteiten in Irak, Afghanistan en Pakistan",
            id="countries-carried-from-the-context",
        ),
        # «handelaars in mensen» is the letter's «mensenhandel»: refused at a support of 0.26 (row 230, dev4 k020)
        pytest.param(
            "Treedt Nederland op tegen handelaars in mensen en smokkelaars?",
            "de aanpak van mensensmokkel en -handel",
            id="trafficking-written-out",
        ),
        # «dreigen» is the letter's «druk», «negatieve prikkels»: refused below the support (row 231, dev11 u004)
        pytest.param(
            "Waarom werkt dreigen met het intrekken van hulp volgens de ACVZ niet?",
            "De ACVZ is kritisch over de effectiviteit van negatieve conditionaliteit",
            id="threatening-is-pressure",
        ),
        # «averechts» is the letter's «negatief effect»: the ACVZ's critique came first (row 231, dev8 r025)
        pytest.param(
            "Kan het korten op ontwikkelingssamenwerking averechts werken?",
            "juist een negatief effect had op de medewerking van dit land",
            id="backfiring-is-a-negative-effect",
        ),
        # «de prijs van overboekingen» is the letter's «de kosten van geldovermakingen» (row 232, dev23 zg020)
        pytest.param(
            "Wordt er iets gedaan aan de prijs van overboekingen naar familie?",
            "verdere verlaging van de kosten van geldovermakingen",
            id="price-of-transfers",
        ),
        # «in toenemende mate» is the letter's «steeds nadrukkelijker» (row 232, dev12 v020)
        pytest.param(
            "Welke maatregel bespreekt men in Brussel in toenemende mate?",
            "de optie van «minder-voor-minder» in Brussel steeds nadrukkelijker op tafel komt",
            id="increasingly",
        ),
        # «Hoe groot …?» asks the quantity and «voordat» joins a clause: neither is a topic the paragraph must cover
        # (row 233, dev20 zd012)
        pytest.param(
            "Hoe groot was het budget voor migratie en ontwikkeling voordat er geld bij kwam?",
            "Voorheen was een budget van negen miljoen euro gereserveerd",
            id="quantity-frame-no-topic",
        ),
        # «vervalsing van reisdocumenten» is the letter's «documentfraude»: the paragraph covered none of the
        # question's words as asked, and it was refused (row 227; dev g043, the issue's own example)
        pytest.param(
            "Hoe wordt vervalsing van reisdocumenten tegengegaan?",
            "het trainen van immigratieautoriteiten in het detecteren van documentfraude",
            id="coverage-in-the-stukken-words",
        ),
    ],
)
def test_the_sentence_that_answers_comes_along(assistant, question, quoted):
    assert quoted in check_sound(assistant, question).text


def test_a_question_after_a_sentence_of_context_is_answered_as_the_question(assistant):
    # searched as written, answered as «Naar welk stuk verwijst die (voetnoot bij het speciale budget sinds 2004)?»:
    # read as written, the question's patterns saw no source asked, and it was refused (dev31 zo028)
    answer = check_sound(
        assistant, "Er staat een voetnoot bij het speciale budget sinds 2004. Naar welk stuk verwijst die?"
    )
    assert "Kamerstuk 29 693, nr. 1" in answer.text
    assert answer.query == "Naar welk stuk verwijst die (voetnoot bij het speciale budget sinds 2004)?"


def test_who_signed_for_what_is_a_look_up_in_the_signature_block(assistant):
    # far from a list of offices and names in e5's space: refused at a support of 0.30 (dev32 zp040). Only a
    # question on who signed, and only when the block found first names every name asked.
    answer = check_sound(assistant, "Voor welke departementen tekenden Koenders en Ploumen?")
    assert "De Minister van Buitenlandse Zaken, A.G. Koenders" in answer.text
    assert answer.citations[0].paragraph_id == "kst-29344-128:044"
    assert assistant.ask("Was de Kamercommissie tevreden met de antwoorden van Dijkhoff?").abstained


def test_a_count_after_a_preposition_is_not_answered_by_a_count_of_something_else(assistant):
    assert assistant.ask("Uit hoeveel mensen bestaat de adviescommissie?").abstained
    assert "twee elementen" in check_sound(assistant, "Uit hoeveel onderdelen bestaat de brief?").text


def test_a_cost_asked_indirectly_wants_the_amount_of_what_it_names(assistant):
    # «Kunt u aangeven wat … kost?»: the amount of the budget for migration and development was quoted
    assert assistant.ask("Kunt u aangeven wat het Dienst Terugkeer en Vertrek per jaar kost?").abstained


def test_the_committee_in_lower_case_is_the_adviescommissie(assistant):
    # dev33 zq012, zq021: the stukken's European Commission is «de Commissie»; «de commissie» written in lower case
    # in a question that capitalises is a committee, the ACVZ here, and was read as the Commission
    read = assistant.answerer.with_names_written_out
    assert read("Wordt het beleid aangepast op wat de commissie heeft gevonden?") == (
        "Wordt het beleid aangepast op wat de adviescommissie heeft gevonden?"
    )
    for question in (
        "Wat wil de Commissie doen om de terugkeerresultaten te verbeteren?",
        "Wat vindt de Europese commissie van terugkeer?",
        "Wat zegt de vaste commissie?",
        "Wat vindt de commissie voor Buitenlandse Zaken?",  # a committee by its name
        "wat wil de commissie met terugkeer",  # all lower case: no telling
    ):
        assert read(question) == question
    # row 294 (dev44 yb005): «voor» and no name after it
    assert read("Bij wie is de commissie voor haar rapport te rade gegaan?") == (
        "Bij wie is de adviescommissie voor haar rapport te rade gegaan?"
    )
    # row 305 (dev53 yl056): with no article; not «welke commissie», which asks which one
    assert read("Verschillen commissie en regering van mening?") == (
        "Verschillen de adviescommissie en regering van mening?"
    )
    assert read("Welke commissie overhandigde het advies?") == "Welke commissie overhandigde het advies?"


def test_a_committee_and_the_government_differing_quotes_both(assistant):
    # row 305 (dev53 yl056): «commissie» with no article was no voice; the cabinet's view alone was quoted
    answer = check_sound(
        assistant, "Straffen via andere beleidsterreinen: verschillen commissie en regering daarover van mening?"
    )
    assert [c.voice for c in answer.citations] == ["acvz", "kabinet"]
    assert "buiten het migratiedossier" in answer.citations[0].quote


def test_figures_asked_are_not_given_by_a_list_of_countries(assistant):
    # row 305 (dev53 yl057, unanswerable): the ACVZ's sentence naming Guinee and Burundi was quoted
    question = "Heeft de investering in Guinee en Burundi tot meer gedwongen vertrek geleid, in cijfers?"
    assert assistant.ask(question).abstained
    # «cijfers» names the kind of answer, no topic a paragraph must have: an amount asked so is still found
    assert not assistant.ask("Hoeveel geld is er extra gekomen, in cijfers?").abstained


def test_an_ordinal_of_what_the_lead_counts_keeps_the_lead(assistant):
    # row 295 (dev45 yc061): «Ten tweede wordt in deze brief …» led «het tweede spoor» of the reception in the region
    answer = check_sound(assistant, "Het tweede spoor van regio-opvang: samen met wie?")
    assert answer.citations[0].paragraph_id == "kst-29344-128:034", answer.text
    assert "Ten tweede" not in answer.text
    # the letter's own second part is still the one that opens with «Ten tweede»
    parts = check_sound(assistant, "Wat is het tweede onderdeel van de brief?")
    assert parts.text.startswith("Ten tweede"), parts.text


def test_the_ask_ranking_leads_with_what_the_answer_cites(assistant):
    # Row 263: the search ranks the ACVZ's paragraph naming the ministries (008) first; the answer quotes the cabinet's
    # reaction (012), the voice asked. Staff click [1]: that paragraph is the first hit. (Until row 305 this was «de
    # beste manier om … over te halen», whose paragraph the search now finds first itself: dev36 zt020.)
    timed = assistant.ask_timed(
        "Letten ook andere ministeries dan Justitie en Buitenlandse Zaken op terugkeer, volgens het kabinet?"
    )
    first = timed.answer.citations[0].paragraph_id
    assert first == "kst-29344-128:012", timed.answer.text
    assert timed.retrieved[0].paragraph_id == first
    # the search's own order is kept beside it, and nothing was added or dropped
    assert timed.searched[0] != first
    assert sorted(timed.searched) == sorted(r.paragraph_id for r in timed.retrieved)


def test_an_abstention_keeps_the_search_order(assistant):
    timed = assistant.ask_timed("Hoeveel diplomaten werken er op de Nederlandse ambassade in Nigeria?")
    assert timed.answer.abstained
    assert [r.paragraph_id for r in timed.retrieved] == timed.searched


def test_an_answer_leads_with_the_paragraph_of_its_best_sentence(assistant):
    # Row 276: quotes of several paragraphs were in document order, so [1] was the earlier paragraph, not the one the
    # answer is built on (and the ranking staff see starts with [1], row 263)
    budget = check_sound(assistant, "Welk bedrag is binnen het M&O-budget bestemd voor duurzame terugkeer?")
    assert budget.citations[0].paragraph_id == "kst-29344-128:040" and "tien miljoen euro" in budget.citations[0].quote
    project = check_sound(
        assistant, "Kan een project afhankelijk worden gemaakt van de bereidheid om mensen terug te nemen?"
    )
    assert project.citations[0].paragraph_id == "kst-29344-128:043", project.text
    # a question of two parts keeps them in the letter's order (the Silk Route countries before the BSO countries)
    parts = check_sound(
        assistant,
        "Welke landen steunt Nederland bij migratiedata en in welke landen zijn Business Support Organisations "
        "versterkt?",
    )
    ids = [c.paragraph_id for c in parts.citations]
    assert "kst-29344-128:037" in ids and ids.index("kst-29344-128:037") > 0, parts.text


def test_names_counts_and_requests_of_row_298(assistant):
    # dev48 yf032: «Ghanese» is Ghana's; it was refused as a name the stukken never use
    ghana = check_sound(assistant, "Wat leert het Ghanese geval over koppelingen aan ontwikkelingshulp?")
    assert not ghana.abstained and ghana.citations[0].paragraph_id == "kst-29344-128:014", ghana.text
    # dev48 yf052: "the Commission's September plan" names the Commission and a month, not one absent name
    plan = check_sound(assistant, "What is the starting point of the Commission's September action plan?")
    assert not plan.abstained and plan.citations[0].paragraph_id == "kst-29344-128:028", plan.text
    # dev48 yf039: a polite request imposes no cabinet voice, and «het ACVZ-onderzoek» says where the countries are
    # named (the paragraph never says «onderzoek»); it was answered with the cabinet's sentences
    listed = check_sound(assistant, "Noemt u de zes landen met capaciteitsprojecten uit het ACVZ-onderzoek?")
    assert "Armenië, Azerbeidzjan, Burundi, Guinee, Nigeria en Rwanda" in listed.text, listed.text
    # dev48 yf042: «vier» counts the countries named, it is no topic word their paragraph must share
    four = check_sound(
        assistant, "Diaspora die een bedrijf start in het land van herkomst: in welke vier landen krijgen ze steun?"
    )
    assert "Marokko, Afghanistan, Irak en Somalië" in four.text, four.text
    # dev48 yf020: «EU-landen» are the letter's «lidstaten» (the date was refused for a paragraph without «landen»)
    when = check_sound(assistant, "Wanneer zei Nederland dat de meeste EU-landen dezelfde terugkeerproblemen hebben?")
    assert "maart 2014" in when.citations[0].quote, when.text
    # dev48 yf027: a count after a preposition is a count; none is given
    assert check_sound(assistant, "Tegen hoeveel landen is minder-voor-minder al toegepast?").abstained
    # dev48 yf025: names requested, in Dutch or English, are not given by «verschillende ngo’s»
    assert check_sound(assistant, "Noem de ngo's die specialistische terugkeerprojecten uitvoeren.").abstained
    assert check_sound(assistant, "Can you name the NGOs that run specialised return projects?").abstained
    # … while the IOM is an organisation named
    assert (
        "Internationale Organisatie voor Migratie"
        in check_sound(assistant, "Noem de organisaties die terugkeerprojecten uitvoeren.").text
    )


def test_needs_shares_voices_and_names_of_row_299(assistant):
    # dev49 yh003: a need stated asks the date of the letter to the ACVZ (the sentence on «hieronder» was quoted)
    when = check_sound(
        assistant, "Voor de kamervraag-beantwoording heb ik de datum van de opdrachtbrief aan de ACVZ nodig."
    )
    assert "23 mei 2014" in when.citations[0].quote, when.text
    # dev49 yh041: «een regering» is a voice's word, no common noun the stukken never use (it was refused as absent)
    case = check_sound(
        assistant, "Krijgt een regering die meer doet dan gevraagd automatisch iets terug van Nederland?"
    )
    assert not case.abstained and case.citations[0].paragraph_id == "kst-29344-128:019", case.text
    # dev49 yh050, yh047: a trial is the letter's pilot, a pot its budget (refused: «proef» absent; no topic coverage)
    trial = check_sound(assistant, "Komt er een proef met werkgevers voor terugkeerders?")
    assert not trial.abstained and trial.citations[0].paragraph_id == "kst-29344-128:041", trial.text
    pot = check_sound(assistant, "Op hoeveel komt de jaarlijkse M&O-pot na de ophoging uit?")
    assert "vijftien miljoen euro per jaar" in pot.citations[0].quote, pot.text
    # dev11 u008: a share of an amount named is an amount asked: the sentence with it, not the one after it
    share = check_sound(assistant, "Welk deel van de vijftien miljoen is bestemd voor duurzame terugkeer?")
    assert len(share.citations) == 1 and "zes miljoen" not in share.text, share.text
    # dev49 yh061: member states the stukken never name, in English
    assert check_sound(assistant, "Did Hungary or Poland vote against the October 2015 return conclusions?").abstained


def test_all_footnotes_asked_of_row_300(assistant):
    # «Welke voetnoten staan er in de brief?» was refused; «Wat staat er in de voetnoten?» quoted a paragraph on
    # something else: «er», «staat» narrow the series to nothing
    for question in ("Welke voetnoten staan er in de brief?", "Wat staat er in de voetnoten?"):
        notes = check_sound(assistant, question)
        ids = [c.paragraph_id for c in notes.citations]
        assert ids == ["kst-29344-128:fn1", "kst-29344-128:fn2", "kst-29344-128:fn3"], notes.text


def test_idioms_signatories_and_heads_of_row_301(assistant):
    # dev50 yi004: what is held «tegen het licht» is evaluated, a «landenaanpak» the landenbenadering (refused)
    who = check_sound(assistant, "Wie moest de landenaanpak tegen het licht houden?")
    assert who.citations and who.citations[0].paragraph_id == "kst-29344-128:003", who.text
    # dev50 yi011: «Wanneer … aan het kortste eind?» asks a condition (a date from the Council's paragraph was quoted)
    when = check_sound(assistant, "Wanneer trekt terugkeer aan het kortste eind, volgens het kabinet?")
    assert "vooral wanneer daarbij dossiers buiten het migratiedomein" in when.citations[0].quote, when.text
    # dev50 yi033: the names under the letter are the signature block, every line of it (refused)
    names = check_sound(assistant, "Welke namen staan onder de brief?")
    assert [c.paragraph_id for c in names.citations] == ["kst-29344-128:044"], names.text
    assert "Dijkhoff" in names.text and "Ploumen" in names.text
    # dev50 yi044: the carrot and the stick (refused)
    stick = check_sound(assistant, "If the carrot does not work, will the cabinet use the stick?")
    assert stick.citations and stick.citations[0].paragraph_id == "kst-29344-128:015", stick.text
    # dev50 yi008: a clause, a colon and a bare «sinds welk jaar?» asks a date (the budget's amounts were quoted first)
    since = check_sound(assistant, "Het speciale M&O-budget is geoormerkt: sinds welk jaar?")
    assert "sinds 2004" in since.citations[0].quote, since.text
    # dev50 yi060: who led the committee asks a person the stukken do not name (its consultation was quoted)
    assert check_sound(assistant, "Wie leidde de ACVZ toen het advies uitkwam?").abstained
    # dev50 yi017: the European ministers of Justice are the JBZ-Raad, which the paragraph names (refused: no
    # paragraph names «Justitie»)
    proposal = check_sound(assistant, "Wat stelde Nederland voor aan de Europese ministers van Justitie?")
    assert proposal.citations and proposal.citations[0].paragraph_id == "kst-29344-128:027", proposal.text
    assert "stelde toen voor om deze problemen op EU-niveau aan te pakken" in proposal.text


def test_the_agent_of_a_participle_is_no_voice_asked_row_302(assistant):
    # dev50 yi010: «de door de ACVZ bekeken periode» asks the cabinet alone; with the ACVZ asked too the answer was
    # the cabinet's sentence on the evaluation it asked for (the sentence with the most of the topic's words)
    then = check_sound(assistant, "Erkent het kabinet dat de door de ACVZ onderzochte jaren anders waren dan nu?")
    assert then.citations and then.citations[0].paragraph_id == "kst-29344-128:012", then.text
    assert "misschien minder het geval in de door de ACVZ geëvalueerde periode" in then.text


def test_words_contexts_and_plans_of_row_303(assistant):
    # dev51 yj054: «de adviescommissie» is a speaker, no word of the topic (each part was refused: no sentence of
    # the ACVZ says «adviescommissie»)
    both = check_sound(
        assistant, "Terugkeer in het EU-kader: wat adviseert de adviescommissie en hoe reageert het kabinet?"
    )
    assert [c.paragraph_id for c in both.citations][:2] == ["kst-29344-128:026", "kst-29344-128:027"], both.text
    # dev51 yj021: «vóór» is a stopword stressed, a «begroting» the letter's budget (refused)
    before = check_sound(assistant, "Hoeveel miljoen was de M&O-begroting vóór de verhoging?")
    assert "negen miljoen euro" in before.citations[0].quote, before.text
    # dev51 yj063: a measure asked as done («inmiddels echt stopgezet») is only a plan in the letter
    done = check_sound(assistant, "Is de visumfacilitatie voor een land inmiddels echt stopgezet?")
    assert done.abstained and any("voornemen" in n for n in done.notices), done.text
    # dev51 yj056: a clause, a semicolon and «hoeveel»: a count asked, which no sentence on Ghana gives
    assert check_sound(assistant, "Ghana werkte minder mee na de koppeling; hoeveel uitzettingen mislukten?").abstained
    # dev51 yj013: border guards are trained, in the letter's words (refused)
    trained = check_sound(assistant, "Worden grenswachters en immigratieambtenaren door Nederland opgeleid?")
    assert trained.citations and trained.citations[0].paragraph_id == "kst-29344-128:032", trained.text
    # dev51 yj006, yj011: who holds a dossier, a task shared
    owner = check_sound(assistant, "Wie heeft in Brussel het terugkeerdossier in handen?")
    assert "DGHOME (in Brussel)" in owner.text, owner.text
    shared = check_sound(assistant, "Wat is een gezamenlijke opgave van herkomst-, doorreis- en bestemmingslanden?")
    assert shared.citations and shared.citations[0].paragraph_id == "kst-29344-128:028", shared.text
    # dev51 yj064: a report again, in the present tense, is one still to come: no date of 2014
    assert check_sound(assistant, "Wanneer krijgt de Kamer weer een update over migratie en ontwikkeling?").abstained
