"""What a question asks for and whether a sentence gives it (assistant/questions.py)."""

import pytest


def test_a_named_answer_names_what_is_asked():
    from assistant.questions import asked_named, carries

    ngos = asked_named("Welke ngo’s voeren de terugkeerprojecten uit?")
    assert ngos == asked_named("Which NGOs carry out the return projects?")
    # one asked by name is named too (row 296, dev46 yd026: answered with «verschillende ngo’s»)
    assert ngos == asked_named("Welke ngo voert specialistische projecten voor DT&V uit, bij naam?")
    # spoken of, but not named
    assert not carries("named", "De IOM en verschillende ngo’s geven daarbij uitvoering.", what=ngos)
    assert not carries("named", "Het kabinet zet in op samenwerking met IOM en ngo’s.", what=ngos)
    # names of another kind: the DT&V is no ngo
    assert not carries("named", "De terugkeer wordt begeleid door de Dienst Terugkeer en Vertrek.", what=ngos)
    assert carries("named", "Het kabinet werkt samen met ngo’s als VluchtelingenWerk en Cordaid.", what=ngos)
    organisations = asked_named("Welke organisaties voeren terugkeerprojecten uit?")
    assert carries("named", "De Internationale Organisatie voor Migratie geeft daarbij uitvoering.", what=organisations)
    embassies = asked_named("Welke ambassades zijn betrokken?")
    assert carries("named", "We presenteren hen aan de ambassades van Marokko en Turkije.", what=embassies)
    assert not carries("named", "We presenteren hen aan de ambassades van hun herkomstlanden.", what=embassies)


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Hoeveel visa zijn er ingetrokken?", "count"),
        ("How many people returned?", "count"),
        ("Hoe groot is de groep?", "number"),
        ("Hoeveel landen doen mee?", "named-count"),  # «hoeveel» alone stays a number
        ("Wanneer verscheen het actieplan?", "date"),
        ("Sinds welk jaar bestaat het budget?", "date"),
        # «Vanaf wanneer …?» asks since when (dev27 zk009, dev13 w007); «Tot wanneer …?» asks an end, a date or a
        # condition (dev23 zg021: «Zolang vrijwillige terugkeer nog niet … is»; row 304)
        ("Vanaf wanneer heeft migratie en ontwikkeling een eigen potje?", "date"),
        ("From when is there a budget for migration and development?", "date"),
        ("Tot wanneer valt er nog iets te verbeteren aan vrijwillig vertrek?", "until"),
        ("Op welke datum?", "date"),
        ("Hoelang duurt de pilot met werkgevers?", "date"),  # written as one word (dev22 zf046)
        ("Welk jaartal hoort bij de steun aan Keniaanse ambtenaren?", "date"),  # a year (dev26 zj012)
        ("Wat is de looptijd van het Somalische migratieproject?", "date"),  # a stretch of time (dev26 zj045)
        ("What is the duration of the pilot?", "date"),
        ("When did it start?", "date"),
        ("What is the unemployment rate in the Netherlands?", "percentage"),
        ("Hoeveel procent van de aanvragen wordt afgewezen?", "percentage"),
        ("Welk percentage keert terug?", "percentage"),
        ("Wat kost het project met de Somalische autoriteiten?", "amount"),
        # asked indirectly («Kunt u aangeven wat …»), the verb last (dev29 zm044 was answered by the budget)
        ("Wat de DT&V jaarlijks kost?", "amount"),
        ("Wat de kosten zijn van de pilot?", None),
        # in the past tense too (row 277, dev38 zv054 was answered with «Uit eerder onderzoek …»)
        ("Wat heeft het ACVZ-onderzoek gekost?", "amount"),
        ("Hoeveel hebben de terugkeerprojecten in totaal gekost?", "amount"),
        ("Wat kostte de pilot met het bedrijfsleven?", "amount"),
        # what someone earns or is charged is money (row 294, dev44 yb025, yb026)
        ("Wat verdient een terugkeerder gemiddeld bij een werkgever?", "amount"),
        ("What fee does the IOM charge per person?", "amount"),
        ("How much does the IOM charge for a return?", "amount"),
        ("What salary do returnees earn?", "amount"),
        ("Wat verdient aanbeveling volgens de ACVZ?", None),  # an idiom: what is recommended
        ("Wat heeft het kabinet met het advies gedaan?", None),
        ("Wat had de ACVZ geconcludeerd?", None),
        # row 282 (dev39): what was spent, figures, a count after «om», the holder of an office
        ("How much did the Netherlands spend on reception in the region in 2015?", "amount"),
        ("Wat waren de IOM-vertrekcijfers over 2015?", "number"),
        ("Om hoeveel prioriteitslanden gaat het?", "count"),
        # row 305 (dev53 yl057): figures asked for at the end count something; an enumeration does not answer
        ("Heeft de investering in Guinee en Burundi tot meer gedwongen vertrek geleid, in cijfers?", "count"),
        ("Has return improved, in figures?", "count"),
        ("Hoeveel is dat in cijfers?", "number"),
        ("Hoe groot was het budget, in cijfers?", "amount"),
        ("Wordt er in cijfers gedacht?", None),
        ("Welke minister gaat over integratie?", "person"),
        ("Which minister signed for Foreign Affairs?", "person"),
        ("Welke ministeries zijn betrokken?", None),
        ("Hoeveel geld is er beschikbaar?", "amount"),
        ("Hoeveel budget was er voorheen?", "amount"),
        # a compound of money (dev29 zm010: counted as things, and no number in the budget sentences counted)
        ("Hoeveel ontwikkelingsgeld is er na het Kamerdebat van eind april 2015 extra vrijgemaakt?", "amount"),
        ("Hoeveel ODA-geld gaat naar terugkeer?", "amount"),
        ("Hoeveel geldovermakingen zijn er gedaan?", "count"),
        ("Hoeveel ODA-middelen kwamen er extra bij?", "amount"),  # funds are money
        ("Hoe vaak heeft de ACVZ eerder geadviseerd?", "number"),
        ("How often did it happen?", "number"),
        ("Welke Europese lidstaten passen het al toe?", "countries"),  # member states are countries
        ("Which EU member states apply it?", "countries"),
        ("Hoeveel middelen zijn er voor terugkeer?", "amount"),
        ("How much money is available each year?", "amount"),
        ("What does the pilot cost?", "amount"),
        ("Wat zijn de kosten van de pilot met het bedrijfsleven?", "amount"),
        ("Welk budget heeft de ACVZ?", "amount"),
        ("Hoe hoog is het budget voor duurzame terugkeer?", "amount"),
        # a share of a budget is an amount; a share of something else is not
        ("Welk deel van het terugkeerbudget gaat naar de IOM?", "amount"),
        ("Welk bedrag gaat er naar terugkeer?", "amount"),
        ("Welk deel van de aanbevelingen neemt het kabinet over?", None),
        ("En wat wordt er gedaan aan de kosten van hun geldovermakingen?", None),  # about costs, not asking one
        ("Wie is de voorzitter van de ACVZ?", "person"),
        ("Wie is de directeur van de DT&V?", "person"),
        ("Who is the chair of the ACVZ?", "person"),
        ("Wanneer kan negatieve conditionaliteit wel effectief zijn?", None),  # a condition, not a date
        ("Wanneer is negatieve conditionaliteit effectief volgens het kabinet?", None),
        ("When can negative conditionality be effective?", None),
        ("Wanneer kan een negatieve prikkel volgens de ACVZ toch effect hebben?", None),  # a verb of working
        # «heeft … effect», «vindt … effectief»: a condition too (dev33 zq013, the second part of zq049)
        ("Wanneer heeft het inhouden van voordelen op migratiegebied volgens de adviescommissie toch effect?", None),
        ("wanneer vindt het kabinet het wel effectief?", None),
        ("Wanneer heeft de ACVZ haar advies aangeboden?", "date"),
        # «Hoe groot is de aandacht …?» asks how much in words («slechts beperkt»), not a number (row 99)
        ("Hoe groot is volgens de ACVZ de aandacht voor terugkeer bij de Haagse departementen?", None),
        ("Hoe groot is de rol van de diaspora?", None),
        ("Hoe groot is de groep vertrekplichtigen?", "number"),
        ("Wanneer kunnen sancties werken?", None),
        ("When can sanctions work?", None),
        ("Wanneer is de brief verstuurd?", "date"),
        ("Wanneer kan de Kamer de brief verwachten?", "date"),
        ("Wat vindt de ACVZ?", None),
        ("Wie begeleidt de terugkeer?", None),  # a body or a group answers these
        ("Onder wie is geconsulteerd?", None),
        ("Wie is dossiereigenaar van terugkeer?", None),
        ("Welke landen weigeren hun onderdanen terug te nemen?", "countries"),
        ("In welke landen zijn Business Support Organisations versterkt?", "countries"),
        ("Welke herkomstlanden interpreteren de terugnameplicht anders?", "countries"),  # a compound asks the same
        # as a Kamervraag asks it (dev28 zl013: the cabinet's reaction on relations was quoted after the countries)
        ("Noem de landen waar op verschillende niveaus in capaciteitsprojecten is geïnvesteerd.", "countries"),
        ("Geef alle herkomstlanden die niet meewerken.", "countries"),
        ("List the countries where capacity projects were funded.", "countries"),
        ("Noem de departementen die terugkeer in beeld hebben.", None),
        ("What is the budget of the African Diaspora Policy Center?", "amount"),  # as «Wat is het budget van …?»
        ("How high are the costs of the pilot?", "amount"),
        ("Which countries does the Netherlands support?", "countries"),
        ("Welke organisaties zijn betrokken?", "named"),  # not countries, but named things all the same
        # their names asked (dev22 zf044 quoted «verschillende ngo’s»); a title is asked of one thing
        ("Hoe heten de ngo's die met de DT&V werken?", "named"),
        ("Welke namen hebben de ngo's die met de DT&V werken?", "named"),
        ("Hoe heet het advies van de ACVZ?", "title"),
        ("Hoeveel mensen keerden terug?", "count"),
        ("En hoeveel mensen zijn daarmee al teruggekeerd?", "count"),  # a leading «En» asks the same
        ("Hoeveel landen krijgen steun?", "named-count"),
        ("Hoeveel extra geld is er bijgekomen?", "amount"),
        ("En hoeveel daarvan gaat naar duurzame terugkeer?", "number"),
        # a verb after «hoeveel» counts nothing named (dev2-followups)
        ("En hoeveel kwam erbij?", "number"),
        ("Hoeveel blijft er over voor de diaspora?", "number"),
        # a part of what the conversation counted (row 110)
        ("Welk deel daarvan gaat naar duurzame terugkeer?", "number"),
        ("And what share of it is for sustainable return?", "number"),
        # a preposition before «hoeveel» asks the same count (row 89)
        ("Met hoeveel diasporaorganisaties overlegt de overheid?", "count"),
        ("In hoeveel landen is geïnvesteerd in capaciteitsprojecten?", "named-count"),
        ("In how many countries were projects started?", "named-count"),
        ("Uit hoeveel onderdelen bestaat deze brief?", "count"),
        # a stretch of time is told by its dates
        ("Hoeveel tijd zat er tussen het verzoek en het advies?", "date"),
        ("Hoe lang bestaat het speciale budget al?", "date"),
        ("How long did the evaluation take?", "date"),
        # a name or title asked (dev20)
        ("Hoe heet het advies dat de ACVZ aan het kabinet aanbood?", "title"),
        ("What is the title of the ACVZ report?", "title"),
        ("Wat is de titel van het ACVZ-rapport?", "title"),
        ("On what date did the advisory committee hand over its advice?", "date"),
        # millions are money (dev20: «Hoeveel miljoen …» was counted as «miljoen» things)
        ("Hoeveel miljoen gaat er naar de drie terugkeerthema's?", "amount"),
        ("Hoe groot was het budget voor migratie en ontwikkeling?", "amount"),
    ],
)
def test_answer_type_of_a_question(question, kind):
    from assistant.questions import answer_type

    assert answer_type(question) == kind


