"""Build the importer test fixtures: python tests/core/importers/make_fixtures.py (idempotent)."""

from __future__ import annotations

import datetime
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "fixtures"
MALFORMED = HERE / "malformed"

BOOK_TITLE = "Contes de la forêt"
BOOK_AUTHOR = "Hélène Moreau"
CHAPTERS = [
    (
        "Le renard et la pluie",
        [
            "Il pleuvait depuis trois jours sur la forêt, et le renard n’avait rien mangé.",
            "Il sortit de son terrier, regarda le ciel gris et soupira : « Demain, peut-être, le soleil reviendra. »",
            "Une vieille chouette l’observait depuis la branche d’un chêne.",
        ],
    ),
    (
        "La chouette savante",
        [
            "La chouette connaissait tous les chemins de la forêt, même ceux que les hommes avaient oubliés.",
            "Elle proposa au renard de le conduire jusqu’au verger abandonné, où les pommes tombaient encore.",
            "QUOTE:Celui qui sait attendre trouve toujours son chemin.",
            "Le renard hésita longtemps, puis il accepta de la suivre.",
        ],
    ),
    (
        "Le verger",
        [
            "Le verger était silencieux. Les arbres, couverts de mousse, portaient des fruits rouges et brillants.",
            "Le renard mangea jusqu’à la nuit, puis il remercia la chouette et rentra chez lui, heureux.",
        ],
    ),
]


