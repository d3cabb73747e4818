"""The thesaurus of everyday words for the stukken's policy words (query expansion)."""

import pytest

from assistant.text import content_terms
from assistant.thesaurus import expansions, named_as_the_stukken, rephrased_terms


def test_everyday_words_get_the_stukken_words():
    assert "ontwikkelingssamenwerking" in expansions("Helpt het korten op ontwikkelingshulp?")
    assert "documentfraude" in expansions("Hoe wordt fraude met paspoorten aangepakt?")  # plural: same stem
    assert "diplomatieke vertegenwoordigingen" in expansions("Welke ambassades zijn betrokken?")
    # row 131 (dev22): «terreur», «schaden», «banden», «uitkomsten», «posten», «weigerachtige»
    assert "antiterrorismestrategieën" in expansions("Steunt Nederland strategieën tegen terreur?")
    assert "aantasten" in expansions("Schaden sancties de banden met herkomstlanden?")
    assert "relatie" in expansions("Schaden sancties de banden met herkomstlanden?")
    assert "conclusies" in expansions("Welk stuk bevat de uitkomsten van de Europese top?")
    assert "vertegenwoordigingen" in expansions("Waarom houdt Nederland posten in het buitenland?")
    assert "niet meewerken" in expansions("Blijft het kabinet druk zetten op weigerachtige landen?")
    assert expansions("Hoe lang bestaat het potje voor migratie en ontwikkeling al?") == "budget"  # dev23 zg009
    assert expansions("Welke departementen zijn alert op terugkeer?") == "bewust"  # dev24 zh013, zh023
    assert "negatieve prikkels" in expansions("Lopen de betrekkingen gevaar door strafmaatregelen?")  # dev25 zi035
    assert expansions("Welke vorm van terugkeer staat voor de Commissie voorop?") == "uitgangspunt"  # dev8 r011
    # dev25 zi004: benefits are social security, a bargaining chip a «tegenprestatie»
    assert expansions("Kan Nederland uitkeringsverdragen gebruiken als ruilmiddel?") == (
        "sociale zekerheidsverdragen tegenprestatie"
    )
    # dev26 zj017, zj021: an idiom's one word, a pressure tool, development money
    assert expansions("Moet Nederland terugkeer naar een onwillig land op een laag pitje zetten?") == (
        "niet meewerken minimum niveau terugschroeven"
    )
    assert expansions("Werd ontwikkelingsgeld als drukmiddel gebruikt?") == (
        "ontwikkelingssamenwerking druk koppeling conditionaliteit"
    )
    # dev27 zk013: figures on migration are its data
    assert expansions("Met welke drie landen wordt gewerkt aan betere migratiecijfers?") == "migratiedata"
    assert expansions("Welke cijfers verzamelen Irak en Pakistan?") == "data"
    assert "gevraagd" in expansions("Wanneer heeft u de ACVZ om de evaluatie verzocht?")  # dev29 zm012
    # dev25 zi019, dev28 zl002: an obligation of customary law to take back one's nationals
    assert (
        expansions("Zien alle staten het terugnemen van burgers als een plicht?") == "terugname onderdanen verplichting"
    )
    assert "gewoonterechtelijke" in expansions("Berust de terugnameplicht op verdragen of op gewoonte?")
    # dev30 zn017, zn005: persuading is the letter's «overreding»; a link its «brugfunctie»
    assert expansions("Zijn overtuigen en onder druk zetten genoeg?") == "overreding overreden"
    assert expansions("Diaspora als schakel naar het herkomstland?") == "brugfunctie"
    assert expansions("Moet meewerken aan terugkeer vanzelf spreken?") == "vanzelfsprekend"  # dev30 zn019
    for verb in ("raadpleegt", "raadpleegde", "geraadpleegd"):  # a verb's forms are listed one by one
        assert "consultatie" in expansions(f"Wie {verb} de ACVZ?"), verb


def test_nothing_is_added_to_a_question_in_the_stukken_words():
    assert expansions("Wat vindt het kabinet van negatieve conditionaliteit?") == ""
    assert rephrased_terms("Wat vindt het kabinet van negatieve conditionaliteit?") is None
    # «werken» is no everyday word for jobs: its stem is «werk», and the letter's «meewerken» is everywhere
    assert expansions("Blijft het kabinet werken aan goede contacten met landen van herkomst?") == ""


def test_each_addition_is_listed_once():
    words = expansions("Hoe wordt valsheid in reisdocumenten en paspoorten bestreden?").split()
    assert "documentfraude" in words and len(words) == len(set(words))


def test_rephrased_terms_replace_the_everyday_ones():
    terms = rephrased_terms("Helpt het korten op ontwikkelingshulp?")
    assert terms is not None
    assert set(content_terms("ontwikkelingssamenwerking")) <= terms
    assert not set(content_terms("ontwikkelingshulp")) & terms
    assert set(content_terms("helpt")) <= terms  # the rest of the question stays