def test_an_english_count_counts_what_its_gloss_names():
    from assistant.questions import carries, counted

    asylum_seekers = counted("How many rejected asylum seekers left the Netherlands in 2015?")
    assert "asielzoeker" in asylum_seekers
    assert asylum_seekers == counted("Hoeveel afgewezen asielzoekers verlieten Nederland in 2015?")
    assert counted("How many displaced asylum seekers left?") == counted("Hoeveel asielzoekers zijn er vertrokken?")
    assert not carries("count", "Deze brief bestaat uit twee elementen.", what=asylum_seekers)
    assert carries("count", "In 2015 vertrokken 5.000 afgewezen asielzoekers.", what=asylum_seekers)
    assert counted("How many staff does the DT&V employ?") == frozenset()  # a word the glossary lacks: any count


def test_numbers_and_dates_in_sentences():
    from assistant.questions import carries

    assert carries("number", "nu vijftien miljoen euro per jaar") and carries("number", "5.000 mensen")
    assert not carries("number", "in 2014 in Kenia")  # a year does not answer «hoeveel»
    # a stretch of time answers «Wat is de looptijd …?»; the start of a project does not
    assert carries("date", "Het project loopt drie jaar.") and carries("date", "een looptijd van 18 maanden")
    assert not carries("date", "bij aanvang van het project is medewerking van de autoriteiten toegezegd")
    assert not carries("number", "een instrument")  # the article "een" is not a number
    # numbers that name a reference or a day do not count anything
    for naming in (
        "het verzoek van uw lid Fritsma (PVV) (Handelingen II 2014/15, nr. 101, item 8)",
        "de Kamerbrief van 22 april 2015 (Kamerstuk 19 637, nr. 1994)",
        "het EU Actieplan voor Terugkeer (COM (2015) 453)",
        "zie p. 3",
    ):
        assert not carries("number", naming), naming
    assert carries("number", "in 2014/15 keerden 1.200 mensen terug")  # a count beside a reference still counts
    assert carries("number", "Kamerstuk 19 637 noemt twee elementen")
    # an enumeration or a list the reader counts answers «hoeveel»
    assert carries("number", "ondersteuning geboden aan autoriteiten in Irak, Afghanistan en Pakistan")
    intro = "In de Kamerbrief van 28 november 2014 (Kamerstuk 30 573, nr. 129) zijn deze prioriteiten geformuleerd:"
    assert carries("number", intro, "\n1. Versterken migratiemanagement;\n2. Opvang")
    assert not carries("number", intro, " Het kabinet vindt")
    assert not carries("number", "De ACVZ en het kabinet verschillen van mening")


def test_which_countries_wants_them_named_or_their_kinds_listed():
    from assistant.questions import carries

    assert carries("countries", "In Marokko, Afghanistan, Irak en Somalië zijn de capaciteiten versterkt")
    assert carries("countries", "een gedeelde verantwoordelijkheid van herkomst-, transit- en bestemmingslanden")
    assert not carries("countries", "als herkomstlanden aangeven dat zij niet meewerken")
    assert not carries("countries", "de Ministeries van Veiligheid en Justitie")  # two names: often one body
    # where the stukken name none, the countries described (dev4 k005 was refused)
    assert carries("countries", "Projecten worden uitgevoerd in landen die kampen met specifieke uitdagingen")
    assert (
        carries("date", "Op 25 juni jl. heeft")
        and carries("date", "sinds 2004")
        and not carries("date", "Het kabinet vindt")
    )


def test_a_rate_question_wants_a_percentage_not_any_number():
    from assistant.questions import carries

    assert carries("percentage", "een stijging van 12%") and carries("percentage", "ruim 40 procent")
    assert not carries("percentage", "op een bizarre plaats 105")
    assert not carries("percentage", "vijftien miljoen euro")


def test_a_cost_question_wants_an_amount_of_money_not_any_number():
    from assistant.questions import carries

    assert carries("amount", "nu vijftien miljoen euro per jaar") and carries("amount", "€ 2,5 miljoen")
    assert not carries("amount", "projecten onder elk van de vier beleidsprioriteiten")


def test_asked_genres_name_the_kind_of_document():
    from assistant.questions import asked_genres

    assert asked_genres("Welke bewindspersonen hebben de brief ondertekend?") == {"kamerbrief"}
    assert asked_genres("Wat verzoekt de motie-Wörsdörfer?") == {"handelingen"}
    assert asked_genres("Wat zei de staatssecretaris in het debat?") == {"handelingen"}
    assert asked_genres("Wat concludeert het rapport van de ACVZ?") == {"rapport"}
    assert asked_genres("Wie stelde de schriftelijke vragen?") == {"aanhangsel"}
    assert asked_genres("Wat vindt het kabinet van terugkeer?") == set()
    assert asked_genres("Welk Kamerlid had om deze reactie verzocht?") == set()  # Kamerleden are named in letters too


def test_asks_for_source():
    from assistant.questions import asks_for_source

    assert asks_for_source("Naar welke Kamerstukken verwijst de brief?")
    assert asks_for_source("In welk Kamerstuk staat de notitie?")
    assert asks_for_source("Welke bron hoort bij de Kamerbrief?")
    # dev20: «stukken» asked for, and «vindplaats», are sources too
    assert asks_for_source("Welke twee stukken worden genoemd bij de extra ODA-middelen?")
    assert asks_for_source("Welke vindplaats geeft de brief voor de notitie?")
    assert not asks_for_source("Wat vindt het kabinet van de ACVZ?")
    # dev41 (row 289): a note is a footnote, and the number of a stuk is where it is to be found
    assert asks_for_source("In de noot over de extra ODA-middelen staan twee stuknummers. Welke?")
    assert asks_for_source("Welk dossiernummer heeft de brief over de ODA-middelen?")
    assert not asks_for_source("Wat noteert het kabinet over de ODA-middelen?")


