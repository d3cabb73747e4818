"""Voice (who speaks) per paragraph and per sentence, checked against the letter."""

from __future__ import annotations

import pytest

from assistant.voice import asked_voices, named_speaker, names_voice, sentence_voices, span_voice

from .conftest import find


@pytest.mark.parametrize(
    "fragment, voice",
    [
        ("De ACVZ erkent dat voor een geloofwaardig terugkeerbeleid", "acvz"),  # ACVZ summary section
        ("Binnen het terrein van migratie kan negatieve conditionaliteit effectief zijn", "acvz"),
        ("Wij erkennen dat keuzes tussen terugkeer", "kabinet"),  # Kabinetsreactie
        ("1. Investeer in de ontwikkeling van een coherent", "acvz"),  # a recommendation (item)
        ("Reactie: Het kabinet onderschrijft de wenselijkheid", "kabinet"),  # its reaction
        ("Voorheen was een budget van negen miljoen euro", "kabinet"),  # progress report: the letter's author
        ("Deze brief bestaat uit twee elementen", "kabinet"),
    ],
)
def test_paragraph_voice_from_structure(paragraphs, fragment, voice):
    assert find(paragraphs, fragment).voice == voice


@pytest.mark.parametrize(
    "sentence, voice",
    [
        # the cabinet's reaction quotes the ACVZ, then answers it
        ("Reactie: De ACVZ is positief over de Nederlandse inzet in Brussel.", "acvz"),
        ("Het kabinet blijft zich daarom sterk maken voor het belang van een echt geïntegreerd", "kabinet"),
        ("Volgens de Raad is een effectief terugkeer-, overname- en re-integratiebeleid", "europese-raad"),
        ("erkent de Europese Commissie dat de effectiviteit van terugkeer moet worden vergroot", "europese-commissie"),
        ("De Commissie is het ermee eens dat het succes daarvan", "europese-commissie"),
        ("Uitgangspunt daarbij is vrijwillige terugkeer.", "europese-commissie"),  # points back: continues
        ("werden aangenomen op de JBZ-raad van 8 oktober", "jbz-raad"),
        ("Het beter beheren van de grote migratiestromen naar Europa", "kabinet"),  # names nobody: paragraph voice
        ("Nederland zal niet schromen een actieve rol te blijven nemen", "kabinet"),
        ("Anders dan de ACVZ concludeert, is het kabinet van oordeel", "kabinet"),  # contrast, not the ACVZ's view
        ("De ACVZ concludeerde dat een «meer-voor-meer» beleid", "acvz"),  # ACVZ inside a cabinet section
        ("Hieronder volgt een korte samenvatting van de evaluatie en de aanbevelingen die de ACVZ", "kabinet"),
        ("Voor wat betreft de concrete aanbevelingen van de ACVZ geeft het kabinet", "kabinet"),
        ("noemt de ACVZ overwegend effectief", "acvz"),  # inverted order, Nederland earlier in the sentence
    ],
)
def test_sentence_voice_in_the_letter(paragraphs, sentence, voice):
    p = find(paragraphs, sentence)
    start = p.text.index(sentence)
    got = [v for s, e, v in sentence_voices(p) if s <= start < e]
    assert got == [voice]
    assert span_voice(p, start, start + len(sentence)) == voice


def test_every_sentence_has_a_voice(paragraphs):
    for p in paragraphs:
        spans = sentence_voices(p)
        assert spans, p.id
        assert all(v in {"acvz", "kabinet", "europese-commissie", "europese-raad", "jbz-raad"} for _, _, v in spans)