def test_a_region_is_named_by_the_countries_in_it():
    # «Welke Aziatische landen …?»: the stukken name Irak, Afghanistan and Pakistan, never «Azië»
    assert {"irak", "afghanistan", "pakistan"} <= set(expansions("In welke Aziatische landen werkt Nederland?").split())
    assert "somalië" in expansions("Welke Afrikaanse landen krijgen steun?").split()
    # a region spelled with a hyphen is not listed: its parts' stems («oost») would expand «Oost-Europese» too
    assert expansions("Wat doet Nederland in Oost-Europese landen?") == ""


def test_the_stukken_stems_for_an_everyday_stem():
    from assistant.thesaurus import stukken_stems

    (stem,) = content_terms("terugkeerprobleem")
    assert set(content_terms("terugkeerproblematiek")) <= stukken_stems(stem)
    (stem,) = content_terms("besef")
    assert set(content_terms("bewust")) <= stukken_stems(stem)
    assert stukken_stems("terugker") == frozenset()  # a stukken word has no other words


def test_rewards_and_something_in_return():
    # «Geef voorbeelden van beloningen …», «Moeten landen … daar iets voor terugkrijgen?» (dev12 v012, dev7 q016)
    assert "positieve prikkels" in expansions("Geef voorbeelden van beloningen voor landen die meewerken.")
    assert "conditionaliteit" in expansions("Wat doet het kabinet als beloningen niet werken?")
    assert expansions("Moeten landen daar iets voor terugkrijgen?") == "tegenprestatie"


def test_a_separate_report_the_hague_and_a_yearly_amount():
    # dev14 x002 («geen losse voortgangsrapportage»), x008 («de Haagse departementen»), x036 («het jaarbedrag»)
    assert expansions("Komt er geen losse voortgangsrapportage meer?") == "separate"
    assert set(content_terms("Den Haag")) <= set(content_terms(expansions("de Haagse departementen")))
    assert "budget" in expansions("Hoe wordt het jaarbedrag verdeeld?")


def test_disagreeing_is_said_as_anders_dan():
    # dev16 z038 «kabinet oneens met acvz»: the letter says «Anders dan de ACVZ concludeert, is het kabinet …»
    assert expansions("kabinet oneens met acvz") == "anders dan kanttekeningen"
    assert expansions("Is het kabinet het eens met de ACVZ?") == ""  # agreeing is not disagreeing


def test_case_law_in_everyday_words():
    assert expansions("Welke rol speelt de rechtspraak?") == "jurisprudentie"  # dev18


def test_rephrased_stems_of_terms_already_stemmed():
    from assistant.thesaurus import rephrased_stems

    terms = set(content_terms("de aandacht bij de Haagse departementen"))
    rephrased = rephrased_stems(terms)
    assert rephrased is not None and set(content_terms("Den Haag")) <= rephrased
    assert rephrased_stems(set(content_terms("terugkeer naar herkomstlanden"))) is None


def test_an_idiom_is_read_as_a_phrase():
    # dev28 zl018, dev27 zk022: informing, losing out to other interests
    assert expansions("Hoe worden mensen die misschien teruggaan beter op de hoogte gebracht?") == (
        "geïnformeerd voorlichting"
    )
    assert expansions("Hoe houdt het kabinet de Kamer op de hoogte?") == "geïnformeerd voorlichting"
    assert expansions("Zijn andere ministeries op de hoogte van de terugkeerproblematiek?") == "bewust"
    assert expansions("Legt terugkeer het doorgaans af tegen andere beleidsbelangen?") == "nadeel uitvalt"
    assert expansions("Wie trekt aan het kortste eind?") == "nadeel uitvalt"
    assert expansions("Hebben VenJ en BZ het belang in kaart gebracht?") == "beeld gebracht"
    # its words alone are no idiom: «tot op zekere hoogte», a map
    assert expansions("Is de aanpak tot op zekere hoogte effectief?") == ""
    assert expansions("Welke kaart staat in het rapport?") == ""
    # the idiom's own words are replaced as a whole; what the question says around a split verb stays
    terms = rephrased_terms("Legt terugkeer het doorgaans af tegen andere beleidsbelangen?")
    assert terms == set(content_terms("terugkeer doorgaans beleidsbelangen nadeel uitvalt"))


def test_a_separable_verb_split_in_a_main_clause_is_read_as_one():
    # dev22 zf017: «nemen … terug» is «terugnemen»; dev30 zn022: «krijgt … terug» is «terugkrijgen»
    assert expansions("Waarom nemen sommige landen hun eigen burgers niet terug?") == "onderdanen terugname"
    assert expansions("Krijgt een land er iets voor terug als het meer doet?") == "tegenprestatie"
    assert "gedwongen terugkeer" in expansions("Hoeveel onderdanen zette Nederland in 2014 uit?")
    # the particle's own words are replaced: «krijgt» and «terug» are no topic
    assert rephrased_terms("Krijgt een land er iets voor terug?") == set(content_terms("land tegenprestatie"))
    # the particle must end the clause: «terug willen» and «uit het terugkeerbudget» are no separable verb
    assert "tegenprestatie" not in expansions("Hoe krijgen mensen die misschien terug willen betere informatie?")
    assert expansions("Welke drie thema's krijgen geld uit het terugkeerbudget?") == "budget middelen"  # money only