def test_identifiers_are_dates_and_kamerstuk_and_com_numbers():
    from assistant.questions import identifiers

    assert identifiers("Waarover ging de brief van 8 september 2015?") == ["8 september 2015"]
    assert identifiers("na de bijeenkomst van 25–26 juni 2015 (Kamerstuk 21 501-20, nr. 997)") == [
        "25–26 juni 2015",
        "kamerstuk 21 501-20, nr. 997",
    ]
    assert identifiers("In het EU Actieplan voor Terugkeer (COM (2015) 453)") == ["com (2015) 453"]
    assert identifiers("Op 25 juni jl.") == ["25 juni"] and identifiers("in 2014 in Kenia") == []


def test_a_question_for_the_holder_of_a_role_wants_a_persons_name():
    from assistant.questions import answer_type, carries

    # who sits in a body asks for its members' names (dev23 zg050 quoted the ACVZ's views)
    assert answer_type("Wie zit er in de ACVZ?") == "person"
    assert answer_type("Wie zaten er in de commissie?") == "person"
    assert answer_type("Wie zit er achter het voorstel?") is None

    assert carries("person", "De Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff")
    assert carries("person", "het verzoek van uw lid Fritsma (PVV)")
    assert not carries("person", "de Adviescommissie voor Vreemdelingenzaken (ACVZ)")
    assert not carries("person", "het Ministerie van Veiligheid en Justitie (VenJ)")


def test_a_question_about_what_is_still_to_come_wants_a_later_date():
    from assistant.questions import asks_future, names_future

    assert asks_future("Wanneer verschijnt de volgende voortgangsrapportage?")
    assert asks_future("When is the next evaluation planned?")
    assert not asks_future("Wanneer heeft de ACVZ haar advies aangeboden?")
    # something new asked in the present tense is still to come; in a past tense it is not (row 89)
    assert asks_future("Wanneer krijgt de Kamer een nieuwe rapportage over migratie en ontwikkeling?")
    assert asks_future("Wanneer treedt de nieuwe Vreemdelingenwet in werking?")
    assert asks_future("Wanneer zullen de nieuwe projecten starten?")
    assert not asks_future("Wanneer verscheen de nieuwe visie van het kabinet?")
    assert not asks_future("Wanneer heeft het kabinet de nieuwe initiatieven aangekondigd?")
    assert not asks_future("Wanneer is de nieuwe brief verstuurd?")
    # a repetition, or English «will», is still to come (dev20 zd056)
    assert asks_future("When will the ACVZ repeat its evaluation?")
    assert asks_future("Wanneer herhaalt de ACVZ haar evaluatie?")
    assert asks_future("When will the cabinet inform the House?")
    assert not asks_future("When did the ACVZ present its evaluation?")
    # a follow-up study or evaluation comes after (dev27 zk045, dev15 y037)
    assert asks_future("Komt er een vervolgevaluatie van de landenbenadering en wanneer?")
    assert asks_future("Bent u bereid de ACVZ te vragen om een vervolgonderzoek naar terugkeer?")
    assert asks_future("Is a follow-up study planned?")
    assert names_future("In 2016 zal het kabinet de Kamer informeren.", "2015-11-05")
    assert names_future("Het kabinet informeert de Kamer voor de zomer.", "2015-11-05")
    assert not names_future("In de Kamerbrief van 28 november 2014 heeft het kabinet", "2015-11-05")
    assert not names_future("Op 8 oktober 2015 werd het actieplan aangenomen.", "2015-11-05")
    assert not names_future("In 2016 zal het kabinet de Kamer informeren.", None)  # no date known: only phrases


def test_a_sentence_that_speaks_of_what_is_to_come():
    from assistant.questions import asks_future, speaks_of_later

    assert asks_future("Komt er volgend jaar weer een rapportage over dit beleid?")  # dev23 zg047
    assert speaks_of_later("Ook gaat het kabinet in de vorm van een pilot het bedrijfsleven meer betrekken.", None)
    assert speaks_of_later("Het kabinet ziet dit als een aanmoediging om te blijven investeren.", None)
    assert speaks_of_later("… ook op het gebied van migratie, en het kabinet zal hiermee doorgaan.", None)
    assert speaks_of_later("Dat wordt nu al gedaan en dat blijven we uiteraard doen.", None)
    assert speaks_of_later("In 2016 informeert het kabinet de Kamer.", "2015-11-05")
    # staying is not going on; the policy as it stands is no plan
    assert not speaks_of_later(
        "… eigen onderdanen terug te nemen die niet of niet langer in Nederland mogen blijven.", None
    )
    assert not speaks_of_later("Terugkeerbeleid is een belangrijk onderdeel van het beleid voor migratie.", None)


@pytest.mark.parametrize(
    "question, own",
    [
        ("Wanneer is de brief verstuurd?", True),
        ("Van wanneer is deze brief?", True),
        ("When was the letter sent?", True),
        ("Op welke datum is de brief gedateerd?", True),
        ("Wanneer is de brief van 8 september 2015 verstuurd?", False),  # another letter, named
        ("Wanneer verscheen de Kamerbrief over de asielproblematiek?", False),
        ("Wanneer heeft de ACVZ haar advies aangeboden?", False),
    ],
)
def test_a_question_about_the_documents_own_date(question, own):
    from assistant.questions import asks_own_date

    assert asks_own_date(question) is own


def test_dutch_date():
    from assistant.questions import dutch_date

    assert dutch_date("2015-11-05") == "5 november 2015" and dutch_date("2015-01-31") == "31 januari 2015"
    assert dutch_date("2015") == "2015" and dutch_date("2015-13-01") == "2015-13-01"


def test_a_count_of_people_or_things_is_not_an_amount_of_money_or_a_label():
    from assistant.questions import carries

    assert carries("count", "ruim 5.000 mensen keerden terug")
    assert not carries("count", "een budget van negen miljoen euro")  # money counts no people
    assert not carries("count", "4. Blijf inzetten op de bevordering van terugkeer")  # a list item's label
    assert not carries("count", "(Handelingen II 2014/15, nr. 83, items 3 en 6)")  # a reference
    assert not carries("count", "In Marokko, Afghanistan, Irak en Somalië")  # countries do not count returnees
    assert carries("named-count", "In Marokko, Afghanistan, Irak en Somalië")  # … but do count countries
    # names of several words with asides in parentheses count too (dev22 zf011 got the countries' list instead)
    assert carries(
        "named-count",
        "namelijk de Ministeries van Veiligheid en Justitie (VenJ) (inclusief de Dienst Terugkeer en Vertrek (DT&V)), "
        "Buitenlandse Zaken (BZ) (inclusief de Nederlandse vertegenwoordigingen in het buitenland) en Financiën (FIN).",
    )
    assert not carries("named-count", "Op verzoek van VenJ (in Nederland) of DGHOME (in Brussel).")  # two: no list
    assert carries("count", "de volgende thema's:", "\n1. Versterken")  # a list the reader counts


@pytest.mark.parametrize(
    "question, sentence, answers",
    [
        ("Hoeveel leden heeft de ACVZ?", "Deze brief bestaat uit twee elementen.", False),  # counts elements
        ("Hoeveel leden heeft de ACVZ?", "De ACVZ telt negen leden.", True),
        ("Hoeveel leden heeft de ACVZ?", "Dat zijn er negen.", True),  # a bare number may count them
        ("Hoeveel thema's noemt het kabinet?", "Het kabinet zal inzetten op drie thema’s: innovatie.", True),
        ("Hoeveel prioriteiten zijn er?", "de volgende vier beleidsprioriteiten", True),  # compound ends in it
        ("Hoeveel prioriteiten zijn er?", "de volgende beleidsprioriteiten geformuleerd:", True),  # + list below
        ("Hoeveel mensen keerden terug?", "ruim 5.000 vreemdelingen keerden terug", True),  # people in other words
        # English counts what its gloss names (row 168): «members» are «leden»; a word the glossary lacks counts nothing
        ("How many members does the ACVZ have?", "Deze brief bestaat uit twee elementen.", False),
        ("How many staff does the DT&V employ?", "Deze brief bestaat uit twee elementen.", True),
        ("Hoeveel banenmarkten zijn er?", "Opvang in de regio heeft twee sporen.", False),
    ],
)
def test_a_count_answers_only_with_a_number_of_what_is_counted(question, sentence, answers):
    from assistant.questions import carries, counted

    after = "\n1. Versterken migratiemanagement;" if sentence.endswith(":") else ""
    assert carries("count", sentence, after, counted(question)) is answers


