"""Everyday Dutch for the stukken's policy words: query expansion for retrieval. Pure functions.

Questions ask «Helpt het korten op ontwikkelingshulp …?» where the letter says «een negatieve koppeling aan
ontwikkelingssamenwerking»; «fraude met paspoorten» where it says «documentfraude». BM25 shares no term with
such a question, and e5-small's similarity ranks the paragraph among near neighbours. As a thesaurus such as
EuroVoc leads a non-preferred term to its preferred one («use for»), this leads an everyday word to the words
the stukken use for it. They are added to the BM25 query (``retrieve``), and the reranker's coverage features
take the better of the question as asked and the question in the stukken's words (``rephrased_terms``):
never replacing what was asked. The reranker's e5 features and the answer's support also embed the question with
these words added and take the better cosine (``rerank.py``, CHANGELOG row 219); the dense search and the rest of the
answer see the question as asked.

Only true equivalents in Dutch policy language are listed (a stem of the question's words → words to add; an
idiom, matched as a phrase, → words to add); an automatic thesaurus from e5's nearest words gave spelling
neighbours, not synonyms (evals/CHANGELOG.md).
"""

from __future__ import annotations

import re
from functools import cache

from .text import content_terms
from .voice import IN_ANOTHER_COUNTRY

# everyday word (as written; matched by its stem) → the stukken's words for it
_USE_FOR = {
    "ontwikkelingshulp": "ontwikkelingssamenwerking",
    "paspoort": "documentfraude reisdocumenten",
    "paspoorten": "documentfraude reisdocumenten",
    "reisdocumenten": "documentfraude",
    "valsheid": "fraude documentfraude",
    "vervalsing": "fraude documentfraude",
    "ambassades": "diplomatieke vertegenwoordigingen",
    "ambassade": "diplomatieke vertegenwoordiging",
    "straffen": "negatieve prikkels koppeling conditionaliteit minder-voor-minder",
    "sancties": "negatieve prikkels koppeling conditionaliteit minder-voor-minder",
    "strafmaatregelen": "negatieve prikkels koppeling conditionaliteit minder-voor-minder",
    "dreigementen": "druk negatieve prikkels",
    "overboekingen": "geldovermakingen overmakingen",  # «de prijs van overboekingen door migranten»
    "overboeking": "geldovermakingen overmakingen",
    "prijs": "kosten",
    "dreigen": "druk negatieve prikkels",  # «het dreigen met het stopzetten van hulp»
    "averechts": "negatief effect",  # «averechts werken»: «juist een negatief effect had op de medewerking»
    "smokkelaars": "mensensmokkel",
    "mensenhandelaren": "mensenhandel",
    "uitzetten": "gedwongen terugkeer",
    "uitzetting": "gedwongen terugkeer",
    "terugsturen": "terugkeer terugname",
    "terrorisme": "antiterrorismestrategieën",
    "terreur": "antiterrorismestrategieën",
    "schaden": "aantasten",  # «Schaden sancties de banden …?»: «negatieve prikkels de relatie … kunnen aantasten»
    "schaadt": "aantasten",
    "banden": "relatie betrekkingen",
    "weigerachtige": "niet meewerken",
    "onwillig": "niet meewerken",  # «onwillige»: the same stem
    "uitkomsten": "conclusies resultaten",
    "posten": "vertegenwoordigingen",  # diplomatic posts
    "voorzichtig": "terughoudendheid",
    "tevreden": "positief",  # «Is de ACVZ tevreden over …?»: «De ACVZ is positief over …»
    "verzocht": "gevraagd verzoek",  # «Wanneer heeft u de ACVZ om de evaluatie verzocht?»: «… schriftelijk gevraagd»
    # taking back one's nationals is an obligation of customary law: «Terugname van eigen onderdanen is een
    # internationaal gewoonterechtelijke verplichting» (the stemmer keeps «verplichting» apart from «plicht», and
    # the modifier «gewoonte» apart from its compound)
    "plicht": "verplichting",
    "terugnameplicht": "terugname verplichting",
    "terugnemen": "terugname",
    "onderdelen": "elementen",  # «Uit hoeveel onderdelen bestaat deze brief?»: «Deze brief bestaat uit twee elementen»
    "gewoonte": "gewoonterechtelijke",
    "burgers": "onderdanen",
    "besef": "bewust",
    "alert": "bewust",
    "terugkeerprobleem": "terugkeerproblematiek",
    "geluisterd": "gehoor",
    "informatie": "voorlichting geïnformeerd",
    "raadplegen": "consultatie geconsulteerd",
    "raadpleegt": "consultatie geconsulteerd",
    "raadpleegde": "consultatie geconsulteerd",
    "geraadpleegd": "consultatie geconsulteerd",
    "onmisbaar": "noodzakelijke voorwaarde",
    "oneens": "anders dan kanttekeningen",  # «Anders dan de ACVZ concludeert, is het kabinet van oordeel …»
    "rechtspraak": "jurisprudentie",
    "rechters": "jurisprudentie",
    "terugkrijgen": "tegenprestatie",
    # persuading is the letter's «overreding», «overreden» («overreding en druk», «landen … te overreden»)
    "overtuigen": "overreding overreden",  # «overtuiging» (a conviction) has the same stem, and gets them too
    "overtuigd": "overreding overreden",
    "overtuigt": "overreding overreden",
    "schakel": "brugfunctie",  # «de diaspora als schakel»: «vervult de diaspora een brugfunctie»
    # «vanzelf» is the letter's «vanzelfsprekend» («overreding en druk niet vanzelfsprekend leiden tot medewerking»,
    # «Zolang vrijwillige terugkeer nog niet een vanzelfsprekend gegeven is»)
    "vanzelf": "vanzelfsprekend",
    "ruilmiddel": "tegenprestatie",
    "wisselgeld": "tegenprestatie",
    # benefits are social security: «uitkeringsverdragen» are the «sociale zekerheidsverdragen»
    "uitkeringen": "sociale zekerheid",
    "uitkeringsverdrag": "sociale zekerheidsverdragen",
    "uitkeringsverdragen": "sociale zekerheidsverdragen",
    "losse": "separate",
    # dev50 (row 301): the letter's words for a report on progress, money set aside, a requirement; «ongeloofwaardig»
    # is what is not «geloofwaardig» (the stemmer keeps them apart)
    "voortgangsverslag": "voortgangsrapportage",
    "geoormerkt": "bestemd",
    "eis": "voorwaarde",
    "ongeloofwaardig": "geloofwaardig",
    "opgeleverd": "geleid",  # «Wat heeft de inzet … opgeleverd?»: «De inzet … heeft er in ieder geval toe geleid dat …»
    "voorstel": "stelde voor",  # «Welk voorstel deed Nederland …?»: «… en stelde toen voor om deze problemen …»
    "aparte": "separate",
    "haagse": "den haag",
    "jaarbedrag": "budget per jaar",
    "jaarlijks": "per jaar",  # «jaarlijkse»: the same stem
    "beschikbaar": "gereserveerd bestemd",
    "oorspronkelijk": "voorheen",
    "aanvankelijk": "voorheen",
    "voordat": "voorheen",  # «Wat was het budget voordat … erbij kwamen?»: «Voorheen was een budget …» (row 286)
    "eerst": "voorheen",  # «Hoeveel geld was er eerst?»; «eerst en vooral» (015) has it too, and keeps it
    "jaarbudget": "budget per jaar",
    "potje": "budget",  # «het potje voor migratie en ontwikkeling»
    # «Welke vorm van terugkeer staat voor de Commissie voorop?»: «Uitgangspunt daarbij is vrijwillige terugkeer»
    "voorop": "uitgangspunt",
    "voorrang": "uitgangspunt",
    "beloning": "positieve prikkels positieve conditionaliteit",  # «beloningen», «belonen»: the same stem
    "beloond": "positieve prikkels positieve conditionaliteit",
    "pitje": "minimum niveau terugschroeven",  # «op een laag pitje zetten»: only in that idiom
    "drukmiddel": "druk koppeling conditionaliteit",
    "ontwikkelingsgeld": "ontwikkelingssamenwerking",
    # figures on migration are its data: «betere migratiecijfers» is «migratiedata … verbeteren»
    "cijfers": "data",
    "migratiecijfers": "migratiedata",
    "statistieken": "data",
    "migratiestatistieken": "migratiedata",
    # attuning is the letter's coordination: «Tussen wie moet er in Europa afgestemd worden om tot één samenhangend
    # migratiebeleid te komen?» is «Dat vereist niet alleen coördinatie en coherentie binnen de Commissie …»
    "afstemmen": "coördinatie coherentie",  # «afstemming»: the same stem
    "afgestemd": "coördinatie coherentie",
    "samenhangend": "coherent coherentie geïntegreerd",  # «samenhangende», «samenhang»: the same stem
    "speerpunten": "thema's prioriteiten",  # «Noem de speerpunten waarop het terugkeerbudget wordt ingezet.»
    "trainingen": "trainen",  # «training»: the same stem
    "centrum": "center",  # a name written in English: «het African Diaspora Policy Center»
    # the loanword of development policy: «Wat doet de regering aan de hoge kosten van remittances?»
    "remittances": "geldovermakingen overmakingen",
    "vervalst": "fraude documentfraude",  # «vervalste papieren» («vervalste»: the same stem)
    "grensambtenaren": "immigratieautoriteiten",  # «grensambtenaar»: the same stem
    "migrantengemeenschappen": "diaspora",
    "migrantengemeenschap": "diaspora",
    "optreden": "inzet",  # «het Nederlandse optreden op Europees niveau»: «de Nederlandse inzet in Brussel»
    "aanname": "veronderstelt",  # «Van welke aanname gaat de benadering uit?»: «Die benadering veronderstelt …»
    "aannames": "veronderstelt",
    "geld": "budget middelen",  # «het speciale M&O-geld»: «het speciale budget dat daarvoor sinds 2004 is bestemd»
    # dev35 (row 258)
    "consulaat": "diplomatieke vertegenwoordiging",  # «consulaten»: the same stem
    "aandachtsgebieden": "thema's prioriteiten",  # «Over hoeveel aandachtsgebieden wordt het terugkeergeld verdeeld?»
    "terugdoen": "tegenprestatie",  # «doet Nederland dan iets terug?» (a separable verb: ``_SEPARABLE``)
    # dev36 (row 265): «Wat hebben de ministers in de JBZ-raad in oktober bekrachtigd?»: «… werd … bevestigd»
    "bekrachtigd": "bevestigd",  # «bekrachtigde»: the same stem
    "bekrachtigen": "bevestigd",
    "bekrachtigt": "bevestigd",
    # «Leert Nederland buitenlandse douaniers nepdocumenten ontmaskeren?»: «het trainen van immigratieautoriteiten in
    # het detecteren van documentfraude»
    "douaniers": "immigratieautoriteiten",  # «douanier»: the same stem
    "nepdocumenten": "documentfraude",
    "ontmaskeren": "detecteren herkennen",
    # the neighbours of a crisis are the region's host countries: «buurlanden van crisisgebieden» are the letter's
    # «gastlanden in de regio»
    "buurlanden": "gastlanden regio",
    "crisisgebieden": "regio",
    "conflictgebieden": "regio",
    "oorlogsgebieden": "regio",
    "dwarsliggen": "niet meewerken",  # «landen die dwarsliggen»; «dwarsliggende»: the same stem
    "dwarsligt": "niet meewerken",
    # dev37 (row 272): «Krijgen bestuurders in Afrika hulp …?» is the letter's «Afrikaanse beleidsmakers»
    "bestuurders": "beleidsmakers autoriteiten",  # «bestuurder»: the same stem
    "geslaagde": "succes",  # «Welke voorwaarde voor geslaagde vrijwillige terugkeer …?»: «het succes daarvan»
    "verwanten": "familie",  # «hun verwanten ondersteunen»: «geld over te maken naar hun familie»
    "voordeliger": "lagere kosten",
    "bekommeren": "bewust",  # «zich om terugkeer bekommeren»: «zich bewust van de terugkeerproblematiek»
    "bekommert": "bewust",
    "gesprek": "dialoog",  # «in gesprek blijven met …»: «de dialoog … open te houden»; «gesprekken»: the same stem
    # dev38 (row 277)
    "staatsburgers": "onderdanen",  # «eigen staatsburgers terugnemen»: «Terugname van eigen onderdanen»
    "voorkeursbehandeling": "gunstige uitzonderingen",  # «(voor het herkomstland in kwestie gunstige) uitzonderingen»
    "pressie": "druk",
    "automatisch": "vanzelfsprekend",  # «Volgt … automatisch …?»: «niet vanzelfsprekend leiden tot medewerking»
    "zinvol": "nuttig",
    "landenaanpak": "landenbenadering",
    "vraagstuk": "problematiek",
    "terugkeervraagstuk": "terugkeerproblematiek",
    "buitenlandbeleid": "buitenlandse betrekkingen",
    "doorwerken": "verwerkt",  # «inzichten laten doorwerken in»: «De inzichten … worden … verwerkt in»
    "uitgegeven": "inzet ingezet besteed",  # the letter spends by «de inzet van tien miljoen euro»
    "meehelpen": "meewerken medewerking",
    "meehelpt": "meewerken medewerking",
    "muurvast": "niet gerealiseerd",  # «Terugkeer zit muurvast»: «niet gerealiseerd kan worden»
    # dev38 (row 280)
    # «bij de ambassade voorgeleiden»: «vreemdelingen blijven presenteren aan de ambassades»
    "voorgeleiden": "presenteren",
    "asielcrisis": "migratieproblematiek asielproblematiek",
    "migratiecrisis": "migratieproblematiek",
    "vluchtelingencrisis": "migratieproblematiek asielproblematiek",
    # «alle betrokken partijen … actief meewerken aan het zoeken naar oplossingen»
    "meedenken": "meewerken oplossingen",
    # dev39 (row 284)
    "coördineren": "coördinatie",  # «Met wie moet de EU … coördineren?»: «coördinatie en coherentie … tussen hen en»
    "gecoördineerd": "coördinatie",
    "bevraagd": "consultatie geconsulteerd",  # «Wie heeft de ACVZ bevraagd?»: «een brede consultatie uitgevoerd onder»
    "doorreislanden": "transitlanden transit",
    # dev40 (row 286)
    "sanctie": "negatieve prikkels koppeling conditionaliteit minder-voor-minder",  # «sancties» stems apart
    "sz": "sociale zekerheid zekerheidsverdragen",  # «de SZ-verdragen»: «Bilaterale sociale zekerheidsverdragen»
    "doorlichting": "evaluatie evalueren",  # «deze doorlichting»: the ACVZ's «evaluatie»
    "doorlichten": "evaluatie evalueren",
    "doorgelicht": "evaluatie geëvalueerd",
    # a region → the countries in it the stukken name, as EuroVoc's geography leads a region to its countries
    # («Welke Aziatische landen …?» is answered by «Irak, Afghanistan en Pakistan»)
    "azië": "irak afghanistan pakistan armenië azerbeidzjan",
    "aziatische": "irak afghanistan pakistan armenië azerbeidzjan",
    "kaukasus": "armenië azerbeidzjan",
    "afrika": "somalië kenia ghana nigeria burundi guinee rwanda marokko",
    "afrikaanse": "somalië kenia ghana nigeria burundi guinee rwanda marokko",
    # a capital stands for its country and its government («de regering in Mogadishu» is «de Somalische overheid»):
    # the capitals of the countries the stukken name (row 283)
    "mogadishu": "somalië somalische",
    "nairobi": "kenia keniaanse",
    "rabat": "marokko",
    "kabul": "afghanistan",
    "bagdad": "irak",
    "baghdad": "irak",
    "islamabad": "pakistan",
    "accra": "ghana",
    "abuja": "nigeria",
    "bujumbura": "burundi",
    "conakry": "guinee",
    "kigali": "rwanda",
    "jerevan": "armenië",
    "yerevan": "armenië",
    "bakoe": "azerbeidzjan",
    "baku": "azerbeidzjan",
    # a country and its adjective, where the stukken write both: «Wat doet Nederland met Somalië …?» is answered by
    # «ondersteuning van de Somalische overheid» (row 288; the BSO sentence «… en Somalië …» held the name itself)
    "somalië": "somalische",
    "somalische": "somalië",
    "kenia": "keniaanse",
    "keniaanse": "kenia",
    # dev41 (row 289)
    "wens": "verzoek",  # «Aan wiens wens komt het kabinet tegemoet?»: «willigen wij het verzoek in van uw lid …»
    "verslag": "rapportage",  # «een apart M&O-verslag»: «Deze brief vervangt een separate rapportage»
    "voorbehoud": "behoudens kanttekeningen",  # «De inzichten … worden, behoudens enkele kanttekeningen, verwerkt»
    "unieniveau": "eu-niveau",  # «op Unieniveau aanpakken»: «deze problemen op EU-niveau aan te pakken»
    "aow": "sociale zekerheid",  # the state pension is a social-security right
    "aandringen": "druk overreding",  # «aandringen werkt niet automatisch»: «overreding en druk niet vanzelfsprekend»
    "onmogelijk": "niet gerealiseerd",  # «als uitzetten onmogelijk is»: «niet gerealiseerd kan worden»
    # dev42 (row 292): the compound of the letter's «migratiemanagement» in Dutch; giving something back for a
    # country's help is the letter's «tegenprestatie» (as «iets terugdoen» is)
    "migratiebeheer": "migratiemanagement",
    "terugnameafspraken": "afspraken terugkeersamenwerking",  # «terugnameafspraak»: the same stem
    "teruggeven": "tegenprestatie",  # «geeft … iets terug»: a separable verb (``_SEPARABLE``)
    # what has changed is what is the case «inmiddels» («Dit was misschien minder het geval in de door de ACVZ
    # geëvalueerde periode, maar inmiddels is …»), or a «wijziging»
    "veranderd": "inmiddels wijziging",
    # dev43 (row 293): a sketch of the situation is the letter's «beeld» («Het kabinet kan zich tot op zekere hoogte
    # vinden in dit beeld»); what works «gedeeltelijk» works «tot op zekere hoogte» («deels» is an idiom below: by stem
    # it is «deel», and «het grootste deel van het budget» was read as working in part, dev38 zv028)
    "schets": "beeld",
    "gedeeltelijk": "tot op zekere hoogte",
    "stimuleert": "bevordert",  # «… terugname stimuleert»: «… medewerking aan terugkeer bevordert»
    "stimuleren": "bevordert",
    # dev44 (row 294): the letter's words for preferences that decide, for emphases of a budget, for the countries that
    # host refugees, for working for the most part, and for what lasts
    "voorkeuren": "wensen",  # «Wiens voorkeuren …?»: «de wensen van het betreffende land leidend»
    "accenten": "thema’s thema",  # «de andere accenten binnen de besteding»: «inzetten op drie thema’s»
    "opvanglanden": "gastlanden",  # «opvangland»: the same stem
    "grotendeels": "overwegend",  # «EURINT en ERIN grotendeels werken»: «noemt de ACVZ overwegend effectief»
    "langdurig": "lange termijn",  # «langdurig investeren»: «Investeer in de lange termijn relatie»
    "verhouding": "relatie betrekkingen",  # as «banden»
    "slaagt": "succes",  # «… pas slaagt als …»: «het succes daarvan mede afhangt van …»
    # dev45 (row 295): favours for one country are the letter's «gunstige uitzonderingen» (as «voorkeursbehandeling»);
    # what is useful is «nuttig» (as «zinvol»), agreeing is «onderschrijven», the years studied are «de geëvalueerde
    # periode», being more active is «actief meewerken»
    "gunsten": "gunstige uitzonderingen",
    "nut": "nuttig",  # «nut hebben» is «nuttig zijn» (and «Wat is het nut ervan?» reads the ACVZ's «nuttig» too)
    "instemming": "onderschrijft",
    "onderzochte": "geëvalueerde",
    "actiever": "actief",
    "verbetervoorstellen": "suggesties verbetering",  # «om met suggesties voor verbetering te komen»
    # dev46 (row 296): the stemmer leaves «schroomt» whole (the letter's «niet schromen»); a leading role is the
    # letter's «een actieve rol»; little advantages for one country are «gunstige uitzonderingen»; what is normal
    # between countries is «vanzelfsprekend»; the parliamentary year is where the Handelingen place a debate
    # («Handelingen II 2014/15»)
    "schroomt": "schromen",
    "voortrekkersrol": "actieve rol",
    "voordeeltjes": "gunstige uitzonderingen",
    "normaal": "vanzelfsprekend",
    "vergaderjaar": "Handelingen",
    "vertrekpunt": "uitgangspunt",  # «vrijwillige terugkeer als vertrekpunt»: «Uitgangspunt daarbij is vrijwillige …»
    "afgewogen": "afweging",  # the stemmer keeps the participle's «ge»: «afgewog» is no «afweg»
    "vaststelling": "constateert",  # «wiens vaststelling?»: «De ACVZ constateert dat …»
    # dev47 (row 297): one recipe for every country is what the letter's «maatwerk» is not («Uiteindelijk is de
    # strategische landenbenadering maatwerk»): «Is de landenbenadering een standaardrecept?»
    "standaardrecept": "maatwerk",
    "standaardaanpak": "maatwerk",
    "blauwdruk": "maatwerk",
    # dev48 (row 298): a country that goes along is one that cooperates («medewerking»); a lasting return is the
    # letter's «duurzame terugkeer»; a punishment or a lure is a negative or positive incentive; a business is an
    # «onderneming» (what is done on conditions, «voorwaardelijk», is an idiom below: its stem is «voorwaarde»'s)
    "meegaand": "medewerking meewerken",
    "blijvende": "duurzame",
    "straf": "negatieve prikkels conditionaliteit minder-voor-minder",
    "lokken": "positieve prikkels overreden",
    "lokmiddel": "positieve prikkels",
    "bedrijf": "ondernemingen",
    "illegale": "irreguliere",
    "ambassadewerk": "werkzaamheden diplomatieke vertegenwoordigingen",
    # dev49 (row 299): a trial is the letter's «pilot»; a pot of money is its «budget» or «bedrag» (not «ophoging» →
    # toegevoegd: «het bedrag van de ophoging … en de drie terugkeerthema's» then quoted the addition without the
    # themes, dev40 zx055); a letter asking the ACVZ for its evaluation is «schriftelijk gevraagd»; cheaper is «lagere
    # kosten»; joining one thing to another is «koppelen»; the stream of people to Europe is the letter's
    # «migratiestromen»; what is favourable is «gunstig»; a touchstone is what «gekeken moet worden naar»; what
    # spurs someone on is an «aanmoediging»
    "proef": "pilot",
    "pot": "budget bedrag",
    "opdrachtbrief": "schriftelijk gevraagd",
    "goedkoper": "lagere kosten verlaging",
    "verbinden": "koppelen koppeling",
    "verbindt": "koppelen koppeling",
    "toestroom": "migratiestromen migratieproblematiek",
    "voordelige": "gunstige",  # «voordelig»: the same stem («voordeliger», cheaper, stems apart: «lagere kosten»)
    "toetssteen": "gekeken naar",  # «toetsstenen»: the same stem
    "criteria": "gekeken naar",
    "aansporen": "aanmoediging",  # «spoort … aan»: a separable verb (``_SEPARABLE``)
    # dev51 (row 303): a «begroting» is the letter's budget; money that came on top of it was «toegevoegd»
    "begroting": "budget",
    "bijkwam": "toegevoegd",  # «bijkwamen»: the same stem
    "bijkomt": "toegevoegd",
    "bijgekomen": "toegevoegd",
    # border guards are who the letter's «grensbewaking» is done by; immigration officials its
    # «immigratieautoriteiten» (not «ambtenaren»: the letter's «hoge ambtenaren» are diplomats); schooling is its
    # «trainen»; passing through is «transit» («herkomst-, doorreis- en bestemmingslanden»)
    "grenswachter": "grensbewaking",  # «grenswachters»: the same stem
    "immigratieambtenaren": "immigratieautoriteiten",
    "opleiden": "trainen",
    "opleiding": "trainen",
    "cursus": "trainen",
    "cursussen": "trainen",
    # («getraind» is read as «trainen» by its form: ``text.past_forms``, row 305)
    "opgeleid": "trainen",
    "doorreis": "transit",
    "stopgezet": "intrekken ingetrokken",  # «visumfacilitatie … stopgezet»: the letter's «intrekken visumfacilitatie»
    # what the cabinet takes over of advice is «verwerkt» in its policy («Neemt het kabinet … over?»: ``_SEPARABLE``)
    "overnemen": "verwerkt",
    "overgenomen": "verwerkt",
    # dev52 (row 304): looking at something case by case is the letter's «bezien»; visits there and back are made by
    # delegations; migrants' organisations are the letter's «diasporaorganisaties»; what is given up for another
    # interest falls out «in het nadeel van» it
    "bekijken": "bezien",
    "bekijkt": "bezien",
    "bekeken": "bezien",
    "delegaties": "bezoeken",  # «delegatie»: the same stem
    "migrantenorganisaties": "diasporaorganisaties",
    "opgeofferd": "nadeel",
    "opofferen": "nadeel",
    # dev53 (row 305): a deviation from a rule is the letter's exception to it («uitzonderingen op algemeen beleid»),
    # a generic rule its general one; those who leave are its «terugkeerders»
    "afwijking": "uitzondering uitzonderingen",
    "afwijkingen": "uitzondering uitzonderingen",
    "generiek": "algemeen",
    "generieke": "algemeen algemene",
    "vertrekkers": "terugkeerders",
}

