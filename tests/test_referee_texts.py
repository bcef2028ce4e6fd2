"""benchmarks/referee_texts.py, which rebuilds the referee texts from Debian packages: its parsers
on tiny inputs built here from the formats' documented layouts (a Qt .qm, a GNU .mo the stdlib
reads), and the whole run on a fake package tree (no package needed)."""

from __future__ import annotations

import gettext
import io
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import referee_texts as rt  # noqa: E402

# --- builders -------------------------------------------------------------------------------


def qm_translation(text: str | None) -> bytes:
    if text is None:
        return b"\x03" + struct.pack(">I", 0xFFFFFFFF)
    raw = text.encode("utf-16-be")
    return b"\x03" + struct.pack(">I", len(raw)) + raw


def qm_field(tag: int, text: str) -> bytes:
    raw = text.encode("utf-8")
    return bytes([tag]) + struct.pack(">I", len(raw)) + raw


def qm_block(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + struct.pack(">I", len(body)) + body


def build_qm(messages: bytes, language: bytes = b"fr") -> bytes:
    hashes = struct.pack(">II", 0x1234, 0) + struct.pack(">II", 0x5678, 20)
    return (
        rt.QM_MAGIC + qm_block(0x42, hashes) + qm_block(0x69, messages) + qm_block(0xA7, language)
    )


def build_mo(pairs: list[tuple[bytes, bytes]], order: str = "<") -> bytes:
    """A GNU .mo: magic, revision 0, count, the two tables' offsets, no hash table."""
    pairs = sorted(pairs)
    n = len(pairs)
    orig_at, trans_at = 28, 28 + 8 * n
    data_at = trans_at + 8 * n
    blob, orig, trans = b"", [], []
    for msgid, _ in pairs:
        orig.append((len(msgid), data_at + len(blob)))
        blob += msgid + b"\x00"
    for _, msgstr in pairs:
        trans.append((len(msgstr), data_at + len(blob)))
        blob += msgstr + b"\x00"
    head = struct.pack(order + "7I", 0x950412DE, 0, n, orig_at, trans_at, 0, 0)
    tables = b"".join(struct.pack(order + "2I", *p) for p in orig + trans)
    return head + tables + blob


HEADER = (
    b"",
    b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
)

# --- Qt .qm ---------------------------------------------------------------------------------


def test_qm_messages_come_out_with_their_translations_source_and_context():
    messages = (
        qm_translation("Déplace les pièces vers la case vide")
        + qm_field(6, "Move the pieces")
        + qm_field(7, "ActivityInfo")
        + b"\x01"
        + b"\x05"
        + b"\x00\x00\x00\x07"  # obsolete tag 5: four bytes skipped
        + qm_translation("%n pomme")
        + qm_translation("%n pommes")
        + qm_field(8, "a numerus message")
        + b"\x01"
        + qm_translation(None)
        + qm_field(6, "Untranslated")
        + b"\x01"
    )
    got = rt.read_qm(build_qm(messages))
    assert got == [
        rt.QmMessage(
            "ActivityInfo", "Move the pieces", None, ["Déplace les pièces vers la case vide"]
        ),
        rt.QmMessage(None, None, "a numerus message", ["%n pomme", "%n pommes"]),
        rt.QmMessage(None, "Untranslated", None, []),
    ]


def test_qm_translation_outside_the_basic_plane_is_decoded():
    got = rt.read_qm(build_qm(qm_translation("Clé 🔑 trouvée") + b"\x01"))
    assert got[0].translations == ["Clé 🔑 trouvée"]


@pytest.mark.parametrize(
    "data",
    [
        b"not a qm file at all, sorry",
        rt.QM_MAGIC + b"\x69\x00\x00\x01\x00" + b"\x03",  # block longer than the file
        build_qm(b"\x03\x00\x00\x00\x10abc"),  # translation longer than its block
        build_qm(qm_translation("Sans fin")),  # no end tag
        build_qm(b"\x7f\x01"),  # unknown message tag
    ],
)
def test_qm_that_is_not_one_is_refused(data):
    with pytest.raises(ValueError):
        rt.read_qm(data)


# --- GNU .mo --------------------------------------------------------------------------------

PAIRS = [
    HEADER,
    (b"Working with Dates", b"Travailler avec les dates"),
    (b"menu\x04Open", b"Ouvrir"),
    (b"%d person\x00%d people", b"%d personne\x00%d personnes"),
]


@pytest.mark.parametrize("order", ["<", ">"])
def test_mo_entries_match_what_the_stdlib_reads(order):
    data = build_mo(PAIRS, order)
    stdlib = gettext.GNUTranslations(io.BytesIO(data))  # the layout is the real one
    assert stdlib.gettext("Working with Dates") == "Travailler avec les dates"
    assert stdlib.pgettext("menu", "Open") == "Ouvrir"
    assert stdlib.ngettext("%d person", "%d people", 3) == "%d personnes"
    got = {(e.context, e.msgid): e for e in rt.read_mo(data)}
    assert len(got) == 3  # the header is left out
    assert got[None, "Working with Dates"].msgstrs == ["Travailler avec les dates"]
    assert got["menu", "Open"].msgstrs == ["Ouvrir"]
    plural = got[None, "%d person"]
    assert (plural.msgid_plural, plural.msgstrs) == ("%d people", ["%d personne", "%d personnes"])


def test_mo_in_latin1_is_decoded_with_its_charset():
    header = (b"", b"Content-Type: text/plain; charset=ISO-8859-1\n")
    data = build_mo([header, (b"Tree", "Arbre généalogique".encode("latin-1"))])
    assert rt.read_mo(data)[0].msgstrs == ["Arbre généalogique"]


def test_mo_that_is_not_one_is_refused():
    with pytest.raises(ValueError):
        rt.read_mo(b"\x00" * 40)
    with pytest.raises(ValueError):
        rt.read_mo(build_mo(PAIRS)[:-30])  # strings cut off


# --- markup ---------------------------------------------------------------------------------


def test_docbook_paragraphs_read_every_para_with_entities_spelt():
    text = (
        "<!-- <para>commented out</para> --><sect1><title>Hors</title>"
        '<para id="p1">Un <emphasis>mot</emphasis>&nbsp;et &kde; &amp; &inconnu;'
        " &Someone.mail;</para>\n<para>   </para><para>Deux\n lignes</para></sect1>"
    )
    assert rt.docbook_paragraphs(text, {"kde": "KDE"}) == [
        "Un mot et KDE & inconnu",
        "Deux lignes",
    ]


def test_strip_markup_keeps_the_text_and_its_spacing():
    text = "<b>Astuce</b><br/>Cliquez <i>deux</i> fois<!-- <p>caché</p> -->  sur l&apos;ic&ocirc;ne"
    assert rt.strip_markup(text) == "Astuce Cliquez deux fois sur l'icône"
    assert rt.strip_markup("m<sup>2</sup> et 3 &lt; 4\n\tsi A < B") == "m2 et 3 < 4 si A < B"
    assert rt.strip_markup("<font color='red'>Rouge</font><p>Vert</p>") == "Rouge Vert"


def test_html_paragraphs_reads_every_p_and_li_only():
    page = """<h2>Titre seul</h2>
    <!-- <p>Un commentaire n'est pas lu</p> -->
    <p>Premier   paragraphe,
    sur deux lignes avec <em>emphase</em> et <notr>Nom</notr>.</p>
    <p>Paragraphe jamais fermé
    <p>Un autre<br>après une coupure&nbsp;!</p>
    <p><blockquote>Une citation dans un paragraphe</blockquote></p>
    <table><tr><td>Cellule non lue</td></tr></table>
    <ul><li>Élément <a href="x">lié</a>
      <ul><li>Élément imbriqué</li></ul></li>
    <li>Dernier élément</ul>
    <h3>Titre après la liste</h3>"""
    assert rt.html_paragraphs(page) == [
        "Premier paragraphe, sur deux lignes avec emphase et Nom.",
        "Paragraphe jamais fermé",
        "Un autre après une coupure !",  # a no-break space too is one space
        "Une citation dans un paragraphe",
        "Élément lié",
        "Élément imbriqué",
        "Dernier élément",
    ]


def test_count_words_counts_runs_with_a_letter_or_digit():
    assert rt.count_words("Le 14 juillet : c'est la fête — vive l'été !") == 8


# --- Gramps' tips ---------------------------------------------------------------------------

TIPS = """<?xml version="1.0" encoding="UTF-8"?>
<tips>
<tip number="1"><b>Dates</b><br/>A range like &quot;between 2000
   and 2003&quot; works.</tip>
<tip number="2" xml:lang="fr"><b>Déjà</b><br/>Une astuce déjà traduite.</tip>
<tip number="3">No title here.</tip>
</tips>"""


def test_tip_msgids_are_the_tips_as_written_with_whitespace_collapsed():
    assert rt.tip_msgids(TIPS) == [
        "<b>Dates</b><br/>A range like &quot;between 2000 and 2003&quot; works.",
        "No title here.",
    ]


def test_drop_tip_title_removes_only_a_leading_bold_title():
    assert rt.drop_tip_title("<b>Dates</b><br/>Une <b>plage</b> de dates.") == (
        "Une <b>plage</b> de dates."
    )
    assert rt.drop_tip_title("Pas de <b>titre</b>.") == "Pas de <b>titre</b>."


# --- the whole run --------------------------------------------------------------------------


def fake_packages(root: Path) -> None:
    def put(rel: str, data: bytes | str) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.write_bytes if isinstance(data, bytes) else path.write_text)(data)

    legend = "Peuple de marins et de marchands installé sur les côtes depuis des siècles, " * 2
    put(
        rt.FREECIV_MO,
        build_mo([HEADER, (b"Legend", legend.strip().encode()), (b"Name", b"Nom")]),
    )
    put(
        f"{rt.SKYCULTURES}/maori/description.fr.utf8",
        "<h2>Maori</h2><p>Les étoiles guidaient les navigateurs sur l'océan &amp; au-delà.</p>"
        "<p>Trop court ici.</p>",
    )
    put(f"{rt.STAMPS}/animals/cat.txt", "A cat.\nde.utf8=Eine Katze.\nfr.utf8=Un chat.\n")
    put(f"{rt.STAMPS}/animals/cat-2.txt", "A cat.\nfr.utf8=Un chat.\n")
    put(f"{rt.STAMPS}/food/apple.txt", "An apple.\nfr.utf8=Une pomme rouge.\n")
    put(
        rt.GCOMPRIS_QM,
        build_qm(
            qm_translation("Clique sur <b>tous</b> les ballons avant qu'ils touchent le sol.")
            + b"\x01"
            + qm_translation("Trop court")
            + b"\x01"
        ),
    )
    tip = b"<b>Dates</b><br/>A range of dates can be given."
    put(rt.GRAMPS_TIPS, f'<tips>\n<tip number="1">{tip.decode()}</tip>\n</tips>\n')
    put(
        rt.GRAMPS_MO,
        build_mo([HEADER, (tip, b"<b>Dates</b><br/>On peut donner une plage de dates.")]),
    )
    put(
        f"{rt.KSTARS_DOCS}/parallax.docbook",
        '<sect1 id="ai-parallax">\n<title>Parallaxe</title>\n<para>La <emphasis>parallaxe'
        "</emphasis> est le d&eacute;placement apparent d'une &eacute;toile vue de deux points."
        "</para>\n<para>Trop court.</para></sect1>",
    )
    put(
        f"{rt.KSTARS_DOCS}/ai-contents.docbook",
        '<sect1 id="ai-contents"><para>La liste de tous les articles du projet AstroInfo ici.'
        "</para></sect1>",
    )
    put(
        f"{rt.KSTARS_DOCS}/config.docbook",
        '<chapter id="config"><para>Un chapitre du manuel qui ne fait pas partie des textes.'
        "</para></chapter>",
    )
    put(
        f"{rt.KSTARS_DOCS}/faq.docbook",
        "<qandaset><para>Comment &kstars; trouve-t-il la position des plan&egrave;tes du"
        " ciel ?</para><para>Écrit par &Jason.Harris.mail; seul.</para></qandaset>",
    )
    put(
        f"{rt.KSTARS_DOCS}/quicktour.docbook",
        "<chapter><para>Appuyez sur &Ctrl;<keycap>F</keycap> pour chercher un objet dans le"
        " ciel.</para></chapter>",
    )
    put(
        rt.FREECOL_FR,
        "# Messages for French\n"
        "model.unit.caravel.name=Caravelle\n"
        "model.unit.caravel.description=La caravelle est un petit bateau marchand, \\\n"
        "    pas tr\\u00e8s rapide.\n"
        "model.goods.rum.description=Le rhum se vend %amount% pi\\u00e8ces en Europe.\n"
        "colopedia.concepts.taxes.text=Le roi augmente les taxes quand il le veut bien.\n"
        "report.colony.label.description=Un rapport de la colonie qui n'en fait pas partie.\n",
    )