@pytest.mark.parametrize(
    "query, keywords",
    [
        ("aantal gedwongen terugkeerders 2015", True),
        ("kabinet oneens met acvz", True),
        ("remittances goedkoper maken", True),
        ("Som de speerpunten op", False),  # an article: a sentence
        ("Wat vindt het kabinet", False),  # a question word, question mark or not
        ("Hoeveel geld?", False),
        ("minder-voor-minder", True),  # one word typed into the box
        ("What does the cabinet think about sanctions", False),  # English
        ("kosten opvang asielzoekers in de regio per jaar en per land", False),  # too long to be keywords
    ],
)
def test_keyword_query_is_typed_words_not_a_sentence(query, keywords):
    from assistant.questions import keyword_query

    assert keyword_query(query) is keywords


@pytest.mark.parametrize(
    "query, kind",
    [
        # a keyword query asks by its type noun, wherever it stands (dev16)
        ("aantal gedwongen terugkeerders 2015", "count"),
        ("aantal landen capaciteitsprojecten", "named-count"),
        ("datum aanbieding acvz advies", "date"),
        ("algemeen overleg verzoek evaluatie datum", "date"),
        ("kosten opvang asielzoekers per jaar", "amount"),
        ("budget m&o voorheen", "amount"),
        ("speciaal budget m&o sinds", "date"),  # «sinds» last: since when, not how much
        ("percentage terugkeer", "percentage"),
        ("pilot bedrijfsleven banenmarkten", None),
        ("zijderoute migratiedata landen", None),  # «landen» is a topic here, not «welke landen»
        # not keywords: a sentence keeps its own reading
        # (row 299: «Wat is de datum van …?» is a sentence that asks a date, as «Wanneer …?» does)
        ("Is de datum van het advies bekend?", None),
        ("Het aantal landen dat meewerkt", None),
    ],
)
def test_answer_type_of_a_keyword_query(query, kind):
    from assistant.questions import answer_type

    assert answer_type(query) == kind


@pytest.mark.parametrize(
    "question, kind",
    [
        # a terse question: a noun phrase with a question mark, headed by its type noun (dev30)
        ("Aantal deelnemende werkgevers aan de banenmarktpilot?", "count"),
        ("Budget migratie en ontwikkeling vóór de verhoging?", "amount"),
        ("Datum schriftelijke vragen falende kabinetslobby?", "date"),
        ("Namen van de ngo's in de terugkeerprojecten?", "named"),
        ("Kosten zijn gedaald?", None),  # a verb after the noun: a sentence
        ("Aantal landen dat meewerkt is gestegen.", None),  # no question
        # a topic typed first, its question after a colon or a comma
        ("Kenia: ondersteuning ambtenaren, welk jaartal?", "date"),
        ("Capaciteitsprojecten: hoeveel landen?", "named-count"),
        ("Wat is het budget: welk jaartal?", "amount"),  # a question first keeps its own reading
        ("Kenia: ondersteuning ambtenaren?", None),
        # … also with its article, before a colon (row 267, dev36 zt044); a clause before it is no topic
        ("Het M&O-budget: hoe lang bestaat dat al?", "date"),
        ("Het budget voor migratie en ontwikkeling: hoe lang bestaat dat al?", "date"),
        ("De brief van 5 november: wanneer is die verstuurd?", "date"),
        ("De ACVZ zegt dat het werkt, hoe reageert het kabinet?", None),
    ],
)
def test_answer_type_of_a_terse_question(question, kind):
    from assistant.questions import answer_type

    assert answer_type(question) == kind


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Welk itemnummer hoort bij het verzoek van Fritsma?", "reference"),
        ("Welk nummer heeft het EU Actieplan voor Terugkeer?", "reference"),
        ("Onder welk nummer is de brief over de ESH-klacht te vinden?", "reference"),
        ("Which parliamentary paper holds the letter of 8 September 2015 on asylum?", "reference"),
        ("What is the number of the EU Action Plan on Return?", "reference"),
        # a source asked: a footnote answers, cited from a sentence that carries only its marker
        ("In welk Kamerstuk staat de notitie «Verbanden tussen ontwikkeling en migratie»?", None),
        ("Welke vindplaats hoort bij het speciale budget sinds 2004?", None),
        ("Welke aanbeveling gaat over de EU?", None),
    ],
)
def test_answer_type_of_a_reference_asked(question, kind):
    from assistant.questions import answer_type

    assert answer_type(question) == kind


def test_counted_reads_a_terse_question_as_its_count_question():
    from assistant.questions import counted
    from assistant.text import content_terms

    assert counted("Aantal deelnemende werkgevers aan de banenmarktpilot?") == set(
        content_terms("deelnemende werkgevers")
    )


def test_counted_reads_a_keyword_query_as_its_count_question():
    from assistant.questions import counted
    from assistant.text import content_terms

    assert counted("aantal gedwongen terugkeerders 2015") == set(content_terms("gedwongen terugkeerders"))
    assert counted("terugkeerders aantal") == set(content_terms("terugkeerders"))


def test_counted_names_what_a_dutch_count_question_counts():
    from assistant.questions import carries, counted
    from assistant.text import content_terms

    assert counted("Hoeveel gedwongen terugkeerders waren er?") == set(content_terms("gedwongen terugkeerders"))
    assert counted("En hoeveel banenmarkten worden georganiseerd?") == set(content_terms("banenmarkten"))
    # a number of people in other words answers «Hoeveel mensen …?», a number of themes does not
    people = counted("Hoeveel mensen zijn teruggekeerd?")
    assert set(content_terms("vreemdelingen asielzoekers")) <= people
    assert carries("count", "ruim 5.000 vreemdelingen keerden terug", "", people)
    assert not carries("count", "Het kabinet zal inzetten op drie thema’s: innovatie.", "", people)
    assert counted("Hoeveel keer is dat gebeurd?") == set()  # any number of times
    assert counted("How many countries?") == counted("Hoeveel landen?")  # English: what its gloss names (row 168)
    assert counted("Wat kost het?") == set()


def test_reason_questions_and_sentences_that_say_why():
    from assistant.questions import asks_reason, follows_from_previous, gives_reason

    assert asks_reason("Waarom helpt Nederland ambtenaren in Kenia?") and asks_reason("Why was the ACVZ asked?")
    assert asks_reason("En om welke reden gebeurt dat?") and asks_reason("Wat is de reden voor de brief?")
    assert not asks_reason("Wat doet Nederland in Kenia?")
    assert gives_reason("De beschermingscapaciteit van de Keniaanse autoriteiten wordt daarmee versterkt.")
    assert gives_reason("Dit is belangrijk, omdat zij de bereidheid moeten hebben.")
    assert gives_reason("gevraagd te evalueren naar aanleiding van een verzoek daartoe")
    assert gives_reason("ondersteuning geboden om het verzamelen van migratiedata te verbeteren")
    assert not gives_reason("Zo zijn in 2014 lokale overheidsfunctionarissen in Kenia ondersteund.")
    assert not gives_reason("Afhankelijk van de context kan het gaan om de aanpak van mensensmokkel.")  # «om» alone
    assert follows_from_previous("Om deze reden wordt sinds een aantal jaren ingezet op wijziging.")
    assert not follows_from_previous("De capaciteit wordt daarmee versterkt.")


def test_condition_questions_and_sentences_that_state_one():
    from assistant.questions import answer_type, asks_condition, gives_condition

    assert asks_condition("Onder welke voorwaarden kan minder-voor-minder werken?")
    assert asks_condition("In welke gevallen is negatieve conditionaliteit effectief?")
    assert asks_condition("Wanneer kan een negatieve prikkel toch effect hebben?")
    assert asks_condition("Under what conditions can sanctions be effective?")
    assert not asks_condition("Wanneer verscheen het actieplan?") and not asks_condition("Wat vindt de ACVZ?")
    # the verb of working right after «wanneer», also carried into a later part in parentheses (dev23 zg041)
    assert asks_condition("Wanneer werkt negatieve conditionaliteit volgens de ACVZ?")
    assert asks_condition("wanneer volgens het kabinet (werkt negatieve conditionaliteit)")
    assert not asks_condition("Wanneer verschijnt de volgende rapportage?")
    # row 286 (dev40 zx019): what is obvious asks a condition too, and a date was asked and refused
    assert asks_condition("Wanneer ligt het voor de hand een tegenprestatie te leveren aan een herkomstland?")
    assert answer_type("Wanneer ligt het voor de hand een tegenprestatie te leveren?") is None
    assert answer_type("Wanneer lag de brief bij de Kamer?") == "date"
    # row 293 (dev43 ya006): how something turns out asks a condition; a decision that falls asks a date
    assert asks_condition("Wanneer valt een keuze tussen terugkeer en een ander belang slecht uit voor terugkeer?")
    assert answer_type("Wanneer pakt minder-voor-minder verkeerd uit?") is None
    assert answer_type("Wanneer valt het besluit?") == "date"
    assert gives_condition("Binnen het terrein van migratie kan zij effectief zijn, mits proportioneel.")
    assert gives_condition(
        "is het kabinet van mening dat «minder-voor-minder», in bepaalde gevallen, effectief kan zijn"
    )
    assert gives_condition("Indien positieve conditionaliteit niet kan overreden, …")
    # «wanneer» and «als» inside a sentence are mostly no condition («zeker wanneer de relatie wordt gelegd …»)
    assert not gives_condition("De ACVZ is kritisch, zeker wanneer de relatie wordt gelegd met andere terreinen.")