def test_poor_countries_are_the_stukken_developing_countries():
    assert expansions("Wat hebben arme landen aan geldovermakingen?") == "ontwikkelingslanden"
    assert expansions("Zijn er landen waar het arm is?") == ""
    assert rephrased_terms("arme landen", {"arm", "land", "extra"}) == {"ontwikkelingsland", "extra"}


@pytest.mark.parametrize(
    "question, added",
    [
        # (and since row 299, cheaper is «lagere kosten», money sent home «geldovermakingen»)
        (
            "Kunnen migranten goedkoper geld naar huis sturen?",
            "lagere kosten verlaging budget middelen herkomstland land van herkomst geldovermakingen overmaken",
        ),
        ("Wat staat hen thuis te wachten?", "herkomstland land van herkomst"),
        ("Welke migranten horen thuis in het beleid?", ""),  # belonging, not home
    ],
)
def test_home_is_the_country_of_origin(question, added):
    assert expansions(question) == added


def test_trafficking_written_out_is_the_stukken_mensenhandel():
    assert expansions("Doet Nederland iets tegen handelaren in mensen?") == "mensenhandel"
    assert expansions("Wordt handel in mensen bestreden?") == "mensenhandel"
    assert expansions("Welke mensen handelen?") == ""


def test_words_of_stop_30_lead_to_the_stukken_s_words():
    from assistant.thesaurus import worded

    # dev33 zq028, zq039, zq044 (CHANGELOG row 244)
    attuned = worded("Tussen wie moet er in Europa afgestemd worden om tot één samenhangend migratiebeleid te komen?")
    assert attuned and {"coördinatie", "coherentie", "geïntegreerd"} <= set(attuned.split())
    assert "prioriteiten" in (worded("Noem de speerpunten waarop het terugkeerbudget wordt ingezet.") or "")
    assert "center" in (worded("Via welk centrum helpt Nederland Afrikaanse overheden?") or "").split()
    assert "trainen" in (worded("Wat leren immigratiemedewerkers dankzij Nederlandse trainingen?") or "").split()


def test_words_of_stop_31_lead_to_the_stukken_s_words():
    # dev34 zr034, zr033, zr037, zr022, zr032 (CHANGELOG row 249)
    assert expansions("Wat doet de regering aan de hoge kosten van remittances?") == "geldovermakingen overmakingen"
    # (row 303: teaching someone to do something is the letter's «trainen» too)
    assert expansions("Hoe leert men grensambtenaren vervalste papieren te herkennen?") == (
        "immigratieautoriteiten fraude documentfraude trainen"
    )
    assert expansions("Welke rol vervullen migrantengemeenschappen?") == "diaspora"
    assert expansions("Hoe oordeelt de ACVZ over het Nederlandse optreden op Europees niveau?") == "inzet"
    assert expansions("Van welke aannames gaat de landenbenadering uit?") == "veronderstelt"
    # money is the stukken's budget and means (row 254; dev34 zr044 «het speciale M&O-geld»)
    assert expansions("Hoeveel geld is er?") == "budget middelen"


def test_words_of_dev35_lead_to_the_stukken_s_words():
    # CHANGELOG row 258: dev35 zs011, zs044, zs038, zs029
    assert expansions("Wat wordt er van een vreemdeling verlangd richting zijn consulaat?") == (
        "diplomatieke vertegenwoordiging"
    )
    assert expansions("Over hoeveel aandachtsgebieden wordt het terugkeergeld verdeeld?") == "thema's prioriteiten"
    assert expansions("Als een land over de brug komt met terugname, doet Nederland dan iets terug?") == (
        "bereid extra inspanning tegenprestatie"
    )
    assert expansions("Wat houdt het kabinet voor ogen met opvang dicht bij huis?") == "in de regio"
    # row 259: cutting aid is the verb, not the adjective of the same stem
    assert "minder-voor-minder" in expansions("Helpt het korten op ontwikkelingshulp?")
    assert "minder-voor-minder" in expansions("Heeft Nederland Irak gekort op ontwikkelingshulp?")
    assert expansions("Wat houdt opvang in de regio op de korte termijn in?") == ""


def test_words_of_dev36_lead_to_the_stukken_s_words():
    # CHANGELOG row 265: dev36 zt023, zt037, zt035, zt032, zt038, zt048
    assert expansions("Wat hebben de ministers in de JBZ-raad in oktober bekrachtigd?") == "bevestigd"
    assert set(expansions("Leert Nederland buitenlandse douaniers nepdocumenten ontmaskeren?").split()) == {
        "immigratieautoriteiten",
        "documentfraude",
        "detecteren",
        "herkennen",
    }
    assert expansions("Waarom is het van belang dat buurlanden van crisisgebieden gesteund worden?") == (
        "gastlanden regio"
    )
    assert set(expansions("Hoe worden vluchtelingen dicht bij conflictgebieden opgevangen?").split()) == {
        "in",
        "de",
        "regio",
    }
    assert expansions("Waarom is het belangrijk om vluchtelingen op te vangen?") == "opvang"
    assert expansions("Blijven wij in gesprek met landen die dwarsliggen?") == "dialoog niet meewerken"
    assert expansions("Wordt het korten op steun in Brussel nu serieuzer overwogen?") == (
        "steeds nadrukkelijker op tafel negatieve koppeling conditionaliteit minder-voor-minder"
    )


