"""Official publication XML (officielebekendmakingen, root ``officiele-publicatie``) → paragraph records.

Three kinds, recognised by their content element:

* **Kamerstukken** (``kst-…``: ``kamerstuk`` › ``dossier`` / ``stuk``; text in ``al``, headings in
  ``tussenkop`` / ``kop``, footnotes as ``voetnoot`` or ``noot`` (``noot.nr``, ``noot.al``)): one record
  per ``al``, footnotes as ``<id>:fnN`` records linked to their paragraph, voice = the document's author.
* **Handelingen** (``h-tk-…``: ``handelingen`` › ``agendapunt`` › ``spreekbeurt`` (``spreker`` with
  ``voorvoegsels``, ``naam``, ``politiek``) › ``tekst`` › ``al-groep`` / ``al``, and ``motie``): one
  record per ``al-groep`` of a speech turn, voice and label = the speaker and party; one record per
  ``motie`` (kind ``motie``), labelled «motie-Wörsdörfer c.s. (Kamerstuk 31 311, nr. 199)».
* **Kamervragen** (``ah-tk-…`` / ``kv-tk-…``: ``vraag`` and ``antwoord`` elements with an optional
  ``nr``): one record per question and per answer (kinds ``vraag`` / ``antwoord``), labelled
  «vraag 2» / «antwoord 2»; questions speak for the asking members, answers for the minister.

XML has no pages: records get ``page = 0`` and a ``label``; the reference names the item instead.

Damaged input (:func:`repair`): text before ``<?xml`` (a byte-order mark turned into «ï»¿») is cut,
and double-encoded UTF-8 («Ã©» for «é») is decoded back. What still does not parse, or still holds
mojibake after repair, is refused with a clear message — never indexed as garbage.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .errors import CorpusError
from .models import Document, Paragraph

_MOJIBAKE_RE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€|â‚¬|ï»¿")


def repair(raw: bytes, name: str = "document") -> str:
    """Decoded, repaired XML text; CorpusError when it cannot be made sound."""
    text = None
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    start = text.find("<?xml")
    if start < 0:
        start = text.find("<officiele-publicatie")
    if start < 0:
        raise CorpusError(f"{name}: not an official publication (no <?xml or <officiele-publicatie>)")
    text = text[start:]
    if _MOJIBAKE_RE.search(text):
        text = _undo_double_encoding(text)
        if _MOJIBAKE_RE.search(text):
            raise CorpusError(f"{name}: the text is garbled (mixed or repeated wrong encodings); not indexed")
    return text


def _undo_double_encoding(text: str) -> str:
    """UTF-8 bytes that were read as cp1252/latin-1 and written out again as UTF-8: reverse that."""
    out = []
    for line in text.splitlines(keepends=True):
        try:
            out.append(line.encode("cp1252").decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                out.append(line.encode("latin-1").decode("utf-8"))
            except (UnicodeEncodeError, UnicodeDecodeError):
                out.append(line)
    return "".join(out)


def parse_xml(raw: bytes, name: str = "document") -> ET.Element:
    text = repair(raw, name)
    try:
        root = ET.fromstring(re.sub(r"^<\?xml[^>]*\?>", "", text, count=1))
    except ET.ParseError as exc:
        raise CorpusError(f"{name}: XML does not parse ({exc}); not indexed") from None
    if root.tag != "officiele-publicatie":
        raise CorpusError(f"{name}: root element is <{root.tag}>, expected <officiele-publicatie>")
    return root


def _text(el: ET.Element | None) -> str:
    """All text inside an element, footnote bodies left out, whitespace normalised (prettified files
    put every node on its own line)."""
    return "" if el is None else _norm("".join(_skip_notes(el)))


def _skip_notes(el: ET.Element):
    """Text of ``el`` in document order, leaving out footnote bodies (their marker number stays out too)."""
    if el.text:
        yield el.text
    for child in el:
        if child.tag not in {"noot", "voetnoot"}:
            yield from _skip_notes(child)
        if child.tail:
            yield child.tail


def _norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s+([,.;:)])", r"\1", s).replace("( ", "(")


def document_kind(root: ET.Element) -> str:
    for tag, kind in (("handelingen", "handelingen"), ("kamerstuk", "kamerstuk"), ("aanhangsel", "kamervragen")):
        if root.find(f".//{tag}") is not None:
            return kind
    if root.find(".//vraag") is not None:
        return "kamervragen"
    raise CorpusError("unknown official publication: no <kamerstuk>, <handelingen> or <aanhangsel>")


def segment_xml(doc: Document, raw: bytes) -> list[Paragraph]:
    root = parse_xml(raw, doc.file or doc.id)
    kind = document_kind(root)
    out = {"handelingen": _handelingen, "kamerstuk": _kamerstuk, "kamervragen": _kamervragen}[kind](doc, root)
    if not out:
        raise CorpusError(f"{doc.id}: the XML holds no text paragraphs")
    return out


class RecordBuilder:
    """Numbers paragraph records of a source without pages: ids '<doc>:001', ordinals, page 0."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.items: list[Paragraph] = []

    def add(self, text: str, section: list[str], kind: str, voice: str | None, label: str | None) -> Paragraph | None:
        if not text:
            return None
        n = len(self.items) + 1
        p = Paragraph(
            id=f"{self.doc.id}:{n:03d}",
            doc_id=self.doc.id,
            ordinal=n,
            page=0,
            page_end=0,
            section=list(section),
            kind=kind,
            text=text,
            voice=voice,
            label=label,
        )
        self.items.append(p)
        return p


