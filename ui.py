"""Thin entry point for the web UI: `python ui.py` (same as `assistant serve`)."""

from assistant.cli import app

if __name__ == "__main__":
    app(["serve"])