def test_asked_role_is_the_office_in_dutch():
    from assistant.questions import answer_type, asked_role

    assert asked_role("Wie was in 2015 de voorzitter van de ACVZ?") == "voorzitter"
    assert answer_type("Wie was in 2015 de voorzitter van de ACVZ?") == "person"
    assert asked_role("Who is the chair of the ACVZ?") == "voorzitter"
    assert asked_role("Who is the state secretary for Security and Justice?") == "staatssecretaris"
    assert asked_role("Wie hebben de brief ondertekend?") is None


def test_which_named_things_want_a_name():
    from assistant.questions import answer_type, carries

    assert answer_type("Welke Nederlandse ambassades zijn betrokken bij terugkeer?") == "named"
    assert answer_type("Which organisations guide return?") == "named"
    assert answer_type("Welke organisatie begeleidt de terugkeer?") is None  # one, described: not a list of names
    assert not carries("named", "dat we vreemdelingen presenteren aan de ambassades van hun herkomstlanden.")
    assert not carries("named", "Reactie: Het kabinet vindt dat zij niet in Nederland mogen blijven.")  # «Nederland»
    assert carries("named", "In samenwerking met het African Diaspora Policy Center wordt hulp geboden.")


def test_a_stretch_of_time_counted_back_answers_when():
    from assistant.questions import carries

    assert carries("date", "Om deze reden wordt sinds een aantal jaren ingezet op wijziging van deze verdragen.")
    assert carries("date", "Er is de afgelopen decennia op alle niveaus zeer veel aandacht gegeven aan …")
    assert carries("date", "Op 25 juni jl. heeft de ACVZ haar advies aangeboden.")
    assert not carries("date", "Er is een aantal landen dat dit anders interpreteert.")
    assert not carries("date", "Van geval tot geval zal daarbij worden bezien …")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Welke resultaten heeft de pilot met banenmarkten opgeleverd?", True),
        ("Wat zijn de resultaten van de pilot met het bedrijfsleven?", True),
        ("Wat heeft de inzet van VenJ en BZ bij herkomstlanden opgeleverd?", True),
        ("What were the results of the pilot?", True),
        # the verb split around its subject (row 294, dev44 yb029)
        ("Wat leverden de capaciteitsprojecten in Burundi en Rwanda concreet op?", True),
        ("Wat levert de pilot op?", True),
        ("Wat levert Nederland op tijd aan?", False),
        # improving results is not asking what came of something
        ("Wat wil de Commissie doen om de terugkeerresultaten te verbeteren?", False),
        ("Hoe beoordeelt de ACVZ de resultaten van EURINT en ERIN?", False),
    ],
)
def test_asks_results(question, expected):
    from assistant.questions import asks_results

    assert asks_results(question) is expected


def test_states_plan_tells_what_is_going_to_be_done_from_what_was_done():
    from assistant.questions import states_plan

    assert states_plan("Ook gaat het kabinet in de vorm van een pilot het bedrijfsleven meer betrekken.")
    assert states_plan("Samen met de organisaties zullen nieuwe initiatieven opgezet worden.")
    assert not states_plan("De inzet van VenJ en BZ heeft er in ieder geval toe geleid dat …")


def test_questions_about_who_signed_or_an_office():
    from assistant.questions import asks_signatory

    for question in (
        "Wie ondertekende de brief namens Buitenlandse Zaken?",
        "Welke bewindspersonen hebben de brief ondertekend?",
        "Door welke bewindslieden is de brief getekend?",
        "Welke staatssecretaris heeft de brief ondertekend?",
        "Who signed the letter for the Ministry of Security and Justice?",
    ):
        assert asks_signatory(question), question
    # who sent it asks who signed (dev33 zq050), so does the sender
    assert asks_signatory("Namens welke drie bewindslieden is deze brief verstuurd?")
    assert asks_signatory("Wie zijn de afzenders van deze brief?")
    # a ministry is not an office: «Letten ook andere ministeries dan Justitie … op terugkeer?» is about policy
    assert not asks_signatory("Letten ook andere ministeries dan Justitie en Buitenlandse Zaken op terugkeer?")
    assert not asks_signatory("Wat doet het ministerie van Financiën?")


def test_the_question_a_polite_kamervraag_asks():
    from assistant.questions import answer_type
    from assistant.text import without_politeness

    question = without_politeness("Kunt u aangeven hoeveel uitgeprocedeerde asielzoekers met de DT&V zijn vertrokken?")
    assert question == "Hoeveel uitgeprocedeerde asielzoekers met de DT&V zijn vertrokken?"
    assert answer_type(question) == "count"  # the formula in front hid the count asked
    assert (
        without_politeness("Wilt u toelichten waarom het kabinet terughoudend is?")
        == "Waarom het kabinet terughoudend is?"
    )
    assert without_politeness("Kunt u aangeven?") == "Kunt u aangeven?"  # nothing follows: left as it is
    assert without_politeness("Deelt u de conclusie van de ACVZ?") == "Deelt u de conclusie van de ACVZ?"


def test_a_question_for_what_is_new_and_a_sentence_that_says_it():
    from assistant.questions import asks_novelty, gives_novelty

    assert asks_novelty("Wat is nieuw aan het actieplan van de Europese Commissie?")
    assert asks_novelty("What is new about the way the Commission's action plan treats conditionality?")
    assert not asks_novelty("Welke nieuwe initiatieven worden opgezet?")  # new things asked, not what is new
    # what something does for the first time (dev26 zj026)
    assert asks_novelty("What does the EU return action plan mention explicitly for the first time?")
    assert asks_novelty("Wat noemt het actieplan voor het eerst?")
    assert not asks_novelty("Wanneer kwam de Kamer voor het eerst bijeen?")  # a date asked
    assert gives_novelty("Daarbij wordt voor het eerst ook de inzet van conditionaliteit expliciet genoemd.")
    assert not gives_novelty("Uitgangspunt daarbij is vrijwillige terugkeer.")


def test_a_cause_given_with_a_causal_conjunction():
    from assistant.questions import gives_cause, gives_reason

    assert gives_cause("Dit is belangrijk, omdat zij de bereidheid moeten hebben en behouden.")
    assert gives_cause("… doordat andere belangen vaak zwaarder wegen.")
    # a purpose or a consequence says why too, but not with a cause's conjunction
    assert gives_reason("De capaciteit wordt daarmee versterkt.") and not gives_cause(
        "De capaciteit wordt daarmee versterkt."
    )
    assert not gives_cause("Nederland heeft ervaring met samenwerking met overheden.")


def test_since_when_asks_a_start_point_and_sinds_gives_one():
    from assistant.questions import asks_since, gives_since

    assert asks_since("Hoe lang is er al geld speciaal gereserveerd voor de koppeling migratie-ontwikkeling?")
    assert asks_since("Sinds wanneer wordt ingezet op wijziging van de verdragen?")
    # row 294 (dev44 yb009): whether it has been there a while
    assert asks_since("Het M&O-budget: is dat iets van de laatste jaren of bestaat het al langer?")
    assert asks_since("Bestaat het speciale budget al lang?")
    assert not asks_since("Bestaat het budget uit twee delen?")
    assert asks_since("Hoelang bestaat er al geld voor migratie en ontwikkeling?")
    assert asks_since("Since when has the budget existed?")
    assert asks_since("Het M&O-budget: hoe lang bestaat dat al?")  # a topic typed first (row 267)
    # how long something takes is no start point
    assert not asks_since("Hoe lang duurt de pilot met werkgevers?")
    assert not asks_since("Wanneer verscheen het actieplan?")
    assert gives_since("… het speciale budget dat daarvoor sinds 2004 is bestemd.")
    assert gives_since("Om deze reden wordt sinds een aantal jaren ingezet op wijziging van deze verdragen.")
    # another date is no start point
    assert not gives_since(
        "Zoals in de kamerbrief van 22 april 2015 is toegelicht, is hier zes miljoen euro aan toegevoegd."
    )


def test_asks_done_already():
    from assistant.questions import asks_done_already

    assert asks_done_already("Heeft het kabinet al eens visumfacilitatie ingetrokken?")
    assert asks_done_already("Is dat al ooit gebeurd?")
    assert asks_done_already("Has the cabinet ever withdrawn visa facilitation?")
    assert not asks_done_already("Met welk doel is de landenbenadering ooit bedacht?")
    assert not asks_done_already("Wat doet het kabinet al aan terugkeer?")
    # row 287 (dev40 zx064): «al ergens», «al daadwerkelijk»; «ergens» alone asks no such thing
    assert asks_done_already("Is het intrekken van visumfacilitatie al ergens toegepast?")
    assert asks_done_already("Is de visumversoepeling al daadwerkelijk teruggedraaid?")
    assert not asks_done_already("Staat er ergens iets over visumfacilitatie?")


