"""English questions, searched in Dutch: dictionary-based query translation. Pure functions.

The stukken are Dutch. BM25 with the Dutch stemmer shares no terms with an English question (only names
such as «ACVZ»), and e5-small's cross-lingual similarity picks neighbouring paragraphs on the same broad
topic. No model that translates English into Dutch ships inside a PyPI package, and nothing may be
downloaded at run time, so — as cross-language retrieval did before machine translation — the question is
translated word by word with a glossary of the vocabulary of Dutch migration policy (and the bodies and
countries the stukken name), phrases first. The Dutch gloss is what retrieval searches (BM25, e5 and the
reranker); the answer is still chosen and checked against the question as asked.

A word the glossary lacks is kept as written (names, abbreviations); English inflections are tried without
their endings («supports» → «support»). Function words become their Dutch counterparts, so that e5 reads a
Dutch sentence rather than a list of keywords.
"""

from __future__ import annotations

import re

# Phrases, longest first when applied (see ``to_dutch``).
_PHRASES = {
    "advisory committee on migration affairs": "Adviescommissie Vreemdelingenzaken",
    "advisory committee": "Adviescommissie",
    "strategic country approach": "strategische landenbenadering",
    "country approach": "landenbenadering",
    "countries of origin": "herkomstlanden landen van herkomst",
    "country of origin": "herkomstland land van herkomst",
    "transit countries": "transitlanden",
    "host countries": "gastlanden",
    "host communities": "gastgemeenschappen",
    "forced return": "gedwongen terugkeer",
    "voluntary return": "vrijwillige terugkeer",
    "sustainable return": "duurzame terugkeer",
    "return policy": "terugkeerbeleid",
    "asylum seekers": "asielzoekers",
    "asylum seeker": "asielzoeker",
    "asylum situation": "asielproblematiek",
    "asylum problem": "asielproblematiek",
    "migration management": "migratiemanagement",
    "migration policy": "migratiebeleid",
    "migration data": "migratiedata",
    "migration flows": "migratiestromen",
    "migration and development": "migratie en ontwikkeling",
    "set aside": "gereserveerd",
    "earmarked": "gereserveerd",
    # dev53 (row 305): pension and benefit treaties are the letter's social-security treaties; what one side gives in
    # return is its «tegenprestatie»; non-governmental groups are its «ngo’s»
    "pension and benefit agreements": "sociale zekerheidsverdragen",
    "benefit agreements": "sociale zekerheidsverdragen",
    "pension agreements": "sociale zekerheidsverdragen",
    "bargaining chip": "tegenprestatie",
    "quid pro quo": "tegenprestatie",
    "non-governmental groups": "ngo’s",
    "non-governmental organisations": "ngo’s",
    "non-governmental organizations": "ngo’s",
    # another country's government is the letter's «overheid» or «autoriteiten», not the cabinet (dev42 zz056)
    "somali government": "Somalische overheid",
    "somali authorities": "Somalische autoriteiten",
    "kenyan government": "Keniaanse overheid",
    "kenyan authorities": "Keniaanse autoriteiten",
    "border control": "grensbewaking grenzen bewaken",
    "border management": "grensbewaking grenzen bewaken",
    "border security": "grensbewaking grenzen bewaken",
    "human smuggling": "mensensmokkel",
    "people smuggling": "mensensmokkel",
    "human trafficking": "mensenhandel",
    "visa facilitation": "visumfacilitatie",
    "visa facilitations": "visumfacilitatie",
    "document fraud": "documentfraude",
    "false documents": "documentfraude",
    "forged documents": "documentfraude",
    "travel documents": "reisdocumenten",
    "immigration authorities": "immigratieautoriteiten",
    "counter-terrorism": "antiterrorisme",
    "silk route": "Zijderoute",
    "information campaigns": "voorlichtingscampagnes",
    "reception in the region": "opvang in de regio",
    "humanitarian aid": "humanitaire hulp",
    "development cooperation": "ontwikkelingssamenwerking",
    "development aid": "ontwikkelingssamenwerking ontwikkelingshulp",
    "foreign affairs": "Buitenlandse Zaken",
    "foreign trade": "Buitenlandse Handel",
    "security and justice": "Veiligheid en Justitie",
    "justice and security": "Veiligheid en Justitie",
    "state secretary": "staatssecretaris",
    "repatriation and departure service": "Dienst Terugkeer en Vertrek",
    "international organization for migration": "Internationale Organisatie voor Migratie IOM",
    "international organisation for migration": "Internationale Organisatie voor Migratie IOM",
    "european union": "Europese Unie",
    "european commission": "Europese Commissie",
    "european council": "Europese Raad",
    "jha council": "JBZ-Raad",
    "justice and home affairs council": "JBZ-Raad",
    "member states": "lidstaten",
    # the plan's own name in the letter: «het EU Actieplan voor Terugkeer (COM (2015) 453)» (dev43 ya053)
    "return action plan": "Actieplan voor Terugkeer",
    "action plan on return": "Actieplan voor Terugkeer",
    "action plan": "actieplan",
    "starting point": "uitgangspunt",
    "take the place of": "vervangt",  # "What does this letter take the place of?" (dev47 ye053, row 297)
    "takes the place of": "vervangt",
    "for the first time": "voor het eerst",
    "laid down": "vastgelegd",
    "residence rights": "verblijfsrecht verblijven",
    "right of residence": "verblijfsrecht verblijven",
    "government body": "dienst instantie",
    "developing countries": "ontwikkelingslanden",
    "poorer countries": "ontwikkelingslanden",
    "poor countries": "ontwikkelingslanden",
    "money transfers": "geldovermakingen",
    "transfers of money": "geldovermakingen",
    "share of": "deel van",
    "progress report": "voortgangsrapportage",
    "private sector": "bedrijfsleven",
    "business community": "bedrijfsleven",
    "business support organisations": "Business Support Organisations",
    "job fairs": "banenmarkten",
    "social security": "sociale zekerheid",
    "general policy": "algemeen beleid",
    "case law": "jurisprudentie",
    "long-term": "lange termijn",
    "long term": "lange termijn",
    "more-for-more": "meer-voor-meer",
    "more for more": "meer-voor-meer",
    "less-for-less": "minder-voor-minder",
    "less for less": "minder-voor-minder",
    "member of parliament": "Kamerlid",
    "house of representatives": "Tweede Kamer",
    "european parliament": "Europees Parlement",
    "council of state": "Raad van State",
    "senate": "Eerste Kamer",
    "parliamentary questions": "Kamervragen",
    "the hague": "Den Haag",
    "how much": "hoeveel",
    "how many": "hoeveel",
    "per year": "per jaar",
    "each year": "per jaar",
    "a year": "per jaar",
    "take back": "terugnemen terugname",
    "taking back": "terugnemen terugname",
    "brain gain": "brain gain",
    "tailor-made": "maatwerk",
    "according to": "volgens",
    "in the view of": "volgens",
    # superlatives Dutch writes in one word: «de effectiefste manier»
    "most effective": "effectiefste",
    "works best": "effectiefste",
    "work best": "effectiefste",
    "case by case": "van geval tot geval",
    "case-by-case": "van geval tot geval",
    "in return": "tegenprestatie",
    "in exchange": "tegenprestatie",
    "customised": "maatwerk",
    # compounds: one Dutch word for an English phrase, which word-by-word glossing splits in two
    "capacity projects": "capaciteitsprojecten",
    "capacity building": "capaciteitsopbouw",
    "relationship management": "relatiebeheer",
    "carry out": "uitvoeren uitvoering",
    "carries out": "uitvoeren uitvoering",
    "carried out": "uitvoeren uitvoering",
    # dev35 (row 255)
    "close to their home countries": "in de regio",
    "close to their countries of origin": "in de regio",
    "close to home": "in de regio",
    "ex-asylum seekers": "ex-asielzoekers",
    "in charge": "verantwoordelijk",
    "conditional on": "koppeling voorwaarde",
    "made conditional": "koppeling voorwaarde",
    # dev36 (row 266): the report's title in English, and handing a report over
    "between wish and reality": "Tussen wens en werkelijkheid",
    "between desire and reality": "Tussen wens en werkelijkheid",
    "handed over": "aangeboden",
    "handed in": "aangeboden",
    # a visa or permit to work is labour migration (recommendation 1), not the verb «werkt»
    "work visas": "arbeidsmigratie visum",
    "work visa": "arbeidsmigratie visum",
    "work permits": "arbeidsmigratie",
    "labour migration": "arbeidsmigratie",
    "labor migration": "arbeidsmigratie",
    # dev37 (row 272)
    "stand-alone report": "separate rapportage",
    "separate report": "separate rapportage",
    "stand-alone": "separate",
    "standalone": "separate",
    "non-cooperation": "niet meewerken",
    "first response": "eerst en vooral",
}

