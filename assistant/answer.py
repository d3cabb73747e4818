"""The default answer engine: extractive, no LLM.

No generative model that ships in a package can write Dutch, so by default the answer
*is* the evidence: the sentences from the retrieved paragraphs that best cover the
question, in document order, each followed by its ``[n]`` marker. Quotes are slices of
the paragraph text, so they are verbatim by construction.

Why our own and not a llama-index response synthesizer: every synthesizer calls an LLM;
``SentenceEmbeddingOptimizer`` filters sentences but produces no citations.

Scoring, per sentence of the top retrieved paragraphs:

* ``lex``: idf-weighted share of the question's content terms (Dutch stems) in the sentence;
* ``dense``: e5 cosine between question and sentence (sentence vectors are built with the index);
* ``ctx``: the idf-weighted share for the whole paragraph with its section headings;
* a prior on the retrieval rank.

The answer abstains when ``support`` (0.3 × best paragraph ``ctx`` + 0.7 × best sentence
``dense``, stretched to 0..1) is below ``AnswerSettings.min_support``, calibrated on the
dev split of the gold set (see evals/CHANGELOG.md), and — without a threshold — when the
question names something no indexed document mentions, asks the view of a speaker without a
voice, or asks for a typed answer (number, date, amount, percentage, a person's name, countries:
``questions.answer_type``) and no close sentence holds one (``uncovered``, ``_choose``); numbered parts the
question points at («aanbeveling 2», «voetnoot 3») are answered from those parts (``_pointed``).
Who speaks (``voice.py``) steers which sentences lead and how they are introduced («Volgens de
ACVZ: …»). Multi-part questions are answered per part.
"""

from __future__ import annotations

import bisect
import logging
import re
from functools import lru_cache

from .choose import (
    _CANDIDATE_PARAGRAPHS,
    _COS_HIGH_ENGLISH,
    _COS_LOW,
    _DOCUMENT_TALK,
    _PLAN_ONLY_DONE,
    _PLAN_ONLY_RESULTS,
    _SUPPORT_PARAGRAPHS,
    _WORDED_DISCOUNT,
    _WRITTEN_OUT_NAME_RE,
    SentenceChooser,
    _first_said_by,
    _focus,
    _same,
    _Sentence,
    stretch_cosine,
)
from .cite import make_citation
from .config import AnswerSettings
from .converse import carried_words, is_followup, own_words, topic_words
from .corpus import document_reference, footnote_number
from .index import IndexHandle
from .models import Answer, Citation, Paragraph, Retrieved
from .names import (
    IMPLICIT_NAMES,
    hyphen_parts,
    name_found,
    names_it,
    phrase_pattern,
    probe,
    question_names,
)
from .questions import (
    answer_type,
    asks_for_source,
    asks_own_date,
    asks_signatory,
    asks_who_signed,
    carries,
    dutch_date,
    keyword_query,
)
from .structure import FOOTNOTES, series_reference
from .text import (
    SPELLED_OUT,
    content_terms,
    looks_english,
    question_terms,
    sentence_spans,
    text_terms,
)
from .thesaurus import expansions, rephrased_terms, worded
from .translate import name_gloss, to_dutch
from .voice import (
    ADJECTIVE_RE,
    BRUSSELS_SPEAKS,
    NOUN_AFTER_RE,
    VOICE_NAMES,
    asked_voices,
    counterpart_asked,
    named_without_a_view,
    names_voice,
    names_voice_as_body,
    only_as_owner,
    relation_asked,
    relation_stated,
    same_voice,
    sentence_voices,
    span_voice,
    takes_up,
    view_asked,
    voice_mentions,
)

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "Dit staat niet in de stukken die ik doorzoek."
_INITIALS_RE = re.compile(r"(?<![\w&-])[A-Z]{3,6}(?![\w&-])")  # «ADPC»; not «DT&V», «EU-Turkije»
# (M&O is written out with its compound head by ``spelled_out``; case-sensitive: «so», «os» are words)
_SPELLED_OUT_RE = re.compile(r"(?<![\w&-])(?:" + "|".join(k for k in SPELLED_OUT if k.isalpha()) + r")(?![\w&-])")
# «volgens de adviescommissie», "the advisory committee": the common noun for the ACVZ, not its full name
# («Adviescommissie voor Vreemdelingenzaken», "Advisory Committee on Migration Affairs")
_ACVZ_NOUN_RE = re.compile(
    r"\b(?:adviescommissie|advisory\s+committee)\b(?!\s+(?:(?:voor\s+)?vreemdelingenzaken|on\b))", re.I
)
# «de bewindslieden», «de bewindspersonen»: the ministers as a body, the cabinet (``voice._ASKED``). The stukken write
# the word once, in a recommendation («… de diplomatieke contacten via bewindspersonen en hoge ambtenaren»): searched
# as written, that rare word put the recommendation first for any view asked of the ministers (dev43 ya031). Without
# the article it is no speaker («contact met bewindspersonen»).
_MINISTERS_RE = re.compile(r"\bde\s+bewinds(?:personen|lieden)\b", re.I)


def _ministers_as_cabinet(question: str) -> str:
    """The question with «de bewindslieden» as «het kabinet» (``_MINISTERS_RE``), as the search and support read it."""
    return _MINISTERS_RE.sub("het kabinet", question)


# «de commissie» written lower case in a question that capitalises (the stukken's European Commission is «de
# Commissie»): a committee, here the adviescommissie («Welke operationele EU-samenwerking krijgt een positief oordeel
# van de commissie?»). Not «de Europese commissie», «de commissie voor Buitenlandse Zaken» (a name), nor an all
# lower-case question; «de commissie voor haar rapport» is the adviescommissie (row 294, dev44 yb005).
# (with no article too: «verschillen commissie en regering daarover van mening?», dev53 yl056; not «welke commissie»)
_COMMITTEE_RE = re.compile(
    r"(?<![Ee]uropese )(?<!EU-)(?<!EU )(?<!vaste )(?<![Ww]elke )\b(?:de )?commissie\b(?!\s+voor\s+[A-Z])"
)


def _speaks_re(place: str) -> re.Pattern[str]:
    """``place`` as the one who speaks («volgens Brussel», «Wat wil Brussel?», «Brussel vindt …»: ``voice._ASKED``),
    the verb before it in the group «verb»; not the place («de Nederlandse inzet in Brussel»). The verb may open the
    question («Vindt Brussel …?»), the name is written with its capital."""
    return re.compile(
        rf"\b(?P<verb>(?i:volgens|{BRUSSELS_SPEAKS})\s+){place}\b|\b{place}(?=\s+(?i:{BRUSSELS_SPEAKS})\b)"
    )


# Places that speak, and the stukken's names for who speaks there: «Brussel» is the Commission, «Den Haag» the cabinet
# (the place is where the ACVZ's «partijen in Den Haag» are, whose paragraph the search put first for «Erkent Den Haag
# zelf ook dat …?», dev52 yk036)
_SPEAKING_PLACES = ((_speaks_re("Brussel"), "de Europese Commissie"), (_speaks_re(r"Den\s+Haag"), "het kabinet"))


# «de aanbeveling om …», "the recommendation to …": one recommendation, described rather than numbered
_ONE_RECOMMENDATION_RE = re.compile(r"\b(?:de|deze|die|the|this|that)\s+(?:aanbeveling|recommendation)\b(?!s|en)", re.I)
# a voice named only as an owner, or as the one who acted with no view asked, yields to a sentence scoring this many
# times its own best
_OWNER_YIELD = 1.2
_LOOKUP_PLACES = 3  # paragraphs a look-up in the document («Waar staat iets over X?») quotes at most


