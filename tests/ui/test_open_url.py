"""File > Open URL… (Ctrl+Shift+O) against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import threading

import pytest

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>La rivière</title></head><body><nav>Accueil | Contact</nav><article>
<h1>La rivière</h1><p>Les maisons du village sont anciennes. Elles ont été construites au
dix-huitième siècle par des familles de paysans qui cultivaient les champs.</p>
</article></body></html>""".encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        code, body = (200, PAGE) if self.path == "/riviere.html" else (404, b"<p>no</p>")
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ctrl_shift_o_opens_a_web_page(make_window, qtbot, monkeypatch, server):
    window = make_window(open_sample=False)
    monkeypatch.setattr("reader.ui.messages.ask_text", lambda *a, **k: server + "/riviere.html")
    assert window.open_url_action.shortcut().toString() == "Ctrl+Shift+O"
    window.open_url_action.trigger()
    qtbot.waitUntil(
        lambda: "Les maisons du village sont anciennes." in window.view.toPlainText(),
        timeout=60_000,
    )
    assert "Accueil | Contact" not in window.view.toPlainText()


def test_a_missing_page_is_one_message(make_window, qtbot, monkeypatch, server):
    window = make_window(open_sample=False)
    errors = []
    monkeypatch.setattr("reader.ui.messages.ask_text", lambda *a, **k: server + "/gone")
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": errors.append((title, text)),
    )
    window.open_url_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert errors == [
        (
            "Cannot open this address",
            f"The server 127.0.0.1 answered 404 Not Found for {server}/gone.",
        )
    ]
