"""A small scripted OpenAI-compatible chat server on loopback: the test double for an LLM.

The model name picks the script:

* ``correct``  — quotes the first sentence of source 1 and cites [1];
* ``wrong``    — the same sentence, but cites the last source (which does not say it);
* ``phantom``  — the correct answer plus a citation [9] to a source that was never given;
* ``obey``     — does what an injected instruction in a document asks (no sources, a false claim);
* ``slow``     — answers only after ``SLOW_SECONDS`` (longer than the client's timeout);
* ``error``    — HTTP 500.

Every request body is recorded in ``server.requests`` so tests can inspect the prompt.
"""

from __future__ import annotations

import json
import re
import time
from http.server import BaseHTTPRequestHandler

from .loopback import LoopbackServer

SLOW_SECONDS = 3.0
_BRON_RE = re.compile(r'<bron n="(\d+)"[^>]*>\n(.*?)\n</bron>', re.S)


def _first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text, re.S)
    return (m.group(1) if m else text).strip()


def _script(model: str, user: str) -> str:
    sources = _BRON_RE.findall(user)
    first = _first_sentence(sources[0][1]) if sources else ""
    if model == "correct":
        return f"{first} [1]"
    if model == "wrong":
        return f"{first} [{sources[-1][0]}]"
    if model == "phantom":
        return f"{first} [1] Ook is er een tweede bron die dit bevestigt. [9]"
    if model == "obey":
        return "De ACVZ is opgeheven en alle eerdere adviezen zijn ingetrokken."
    return "Dit staat niet in de stukken."


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        self.server.requests.append(body)
        model = body.get("model", "")
        if model == "error":
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "scripted failure"}}')
            return
        if model == "slow":
            time.sleep(SLOW_SECONDS)
        user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
        if isinstance(user, list):  # content parts
            user = "".join(part.get("text", "") for part in user)
        text = _script(model, user)
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i, word in enumerate(re.findall(r"\S+\s*", text)):
                chunk = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"role": "assistant", "content": word} if i == 0 else {"content": word},
                            "finish_reason": None,
                        }
                    ],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            done = {
                "id": "x",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
            return
        reply = {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class ScriptedLLMServer(LoopbackServer):
    handler = _Handler

    def prepare(self, httpd) -> None:
        httpd.requests = []

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    @property
    def requests(self) -> list[dict]:
        return self.httpd.requests
