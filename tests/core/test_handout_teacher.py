"""What a teacher checks before printing: no silent gaps, expressions as one note, grammar read
from the sentence, glossary order, a .txt's title, the approximate mark explained."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from reader.core.exporters.handout_docx import build_docx
from reader.core.exporters.handout_html import render_html
from reader.core.glossary import default_glossary
from reader.core.handout import LEGEND, Handout, HandoutOptions, expression_spans, propose


class _Chosen:
    """An assessment standing in for the learner model: these words are above the level."""

    def __init__(self, doc, *surfaces):
        self.rows = []
        for s in surfaces:
            t = next(t for t in doc.tokens if t.text == s)
            self.rows.append((t.lemma, t.index, 1, None))

    def difficult_lemmas(self):
        return self.rows


@pytest.fixture(scope="module")
def glossary():
    return default_glossary()


def _entry(doc, glossary, surface):
    h = Handout(doc)
    i = next(t.index for t in doc.tokens if t.text == surface)
    return h.add(*expression_spans(doc, glossary).get(i, (i, i + 1)), glossary=glossary)


def test_an_expression_is_one_note_not_one_per_word(sample_doc, glossary):
    chosen = _Chosen(sample_doc, "reprises", "plusieurs", "homologue")
    h = propose(sample_doc, "B1", chosen, glossary)
    words = [e.word for e in h.entries]
    assert words == ["à plusieurs reprises", "homologue"]
    expr = h.entries[0]
    assert expr.grammar == "expression" and expr.gloss and "round" not in expr.gloss
    html = render_html(h)
    assert html.count("à plusieurs reprises") == 2  # underlined once in the text, one note


def test_grammar_comes_from_the_sentence(sample_doc, glossary):
    homologue = _entry(sample_doc, glossary, "homologue")  # son homologue américain
    assert homologue.gender == "m" and homologue.headword == "l'homologue (m.)"
    attaches = _entry(sample_doc, glossary, "attachés")  # Nous sommes tous attachés à ...
    assert attaches.pos == "ADJ" and attaches.grammar == "attaché, adj."
    diplomatie = _entry(sample_doc, glossary, "diplomatie")  # à la diplomatie
    assert diplomatie.grammar == "la diplomatie"


def test_missing_and_approximate_glosses_are_reported(sample_doc):
    h = Handout(sample_doc)
    for surface, gloss, approx in (("homologue", "", False), ("garanties", "guarantee", True)):
        e = h.add(next(t.index for t in sample_doc.tokens if t.text == surface))
        e.gloss, e.approximate = gloss, approx
    assert [e.word for e in h.missing()] == ["homologue"]
    assert [e.word for e in h.approximate()] == ["garanties"]
    report = h.gap_report()
    assert report[0] == "1 of 2 chosen words have no gloss: homologue"
    assert report[1] == "1 have only an approximate gloss (marked ≈): garanties (guarantee)"
    assert h.legend == LEGEND


def _approx_handout(doc, layout):
    h = Handout(doc, options=HandoutOptions(layout=layout))
    e = h.add(next(t.index for t in doc.tokens if t.text == "garanties"))
    e.gloss, e.approximate = "guarantee", True
    sure = h.add(next(t.index for t in doc.tokens if t.text == "soupçons"))
    sure.gloss = "suspicions"
    return h


@pytest.mark.parametrize("layout", ["notes", "interlinear", "glossary"])
def test_approximate_glosses_are_marked_and_explained_in_html_and_docx(sample_doc, layout):
    h = _approx_handout(sample_doc, layout)
    html = render_html(h)
    assert "≈\u202fguarantee" in html and "≈\u202fsuspicions" not in html
    assert f'<footer class="legend">{LEGEND}</footer>' in html
    buf = io.BytesIO()
    build_docx(h).save(buf)
    with zipfile.ZipFile(buf) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/"))
        footers = "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
    assert "≈\u202fguarantee" in xml and LEGEND in footers
    h.entries[0].approximate = False
    assert "legend" not in render_html(h).split("</style>")[1]


def test_glossary_order_option(sample_doc):
    h = Handout(sample_doc, options=HandoutOptions(layout="glossary", sort="alpha"))
    for surface in ("soupçons", "élargissement", "agression", "homologue"):
        h.add(next(t.index for t in sample_doc.tokens if t.text == surface))
    assert [e.lemma for e in h.glossary_entries()][:2] == ["agression", "élargissement"]
    h.options.sort = "text"
    assert [e.number for e in h.glossary_entries()] == [1, 2, 3, 4]
    with pytest.raises(ValueError, match="glossary order"):
        HandoutOptions(sort="random")


def test_a_txt_handout_is_titled_by_its_first_line_and_class_date_does_not_wrap(analyzer):
    from reader.core.importers import load_bytes

    text = "Un sommet à Genève sans résultat\n\nLe ministre a parlé longtemps. Puis il est parti."
    doc = analyzer.analyze(load_bytes(text.encode(), "notes_de_cours.txt"))
    assert Handout(doc).title == "Un sommet à Genève sans résultat"
    long_first = (
        "Le ministre russe des affaires étrangères a déclaré ce vendredi que rien ne change "
    )
    doc = analyzer.analyze(load_bytes((long_first * 2 + ".\n\nSuite.").encode(), "cours_1.txt"))
    title = Handout(doc).title
    assert title.startswith("Le ministre russe") and title.endswith("…") and len(title) <= 81
    html = render_html(Handout(doc))
    assert re.search(r"\.name-line \{[^}]*white-space: nowrap", html)


def test_source_line_from_a_web_page(analyzer):
    from reader.core.importers import load_bytes

    page = (
        "<html><head><title>Un sommet</title><meta name='author' content='Anne Dupont'>"
        "</head><body><article><h1>Un sommet</h1><p>Le ministre a parlé longtemps de la "
        "crise.</p><p>Puis il est parti sans rien dire.</p></article></body></html>"
    )
    doc = analyzer.analyze(load_bytes(page.encode(), "page.html"))
    h = Handout(doc)
    assert h.title == "Un sommet"
    assert "Anne Dupont" in h.source_line