@pytest.mark.parametrize(
    "question, voices",
    [
        ("Wat vindt het kabinet van negatieve conditionaliteit?", ["kabinet"]),
        ("Is het kabinet het eens met de ACVZ?", ["kabinet", "acvz"]),
        ("Wat vinden de ACVZ en het kabinet van minder-voor-minder?", ["acvz", "kabinet"]),
        ("Wat erkent de Europese Commissie in het actieplan?", ["europese-commissie"]),
        ("Wat bevestigde de JBZ-raad van 8 oktober?", ["jbz-raad"]),
        ("What does the government think of conditionality?", ["kabinet"]),
        # the state's organs are not the cabinet speaking: the answer led with the cabinet's sentence (dev24 zh023)
        ("Which government departments does the advisory committee consider alert to returns?", ["acvz"]),
        ("Is there a government body that handles departures?", []),
        ("Hoeveel geld is er voor terugkeer?", []),
        # a body named as a place or a topic is not a speaker asked for
        ("Wat vereist een EU-migratiebeleid binnen de Commissie en de EDEO?", []),
        ("Wat staat er over de ACVZ in de brief?", []),
        ("Wanneer heeft de ACVZ haar advies aan het kabinet aangeboden?", ["acvz"]),
        ("Wat is het standpunt van de Europese Raad?", ["europese-raad"]),
        ("What does the cabinet think about the ACVZ's advice?", ["kabinet", "acvz"]),  # a possessive owns a view
        ("Wat staat er in de Raadsconclusies van de Europese Raad?", ["europese-raad"]),
        # ministries are what the ACVZ talks about here, not the cabinet speaking; a minister is
        ("Welke ministeries hebben volgens de ACVZ terugkeer in beeld gebracht?", ["acvz"]),
        ("Wat zegt de minister over terugkeer?", ["kabinet"]),
        # the EU's ministers of justice are not the cabinet: they meet as the JBZ-Raad (row 92)
        ("Wat besloten de Europese ministers van Justitie en Binnenlandse Zaken?", ["jbz-raad"]),
        ("Wat vonden de EU-ministers van Justitie van het actieplan?", ["jbz-raad"]),
        # a view the question states itself («eens met de ACVZ dat …») is not asked again
        ("Is het kabinet het eens met de ACVZ dat andere partijen zich niet bewust zijn?", ["kabinet"]),
        ("Does the cabinet agree with the ACVZ that negative incentives harm relations?", ["kabinet"]),
        # the body asked to do something is not a speaker whose view is asked
        ("Waarom werd de ACVZ gevraagd de landenbenadering te evalueren?", []),
        # … after an adverb too (dev29 zm012: the ACVZ's say was looked for, and its date of handing over quoted)
        ("Wanneer heeft u de adviescommissie schriftelijk om de evaluatie verzocht?", ["kabinet"]),
        ("Why was the ACVZ asked to evaluate the country approach?", []),
        ("Heeft het kabinet de ACVZ verzocht om een advies?", ["kabinet"]),
        # the subject of a clause that describes something else, doing what is no saying or judging (dev12 v010,
        # dev18 zb005: the cabinet's sentence on sharing the ACVZ's view was quoted for the ACVZ)
        ("Waarom werken alle partijen nu actiever mee dan tijdens de periode die de ACVZ onderzocht?", []),
        ("Waarom ziet het kabinet de situatie nu anders dan in de periode die de ACVZ onderzocht?", ["kabinet"]),
        # … but a view described is still the voice's: «de conclusie die de ACVZ trekt»
        ("Wat is de conclusie die de ACVZ trekt?", ["acvz"]),
        ("Welke aanbevelingen die de ACVZ deed neemt het kabinet over?", ["acvz", "kabinet"]),
        ("Welke landen die het kabinet noemt werken niet mee?", ["kabinet"]),
        # what is reacted to is no speaker; where a Council decided is («op de JBZ-raad … bevestigd»)
        ("Hoe reageerde het kabinet op de ACVZ?", ["kabinet"]),
        ("How did the cabinet respond to the ACVZ?", ["kabinet"]),
        ("Wat werd op de JBZ-raad van 8 oktober bevestigd?", ["jbz-raad"]),
        # the difference between two voices asks both («tussen» otherwise names a place or a topic)
        ("Wat is het verschil tussen de ACVZ en het kabinet over minder-voor-minder?", ["acvz", "kabinet"]),
        ("What is the difference between the ACVZ and the cabinet?", ["acvz", "kabinet"]),
        # the body that must do something is who the advice is for
        ("Wat moet het kabinet volgens de eerste aanbeveling heroverwegen?", []),
        ("Wat moet het kabinet volgens de ACVZ doen?", ["acvz"]),
        ("What should the cabinet do according to the ACVZ?", ["acvz"]),
        # Kamervragen ask the minister as «u» (row 102); «Kunt u aangeven …» only asks politely; «uw lid» is the Kamer's
        ("Bent u bereid de aanbeveling over te nemen?", ["kabinet"]),
        ("Wat is uw reactie op het advies?", ["kabinet"]),
        ("Kunt u aangeven wat de ACVZ concludeert?", ["acvz"]),
        ("Welk verzoek deed uw lid Fritsma?", []),
        # a view the question states as another's («deelt … de visie van de ACVZ dat …») is not asked again (row 102)
        ("Deelt u de conclusie van de ACVZ dat terugkeer nauwelijks op de agenda staat?", ["kabinet"]),
        ("Deelt het kabinet de visie van de ACVZ dat goede relaties een voorwaarde zijn?", ["kabinet"]),
        # the body asked to do something, with what was asked in between (row 102)
        ("Wanneer heeft het kabinet de ACVZ om deze evaluatie gevraagd?", ["kabinet"]),
        # Brussel as a speaker is the Commission; as a place it is no speaker (row 97)
        (
            "Waarom is gedwongen vertrek volgens Brussel ook van belang voor vrijwillige terugkeer?",
            ["europese-commissie"],
        ),
        ("Wat wil Brussel met de herkomstlanden?", ["europese-commissie"]),
        ("Hoe kijkt de ACVZ aan tegen wat Nederland in Brussel doet?", ["acvz"]),
        # the JBZ-Raad's ministers written with a shared hyphen (row 260; dev35 zs026 was read as no voice and
        # led with the Commission)
        ("Wat bevestigden de Europese justitie- en binnenlandministers in oktober 2015?", ["jbz-raad"]),
        # the ministers in the JBZ-Raad speak there: the Council, not the cabinet (row 264, dev36 zt023); a minister
        # alone in it is ours
        ("Wat hebben de ministers in de JBZ-raad in oktober bekrachtigd?", ["jbz-raad"]),
        ("Wat hebben de ministers van de JBZ-Raad besloten?", ["jbz-raad"]),
        ("Wat zei de minister in de JBZ-Raad van maart 2014?", ["kabinet"]),
        ("Wat vindt de minister van de conclusies van de JBZ-Raad?", ["kabinet", "jbz-raad"]),
        # what the body had to do is what it was asked, not its view (row 274, dev37 zu003)
        ("Waarvoor moest de adviescommissie naast een evaluatie ook met iets komen?", []),
        # the ministers with the EU after them (row 278, dev38 zv024): the JBZ-Raad; our minister of Justitie is ours
        ("Wat werd in oktober 2015 door de justitieministers van de EU bekrachtigd?", ["jbz-raad"]),
        ("Wat vinden de ministers van Justitie van de EU-lidstaten van het actieplan?", ["jbz-raad"]),
        ("Wat besloten de ministers van Justitie en Binnenlandse Zaken van de lidstaten?", ["jbz-raad"]),
        ("Wat vindt de minister van Justitie van het actieplan?", ["kabinet"]),
        # the EU's council of ministers meets as the JBZ-Raad in the stukken (row 294, dev44 yb036: the cabinet)
        ("Welke ministersraad nam conclusies over het actieplan aan?", ["jbz-raad"]),
        ("Wat besloot de Raad van ministers over conditionaliteit?", ["jbz-raad"]),
        ("What did the Council of Ministers decide?", ["jbz-raad"]),
        # another country's government is not the cabinet (row 283); Brussel «denkt» as it «vindt»
        ("Waarbij helpt Nederland de regering in Mogadishu?", []),
        ("Wat vindt de regering van Somalië van terugkeer?", []),
        ("Wat vindt de regering van de ACVZ?", ["kabinet", "acvz"]),
        ("Langs welke weg denkt Brussel meer mensen te laten terugkeren?", ["europese-commissie"]),
        # «Den Haag» as a speaker is the cabinet; as a place it is no speaker (row 304, dev52 yk036)
        ("Erkent Den Haag zelf ook dat terugkeer soms wordt opgeofferd?", ["kabinet"]),
        ("Wat vindt Den Haag van minder-voor-minder?", ["kabinet"]),
        ("Welke partijen in Den Haag zijn zich bewust van de terugkeerproblematiek?", []),
        # the evaluation, report or advice as the one that says it is the ACVZ's (row 286, dev40 zx024: the
        # cabinet's reaction was quoted); as a thing the cabinet speaks of, it is no speaker
        ("Noem de ministeries die, aldus de evaluatie, oog hebben voor het terugkeerprobleem.", ["acvz"]),
        ("Moet de uitvoering omlaag bij landen die niet meewerken, volgens het advies?", ["acvz"]),
        ("Wat vindt het kabinet van de evaluatie?", ["kabinet"]),
        ("Wat staat volgens het kabinet in de evaluatie?", ["kabinet"]),
        # the ministers as a body are the cabinet (row 292, dev42 zz031: the ACVZ's view was given alone); ministers
        # through whom contact runs are no speaker (dev27 zk035)
        ("Zien de bewindspersonen bij de overige departementen een gebrek aan besef?", ["kabinet"]),
        ("Wat vinden de bewindslieden van minder-voor-minder?", ["kabinet"]),
        ("Wie beveelt aan de diplomatieke contacten via bewindspersonen te blijven onderhouden?", []),
        # … and a nationality before «regering», "government" makes it another country's (dev42 zz056)
        ("What border-related support does the Netherlands give the Somali government?", []),
        ("Wat vraagt de Somalische regering?", []),
        ("Wat vindt de Nederlandse regering?", ["kabinet"]),
        ("What does the Dutch government think?", ["kabinet"]),
        ("Kan u de Kamer informeren?", ["kabinet"]),
    ],
)
def test_asked_voices(question, voices):
    assert asked_voices(question) == voices