def test_asks_members():
    from assistant.questions import answer_type, asks_members

    for q in (
        "Wie zijn de leden van de ACVZ?",
        "Uit wie bestaat de ACVZ?",
        "Wie zaten er in de commissie?",
        "Who are the members of the ACVZ?",
    ):
        assert asks_members(q) and answer_type(q) == "person", q
    assert not asks_members("Wie is de voorzitter van de ACVZ?")
    assert not asks_members("Welke leden stelden Kamervragen?")


def test_a_share_asked_and_a_part_put_within_its_whole():
    from assistant.questions import asks_share, gives_share

    for q in (
        "En hoeveel daarvan gaat naar duurzame terugkeer?",
        "Welk deel van het budget is voor terugkeer?",
        "Hoeveel van de vijftien miljoen gaat naar terugkeer?",
        "And what share of it is for sustainable return?",
    ):
        assert asks_share(q), q
    assert not asks_share("Hoeveel geld gaat naar duurzame terugkeer?")
    assert gives_share("… tien miljoen euro voor duurzame terugkeer binnen het budget van vijftien miljoen euro …")
    # another amount for the same purpose is no part of the whole
    assert not gives_share("… is hier zes miljoen euro voor duurzame terugkeer aan toegevoegd.")


def test_several_things_asked_and_a_sentence_that_enumerates_them():
    from assistant.questions import asks_enumeration, enumerates

    for q in (
        "Welke onderwerpen kunnen projecten voor migratiemanagement behandelen?",
        "Wat hoort er volgens de brief allemaal bij migratiemanagement?",
        "Welke Europese operationele samenwerkingsverbanden noemt de brief?",
        "Noem de drie thema's.",
        # what money is spent on (dev28 zl014: the budget sentence was quoted without the three themes)
        "Waaraan gaat de tien miljoen voor duurzame terugkeer op?",
        "Waaraan worden de middelen besteed?",
        "Waarvoor wordt het budget ingezet?",
    ):
        assert asks_enumeration(q), q
    # one thing asked: a singular after «welke», whatever verb follows it; a purpose («Waarvoor dient …?»)
    for q in (
        "Welke rol krijgen werkgevers in herkomstlanden?",
        "Van welke datum is de brief?",
        "Waarvoor dient het budget van vijftien miljoen?",
        "Waarvoor raadpleegt de overheid diasporaorganisaties?",
    ):
        assert not asks_enumeration(q), q
    assert enumerates(
        "Het kan gaan om de aanpak van mensensmokkel en -handel, grensbewaking, voorlichting en re-integratie."
    )
    # commas in asides are no items
    assert not enumerates(
        "Met deze reactie willigen wij het verzoek in van uw lid Fritsma (PVV) (Handelingen II "
        "2014/15, nr. 101, item 8) en geven wij antwoord op de Kamervragen."
    )


def test_what_a_voice_agrees_with_is_asked_and_said():
    from assistant.questions import asks_agreed, gives_agreed

    assert asks_agreed("Waarmee is de Europese Commissie het eens als het gaat om vrijwillige terugkeer?")
    assert asks_agreed("Over welk punt is het kabinet het eens met de ACVZ?")
    # whether two voices agree is another question (voice.relation_asked)
    assert not asks_agreed("Is het kabinet het eens met de ACVZ?")
    assert gives_agreed("De Commissie is het ermee eens dat het succes daarvan mede afhangt van …")
    assert gives_agreed("Het kabinet deelt de visie van de ACVZ dat …")
    assert not gives_agreed("Uitgangspunt daarbij is vrijwillige terugkeer.")


def test_a_compound_of_what_is_asked_named_is_asked_named_too():
    from assistant.questions import answer_type, asked_named, carries

    assert answer_type("Welke diasporaorganisaties spraken mee over het Global Forum?") == "named"
    assert asked_named("Met welke specifieke hulporganisaties werkt de DT&V samen?") == {"hulporganisaties"}
    # a kind described by a compound of the noun asked tells which («in landen die …» does for countries)
    said = "Diasporaorganisaties in Nederland worden geconsulteerd bij de voorbereiding van evenementen."
    assert carries("named", said, what=asked_named("Welke organisaties worden geconsulteerd?"))
    assert not carries("named", said, what=asked_named("Welke diasporaorganisaties worden geconsulteerd?"))


def test_what_came_later_asked_and_told():
    from assistant.questions import asks_development, tells_development

    for q in (
        "Heeft Ghana later alsnog meegewerkt aan gedwongen terugkeer?",
        "Werkt Nigeria inmiddels mee?",
        "Is het daarna in de Kamer besproken?",
        "Has Ghana cooperated since then?",
        "Heeft de PVV na ontvangst van de brief een debat aangevraagd?",  # row 282 (dev39 zw055)
    ):
        assert asks_development(q), q
    assert not asks_development("Welke ervaring heeft het kabinet met Ghana?")
    # row 294 (dev44 yb044): a time to come in what is asked about, not what came after the stukken
    assert not asks_development("Regio-opvang bestaat uit iets voor nu en iets voor later. Wat zijn die twee?")
    assert not asks_development("Wat schuift het kabinet op tot later?")
    assert tells_development("… maar inmiddels is de migratieproblematiek in Europa zo’n prioriteit geworden …")
    assert not tells_development("… waarbij een negatieve koppeling juist een negatief effect had op de medewerking.")


@pytest.mark.parametrize(
    "question, superlative",
    [
        ("Uit welk land komt de grootste diasporagemeenschap in Nederland?", "grootste"),  # dev26 zj052
        ("Which country has the most returnees?", "most"),
        ("Welke benadering verwacht het kabinet van Europa op het hoogste beleidsniveau?", None),  # a level
        ("Praat Nederland op het hoogste niveau met landen van herkomst?", None),
        ("Wat is volgens het kabinet de effectiefste manier om landen te overreden?", None),  # not a ranking asked
        ("Hoe groot is de grootste groep?", None),  # no «welk / wie»
    ],
)
def test_a_ranking_asked(question, superlative):
    from assistant.questions import asked_ranking

    assert asked_ranking(question) == superlative


def test_a_sentence_that_ranks():
    from assistant.questions import ranks

    assert ranks("dat de meeste lidstaten met dezelfde terugkeerproblemen kampen")
    assert ranks("het leggen van positieve koppelingen de effectiefste manier is")
    assert not ranks("Daarnaast vervult de diaspora een brugfunctie tussen Nederland en het land van herkomst.")


@pytest.mark.parametrize(
    "question, year",
    [
        ("Welke landen hebben hun medewerking aan terugkeer in 2015 opgezegd?", "2015"),  # dev27 zk043
        ("Wat gebeurde er in het jaar 2014 in Kenia?", "2014"),
        ("How many people returned during 2014?", "2014"),
        ("Wat waren de IOM-vertrekcijfers over 2015?", "2015"),  # row 282 (dev39 zw053)
        ("Wat zegt de brief over 2014/15?", None),
        ("Waarvoor is sinds 2004 een speciaal budget bestemd?", None),  # a span to now, no year restricted to
        ("Wat staat er in Handelingen II 2014/15, nr. 101?", None),  # a session in a reference
        ("Hoeveel geld is er voor migratie en ontwikkeling?", None),
    ],
)
def test_the_year_a_question_is_restricted_to(question, year):
    from assistant.questions import year_asked

    assert year_asked(question) == year


@pytest.mark.parametrize(
    "question, advises",
    [
        ("Klopt het dat de ACVZ adviseert de ontwikkelingshulp aan Ghana stop te zetten?", True),
        ("Wat raadt de ACVZ aan als gedwongen terugkeer niet lukt?", True),
        ("Welke maatregel heeft de ACVZ aanbevolen?", True),
        ("Wat is de tweede aanbeveling?", False),  # the noun points at a numbered part
        ("Wat vindt de ACVZ van negatieve conditionaliteit?", False),
    ],
)
def test_advice_asked_as_a_verb(question, advises):
    from assistant.questions import says_advises

    assert says_advises(question) is advises


def test_what_a_terse_question_wants_named():
    # «Namen van de ngo's …?» stands for «Hoe heten de ngo's …?»: «verschillende ngo’s» names none (dev30 zn046)
    from assistant.questions import asked_named, carries

    what = asked_named("Namen van de ngo's in de terugkeerprojecten?")
    assert what == asked_named("Hoe heten de ngo's in de terugkeerprojecten?") and what
    sentence = "De Internationale Organisatie voor Migratie en verschillende ngo’s voeren projecten uit."
    assert not carries("named", sentence, "", what)


