"""Follow-ups and multi-part questions (pure functions)."""

import pytest

from assistant.converse import is_followup, resolve_followup, split_parts, topic_words


def test_topic_words_drop_question_words_speakers_and_stopwords():
    assert topic_words("Wat vindt de ACVZ van minder-voor-minder?") == ["minder-voor-minder"]
    assert topic_words("Hoeveel geld gaat naar duurzame terugkeer?") == ["geld", "duurzame", "terugkeer"]
    # a pointer stands for the topic and is none (dev2-followups fb026 searched «daaruit» two turns on)
    assert topic_words("Wat concludeert het daaruit?") == []
    assert topic_words("En hoeveel gaat daarnaartoe, en wat staat hierover?") == []
    assert topic_words("Wat erkent de Commissie?") == []  # «erkent» is a verb of judging, not «er» + «kent»


def test_a_pointer_is_not_carried_into_a_later_turn():
    query = resolve_followup(
        "En wat vindt de ACVZ van zulke koppelingen?",
        ["Welke ervaring heeft het kabinet met Ghana?", "Wat concludeert het daaruit?"],
    )
    assert query == "En wat vindt de ACVZ van zulke koppelingen (ervaring heeft met Ghana)?"


@pytest.mark.parametrize(
    "question, followup",
    [
        ("En wat vindt het kabinet daarvan?", True),
        ("En de Europese Commissie?", True),
        ("Waarom?", True),
        ("Hoeveel geld gaat naar duurzame terugkeer?", False),
        ("Wie heeft de brief ondertekend?", False),
        # a verb of saying is no topic: «Wat antwoordt het kabinet?» leans on what was asked (dev2-followups)
        ("Wat antwoordt het kabinet?", True),
        ("Erkent het kabinet dat?", True),
        ("Wat antwoordt het kabinet op de kritiek van de ACVZ over de Haagse agenda?", False),
        # English function words are no topic words of an English question
        ("And what share of it is for sustainable return?", True),
        ("What share of the budget for migration and development goes to sustainable return?", False),
    ],
)
def test_is_followup(question, followup):
    assert is_followup(question) is followup


def test_resolve_followup_carries_the_topic_not_the_speaker():
    q = resolve_followup("En wat vindt het kabinet daarvan?", ["Wat vindt de ACVZ van negatieve conditionaliteit?"])
    assert q == "En wat vindt het kabinet daarvan (negatieve conditionaliteit)?"
    assert "ACVZ" not in q


def test_a_followup_that_replaces_what_was_asked_about_is_written_out():
    # «Kenia» carried over made «En in Somalië?» a question about Kenia
    assert resolve_followup("En in Somalië?", ["Wat doet Nederland in Kenia?"]) == "Wat doet Nederland in Somalië?"
    assert (
        resolve_followup("En in die van 8 oktober?", ["Wat gebeurde er in de JBZ-Raad van maart 2014?"])
        == "Wat gebeurde er in de JBZ-Raad van 8 oktober?"
    )
    # a follow-up without a preposition to fill in keeps the topic carried over
    assert "lange termijn relatie" in resolve_followup(
        "En wat vindt het kabinet daarvan?", ["Wat adviseert de ACVZ over de lange termijn relatie?"]
    )


def test_resolve_followup_chains_and_leaves_standalone_questions_alone():
    history = ["Wat vindt de ACVZ van negatieve conditionaliteit?", "En het kabinet?"]
    assert "negatieve conditionaliteit" in resolve_followup("En de Europese Commissie?", history)
    assert resolve_followup("Wie heeft de brief ondertekend?", history) == "Wie heeft de brief ondertekend?"
    assert resolve_followup("En het kabinet?", []) == "En het kabinet?"