_WORDS = {
    # question and function words
    "what": "wat", "which": "welke", "who": "wie", "whom": "wie", "when": "wanneer", "where": "waar",
    "why": "waarom", "how": "hoe", "the": "de", "a": "een", "an": "een", "of": "van", "and": "en", "or": "of",
    "in": "in", "on": "over", "about": "over", "for": "voor", "with": "met", "between": "tussen", "to": "",
    "from": "uit", "by": "door", "at": "bij", "into": "in", "its": "haar", "their": "hun", "his": "zijn",
    "her": "haar", "this": "deze", "that": "dat", "these": "deze", "those": "die", "it": "het", "they": "zij",
    "is": "is", "are": "zijn", "was": "was", "were": "waren", "be": "zijn", "been": "", "do": "", "does": "",
    "did": "", "has": "heeft", "have": "hebben", "had": "had", "can": "kan", "could": "kan", "will": "zal",
    "would": "zou", "should": "moet", "must": "moet", "not": "niet", "no": "geen", "more": "meer",
    "most": "meest", "less": "minder", "other": "andere", "all": "alle", "also": "ook", "there": "er",
    "first": "eerst", "each": "per", "every": "elke", "any": "enige", "own": "eigen", "than": "dan",
    # bodies, people, documents
    "implement": "uitvoeren uitvoering", "mention": "noemt genoemd",
    "acvz": "ACVZ", "government": "kabinet", "cabinet": "kabinet", "minister": "minister",
    "ministry": "ministerie", "ministries": "ministeries", "department": "departement",
    "departments": "departementen", "parliament": "Kamer", "house": "Kamer", "mp": "Kamerlid",
    "mps": "Kamerleden", "meps": "Europarlementariërs", "mep": "Europarlementariër",
    "letter": "brief Kamerbrief", "report": "rapport", "evaluation": "evaluatie",
    "advice": "advies", "recommendation": "aanbeveling", "recommendations": "aanbevelingen",
    "finding": "bevinding", "findings": "bevindingen", "conclusion": "conclusie", "conclusions": "conclusies",
    "debate": "debat Kamerdebat", "questions": "vragen", "question": "vraag", "footnote": "voetnoot",
    "commission": "Commissie", "council": "Raad", "eu": "EU", "europe": "Europa", "european": "Europese",
    "brussels": "Brussel", "embassy": "ambassade", "embassies": "ambassades", "officials": "ambtenaren functionarissen",
    "authorities": "autoriteiten", "organisation": "organisatie", "organization": "organisatie",
    "organisations": "organisaties", "organizations": "organisaties", "ngo": "ngo", "ngos": "ngo’s",
    "iom": "IOM", "signatories": "ondertekenaars", "chair": "voorzitter", "director": "directeur",
    "policymakers": "beleidsmakers", "employers": "werkgevers", "entrepreneurs": "ondernemers",
    "businesses": "ondernemingen", "companies": "ondernemingen", "family": "familie", "families": "familie",
    # migration and return
    "migration": "migratie", "migrants": "migranten", "migrant": "migrant", "irregular": "irreguliere",
    "illegal": "illegale", "return": "terugkeer", "returns": "terugkeer", "returnees": "terugkeerders",
    "returning": "terugkeer", "readmission": "terugname", "readmit": "terugnemen", "nationals": "onderdanen",
    "citizens": "onderdanen", "people": "mensen", "origin": "herkomst", "asylum": "asiel", "refugees": "vluchtelingen",
    "refugee": "vluchteling", "aliens": "vreemdelingen", "foreigners": "vreemdelingen", "reception": "opvang",
    "protection": "bescherming", "reintegration": "re-integratie herintegratie", "integration": "integratie",
    "diaspora": "diaspora", "remittances": "geldovermakingen", "smuggling": "mensensmokkel",
    "trafficking": "mensenhandel", "borders": "grenzen", "border": "grens", "visa": "visum visa",
    "withdraw": "intrekken", "withdrawn": "ingetrokken", "withdrawing": "intrekken", "withdrew": "ingetrokken",
    "withdrawal": "intrekken",
    "visas": "visa", "departure": "vertrek", "flows": "stromen", "manage": "beheren", "managing": "beheren",
    "voluntary": "vrijwillige", "voluntarily": "vrijwillig", "forced": "gedwongen", "compulsory": "gedwongen",
    # policy
    "policy": "beleid", "policies": "beleid", "approach": "benadering aanpak", "strategy": "strategie",
    "strategic": "strategische", "instrument": "instrument", "priority": "prioriteit", "priorities":
    "beleidsprioriteiten prioriteiten", "themes": "thema’s", "theme": "thema", "projects": "projecten",
    "project": "project", "programmes": "programma’s", "programs": "programma’s", "pilot": "pilot",
    "innovation": "innovatie", "cooperation": "medewerking samenwerking", "collaboration": "samenwerking",
    "incentives": "prikkels", "incentive": "prikkel", "positive": "positieve", "negative": "negatieve",
    # the carrot and the stick are the letter's positive and negative «prikkels» (as «wortel» and «stok», thesaurus)
    "carrot": "positieve prikkels", "carrots": "positieve prikkels", "stick": "negatieve prikkels minder-voor-minder",
    "sticks": "negatieve prikkels minder-voor-minder",
    "conditionality": "conditionaliteit", "explicitly": "expliciet", "explicit": "expliciet",
    "pressure": "druk", "persuasion": "overreding",
    "sanctions": "sancties maatregelen", "measures": "maatregelen", "relations": "betrekkingen relaties",
    "relationship": "relatie", "relationships": "relaties", "bilateral": "bilaterale",
    "diplomatic": "diplomatieke", "dialogue": "dialoog", "operational": "operationele", "level": "niveau",
    "levels": "niveaus", "effective": "effectief", "effectiveness": "effectiviteit", "coherent": "coherent",
    "integrated": "geïntegreerd", "exceptions": "uitzonderingen", "exception": "uitzondering",
    "exemptions": "uitzonderingen", "exemption": "uitzondering", "precedent": "precedentwerking",
    "treaties": "verdragen", "treaty": "verdrag", "agreements": "overeenkomsten afspraken",
    "agreement": "overeenkomst akkoord", "interests": "belangen", "interest": "belang", "agenda": "agenda",
    "capacity": "capaciteit", "development": "ontwikkeling", "budget": "budget", "money": "geld",
    "funds": "middelen", "funding": "middelen budget", "resources": "middelen", "million": "miljoen",
    "euros": "euro", "euro": "euro", "costs": "kosten", "cost": "kosten", "total": "totale", "extra": "extra",
    "additional": "extra", "annual": "jaarlijks", "year": "jaar", "years": "jaren", "date": "datum",
    "day": "dag", "data": "data", "information": "voorlichting informatie", "training": "trainen",
    "jobs": "banen werk", "region": "regio", "countries": "landen", "country": "land",
    "states": "staten", "role": "rol", "view": "visie", "views": "visie", "position": "standpunt",
    "opinion": "mening", "experience": "ervaring", "experiences": "ervaringen", "results": "resultaten",
    "success": "succes", "credibility": "geloofwaardigheid", "credible": "geloofwaardig",
    "responsibility": "verantwoordelijkheid", "shared": "gedeelde", "complexity": "complexiteit",
    "jurisprudence": "jurisprudentie", "social": "sociale", "security": "veiligheid", "rights": "rechten",
    "knowledge": "kennis", "labour": "arbeid", "study": "studie", "students": "studie",
    # verbs (base form; inflections are tried without their endings)
    "present": "aangeboden", "presented": "aangeboden", "submitted": "aangeboden", "ask": "vragen gevraagd",
    "asked": "gevraagd", "request": "verzoek", "requested": "verzocht", "sign": "ondertekend",
    "signed": "ondertekend", "agree": "eens onderschrijft", "share": "deelt", "conclude": "concludeert",
    "concluded": "concludeerde", "find": "constateert", "found": "constateerde", "say": "zegt", "said": "zei",
    "state": "stelt", "think": "vindt", "consider": "vindt", "believe": "vindt", "recognise": "erkent",
    "recognize": "erkent", "acknowledge": "erkent", "confirm": "bevestigd", "confirmed": "bevestigd",
    "recommend": "beveelt aanbeveling", "advise": "adviseert", "support": "steun ondersteuning",
    "supported": "ondersteund", "help": "hulp helpt", "assist": "bijstaan", "invest": "investeren",
    "strengthen": "versterken", "improve": "verbeteren", "increase": "vergroten", "reduce": "verlagen",
    "lower": "verlagen verlaging", "collect": "verzamelen", "collecting": "verzamelen", "analyse": "analyseren",
    "analysing": "analyseren", "analyze": "analyseren", "train": "trainen", "guide": "begeleidt",
    "guides": "begeleidt", "accompany": "begeleiden",
    "accompanies": "begeleidt", "accompanied": "begeleid", "service": "dienst", "services": "diensten",
    "rejected": "afgewezen", "departing": "vertrekkende",
    "involve": "betrekken", "involved": "betrokken", "consult": "geconsulteerd",
    "consulted": "geconsulteerd", "cooperate": "meewerken medewerking", "persuade": "overreden",
    "learn": "leren ervaring", "learned": "ervaring", "learnt": "ervaring", "keep": "houden", "keeping": "houden",
    "open": "open", "continue": "blijven", "send": "sturen", "sent": "verstuurd", "publish": "verschijnt",
    "published": "verscheen", "happen": "gebeuren", "happened": "gebeurde", "plan": "plan",
    "planned": "gepland", "intend": "wil", "want": "wil", "wants": "wil", "use": "inzetten", "used": "ingezet",
    "spend": "inzetten", "spent": "ingezet", "add": "toegevoegd", "added": "toegevoegd", "focus": "richten",
    "link": "koppelen koppeling", "linking": "koppeling", "tie": "koppelen", "work": "werkt",
    "play": "speelt", "give": "geeft", "get": "krijgt", "receive": "krijgt", "mean": "betekent",
    "suggest": "voorstellen voorstel", "suggested": "stelde voor voorstel", "propose": "voorstellen voorstel",
    "proposed": "stelde voor voorstel", "justice": "Justitie", "replace": "vervangt", "replaces": "vervangt",
    "refer": "verwijst", "refers": "verwijst",
    "examine": "bezien", "examined": "bezien", "assess": "bezien beoordelen", "assessed": "beoordeeld",
    "valuable": "waardevol", "members": "leden", "member": "lid", "unique": "unieke",
    "critical": "kritisch", "important": "belangrijk", "necessary": "nodig", "useful": "nuttig",
    "available": "beschikbaar", "possible": "mogelijk", "new": "nieuwe", "former": "ex", "local": "lokale",
    "international": "internationale", "national": "nationale", "dutch": "Nederlandse",
    "netherlands": "Nederland", "african": "Afrikaanse", "africa": "Afrika", "somalia": "Somalië Somalische",
    "somali": "Somalische", "iraq": "Irak", "morocco": "Marokko", "kenya": "Kenia Keniaanse",
    # a country's people («for Moroccans») are looked for as their country, which the stukken name
    "moroccans": "Marokko", "somalis": "Somalië", "iraqis": "Irak", "afghans": "Afghanistan", "ghanaians": "Ghana",
    "nigerians": "Nigeria", "kenyans": "Kenia", "pakistanis": "Pakistan",
    "kenyan": "Keniaanse", "guinea": "Guinee", "armenia": "Armenië", "azerbaijan": "Azerbeidzjan",
    "turkey": "Turkije", "france": "Frankrijk", "germany": "Duitsland", "belgium": "België",
    # member states the stukken never name: "Did Hungary or Poland vote against …?" names them (dev49 yh061, row 299)
    "hungary": "Hongarije", "poland": "Polen", "italy": "Italië", "greece": "Griekenland", "spain": "Spanje",
    "sweden": "Zweden", "austria": "Oostenrijk", "denmark": "Denemarken",
    # words of English gold questions the glossary lacked (row 124), in the stukken's words
    "according": "volgens", "sustainable": "duurzame", "durable": "duurzame", "general": "algemene algemeen",
    "principle": "principe beginsel", "reluctant": "terughoudend terughoudendheid",
    "reluctance": "terughoudendheid", "special": "speciale", "decide": "besluiten", "interior": "binnenlandse",
    "endorse": "bevestigen bevestigd", "endorsed": "bevestigd",
    "deals": "afspraken", "refusal": "weigering", "refuse": "weigeren", "ties": "betrekkingen banden",
    "commitments": "toezeggingen", "coordination": "coördinatie", "fraud": "fraude", "trained": "getraind trainen",
    "detect": "detecteren", "efforts": "inspanningen inzet", "undermines": "ondergraven", "undermine": "ondergraven",
    "attention": "aandacht", "tracks": "sporen", "examples": "voorbeelden",
    "situation": "situatie", "conditions": "voorwaarden", "condition": "voorwaarde", "improving": "verbeteren",
    "imposed": "opgelegd", "previously": "voorheen", "reserved": "gereserveerd", "mentioned": "genoemd",
    "achieved": "bereikt", "judge": "oordelen beoordelen", "fields": "terreinen", "presenting": "presenteren",
    # dev27 (row 179)
    "without": "zonder", "residence": "verblijf", "framework": "kader", "concerns": "betreft gaat over",
    "contract": "contractueel contract", "departures": "vertrek", "agency": "dienst", "body": "instantie",
    "handles": "begeleidt", "handle": "begeleiden",
    # dev35 (row 255)
    "aid": "hulp ontwikkelingssamenwerking", "stay": "blijven", "active": "actieve actief", "better": "betere",
    "figures": "cijfers resultaten", "leave": "verlaten vertrek", "home": "herkomstland", "conditional": "voorwaarde",
    # months («may» is left out: it is far more often the verb)
    "january": "januari", "february": "februari", "march": "maart", "april": "april", "june": "juni",
    "july": "juli", "august": "augustus", "september": "september", "october": "oktober",
    "november": "november", "december": "december",
}  # fmt: skip

