"""The evidence reranker and the term statistics behind it."""

import numpy as np
import pytest
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from assistant.models import Paragraph
from assistant.rerank import EvidenceReranker
from assistant.terms import TermStats


def para(pid, text, section=()):
    return Paragraph(id=pid, doc_id="d", ordinal=1, page=1, page_end=1, section=list(section), text=text)


def test_term_coverage_is_idf_weighted():
    stats = TermStats(
        [para("a", "terugkeer en visumfacilitatie"), para("b", "terugkeer en migratie"), para("c", "terugkeer")]
    )
    q = {"terugker", "visumfacilitatie"}  # stems
    # the rare term carries more weight than the common one
    assert stats.coverage(q, {"visumfacilitatie"}) > stats.coverage(q, {"terugker"}) > 0
    assert stats.coverage(q, q) == 1.0 and stats.coverage(set(), q) == 0.0
    assert stats.weight("nooitgezien") > stats.weight("terugker")


def test_a_question_term_covers_a_compound_it_heads():
    from assistant.text import content_terms

    stats = TermStats([para("a", "in de Raadsconclusies van juni"), para("b", "iets anders")])
    q = set(content_terms("Waar staan de conclusies?"))
    assert stats.paragraph_coverage(q, "a") > stats.paragraph_coverage(q, "b") == 0.0
    plicht = set(content_terms("een plicht"))
    assert stats.coverage(plicht, set(content_terms("een gewoonterechtelijke verplichting"))) == 1.0
    # not the other way round, not a short head, not a word that only ends in the same letters
    assert stats.coverage(set(content_terms("Raadsconclusies")), set(content_terms("conclusies"))) == 0.0
    assert stats.coverage(set(content_terms("brief")), set(content_terms("Kamerbrief"))) == 0.0
    assert stats.coverage(set(content_terms("conclusies")), set(content_terms("eindconclusies"))) == 1.0
    assert stats.coverage(set(content_terms("plicht")), set(content_terms("asplicht"))) == 0.0  # two letters before


def test_a_question_compound_is_covered_by_its_two_parts_written_apart():
    from assistant.text import content_terms

    stats = TermStats([para("a", "x")])
    q = set(content_terms("het grensbewakingsproject"))
    # row 288: «grensbewaking» and «project» in the text (the stems «grensbewak», «project», «ings» between them)
    assert stats.coverage(q, set(content_terms("een project ter ondersteuning van grensbewaking"))) == 1.0
    assert stats.coverage(q, set(content_terms("een project"))) == 0.0  # the head alone
    assert stats.coverage(q, set(content_terms("de grensbewaking"))) == 0.0  # the first part alone
    # not a compound whose middle the text lacks: «migratiemanagementproject» is not «migratie» and «project»
    many = set(content_terms("migratiemanagementprojecten"))
    assert stats.coverage(many, set(content_terms("project op het gebied van migratie"))) == 0.0
    assert stats.coverage(many, set(content_terms("projecten ter versterking van migratiemanagement"))) == 1.0


def test_context_counts_for_coverage_when_given():
    from assistant.text import content_terms

    sig = para("s", "De Minister van Buitenlandse Zaken, A.G. Koenders")
    q = set(content_terms("Wie heeft de brief ondertekend?"))
    assert TermStats([sig]).paragraph_coverage(q, "s") == 0.0
    stats = TermStats([sig], {"s": "De brief is ondertekend door de bewindspersonen:"})
    assert stats.paragraph_coverage(q, "s") == 1.0


def test_headings_count_for_coverage():
    stats = TermStats([para("a", "Het kabinet vindt dit.", ["Conditionaliteit"]), para("b", "Iets anders.")])
    from assistant.text import content_terms

    assert stats.paragraph_coverage(set(content_terms("conditionaliteit")), "a") == 1.0