@pytest.mark.parametrize(
    "question, parts",
    [
        (
            "Hoe is het budget opgebouwd en hoeveel gaat naar duurzame terugkeer?",
            ["Hoe is het budget opgebouwd", "hoeveel gaat naar duurzame terugkeer?"],
        ),
        (
            "Wat adviseert de ACVZ over een coherent migratiebeleid en hoe reageert het kabinet?",
            [
                "Wat adviseert de ACVZ over een coherent migratiebeleid",
                "hoe reageert het kabinet (coherent migratiebeleid)?",
            ],
        ),
        (
            "Hoeveel geld gaat naar terugkeer? Wat vindt Frankrijk van visa?",
            ["Hoeveel geld gaat naar terugkeer?", "Wat vindt Frankrijk van visa?"],
        ),
        # «en» between nouns is not a second question
        (
            "Welke Kamerbrieven van 2014 en 2015 noemt de brief?",
            ["Welke Kamerbrieven van 2014 en 2015 noemt de brief?"],
        ),
        ("Verschillen de ACVZ en het kabinet van mening?", ["Verschillen de ACVZ en het kabinet van mening?"]),
        # a second part that leaves out what it shares with the first (gapping) is written out
        (
            "Wat doet Nederland in Kenia en wat in Somalië?",
            ["Wat doet Nederland in Kenia", "Wat doet Nederland in Somalië?"],
        ),
        (
            "Wat gebeurde er in de JBZ-Raad van maart 2014 en in die van 8 oktober 2015?",
            ["Wat gebeurde er in de JBZ-Raad van maart 2014", "Wat gebeurde er in de JBZ-Raad van 8 oktober 2015?"],
        ),
        # «en» + a preposition + a question word starts a second question too
        (
            "Welke landen steunt Nederland bij migratiedata en in welke landen zijn BSO's versterkt?",
            ["Welke landen steunt Nederland bij migratiedata", "in welke landen zijn BSO's versterkt?"],
        ),
        # … but a part with a verb of its own is not a gap, and a preposition the first part lacks has nothing to fill
        (
            "Wat doet Nederland in Kenia en waar in de brief staat dat?",
            ["Wat doet Nederland in Kenia", "waar in de brief staat dat (Nederland in Kenia)?"],  # a follow-up part
        ),
        (
            "Wat kost terugkeer en wat bij vrijwillige terugkeer?",
            ["Wat kost terugkeer", "wat bij vrijwillige terugkeer?"],
        ),
        # «ervan», «daarover»: what the first part said after its speaker, with the same preposition
        (
            "Wat vindt de ACVZ van «minder-voor-minder» buiten het migratiedossier, en wat vindt het kabinet ervan?",
            [
                "Wat vindt de ACVZ van «minder-voor-minder» buiten het migratiedossier",
                "wat vindt het kabinet van «minder-voor-minder» buiten het migratiedossier?",
            ],
        ),
        (
            "Wat zegt de ACVZ over negatieve prikkels en hoe denkt het kabinet daarover?",
            ["Wat zegt de ACVZ over negatieve prikkels", "hoe denkt het kabinet over negatieve prikkels?"],
        ),
        # … another preposition («voor … daarvan») is not written out: the topic is carried over as before
        (
            "Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt, "
            "en wat vindt het kabinet daarvan?",
            [
                "Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt",
                "wat vindt het kabinet daarvan (landen waarmee gedwongen terugkeer niet lukt)?",
            ],
        ),
        # the topic is carried as the phrase it was written in, without its speaker: e5 read the bare topic words
        # as a question about the cabinet's views at large and found the letter's opening (dev25 zi033)
        (
            "Is het waar dat alleen een paar ministeries oog hebben voor terugkeer? Wat zegt het kabinet?",
            [
                "Is het waar dat alleen een paar ministeries oog hebben voor terugkeer?",
                "Wat zegt het kabinet (alleen een paar ministeries oog hebben voor terugkeer)?",
            ],
        ),
        # question words side by side ask one question, not two parts (row 97: «Waar» alone was answered)
        (
            "Waar en wanneer kwam het verzoek om de landenbenadering door te lichten vandaan?",
            ["Waar en wanneer kwam het verzoek om de landenbenadering door te lichten vandaan?"],
        ),
        ("When and where was the request made?", ["When and where was the request made?"]),
        # two places after the same preposition: each is asked, as no paragraph names both (dev20)
        (
            "Welke projecten lopen er in Kenia en in Somalië?",
            ["Welke projecten lopen er in Kenia", "Welke projecten lopen er in Somalië?"],
        ),
        # … with a few words between the preposition and the name (dev22 zf042)
        (
            "Wat doet Nederland voor vluchtelingen in Kenia en voor ondernemers in Somalië?",
            ["Wat doet Nederland voor vluchtelingen in Kenia", "Wat doet Nederland voor ondernemers in Somalië?"],
        ),
        # «namens» is a preposition a part may keep alone (dev21 ze050)
        (
            "Wie ondertekende namens Veiligheid en Justitie en wie namens Buitenlandse Zaken?",
            ["Wie ondertekende namens Veiligheid en Justitie", "Wie ondertekende namens Buitenlandse Zaken?"],
        ),
        # … common nouns are one question about both
        (
            "Wie werken samen met overheden en met gastgemeenschappen?",
            ["Wie werken samen met overheden en met gastgemeenschappen?"],
        ),
        # a closing sentence that asks nothing says how to answer the question before it (row 292, dev42 zz041)
        (
            "Binnen migratie kan korten wel werken, mits … ? Vul de twee voorwaarden in.",
            ["Binnen migratie kan korten wel werken, mits … ? Vul de twee voorwaarden in."],
        ),
        ("Wat vindt de ACVZ? En het kabinet?", ["Wat vindt de ACVZ?", "En het kabinet?"]),
    ],
)
def test_split_parts(question, parts):
    assert split_parts(question) == parts


