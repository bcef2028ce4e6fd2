import pytest

from reader.core.cache import AnalysisCache
from reader.core.document import TOKEN_FIELDS, Document, SourceText, Token, Tokens
from reader.core.loader import open_document


def test_round_trip_through_dict(sample_doc):
    copy = Document.from_dict(sample_doc.to_dict())
    assert copy.tokens == sample_doc.tokens
    assert copy.sentences == sample_doc.sentences
    assert copy.paragraphs == sample_doc.paragraphs


def test_token_and_sentence_at_offset(sample_doc):
    tok = next(t for t in sample_doc.tokens if t.text == "Lavrov")
    assert sample_doc.token_at(tok.start + 2) == tok
    assert sample_doc.sentence_at(tok.start).index == tok.sentence
    assert sample_doc.token_at(len(sample_doc.text) + 5) is None


def test_source_text_gets_one_block_per_line():
    src = SourceText(text="Une ligne.\n\n  Deux lignes.  \n")
    src.ensure_blocks()
    assert [src.text[b.start : b.end] for b in src.blocks] == ["Une ligne.", "Deux lignes."]


# -- packed tokens (Tokens): a book's tokens take ~24 bytes each, and read back exactly ----


def _fields(tok) -> tuple:
    return tuple((name, getattr(tok, name), type(getattr(tok, name))) for name in TOKEN_FIELDS)


def test_packed_tokens_read_back_exactly_as_analysed(analyzer, sample_text, tmp_path):
    analysed = [t for part in analyzer.stream(sample_text) for t in part.tokens]
    opened = list(open_document(sample_text, analyzer, AnalysisCache(tmp_path)))[-1]
    reopened = list(open_document(sample_text, analyzer, AnalysisCache(tmp_path)))[-1]
    assert isinstance(opened.tokens, Tokens) and isinstance(reopened.tokens, Tokens)
    assert len(analysed) == len(opened.tokens) == len(reopened.tokens) > 500
    for doc in (opened, reopened, analyzer.analyze(sample_text)):
        for i, (tok, back) in enumerate(zip(analysed, doc.tokens, strict=True)):
            assert _fields(back) == _fields(tok)
            assert _fields(doc.tokens[i]) == _fields(tok)
            assert doc.text[back.start : back.end] == back.text
    # The sample has names, elisions, numbers, punctuation: every kind of field came back.
    assert {t.name_kind for t in analysed} >= {"", "PER", "LOC"}
    assert any(t.joined_to >= 0 for t in analysed) and any(t.is_number for t in analysed)


def _tok(i: int, word: str = "mot", start: int | None = None) -> Token:
    start = 4 * i if start is None else start
    return Token(i, word, start, start + len(word), 0, 0, word, "NOUN", is_word=True, norm=word)


def test_tokens_read_like_a_list():
    plain = [_tok(i, w) for i, w in enumerate(["Le", "chat", "dort", "."])]
    packed = Tokens(plain)
    assert len(packed) == 4 and packed == plain and list(packed) == plain
    assert packed[-1] == plain[-1] and packed[1:3] == plain[1:3] and packed[::-1] == plain[::-1]
    assert plain[2] in packed and packed.index(plain[2]) == 2
    assert packed != plain[:3] and packed != [*plain[:3], _tok(3, "!")]
    with pytest.raises(IndexError):
        packed[4]
    assert Tokens() == [] and not Tokens()


def test_a_snapshot_keeps_its_length_while_the_tokens_grow():
    plain = [_tok(i) for i in range(10)]
    growing = Tokens(plain[:4])
    shot = growing.view()
    growing.extend(plain[4:])
    assert len(shot) == 4 and list(shot) == plain[:4] and shot[-1] == plain[3]
    assert growing == plain and growing.view(6) == plain[:6]
    with pytest.raises(ValueError):
        shot.extend([plain[4]])


def test_a_token_out_of_place_is_refused_and_the_store_stays_in_step():
    packed = Tokens([_tok(0), _tok(1)])
    with pytest.raises(ValueError):
        packed.extend([_tok(2), _tok(5)])  # token 5 at position 3
    with pytest.raises(OverflowError):
        packed.append(_tok(3, start=2**40))  # beyond the 32-bit offsets
    assert packed == [_tok(0), _tok(1), _tok(2)]
    packed.append(_tok(3))
    assert packed == [_tok(i) for i in range(4)]