# Idioms, read as phrases (their words alone mean something else: «tot op zekere hoogte» is no informing): an
# idiom of the question → the stukken's words for it, and the idiom's own words, which the stukken's replace. A
# verb split around its object is matched across it («Legt terugkeer het doorgaans af tegen …?»).
_INFORM_VERBS = (
    "brengen brengt bracht brachten gebracht stellen stelt stelde stelden gesteld houden houdt hield hielden gehouden"
)
_INFORM = "|".join(_INFORM_VERBS.split())
_IDIOMS = (
    # «op de hoogte brengen / stellen / houden» is informing; «op de hoogte zijn van» is being aware
    (
        rf"\bop\s+de\s+hoogte\s+(?:te\s+)?(?:{_INFORM})\b|\b(?:{_INFORM})\s+(?:\w+\s+){{0,4}}?op\s+de\s+hoogte\b",
        "geïnformeerd voorlichting",
        f"hoogte {_INFORM_VERBS}",
    ),
    (r"\bop\s+de\s+hoogte\s+van\b", "bewust", "hoogte"),
    # harming one's own cause: «Schiet Nederland zich in de voet met speciale deals?» is «Zulke uitzonderingen
    # ondergraven immers dat algemene beleid» (dev38, row 280)
    (
        r"\bin\s+de\s+voet\s+(?:te\s+)?(?:schiet|schieten|schoot|schoten|geschoten)\b"
        r"|\b(?:schiet|schieten|schoot|schoten)\b[^?.!]{0,60}?\bin\s+de\s+(?:eigen\s+)?voet\b",
        "ondergraven",
        "voet schiet schieten schoot schoten geschoten",
    ),
    # a special arrangement for one is an exception to the general rule: «speciale deals voor één land» are the
    # letter's «(voor het herkomstland in kwestie gunstige) uitzonderingen op algemeen beleid» (dev38, row 280)
    (
        r"\bspeciale\s+(?:deals?|regeling(?:en)?|behandeling)\b",
        "uitzonderingen",
        "speciale deal deals regeling regelingen behandeling",
    ),
    # another country's government is the letter's «overheid» or «autoriteiten»: «de regering in Mogadishu» is «de
    # Somalische overheid» («de regering» alone is the cabinet; row 283)
    (
        rf"\bregering{IN_ANOTHER_COUNTRY}",
        "overheid autoriteiten",
        "regering",
    ),
    # dev39 (row 284): «een aanpak op maat» is the letter's «maatwerk»; what «het best werkt» is «de effectiefste
    # manier»; leading migration «in goede banen» is managing it («het beter beheren van de … migratiestromen»)
    (r"\bop\s+maat\b", "maatwerk", "maat"),
    (
        r"\b(?:werkt|werken|werkte|werkten)\s+(?:\w+\s+){0,6}?het\s+best\b",
        "effectiefste",
        "werkt werken werkte werkten best",
    ),
    (r"\bin\s+goede\s+banen\b", "beheren", "goede banen"),
    # … and «de beste route / weg» is its «effectiefste manier» (dev53 yl022, row 305: refused at support
    # 0.29 with the right paragraph first)
    (r"\bbeste\s+(?:manier|route|weg)\b", "effectiefste manier", "beste route weg"),
    # dev40 (row 286): what «werkt» is «effectief» («beperkt werkzaam»: «tot op zekere hoogte effectief … maar
    # beperkt»; an idiom, as «werkzaamheden», work, shares the stem); «oog hebben voor» is being aware («zich bewust
    # van de terugkeerproblematiek»); the carrot and the stick are the letter's positive and negative «prikkels»;
    # a job is found through «werkgevers» («het koppelen van terugkeerders aan werkgevers … tijdens banenmarkten»)
    (r"\b(?:on)?werkzaam\b|\b(?:on)?werkzame\b", "effectief", "werkzaam werkzame onwerkzaam onwerkzame"),
    (r"\boog\s+(?:(?:hebben|heeft|had|hadden|houden|houdt)\s+)?voor\b", "bewust", "oog"),
    # (not roots: «mensen met wortels elders» are the diaspora, dev43 ya050)
    (
        # («wortel in plaats van stok» is the carrot: dev53 yl022)
        r"(?<!met\s)(?<!hun\s)(?<!zijn\s)(?<!haar\s)\bwortels?\b(?!\s+(?:in(?!\s+plaats\b)|elders)\b)",
        "positieve prikkels",
        "wortel wortels",
    ),
    (r"\b(?:met|hun|zijn|haar)\s+(?:\w+\s+)?wortels\b|\bwortels\s+(?:in|elders)\b", "diaspora", "wortels"),
    (r"\bstok\b", "negatieve prikkels", "stok"),
    (r"\b(?:een\s+)?baan\b|(?<!goede\s)\bbanen\b", "werkgevers banenmarkten", "baan banen"),
    # dev42 (row 292): «het beheer van migratie» is the letter's «migratiemanagement» (not «migratie beheren»: «het
    # beter beheren van de grote migratiestromen» is the letter's own); acting «uit zichzelf» is acting «op eigen
    # initiatief» (not «uit eigen beweging»: «Vertrek uit eigen beweging of gedwongen» is voluntary return, dev24
    # zh037); a duty not taken «(zo) nauw» is one given «minder prioriteit» («Er is een aantal landen dat dit anders
    # interpreteert of minder prioriteit geeft aan opvolging ervan»)
    (r"\bbeheer\s+van\s+(?:de\s+)?migratie\b", "migratiemanagement", "beheer"),
    # what «gewoon bij» something «hoort» is a matter of course there: «… of hoort dat gewoon bij de relatie?» is «een
    # vanzelfsprekend uitgangspunt in de relatie met Nederland»
    (
        r"\b(?:hoort|horen|hoorde|hoorden)\s+(?:\w+\s+){0,2}?gewoon\s+bij\b",
        "vanzelfsprekend uitgangspunt",
        "hoort horen hoorde hoorden gewoon",
    ),
    (r"\buit\s+zichzelf\b|\bop\s+eigen\s+houtje\b", "eigen initiatief", "zichzelf houtje"),
    # dev43 (row 293): what one «niet kan zonder» is «een noodzakelijke voorwaarde»; what works «ten dele» works «tot op
    # zekere hoogte», and what «remt» it «beperkt» it; what turns out «slecht» for something «valt in het nadeel» of it;
    # who «een brug slaat» fulfils the letter's «brugfunctie»
    (
        r"\b(?:kan|kunnen|kon|konden)\s+(?:\w+\s+){0,3}?niet\s+zonder\b|\bniet\s+(?:kan|kunnen|kon|konden)\s+zonder\b",
        "noodzakelijke voorwaarde",
        "kan kunnen kon konden zonder",
    ),
    (r"\bten\s+dele\b|\bdeels\b", "tot op zekere hoogte", "dele deels"),
    (
        r"\b(?:remt|remmen|remde|remden)\b[^?.!]{0,40}?\baf\b|\baf\s*(?:te\s+)?remmen\b",
        "beperkt",
        "remt remmen remde remden af",
    ),
    (
        r"\bslecht\s+uit\s*(?:te\s+)?(?:valt|vallen|viel|vielen|pakt|pakken|pakte)\b"
        r"|\b(?:valt|vallen|viel|vielen|pakt|pakken|pakte)\b[^?.!]{0,80}?\bslecht\s+uit\b",
        "nadeel uitvalt",
        "slecht valt vallen viel vielen pakt pakken pakte",
    ),
    (
        r"\been\s+brug\s+(?:te\s+)?(?:slaan|slaat|sloeg|sloegen|geslagen|vormen|vormt)\b"
        r"|\b(?:slaan|slaat|sloeg|sloegen|vormen|vormt)\b[^?.!]{0,40}?\been\s+brug\b",
        "brugfunctie",
        "brug slaan slaat sloeg sloegen geslagen vormen vormt",
    ),
    (
        r"\bnauw\s+(?:te\s+)?(?:nemen|neemt|nam|namen|genomen)\b|\b(?:neemt|nemen|nam|namen)\b[^?.!]{0,60}?\bnauw\b",
        "minder prioriteit anders interpreteert",
        "nauw nemen neemt nam namen genomen",
    ),
    # «iets op het netvlies hebben» is being aware of it (dev38, row 277)
    (r"\bop\s+(?:het|hun|zijn|haar)\s+netvlies\b", "bewust", "netvlies"),
    # losing out to something: «in het nadeel van terugkeer uitvalt»
    (
        r"\b(?:legt|leggen|legde|legden)\b[^?.!]{0,60}?\baf\s+tegen\b|\b(?:het\s+)?af(?:ge)?leg(?:gen|t|d)\s+tegen\b"
        r"|\baan\s+het\s+kortste\s+eind\b|\bhet\s+onderspit\b",
        "nadeel uitvalt",
        "legt leggen legde legden af afleggen afgelegd aflegt trekt trekken trok kortste eind delft delven onderspit",
    ),
    # poor countries are the letter's «ontwikkelingslanden» («Deze overmakingen vormen voor veel ontwikkelingslanden
    # een belangrijke bron van inkomsten»); «arm» alone is no country
    (r"\barme\s+landen\b|\barmere\s+landen\b", "ontwikkelingslanden", "arme armere landen"),
    # home is the country of origin: «geld naar huis sturen» is «geld … naar hun familie in herkomstlanden», «wat hen
    # thuis te wachten staat» «de actuele situatie … in het land van herkomst» («thuis horen in» is belonging)
    (
        r"\bnaar\s+huis\b|\bthuis\b(?!\s+(?:in|bij)\b)|\bthuisland\w*",
        "herkomstland land van herkomst",
        "huis thuis thuisland",
    ),
    # «in toenemende mate»: the letter's «steeds nadrukkelijker» («… waarbij ook de optie van «minder-voor-minder» in
    # Brussel steeds nadrukkelijker op tafel komt»). Not «steeds vaker»: «nadrukkelijker» alone is in other paragraphs
    # («nadrukkelijker in beeld gebracht»), and dev31 zo031 was answered from one
    (r"\bin\s+toenemende\s+mate\b", "steeds nadrukkelijker", "toenemende mate"),
    # an option weighed more seriously is one on the table: «Wordt het korten op steun in Brussel nu serieuzer
    # overwogen?» is «… in Brussel steeds nadrukkelijker op tafel komt»
    (
        r"\b(?:serieuzer|vaker|meer|nadrukkelijker)\s+(?:\w+\s+)?(?:overwogen|besproken|bediscussieerd)\b",
        "steeds nadrukkelijker op tafel",
        "serieuzer vaker overwogen besproken bediscussieerd",
    ),
    # trafficking written out: «handelaren in mensen», «handel in mensen» is the letter's «mensenhandel»
    (r"\bhandel(?:aren|aars)?\s+in\s+mensen\b", "mensenhandel", "handel handelaren handelaars mensen"),
    # cutting aid is the letter's negative link: «Helpt het korten op ontwikkelingshulp …?». The verb, not the adjective
    # of the same stem: «op korte termijn» was read as a sanction, and «opvang dicht bij huis, op korte en lange
    # termijn» ranked «minder-voor-minder» first (dev35 zs029)
    (
        r"\b(?:korten|kortte|kortten|gekort|kort\s+op)\b",
        "negatieve koppeling conditionaliteit minder-voor-minder",
        "korten kortte kortten gekort kort",
    ),
    # near home is the region: «opvang dicht bij huis» is the letter's «opvang in de regio»
    (
        r"\bdicht\s*bij\s+(?:huis|het\s+land\s+van\s+herkomst|de\s+herkomstlanden"
        r"|(?:het\s+|de\s+)?(?:conflict|crisis|oorlogs)gebied(?:en)?)\b",
        "in de regio",
        "dicht bij huis conflictgebied conflictgebieden crisisgebied crisisgebieden oorlogsgebied oorlogsgebieden",
    ),
    # shaken awake is made aware: «Zijn de andere ministeries inmiddels wakker geschud?» is «… zich wel degelijk bewust
    # zijn van de terugkeerproblematiek»
    (r"\bwakker\s+(?:ge)?schud\w*|\bschud\w*\s+(?:\w+\s+){0,3}wakker\b", "bewust", "wakker geschud schudden schudt"),
    # made dependent on is made a condition: «Kan een project afhankelijk worden gemaakt van de bereidheid …?» is
    # «projecten … waarvoor medewerking aan terugkeer als voorwaarde wordt gesteld»
    (
        r"\bafhankelijk\s+(?:\w+\s+){0,2}(?:gemaakt|maken|maakt|maakte)\b",
        "voorwaarde",
        "afhankelijk gemaakt maken maakt maakte",
    ),
    # a few is a limited number: «maar een paar ministeries» is «Slechts een beperkt aantal departementen»
    (r"\b(?:maar|slechts)\s+een\s+paar\b", "slechts beperkt aantal", "paar"),
    # «om vluchtelingen … op te vangen»: the infinitive of «opvangen» split by «te» is the letter's «opvang»
    (r"\bop\s+te\s+vangen\b", "opvang", "vangen"),
    # giving in at last: «Als een land over de brug komt met terugname …» is «… bereid blijkt tot het leveren van een
    # extra inspanning»
    (r"\bover\s+de\s+brug\s+(?:komt|komen|kwam|kwamen|gekomen)\b", "bereid extra inspanning", "brug komt komen"),
    # asking those who know is consulting them: «Bij wie heeft de commissie haar licht opgestoken?» is «De ACVZ heeft
    # een brede consultatie uitgevoerd onder …» (dev41, row 289)
    (
        r"\blicht\s+(?:\w+\s+)?opgestoken\b|\blicht\s+(?:te\s+)?opsteken\b|\bsteekt?\s+(?:\w+\s+){0,3}licht\s+op\b",
        "consultatie geconsulteerd",
        "licht opgestoken opsteken steek steekt",
    ),
    # laws are the letter's «wetgeving»: «hun eigen wetten op orde» is «het verbeteren van wetgeving» (dev41, row 289);
    # read as words, not by stem: «weet» and «weten» stem to «wet» as well
    # … and compounds of it: «hun migratiewetten» (row 295, dev45 yc051)
    (r"\b\w*wet(?:ten)?\b", "wetgeving", "wet wetten"),
    # putting in order is improving: «zelf hun migratiewetten op orde brengen» is «het verbeteren van wetgeving»
    (
        r"\bop\s+orde\s+(?:te\s+)?(?:brengen|brengt|bracht|brachten|gebracht|krijgen|krijgt|maken)\b"
        r"|\b(?:brengen|brengt|bracht|brachten|krijgen|krijgt)\b[^?.]{0,60}\bop\s+orde\b",
        "verbeteren",
        "orde",
    ),
    # knowing how things stand is being informed of the situation: «dat wie terug moet weet hoe het er thuis voor staat»
    # is «worden potentiële terugkeerders beter geïnformeerd over de actuele situatie» (dev41 zy030, row 291)
    (
        r"\b(?:weet|weten|wist|wisten)\s+(?:\w+\s+){0,2}hoe\s+het\s+(?:er\s*)?(?:\w+\s+){0,2}voor\s*(?:staat|stond)\b",
        "geïnformeerd actuele situatie",
        "weet weten wist wisten staat stond",
    ),
    # setting conditions, as an activity, is conditionality: «Wat legden de lidstaten vast over voorwaarden stellen?» is
    # «… de mogelijkheid tot toepassing van conditionaliteit bevestigd» (dev41 zy051, row 291); not the one condition
    # a body sets («Welke voorwaarde stelt de Commissie …?» asks a condition)
    (r"\bvoorwaarden\s+(?:te\s+)?stellen\b|\bstellen\s+van\s+voorwaarden\b", "conditionaliteit", "stellen"),
    # going to others for advice is consulting them, as «licht opsteken» (dev44 yb005, row 294)
    (
        r"\bte\s+rade\s+(?:gaan|gaat|ga|gegaan|ging|gingen)\b|\b(?:gaan|gaat|ga|ging|gingen)\s+(?:\w+\s+){0,6}te\s+rade\b",
        "consultatie geconsulteerd",
        "rade gaan gaat gegaan ging gingen",
    ),
    # what tips the balance leads: «Wiens voorkeuren geven de doorslag?» is «… de wensen van het land leidend zijn»
    (r"\bde\s+doorslag\b", "leidend", "doorslag"),
    # the value one attaches is the letter's «belang»: «hoeveel waarde Nederland aan terugkeer hecht» is «het belang dat
    # Nederland hecht aan terugkeer» (dev44 yb060, row 294)
    (r"\bwaarde\s+(?:\w+\s+){0,4}(?:hecht|hechten|hechtte|hechtten|gehecht)\b", "belang", "waarde"),
    # what is watched is what is looked at: «Op welke maatstaven moet worden gelet?» is «… steeds gekeken moet worden
    # naar effectiviteit en proportionaliteit» (dev45 yc013, row 295)
    (
        # «letten op»; the verb split from «op» («Let de regering daar op?»); «op» before it («Waarop moet worden
        # gelet?»). Not «gelet op de kosten» (in view of).
        r"\b(?:let|lette|letten)\s+op\b|\b(?:let|lette|letten)\b[^?.]{0,60}\bop\s*(?:\?|$)"
        r"|\b(?:gelet|letten)\s*(?:\?|$)",
        "gekeken",
        "gelet letten let",
    ),
    # being pleased with something is being positive about it: «Wie is te spreken over hoe Nederland zich in Brussel
    # opstelt?» is «De ACVZ is positief over de Nederlandse inzet in Brussel» (dev47 ye032, row 297)
    (r"\b(?:goed\s+)?te\s+spreken\s+over\b", "positief", "spreken"),
    # dev48 (row 298): leaving on one's own is the letter's «vrijwillige terugkeer» («zelfstandig vertrek» is the
    # DT&V's own word for it); something to gain is «ruimte voor verbetering»; a hard line is pressure; to put
    # one's stamp on something is to confirm it
    (
        r"\bzelfstandig\w*\s+(?:vertrek\w*|terugke\w*|terug\s+te\s+keren)\b",
        "vrijwillige terugkeer",
        "zelfstandig zelfstandige",
    ),
    (r"\b(?:iets|veel|wat|nog|er)\s+te\s+winnen\b", "ruimte voor verbetering", "winnen"),
    # done on conditions is «conditionaliteit» (the stem of «voorwaardelijk» is that of the letter's «voorwaarde»,
    # so a phrase, not a stem)
    (r"\bvoorwaardelijk\w*", "conditionaliteit", "voorwaardelijk voorwaardelijke"),
    # a rejected asylum seeker, one who has exhausted every procedure, is one of the letter's «vreemdelingen die
    # Nederland moeten verlaten» (dev48 yf002 found the opening paragraph's «terugkeer asielzoekers»). «asielzoekers»
    # stays a word of the question (the DT&V guides «ex-asielzoekers»). More of the letter's phrase pulled its
    # jurisprudence sentence into answers on the DT&V (dev23 zg001), and «ex-asielzoekers» put the reaction's first
    # sentence before it (dev13 w020).
    (
        r"\bafgewezen\s+asielzoekers?\b|\buitgeprocedeerde?n?\b|\bvertrekplichtige?n?\b",
        "vreemdelingen",
        "afgewezen uitgeprocedeerd uitgeprocedeerde uitgeprocedeerden vertrekplichtig vertrekplichtige "
        "vertrekplichtigen",
    ),
    # the EU's member countries are its «lidstaten» («landen» alone is no member state)
    (r"\bEU-landen\b|\blanden\s+van\s+de\s+(?:EU|Europese\s+Unie)\b", "lidstaten", "landen"),
    # a meeting of the EU's ministers is a Council; in the stukken the JBZ-Raad (as «ministersraad» is, voice.py)
    (
        r"\b(?:vergadering|bijeenkomst|overleg)\s+van\s+(?:de\s+)?(?:EU-|Europese\s+)?ministers\b",
        "JBZ-Raad",
        "vergadering bijeenkomst overleg ministers",
    ),
    (r"\bharde?\s+(?:opstelling|lijn|aanpak|hand)\b", "druk", "hard harde opstelling lijn"),
    (r"\b(?:een|zijn|haar|hun)\s+stempel\s+(?:\w+\s+){0,3}?op\b|\bafgestempeld\b", "bevestigd", "stempel"),
    # the whole breadth of the relations is the letter's «het gehele spectrum van de bilaterale relaties» (row 296)
    (r"\b(?:de\s+)?(?:hele|gehele|volle)\s+breedte\b", "gehele spectrum", "hele gehele volle breedte"),
    # what the whole cabinet does is done «kabinetsbreed» (dev45 yc005, row 295)
    (r"\b(?:het\s+(?:hele|gehele|voltallige)|heel\s+het)\s+kabinet\b", "kabinetsbreed", "hele gehele voltallige heel"),
    # «in kaart brengen» is the letter's «in beeld brengen»
    (r"\bin\s+kaart\s+(?:te\s+)?(?:brengen|brengt|bracht|brachten|gebracht)\b", "beeld gebracht", "kaart"),
    # dev49 (row 299): sending money home is the letter's «geldovermakingen» («geld over te maken naar hun familie»);
    # taking advice over not wholly is taking it «behoudens enkele kanttekeningen» («Anders dan de ACVZ concludeert …»;
    # not «volgt»: the answer then read the letter's «Hieronder volgt …», dev49 yh016)
    (
        r"\bgeld\s+(?:\w+\s+){0,2}?naar\s+(?:huis|thuis|familie|de\s+familie)\b",
        "geldovermakingen overmaken",
        "geld huis thuis familie",
    ),
    (
        r"\bniet\s+(?:helemaal|geheel|volledig|in\s+alles)\s+(?:overneemt|overnemen|overnam|eens)\b",
        "kanttekeningen anders dan",
        "helemaal geheel volledig alles overneemt overnemen overnam eens",
    ),
    # dev50 (row 301): what is held «tegen het licht» is evaluated; what is done «onder dwang» is «gedwongen»; the
    # EU's ministers of justice meet as the JBZ-Raad
    (
        r"\btegen\s+het\s+licht\s+(?:te\s+)?(?:houden|houdt|hield|hielden|gehouden)\b",
        "evalueren evaluatie geëvalueerd",
        "licht houden houdt hield hielden gehouden",
    ),
    (r"\bonder\s+dwang\b", "gedwongen", "dwang"),
    # numbers of one series are its «nrs.» («Kamerstuk 19 637, nrs. 1994 en 2075»); a phrase, as the singular
    # «nummer» has the same stem and asks one number
    (r"\bnummers\b", "nrs", "nummers"),
    (
        r"\b(?:Europese\s+|EU-)ministers\s+van\s+(?:Justitie|Binnenlandse\s+Zaken)\b",
        "JBZ-Raad",
        "europese ministers justitie binnenlandse zaken",
    ),
    # dev51 (row 303): a task shared is the letter's «gedeelde verantwoordelijkheid»; who has a dossier «in handen»
    # is its «dossiereigenaar»
    (
        r"\b(?:gezamenlijke|gedeelde|gemeenschappelijke)\s+(?:opgave|taak|zaak)\b",
        "gedeelde verantwoordelijkheid",
        "gezamenlijke gedeelde gemeenschappelijke opgave taak zaak",
    ),
    (r"\b\w*dossier\s+in\s+(?:handen|beheer)\b", "dossiereigenaar", "dossier handen beheer"),
    # teaching someone to do something («Waarin leert Nederland grenswachters beter te worden?», «Hoe leert men
    # grensambtenaren … te herkennen?») is the letter's «trainen»; not a lesson drawn («Wat leerde het kabinet van
    # Ghana?»), which has no «te» and a verb after it
    (r"\bleer(?:t|de|den)\b[^?.!]{0,60}?\bte\s+\w+", "trainen", "leert leerde leerden"),
    # what it comes down to now («Waar komt het nu op aan?») is what the letter says «het is nu zaak» to do
    (
        r"\b(?:komt|kwam)\s+het\b[^?.!]{0,60}?\bop\s+aan\b|\bwaar\s+het\s+op\s+aankomt\b",
        "zaak",
        "komt kwam aan aankomt",
    ),
    # dev52 (row 304): visits «over en weer» are the letter's «wederzijdse bezoeken»; deciding «per geval» is deciding
    # «van geval tot geval»
    (r"\bover\s+en\s+weer\b", "wederzijdse", "weer"),
    (r"\b(?:per\s+geval|geval\s+per\s+geval)\b", "van geval tot geval", "per geval"),
)
# A separable verb of the table above split in a main clause: «Krijgt een land er iets voor terug als …?» is
# «terugkrijgen», «Waarom nemen sommige landen hun burgers niet terug?» «terugnemen». The particle ends the clause
# («terug willen» is no «terugwillen» here). In a subordinate clause its particle comes before a modal or «te» and the
# infinitive: «… of een land iets terug moet krijgen», «… terug te nemen» (row 304).
_MODAL_OR_TE = r"(?:moet|moeten|kan|kunnen|zal|zullen|wil|willen|mag|mogen|zou|zouden|te)"
_SEPARABLE = (
    ("terug", "krijg krijgt krijgen kreeg kregen", "terugkrijgen"),
    ("terug", "stuur stuurt sturen stuurde stuurden", "terugsturen"),
    ("terug", "neem neemt nemen nam", "terugnemen"),
    ("terug", "doe doet doen deed deden", "terugdoen"),
    ("terug", "geef geeft geven gaf gaven", "teruggeven"),
    ("uit", "zet zetten zette", "uitzetten"),
    ("aan", "spoor spoort sporen spoorde spoorden", "aansporen"),
    ("over", "neem neemt nemen nam namen", "overnemen"),
)
_CLAUSE_END = r"(?=\s*(?:[?.!,;]|$)|\s+(?:als|wanneer|omdat|zodat|dat|en|of|mits|indien)\b)"
_IDIOMS += tuple(
    (
        rf"\b(?:{'|'.join(forms.split())})\b[^?.!]{{0,60}}?\b{particle}\b{_CLAUSE_END}"
        rf"|\b{particle}\s+{_MODAL_OR_TE}\s+(?:{'|'.join(forms.split())})\b",
        _USE_FOR[verb],
        f"{forms} {particle}",
    )
    for particle, forms, verb in _SEPARABLE
)
_IDIOM_RES = tuple((re.compile(pattern, re.I), said, frozenset(content_terms(own))) for pattern, said, own in _IDIOMS)