def test_run_writes_one_paragraph_per_string_in_both_folders(tmp_path, capsys):
    root, out = tmp_path / "root", tmp_path / "out"
    fake_packages(root)
    out.mkdir()
    (out / "h5texts").mkdir()
    (out / "h5texts" / "stale.txt").write_text("from an older run")
    assert rt.main(["--root", str(root), "--out", str(out)]) == 0
    files = {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file()
    }
    legend = "Peuple de marins et de marchands installé sur les côtes depuis des siècles,"
    assert files == {  # the older run's folder replaced whole
        "h5texts/history.txt": f"{legend} {legend}\n",
        "h5texts/astronomy.txt": "Les étoiles guidaient les navigateurs sur l'océan & au-delà.\n",
        "h6texts/descriptions.txt": "Un chat.\n\nUne pomme rouge.\n",
        "h6texts/children.txt": "Clique sur tous les ballons avant qu'ils touchent le sol.\n",
        "h6texts/genealogy.txt": "On peut donner une plage de dates.\n",
        "h7texts/astroinfo.txt": "La parallaxe est le déplacement apparent d'une étoile vue"
        " de deux points.\n",
        "h7texts/kstars-manual.txt": "Comment KStars trouve-t-il la position des planètes du"
        " ciel ?\n\nAppuyez sur Ctrl F pour chercher un objet dans le ciel.\n",
        "h8texts/freecol.txt": "La caravelle est un petit bateau marchand, pas très rapide."
        "\n\nLe roi augmente les taxes quand il le veut bien.\n",
    }
    printed = capsys.readouterr().out
    assert "history.txt" in printed and "under 15 words 1" in printed
    assert "repeated in the file 1" in printed  # the second "Un chat."


def test_missing_package_prints_the_install_line_and_writes_nothing(tmp_path, capsys):
    root, out = tmp_path / "root", tmp_path / "out"
    fake_packages(root)
    (root / rt.GCOMPRIS_QM).unlink()
    out.mkdir()
    assert rt.main(["--root", str(root), "--out", str(out)]) == 2
    assert "apt-get install gcompris-qt-data" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_java_properties_read_as_java_does():
    text = (
        "# a comment\n! another\n\n"
        "a.key = caf\\u00e9 \\\n"
        "     au lait\n"
        "b.key:deux\\nlignes\n"
        "c\\ key=\\=\\\\\n"
        "d.key\n"
    )
    assert rt.read_properties(text) == {
        "a.key": "café au lait",
        "b.key": "deux\nlignes",
        "c key": "=\\",
        "d.key": "",
    }
