"""Open URL against a local HTTP server on 127.0.0.1: the page, and each failure's message."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from reader.core.errors import ImportFailure
from reader.core.fetch import fetch, normalise_url, open_url

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le village au bord de la rivière</title></head><body>
<nav>Accueil | Contact</nav>
<article><h1>Le village au bord de la rivière</h1>
<p>Les maisons du village sont anciennes. Elles ont été construites au dix-huitième siècle
par des familles de paysans qui cultivaient les champs autour de la rivière.</p>
<p>Aujourd'hui, les habitants accueillent les visiteurs tout l'été et racontent l'histoire
de leur région avec beaucoup de plaisir.</p></article></body></html>""".encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        if self.path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, "text/html", b"<p>" + b"a" * 300_000 + b"</p>")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        elif self.path == "/notes.txt":
            self._send(200, "text/plain; charset=utf-8", "Bonjour à tous. Il fait beau.".encode())
        else:
            self._send(404, "text/html", b"<p>nope</p>")

    def _send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_imported_as_a_saved_page(server):
    source = open_url(server + "/moved")  # redirects are followed
    assert source.title == "Le village au bord de la rivière"
    assert "Les maisons du village sont anciennes." in source.text
    assert "Accueil | Contact" not in source.text  # read like a saved page: no menu
    assert source.meta["url"] == server + "/article.html"


def test_plain_text_page(server):
    source = open_url(server + "/notes.txt")
    assert source.text.strip() == "Bonjour à tous. Il fait beau."


def test_failures_are_one_clear_sentence(server):
    with pytest.raises(ImportFailure, match=r"answered 404 Not Found"):
        fetch(server + "/missing")
    with pytest.raises(ImportFailure, match=r"larger than 0.1 MB: not opened"):
        fetch(server + "/big", max_bytes=100_000)
    with pytest.raises(ImportFailure, match=r"No answer from 127.0.0.1 within 0.5 s"):
        fetch(server + "/slow", timeout=0.5)
    port = server.rsplit(":", 1)[1]
    closed = f"http://127.0.0.1:{int(port) + 1 if int(port) < 65535 else 1}/"
    with pytest.raises(ImportFailure, match=r"Could not reach 127.0.0.1"):
        fetch(closed, timeout=2)


def test_addresses_are_checked_before_anything_is_sent():
    assert normalise_url(" lemonde.fr/article ") == "https://lemonde.fr/article"
    with pytest.raises(ImportFailure, match="Only web addresses"):
        normalise_url("file:///etc/passwd")
    with pytest.raises(ImportFailure, match="Type or paste a web address"):
        normalise_url("   ")
    with pytest.raises(ImportFailure, match="is not a web address"):
        normalise_url("https://")