def _idioms(question: str) -> list[tuple[frozenset[str], str]]:
    """The idioms of ``question``: (the stems of the idiom's own words, the stukken's words for it)."""
    return [(own, said) for rx, said, own in _IDIOM_RES if rx.search(question)]


@cache
def _by_stem() -> dict[str, str]:
    out: dict[str, str] = {}
    for word, words in _USE_FOR.items():
        for stem in content_terms(word):
            out[stem] = words if stem not in out or words in out[stem] else f"{out[stem]} {words}"
    return out


def expansions(question: str) -> str:
    """The stukken's words for the question's everyday ones, space-separated ('' when none applies)."""
    table = _by_stem()
    words = dict.fromkeys(w for t in content_terms(question) if t in table for w in table[t].split())
    words.update(dict.fromkeys(w for _, said in _idioms(question) for w in said.split()))
    return " ".join(words)


def named_as_the_stukken(question: str, names: list[str]) -> list[str]:
    """``names`` asked in ``question``, each that an idiom of the question holds («Europese», «Justitie» of «de
    Europese ministers van Justitie») replaced by the stukken's words for the idiom («JBZ-Raad»): a paragraph naming
    the JBZ-Raad names what was asked (dev50 yi017 was refused: no paragraph names «Justitie»)."""
    if not names:  # most questions name nothing: no idiom to match (this runs twice per question)
        return names
    idioms = _idioms(question)
    out = []
    for name in names:
        terms = set(content_terms(name))
        out.append(next((said for own, said in idioms if terms and terms <= own), name))
    return list(dict.fromkeys(out))


