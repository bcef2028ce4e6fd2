from reader.core.document import Document, SourceText


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