_TOKEN_RE = re.compile(r"[\w’'-]+|[^\w\s]")

# English modifiers that Dutch writes as the first part of a compound: «return projects» is «terugkeerprojecten»,
# which the word-by-word gloss «terugkeer projecten» does not match (the Snowball stemmer keeps compounds whole).
# The joined word is added next to the two glossed words.
_COMPOUND_FIRST = {
    "return": "terugkeer", "migration": "migratie", "asylum": "asiel", "border": "grens", "policy": "beleids",
    "development": "ontwikkelings", "capacity": "capaciteits", "diaspora": "diaspora", "host": "gast",
}  # fmt: skip


# English adjectives made of a noun and one of these say what they are about (dev42 zz056)
_COMPOUND_TAILS = frozenset(("related", "based", "oriented", "focused", "specific", "linked", "driven"))


def _lookup(word: str) -> str | None:
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):  # the government's → government
        low = low[:-2]
    if low in _WORDS:
        return _WORDS[low]
    head, dash, tail = low.partition("-")
    if dash and tail in _COMPOUND_TAILS:
        # "border-related support": what the adjective is about («grens»); "related" itself is no search word
        return _lookup(head)
    for ending, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(ending) and len(low) - len(ending) >= 3 and (stem := low[: -len(ending)] + repl) in _WORDS:
            return _WORDS[stem]
    return None