def test_tokens_are_immutable_values():
    tok = _tok(0, "maison")
    with pytest.raises(AttributeError):
        tok.lemma = "autre"
    same = Token(index=0, text="maison", start=0, end=6, sentence=0, paragraph=0,
                 lemma="maison", pos="NOUN", is_word=True, norm="maison")  # fmt: skip
    assert same == tok and hash(same) == hash(tok) and same.joined_to == -1
    assert Token(0, "la", 0, 2, 0, 0, "le", "DET", "Gender=Fem|Number=Sing").morph_dict() == {
        "Gender": "Fem",
        "Number": "Sing",
    }


def test_fields_read_straight_from_the_packed_store_match_the_tokens(sample_doc):
    packed = Document.from_dict(sample_doc.to_dict())
    plain = Document(packed.text, tokens=list(packed.tokens))
    assert isinstance(packed.tokens, Tokens) and not isinstance(plain.tokens, Tokens)
    for name in TOKEN_FIELDS:
        assert packed.tokens.values(name) == [getattr(t, name) for t in plain.tokens], name
    assert packed.tokens.view(7).values("lemma") == [t.lemma for t in plain.tokens[:7]]
    assert list(packed.word_tokens()) == list(plain.word_tokens())
    assert packed.word_lemmas() == plain.word_lemmas() == [t.lemma for t in plain.word_tokens()]
    assert packed.word_count() == plain.word_count() == len(packed.word_lemmas()) > 300
    assert Tokens().values("joined_to") == [] and Document("").word_lemmas() == []
    with pytest.raises(AttributeError):
        packed.tokens.values("colour")


def _counted(tokens) -> dict:
    out: dict = {}
    for t in tokens:
        if t.is_word:
            out[t.lemma] = out.get(t.lemma, 0) + 1
    return out


def test_lemma_counts_kept_as_tokens_arrive_equal_a_count_at_once(sample_doc, tmp_path):
    plain = list(sample_doc.tokens)
    at_once = _counted(plain)
    assert sum(at_once.values()) == sample_doc.word_count() > 300 and len(at_once) > 100
    growing = Tokens()
    for lo in range(0, len(plain), 97):  # added in parts, as a book's analysis does
        growing.extend(plain[lo : lo + 97])
        if lo == 97 * 3:
            shot = growing.view()
    assert Document(sample_doc.text, tokens=growing).word_lemma_counts() == at_once
    # a snapshot taken before the rest came counts only its own tokens
    assert Document(sample_doc.text, tokens=shot).word_lemma_counts() == _counted(plain[:388])
    # a store filled without counting (the cache's arrays) is counted when asked, then kept
    cache = AnalysisCache(tmp_path)
    cache.put(sample_doc, "v")
    reopened = list(cache.get_parts(sample_doc.text, "v"))[-1]
    assert isinstance(reopened.tokens, Tokens)
    assert reopened.word_lemma_counts() == at_once == reopened.word_lemma_counts()
    # a plain list of tokens gives the same
    assert Document(sample_doc.text, tokens=plain).word_lemma_counts() == at_once
    assert Tokens().value_counts("lemma") == {} and Document("").word_lemma_counts() == {}
    assert growing.value_counts("pos") == {
        p: sum(1 for t in plain if t.pos == p) for p in {t.pos for t in plain}
    }


def test_a_refused_token_leaves_the_counts_right():
    packed = Tokens([_tok(0, "chat"), _tok(1, "chat")])
    with pytest.raises(OverflowError):
        packed.append(_tok(2, "chien", start=2**40))
    packed.append(_tok(2, "chien"))
    assert packed.value_counts("lemma", where="is_word") == {"chat": 2, "chien": 1}


def test_packed_rows_read_each_tokens_fields_per_kind(sample_doc):
    """Tokens.rows gives what the tokens give, field by field, in order."""
    tokens = sample_doc.tokens
    assert list(tokens.rows("is_word", "pos", "lemma")) == [
        (t.index, t.is_word, t.pos, t.lemma) for t in tokens
    ]
    assert list(tokens.view(5).rows("text")) == [(t.index, t.text) for t in tokens[:5]]
    assert sample_doc.word_count() == sum(1 for t in tokens if t.is_word)
