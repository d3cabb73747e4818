"""End to end in a real headless Chromium (Debian's `chromium`, driven by Playwright).

Asks a question, clicks citation [1], checks the highlighted quote in the source panel, checks
that HTML in a question is shown as text, uses filters, feedback and «Nieuw gesprek», drafts
Kamervragen and downloads the .docx (opened with python-docx). Screenshots and the measured time
to first token go to build/browser/.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUT = Path(__file__).resolve().parent.parent / "build" / "browser"

# Locally without chromium the test is skipped; in CI (.ci/run installs it) a missing browser is a failure.
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="Debian's chromium is not installed"
)


@pytest.fixture(scope="module")
def page(served):
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        pg = context.new_page()
        pg.dialogs = []
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        pg.goto(served["url"], wait_until="load")
        pg.wait_for_selector("#vraag textarea", timeout=60_000)
        yield pg
        browser.close()


def ask(page, question: str) -> float:
    """Type and send a question; seconds until the answer's first text shows."""
    before = page.locator("#gesprek .bot-row").count()
    page.fill("#vraag textarea", question)
    t0 = time.perf_counter()
    page.click("#verstuur")
    page.wait_for_function("n => document.querySelectorAll('#gesprek .bot-row').length > n", arg=before, timeout=30_000)
    first = time.perf_counter() - t0
    page.wait_for_function("() => !document.querySelector('#gesprek .status-tracker:not(.hide)')", timeout=30_000)
    # The send clears the question box when its event chain ends, after the answer shows: a question typed
    # before that is wiped (seen on a loaded machine as «De vraag is leeg»). Wait for the chain's end.
    page.wait_for_function("() => document.querySelector('#vraag textarea').value === ''", timeout=30_000)
    return first


def test_ask_click_citation_and_see_the_quote_in_context(page):
    ask(page, "Hoeveel geld is er per jaar voor migratie en ontwikkeling?")  # warm-up question
    ttft = ask(page, "Wat vindt het kabinet van negatieve conditionaliteit?")
    (OUT / "ttft.json").write_text(json.dumps({"time_to_first_token_s": round(ttft, 3)}))
    print(f"time to first token: {ttft * 1000:.0f} ms")
    page.wait_for_selector('#bronkeuze input[value="1"]')
    assert "Bronnen" in page.inner_text("#gesprek")
    page.locator('#gesprek a[href="#bron-1"]').last.click()
    page.wait_for_selector("#bronpaneel mark", timeout=10_000)
    assert page.inner_text("#bronpaneel mark").startswith("Indien positieve conditionaliteit")
    panel = page.inner_text("#bronpaneel")
    assert "Kabinetsreactie" in panel and "Pagina:" in panel and "Spreker: Kabinet" in panel
    assert page.input_value("#verwijzing textarea").startswith("Kamerstuk 29 344, nr. 128, p. 3")
    page.screenshot(path=str(OUT / "1-bron-in-context.png"), full_page=True)


def test_html_in_a_question_is_shown_as_text(page):
    ask(page, "<script>alert(1)</script> <img src=x onerror=alert(2)>")
    time.sleep(0.5)
    assert page.dialogs == []
    assert "<script>alert(1)</script>" in page.inner_text("#gesprek")
    page.screenshot(path=str(OUT / "2-html-als-tekst.png"), full_page=True)


def test_feedback_and_new_conversation(page, served):
    page.fill("#opmerking textarea", "duidelijk antwoord")
    page.click("#duim-omhoog")
    page.wait_for_selector("#feedback-melding:has-text('opgeslagen')", timeout=10_000)
    row = json.loads(served["feedback"].read_text().splitlines()[-1])
    assert row["verdict"] == "up" and row["comment"] == "duidelijk antwoord"
    page.click("#nieuw-gesprek")
    page.wait_for_function("() => !document.querySelector('#gesprek').innerText.includes('conditionaliteit')")
    assert page.inner_text("#bronpaneel").startswith("Klik op een bronnummer")


def test_recommendations_with_reactions_are_one_line_each_and_each_marker_opens_its_own(page):
    ask(page, "Hoe reageert het kabinet op de aanbevelingen van de ACVZ?")
    answer = page.locator("#gesprek .bot-row").last.inner_text()
    lines = [line for line in answer.split("Bronnen")[0].splitlines() if line.strip()]
    assert len(lines) == 8
    assert lines[4].startswith("Volgens de ACVZ: 3. Investeer") and lines[5].startswith("Reactie: Het kabinet")
    page.locator('#gesprek a[href="#bron-6"]').last.click()
    page.wait_for_function(
        "() => (document.querySelector('#bronpaneel mark') || {}).innerText === "
        "'Reactie: Het kabinet onderschrijft deze aanbeveling.'",
        timeout=10_000,
    )
    assert "Concrete aanbevelingen ACVZ › 3." in page.inner_text("#bronpaneel")
    page.screenshot(path=str(OUT / "3-aanbevelingen-en-reacties.png"), full_page=True)


def test_filter_applies_and_is_shown(page):
    page.click("text=Filter")
    page.fill("#filter-tot textarea", "2014-12-31")
    ask(page, "Hoeveel geld is er per jaar voor migratie en ontwikkeling?")
    assert "Geen document voldoet aan het filter" in page.inner_text("#gesprek")
    page.fill("#filter-tot textarea", "2015-12-31")
    ask(page, "Hoeveel geld is er per jaar voor migratie en ontwikkeling?")
    assert "Filter — periode: … – 2015-12-31" in page.inner_text("#gesprek")
    page.screenshot(path=str(OUT / "4-filter.png"), full_page=True)
    page.fill("#filter-tot textarea", "")


def test_kamervragen_tab_drafts_and_exports_docx(page, tmp_path):
    from docx import Document

    page.click("#tab-kamervragen-button")
    page.click("#kv-maak")
    page.wait_for_selector("#kv-uitvoer:has-text('Antwoord 3')", timeout=60_000)
    text = page.inner_text("#kv-uitvoer")
    assert "vijftien miljoen euro per jaar" in text and "geen antwoord" in text
    with page.expect_download() as dl:
        page.locator("#kv-docx a").first.click()
    path = tmp_path / "concept.docx"
    dl.value.save_as(path)
    doc = Document(str(path))
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Antwoord 1" in paragraphs and "Antwoord 3" in paragraphs and "Bronnen" in paragraphs
    assert any("vijftien miljoen euro per jaar" in p for p in paragraphs)
    assert any(p.startswith("1. Kamerstuk 29 344, nr. 128, p. 6") for p in paragraphs)
    assert any("geen antwoord" in p for p in paragraphs)  # question 3: not in the stukken
    page.screenshot(path=str(OUT / "4-kamervragen.png"), full_page=True)