def worded(question: str) -> str | None:
    """The question with the stukken's words for its everyday ones added, as the reranker's e5 features and the
    answer's support embed it besides the question as asked (None when none applies)."""
    extra = expansions(question)
    return f"{question} {extra}" if extra else None


def rephrased_terms(question: str, terms: set[str] | None = None) -> set[str] | None:
    """The question's content terms (or ``terms``, read off it) with each everyday one replaced by the stukken's
    words for it (None when none applies): what a paragraph in the stukken's words covers of the question. An
    idiom's words are replaced as a whole («op de hoogte gebracht» → «geïnformeerd voorlichting»)."""
    idioms = _idioms(question)
    terms = set(content_terms(question)) if terms is None else terms
    rephrased = rephrased_stems(terms)
    if not idioms:
        return rephrased
    own = {t for words, _ in idioms for t in words}
    return ((rephrased or terms) - own) | {t for _, said in idioms for t in content_terms(said)}


def rephrased_stems(terms: set[str]) -> set[str] | None:
    """:func:`rephrased_terms` for terms already stemmed (``content_terms``)."""
    everyday = {t for t in terms if t in _by_stem()}
    if not everyday:
        return None
    return (terms - everyday) | {t for e in everyday for t in stukken_stems(e)}


@cache
def stukken_stems(term: str) -> frozenset[str]:
    """The stems of the stukken's words for an everyday stem (empty when the thesaurus has none): a sentence
    with «terugkeerproblematiek» holds the question's «terugkeerprobleem»."""
    words = _by_stem().get(term)
    return frozenset(content_terms(words)) if words else frozenset()
