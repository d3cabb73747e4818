"""Segmentation of the real letter (corpus/kst-29344-128.txt)."""

from assistant.segment import segment_pdf_text
from assistant.voice import assign_voices

from .conftest import LETTER_ID, find


def test_ids_are_stable_and_deterministic(letter_doc, letter_text, paragraphs):
    again = assign_voices(letter_doc, segment_pdf_text(letter_doc, letter_text))
    assert [p.model_dump() for p in again] == [p.model_dump() for p in paragraphs]
    body = [p for p in paragraphs if p.kind != "footnote"]
    assert [p.id for p in body] == [f"{LETTER_ID}:{i:03d}" for i in range(1, len(body) + 1)]
    assert len({p.id for p in paragraphs}) == len(paragraphs)


def test_page_numbers_of_known_paragraphs(paragraphs):
    assert find(paragraphs, "Deze brief bestaat uit twee elementen").page == 1
    assert find(paragraphs, "De ACVZ erkent dat voor een geloofwaardig").page == 2
    assert find(paragraphs, "De ACVZ is kritisch over de effectiviteit").page == 3
    assert find(paragraphs, "De ACVZ heeft in haar evaluatie concrete aanbevelingen").page == 4
    assert find(paragraphs, "3. Investeer in de lange termijn relatie").page == 5
    assert find(paragraphs, "Voorheen was een budget van negen miljoen").page == 6
    assert find(paragraphs, "Zo zijn in 2014 lokale overheidsfunctionarissen in Kenia").page == 7
    assert find(paragraphs, "De terugkeer van onder andere ex-asielzoekers").page == 8


def test_line_end_hyphenation_is_repaired_and_real_hyphens_stay(paragraphs):
    text = "\n".join(p.text for p in paragraphs)
    for repaired in (
        "verschillende niveaus",
        "aanbevelingen die de ACVZ",
        "voortgangsrapportage wordt ook",
        "terugkeerproblematiek",
        "voorlichtingscampagnes",
        "gastgemeenschappen",
    ):
        assert repaired in text
    for real in (
        "JBZ-Raad",
        "EU-aanpak",
        "meer-voor-meer",
        "re-integreren",
        "ODA-middelen",
        "mensensmokkel en -handel",
        "kennis-, arbeids- en studiemigratie",
        "EU-kader",
        "tegenprestatie-afspraken",
    ):
        assert real in text
    for broken in (
        "verschil-",
        "aanbeve-",
        "strate-",
        "koppe-",
        "ambas-",
        "terugkeerpro-",
        "voorlich-",
        "gastge-",
        "mogelijk-",
        "autori-",
        "internationali-",
        "eerderge-",
        "onderne-",
    ):
        assert broken not in text


def test_paragraph_interrupted_by_footnote_and_page_break_is_joined(paragraphs):
    p = find(paragraphs, "Op 25 juni jl. heeft de Adviescommissie voor Vreemdelingenzaken")
    assert (
        "Vreemdelingenzaken (ACVZ) haar evaluatie en advies «Tussen wens en werkelijkheid» aan het kabinet aangeboden."
        in p.text
    )
    assert (p.page, p.page_end) == (1, 2)
    assert "ESH-klacht" not in p.text
    q = find(paragraphs, "De inzet van VenJ en BZ heeft er in ieder geval")
    assert "nadrukkelijker in beeld is gebracht bij herkomstlanden" in q.text and (q.page, q.page_end) == (2, 3)
    r = find(paragraphs, "Het is nu zaak in de praktische uitwerking hiervan stappen te maken")
    assert (r.page, r.page_end) == (5, 6)


