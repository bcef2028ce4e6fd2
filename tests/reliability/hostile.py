"""Generators of hostile inputs at any scale (small in the test suite, large in
benchmarks/attack.py). Everything is built in memory from nothing; no file is committed."""

from __future__ import annotations

import struct
import zlib

MB = 1024 * 1024


# -- deflate streams of any size, built without compressing that much ------------------------


def deflate_zeros(size: int, byte: bytes = b" ", crc: bool = True) -> tuple[bytes, int]:
    """(raw deflate stream, crc32) of `size` copies of `byte`, built from one repeated chunk.

    After a full flush the compressor starts afresh, so each 1 MB chunk compresses to the
    same bytes: a 5 GB member costs 5 MB and a CRC pass, not 5 GB of compression.
    """
    chunk_len = min(size, MB) or 1
    chunk = byte * chunk_len
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    full, rest = divmod(size, chunk_len)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = (tail.compress(byte * rest) if rest else b"") + tail.flush(zlib.Z_FINISH)
    value = 0
    if crc:  # skipped when only the declared sizes matter (a CRC pass over GBs takes seconds)
        for _ in range(full):
            value = zlib.crc32(chunk, value)
        value = zlib.crc32(byte * rest, value)
    return block * full + end, value & 0xFFFFFFFF


# -- ZIP archives written by hand (headers may lie) ---------------------------------------------


def zip_archive(members: list[tuple[str, bytes, int, int, int | None]]) -> bytes:
    """A ZIP of (name, deflated data or stored data, crc, real size, declared size or None).

    A member whose data is the raw deflate stream is flagged deflated when the real size
    differs from len(data); `declared` lets the headers lie about the unpacked size.
    Sizes above 4 GiB use ZIP64 extra fields.
    """
    out = bytearray()
    central = bytearray()
    for name, data, crc, real, declared in members:
        raw_name = name.encode()
        method = 0 if real == len(data) and declared is None else 8
        size = real if declared is None else declared
        zip64 = size >= 0xFFFFFFFF or len(data) >= 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, size, len(data)) if zip64 else b""
        s32 = 0xFFFFFFFF if zip64 else size
        c32 = 0xFFFFFFFF if zip64 else len(data)
        version = 45 if zip64 else 20
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, version, 0, method, 0, 0x21, crc, c32, s32,
            len(raw_name), len(extra),
        )  # fmt: skip
        out += raw_name + extra + data
        cextra = extra
        if offset >= 0xFFFFFFFF:
            raise ValueError("archive too large for this generator")
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, 0, method, 0, 0x21, crc,
            c32, s32, len(raw_name), len(cextra), 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += raw_name + cextra
    start = len(out)
    out += central
    count = len(members)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def stored(name: str, data: bytes) -> tuple[str, bytes, int, int, None]:
    return name, data, zlib.crc32(data) & 0xFFFFFFFF, len(data), None


def deflated(name: str, data: bytes) -> tuple[str, bytes, int, int, None]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), zlib.crc32(data) & 0xFFFFFFFF, len(data), None


_CONTAINER = b"""<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""
_OPF = b"""<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier>
<dc:title>Bombe</dc:title><dc:language>fr</dc:language></metadata>
<manifest><item id="c1" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="c1"/></spine></package>"""


def epub_bomb(unpacked: int, declared: int | None = None, crc: bool = True) -> bytes:
    """An EPUB whose one chapter inflates to `unpacked` bytes (headers say `declared`)."""
    data, crc_value = deflate_zeros(unpacked, crc=crc)
    return zip_archive(
        [
            stored("mimetype", b"application/epub+zip"),
            deflated("META-INF/container.xml", _CONTAINER),
            deflated("OEBPS/content.opf", _OPF),
            ("OEBPS/ch1.xhtml", data, crc_value, unpacked, declared),
        ]
    )


_CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""


def docx_bomb(unpacked: int, declared: int | None = None, crc: bool = True) -> bytes:
    """A DOCX whose document.xml inflates to `unpacked` bytes (headers say `declared`)."""
    data, crc_value = deflate_zeros(unpacked, crc=crc)
    return zip_archive(
        [
            deflated("[Content_Types].xml", _CONTENT_TYPES),
            ("word/document.xml", data, crc_value, unpacked, declared),
        ]
    )


# -- PDF ---------------------------------------------------------------------------------------


def pdf_flate_bomb(unpacked: int) -> bytes:
    """A one-page PDF whose content stream inflates to `unpacked` bytes of spaces."""
    raw, _crc = deflate_zeros(unpacked)
    stream = b"\x78\xda" + raw + struct.pack(">I", _adler_spaces(unpacked))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _adler_spaces(size: int) -> int:
    a, b = 1, 0
    mod = 65521
    # adler32 of `size` spaces (0x20) in closed form.
    a = (1 + 32 * size) % mod
    b = (size + 32 * size * (size + 1) // 2) % mod
    return (b << 16) | a


# -- HTML --------------------------------------------------------------------------------------


def html_many_attributes(count: int) -> bytes:
    """One element with `count` attributes (lxml's attribute check is quadratic)."""
    attrs = b" ".join(b"a%d=x" % i for i in range(count))
    return b"<html><body><p " + attrs + b">Bonjour tout le monde.</p></body></html>"


def html_many_elements(count: int) -> bytes:
    """A page of `count` tiny elements."""
    return b"<html><body>" + b"<span>mot</span>" * count + b"</body></html>"