def test_dev36_idioms_need_their_phrase():
    # «meer» alone is not weighing more seriously; «vangen» alone is not reception
    assert expansions("Wat wordt er meer gedaan aan terugkeer?") == ""
    assert expansions("Wie vangen de terugkeerders op bij aankomst?") == ""


def test_words_of_dev37_lead_to_the_stukken_s_words():
    # CHANGELOG row 272: dev37 zu034, zu024, zu018, zu026, zu036, zu035
    assert expansions("Krijgen bestuurders hulp?") == "beleidsmakers autoriteiten"
    assert expansions("Welke voorwaarde voor geslaagde vrijwillige terugkeer noemt de Commissie?") == "succes"
    assert set(expansions("Wordt het voor migranten voordeliger om hun verwanten te ondersteunen?").split()) == {
        "familie",
        "lagere",
        "kosten",
    }
    assert set(expansions("Geven maar een paar ministeries om terugkeer?").split()) == {"slechts", "beperkt", "aantal"}
    assert expansions("Kan een project afhankelijk worden gemaakt van de bereidheid?") == "voorwaarde"
    assert expansions("Zijn de andere ministeries inmiddels wakker geschud?") == "bewust"
    assert expansions("Hebben de ministeries de ACVZ wakker geschud?") == "bewust"
    # «afhankelijk» alone, «een paar» alone are no idiom
    assert "voorwaarde" not in expansions("Is Somalië afhankelijk van hulp?")  # («Somalische»: row 288)
    assert expansions("Noem een paar landen.") == ""


def test_words_of_dev38_lead_to_the_stukken_s_words():
    # CHANGELOG row 277: dev38 zv012, zv007, zv013, zv019, zv027, zv003, zv028, zv049
    assert expansions("Op welke rechtsgrond rust de plicht om eigen staatsburgers terug te nemen?") == (
        "verplichting onderdanen terugname"  # «terug te nemen»: the separable verb (row 304)
    )
    assert expansions("Waarom geen voorkeursbehandeling voor een land dat wel meewerkt?") == "gunstige uitzonderingen"
    assert set(expansions("Volgt uit overtuigen en pressie automatisch dat een land meewerkt?").split()) == {
        "overreding",
        "overreden",
        "druk",
        "vanzelfsprekend",
    }
    assert set(expansions("Vindt de ACVZ het zinvol om zo'n landenaanpak te ontwikkelen?").split()) == {
        "nuttig",
        "landenbenadering",
    }
    assert expansions("Welke ministeries hebben het terugkeervraagstuk op het netvlies?") == (
        "terugkeerproblematiek bewust"
    )
    assert expansions("Laat het kabinet de inzichten doorwerken in het beleid?") == "verwerkt"
    assert expansions("Waaraan wordt het uitgegeven?") == "inzet ingezet besteed"
    assert expansions("Terugkeer zit muurvast: wat nu?") == "niet gerealiseerd"
    # the netvlies itself, without «op het», is no awareness
    assert expansions("Wat is een netvlies?") == ""


def test_words_and_idioms_of_dev38_row_280():
    # CHANGELOG row 280: dev38 zv037, zv038, zv033
    assert "presenteren" in expansions("Blijft Nederland mensen bij de ambassade voorgeleiden?").split()
    assert set(expansions("Komt het door de asielcrisis dat alle betrokkenen nu meedenken?").split()) == {
        "migratieproblematiek",
        "asielproblematiek",
        "meewerken",
        "oplossingen",
    }
    assert expansions("Schiet Nederland zich in de voet?") == "ondergraven"
    assert set(expansions("Schiet Nederland zich met speciale deals voor één land in de eigen voet?").split()) == {
        "uitzonderingen",
        "ondergraven",
    }
    # «schieten» and «voet» apart, «speciale» alone, are no idiom
    assert expansions("Wie schiet er op de voetballer?") == ""
    assert expansions("Welke speciale projecten zijn er?") == ""


def test_a_capital_stands_for_its_country_and_another_government_for_its_authorities():
    # row 283 (dev39 zw029): «Mogadishu» was a name the stukken lack, and the question was refused
    assert set(expansions("Waarbij helpt Nederland de regering in Mogadishu?").split()) == {
        "somalië",
        "somalische",
        "overheid",
        "autoriteiten",
    }
    assert expansions("Wat gebeurt er in Kabul?") == "afghanistan"
    # the cabinet is no other country's government
    assert expansions("Wat vindt de regering van de ACVZ?") == ""
    assert "overheid" not in expansions("Wat wil de regering in Den Haag?")


def test_words_and_idioms_of_dev39_row_284():
    assert expansions("Welke kring van organisaties heeft de ACVZ bevraagd?") == "consultatie geconsulteerd"
    assert set(expansions("Moeten doorreislanden bijdragen aan het in goede banen leiden van migratie?").split()) == {
        "transitlanden",
        "transit",
        "beheren",
    }
    assert expansions("Met wie moet de EU coördineren?") == "coördinatie"
    assert expansions("Hoe krijgt elke terugkeerder een aanpak op maat?") == "maatwerk"
    assert expansions("Welke aanpak werkt volgens de regering het best?") == "effectiefste"
    # «best» and «maat» alone are no idiom
    assert expansions("Wat is de beste aanpak?") == ""
    assert expansions("Welke maat heeft het project?") == ""