def test_footnotes_are_own_records_linked_to_their_paragraph(paragraphs, by_id):
    notes = [p for p in paragraphs if p.kind == "footnote"]
    assert [n.id for n in notes] == [f"{LETTER_ID}:fn1", f"{LETTER_ID}:fn2", f"{LETTER_ID}:fn3"]
    assert (
        notes[0].text
        == "Kamerstuk 19 637, nr. 1994: Kamerbrief inzake de resolutie van het Comité van Ministers in ESH-klacht CEC."
    )
    assert notes[1].text == "Kamerstuk 29 693, nr. 1: «Verbanden tussen ontwikkeling en migratie»."
    assert notes[2].text == "Kamerstuk 19 637, nrs. 1994 en 2075."
    assert [n.page for n in notes] == [1, 2, 7]
    for note in notes:
        parent = by_id[note.parent]
        assert note.id in parent.footnotes
    assert "bent geïnformeerd. Het kabinet" in by_id[notes[0].parent].text  # marker "geïnformeerd.1" removed
    assert "sinds 2004 is bestemd. Bovendien" in by_id[notes[1].parent].text
    assert "22 april 2015. Het kabinet geeft hiermee" in by_id[notes[2].parent].text


def test_headings_are_context_not_paragraphs(paragraphs):
    texts = {p.text for p in paragraphs}
    for heading in (
        "Conditionaliteit",
        "Kabinetsreactie",
        "Concrete aanbevelingen ACVZ",
        "Innovatie van terugkeerbeleid",
    ):
        assert heading not in texts
    assert find(paragraphs, "De ACVZ is kritisch over").section == [
        "Bevindingen en aanbevelingen ACVZ-rapport",
        "Conditionaliteit",
    ]
    assert find(paragraphs, "Zolang vrijwillige terugkeer nog niet").section == [
        "Voortgangsrapportage Migratie en Ontwikkeling",
        "Bevorderen van vrijwillige terugkeer en duurzame herintegratie",
        "Innovatie van terugkeerbeleid",
    ]
    assert find(paragraphs, "Deze brief bestaat uit twee elementen").section == []


def test_recommendations_and_reactions_are_distinguishable(paragraphs):
    for n in range(1, 5):
        item = next(p for p in paragraphs if p.kind == "item" and p.text.startswith(f"{n}. "))
        assert item.section == ["Concrete aanbevelingen ACVZ", f"{n}."]
        reactions = [p for p in paragraphs if p.kind == "reactie" and p.section == item.section]
        assert reactions and reactions[0].text.startswith("Reactie:")
        assert reactions[0].ordinal == item.ordinal + 1
    second = find(paragraphs, "Daarbij vindt het kabinet dat terughoudendheid")
    assert (second.kind, second.section[-1]) == ("reactie", "1.")


def test_numbered_list_stays_with_its_introduction(paragraphs):
    p = find(paragraphs, "heeft het kabinet de volgende beleidsprioriteiten")
    assert p.kind == "body"
    assert p.text.endswith(
        "geformuleerd:\n1. Versterken migratiemanagement;\n2. Samenwerking met overheden en gastgemeenschappen over "
        "opvang van vluchtelingen;\n3. Betrekken van diaspora bij ontwikkeling van hun herkomstland;\n"
        "4. Bevorderen van vrijwillige terugkeer en duurzame herintegratie."
    )


def test_signature_lines_are_one_record(paragraphs):
    sig = [p for p in paragraphs if p.kind == "signature"]
    assert len(sig) == 1
    assert sig[0].text.splitlines() == [
        "De Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff",
        "De Minister van Buitenlandse Zaken, A.G. Koenders",
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking E.M.J. Ploumen",
    ]
    assert sig[0].page == 8 and sig[0].section == ["Ondertekening"]


def test_in_block_paragraph_breaks(paragraphs):
    a = find(paragraphs, "De ACVZ erkent dat voor een geloofwaardig")
    b = find(paragraphs, "De ACVZ onderschrijft dat het nuttig is")
    assert a.text.endswith("met name wanneer het gedwongen terugkeer betreft.")
    assert b.ordinal == a.ordinal + 1


def test_no_letter_is_lost_or_invented(letter_doc, letter_text, paragraphs):
    """Conservation: the letters of the text layer = letters of all records + letters of the headings."""

    def letters(text: str) -> int:
        return sum(ch.isalpha() for ch in text)

    heading_letters = sum(letters(h) for h in letter_doc.headings)
    assert letters(letter_text) == sum(letters(p.text) for p in paragraphs) + heading_letters
