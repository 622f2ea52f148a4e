"""A tiny hand-written built site (ja at /, en at /en/) that passes every check; tests break one thing each."""

from __future__ import annotations

from pathlib import Path

from tests.support.site_config import SiteLayout

MINI_LAYOUT = SiteLayout(site_url="https://example.org/guide/", default_locale="ja", other_locales=("en",))

PAGE_TEMPLATE = """<!doctype html>
<html lang="{locale}">
<head><link rel="canonical" href="https://example.org/guide/{path}"><link rel="stylesheet" href="{up}style.css"></head>
<body>
<nav><a href="{up}{prefix}">home</a> <a href="{up}{prefix}about/">about</a></nav>
<div class="md-select">
  <a class="md-select__link" hreflang="ja" href="{up}{path_without_prefix}">日本語</a>
  <a class="md-select__link" hreflang="en" href="{up}en/{path_without_prefix}">English</a>
</div>
<h1 id="title">{title}</h1>
<p><a href="#title">top</a> <a href="https://support.apple.com/ja-jp/102606">Apple</a></p>
{extra}
</body>
</html>
"""

PAGE_PATHS = ("", "about/", "en/", "en/about/")


def page_html(path: str, extra: str = "") -> str:
    locale = "en" if path.startswith("en/") else "ja"
    prefix = "en/" if locale == "en" else ""
    path_without_prefix = path.removeprefix(prefix)
    up = "../" * path.count("/")
    return PAGE_TEMPLATE.format(
        locale=locale,
        path=path,
        up=up,
        prefix=prefix,
        path_without_prefix=path_without_prefix,
        title=f"page {path or 'start'}",
        extra=extra,
    )


def sitemap_xml(paths: tuple[str, ...] | list[str]) -> str:
    urls = "".join(f"<url><loc>{MINI_LAYOUT.site_url}{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def write_page(root: Path, path: str, html: str) -> None:
    file = root / path / "index.html"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(html, encoding="utf-8")


def write_minisite(root: Path) -> Path:
    """Write the valid mini site into `root` and return it."""
    for path in PAGE_PATHS:
        write_page(root, path, page_html(path))
    (root / "style.css").write_text("body {}\n", encoding="utf-8")
    (root / "404.html").write_text('<!doctype html><a href="/guide/">home</a>', encoding="utf-8")
    (root / "sitemap.xml").write_text(sitemap_xml(PAGE_PATHS), encoding="utf-8")
    return root