def test_words_and_idioms_of_dev40_row_286():
    sanction = {"negatieve", "prikkels", "koppeling", "conditionaliteit", "minder-voor-minder"}
    assert sanction <= set(expansions("Werkt een sanctie op handel of hulp?").split())
    assert expansions("Waarom worden de SZ-verdragen gewijzigd?") == "sociale zekerheid zekerheidsverdragen"
    assert expansions("Wie vroeg om deze doorlichting?") == "evaluatie evalueren"
    assert expansions("Waarom is de benadering maar beperkt werkzaam?") == "effectief"
    assert expansions("Welke ministeries hebben oog voor terugkeer?") == "bewust"
    assert expansions("Wortel of stok: wat werkt?") == "positieve prikkels negatieve"
    assert expansions("Hoe vinden terugkeerders een baan?") == "werkgevers banenmarkten"
    # «werkzaamheden» is work, not working; «in goede banen» is managing, not jobs; an eye alone is no awareness
    assert expansions("Welke werkzaamheden doet de DT&V?") == ""
    assert expansions("Hoe wordt migratie in goede banen geleid?") == "beheren"
    assert expansions("Wat ziet het oog van de ACVZ?") == ""


def test_a_country_and_its_adjective_stand_for_each_other():
    # row 288: «Somalië» asked, «de Somalische overheid» written (test g100 via the Handelingen test; see CHANGELOG)
    assert expansions("Wat doet Nederland met Somalië?") == "somalische"
    assert expansions("Wat doen de Somalische autoriteiten?") == "somalië"
    assert expansions("Wat leren Keniaanse ambtenaren?") == "kenia"
    assert expansions("Wat gebeurt er in Kenia?") == "keniaanse"


def test_words_and_idioms_of_dev41_row_289():
    assert expansions("Aan wiens wens in de Tweede Kamer komt het kabinet tegemoet?") == "verzoek"
    assert expansions("Neemt het kabinet de inzichten over met een voorbehoud?") == "behoudens kanttekeningen"
    assert "eu-niveau" in expansions("Moeten terugkeerproblemen op Unieniveau worden aangepakt?").split()
    assert expansions("Waarom geen AOW-afspraken als hefboom?") == "sociale zekerheid"
    assert expansions("Werkt aandringen bij herkomstlanden?") == "druk overreding"
    assert expansions("Moeten landen hun eigen wetten op orde brengen?") == "wetgeving verbeteren"  # row 295
    assert "niet gerealiseerd" in expansions("Wat als uitzetten onmogelijk is?")
    # asking those who know is consulting them, in any word order; a light that is on is not
    assert expansions("Bij wie heeft de adviescommissie haar licht opgestoken?") == "consultatie geconsulteerd"
    assert expansions("Waar steekt de ACVZ haar licht op?") == "consultatie geconsulteerd"
    assert expansions("Doet het licht het?") == ""


def test_setting_conditions_is_conditionality_one_condition_is_not():
    # row 291 (dev41 zy051)
    assert expansions("Wat legden de lidstaten in de Raad vast over voorwaarden stellen?") == "conditionaliteit"
    assert expansions("Is het stellen van voorwaarden aan hulp effectief?") == "conditionaliteit"
    assert expansions("Welke voorwaarde stelt de Europese Commissie aan het slagen van vrijwillig vertrek?") == ""


def test_laws_and_knowing_how_things_stand_row_291():
    # «wetten» is read as a word: «weet» and «weten» stem alike, and knowing is no law
    assert expansions("Welke wet regelt dat?") == "wetgeving"
    assert expansions("Wat weten we over Ghana?") == ""
    # dev41 zy030
    assert expansions("Weten terugkeerders hoe het ervoor staat in hun land?") == "geïnformeerd actuele situatie"
    assert expansions("Hoe staat het ervoor met de pilot?") == ""
    assert expansions("Weet het kabinet hoe het moet?") == ""


def test_a_special_arrangement_is_an_exception():
    # row 280's idiom read «regelingen?» as «regelinge» + «n»: «een speciale regeling» never matched (dev41 zy010)
    assert expansions("Waarom zou een speciale regeling voor één land averechts uitpakken?").split() == [
        "negatief",
        "effect",
        "uitzonderingen",
    ]
    assert expansions("Krijgen sommige landen speciale regelingen?") == "uitzonderingen"


