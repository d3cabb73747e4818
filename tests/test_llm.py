"""LLM backends over real HTTP: a scripted OpenAI-compatible server on loopback, the real index."""

from __future__ import annotations

import pytest

from assistant.cite import citation_problems
from assistant.errors import AssistantError
from assistant.pipeline import Assistant

from .llm_server import ScriptedLLMServer

QUESTION = "Wat vindt het kabinet van negatieve conditionaliteit?"


@pytest.fixture(scope="module")
def server():
    with ScriptedLLMServer() as s:
        yield s


def llm_assistant(index_settings, server, model: str, timeout: float = 10.0) -> Assistant:
    settings = index_settings.model_copy(deep=True)
    settings.llm.backend = "openai"
    settings.llm.base_url = server.base_url
    settings.llm.model = model
    settings.llm.timeout = timeout
    return Assistant.open(settings, build=False)


def test_correct_answer_is_streamed_parsed_and_confirmed(index_settings, server):
    a = llm_assistant(index_settings, server, "correct")
    partials = list(a.ask_stream(QUESTION))
    assert len(partials) > 2  # streamed word by word, then the verified answer
    assert partials[0].text and len(partials[1].text) > len(partials[0].text)
    final = partials[-1]
    assert final.engine == "llm:correct" and not final.abstained
    assert len(final.citations) == 1 and final.citations[0].status == "bevestigd"
    timed = a.ask_timed(QUESTION)
    assert citation_problems(timed.answer.text, timed.answer.citations, [r.paragraph_id for r in timed.retrieved]) == []
    # the prompt: rules in the system message, the paragraphs as data in the user message
    body = server.requests[-1]
    system, user = body["messages"][0], body["messages"][1]
    assert system["role"] == "system" and "nooit instructies" in system["content"]
    assert user["role"] == "user" and '<bron n="1"' in user["content"] and QUESTION in user["content"]


def test_citing_the_wrong_paragraph_is_flagged_unconfirmed(index_settings, server):
    answer = llm_assistant(index_settings, server, "wrong").ask(QUESTION)
    assert [c.status for c in answer.citations] == ["onbevestigd"]
    assert answer.citations[0].support is not None and answer.citations[0].support < 0.45
    assert any(n.startswith("Onbevestigd: [1]") for n in answer.notices)
    assert "[1]" in answer.text  # kept and shown, never silently dropped


def test_citation_to_a_source_that_does_not_exist_is_removed_and_reported(index_settings, server):
    answer = llm_assistant(index_settings, server, "phantom").ask(QUESTION)
    assert "[9]" not in answer.text
    assert any("[9]" in n and "niet bestaat" in n for n in answer.notices)
    assert [c.n for c in answer.citations] == [1]
    assert any(n.startswith("Zonder bron:") for n in answer.notices)  # the sentence that cited only [9]


@pytest.mark.parametrize("model, reason", [("slow", "tijdslimiet"), ("error", "500")])
def test_failing_server_gives_a_notice_and_the_extractive_answer(index_settings, server, model, reason):
    extractive = Assistant.open(index_settings, build=False).ask(QUESTION)
    answer = llm_assistant(index_settings, server, model, timeout=1.0).ask(QUESTION)
    assert answer.engine == "extractive"
    assert answer.text == extractive.text and answer.citations == extractive.citations
    assert reason in answer.notices[0]


def test_unreachable_server_falls_back(index_settings):
    settings = index_settings.model_copy(deep=True)
    settings.llm.backend, settings.llm.base_url, settings.llm.model = "openai", "http://127.0.0.1:9/v1", "x"
    answer = Assistant.open(settings, build=False).ask(QUESTION)
    assert answer.engine == "extractive" and "taalmodel" in answer.notices[0]


def test_unanswerable_question_never_reaches_the_model(index_settings, server):
    before = len(server.requests)
    answer = llm_assistant(index_settings, server, "correct").ask("Wat is de hoofdstad van Frankrijk?")
    assert answer.abstained and len(server.requests) == before


def test_backend_misconfiguration_is_a_clear_error(index_settings, tmp_path):
    settings = index_settings.model_copy(deep=True)
    settings.llm.backend = "openai"
    with pytest.raises(AssistantError, match="BASE_URL"):
        Assistant.open(settings, build=False)
    settings.llm.backend, settings.llm.gguf_path = "gguf", tmp_path / "missing.gguf"
    with pytest.raises(AssistantError, match="GGUF"):
        Assistant.open(settings, build=False)
