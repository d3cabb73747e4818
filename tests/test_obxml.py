"""Official XML: real Handelingen (incl. the damaged copies) and Kamerstuk/Kamervragen fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import document_reference, paragraph_reference
from assistant.errors import CorpusError
from assistant.models import Document
from assistant.obxml import repair, segment_xml

from .conftest import OB_XML as EXTERNAL  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HANDELINGEN = EXTERNAL / "h-tk-20172018-61-10.xml"
MOJIBAKE = sorted((EXTERNAL / "prettified-mojibake").glob("*.xml"))


def doc(doc_id: str, dtype: str = "handelingen", voice=None) -> Document:
    return Document(id=doc_id, title=doc_id, type=dtype, file=f"{doc_id}.xml", voice=voice)


@pytest.fixture(scope="module")
def handelingen():
    return segment_xml(doc("h-tk-20172018-61-10"), HANDELINGEN.read_bytes())


def test_handelingen_speech_turns_carry_speaker_and_party(handelingen):
    first = next(p for p in handelingen if p.text.startswith("Dank u wel, voorzitter. Veel mkb-ondernemers"))
    assert first.voice == "Wörsdörfer (VVD)" and first.kind == "spreekbeurt"
    assert first.section == ["Ondernemen en Bedrijfsfinanciering"] and first.page == 0
    chair = next(
        p for p in handelingen if p.text.startswith("Aan de orde is het VAO Ondernemen en bedrijfsfinanciering.")
    )
    assert chair.voice == "de voorzitter"
    assert any(p.voice == "staatssecretaris Keijzer" for p in handelingen)


def test_a_debate_turn_is_indexed_with_its_speaker_and_short_turns_are_marked(handelingen):
    from assistant.index import is_short, retrieval_context, standalone_context

    context, own = retrieval_context(handelingen), standalone_context(handelingen)
    question = next(p for p in handelingen if p.text.startswith("In de crisistijd zijn heel veel"))
    assert context[question.id] == "Paternotte (D66):" and own[question.id] == "Paternotte (D66)"
    motion = next(p for p in handelingen if p.kind == "motie")
    assert context[motion.id].startswith(motion.voice)
    chair = next(p for p in handelingen if p.text == "En dus?")
    assert context[chair.id] == "de voorzitter:"  # «de voorzitter» is a speaker too
    assert is_short(chair) and not is_short(question)
    assert sum(map(is_short, handelingen)) >= 10  # «Gaat u verder.», «Heel goed.», «Oordeel Kamer.» …


def test_every_motion_is_one_record_named_by_submitter_and_number(handelingen):
    motions = [p for p in handelingen if p.kind == "motie"]
    assert len(motions) == 6
    m = motions[0]
    assert m.label == "motie-Wörsdörfer c.s. (Kamerstuk 31 311, nr. 199)" and m.voice == "Wörsdörfer (VVD)"
    assert m.text.startswith("De Kamer, gehoord de beraadslaging,") and "verzoekt de regering" in m.text
    assert m.text.endswith("Voorgesteld door de leden Wörsdörfer, Bruins en Amhaouch.")
    d = doc("h-tk-20172018-61-10")
    assert (
        paragraph_reference(d, m)
        == "Handelingen II 2017/18, nr. 61, item 10, motie-Wörsdörfer c.s. (Kamerstuk 31 311, nr. 199)"
    )


def test_ids_are_stable_and_text_is_clean(handelingen):
    again = segment_xml(doc("h-tk-20172018-61-10"), HANDELINGEN.read_bytes())
    assert [p.model_dump() for p in again] == [p.model_dump() for p in handelingen]
    assert [p.id for p in handelingen][:2] == ["h-tk-20172018-61-10:001", "h-tk-20172018-61-10:002"]
    assert all("  " not in p.text and "<" not in p.text for p in handelingen)


def test_the_shared_test_data_is_there():
    assert HANDELINGEN.is_file() and len(MOJIBAKE) == 14, f"missing test data under {EXTERNAL}"


def test_bom_and_crlf_original_parses():
    paras = segment_xml(doc("h-tk-20172018-50-1"), (EXTERNAL / "h-tk-20172018-50-1.xml").read_bytes())
    assert paras and paras[0].section == ["opening"]


@pytest.mark.parametrize("path", MOJIBAKE, ids=lambda p: p.name)
def test_damaged_copies_are_repaired(path):
    raw = path.read_bytes()
    assert raw.lstrip().startswith("ï»¿".encode())  # the damage is really there
    paras = segment_xml(doc(path.stem), raw)
    text = " ".join(p.text for p in paras) + " ".join(p.voice or "" for p in paras)
    assert paras and "Ã" not in text and "â€" not in text and "ï»¿" not in text


def test_repair_restores_double_encoded_letters():
    raw = (MOJIBAKE[0].parent / "h-tk-20172018-70-14.xml").read_bytes()
    assert "Ã«" in raw.decode("utf-8") and "minister van Financiën" in repair(raw)


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "not an official publication"),
        (b"<html><body>geen publicatie</body></html>", "not an official publication"),
        (b'<?xml version="1.0"?><officiele-publicatie><handelingen><agendapunt>', "does not parse"),
        # garbled twice over: mojibake that survives one round of repair
        (
            '<?xml version="1.0"?><officiele-publicatie><handelingen><agendapunt><item-titel>Ã\u0083Â©</item-titel>'
            "</agendapunt></handelingen></officiele-publicatie>".encode(),
            "garbled",
        ),
        (b'<?xml version="1.0"?><other/>', "expected <officiele-publicatie>"),
    ],
)
def test_broken_xml_is_refused_with_a_clear_message(raw, message):
    with pytest.raises(CorpusError, match=message):
        segment_xml(doc("h-tk-20172018-1-1"), raw)


def test_kamerstuk_fixture_paragraphs_sections_and_footnotes():
    d = doc("kst-99999-3", "kamerstuk", voice="kabinet")
    paras = segment_xml(d, (FIXTURES / "kst-99999-3.xml").read_bytes())
    body = [p for p in paras if p.kind == "body"]
    assert body[1].text == (
        "Met deze brief informeer ik uw Kamer over de pilot met vertrekcoaches in drie gemeenten. "
        "De pilot liep van januari tot en met juni."
    )
    note = next(p for p in paras if p.kind == "footnote")
    assert note.id == "kst-99999-3:fn1" and note.text == "Kamerstuk 29 344, nr. 128." and note.parent == body[1].id
    assert body[1].footnotes == ["kst-99999-3:fn1"]
    result = next(p for p in paras if "42 vreemdelingen" in p.text)
    assert result.section == ["Resultaten van de pilot"] and result.voice == "kabinet"
    assert document_reference(d) == "Kamerstuk 99 999, nr. 3"
    assert paragraph_reference(d, result) == "Kamerstuk 99 999, nr. 3"  # no pages in XML, no label
    assert paragraph_reference(d, note) == "Kamerstuk 99 999, nr. 3, voetnoot 1"


def test_kamervragen_fixture_question_answer_pairs():
    d = doc("ah-tk-20152016-9999", "aanhangsel", voice="kabinet")
    paras = segment_xml(d, (FIXTURES / "ah-tk-20152016-9999.xml").read_bytes())
    kinds = [(p.kind, p.label) for p in paras]
    assert kinds == [
        ("body", "omschrijving"),
        ("vraag", "vraag 1"),
        ("antwoord", "antwoord 1"),
        ("vraag", "vraag 2"),
        ("antwoord", "antwoord 2"),
    ]
    q2, a2 = paras[3], paras[4]
    assert q2.voice == "vragensteller(s): Voordewind" and a2.voice == "kabinet"
    assert q2.section == a2.section == ["Vraag 2"]
    assert paragraph_reference(d, a2) == "Aanhangsel Handelingen II 2015/16, nr. 9999, antwoord 2"