def test_words_and_idioms_of_dev42_row_292():
    assert expansions("Kunnen projecten voor migratiebeheer terugnameafspraken opleveren?").split() == [
        "migratiemanagement",
        "afspraken",
        "terugkeersamenwerking",
    ]
    assert expansions("Met welk doel steunt Nederland het beheer van migratie?") == "migratiemanagement"
    # the letter's own «het beter beheren van de … migratiestromen» is no management in other words
    assert expansions("Hoe kunnen migratiestromen beter beheerd worden?") == ""
    # giving something back, in one word or around its object
    assert expansions("Kan Nederland een land iets teruggeven voor zijn medewerking?") == "tegenprestatie"
    assert expansions("Geeft Nederland dan iets terug?") == "tegenprestatie"
    assert expansions("Waaruit blijkt dat de situatie is veranderd?") == "inmiddels wijziging"
    assert expansions("Of hoort dat gewoon bij de relatie?") == "vanzelfsprekend uitgangspunt"
    assert expansions("Wat hoort bij de relatie?") == ""
    assert expansions("Doen ze dat uit zichzelf?") == "eigen initiatief"
    # voluntary departure is no initiative (dev24 zh037)
    assert expansions("Vertrek uit eigen beweging of gedwongen: wat heeft voorrang?") == "uitgangspunt"
    # a duty not taken «nauw» is one given less priority, in either word order; working closely is not
    assert expansions("Bij welk soort terugkeer nemen landen het minst nauw met de regels?") == (
        "minder prioriteit anders interpreteert"
    )
    assert expansions("Wie werken nauw samen?") == ""


def test_words_and_idioms_of_dev47_row_297():
    assert expansions("Is de landenbenadering een standaardrecept voor alle landen?") == "maatwerk"
    assert expansions("Is er een blauwdruk?") == "maatwerk"
    assert expansions("Wie is te spreken over de inzet in Brussel?") == "positief"
    assert expansions("Wie is goed te spreken over de inzet?") == "positief"
    assert expansions("Wie gaat spreken over de inzet?") == ""


def test_no_everyday_word_is_listed_twice():
    # a word written twice in the table keeps only its last line, silently: row 296 first added «meedenken» again and
    # lost its «oplossingen» (the test of row 280 caught that one; this catches any)
    import ast
    import collections
    from pathlib import Path

    import assistant.thesaurus as thesaurus

    tree = ast.parse(Path(thesaurus.__file__).read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_USE_FOR" for t in node.targets)
    )
    words = collections.Counter(key.value for key in table.keys)
    assert [w for w, n in words.items() if n > 1] == []


def test_words_and_idioms_of_dev46_row_296():
    assert expansions("Schroomt Nederland een voortrekkersrol?") == "schromen actieve rol"
    assert expansions("Waarom geen voordeeltjes voor één land?") == "gunstige uitzonderingen"
    assert expansions("Is terugname normaal in een relatie?") == "vanzelfsprekend"
    assert expansions("In welk vergaderjaar deed Fritsma zijn verzoek?") == "Handelingen"
    assert expansions("Vrijwillige terugkeer als vertrekpunt?") == "uitgangspunt"
    assert expansions("Belangen tegen elkaar afgewogen: hoe vergaat terugkeer?") == "afweging"
    assert expansions("Wiens vaststelling is dat?") == "constateert"
    assert expansions("Koppelt Nederland terugkeer aan de hele breedte van de relatie?") == "gehele spectrum"


def test_words_and_idioms_of_dev45_row_295():
    assert expansions("Tasten gunsten voor één land het beleid aan?") == "gunstige uitzonderingen"
    assert expansions("Wiens instemming is het dat zo'n strategie nut heeft?") == "onderschrijft nuttig"
    assert expansions("Waarom zijn ze actiever dan in de onderzochte jaren?") == "actief geëvalueerde"
    assert expansions("Wilde het kabinet ook verbetervoorstellen?") == "suggesties verbetering"
    # watching is looking at; «gelet op» (in view of) is not
    assert expansions("Op welke maatstaven moet worden gelet?") == "gekeken"
    assert expansions("Let de regering daar op?") == "gekeken"
    assert expansions("Wat gebeurt er gelet op de kosten?") == ""
    # compounds of «wet»; putting in order is improving
    assert expansions("Brengen zij hun migratiewetten op orde?") == "wetgeving verbeteren"
    assert expansions("Wat weet de ACVZ?") == ""
    assert expansions("Doet het hele kabinet mee?") == "kabinetsbreed"


def test_words_and_idioms_of_dev44_row_294():
    assert expansions("Wiens voorkeuren geven de doorslag bij zo'n project?") == "wensen leidend"
    assert expansions("Wat zijn de andere accenten binnen de besteding?") == "thema’s thema"
    assert expansions("Waarom opvanglanden erbij betrekken?") == "gastlanden"
    assert expansions("Werken EURINT en ERIN grotendeels?") == "overwegend"
    assert expansions("Wil de ACVZ langdurig investeren?") == "lange termijn"
    assert expansions("Wat doen straffen met de verhouding?").endswith("relatie betrekkingen")
    assert expansions("Slaagt vrijwillig vertrek?") == "succes"
    # going to others for advice is consulting them, the verb before or after
    assert expansions("Bij wie is de commissie te rade gegaan?") == "consultatie geconsulteerd"
    assert expansions("Ging de ACVZ bij de ministeries te rade?") == "consultatie geconsulteerd"
    # the value attached is the letter's «belang»; a value alone is not
    assert expansions("Hoeveel waarde Nederland aan terugkeer hecht?") == "belang"
    assert expansions("Welke waarde heeft de kennis van de diaspora?") == ""