def test_named_speaker_and_names_voice():
    assert named_speaker("Het budget bedraagt vijftien miljoen euro.") is None
    assert names_voice("De ACVZ constateert dat negatieve prikkels de relatie aantasten.", "acvz")
    assert not names_voice("Terugname van eigen onderdanen is een verplichting.", "acvz")


@pytest.mark.parametrize(
    "voice, surname",
    [
        ("Paternotte (D66)", "paternotte"),
        ("Van der Lee (GroenLinks)", "van der lee"),
        ("staatssecretaris Keijzer", "keijzer"),
        ("minister Kaag", "kaag"),
        ("de voorzitter", ""),  # a role, not a name a question would use for one person
    ],
)
def test_named_speakers_are_found_by_surname(voice, surname):
    from assistant.answer import _surname

    assert _surname(voice) == surname


def test_voice_mentions_give_positions_for_the_order_asked():
    from assistant.voice import voice_mentions

    q = "Is het kabinet het eens met de ACVZ?"
    assert sorted(voice_mentions(q)) == [(q.index("kabinet"), "kabinet"), (q.index("ACVZ"), "acvz")]


@pytest.mark.parametrize(
    "sentence, voice",
    [
        ("Het kabinet deelt de visie van de ACVZ dat goede relaties een voorwaarde zijn.", "acvz"),
        ("Het kabinet is het met de Europese Commissie eens dat terugkeer belangrijk is.", "europese-commissie"),
        ("Wij delen de zorg van de Europese Raad, dat het te langzaam gaat.", "europese-raad"),
        ("De Commissie is het ermee eens dat het succes daarvan afhangt.", None),  # no other voice named
        ("Het kabinet onderschrijft dat het belangrijk is de dialoog open te houden.", None),
        ("Anders dan de ACVZ concludeert, is het kabinet van oordeel dat …", None),  # a contrast shares nothing
    ],
)
def test_shared_view_is_the_voice_whose_view_the_speaker_shares(sentence, voice):
    from assistant.voice import names_voice, shared_view

    assert shared_view(sentence) == voice
    if voice:
        assert names_voice(sentence, voice)  # the quote says whose view it is: no «Volgens …» needed