def test_reranker_promotes_the_paragraph_with_the_answering_sentence(assistant):
    q = "Hoe wordt documentfraude aangepakt?"
    ids = ["kst-29344-128:001", "kst-29344-128:017", "kst-29344-128:032"]  # 032 holds the answer, fused last
    nodes = [
        NodeWithScore(node=TextNode(id_=pid, text=assistant.handle.paragraphs[pid].text), score=s)
        for pid, s in zip(ids, [0.03, 0.02, 0.01])
    ]
    rr = EvidenceReranker(handle=assistant.handle, top_n=2)
    feats = rr.features(q, nodes)
    for name in ("fused", "dense", "sentence"):
        assert np.isclose(feats[name].min(), 0.0) and np.isclose(feats[name].max(), 1.0)
    out = rr.postprocess_nodes(nodes, query_bundle=QueryBundle(q))
    assert len(out) == 2 and out[0].node.node_id == "kst-29344-128:032"
    assert out[0].score >= out[1].score


def test_clause_feature_prefers_the_terms_together_in_one_sentence(assistant):
    # 008 names VenJ, BZ and «bewust van de terugkeerproblematiek» in one sentence (the ACVZ's finding); 012
    # (the cabinet's reaction) has «bewust van de terugkeerproblematiek» without the ministries, and was first.
    q = "Welk ministerie naast VenJ en BZ is zich volgens de ACVZ bewust van de terugkeerproblematiek?"
    ids = ["kst-29344-128:012", "kst-29344-128:008"]
    nodes = [
        NodeWithScore(node=TextNode(id_=pid, text=assistant.handle.paragraphs[pid].text), score=0.0) for pid in ids
    ]
    clause = EvidenceReranker(handle=assistant.handle).features(q, nodes)["clause"]
    assert 0.0 <= clause[0] < clause[1] <= 1.0
    assert "en Financiën (FIN)" in assistant.search(q, k=3)[0].text


def test_reranker_with_only_fused_weight_keeps_stage_one_order(assistant):
    ids = ["kst-29344-128:001", "kst-29344-128:017", "kst-29344-128:032"]
    nodes = [NodeWithScore(node=TextNode(id_=pid, text="x"), score=s) for pid, s in zip(ids, [0.03, 0.02, 0.01])]
    rr = EvidenceReranker(handle=assistant.handle, weights={"fused": 1.0}, top_n=3)
    assert [n.node.node_id for n in rr.postprocess_nodes(nodes, query_bundle=QueryBundle("documentfraude"))] == ids


def test_genre_feature_is_constant_within_one_kind_of_document(assistant):
    ids = ["kst-29344-128:001", "kst-29344-128:017", "kst-29344-128:044"]
    nodes = [NodeWithScore(node=TextNode(id_=pid, text="x"), score=s) for pid, s in zip(ids, [0.03, 0.02, 0.01])]
    rr = EvidenceReranker(handle=assistant.handle)
    assert list(rr.features("Wie heeft de brief ondertekend?", nodes)["genre"]) == [1.0, 1.0, 1.0]  # a kamerbrief
    assert list(rr.features("Wat verzoekt de motie?", nodes)["genre"]) == [0.0, 0.0, 0.0]


def test_exact_feature_marks_paragraphs_that_name_the_date_or_kamerstuk_asked(assistant):
    ids = ["kst-29344-128:002", "kst-29344-128:034", "kst-29344-128:030"]
    nodes = [NodeWithScore(node=TextNode(id_=pid, text="x"), score=s) for pid, s in zip(ids, [0.03, 0.02, 0.01])]
    rr = EvidenceReranker(handle=assistant.handle)
    assert list(rr.features("Wat stond er in de brief van 8 september 2015?", nodes)["exact"]) == [0.0, 1.0, 0.0]
    assert list(rr.features("Wat is Kamerstuk 19 637, nr. 1994?", nodes)["exact"]) == [0.0, 0.0, 1.0]
    assert list(rr.features("Wat stond er in de brief?", nodes)["exact"]) == [0.0, 0.0, 0.0]


def test_advice_feature_marks_the_recommendations_and_reactions_when_advice_is_asked(assistant):
    ids = ["kst-29344-128:022", "kst-29344-128:023", "kst-29344-128:006"]  # rec. 2, its reaction, a finding
    nodes = [NodeWithScore(node=TextNode(id_=pid, text="x"), score=s) for pid, s in zip(ids, [0.03, 0.02, 0.01])]
    rr = EvidenceReranker(handle=assistant.handle)
    for asked in (
        "Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt?",
        "What does the ACVZ recommend?",
    ):
        assert list(rr.features(asked, nodes)["advice"]) == [1.0, 1.0, 0.0]
    assert list(rr.features("Wat constateert de ACVZ over gedwongen terugkeer?", nodes)["advice"]) == [0.0, 0.0, 0.0]