def test_follow_up_carries_the_number_of_the_part_asked_before():
    # «2» is no topic word (too short), but it is the topic: without it «daarop» means any recommendation.
    assert resolve_followup("Hoe reageert het kabinet daarop?", ["Wat is aanbeveling 2?"]) == (
        "Hoe reageert het kabinet daarop (aanbeveling 2)?"
    )
    assert "tweede aanbeveling" in resolve_followup("En wat vindt het kabinet?", ["Wat is de tweede aanbeveling?"])
    # a follow-up that names its own part keeps it
    assert resolve_followup("En aanbeveling 3?", ["Wat is aanbeveling 2?"]) == "En aanbeveling 3?"


def test_own_and_carried_words_of_a_resolved_follow_up():
    from assistant.converse import carried_words, own_words, resolve_followup

    query = resolve_followup("En wat vindt het kabinet daarvan?", ["Wat vindt de ACVZ van negatieve conditionaliteit?"])
    assert own_words(query) == "En wat vindt het kabinet daarvan?"
    assert "conditionaliteit" in carried_words(query)
    assert carried_words("Wat vindt het kabinet van negatieve conditionaliteit?") == ""


@pytest.mark.parametrize(
    "message, reading",
    [
        # the sentences before the question are its context, carried as a follow-up carries the conversation's
        # topic; the way they are introduced is not (dev31)
        (
            "Ik lees over de Zijderoute. Welke landen zijn dat in deze brief?",
            "Welke landen zijn dat in deze brief (Zijderoute)?",
        ),
        (
            "Mijn Kamerlid wil weten of bedrijven betrokken worden. Op welke manier gebeurt dat?",
            "Op welke manier gebeurt dat (bedrijven betrokken)?",
        ),
        (
            "Er staat een voetnoot bij het speciale budget sinds 2004. Naar welk stuk verwijst die?",
            "Naar welk stuk verwijst die (voetnoot bij het speciale budget sinds 2004)?",
        ),
        # speakers stay: «ze» are the ACVZ and the cabinet
        (
            "Ik wil de ACVZ en het kabinet naast elkaar zetten over samenhang. Wat zeggen ze?",
            "Wat zeggen ze (ACVZ en het kabinet naast elkaar zetten over samenhang)?",
        ),
        # «zich afvragen» introduces the context too
        (
            "Collega's vragen zich af of terugkeer prioriteit krijgt. Wat vindt de ACVZ?",
            "Wat vindt de ACVZ (terugkeer prioriteit krijgt)?",
        ),
        (
            "Ik vraag me af hoe het met Ghana zit. Wat zegt het kabinet?",
            "Wat zegt het kabinet (Ghana zit)?",
        ),
        # two questions are no context and a question; one sentence is left as it is
        ("Is er een evaluatie gepland? Zo ja, wanneer?", "Is er een evaluatie gepland? Zo ja, wanneer?"),
        ("Wat vindt het kabinet van minder-voor-minder?", "Wat vindt het kabinet van minder-voor-minder?"),
        # a context sentence of nothing but its introduction leaves the question alone
        ("Ik lees het ook. Wat vindt het kabinet?", "Wat vindt het kabinet?"),
    ],
)
def test_a_question_after_sentences_of_context_carries_them(message, reading):
    from assistant.converse import own_words, with_context

    assert with_context(message) == reading
    assert own_words(with_context(message)).startswith(message.split(". ")[-1].rstrip("?"))


def test_a_clause_of_context_before_a_semicolon_is_carried_as_context():
    # row 303 (dev51 yj056): the question after the semicolon is what is asked, a count here
    from assistant.converse import with_context

    assert with_context("Ghana werkte minder mee na de koppeling; hoeveel terugkeerders werden geweigerd?") == (
        "Hoeveel terugkeerders werden geweigerd (Ghana werkte minder mee na de koppeling)?"
    )
    # only a question word opens the question after it; two clauses of a statement stay as they are
    assert (
        with_context("Kort gezegd; het kabinet wil meer-voor-meer?") == "Kort gezegd; het kabinet wil meer-voor-meer?"
    )
    # a clause of one or two words is no context
    assert with_context("Ghana; wat zegt het kabinet?") == "Ghana; wat zegt het kabinet?"