@pytest.mark.parametrize(
    "question, owner_only",
    [
        ("Wat volgt na de samenvatting van de evaluatie van de ACVZ?", True),
        ("Wat gebeurt er met de inzichten van de ACVZ?", True),
        ("What does the cabinet think about the ACVZ's advice?", True),  # for the ACVZ; the cabinet is asked
        ("Wat vindt de ACVZ van negatieve conditionaliteit?", False),  # a verb of judging: the ACVZ speaks
        ("Wat is volgens de ACVZ nodig?", False),
        ("Wat staat er in het verslag van de JBZ-Raad volgens de brief?", False),  # «volgens» asks a speaker
        # … unless it names another voice (dev5 m026: the ACVZ's finding came second)
        ("Wat komt volgens het kabinet uit de evaluatie van de ACVZ naar voren?", True),
        # «aldus» names a speaker as «volgens» does (row 286)
        ("Wat staat er in het verslag van de JBZ-Raad, aldus de brief?", False),
        ("Wat komt aldus het kabinet uit de evaluatie van de ACVZ naar voren?", True),
    ],
)
def test_a_voice_named_only_as_an_owner(question, owner_only):
    from assistant.voice import only_as_owner

    voice = "jbz-raad" if "JBZ" in question else "acvz"
    assert only_as_owner(question, voice) is owner_only


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Op welke punten verschillen de ACVZ en het kabinet van mening?", "disagree"),
        ("Waarover is het kabinet het oneens met de ACVZ?", "disagree"),
        ("Waarin wijkt het kabinet af van de ACVZ?", "disagree"),
        ("Where do the ACVZ and the cabinet disagree?", "disagree"),
        ("Waar zijn de ACVZ en het kabinet het over eens?", "agree"),
        ("Waar zijn de ACVZ en het kabinet het over eens, en waar niet?", "both"),
        ("Bent u het eens met de ACVZ?", "both"),  # yes or no: both are the answer
        ("Do the ACVZ and the cabinet agree?", "both"),
        ("Wat vindt het kabinet van de ACVZ?", None),
    ],
)
def test_which_relation_between_voices_a_question_asks(question, asked):
    from assistant.voice import relation_asked

    assert relation_asked(question) == asked