def test_advice_asked_finds_the_recommendation_first(assistant):
    # A paraphrase of recommendation 2 («Als gedwongen terugkeer … niet gerealiseerd kan worden, schroef dan …»):
    # before, the ACVZ's finding on forced return (006) came first.
    hits = assistant.search("Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt?", k=3)
    assert hits[0].paragraph_id == "kst-29344-128:022"


def test_terms_only_other_documents_use():
    a = Paragraph(id="a:1", doc_id="a", ordinal=1, page=1, page_end=1, text="terugkeer en diaspora")
    b = Paragraph(id="b:1", doc_id="b", ordinal=1, page=1, page_end=1, text="terugkeer en krediet")
    stats = TermStats([a, b])
    assert stats.only_elsewhere({"terugker", "diaspora", "krediet", "nooitgezien"}, {"b"}) == {"diaspora"}
    assert stats.only_elsewhere({"diaspora"}, {"a", "b"}) == set()


@pytest.mark.parametrize(
    "question, first",
    [
        # «beloningen» is the letter's «positieve prikkels», «positieve conditionaliteit»: the reaction to
        # recommendation 2 (023) came first, on its words for countries that do not cooperate
        ("Wat doet het kabinet als beloningen een herkomstland niet overhalen?", "kst-29344-128:015"),
        ("Geef eens wat voorbeelden van beloningen voor meewerkende landen.", "kst-29344-128:014"),
    ],
)
def test_a_paraphrase_is_also_embedded_in_the_stukken_words(assistant, question, first):
    assert assistant.search(question, k=3)[0].paragraph_id == first


def test_the_stukken_words_raise_no_dense_feature_without_the_thesaurus(assistant):
    ids = ["kst-29344-128:015", "kst-29344-128:023"]
    nodes = [NodeWithScore(node=TextNode(id_=pid, text="x"), score=s) for pid, s in zip(ids, [0.02, 0.01])]
    question = "Wat doet het kabinet als beloningen een herkomstland niet overhalen?"
    plain = EvidenceReranker(handle=assistant.handle, thesaurus=False).features(question, nodes)["dense"]
    worded = EvidenceReranker(handle=assistant.handle).features(question, nodes)["dense"]
    assert list(plain) == [0.0, 1.0] and list(worded) == [1.0, 0.0]


@pytest.mark.parametrize(
    "stem, forms",
    [
        ("koppelt", {"koppelen"}),  # present «-t» → infinitive
        ("neemt", {"nemen"}),  # a long vowel written once before «-en»
        ("stopt", {"stoppen"}),  # a short vowel: the consonant doubled
        ("geeft", {"geven"}),  # f → v
        ("wijst", {"wijzen"}),  # s → z
        ("leidt", {"leiden"}),
        ("krijg", {"krijgt"}),  # an infinitive's stem → its «-t» form
        ("spel", {"speelt", "spelt"}),  # «spelen» or «spellen»: the stem does not tell
        ("gev", {"geeft"}),
        ("val", {"valt"}),
    ],
)
def test_verb_forms_guesses_the_other_person(stem, forms):
    from assistant.text import verb_forms

    assert forms <= set(verb_forms(stem))


def test_verb_forms_leaves_short_roots_in_t_alone():
    from assistant.text import verb_forms

    assert verb_forms("zet") == [] and verb_forms("wet") == []  # «zetten»: the «t» is the root's
    assert verb_forms("ga") == []