def test_words_and_idioms_of_dev43_row_293():
    assert expansions("Onderschrijven zij de schets van de adviescommissie?") == "beeld"
    assert expansions("Werkt het instrument deels?") == "tot op zekere hoogte"
    assert expansions("Waaraan gaat het grootste deel van het budget op?") == ""
    assert expansions("De aanpak werkt maar ten dele. Wat remt hem af?") == "tot op zekere hoogte beperkt"
    assert expansions("Wat stimuleert terugname?") == "bevordert"
    assert expansions("Wie stelt dat terugkeer niet kan zonder medewerking?") == "noodzakelijke voorwaarde"
    assert expansions("Kan Nederland het niet zonder?") == "noodzakelijke voorwaarde"
    assert expansions("Wanneer valt een keuze in het bijzonder slecht uit voor terugkeer?") == "nadeel uitvalt"
    assert expansions("Slaan migranten een brug naar hun geboorteland?") == "brugfunctie"
    assert expansions("Is er een brug over de rivier?") == ""
    # roots are the diaspora; the carrot stays a positive incentive (row 286)
    assert "diaspora" in expansions("Waarom mensen met wortels elders raadplegen?").split()
    assert expansions("Werkt de wortel beter dan de stok?") == "positieve prikkels negatieve"


def test_words_and_idioms_of_dev48_row_298():
    assert expansions("Wat valt er te winnen bij zelfstandig vertrek?") == (
        "vrijwillige terugkeer ruimte voor verbetering"
    )
    assert expansions("Helpt een harde lijn?") == "druk"
    assert expansions("Wie zette er een stempel op?") == "bevestigd"
    assert expansions("Mag steun voorwaardelijk zijn?") == "conditionaliteit"
    # «voorwaarde» shares the stem of «voorwaardelijk»: no conditionality in «Onder welke voorwaarde …?»
    assert expansions("Onder welke voorwaarde?") == ""
    # the EU's countries are its member states; «landen» alone is not
    assert expansions("Kampen alle EU-landen met terugkeerproblemen?") == "terugkeerproblematiek lidstaten"
    assert expansions("Welke landen werken mee?") == ""
    assert expansions("Welke vergadering van ministers besloot dat?") == "JBZ-Raad"
    assert expansions("Wat moet een afgewezen asielzoeker doen?") == "vreemdelingen"
    assert expansions("Werkt een uitgeprocedeerde mee?") == "vreemdelingen"
    assert expansions("Wordt een land meegaand?") == "medewerking meewerken"
    assert expansions("Hoeveel is er voor blijvende terugkeer?") == "duurzame"
    assert expansions("Wat is de straf en wat het lokmiddel?") == (
        "negatieve prikkels conditionaliteit minder-voor-minder positieve"
    )
    assert expansions("Werkt lokken beter?") == "positieve prikkels overreden"
    assert expansions("Wie start een bedrijf?") == "ondernemingen"
    assert expansions("Helpen landen tegen illegale migratie?") == "irreguliere"
    assert expansions("Wat doet Nederland naast het ambassadewerk?") == (
        "werkzaamheden diplomatieke vertegenwoordigingen"
    )


def test_words_and_idioms_of_dev49_row_299():
    assert expansions("Komt er een proef met werkgevers?") == "pilot"
    assert expansions("Hoe groot is de pot na de ophoging?") == "budget bedrag"
    assert expansions("Wanneer ging de opdrachtbrief weg?") == "schriftelijk gevraagd"
    assert expansions("Wordt het goedkoper?") == "lagere kosten verlaging"
    assert expansions("Terugkeer verbinden met andere dossiers?") == "koppelen koppeling"
    assert expansions("Groeit de toestroom nog?") == "migratiestromen migratieproblematiek"
    assert expansions("Een voordelige uitzondering?") == "gunstige"
    # «voordeliger» is cheaper, not favourable
    assert expansions("Wordt het voordeliger?") == "lagere kosten"
    assert expansions("Met welke twee toetsstenen?") == "gekeken naar"
    # sending money home; money sent elsewhere is no remittance
    assert {"geldovermakingen", "overmaken"} <= set(expansions("Goedkoper geld naar huis sturen?").split())
    assert {"geldovermakingen", "overmaken"} <= set(expansions("Sturen zij geld naar familie?").split())
    assert "geldovermakingen" not in expansions("Gaat er geld naar Somalië?").split()
    # advice not taken over wholly; «volgt» is no taking over (the letter's «Hieronder volgt …» was quoted)
    assert expansions("Is het kabinet het niet geheel eens met de ACVZ?") == "kanttekeningen anders dan"
    assert expansions("Punten waarop de regering het advies niet helemaal volgt?") == ""
    # «spoort … aan» is the separable «aansporen»
    assert expansions("Waartoe spoort dit het kabinet aan?") == "aanmoediging"