_ROLE_RE = re.compile(r"^(?:de\s+)?(?:minister|staatssecretaris|voorzitter|heer|mevrouw)\b\s*", re.I)


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    """Verbs that link or carry a phrase rather than name a topic, as content terms."""
    return frozenset(
        content_terms(
            "blijkt blijken lijkt lijken gaat gaan komt komen staat staan krijgt krijgen doet doen maakt maken"
            # … and the particle a separable verb leaves at the end of its clause: «gaat het kabinet daarin mee?» asks
            # whether it agrees, not about «mee» (dev41 zy054: the ACVZ's recommendation was refused as «no advice
            # of the ACVZ», because «mee» was the question's rarest word; row 290)
            " mee toe"
        )
    )


def _surname(voice: str) -> str:
    """«Paternotte (D66)» → «paternotte», «staatssecretaris Keijzer» → «keijzer», «de voorzitter» → «»."""
    name = _ROLE_RE.sub("", re.sub(r"\s*\(.*?\)\s*$", "", voice)).strip()
    return name.lower() if len(name) > 2 else ""


class ExtractiveAnswerer(SentenceChooser):
    def __init__(self, handle: IndexHandle, cfg: AnswerSettings) -> None:
        self.handle = handle
        self.cfg = cfg
        self.terms = handle.terms
        self._doc_rank = {doc_id: i for i, doc_id in enumerate(handle.documents)}
        indexed = {p.doc_id for p in handle.paragraphs.values()}
        self._corpus_text = " ".join(
            [p.text + " " + " ".join(p.section) for p in handle.paragraphs.values()]
            + [d.title for d in handle.documents.values() if d.id in indexed]
        ).lower()
        # Every word start with the rest of its token, sorted: a single-word name is looked up by bisection
        # instead of a regex scan of the whole corpus text on every question.
        self._word_starts = sorted(
            {m.group(1) for m in re.finditer(r"(?<!\w)(?=(\w\S*))", self._corpus_text)}  # overlapping: «2014/15»
        )
        # The names the stukken write out, by their initials («adpc» → «African Diaspora Policy Center»): a question
        # may use initials the stukken never do (``with_names_written_out``). With and without the first word: a
        # sentence's opening «De» is no part of the name.
        self._written_out: dict[str, str] = {}
        for p in handle.paragraphs.values():
            for m in _WRITTEN_OUT_NAME_RE.finditer(p.text):
                words = m.group().split()
                for start in (0, 1):
                    initials = "".join(w[0] for w in words[start:] if w[0].isupper())
                    if len(initials) >= 3:
                        self._written_out.setdefault(initials.lower(), " ".join(words[start:]))
        # Speakers with a voice in the corpus beyond the fixed ones (e.g. Kamerleden in Handelingen).
        self._voiced = {p.voice.lower() for p in handle.paragraphs.values() if p.voice}
        # The parts of a document (its top-level sections) where it reports another voice than its author's: the
        # letter's summary of the ACVZ's findings, the recommendations and the reactions to them. There the
        # author's own sentence is attributed too («Volgens het kabinet: Van geval tot geval zal daarbij worden
        # bezien …»): quoted alone, it could be read as the ACVZ's, whose sentences stand around it.
        self._contested = {
            (p.doc_id, p.section[0])
            for p in handle.paragraphs.values()
            if p.section and p.voice and p.voice != handle.documents[p.doc_id].voice
        }
        # Named speakers (Handelingen: «Paternotte (D66)», «staatssecretaris Keijzer») by surname, so that
        # «Wat zei Paternotte …?» is answered in Paternotte's words, as «Wat vindt de ACVZ …?» in the ACVZ's.
        self._speakers = [
            (re.compile(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", re.I), voice)
            for voice in sorted({p.voice for p in handle.paragraphs.values() if p.voice} - set(VOICE_NAMES))
            if (surname := _surname(voice))
        ]

    def answer(
        self,
        question: str,
        hits: list[tuple[Paragraph, float]],
        parts: list[tuple[str, list[tuple[Paragraph, float]]]] | None = None,
        previous: list[tuple[Paragraph, str | None]] | None = None,
        lookup: str | None = None,
    ) -> Answer:
        """Answer from the retrieved paragraphs; ``parts`` are the sub-questions of a multi-part question
        with their own hits: each is answered or named as not covered by the stukken. ``previous``: what the
        previous answer of the conversation quoted (paragraph, voice), for a follow-up. ``lookup``: what a look-up
        in the document («Waar staat iets over X?») looks for; the answer quotes each place that names it."""
        voices = self._voices_to_answer(question, hits)
        related = self._related(question, hits)  # «… het over eens, en waar niet?» is one question, not two parts
        if related:
            return self._compose(related, voices, [])
        if parts and len(parts) > 1:
            return self._answer_parts(question, hits, parts, voices)
        pointed = self._pointed(question, hits, voices)
        if pointed is not None:
            chosen, notices = pointed
            if not chosen:
                return self._abstain(hits, notices)
            ref = series_reference(question)
            # a whole series is a list; the parts on a page («de voetnoot op pagina 7») only when there are several
            as_list = ref.numbers is None and (ref.page is None or len({x.paragraph.id for x in chosen}) > 1)
            return self._compose(chosen, voices, notices, as_list=as_list)
        if asks_own_date(question) and hits:
            # The letter does not state its own date; any date in it is another letter's or an event's. Not a
            # quote, so no answer: the date from the publication's metadata, said as such.
            doc = self.handle.documents[hits[0][0].doc_id]
            if doc.date:
                where = f": {doc.source_url}" if doc.source_url else ""
                return self._abstain(
                    hits,
                    [
                        f"De tekst van {document_reference(doc)} noemt de eigen datum niet. Volgens de officiële "
                        f"publicatie is het stuk van {dutch_date(doc.date)}{where}."
                    ],
                )
        signed = self._signature_block(question, hits)
        if signed is not None:
            # «Namens welke drie bewindslieden is deze brief verstuurd?»: a list of offices and names is far from any
            # question in e5's space (support 0.21), and the letter's opening sentence scored above it; the block
            # found says who signed, every line of it.
            rank = next(i for i, (p, _) in enumerate(hits) if p is signed)
            return self._compose(
                [_Sentence(signed, rank, a, b, 0.0, 0.0, signed.voice) for a, b in sentence_spans(signed.text)],
                voices,
                [],
            )
        missing = self.uncovered(question)
        if missing:
            return self._abstain(hits, [missing])
        reaction = self._reaction(question, previous or [], hits)
        if reaction is None and hits and _ONE_RECOMMENDATION_RE.search(question):
            # «Onderschrijft het kabinet de aanbeveling om …?»: the recommendation described is the best hit; the
            # asked voice answers from the reaction under it, as for a recommendation named by its number.
            reaction = self._reaction(question, [(hits[0][0], hits[0][0].voice)], hits, standalone=True)
        if reaction:
            return self._compose(reaction, voices, [])
        if self.support(question, hits) < self._min_support(question, hits):
            if lookup:
                # A look-up is a word or two, far from any sentence in e5's space («uitzetting» 0.20): where the
                # stukken name it (or their words for it: thesaurus.py) is the answer, and a word they never use is
                # said to be absent («klimaatmigratie» was «not in the stukken» without saying which word).
                unused = [w for w in topic_words(lookup) if not self._mentions(probe(w))]
                places = self._other_places((expansions(lookup) or lookup) if unused else lookup, [], hits)
                if places:
                    return self._compose(places, voices, [])
                absent = [w for w in unused if not expansions(w)]
                if absent and not looks_english(lookup):
                    said = ", ".join(f"«{w}»" for w in absent)
                    return self._abstain(
                        hits,
                        [f"{said} {'komt' if len(absent) == 1 else 'komen'} in de stukken die ik doorzoek niet voor."],
                    )
            return self._abstain(hits)
        chosen, notices = self._choose(question, hits, voices, anchor=self.replies_to(question, previous or []))
        if not chosen:
            return self._abstain(hits, notices)
        if lookup:
            chosen = chosen + self._other_places(lookup, chosen, hits)
        return self._compose(chosen, voices, notices, lead_first=not voices and not lookup)

    def _signature_block(self, question: str, hits: list[tuple[Paragraph, float]]) -> Paragraph | None:
        """For a question on who signed or sent the document, the signature block among the best hits (None when
        the question asks something else or no block is found: retrieval leaves a block out when the question names
        someone it does not)."""
        if not asks_who_signed(question):
            return None
        return next((p for p, _ in hits[:_CANDIDATE_PARAGRAPHS] if p.kind == "signature"), None)

    def _min_support(self, question: str, hits: list[tuple[Paragraph, float]]) -> float:
        """The support a question needs to be answered (``AnswerSettings``). A question on who signed, whose names
        the signature block found first all names, is answered by a look-up as checked as a typed answer: «Namens
        welke ministeries ondertekenden Dijkhoff en Koenders?» is far from a list of offices and names in e5's
        space (support 0.30), and was refused. So is a question for a source («Welke vindplaats hoort bij het
        speciale budget sinds 2004?»): a reference answers it as a number does, and a footnote of a Kamerstuk number
        and a title is as far from the question (support 0.30)."""
        if answer_type(question) or asks_for_source(question):
            return self.cfg.min_support_typed
        names = question_names(own_words(question))
        if (
            names
            and asks_signatory(question)
            and hits
            and hits[0][0].kind == "signature"
            and all(names_it(hits[0][0].text.lower(), n) for n in names)
        ):
            return self.cfg.min_support_typed
        return self.cfg.min_support

    def voice_paragraphs(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[Paragraph]:
        """The paragraphs that state how the voices a question asks about relate («Waar zijn de ACVZ en het kabinet
        het over eens, en waar niet?») or what one concludes («Wat zijn de conclusies van de ACVZ?»): candidates to
        add to what is retrieved for it (empty for other questions)."""
        found = {s.paragraph.id: s.paragraph for s in self._voice_sentences(question, hits)}
        return list(found.values())

    def _related(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """The answer to a question about how two voices' views relate or what one concludes, from the retrieved
        paragraphs."""
        retrieved = {p.id for p, _ in hits}
        return [s for s in self._voice_sentences(question, hits) if s.paragraph.id in retrieved]

    def _voice_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        return self._relation_sentences(question, hits) or self._conclusion_sentences(question, hits)

    def _quotable_paragraphs(self, doc_id: str) -> list[Paragraph]:
        """A document's paragraphs, in order, but its signature block (which states no view)."""
        return [p for p in self.handle.paragraphs.values() if p.doc_id == doc_id and p.kind != "signature"]

    def _conclusion_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """«Wat zijn de belangrijkste conclusies van de ACVZ?», "What are the ACVZ's main findings?": no topic, one
        voice, and what it concludes. The search found the paragraph that names the ACVZ most (its consultation,
        its advice handed over), the Raadsconclusies by their word; the conclusions are the sentences in which the
        voice itself concludes («Een conclusie van de ACVZ is …», «De ACVZ concludeert verder …», «komt tot de
        slotsom …»), then those in which it finds or judges («constateert», «is kritisch over»), in the letter's order,
        at most ``_CONCLUSIONS`` of them."""
        if not _CONCLUSIONS_ASKED_RE.search(question) or not hits:
            return []
        voices = self.asked_voices(question)
        if len(voices) != 1:
            return []
        if any(not _CONCLUSION_FRAME_RE.fullmatch(w) for w in topic_words(question)):
            return []  # «Wat concludeert de ACVZ over minder-voor-minder?»: a topic, answered as any question
        doc, voice = hits[0][0].doc_id, voices[0]
        rank = {p.id: i for i, (p, _) in enumerate(hits)}
        concludes: list[_Sentence] = []
        finds: list[_Sentence] = []
        for p in self._quotable_paragraphs(doc):
            for a, b, v in sentence_voices(p):
                said = p.text[a:b]
                if v != voice or not names_voice_as_body(said, voice):  # the voice says so in the sentence itself
                    continue
                found = _Sentence(p, rank.get(p.id, len(hits)), a, b, 0.0, 0.0, v)
                if _CONCLUDES_RE.search(said):
                    concludes.append(found)
                elif _FINDS_RE.search(said):
                    finds.append(found)
        return (concludes + finds)[:_CONCLUSIONS]

    def _relation_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """«Op welke punten verschillen de ACVZ en het kabinet van mening?», «Waar zijn zij het over eens, en waar
        niet?»: no topic, two voices, and where they differ or agree. The search finds the passages that name both
        (the ACVZ's consultation, its advice handed to the cabinet), not where one states its view against or with
        the other's; those sentences say it: «Anders dan de ACVZ concludeert, is het kabinet van oordeel …», «Het
        kabinet deelt de visie van de ACVZ …» (``voice.relation_stated``). Each is said by one of the voices, in a
        paragraph (or under a heading) that names the other. Those naming the other in the sentence itself come
        first; at most two of each kind asked («both»: what they differ on and what they agree on), else three."""
        asked = relation_asked(question)
        if not asked or not hits:
            return []
        voices = self.asked_voices(question)
        if len(voices) < 2:
            return []
        if any(not (_RELATION_FRAME_RE.fullmatch(w)) for w in topic_words(question)):
            return []  # «… over minder-voor-minder?»: a topic, answered from what each voice says on it
        doc = hits[0][0].doc_id
        rank = {p.id: i for i, (p, _) in enumerate(hits)}
        found: dict[str, list[tuple[bool, list[_Sentence]]]] = {"disagree": [], "agree": []}
        for p in self._quotable_paragraphs(doc):
            around = " ".join([p.text, *p.section])
            spans = sentence_voices(p)
            for i, (a, b, voice) in enumerate(spans):
                said = p.text[a:b]
                kind = relation_stated(said)
                others = [v for v in voices if v != voice]
                if not kind or voice not in voices or not any(names_voice_as_body(around, v) for v in others):
                    continue
                quoted = [_Sentence(p, rank.get(p.id, len(hits)), a, b, 0.0, 0.0, voice)]
                if i > 0 and _POINTS_BACK_RE.search(said):
                    # «Het kabinet kan zich tot op zekere hoogte vinden in dit beeld.»: the picture is the sentence
                    # before, quoted with it
                    x, y, v = spans[i - 1]
                    quoted.insert(0, _Sentence(p, rank.get(p.id, len(hits)), x, y, 0.0, 0.0, v))
                found[kind].append((any(names_voice_as_body(said, v) for v in others), quoted))
        kinds = ["disagree", "agree"] if asked == "both" else [asked]
        each = 2 if asked == "both" else 3
        chosen: list[_Sentence] = []
        for kind in kinds:
            ordered = sorted(found[kind], key=lambda e: not e[0])  # stable: letter order within each
            chosen += [s for _, quoted in ordered[:each] for s in quoted]
        return chosen

    def _other_places(
        self, topic: str, chosen: list[_Sentence], hits: list[tuple[Paragraph, float]]
    ) -> list[_Sentence]:
        """«Waar staat in de brief iets over Somalië?» asks for the places, not the one best sentence: from each
        further paragraph among the best that names the topic, its first sentence that does («Somalische» names
        «Somalië»), up to ``_LOOKUP_PLACES`` paragraphs in all. The best sentence alone was the one on Business
        Support Organisations; the support to the Somali government and the project with its authorities were
        left out."""
        words = topic_words(to_dutch(topic) if looks_english(topic) else topic)  # "remittances": as the text says it
        if not words:
            return []
        kind = answer_type(topic)  # «budget» typed alone: the places that give an amount
        cited = {s.paragraph.id for s in chosen}
        extra: list[_Sentence] = []
        for rank, (p, _) in enumerate(hits[:_CANDIDATE_PARAGRAPHS]):
            if len(cited) >= _LOOKUP_PLACES:
                break
            if p.id in cited or p.kind == "signature":
                continue
            for a, b in sentence_spans(p.text):
                if all(names_it(p.text[a:b].lower(), w) for w in words) and (
                    not kind or carries(kind, p.text[a:b], p.text[b:], frozenset())
                ):
                    extra.append(_Sentence(p, rank, a, b, 0.0, 0.0, span_voice(p, a, b)))
                    cited.add(p.id)
                    break
        return extra

    def _pointed(
        self, question: str, hits: list[tuple[Paragraph, float]], voices: list[str]
    ) -> tuple[list[_Sentence], list[str]] | None:
        """The sentences and notices about numbered parts the question points at («aanbeveling 2», «Welke
        aanbevelingen doet de ACVZ?»; structure.py), from those parts only. None when it points at none, or
        names something the stukken lack; no sentences (with a notice) for a part they do not have.

        What a part says is its opening paragraph, quoted whole (a recommendation of two sentences is one
        recommendation); a whole series is the list of them. Another voice than the parts' author («Hoe
        reageert het kabinet op aanbeveling 3?») is answered as any question, but from those parts only."""
        ref = series_reference(question)
        if ref is None or self.uncovered(question):  # «Wat vindt de Raad van State van aanbeveling 2?»
            return None
        # «aanbeveling 7» when the stukken number four: that is a clear «not in the stukken», not a reason to
        # offer whatever else mentions recommendations.
        have = self.handle.parts.numbers(ref.noun)
        missing = [n for n in ref.numbers or () if n != -1 and n not in have]
        notices: list[str] = []
        if have and missing:
            notices.append(
                f"Een {ref.noun} {', '.join(map(str, missing))} staat niet in de stukken die ik doorzoek "
                f"(daar: {ref.noun} {have[0]} tot en met {have[-1]})."
            )
        retrieved = {p.id: rank for rank, (p, _) in enumerate(hits)}
        found = [part for part in self.handle.parts.find(ref) if any(p.id in retrieved for p in part)]
        if not found:
            return ([], notices) if notices else None
        openings = [part[0] for part in found if part[0].id in retrieved]
        if ref.noun == FOOTNOTES:
            # The note itself, whole. The sentence that cites it is one click away: the source panel shows a
            # footnote with the paragraph that carries its marker.
            return [_Sentence(p, retrieved[p.id], 0, len(p.text), 0.0, 0.0, p.voice) for p in openings], notices
        # The parts' author (the ACVZ of its recommendations) says what the opening paragraphs say; another
        # asked voice (the cabinet) answers from the rest of the parts, its reactions. «de reactie op de tweede
        # aanbeveling» names no voice but asks the reaction: the voice of the paragraphs under the opening.
        if not voices and ref.numbers is not None and _REACTION_ASKED_RE.search(question):
            voices = list(dict.fromkeys(p.voice for part in found for p in part[1:] if p.voice))
        others = [v for v in voices if not any(same_voice(p.voice, v) for p in openings)]
        chosen: list[_Sentence] = []
        if len(others) < len(voices) or not voices or ref.numbers is None:
            chosen = [
                _Sentence(p, retrieved[p.id], a, b, 0.0, 0.0, span_voice(p, a, b))
                for p in openings
                for a, b in sentence_spans(p.text)
            ]
        if others and ref.numbers is None:
            # «Hoe reageert het kabinet op de aanbevelingen?»: each recommendation, then the first sentence of
            # that voice's reaction to it («Reactie: Het kabinet onderschrijft …»).
            for part in found:
                first = _first_said_by([p for p in part[1:] if p.id in retrieved], others, retrieved)
                if first:
                    chosen.append(first)
        if others and ref.numbers is not None:
            rest = {p.id for part in found for p in part[1:]}
            pool = [(p, sc) for p, sc in hits if p.id in rest]
            got, voice_notices = self._choose(question, pool, others)
            chosen += self._headed(got, [p for p, _ in pool], others)
            notices += voice_notices
        return chosen, notices

    def _answer_parts(self, question, hits, parts, voices) -> Answer:
        chosen: list[_Sentence] = []
        notices: list[str] = []
        previous: list[tuple[Paragraph, str | None]] = []
        plan_only = False  # a part before was refused as only a plan
        for part, part_hits in parts:
            got: list[_Sentence] = []
            missing = self.uncovered(part)
            if plan_only and carried_words(part):
                # «Heeft het kabinet al eens visumfacilitatie ingetrokken, en bij wie?»: «bij wie (visumfacilitatie
                # ingetrokken)» takes for granted what the part before found to be only a plan
                missing = missing or f"Over «{own_words(part).rstrip('?')}» staat niets in de stukken die ik doorzoek."
            pointed = self._pointed(part, part_hits, self.asked_voices(part))  # this part's own voices
            reaction = None if pointed is not None or missing else self._reaction(part, previous, part_hits + hits)
            if pointed is not None:
                got, part_notices = pointed
                if got:
                    notices += part_notices
                else:  # «aanbeveling 7»: said once, as what is missing for this part
                    missing = missing or " ".join(part_notices) or None
            elif reaction:
                got = reaction
            elif not missing and self.support(part, part_hits) >= self.cfg.min_support:
                got, part_notices = self._choose(part, part_hits, self.asked_voices(part))
                notices += part_notices
                plan_only = plan_only or (not got and bool({_PLAN_ONLY_RESULTS, _PLAN_ONLY_DONE} & set(part_notices)))
            if got:
                chosen += [s for s in got if not any(_same(s, c) for c in chosen)]
                previous = [(s.paragraph, s.voice) for s in got]
            else:
                notices.append(missing or f"Over «{part.rstrip('?')}» staat niets in de stukken die ik doorzoek.")
        if not chosen:
            return self._abstain(hits, notices)
        return self._compose(chosen, voices, notices)

    def replies_to(self, question: str, previous: list[tuple[Paragraph, str | None]]) -> str | None:
        """«Is het kabinet het daarmee eens?» after the ACVZ's conclusion: a follow-up that asks one voice about
        what another voice said in the previous answer replies to that; the text of the paragraph it quoted first
        (None when the follow-up is not such a reply). The asked voice's sentence that replies to it leads, not
        its best sentence on the topic words carried over (``_choose``)."""
        voices = self.asked_voices(question)
        if len(voices) != 1 or not previous or previous[0][1] is None or same_voice(previous[0][1], voices[0]):
            return None
        own = own_words(question)
        if _focus(own):
            # «Hoe effectief is die volgens de ACVZ?» after «Wat is de strategische landenbenadering?» asks a property
            # of the topic («effectief»), not the ACVZ's reply to the cabinet's definition
            return None
        return previous[0][0].text if is_followup(own) else None

    def reactions_to(self, previous: list[tuple[Paragraph, str | None]]) -> list[Paragraph]:
        """The rest of the numbered part whose opening (a recommendation) ``previous`` quoted: the reaction
        under it. Empty when it quoted none."""
        for p, _ in previous:
            numbered = self.handle.parts.part_of(p.id)
            if numbered and numbered[0] is p:
                return numbered[1:]
        return []

    def with_openings(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[tuple[Paragraph, float]]:
        """``hits`` with the opening of a numbered part (a recommendation) second, when the best hit is the reaction
        under it, the question asks the opening's voice and the reaction has no sentence in that voice: «Moet
        Nederland volgens de ACVZ operationeel minder doen bij landen die niet meewerken?» finds the cabinet's
        reaction under recommendation 2 first (it repeats the recommendation's words); the ACVZ's say is the
        recommendation. (A reaction that reports the voice's view — «Reactie: De ACVZ is positief over …» — answers
        from that sentence.)"""
        opening = self._opening_asked(question, hits)
        if opening is None or any(q is opening for q, _ in hits[:_CANDIDATE_PARAGRAPHS]):
            return hits
        return [hits[0], (opening, hits[0][1]), *[(q, sc) for q, sc in hits[1:] if q is not opening]]

    def _opening_asked(self, question: str, hits: list[tuple[Paragraph, float]]) -> Paragraph | None:
        """The opening of the numbered part whose reaction is the best hit, when the question asks its voice and
        the reaction has no sentence in that voice (see ``with_openings``)."""
        part = self.handle.parts.part_of(hits[0][0].id) if hits else None
        if not part or part[0] is hits[0][0]:
            return None
        opening, voices = part[0], self.asked_voices(question)
        asked = next((v for v in voices if same_voice(opening.voice, v)), None)
        if asked is None or any(same_voice(v, asked) for _, _, v in sentence_voices(hits[0][0])):
            return None
        return opening

    def _reaction(
        self,
        part: str,
        previous: list[tuple[Paragraph, str | None]],
        pool: list[tuple[Paragraph, float]],
        standalone: bool = False,
    ) -> list[_Sentence] | None:
        """«Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt, en wat vindt het kabinet
        daarvan?», or the follow-up «Hoe reageert het kabinet daarop?»: when the part or answer before quoted a
        numbered part (recommendation 2) and this one only asks another voice about it, that voice answers from
        the same numbered part (the reaction under the recommendation), as for «Hoe reageert het kabinet op
        aanbeveling 2?». None when that does not apply. ``standalone``: the question describes the recommendation
        itself (``previous`` is then its best hit), so it need not lean on what came before."""
        voices = self.asked_voices(part)
        rest = self.reactions_to(previous)
        if not rest or not voices or not (standalone or is_followup(own_words(part))):
            return None
        opening = self.handle.parts.part_of(rest[0].id)[0]
        said = next(v for p, v in previous if p is opening)
        others = [v for v in voices if not same_voice(said, v)]
        if not others:
            return None
        scores = dict((p.id, sc) for p, sc in pool)
        candidates = [(p, scores[p.id]) for p in rest if p.id in scores]
        if not candidates:
            return None
        got, _ = self._choose(part, candidates, others)
        got = [s for s in got if any(same_voice(s.voice, v) for v in others)]
        return self._headed(got, [p for p, _ in candidates], others) or None

    def _headed(self, got: list[_Sentence], reaction: list[Paragraph], voices: list[str]) -> list[_Sentence]:
        """A reaction under a recommendation states the position first («Reactie: Het kabinet onderschrijft
        deze aanbeveling.»): that sentence — the first in the asked voice, in reading order — leads the
        sentences chosen from the reaction («Wat vindt het kabinet van aanbeveling 1?» is not answered by a
        later sentence that shares «vindt»)."""
        head = _first_said_by(reaction, voices, {p.id: rank for rank, p in enumerate(reaction)}) if got else None
        return [head] + [s for s in got if not _same(s, head)] if head else got

    def _voices_to_answer(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[str]:
        """The asked voices the answer must speak in. A body named only as the owner of something («Wat volgt
        na de samenvatting van de evaluatie van de ACVZ?», «Wat gebeurt er met de inzichten van de ACVZ?») is
        the topic rather than the speaker when another voice's sentence scores clearly better than its own best
        (``_OWNER_YIELD``): then no voice is imposed. So is a body named as the one who did something, with no view
        asked («Wat heeft de ACVZ … aangeboden?»), when that better sentence names it."""
        voices = self.asked_voices(question)
        if counter := counterpart_asked(question):
            # «Wie is het oneens met de ACVZ …?»: the ACVZ is whom the speaker asked for differs from
            return [v for v in voices if v != counter[1]]
        owners = [v for v in voices if v in VOICE_NAMES and only_as_owner(question, v)]
        # «Wat heeft de ACVZ op 25 juni aan het kabinet aangeboden?»: a fact about a voice, no view of it asked; the
        # author's sentence that names it as the one who acts tells it
        actors = [v for v in voices if v in VOICE_NAMES and v not in owners and named_without_a_view(question, v)]
        owners += actors
        if not owners:
            return voices
        q_terms = set(
            self.terms.in_corpus_forms(question, question_terms(question, known=lambda t: t in self.terms.idf))
        )
        scored = self._score_sentences(question, q_terms, hits[:_CANDIDATE_PARAGRAPHS])
        if not scored:
            return voices
        # «Kan het kabinet zich vinden in het beeld dat de evaluatie van de ACVZ schetst?»: the cabinet is asked;
        # the ACVZ, named as the evaluation's owner, gets no sentence of its own unless one is nearly as good.
        weak = {
            v
            for v in owners
            if scored[0].score >= _OWNER_YIELD * max((x.score for x in scored if same_voice(x.voice, v)), default=0.0)
            and (v not in actors or names_voice_as_body(scored[0].paragraph.text[scored[0].start : scored[0].end], v))
        }
        return [v for v in voices if v not in weak]

    def asked_voices(self, question: str) -> list[str]:
        """The voices a question names, in the order named: the fixed ones (``voice.asked_voices``) and
        the named speakers of the indexed Handelingen, by surname («motie-Wörsdörfer» included)."""
        found = voice_mentions(question)
        for pattern, voice in self._speakers:
            m = pattern.search(question)
            if m:
                found.append((m.start(), voice))
        return list(dict.fromkeys(v for _, v in sorted(found)))

    def uncovered(self, question: str) -> str | None:
        """Why the stukken cannot answer this, when that is certain: a notice, else None.

        Two checks that need no threshold: the question names someone or something (a capitalised
        name) that no indexed document mentions («Wat vindt de Raad van State …?»), or it asks for the
        view of a speaker the documents do not give a voice («Wat is het standpunt van de PVV?»).
        """
        english = looks_english(question)
        absent = [] if english else self._absent_keywords(question)
        if absent:
            said = ", ".join(f"«{w}»" for w in absent)
            return f"{said} {'komt' if len(absent) == 1 else 'komen'} in de stukken die ik doorzoek niet voor."
        years = [y for y in dict.fromkeys(_YEAR_RE.findall(own_words(question))) if not self._mentions(y)]
        if years:
            # «Klopt het dat het budget voor duurzame terugkeer in 2016 wordt verdubbeld?»: a year no indexed text
            # mentions is a time the stukken do not cover (answered before with the budget sentence, which has none)
            return f"«{years[0]}» komt in de stukken die ik doorzoek niet voor."
        if english:
            # English names of Dutch bodies do not occur in the Dutch text: a name the glossary knows whole is
            # looked up as written and as its gloss («European Parliament» → «Europees Parlement»); absent in both,
            # the stukken do not name it. A name glossed in part decides nothing.
            # Names joined by a hyphen are each looked up: "the EU-Turkey statement" names Turkey.
            for name in (n for whole in question_names(own_words(question)) for n in hyphen_parts(whole)):
                dutch = name_gloss(name)
                if dutch and not self._names_found(name) and not self._names_found(dutch):
                    return f"«{name}» ({dutch}) komt in de stukken die ik doorzoek niet voor."
        else:
            for name in question_names(own_words(question)):
                if not self._names_found(name):
                    return f"«{name}» komt in de stukken die ik doorzoek niet voor."
            actor = _actor(question)
            if actor and not self._uses_any(actor) and not asked_voices(actor):
                # «Welke rol speelt de politie bij gedwongen terugkeer?», «Krijgen gemeenten extra geld …?»: who is
                # asked about is a common noun, not a name, but the stukken never use it either. Answered before
                # from a paragraph on the rest of the question (forced return, reception). A word for a voice is
                # no such noun: «Krijgt een regering die meer doet … iets terug?» asks what the stukken say of
                # governments, which they call the cabinet or «overheden» (dev49 yh041, row 299).
                return f"«{actor}» komt in de stukken die ik doorzoek niet voor."
        m = view_asked(question)
        if m and ADJECTIVE_RE.search(m.group("who")) and NOUN_AFTER_RE.match(question, m.end()):
            # «Wat besloten de Europese ministers …?»: «Europese» is not who speaks but says of whom; the stukken may
            # give those ministers a voice under another name (the JBZ-Raad), so this check cannot tell.
            m = None
        who = m.group("who").lower() if m else ""
        # «de Somalische regering» is not «de regering» of the letter: the name decides; but «de Nederlandse regering»,
        # «the Dutch government» is the cabinet («Nederlandse» goes without saying, the noun decides).
        implicit = m is not None and m.group("name") in IMPLICIT_NAMES
        if (
            m
            and not asked_voices(m.group("who") if implicit else m.group("name"))
            # «Wat vindt Brussel …?»: a name that is a voice as the one speaking (not the verb around it: «Hoe
            # reageerde de regering van Ghana …?» is not the cabinet's «regering»)
            and not asked_voices(f"volgens {m.group('name')}")
            and m.group("who") not in IMPLICIT_NAMES
            and who != "nederland"
            # a fixed voice by the last part of its name: «de Commissie» is the Europese Commissie, «de Raad» the
            # Europese Raad or the JBZ-Raad (sentence voices: ``_voiced`` holds the paragraphs')
            and not any(v.startswith(who) for v in self._voiced)
            and not any(v.endswith(f"-{who}") for v in VOICE_NAMES)
        ):
            return f"Een standpunt van {m.group('the') or ''}{m.group('who')} staat niet in de stukken die ik doorzoek."
        return None

    def _absent_keywords(self, question: str) -> list[str]:
        """The words of a keyword query the stukken never use, when they are too many for the stukken to answer it:
        two, or half of its content words. Keywords are all search terms: «stemming motie van klaveren» and
        «overnameovereenkomst marokko» are not answered by a paragraph that names Van Klaveren or Marokko; lower
        case hides the names the check on names reads. One absent word of three or more may be the searcher's
        own word for what the stukken say otherwise («goedkoper» of «remittances goedkoper maken»), as in a question.
        A word that starts a word of the stukken is theirs («banen» of «banenmarkten»), as is an English word the
        glossary knows, in its Dutch («remittances» → «geldovermakingen»)."""
        if not keyword_query(question):
            return []
        # words about the document itself («voetnoot 1 kamerstuknummer»: its footnotes, pages, references) are no
        # search terms the text must hold
        words = [
            w
            for w in _KEYWORD_RE.findall(own_words(question))
            if (terms := set(content_terms(w))) and not terms <= _DOCUMENT_TALK
        ]
        absent = [
            w
            for w in words
            if not self._uses_any(w) and not self._uses_any(name_gloss(w) or "") and not self._mentions(probe(w))
        ]
        return absent if len(absent) >= 2 or 2 * len(absent) >= len(words) > 0 else []

    def _uses_any(self, words: str, first_parts: bool = False) -> bool:
        """Do the stukken use a term of ``words`` (or of a compound's head: ``TermStats.uses``)? An everyday word
        counts as the stukken's words for it (thesaurus.py). ``first_parts``: a compound they use only by its head
        counts when they also write its first part, as for a view asked on it: «klimaatmigratie» is not «migratie»,
        since no word of theirs starts with «klimaat» («terugkeerdossier» is theirs: «terugkeer» is)."""
        uses = self._uses if first_parts else self.terms.uses
        return any(uses(t) for t in rephrased_terms(words) or content_terms(words))

    def _uses(self, term: str) -> bool:
        """``TermStats.uses``, and for a compound used only by its head, its first part starts a word of theirs
        (with or without a linking «s»)."""
        if term in self.terms.idf:
            return True
        start = self.terms.head_start(term)
        if start is None:
            return False
        first = term[:start]
        return self._mentions(first) or (first.endswith("s") and self._mentions(first[:-1]))

    def _rarest_unsaid(self, terms: list[str], said: list[_Sentence]) -> bool:
        """Is the rarest of ``terms`` the stukken use in none of the ``said`` sentences (False when they use none)?
        Terms equally rare are equally the rarest: none of them may be said. «Mensen vragen of terugkeer wel
        prioriteit krijgt in Den Haag. Wat zegt de ACVZ?»: «krijgt», «den» and «hag» are each in one paragraph; the
        ACVZ's «in Den Haag slechts beperkt op de agenda» says two of them, not the first in the question, which alone
        was taken before (row 217)."""
        # a verb that only links («… tijdelijk onmogelijk blijkt»: «blijkt» is in one paragraph, a reaction on
        # something else) says nothing of what the view is on: the rarest of the other terms decides
        terms = [t for t in terms if t not in _light_verbs()] or terms
        known = [self.terms.idf[t] for t in terms if t in self.terms.idf]
        rarest = {t for t in terms if t in self.terms.idf and self.terms.idf[t] >= max(known, default=0.0)}
        return bool(rarest) and not any(rarest & set(text_terms(x.paragraph.text[x.start : x.end])) for x in said)

    def _names_found(self, name: str) -> bool:
        """Do the indexed texts name ``name`` (whole, or as names side by side: ``name_found``)?"""
        return name_found(name, lambda n: self._mentions(probe(n)))

    def with_names_written_out(self, question: str) -> str:
        """The question with initials the stukken never use written out as the name they do write («Stimuleert het
        ADPC …?» → «Stimuleert het African Diaspora Policy Center …?»): neither the search nor the name checks know
        the initials. Initials the stukken use («IOM», «DT&V») stay. So do abbreviations of ``SPELLED_OUT``: «het
        verzoek tijdens het AO» → «… het Algemeen Overleg». And «de commissie» in lower case is the adviescommissie
        (``_COMMITTEE_RE``)."""
        question = _SPELLED_OUT_RE.sub(
            lambda m: m.group() if self._mentions(m.group().lower()) else SPELLED_OUT[m.group()], question
        )
        if question != question.lower() and self._mentions("adviescommissie"):
            question = _COMMITTEE_RE.sub("de adviescommissie", question)
        return _INITIALS_RE.sub(
            lambda m: (
                m.group() if self._mentions(m.group().lower()) else self._written_out.get(m.group().lower(), m.group())
            ),
            question,
        )

    def searched_as(self, question: str) -> str:
        """The question as the search reads it: «de adviescommissie» as the ACVZ. The stukken write that common noun
        only where they introduce the ACVZ by its full name; searched as written, the rare word put the introduction
        first for any view the question asks of the ACVZ («Levert straffen … iets op, volgens de adviescommissie?»).
        The answer still reads the question as asked: «Wanneer overhandigde de adviescommissie haar rapport?» is
        answered by the introduction's sentence that has the word. So is Brussel as a speaker, «volgens Brussel»,
        «Wat wil Brussel?»: the Commission, where the place («de Nederlandse inzet in Brussel») put the paragraph
        that names it first."""
        for place, name in _SPEAKING_PLACES:
            question = place.sub(lambda m, name=name: f"{m.group('verb') or ''}{name}", question)
        question = _ministers_as_cabinet(question)
        return _ACVZ_NOUN_RE.sub("ACVZ", question) if self._mentions("acvz") else question

    def _mentions(self, prefix: str) -> bool:
        """Does any indexed text have a word starting with ``prefix`` (a phrase: the phrase at a word start)?"""
        if any(ch.isspace() for ch in prefix):
            return re.search(phrase_pattern(prefix), self._corpus_text) is not None
        i = bisect.bisect_left(self._word_starts, prefix)
        return i < len(self._word_starts) and self._word_starts[i].startswith(prefix)

    def support(self, question: str, hits: list[tuple[Paragraph, float]]) -> float:
        """How well the top paragraphs cover the question, 0..1 (the abstention signal)."""
        top = hits[:_SUPPORT_PARAGRAPHS]
        if not top:
            return 0.0
        # the question as asked, and with the ministers named as the stukken name them, as the search reads it
        # («de bewindslieden» as the cabinet, dev43 ya031; not «de adviescommissie» as the ACVZ: «Wie zat de
        # adviescommissie voor …?», unanswerable, then came near the ACVZ's sentences, dev40 zx059)
        best_cos = max(
            (
                c
                for form in dict.fromkeys((question, _ministers_as_cabinet(question)))
                for p, _ in top
                for _, _, c in self.handle.sentence_similarity(form, p.id)
            ),
            default=0.0,
        )
        if asks_for_source(question):
            # a footnote is read with the sentence that cites it (as the reranker reads it): «De voetnoot bij het
            # speciale budget van 2004 verwijst naar een stuk; welk nummer heeft dat?» is near the sentence on that
            # budget, and far from a Kamerstuk number and a title (support 0.18)
            cited = (self.handle.anchor_similarity(question, p.id) for p, _ in top if p.kind == "footnote")
            best_cos = max([best_cos, *(c for c in cited if c is not None)])
        if reworded := worded(question):
            # The question with the stukken's words for its everyday ones added ranks the paragraphs too (rerank.py),
            # so the best sentence may be near that wording only: «Wat als beloningen een land niet overhalen?» is
            # near «Indien positieve conditionaliteit landen … niet kan overreden …» with «positieve prikkels
            # conditionaliteit» added. Its cosine counts a little less: the words added raise it for any sentence
            # that has them (row 219).
            best_cos = max(
                best_cos,
                max((c for p, _ in top for _, _, c in self.handle.sentence_similarity(reworded, p.id)), default=0.0)
                - _WORDED_DISCOUNT,
            )
        if looks_english(question):
            # Dutch stems cannot match an English question, and cross-lingual cosines run lower; its Dutch
            # gloss (translate.py) is scored as a Dutch question, and the better of the two counts («Who signed
            # the letter on behalf of Foreign Affairs?» is far from the signature block in e5, near in its gloss).
            gloss = to_dutch(question)
            dutch = self.support(gloss, hits) if not looks_english(gloss) else 0.0
            return max(stretch_cosine(best_cos, _COS_LOW, _COS_HIGH_ENGLISH), dutch)
        # words about the stukken or the kind of thing asked («Welke soorten bijstand noemt de brief …?») are no
        # topic a paragraph covers; a voice is read by the name the paragraphs use, as the search reads it
        searched = self.searched_as(question)
        q_terms = set(self.terms.in_corpus_forms(searched, content_terms(searched))) - _DOCUMENT_TALK
        # ... the better of as asked and in the stukken's words, as the reranker and the sentence scores read it:
        # «Hoe wordt valsheid in reisdocumenten bestreden?» is covered by «documentfraude» (row 227)
        rephrased = rephrased_terms(question, q_terms)
        asked = [q_terms] + ([rephrased] if rephrased else [])
        ctx = max(self.terms.paragraph_coverage(t, p.id) for p, _ in top for t in asked)
        return 0.3 * ctx + 0.7 * stretch_cosine(best_cos)

    def _compose(
        self,
        chosen: list[_Sentence],
        voices: list[str],
        notices: list[str],
        as_list: bool = False,
        lead_first: bool = False,
    ) -> Answer:
        """The answer text and its citations. ``as_list``: one quote per line, and an attribution shared by
        all of them said once, above the list. Quotes are in the letter's order; ``lead_first``: the paragraph of the
        first chosen sentence (the lead) comes first, the rest in the letter's order (CHANGELOG row 276)."""
        paragraphs = self.handle.paragraphs

        lead = chosen[0].paragraph.id if lead_first and chosen else None

        def position(pid: str) -> tuple[bool, int, int]:  # (the lead's paragraph,) document order
            p = paragraphs[pid]
            return pid != lead, self._doc_rank.get(p.doc_id, 0), p.ordinal

        # One quote per run of adjacent sentences of one paragraph spoken by one voice.
        spans: dict[str, list[list]] = {}
        for s in sorted(chosen, key=lambda s: (position(s.paragraph.id), s.start)):
            merged = spans.setdefault(s.paragraph.id, [])
            if merged and s.start <= merged[-1][1] + 2 and merged[-1][2] == s.voice:
                merged[-1][1] = max(merged[-1][1], s.end)
            elif not merged or s.start >= merged[-1][1]:
                merged.append([s.start, s.end, s.voice])
        quotes = [(pid, start, end, voice) for pid in sorted(spans, key=position) for start, end, voice in spans[pid]]
        if voices and not as_list:
            # The asked voices first, in the order asked; document order within each (a list keeps its order).
            rank = {q: voices.index(q[3]) if q[3] in voices else len(voices) for q in quotes}
            for before, after in reversed(list(zip(quotes, quotes[1:]))):
                # a finding taken up by the next sentence («De ACVZ constateert … Het kabinet ziet dit als …») stays
                # right before it
                if before[0] == after[0] and after[1] - before[2] <= 2:
                    if takes_up(paragraphs[after[0]].text[after[1] : after[2]]):
                        rank[before] = rank[after]
            quotes.sort(key=lambda q: rank[q])
        mixed = len({q[3] for q in quotes}) > 1
        citations: list[Citation] = []
        parts: list[tuple[str, str]] = []  # (attribution, quote with its marker)
        for pid, start, end, voice in quotes:
            p = paragraphs[pid]
            doc = self.handle.documents[p.doc_id]
            quote = p.text[start:end]
            n = len(citations) + 1
            citations.append(make_citation(n, p, doc, quote, voice=voice))
            contested = bool(p.section) and (p.doc_id, p.section[0]) in self._contested
            asked = bool(voices) or mixed or contested
            parts.append((_attribution(p, quote, voice, doc.voice, asked), f"{quote} [{n}]"))
        if as_list and len({prefix for prefix, _ in parts}) == 1:
            prefix = parts[0][0].strip()
            text = "\n".join(([prefix] if prefix else []) + [line for _, line in parts])
        else:
            lines = [prefix + line for prefix, line in parts]
            text = "\n".join(lines) if as_list or any("\n" in x for x in lines) else " ".join(lines)
        return Answer(
            text=text,
            abstained=False,
            citations=citations,
            notices=notices,
        )

    def _abstain(self, hits: list[tuple[Paragraph, float]], notices: list[str] | None = None) -> Answer:
        related = [
            Retrieved(paragraph_id=p.id, doc_id=p.doc_id, page=p.page, score=score, text=p.text)
            for p, score in hits[: self.cfg.related]
        ]
        return Answer(text=ABSTAIN_TEXT, abstained=True, citations=[], related=related, notices=notices or [])


# The words of a question about how voices relate that name no topic: «Op welke punten …», «Waarover …»,
# «verschillen … van mening», "Where do … disagree?"
_RELATION_FRAME_RE = re.compile(
    r"punt\w*|waarover|waarin|waar|bent|tussen|opzichte|hoeverre|wijk\w*|af|opvatting\w*|standpunt\w*|mening\w*"
    r"|oneens|eens|verschil\w*|afwijk\w*|overeen\w*|(?:dis)?agree\w*|differ\w*|views?|points?|issues?",
    re.I,
)
# «Wat zijn de belangrijkste conclusies van de ACVZ?»: what a voice concludes, asked without a topic
_CONCLUSIONS_ASKED_RE = re.compile(
    r"\b(?:conclusies?|bevindingen|slotsom|concludeert|concludeerde|conclusions?|findings|conclude[sd]?)\b", re.I
)
_CONCLUSION_FRAME_RE = re.compile(
    r"belangrijkste|voornaamste|belangrijke|main|key|most|important|conclusies?|bevindingen|slotsom|concludeert"
    r"|concludeerde|conclusions?|findings|conclude[sd]?|trekt|trok|[\w-]*rapport|evaluatie|advies|report|evaluation"
    r"|advice|s",
    re.I,
)
_CONCLUDES_RE = re.compile(r"\b(?:conclusie|conclusies|concludeert|concludeerde|concludeerden|slotsom)\b", re.I)
_FINDS_RE = re.compile(
    r"\b(?:constateert|constateerde|is\s+kritisch|is\s+(?:\w+\s+)?van\s+(?:oordeel|mening)|erkent)\b", re.I
)
_CONCLUSIONS = 4  # sentences a question for a voice's conclusions quotes at most
# «in dit beeld», «deze conclusie»: a relation stated about what the sentence before says
_POINTS_BACK_RE = re.compile(r"\b(?:dit|deze)\s+(?:beeld|conclusie|visie|analyse|advies)\b", re.I)
_REACTION_ASKED_RE = re.compile(r"\b(?:reactie|kabinetsreactie|reageert|reageerde|gereageerd)\b", re.I)
_KEYWORD_RE = re.compile(r"[\w&’'-]+")
_YEAR_RE = re.compile(r"(?<![\w/-])(?:19|20)\d\d(?![\w/-])")  # «2016»; not «2014/15», «21 501-20»


# Who or what a question asks about, when it is a common noun: «Welke rol speelt de politie …?», «Wat is de taak van
# de marechaussee …?», «Krijgen gemeenten extra geld …?» (the subject of a verb that has an actor before its object),
# «Is er een motie aangenomen …?» (what it asks exists).
_ACTOR_RE = re.compile(
    r"^\s*(?:welke\s+(?:rol|taak|taken|functie|bijdrage)\s+(?:speelt|spelen|speelde|speelden|heeft|hebben|had|hadden"
    r"|vervult|vervullen|levert|leveren)"
    r"|wat\s+(?:is|was|zijn|waren)\s+de\s+(?:rol|taak|taken|functie|bijdrage)\s+van"
    r"|krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen|betaalt|betalen|betaalde|betaalden"
    # … or whose existence is asked: «Is er een motie aangenomen over …?», «Bestaat er een … plicht …?»
    r"|(?:is|zijn|komt|komen|bestaat|bestaan)\s+er(?=\s+(?:een|geen)\s))\s+"
    r"(?:(?:de|het|een|geen|alle|veel)\s+)?(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?",
    re.I,
)
# … or who backed something: «Welke Kamerfracties steunden de ACVZ-aanbevelingen?» (row 295, dev45 yc027: answered
# with the cabinet's agreement). Any case: «Kamerfracties» is capitalised as a common noun.
_SUPPORTERS_RE = re.compile(
    r"^\s*welke\s+(?P<who>[\w-]+)\s+(?:steunen|steunt|steunde|steunden|ondersteunen|ondersteunden|"
    r"onderschreven|onderschrijven|omarmden|omarmen)\b",
    re.I,
)
# Words after the actor that end its noun phrase («de politie bij …», «gemeenten extra geld»)
_PHRASE_END = frozenset("bij in aan voor met op van over tot om te als door naar extra ook nog geld".split())
# Who holds a role: «Wie was voorzitter van de ACVZ …?», «Wie is de Nederlandse ambassadeur in Ghana?». The role
# is a common noun the stukken must use for them to name who holds it (answered before from the paragraph on the
# ACVZ's consultation). Only a role of someone or somewhere («van», «bij», «in», «namens») is read: «Wie is
# verantwoordelijk voor …?» asks no role noun.
_ROLE_HELD_RE = re.compile(
    r"^\s*wie\s+(?:is|was|zijn|waren)(?:\s+(?:in\s+\d{4}|nu|toen|destijds))?\s+(?:(?:de|het)\s+)?"
    r"(?:(?P<adjective>[\w-]+e)\s+)?(?P<role>[\w-]+)\s+(?:van|bij|in|namens)\b",
    re.I,
)


def _actor(question: str) -> str | None:
    """The common noun a question asks about as the one who acts or receives (``_ACTOR_RE``) or as a role held
    (``_ROLE_HELD_RE``), or None: a name has its own check. An adjective before it («de lokale politie») is passed
    over."""
    role = _ROLE_HELD_RE.match(question)
    if role and role.group("role")[0].islower() and content_terms(role.group("role")):
        return role.group("role")
    supporters = _SUPPORTERS_RE.match(question)
    if supporters and content_terms(supporters.group("who")):
        return supporters.group("who")
    m = _ACTOR_RE.match(question)
    if not m or not m.group("first")[0].islower():
        return None
    first, second = m.group("first"), m.group("second")
    # an adjective inflected before the noun («de lokale politie»); a noun in «-ie» is none («een motie aangenomen»)
    if (
        first.endswith("e")
        and not first.endswith("ie")
        and second
        and second.lower() not in _PHRASE_END
        and second[0].islower()
    ):
        return second
    return first


def _attribution(p: Paragraph, quote: str, voice: str | None, author: str | None, asked: bool) -> str:
    """'Volgens de ACVZ: ' when the reader could otherwise mistake whose view the quote is.

    Needed when the quote does not name its speaker itself and either the speaker is not the
    document's author (the ACVZ summarised in the cabinet's letter) or ``asked``: the question is about
    who thinks what, the answer mixes voices, or the quote stands where the document reports another voice.
    """
    if p.kind == "footnote":
        return f"Voetnoot {footnote_number(p)}: "
    if p.kind == "signature":  # the names and offices say who signs; «Volgens het kabinet:» would misread it
        return ""
    if p.kind == "motie" and p.label:
        return f"{p.label[:1].upper()}{p.label[1:]}, ingediend door {voice}: " if voice else f"{p.label}: "
    if voice is not None and voice not in VOICE_NAMES:  # a named speaker (Handelingen)
        return f"{voice}: "
    if voice is None or names_voice(quote, voice) or (voice == author and not asked):
        return ""
    return f"Volgens {VOICE_NAMES.get(voice, voice)}: "