@pytest.mark.parametrize(
    "sentence, stated",
    [
        (
            "Anders dan de ACVZ concludeert, is het kabinet van oordeel dat andere partijen zich bewust zijn",
            "disagree",
        ),
        (
            "De inzichten van de ACVZ worden, behoudens enkele kanttekeningen, verwerkt in het bepalen van het beleid",
            "disagree",
        ),
        ("Het kabinet deelt de visie van de ACVZ dat het opbouwen van goede relaties een voorwaarde is.", "agree"),
        ("Het kabinet onderschrijft deze aanbeveling.", "agree"),
        ("Het kabinet kan zich tot op zekere hoogte vinden in dit beeld.", "agree"),
        ("De ACVZ is positief over de Nederlandse inzet in Brussel.", "agree"),
        ("De ACVZ is kritisch over de effectiviteit van negatieve conditionaliteit.", None),  # on a policy, not a voice
    ],
)
def test_how_a_sentence_relates_one_view_to_another(sentence, stated):
    from assistant.voice import relation_stated

    assert relation_stated(sentence) == stated


@pytest.mark.parametrize(
    "question, voice",
    [
        ("Komt er volgens de regeringsleiders van de EU extra geld voor terugkeer?", "europese-raad"),
        ("What did the EU leaders agree on return?", "europese-raad"),
        ("Wanneer bevestigden de Europese justitieministers de conditionaliteit?", "jbz-raad"),
        ("Which principle did EU interior ministers endorse?", "jbz-raad"),
    ],
)
def test_a_council_asked_by_its_members(question, voice):
    # dev21: the heads of government are the Europese Raad, the ministers of justice the JBZ-Raad
    assert asked_voices(question)[0] == voice


def test_a_voice_named_as_the_one_who_did_something_is_asked_no_view():
    from assistant.voice import named_without_a_view

    assert named_without_a_view("Wat heeft de ACVZ op 25 juni aan het kabinet aangeboden?", "acvz")
    assert named_without_a_view("Wat heeft de ACVZ in juni aan het kabinet overhandigd?", "acvz")
    # … or the one who received something (row 304, dev52 yk001: the ACVZ's sentence on its consultation was quoted)
    assert named_without_a_view("Naar aanleiding van welk overleg kreeg de ACVZ de evaluatieopdracht?", "acvz")
    assert not named_without_a_view("Welk oordeel kreeg de ACVZ volgens het kabinet?", "acvz")
    # a verb of saying or judging asks its view, whatever the tense
    for q in (
        "Wat heeft de ACVZ gezegd?",
        "Wat heeft de ACVZ geconcludeerd?",
        "Wat vindt de ACVZ?",
        "Hoe kijkt de ACVZ aan tegen de inzet in Brussel?",
        "Wat heeft de ACVZ volgens het kabinet uitgevoerd?",
        "Wat vindt de ACVZ van de opdracht die ze kreeg?",
    ):
        assert not named_without_a_view(q, "acvz"), q