@pytest.mark.parametrize(
    "question, counts",
    [
        # a preposition before «hoeveel» counts as «Hoeveel leden …?» does: «twee elementen» answered it (dev32 zp045)
        ("Uit hoeveel mensen bestaat de adviescommissie?", {"mens"}),
        ("Met hoeveel organisaties werkt Nederland?", {"organisaties"}),
        # ... and what is counted is also what the stukken call it
        ("Uit hoeveel onderdelen bestaat de brief?", {"onderdel", "element"}),
    ],
)
def test_what_a_count_counts_after_a_preposition_and_in_the_stukken_words(question, counts):
    from assistant.questions import counted

    assert counts <= counted(question)


@pytest.mark.parametrize(
    "question, ordinal",
    [
        ("Wat is het tweede onderdeel van de brief?", "tweede"),
        ("Wat is de eerste stap?", "eerste"),
        ("Wat zegt de brief ten tweede?", None),  # the letter's own marker, not a place asked
        ("Wat zijn de twee onderdelen?", None),
    ],
)
def test_the_place_in_an_enumeration_asked(question, ordinal):
    from assistant.questions import ordinal_asked

    assert ordinal_asked(question) == ordinal


def test_what_an_ordinal_counts():
    from assistant.questions import ordinal_noun

    # row 295 (dev45 yc061): «het tweede spoor» is in the paragraph that counts «twee sporen»
    assert ordinal_noun("Het tweede spoor van regio-opvang: samen met wie?") == "spoor"
    assert ordinal_noun("Wat is het tweede onderdeel van de brief?") == "onderdeel"
    assert ordinal_noun("Wat zegt de brief ten tweede?") is None


def test_a_topic_typed_first_may_open_its_question_with_a_preposition():
    from assistant.questions import answer_type

    # row 295 (dev45 yc060): the title was not read as asked
    assert answer_type("Evaluatie én advies: onder welke titel bracht de adviescommissie beide uit?") == "title"
    assert answer_type("Het M&O-budget: sinds welk jaar bestaat het?") == "date"


@pytest.mark.parametrize(
    "sentence, ordinal, opens",
    [
        ("Ten tweede wordt in deze brief de voortgangsrapportage geïntegreerd.", "tweede", True),
        ("Allereerst presenteert het kabinet de bevindingen.", "eerste", True),
        ("Tweedens is er geld.", "tweede", True),
        ("Deze brief bestaat uit twee elementen.", "tweede", False),
        ("Allereerst presenteert het kabinet de bevindingen.", "tweede", False),
    ],
)
def test_a_sentence_opening_at_a_place_in_an_enumeration(sentence, ordinal, opens):
    from assistant.questions import opens_with_ordinal

    assert opens_with_ordinal(sentence, ordinal) is opens


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Hoeveel geld is er voor duurzame terugkeer?", False),
        ("Hoeveel geld kwam er bij voor duurzame terugkeer?", True),
        ("En hoeveel kwam erbij?", True),
        ("Hoe groot was de extra impuls voor duurzame terugkeer uit het voorjaar van 2015?", True),
        ("By how much did the migration and development budget grow?", True),
        ("Hoeveel geld was er eerst, en hoeveel kwam erbij?", True),
        ("Hoeveel gaat er naar duurzame terugkeer en hoeveel is er in totaal voor migratie en ontwikkeling?", False),
    ],
)
def test_an_addition_asked(question, asked):
    from assistant.questions import asks_increment

    assert asks_increment(question) is asked


def test_a_sentence_stating_an_addition():
    from assistant.questions import states_increment

    assert states_increment("Zoals … toegelicht, is hier zes miljoen euro voor duurzame terugkeer aan toegevoegd.")
    assert states_increment("Dit is inclusief de zes miljoen euro extra ODA-middelen.")
    assert not states_increment(
        "Tot slot gaat het kabinet in op de inzet van tien miljoen euro voor duurzame terugkeer."
    )


def test_who_signed_or_sent_the_document():
    from assistant.questions import asks_who_signed

    for question in (
        "Wie heeft de brief ondertekend?",
        "Namens welke drie bewindslieden is deze brief verstuurd?",
        "Welke bewindslieden staan onder de brief?",
        "Wie zijn de afzenders van deze brief?",
        "Namens wie is de brief geschreven?",
        "Who signed the letter?",
        "Wie tekenden deze kabinetsreactie?",  # dev35 zs028
        "Door welke bewindslieden is de brief getekend?",
        "Welke handtekeningen staan onderaan de brief?",  # dev37 zu029 (row 271)
        "Whose signatures are under the letter?",
    ):
        assert asks_who_signed(question), question
    for question in (
        "Welke minister gaat over terugkeer?",  # an office, not who signed
        "Wat tekende de ACVZ aan?",  # «aantekenen»: to note
        "Namens wie spreekt de ACVZ?",
        "Wat doet het ministerie van Financiën?",
        # an agreement signed is not the document (dev6 p047, dev4 k045: answered with the signature block once it
        # was put first for who signed, row 261)
        "Heeft Pakistan een terugnameovereenkomst met de EU getekend?",
        "Which countries have signed a readmission agreement with the Netherlands?",
        "Staat er een handtekening onder de terugnameovereenkomst?",
    ):
        assert not asks_who_signed(question), question


def test_euros_counted_the_size_of_a_contribution_and_an_english_title_are_typed():
    from assistant.questions import answer_type

    # "By how many million euros …?" was a count, which «zes miljoen euro» does not answer as a number of things
    # (dev34 zr040); the size of a contribution is money (zr057: answered with the ADPC's paragraph, which has none)
    assert answer_type("By how many million euros was the budget for durable return increased?") == "amount"
    assert answer_type("How many euros were added?") == "amount"
    assert answer_type("How many million people live there?") == "count"
    assert answer_type("Wat is de omvang van de Nederlandse bijdrage aan het ADPC?") == "amount"
    assert answer_type("Hoe groot is de bijdrage aan de IOM?") == "amount"
    assert answer_type("Hoe groot is de rol van de diaspora?") is None
    # how high something stands on the agenda is a standing in words, «slechts beperkt op de agenda» (dev34 zr025:
    # the sentence with the most numbers-like names was quoted)
    assert answer_type("Hoe hoog staat het terugkeerbeleid volgens de adviescommissie op de Haagse agenda?") is None
    assert answer_type("Hoe hoog is de vertrekpremie?") == "number"
    # "Under which title …?" as «Onder welke titel …?» (zr043: answered «De ACVZ heeft in haar evaluatie …»)
    assert answer_type("Under which title did the advisory committee publish its evaluation?") == "title"


def test_where_to_read_a_document_asks_its_source():
    from assistant.questions import asks_for_source

    # «Waar kan ik de brieven … nalezen?» quoted the sentence with the footnote marker, not the footnote (dev34 zr052)
    assert asks_for_source("Waar kan ik de brieven over de extra ODA-middelen nalezen?")
    assert asks_for_source("Waar vind ik de Kamerbrief van 22 april 2015?")
    # where the stukken say something is a look-up in them
    assert not asks_for_source("Waar kan ik iets over banenmarkten lezen?")
    assert not asks_for_source("Waar staat iets over de diaspora?")


def test_what_is_not_counted_and_a_choice_of_means_are_no_number_and_no_date():
    from assistant.questions import answer_type

    # «Hoeveel aandacht …?» asks how much in words: «zeer veel aandacht» (row 256; dev35 zs013 was refused, a count
    # without a number)
    assert answer_type("Hoeveel aandacht is er de laatste decennia besteed aan duurzame betrekkingen?") is None
    assert answer_type("Hoeveel belang hecht het kabinet aan terugkeer?") is None
    assert answer_type("Hoeveel mensen keerden terug?") == "count"
    assert answer_type("Hoeveel landen noemt de ACVZ?") == "named-count"
    # «Wanneer grijpt de regering naar …?» asks a condition (row 257; zs021 wanted a date and was refused)
    assert answer_type("Wanneer grijpt de regering naar minder-voor-minder?") is None
    assert answer_type("Wanneer kiest het kabinet voor negatieve prikkels?") is None
    assert answer_type("Wanneer verscheen het rapport?") == "date"


def test_asks_where_written():
    from assistant.questions import asks_for_source, asks_where_written

    # row 288: where something was written down; its sentence answers, with the footnote it carries
    assert asks_where_written("Waar is de koppeling tussen migratie en ontwikkeling uit 2004 beschreven?")
    assert asks_where_written("Waar zijn die conclusies gepubliceerd?")
    assert asks_where_written("Waar is het verzoek om een evaluatie tijdens het AO te vinden?")
    assert not asks_for_source("Waar is de koppeling tussen migratie en ontwikkeling uit 2004 beschreven?")
    # a place or a topic is no such question
    assert not asks_where_written("Waar is de ACVZ kritisch over?")
    assert not asks_where_written("Waar worden potentiële terugkeerders voorgelicht?")