@pytest.mark.parametrize(
    "word, infinitive",
    [
        ("getraind", "trainen"),  # «ge» + root + «d»
        ("gekoppeld", "koppelen"),
        ("gemaakt", "maken"),  # a long vowel written once before «-en»
        ("gestopt", "stoppen"),  # a short vowel: the consonant doubled
        ("geleefd", "leven"),  # f → v
        ("gezet", "zetten"),  # a root in «t» takes no second «t»
        ("opgezet", "opzetten"),  # a separable particle before «ge»
        ("teruggestuurd", "terugsturen"),
        ("geïnvesteerd", "investeren"),  # the diaeresis only keeps «e» and «i» apart
        ("koppelde", "koppelen"),  # past tenses
        ("werkten", "werken"),
    ],
)
def test_past_forms_guesses_the_infinitive_of_a_participle_or_past_tense(word, infinitive):
    from assistant.text import past_forms

    assert infinitive in past_forms(word)


def test_past_forms_needs_a_ge_or_a_past_ending():
    from assistant.text import past_forms

    # no «ge»: «ontwikkeld» would be «ontwikkelen», whose stem is the noun «ontwikkeling»'s (dev32 zp002)
    assert past_forms("ontwikkeld") == [] and past_forms("verbeterd") == []
    assert past_forms("beleid") == [] and past_forms("gesproken") == []  # strong verbs are not guessed


def test_corpus_form_reads_a_participle_or_past_tense_as_the_corpus_s_verb():
    from assistant.text import content_terms

    stats = TermStats([para("a", "het trainen van immigratieautoriteiten; de middelen; terugkeerders koppelen")])
    assert stats.corpus_form("getraind") == content_terms("trainen")[0]
    assert stats.corpus_form("koppelde") == content_terms("koppelen")[0]
    # a participle with a sense of its own is left alone: «gemiddeld» is not the letter's «middelen», and «Hoe is de
    # brief opgebouwd?» asks its structure, not the «opbouwen» of relations (dev25 zi001)
    assert stats.corpus_form("gemiddeld") is None
    assert TermStats([para("a", "het opbouwen van relaties")]).corpus_form("opgebouwd") is None
    assert TermStats([para("a", "het afbouwen van relaties")]).corpus_form("afgebouwd") == content_terms("afbouwen")[0]
    # a word the corpus uses as it is keeps its own stem
    assert TermStats([para("a", "zij zijn getraind")]).corpus_form("getraind") is None


def test_corpus_form_is_the_verb_form_the_corpus_uses():
    from assistant.text import content_terms

    stats = TermStats(
        [
            para("a", "door terugkeer te koppelen aan andere beleidsdossiers; het kabinet deelt de visie"),
            para("b", "dat interpreteert het anders; de Raad van de EU; wij steunen het plan"),
        ]
    )
    [koppel] = content_terms("koppelen")
    assert stats.corpus_form("koppelt") == koppel
    assert stats.corpus_form("interpreteren") == content_terms("interpreteert")[0]
    assert stats.in_corpus_forms("Koppelt het kabinet terugkeer?", content_terms("Koppelt het kabinet terugkeer?")) == [
        koppel,
        *content_terms("kabinet terugkeer"),
    ]
    # a form the corpus uses is kept; «raadt» is no form of «Raad» (no «raden» in the corpus)
    assert stats.corpus_form("koppelen") is None
    assert stats.corpus_form("raadt") is None
    assert stats.corpus_form("nooitgezient") is None
    # only a word in «-t» or «-en» is read as a verb: the noun «steun» is no «steunt»
    assert stats.corpus_form("steun") is None and stats.corpus_form("steunt") == content_terms("steunen")[0]


def test_corpus_form_leaves_light_verbs_alone():
    stats = TermStats(
        [para("a", "zij nemen hun rol; te denken valt aan visa; het kabinet krijgt gehoor en deelt de visie")]
    )
    assert stats.corpus_form("neemt") is None and stats.corpus_form("denkt") is None
    assert stats.corpus_form("krijgen") is None
    # nor a verb by which the letter says who holds a view
    assert stats.corpus_form("delen") is None


def test_corpus_form_needs_the_whole_word_not_a_stem_that_looks_like_it():
    from assistant.text import content_terms

    # «leid» is the stem of «leiden», not of «leider» or «leiding»: only «leiden» itself as a word counts
    stats = TermStats([para("a", "de leider en de leiding")])
    assert stats.corpus_form("leidt") is None
    stats = TermStats([para("a", "dat kan leiden tot medewerking")])
    assert stats.corpus_form("leidt") == content_terms("leiden")[0]
