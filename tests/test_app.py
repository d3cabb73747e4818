"""The Gradio app, launched for real (`assistant serve`), every endpoint called with gradio_client."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import CORPUS, start_server

EXE = str(Path(sys.executable).with_name("assistant"))


@pytest.fixture(scope="module")
def client(served):
    from gradio_client import Client

    return Client(served["url"], verbose=False)


def test_ask_endpoint_returns_what_the_cli_prints(client, index_settings):
    question = "Wat vindt de ACVZ van negatieve conditionaliteit?"
    api = client.predict(question, api_name="/ask")
    cli = subprocess.run(
        [EXE, "ask", question, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "ASSISTANT_INDEX_DIR": str(index_settings.index_dir)},
    )
    assert api == json.loads(cli.stdout)
    assert api["citations"][0]["paragraph_id"] == "kst-29344-128:011"
    assert api["citations"][0]["voice"] == "acvz"


def test_ask_endpoint_takes_the_conversation(client):
    api = client.predict(
        "En wat vindt het kabinet daarvan?", ["Wat vindt de ACVZ van negatieve conditionaliteit?"], api_name="/ask"
    )
    assert "negatieve conditionaliteit" in api["query"]
    assert api["citations"][0]["voice"] == "kabinet"


def test_ask_endpoint_bad_input_is_a_message(client):
    assert client.predict("   ", api_name="/ask") == {"error": "De vraag is leeg: typ een vraag over de stukken."}


def test_chat_endpoint_shows_citations_as_a_numbered_list(client):
    md = client.predict("Hoeveel geld is er per jaar voor migratie en ontwikkeling?", api_name="/chat")
    assert "**Bronnen**" in md and "1. Kamerstuk 29 344, nr. 128, p. 6" in md and "«" in md
    assert "te lang" in client.predict("x" * 20_000, api_name="/chat")


def test_paragraph_endpoint_gives_the_paragraph_in_context(client):
    ctx = client.predict("kst-29344-128:015", api_name="/paragraph")
    assert ctx["paragraph"]["id"] == "kst-29344-128:015" and ctx["voice"] == "kabinet"
    assert ctx["before"]["id"] == "kst-29344-128:014" and ctx["after"]["id"] == "kst-29344-128:016"
    assert ctx["reference"].startswith("Kamerstuk 29 344, nr. 128, p. 3")
    assert ctx["page_url"].endswith("kst-29344-128.pdf#page=3")
    assert "error" in client.predict("kst-0:001", api_name="/paragraph")


def test_kamervragen_endpoint_drafts_an_answer_per_question(client):
    out = client.predict(
        "Vraag 1\nHoeveel geld is er per jaar voor migratie en ontwikkeling?\n\n"
        "Vraag 2\nHoeveel terugnameovereenkomsten heeft Nederland in 2015 gesloten?",
        api_name="/kamervragen",
    )
    first, second = out["items"]
    assert first["number"] == 1 and not first["answer"]["abstained"] and first["footnotes"] == [1]
    assert second["answer"]["abstained"]
    assert out["sources"][0].startswith("Kamerstuk 29 344, nr. 128, p. 6")
    assert "### Antwoord 2" in out["markdown"] and "geen antwoord" in out["markdown"]
    assert "error" in client.predict("geen nummers hier", api_name="/kamervragen")


def test_feedback_endpoint_appends_to_the_log(client, served):
    answer = client.predict("Hoeveel geld is er per jaar voor migratie en ontwikkeling?", api_name="/ask")
    row = client.predict("Hoeveel geld?", answer, "down", "citaat te lang", api_name="/feedback")
    assert row["verdict"] == "down"
    logged = [json.loads(line) for line in served["feedback"].read_text().splitlines()]
    assert logged[-1]["comment"] == "citaat te lang" and logged[-1]["citations"][0]["paragraph_id"]
    assert "error" in client.predict("q", answer, "meh", "", api_name="/feedback")


@pytest.mark.parametrize(
    "path",
    [
        str(CORPUS / "manifest.json"),
        "/etc/passwd",
        str(Path(__file__).resolve()),
    ],
)
def test_server_serves_no_file_from_disk(served, path):
    for prefix in ("gradio_api/file=", "file="):
        try:
            with urllib.request.urlopen(served["url"] + prefix + path, timeout=10) as r:
                body = r.read()
                assert r.status != 200 or b"kst-29344-128" not in body and b"root:" not in body
        except urllib.error.HTTPError as exc:
            assert exc.code in (400, 403, 404)


def test_login_when_users_are_configured(index_settings, tmp_path):
    from gradio_client import Client

    proc, url = start_server(
        index_settings.index_dir, tmp_path / "serve.log", {"ASSISTANT_UI__USERS": "griffie:geheim"}
    )
    try:
        with pytest.raises(Exception):
            Client(url, verbose=False)  # no credentials: refused
        with pytest.raises(Exception):
            Client(url, auth=("griffie", "fout"), verbose=False)
        ok = Client(url, auth=("griffie", "geheim"), verbose=False)
        assert ok.predict("kst-29344-128:001", api_name="/paragraph")["paragraph"]["page"] == 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_malformed_users_setting_is_a_clean_error(index_settings):
    out = subprocess.run(
        [EXE, "serve", "--port", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "ASSISTANT_INDEX_DIR": str(index_settings.index_dir), "ASSISTANT_UI__USERS": "alleennaam"},
    )
    assert out.returncode == 1 and "naam:wachtwoord" in out.stderr and "Traceback" not in out.stderr
