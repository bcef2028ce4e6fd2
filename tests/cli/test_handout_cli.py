"""`python -m reader handout` as a teacher runs it for a batch of texts (in-process)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.handout import Handout, HandoutOptions
from reader.core.handout_store import HandoutStore
from reader.core.paths import sample_article
from reader.core.store import Store


@pytest.fixture
def saved(sample_doc, tmp_path):
    """The teacher saved a handout for the sample article in the app: two words, one edited."""
    data = tmp_path / "data"
    data.mkdir()
    store = Store(data / "french-reader.sqlite3")
    h = Handout(sample_doc, options=HandoutOptions(layout="glossary", level="B2"))
    for word, gloss in (("homologue", "counterpart"), ("soupçons", "suspicions")):
        index = next(t.index for t in sample_doc.tokens if t.text == word)
        h.edit(h.add(index), gloss=gloss, note="teacher's choice" if word == "soupçons" else None)
    HandoutStore(store).save(h)
    store.close()
    return data


def test_saved_choices_are_reused_in_pdf_and_html(run_cli, saved, tmp_path):
    import pypdf

    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    env = {"FRENCH_READER_DATA_DIR": saved}
    result = run_cli("handout", sample_article(), "--layout", "notes", "-o", pdf, env=env)
    assert result.code == 0, result.err
    assert "2 words glossed" in result.out and "page" in result.out
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert re.search(r"homologue.*counterpart.*soupçons.*suspicions.*teacher's choice", text)
    result = run_cli("handout", sample_article(), "--format", "html", "-o", html, env=env)
    assert result.code == 0, result.err
    page = html.read_text(encoding="utf-8")
    assert "<td>counterpart</td>" in page and 'class="glossary"' in page  # the saved layout


def test_missing_file_is_one_line_error(run_cli, tmp_path):
    result = run_cli("handout", tmp_path / "nope.txt", "-o", tmp_path / "x.pdf")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "no such file" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_level_wins_over_a_saved_handout_unless_reuse_saved(run_cli, saved, tmp_path):
    env = {"FRENCH_READER_DATA_DIR": saved}
    out = tmp_path / "c1.html"
    args = ("handout", sample_article(), "-o", out, "--allow-missing", "--force")
    result = run_cli(*args, "--level", "C1", env=env)
    assert result.code == 0, result.err
    assert "proposing words for C1" in result.err and "--reuse-saved" in result.err
    page = out.read_text(encoding="utf-8")
    assert "<td>counterpart</td>" in page  # the teacher's edited gloss is kept
    assert "élargissement" in page  # a C1 word the saved B2 handout did not have
    assert "2 words glossed" not in result.out
    result = run_cli(*args, "--level", "C1", "--reuse-saved", env=env)
    assert result.code == 0, result.err
    assert "2 words glossed" in result.out


def test_missing_glosses_are_listed_and_refused_unless_allowed(run_cli, tmp_path, unglossed_noun):
    out = tmp_path / "b1.pdf"
    env = {"FRENCH_READER_DATA_DIR": tmp_path}
    # the sample plus a word the bundled dictionaries do not gloss
    sentence, word = unglossed_noun
    text = tmp_path / "article.txt"
    extra = f"\n{sentence}\n"
    text.write_text(Path(sample_article()).read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = run_cli("handout", text, "--level", "B1", "-o", out, env=env)
    assert result.code == 2 and not out.exists()
    assert re.search(rf"\d+ of \d+ chosen words have no gloss: .*{word}", result.err)
    assert "--allow-missing" in result.err and "Traceback" not in result.err
    result = run_cli("handout", text, "--level", "B1", "-o", out, "--allow-missing", env=env)
    assert result.code == 0 and out.exists()
    assert "have no gloss" in result.err  # still said


def test_handout_writes_its_glossary_for_students(run_cli, saved, tmp_path):
    import json

    out, gl = tmp_path / "h.docx", tmp_path / "class.json"
    env = {"FRENCH_READER_DATA_DIR": saved}
    result = run_cli(
        "handout",
        sample_article(),
        "-o",
        out,
        "--glossary-out",
        gl,
        "--author",
        "Mme Martin",
        env=env,
    )
    assert result.code == 0, result.err
    data = json.loads(gl.read_text(encoding="utf-8"))
    assert data["author"] == "Mme Martin"
    assert {e["lemma"]: e["gloss"] for e in data["entries"]} == {
        "homologue": "counterpart",
        "soupçon": "suspicions",
    }
    assert data["texts"][0]["words"] == ["homologue", "soupçon"]
    student = tmp_path / "student"
    student.mkdir()
    env = {"FRENCH_READER_DATA_DIR": student}
    assert run_cli("glossary", "import", gl, env=env).code == 0
    result = run_cli("gloss", "homologue", env=env)
    assert "counterpart" in result.out


def test_glossary_sorted_alphabetically_or_in_text_order(run_cli, tmp_path):
    env = {"FRENCH_READER_DATA_DIR": tmp_path}
    rows = {}
    for order in ("alpha", "text"):
        out = tmp_path / f"{order}.html"
        args = ("handout", sample_article(), "--level", "B1", "--layout", "glossary", "-o", out)
        result = run_cli(*args, "--sort", order, "--allow-missing", env=env)
        assert result.code == 0, result.err
        table = out.read_text(encoding="utf-8").split('<table class="glossary">')[1]
        rows[order] = re.findall(r"<tr><td>(\d+)</td><td><b>[^<]*</b></td><td>([^<]*)</td>", table)
    numbers = [int(n) for n, _ in rows["text"]]
    assert numbers == sorted(numbers) and len(numbers) > 10
    lemmas = [lemma for _, lemma in rows["alpha"]]
    assert lemmas == sorted(lemmas, key=lambda w: w.replace("é", "e").replace("è", "e"))
    assert sorted(rows["alpha"]) == sorted(rows["text"]) and rows["alpha"] != rows["text"]


def test_worksheets_from_the_same_words(run_cli, tmp_path, unglossed_noun):
    env = {"FRENCH_READER_DATA_DIR": tmp_path}
    text = tmp_path / "article.txt"  # the sample and a word no dictionary glosses
    extra = f"\n{unglossed_noun[0]}\n"
    text.write_text(Path(sample_article()).read_text(encoding="utf-8") + extra, encoding="utf-8")
    cloze = tmp_path / "cloze.docx"
    result = run_cli("handout", text, "--sheet", "cloze", "-o", cloze, env=env)
    assert result.code == 0, result.err  # a cloze prints no meanings: gaps do not matter
    assert "cloze sheet" in result.out and cloze.stat().st_size > 0
    vocab = tmp_path / "vocab.html"
    result = run_cli("handout", text, "--sheet", "vocabulary", "-o", vocab, env=env)
    assert result.code == 2 and "--allow-missing" in result.err and not vocab.exists()
    args = ("handout", text, "--sheet", "vocabulary", "-o", vocab, "--allow-missing")
    result = run_cli(*args, env=env)
    assert result.code == 0 and "In the text</th>" in vocab.read_text(encoding="utf-8")


def test_relevel_keeps_edits_and_never_overlaps(sample_doc):
    from reader.commands.handout import relevel
    from reader.core.glossary import default_glossary

    saved = Handout(sample_doc, options=HandoutOptions(layout="glossary", level="C2"))
    index = next(t.index for t in sample_doc.tokens if t.text == "reprises")
    saved.edit(saved.add(index), gloss="times (teacher)")
    fresh = relevel(saved, "A1", default_glossary())
    assert fresh.options.level == "A1" and fresh.options.layout == "glossary"
    assert any(e.word == "reprises" and e.gloss == "times (teacher)" for e in fresh.entries)
    spans = sorted((e.start, e.end) for e in fresh.entries)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # none overlap
    assert len(fresh.entries) > 20


def test_html_handout_embeds_its_glossary_for_students(run_cli, saved, tmp_path):
    import base64

    from reader.core.user_glossary import UserGlossary

    out = tmp_path / "h.html"
    env = {"FRENCH_READER_DATA_DIR": saved}
    args = ("handout", sample_article(), "-o", out, "--embed-glossary", "--author", "Mme Martin")
    result = run_cli(*args, env=env)
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "File &gt; Import class glossary" in page
    data = re.search(r'href="data:application/json;base64,([^"]+)"', page).group(1)
    saved_file = tmp_path / "from-the-page.json"
    saved_file.write_bytes(base64.b64decode(data))
    student = UserGlossary(Store(tmp_path / "student.sqlite3"))
    info = student.import_(saved_file)
    assert info.label == "Mme Martin's gloss"
    assert {e.lemma: e.gloss for e in student.class_entries("Mme Martin")}["homologue"] == (
        "counterpart"
    )
    pdf = tmp_path / "h.pdf"
    result = run_cli("handout", sample_article(), "-o", pdf, "--embed-glossary", env=env)
    assert result.code == 2 and "HTML handout" in result.err
