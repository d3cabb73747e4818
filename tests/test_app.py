"""The Gradio app, launched for real (`assistant serve`), called with gradio_client."""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXE = str(Path(sys.executable).with_name("assistant"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(index_settings, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(index_settings.index_dir), "GRADIO_ANALYTICS_ENABLED": "False"}
    with open(log, "w") as fh:
        proc = subprocess.Popen([EXE, "serve", "--port", str(port)], stdout=fh, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError(f"server did not start: {log.read_text()}")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server, verbose=False)


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


def test_ask_endpoint_bad_input_is_a_message(client):
    assert client.predict("   ", api_name="/ask") == {"error": "De vraag is leeg: typ een vraag over de stukken."}


def test_chat_shows_citations_as_a_numbered_list(client):
    md = client.predict("Hoeveel geld is er per jaar voor migratie en ontwikkeling?", api_name="/chat")
    assert "**Bronnen**" in md
    assert "1. Kamerstuk 29 344, nr. 128, p. 6" in md
    assert "«" in md  # the quote


def test_chat_shows_bad_input_as_a_visible_message(client):
    md = client.predict("x" * 20_000, api_name="/chat")
    assert "te lang" in md
