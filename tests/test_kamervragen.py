"""Kamervragen: parsing numbered questions, drafting, Markdown and .docx export."""

import pytest

from assistant import kamervragen as kv
from assistant.errors import InvalidQuestionError
from assistant.present import esc


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Vraag 1\nHoeveel geld?\n\nVraag 2\nWat vindt het kabinet\nvan X?",
            [(1, "Hoeveel geld?"), (2, "Wat vindt het kabinet van X?")],
        ),
        ("Vraag 1: Hoeveel geld?\nVraag 2. Wie tekende?", [(1, "Hoeveel geld?"), (2, "Wie tekende?")]),
        ("1. Hoeveel geld?\n2) Wie tekende?", [(1, "Hoeveel geld?"), (2, "Wie tekende?")]),
        # a real set starts with an introduction; numbers inside a sentence are not question numbers
        (
            "Vragen van het lid X (PVV) aan de staatssecretaris.\n\n"
            "1. Kent u het bericht van 12 mei 2015?\n2. Hoeveel mensen?",
            [(1, "Kent u het bericht van 12 mei 2015?"), (2, "Hoeveel mensen?")],
        ),
        ("vraag 3\nAlleen vraag drie?", [(3, "Alleen vraag drie?")]),
    ],
)
def test_parse_questions(text, expected):
    assert [(q.number, q.text) for q in kv.parse_questions(text)] == expected


@pytest.mark.parametrize("text", ["", "   ", "geen nummers in deze tekst", "Vraag 1\n\nVraag 2\n"])
def test_parse_questions_refuses_what_it_cannot_read(text):
    with pytest.raises(InvalidQuestionError):
        kv.parse_questions(text)


def test_too_many_questions_is_refused():
    with pytest.raises(InvalidQuestionError, match="Te veel"):
        kv.parse_questions("\n".join(f"{i}. Vraag nummer {i}?" for i in range(1, 50)))


TEXT = (
    "Vraag 1\nHoeveel geld is er per jaar voor migratie en ontwikkeling?\n"
    "Vraag 2\nWat vindt het kabinet van negatieve conditionaliteit?\n"
    "Vraag 3\nHoeveel geld is er per jaar voor migratie en ontwikkeling beschikbaar?\n"
    "Vraag 4\nWat is de hoofdstad van Frankrijk?"
)


@pytest.fixture(scope="module")
def draft(assistant):
    return kv.draft(assistant, TEXT)


def test_draft_numbers_footnotes_through_the_whole_draft(draft):
    assert [i.number for i in draft.items] == [1, 2, 3, 4]
    assert draft.items[0].footnotes == [1] and draft.items[1].footnotes == [2]
    assert draft.items[2].footnotes == [1]  # the same source keeps its number
    assert draft.items[3].answer.abstained and draft.items[3].footnotes == []
    assert draft.sources[0].startswith("Kamerstuk 29 344, nr. 128, p. 6 (Voortgangsrapportage")


def test_markdown_has_answers_footnotes_and_the_not_answered_note(draft):
    md = kv.to_markdown(draft)
    assert "### Antwoord 1" in md and "[^1]" in md and "[^1]: Kamerstuk 29 344, nr. 128, p. 6" in md
    assert md.split("### Antwoord 4")[1].strip().startswith(kv.NOT_ANSWERED)
    assert "[1]" not in md.split("---")[0]  # local markers replaced by footnotes


def test_markdown_for_the_page_escapes_text(draft):
    evil = draft.model_copy(deep=True)
    evil.items[0].question = "<script>alert(1)</script>"
    md = kv.to_markdown(evil, esc=esc)
    assert "<script>" not in md and "&lt;script&gt;" in md and "<sup>1</sup>" in md


def test_docx_opens_with_answers_and_sources(draft, tmp_path):
    from docx import Document

    doc = Document(str(kv.to_docx(draft, tmp_path / "d.docx")))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Concept-antwoorden" and "Antwoord 4" in texts and "Bronnen" in texts
    answer1 = texts[texts.index("Antwoord 1") + 1]
    assert answer1.endswith("vijftien miljoen euro per jaar. 1")
    sup = [r for p in doc.paragraphs for r in p.runs if r.font.superscript]
    assert [r.text for r in sup][:2] == ["1", "2"]
