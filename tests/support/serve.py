"""Serve a built site on 127.0.0.1 from a daemon thread, the way GitHub Pages would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class QuietSiteHandler(SimpleHTTPRequestHandler):
    """Static files without access logs; a missing file gets the site's 404.html, as on GitHub Pages."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - name fixed by the base class
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not not_found_page.is_file() or self.command != "GET":
            super().send_error(code, message, explain)
            return
        body = not_found_page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietThreadingServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Browsers drop connections all the time; that is not worth a traceback."""


@contextmanager
def serve_dir(root: Path, handler_class: type[QuietSiteHandler] = QuietSiteHandler) -> Iterator[str]:
    """Serve `root` on a free port of 127.0.0.1; yields the base URL "http://127.0.0.1:<port>/".

    `handler_class` changes how files are answered (bench/gzip_server.py compresses them like GitHub Pages)."""
    if not root.is_dir():
        raise FileNotFoundError(f"cannot serve {root}: not a directory")
    handler = partial(handler_class, directory=str(root))
    server = QuietThreadingServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=f"serve {root}", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