def _speaker(el: ET.Element | None) -> tuple[str, str | None]:
    """('Wörsdörfer (VVD)', 'VVD') or ('de voorzitter', None) from a <spreker> element."""
    if el is None:
        return "onbekend", None
    prefix = _text(el.find("voorvoegsels"))
    name = _text(el.find("naam"))
    party = _text(el.find("politiek")) or None
    function = _text(el.find("functie"))
    if name.lower() == "voorzitter":
        return "de voorzitter", None
    who = name or function or prefix or "onbekend"
    if function and name:
        who = f"{function} {name}"
    elif name and prefix and prefix.lower() not in {"de heer", "mevrouw", "de", "het lid", "de voorzitter"}:
        who = f"{prefix.lower()} {name}"  # «Staatssecretaris Keijzer», «Minister Wiebes»
    return (f"{who} ({party})" if party else who), party


def _dossier_ref(doc_id: str) -> str:
    m = re.fullmatch(r"kst-(\d+)((?:-[A-Za-z0-9]+)*)-(\d+)", doc_id or "")
    if not m:
        return doc_id
    return f"Kamerstuk {int(m.group(1)):,}".replace(",", " ") + f"{m.group(2)}, nr. {m.group(3)}"


def _handelingen(doc: Document, root: ET.Element) -> list[Paragraph]:
    b = RecordBuilder(doc)
    body = root.find(".//handelingen")
    for item in body:  # agendapunt, handeling_bijlage, vergadering, …
        title = _text(item.find("item-titel")) or _text(item.find("kop")) or item.tag
        _walk(b, item, [title], None)
    return b.items


def _walk(b: RecordBuilder, el: ET.Element, section: list[str], speaker: str | None) -> None:
    """Records in document order: speech turns carry their speaker down; a motion is one record."""
    for child in el:
        tag = child.tag
        if tag in {"item-titel", "nr", "kop", "spreker", "metadata", "motie-info"}:
            continue
        if tag == "spreekbeurt":
            who, _ = _speaker(child.find("spreker"))
            _walk(b, child, section, who)
        elif tag == "motie":
            _motie(b, child, section, speaker)
        elif tag == "onderwerp":
            b.add(_text(child), section, "body", None, "onderwerp")
        elif tag == "divisie":
            head = _text(child.find("kop"))
            _walk(b, child, section[:1] + ([head] if head else []), speaker)
        elif tag in {"al-groep", "al"}:
            b.add(_text(child), section, "spreekbeurt" if speaker else "body", speaker, speaker)
        else:
            _walk(b, child, section, speaker)


