"""Serve a built site on 127.0.0.1 the way GitHub Pages does: gzip for text, Cache-Control max-age=600, 404.html.

Lighthouse measures what goes over the wire, so the benchmark serves the site compressed like the real host.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from tests.support.serve import QuietSiteHandler, serve_dir

COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


@lru_cache(maxsize=1024)
def compressed(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class PagesLikeHandler(QuietSiteHandler):
    def send_head(self) -> BinaryIO | None:  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # Python's redirect to the folder URL
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not wants_gzip or not content_type.startswith(COMPRESSED_TYPES):
            return super().send_head()
        body = compressed(path, path.stat().st_mtime)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


@contextmanager
def serve_like_pages(root: Path) -> Iterator[str]:
    """Serve `root` on a free port of 127.0.0.1, compressed like GitHub Pages; yields "http://127.0.0.1:<port>/"."""
    with serve_dir(root, PagesLikeHandler) as url:
        yield url