def make_epub(path: Path) -> None:
    """A small French EPUB 3: cover page without text, nav, three chapters."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("urn:uuid:0e6d2a1c-contes-foret")
    book.set_title(BOOK_TITLE)
    book.set_language("fr")
    book.add_author(BOOK_AUTHOR)
    book.add_metadata("DC", "publisher", "Éditions du Chêne vert")
    cover = epub.EpubHtml(title="Couverture", file_name="cover.xhtml", lang="fr")
    cover.content = '<html><body><div><img src="cover.png" alt=""/></div></body></html>'
    items = [cover]
    for number, (title, paras) in enumerate(CHAPTERS, 1):
        chapter = epub.EpubHtml(title=title, file_name=f"chap_{number:02d}.xhtml", lang="fr")
        body = [f"<h1>Chapitre {number}</h1>", f"<h2>{title}</h2>"]
        for para in paras:
            if para.startswith("QUOTE:"):
                body.append(f"<blockquote><p>{para[6:]}</p></blockquote>")
            else:
                body.append(f"<p>{para}</p>")
        chapter.content = "<html><body>" + "\n".join(body) + "</body></html>"
        items.append(chapter)
    for item in items:
        book.add_item(item)
    book.toc = [epub.Link(c.file_name, c.title, c.file_name.split(".")[0]) for c in items[1:]]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)


DOCX_TITLE = "La Révolution française"


def make_docx(path: Path) -> None:
    """A DOCX with Title, headings, paragraphs, a quote, a line break and a table."""
    import docx

    doc = docx.Document()
    doc.core_properties.title = DOCX_TITLE
    doc.core_properties.author = "Mme Lambert"
    doc.core_properties.created = datetime.datetime(2024, 9, 2, 8, 0)
    doc.add_paragraph(DOCX_TITLE, style="Title")
    doc.add_paragraph("Fiche de lecture pour la classe de seconde.")
    doc.add_heading("Les causes", level=1)
    doc.add_paragraph(
        "En 1789, la France traverse une grave crise financière. Le peuple a faim et le pain coûte cher."
    )
    para = doc.add_paragraph("Le roi convoque les états généraux.")
    para.add_run().add_break()
    para.add_run("Les députés du tiers état se révoltent.")
    doc.add_paragraph("Liberté, égalité, fraternité.", style="Quote")
    doc.add_heading("Les dates importantes", level=1)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "14 juillet 1789"
    table.cell(0, 1).text = "Prise de la Bastille"
    table.cell(1, 0).text = "26 août 1789"
    table.cell(1, 1).text = "Déclaration des droits de l’homme et du citoyen"
    doc.add_paragraph("À retenir pour le contrôle de vendredi.")
    doc.save(str(path))


PDF_TITLE = "Une promenade en ville"
# (font size, indent, text) per line; "" = blank space between paragraphs. Lines are cut
# by hand as a typesetter would: "excep-/tion" is hyphenation, "peut-/être" a real hyphen.
PDF_PAGES = [
    [
        (18, 0, PDF_TITLE),
        ("gap", 0, ""),
        (11, 18, "Ce matin, Julie est sortie de chez elle très tôt. Le soleil se levait à peine"),
        (11, 0, "sur les toits de la ville, et les rues étaient encore vides. C’était une jour-"),
        (11, 0, "née exceptionnelle : pour une fois, elle n’avait pas cours."),
        (11, 18, "Elle a marché jusqu’au marché couvert, où les commerçants installaient leurs"),
        (11, 0, "étals. Un vieux monsieur vendait des fraises et des cerises ; il lui a dit que"),
        (11, 0, "c’était peut-"),
        (11, 0, "être la dernière semaine de la saison."),
    ],
    [
        (11, 18, "Ensuite, Julie a traversé le parc. Au-dessus du lac, un arc-en-"),
        (11, 0, "ciel apparaissait entre les nuages, et des enfants couraient après les ca-"),
        (11, 0, "nards en riant."),
        ("gap", 0, ""),
        (11, 0, "Elle est rentrée à midi, fatiguée mais contente de sa matinée."),
    ],
]
PDF_HEADER = "Lectures faciles – n° 12"


def make_pdf(path: Path) -> None:
    """A two-page text PDF (Helvetica, WinAnsi) with running header, page numbers, metadata."""
    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    catalog = add(b"")
    pages = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    for number, lines in enumerate(PDF_PAGES, 1):
        ops = [_pdf_text(9, 72, 800, PDF_HEADER, "F1")]
        y = 760
        for size, indent, text in lines:
            if size == "gap":
                y -= 10
                continue
            ops.append(_pdf_text(size, 72 + indent, y, text, "F2" if size > 11 else "F1"))
            y -= size + 4 if size > 11 else 14
        ops.append(_pdf_text(9, 295, 40, str(number), "F1"))
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (pages, content, font, bold)
            )
        )
    info = add(
        b"<< /Title (" + _pdf_str(PDF_TITLE) + b") /Author (" + _pdf_str("Paul Girard") + b") >>"
    )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    path.write_bytes(bytes(out))


def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_text(size: int, x: int, y: int, text: str, font: str) -> bytes:
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font.encode(), size, x, y, _pdf_str(text))


def make_malformed(epub_path: Path, pdf_path: Path, docx_path: Path) -> None:
    """Damaged and hostile inputs: every importer must answer them with ImportFailure or text."""
    MALFORMED.mkdir(parents=True, exist_ok=True)
    rng = random.Random(8)
    for source, name in ((epub_path, "truncated.epub"), (docx_path, "truncated.docx")):
        data = source.read_bytes()
        (MALFORMED / name).write_bytes(data[: len(data) * 2 // 3])
    pdf = pdf_path.read_bytes()
    (MALFORMED / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (MALFORMED / "header_only.pdf").write_bytes(b"%PDF-1.7\n")
    (MALFORMED / "random_bytes.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (MALFORMED / "random_bytes.epub").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    (MALFORMED / "zero_bytes.txt").write_bytes(b"")
    (MALFORMED / "nul_run.txt").write_bytes(b"\x00" * 4096)
    (MALFORMED / "ff_run.txt").write_bytes(b"\xff" * 10_000)
    (MALFORMED / "ff_run.pdf").write_bytes(b"%PDF-1.4\n" + b"\xff" * 10_000)
    depth = 20_000
    (MALFORMED / "deep.html").write_text(
        "<html><body>"
        + "<div>" * depth
        + "<p>Bonjour tout le monde.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    (MALFORMED / "unclosed.html").write_text("<html><body><p>Le début <b>d’un texte <i>mal fermé")
    (MALFORMED / "text_named.epub").write_text(
        "Ceci n’est pas un livre électronique.", encoding="utf-8"
    )
    (MALFORMED / "image_named.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512))
    )
    with zipfile.ZipFile(MALFORMED / "empty_container.epub", "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", "<container><rootfiles/></container>")
    with zipfile.ZipFile(MALFORMED / "no_body.docx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body>")
    (MALFORMED / "bad_cue.srt").write_text("1\n00:00:01,000 --> garbage\n\n\n2\n99:99\n")


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    epub_path, pdf_path, docx_path = (
        HERE / "contes.epub",
        HERE / "promenade.pdf",
        HERE / "revolution.docx",
    )
    make_epub(epub_path)
    make_docx(docx_path)
    make_pdf(pdf_path)
    make_malformed(epub_path, pdf_path, docx_path)


if __name__ == "__main__":
    main()