@pytest.mark.parametrize(
    "sentence, taken_up",
    [
        (
            "Het kabinet ziet dit als een aanmoediging om te blijven investeren in de diplomatieke vertegenwoordiging.",
            True,
        ),
        ("Het kabinet kan zich tot op zekere hoogte vinden in dit beeld.", True),
        ("Het kabinet beschouwt deze conclusie als onjuist.", True),
        ("Het kabinet ziet geen reden om het beleid te wijzigen.", False),
        ("Dit is inclusief de zes miljoen euro extra middelen.", False),  # points back, takes up no one's say
    ],
)
def test_a_sentence_that_takes_up_what_the_sentence_before_it_says(sentence, taken_up):
    from assistant.voice import takes_up

    assert takes_up(sentence) is taken_up


@pytest.mark.parametrize(
    "question, counter",
    [
        ("Wie spreekt de ACVZ tegen over het bewustzijn bij andere partijen?", ("disagree", "acvz")),  # dev27 zk033
        ("Wie is het oneens met de ACVZ over de andere partijen?", ("disagree", "acvz")),
        ("Wie denkt er anders dan de ACVZ over de andere partijen?", ("disagree", "acvz")),
        ("Who disagrees with the ACVZ about other parties?", ("disagree", "acvz")),
        ("Wie deelt de visie van de ACVZ over goede relaties?", ("agree", "acvz")),
        ("Wie is het eens met de ACVZ over relatiebeheer?", ("agree", "acvz")),
        # who says something, no relation to another's view; two voices; no «wie»
        ("Wie vindt dat uitzonderingen met terughoudendheid gemaakt moeten worden?", None),
        ("Wie is het eens met wie, de ACVZ of het kabinet?", None),
        ("Is het kabinet het oneens met de ACVZ?", None),
    ],
)
def test_the_speaker_asked_for_by_how_their_view_relates_to_anothers(question, counter):
    from assistant.voice import counterpart_asked

    assert counterpart_asked(question) == counter


def test_a_meeting_of_ministers_and_a_polite_request_are_not_the_cabinet():
    # row 298 (dev48 yf036): the meeting that confirmed conditionality is the JBZ-Raad (thesaurus), not the cabinet
    assert asked_voices("Welke vergadering van ministers bevestigde dat?") == []
    assert asked_voices("Welke bijeenkomst van ministers nam conclusies aan?") == []
    assert asked_voices("Wat vinden de ministers daarvan?") == ["kabinet"]
    # row 298 (dev48 yf039): «Somt u … op» is a request, «Deelt u …» asks the cabinet's view
    assert asked_voices("Somt u de landen op?") == []
    assert asked_voices("Deelt u de conclusie?") == ["kabinet"]


@pytest.mark.parametrize(
    "question, voices",
    [
        # row 302 (dev50 yi010): the agent of a participle that describes a noun is no voice asked beside another
        ("Geeft het kabinet toe dat de door de ACVZ bekeken periode er anders uitzag dan nu?", ["kabinet"]),
        ("Wat vindt het kabinet van de door de ACVZ voorgestelde aanpak?", ["kabinet"]),
        ("Onderschrijft de ACVZ het door het kabinet gekozen beleid?", ["acvz"]),
        # alone it still says whose the thing is
        ("Wat houdt de door de ACVZ voorgestelde aanpak in?", ["acvz"]),
        # the agent of a passive is asked («door de ACVZ» without an article before it)
        ("Wordt door de ACVZ en het kabinet hetzelfde gedacht over minder-voor-minder?", ["acvz", "kabinet"]),
        ("Wat vinden het kabinet en de ACVZ van de door hen bekeken landen?", ["kabinet", "acvz"]),
    ],
)
def test_the_agent_of_a_participle_before_a_noun_is_no_voice_asked(question, voices):
    assert asked_voices(question) == voices