def test_consequence_is_what_follows_from_the_sentence_before():
    from assistant.questions import consequence

    # row 288: what a «Om deze reden …» sentence says follows, without the words that say it follows
    said = consequence("Om deze reden wordt sinds een aantal jaren ingezet op wijziging van deze verdragen.")
    assert said == " wordt sinds een aantal jaren ingezet op wijziging van deze verdragen."
    assert consequence("Daarom blijft het kabinet investeren.") == " blijft het kabinet investeren."
    assert consequence("Het kabinet blijft daarom investeren.") is None  # not its opening


def test_a_vote_asked_is_told_only_by_a_sentence_on_a_vote():
    from assistant.questions import asks_vote, tells_vote

    # row 291 (dev41 zy062)
    assert asks_vote("Welke fracties stemden tegen het extra geld voor terugkeer?")
    assert asks_vote("How did MEPs vote on the return plan?")
    assert asks_vote("Wat was de uitslag van de stemming over de motie?")
    # agreeing to something is no vote; a tuned approach is none either
    assert not asks_vote("Wanneer stemden de justitieministers in met conclusies over het terugkeeractieplan?")
    assert not asks_vote("Met welke aanbevelingen heeft het kabinet ingestemd?")
    assert not asks_vote("Hoe wordt het beleid afgestemd?")
    # … but a parliamentary party or the Kamer agrees by a vote (row 304, dev52 yk062)
    assert asks_vote("Stemde de PVV-fractie in met de reactie op het ACVZ-rapport?")
    assert asks_vote("Stemde de Tweede Kamer in met het extra geld?")
    assert tells_vote("De motie-Van Klaveren is verworpen.")
    assert tells_vote("In de conclusies die over dit actieplan werden aangenomen op de JBZ-raad …")
    assert not tells_vote("Tot slot gaat het kabinet in op de inzet van tien miljoen euro voor duurzame terugkeer.")


def test_a_count_after_a_preposition_and_the_number_of_things_named():
    from assistant.questions import answer_count_words, answer_type, counted

    # row 298 (dev48 yf027): «Tegen hoeveel landen …?» asks a count as «Hoeveel landen …?» does (it was answered with
    # the cabinet's view on such measures, which counts nothing)
    assert answer_type("Tegen hoeveel landen zijn al maatregelen genomen?") == "named-count"
    assert counted("Tegen hoeveel landen zijn al maatregelen genomen?") == frozenset({"land"})
    assert answer_type("Against how many countries were measures taken?") == "named-count"
    # row 298 (dev48 yf042): the number of things the answer names is no topic word a paragraph must share
    assert answer_count_words("In welke vier landen krijgen ondernemers steun?") == frozenset({"vier"})
    assert answer_count_words("Noem de zes landen met capaciteitsprojecten.") == frozenset({"zes"})
    assert answer_count_words("Van de vijftien miljoen: welk bedrag is voor terugkeer?") == frozenset()
    assert answer_count_words("Welke landen krijgen steun?") == frozenset()


def test_names_requested_are_names_asked():
    from assistant.questions import answer_type, asked_named

    # row 298 (dev48 yf025): «Noem de ngo’s …», "Can you name the NGOs …?" ask names as «Welke ngo’s …?» does
    for question in (
        "Noem de ngo's die terugkeerprojecten uitvoeren.",
        "Geef alle organisaties die meedoen.",
        "Can you name the NGOs that run return projects?",
        "List the companies involved.",
    ):
        assert answer_type(question) == "named", question
        assert asked_named(question), question
    assert answer_type("Noem de landen met projecten.") == "countries"
    assert answer_type("Geef een overzicht van de organisaties.") is None


def test_a_date_asked_as_wat_is_de_datum_and_a_share_of_an_amount_named():
    from assistant.questions import answer_type

    # row 299 (dev49 yh003): «Wat is de datum van …?» asks a date (a need stated is asked so)
    assert answer_type("Wat is de datum van de opdrachtbrief aan de ACVZ?") == "date"
    assert answer_type("Wat was de datum van het advies?") == "date"
    assert answer_type("Wat is de inhoud van het advies?") is None
    # row 299 (dev11 u008): a share of an amount named asks an amount, as a share of a budget does
    assert answer_type("Welk deel van de tien miljoen gaat naar de banenmarktpilot?") == "amount"
    assert answer_type("Welk deel van de 15 miljoen euro is voor terugkeer?") == "amount"
    assert answer_type("Welk deel van de brief gaat over Ghana?") is None


def test_questions_of_dev50_row_301():
    from assistant.questions import answer_type, asks_who_signed

    # «Wanneer … aan het kortste eind?» asks a condition, not a date (dev50 yi011 was refused for want of a date)
    assert answer_type("Wanneer trekt terugkeer volgens de regering vooral aan het kortste eind?") is None
    assert answer_type("Wanneer delft terugkeer het onderspit?") is None
    assert answer_type("Wanneer trok de ACVZ haar conclusie?") == "date"
    # who heads a body asks a person (dev50 yi060 was answered with the ACVZ's consultation); who guides a matter not
    assert answer_type("Wie leidde de adviescommissie toen het rapport verscheen?") == "person"
    assert answer_type("Wie zat de ACVZ voor?") == "person"
    assert answer_type("Wie leidt het vertrek van ex-asielzoekers in goede banen?") is None
    # the names under the letter are its signatories (dev50 yi033 quoted the opening sentence); the verb «namen» not
    assert asks_who_signed("Onder de brief staan drie namen; van wie?")
    assert asks_who_signed("Welke namen staan onderaan de kabinetsreactie?")
    assert not asks_who_signed("Welke maatregelen namen zij onder de brief?")
    # a clause before a colon and a bare question after it: the question's type (dev50 yi008)
    assert answer_type("Het geld voor M&O is geoormerkt: vanaf welk jaar al?") == "date"
    assert answer_type("Het kabinet wil pilots: hoeveel?") == "count"
    # … not a question with a verb of its own after a clause
    assert answer_type("De ACVZ zegt dat sancties niet werken: wat vindt het kabinet?") is None


def test_questions_of_dev51_row_303():
    from assistant.questions import answer_type, asks_done_already, asks_future

    # who chairs a council with a hyphenated name asks a person
    assert answer_type("Wie zat de JBZ-Raad voor in oktober 2015?") == "person"
    assert answer_type("Wie zit de EU-Raad voor?") == "person"
    # «inmiddels echt» asks whether it has been done
    assert asks_done_already("Heeft het kabinet de visumfacilitatie inmiddels echt ingetrokken?")
    assert asks_done_already("Is dat al echt gebeurd?")
    assert not asks_done_already("Is de migratieproblematiek inmiddels een prioriteit?")
    # something again, asked in the present tense, is still to come; in the past tense it looks back
    assert asks_future("Wanneer krijgt de Kamer weer een update over het M&O-beleid?")
    assert not asks_future("Wanneer kreeg de Kamer weer een brief?")


def test_until_when_is_told_by_a_date_or_a_condition():
    from assistant.questions import answer_type, carries

    # row 304: «Tot wanneer loopt de overeenkomst met Somalië?» (dev52 yk058) was answered with the Somali project's
    # contract, which names no end; «Tot wanneer valt er nog iets te verbeteren …?» is told by «Zolang …» (dev23 zg021)
    assert answer_type("Tot wanneer loopt de overeenkomst over grensbewaking met Somalië?") == "until"
    assert carries("until", "Zolang vrijwillige terugkeer nog niet een vanzelfsprekend gegeven is, blijft er ruimte.")
    assert carries("until", "Het project loopt tot 2017.")
    # … and «Zolang …» answers no other date question («Wanneer loopt de pilot af?», dev4 k041)
    assert answer_type("Wanneer loopt de pilot af?") == "date"
    assert not carries(
        "date", "Zolang vrijwillige terugkeer nog niet een vanzelfsprekend gegeven is, blijft er ruimte."
    )
    assert not carries("until", "Bij het project werd deze voorwaarde contractueel vastgelegd.")


def test_what_came_of_something_done_is_a_development_asked():
    from assistant.questions import asks_development, tells_development

    # row 304 (dev52 yk063): the sentence naming Burundi's capacity projects says nothing of what followed
    assert asks_development(
        "Is de medewerking van Burundi aan gedwongen terugkeer verbeterd na de capaciteitsprojecten?"
    )
    assert asks_development("Is terugkeer toegenomen sinds 2014?")
    assert not asks_development("Is het beleid veranderd?")  # no «na», «sinds»: asked of the letter's own time
    assert not asks_development("Is de medewerking verbeterd door wie?")
    # what something led to tells what came of it
    assert tells_development("De inzet van VenJ en BZ heeft er in ieder geval toe geleid dat het belang … in beeld is.")
    assert not tells_development("Door te investeren in capaciteitsprojecten in onder meer Burundi.")