def to_dutch(question: str) -> str:
    """A Dutch gloss of an English question, for searching the Dutch stukken (see the module docstring)."""
    return _gloss(question)[0]


def english_only(word: str) -> bool:
    """Is ``word`` (lower case, as written) an English word of the glossary that Dutch does not share? «migration»,
    «responsibility» are; «plan», «data», «budget» (glossed as themselves) are not."""
    dutch = _WORDS.get(word)
    return dutch is not None and word not in dutch.lower().split()


def name_gloss(name: str) -> str | None:
    """The Dutch of an English name when the glossary knows every word of it («European Parliament» →
    «Europees Parlement», «JHA Council» → «JBZ-Raad»), else None: a name glossed in part («Home Affairs
    Council» → «Home Affairs Raad») says nothing about whether the stukken name it."""
    gloss, complete = _gloss(name)
    return gloss if complete else None


def _gloss(question: str) -> tuple[str, bool]:
    """The gloss, and whether the glossary knew every word (names and abbreviations are kept as written)."""
    complete = True
    text = question.strip()
    placeholders: list[str] = []
    for phrase in sorted(_PHRASES, key=len, reverse=True):
        pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", re.I)
        if pattern.search(text):
            placeholders.append(_PHRASES[phrase])
            text = pattern.sub(f" \x00{len(placeholders) - 1}\x00 ", text)
    out: list[str] = []
    for i, part in enumerate(re.split(r"\x00(\d+)\x00", text)):
        if i % 2:  # a captured placeholder number; a number the question holds («2016») is text
            out.append(placeholders[int(part)])
            continue
        first = None  # the Dutch first part of a compound the previous English word starts
        for token in _TOKEN_RE.findall(part):
            dutch = _lookup(token) if token[0].isalnum() else None
            complete = complete and (dutch is not None or not token[0].isalnum())
            if dutch is None:
                out.append(token.rstrip("'’s") if token.lower().endswith(("'s", "’s")) else token)
            elif dutch:
                out.append(dutch)
                if first and dutch.isalpha() and dutch.islower() and len(dutch) > 3:  # a noun, not «van»
                    out.append(first + dutch)
            first = _COMPOUND_FIRST.get(token.lower()) if dutch else None
    gloss = " ".join(out)
    return re.sub(r"\s+([?.,;:!])", r"\1", re.sub(r"\s+", " ", gloss)).strip(), complete