def _motie(b: RecordBuilder, el: ET.Element, section: list[str], speaker: str) -> None:
    body = " ".join(_text(al) for al in el.findall("al"))
    info = el.find("motie-info")
    info_text = _text(info)
    m = re.search(r"voorgesteld door (?:de leden|het lid) ([^.]+?)\.", info_text)
    submitters = [s.strip() for s in re.split(r",| en ", m.group(1))] if m else []
    ref = next((x.get("doc") for x in el.iter("extref") if x.get("doc", "").startswith("kst-")), None)
    name = f"motie-{submitters[0]}" + (" c.s." if len(submitters) > 1 else "") if submitters else "motie"
    label = name + (f" ({_dossier_ref(ref)})" if ref else (f" ({el.get('id')})" if el.get("id") else ""))
    text = body + (f" Voorgesteld door {'de leden' if len(submitters) > 1 else 'het lid'} {m.group(1)}." if m else "")
    b.add(text, section, "motie", speaker, label)


def _kamerstuk(doc: Document, root: ET.Element) -> list[Paragraph]:
    b = RecordBuilder(doc)
    section: list[str] = []
    notes: list[tuple[Paragraph, str, str]] = []
    stuk = root.find(".//stuk")
    if stuk is None:
        stuk = root.find(".//kamerstuk")
    in_notes = {id(x) for tag in ("noot", "voetnoot") for note in stuk.iter(tag) for x in note.iter()}
    for el in stuk.iter():
        if el.tag == "tussenkop":
            section = [_text(el)]
        elif el.tag == "al" and id(el) not in in_notes:
            p = b.add(_text(el), section, "body", doc.voice, None)
            if p is not None:
                for note in el.iter():
                    if note.tag in {"noot", "voetnoot"}:
                        nr = _text(note.find("noot.nr")) or note.get("nr") or str(len(notes) + 1)
                        body = " ".join(_text(x) for x in note.findall("noot.al")) or _text_all(note)
                        notes.append((p, nr, body))
    for parent, nr, body in notes:
        n = len(b.items) + 1
        fid = f"{doc.id}:fn{nr}"
        b.items.append(
            Paragraph(
                id=fid,
                doc_id=doc.id,
                ordinal=n,
                page=0,
                page_end=0,
                section=list(parent.section),
                kind="footnote",
                text=body,
                parent=parent.id,
                voice=parent.voice,
                label=f"voetnoot {nr}",
            )
        )
        parent.footnotes.append(fid)
    return b.items


def _text_all(el: ET.Element) -> str:
    return _norm("".join(el.itertext()))


def _kamervragen(doc: Document, root: ET.Element) -> list[Paragraph]:
    b = RecordBuilder(doc)
    intro = _text(root.find(".//kamervraagomschrijving"))
    asker = None
    if intro:
        b.add(intro, [], "body", None, "omschrijving")
        m = re.search(r"(?:van (?:de leden|het lid) )([^(]+?)(?:\s*\(|$)", intro)
        asker = f"vragensteller(s): {m.group(1).strip()}" if m else None
    for el in root.iter():
        if el.tag not in {"vraag", "antwoord"}:
            continue
        nr = _text(el.find("nr"))
        number = re.search(r"\d+", nr).group(0) if re.search(r"\d+", nr) else str(len(b.items))
        text = " ".join(_text(al) for al in el.iter("al"))
        voice = asker if el.tag == "vraag" else (doc.voice or "kabinet")
        b.add(text, [f"Vraag {number}"], el.tag, voice, f"{el.tag} {number}")
    return b.items