def test_words_and_idioms_of_dev50_row_301():
    assert expansions("Wie moest de landenaanpak tegen het licht houden?") == (
        "landenbenadering evalueren evaluatie geëvalueerd"
    )
    assert expansions("Werd het advies tegen het licht gehouden?") == "evalueren evaluatie geëvalueerd"
    # light sought is consultation, not evaluation
    assert "evalueren" not in expansions("Bij wie heeft de commissie haar licht opgestoken?").split()
    assert expansions("Vertrek onder dwang?") == "gedwongen"
    assert expansions("Wat stelden de Europese ministers van Justitie voor?") == "JBZ-Raad"
    assert expansions("Een overleg van de EU-ministers van Binnenlandse Zaken?") == "JBZ-Raad"
    assert expansions("Wanneer komt het voortgangsverslag?") == "voortgangsrapportage"
    assert expansions("Het geld is geoormerkt") == "budget middelen bestemd"
    assert expansions("Welke eis stelt Nederland?") == "voorwaarde"
    assert expansions("Is dat ongeloofwaardig?") == "geloofwaardig"
    assert expansions("Welk voorstel deed Nederland?") == "stelde voor"
    assert expansions("Wat heeft het opgeleverd?") == "geleid"
    # numbers of one series are «nrs.»; one number is not
    assert expansions("Welke nummers uit de reeks 19 637?") == "nrs"
    assert expansions("Welk nummer heeft het Kamerstuk?") == ""


def test_names_an_idiom_holds_are_named_as_the_stukken_name_them():
    question = "Welk voorstel deed Den Haag aan de Europese ministers van Justitie?"
    assert named_as_the_stukken(question, ["Den Haag", "Europese", "Justitie"]) == ["Den Haag", "JBZ-Raad"]
    # a name no idiom holds stays as it is, and so do all names of a question without one
    assert named_as_the_stukken("Wat kost de Dienst Terugkeer en Vertrek?", ["Dienst Terugkeer en Vertrek"]) == [
        "Dienst Terugkeer en Vertrek"
    ]
    assert named_as_the_stukken("Wat deed het Ministerie van Justitie?", ["Ministerie van Justitie"]) == [
        "Ministerie van Justitie"
    ]


def test_words_and_idioms_of_dev51_row_303():
    assert expansions("Hoe groot was de M&O-begroting?") == "budget"
    assert expansions("Hoeveel is er bijgekomen?") == "toegevoegd"
    assert expansions("Worden grenswachters opgeleid?") == "grensbewaking trainen"
    assert expansions("Hoe leert men grensambtenaren fraude te herkennen?") == "immigratieautoriteiten trainen"
    # a lesson drawn is no training
    assert expansions("Wat leerde het kabinet van Ghana?") == ""
    assert expansions("Welke immigratieambtenaren?") == "immigratieautoriteiten"
    assert expansions("landen van herkomst, doorreis en bestemming") == "transit"
    assert expansions("Is het een gezamenlijke opgave?") == "gedeelde verantwoordelijkheid"
    assert expansions("Wie heeft het terugkeerdossier in handen?") == "dossiereigenaar"
    assert expansions("Is de visumfacilitatie stopgezet?") == "intrekken ingetrokken"
    assert expansions("Neemt het kabinet de aanbeveling over?") == "verwerkt"
    assert expansions("Waar komt het nu op aan?") == "zaak"


def test_words_of_dev52_lead_to_the_stukken_s_words():
    # CHANGELOG row 304: dev52 yk024, yk008, yk017, yk036
    said = expansions("Welke partij wil per geval bekijken of een land dat extra doet iets terug moet krijgen?").split()
    assert {"bezien", "geval", "tot", "tegenprestatie"} <= set(said)  # «terug moet krijgen»: particle before the verb
    assert "wederzijdse" in expansions("Gaan er ook delegaties over en weer naar de herkomstlanden?")
    assert "bezoeken" in expansions("Gaan er ook delegaties over en weer naar de herkomstlanden?")
    assert expansions("Worden migrantenorganisaties om raad gevraagd?") == "diasporaorganisaties"
    assert expansions("Wordt terugkeer soms opgeofferd?") == "nadeel"
    # a particle with a modal and an infinitive of another verb is no separable verb
    assert "tegenprestatie" not in expansions("Moet hij terug kunnen gaan?")
    assert expansions("Weigeren landen hun onderdanen terug te nemen?") == "terugname"


def test_words_of_dev53_lead_to_the_stukken_s_words():
    # CHANGELOG row 305: dev53 yl010 (the reaction to recommendation 2 was quoted), yl038 (refused: «vertrekkers»)
    said = expansions("Mag een meewerkend land rekenen op een voordelige afwijking van de generieke regels?").split()
    assert {"uitzondering", "uitzonderingen", "algemeen", "algemene"} <= set(said)
    assert "terugkeerders" in expansions("Krijgen vertrekkers actuelere informatie?").split()
    # yl022: «de beste route» is the letter's «effectiefste manier», the carrot «in plaats van» the stick is still one
    said = expansions("Wortel in plaats van stok: wie ziet dat als de beste route naar meer medewerking?").split()
    assert {"effectiefste", "manier", "positieve", "negatieve", "prikkels"} <= set(said)
    assert "effectiefste" not in expansions("Wat is de beste vriend van de diaspora?")
    assert "diaspora" in expansions("mensen met wortels in Somalië").split()  # roots are still the diaspora
