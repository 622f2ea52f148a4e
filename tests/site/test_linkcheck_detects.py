"""Each link check fails on a tiny broken site, naming the page, the link and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.linkcheck import (
    BuiltSite,
    Problem,
    check_external_link_form,
    check_fragments,
    check_internal_links,
    check_language_switcher,
    check_reachability,
    check_site,
    check_sitemap,
    check_twins,
)
from tests.support.minisite import MINI_LAYOUT, PAGE_PATHS, page_html, sitemap_xml, write_minisite, write_page


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_minisite(tmp_path / "site")


def site_of(root: Path) -> BuiltSite:
    return BuiltSite(root, MINI_LAYOUT)


def add_to_page(root: Path, path: str, extra: str) -> None:
    write_page(root, path, page_html(path, extra=extra))


def test_valid_minisite_passes_every_check(root: Path) -> None:
    assert check_site(root, MINI_LAYOUT) == []


def test_broken_internal_link_is_reported(root: Path) -> None:
    add_to_page(root, "about/", '<a href="../missing/">gone</a>')
    assert check_internal_links(site_of(root)) == [Problem("/about/", "../missing/", "no such file: /missing/")]


def test_missing_image_is_reported(root: Path) -> None:
    add_to_page(root, "en/", '<img src="img/qr.png" alt="">')
    assert check_internal_links(site_of(root)) == [Problem("/en/", "img/qr.png", "no such file: /en/img/qr.png")]


@pytest.mark.parametrize("href", ["../../../elsewhere/", "/other-site/"])
def test_link_leaving_the_site_root_is_reported(root: Path, href: str) -> None:
    add_to_page(root, "about/", f'<a href="{href}">out</a>')
    assert check_internal_links(site_of(root)) == [Problem("/about/", href, "points outside the site root")]


def test_missing_fragment_in_other_page_is_reported(root: Path) -> None:
    add_to_page(root, "about/", '<a href="../#nowhere">start</a>')
    expected = Problem("/about/", "../#nowhere", "no element with id 'nowhere' in /")
    assert check_fragments(site_of(root)) == [expected]


def test_missing_fragment_in_same_page_is_reported(root: Path) -> None:
    add_to_page(root, "en/about/", '<a href="#step-3">step 3</a>')
    expected = Problem("/en/about/", "#step-3", "no element with id 'step-3' in /en/about/")
    assert check_fragments(site_of(root)) == [expected]


def test_percent_encoded_japanese_fragment_matches_its_id(root: Path) -> None:
    add_to_page(
        root,
        "about/",
        '<h2 id="確認コード">確認コード</h2><a href="#%E7%A2%BA%E8%AA%8D%E3%82%B3%E3%83%BC%E3%83%89">x</a>',
    )
    assert check_fragments(site_of(root)) == []


def test_switcher_pointing_at_the_start_page_is_reported(root: Path) -> None:
    html = page_html("en/about/").replace('hreflang="ja" href="../../about/"', 'hreflang="ja" href="../../"')
    write_page(root, "en/about/", html)
    expected = Problem("/en/about/", "../../", "language switcher for ja points at / instead of /about/")
    assert check_language_switcher(site_of(root)) == [expected]


def test_page_without_switcher_is_reported(root: Path) -> None:
    write_page(root, "about/", page_html("about/").replace("md-select__link", "plain-link"))
    assert check_language_switcher(site_of(root)) == [
        Problem("/about/", "switcher[ja]", "no language switcher link"),
        Problem("/about/", "switcher[en]", "no language switcher link"),
    ]


def test_page_in_one_language_only_is_reported(root: Path) -> None:
    write_page(root, "solo/", page_html("solo/"))
    problems = check_twins(site_of(root))
    assert problems == [Problem("/solo/", "/en/solo/", "twin page missing: exists in ja only")]


def test_page_not_linked_from_the_start_pages_is_reported(root: Path) -> None:
    for path in ("hidden/", "en/hidden/"):
        write_page(root, path, page_html(path))
    reason = "not reachable by links from / and /en/"
    problems = sorted(check_reachability(site_of(root)))
    assert problems == [Problem("/en/hidden/", "-", reason), Problem("/hidden/", "-", reason)]


def test_page_missing_from_sitemap_is_reported(root: Path) -> None:
    (root / "sitemap.xml").write_text(sitemap_xml([path for path in PAGE_PATHS if path != "en/about/"]))
    expected = Problem("/en/about/", "/sitemap.xml", "not listed in the sitemap as https://example.org/guide/en/about/")
    assert check_sitemap(site_of(root)) == [expected]


def test_relative_url_in_sitemap_is_reported(root: Path) -> None:
    sitemap = sitemap_xml(PAGE_PATHS).replace("https://example.org/guide/about/", "/guide/about/")
    (root / "sitemap.xml").write_text(sitemap)
    problems = check_sitemap(site_of(root))
    assert Problem("/sitemap.xml", "/guide/about/", "not an absolute URL under https://example.org/guide/") in problems


def test_sitemap_entry_without_page_is_reported(root: Path) -> None:
    (root / "sitemap.xml").write_text(sitemap_xml([*PAGE_PATHS, "gone/"]))
    expected = Problem("/sitemap.xml", "https://example.org/guide/gone/", "lists a page that does not exist")
    assert check_sitemap(site_of(root)) == [expected]


def test_missing_sitemap_is_reported(root: Path) -> None:
    (root / "sitemap.xml").unlink()
    assert check_sitemap(site_of(root)) == [Problem("/sitemap.xml", "-", "sitemap.xml missing")]


@pytest.mark.parametrize(
    ("href", "reason"),
    [
        ("http://support.apple.com/ja-jp/102606", "insecure http:// link: use https://"),
        ("//support.apple.com/", "protocol-relative URL: write https://"),
        ("https://support.apple .com/", "malformed URL: contains whitespace or a backslash"),
        ("https:/support.apple.com/", "malformed URL: https: must be followed by //"),
        ("https://-apple-.com/", "malformed URL: -apple-.com is not a host name"),
        ("https://apple/", "malformed URL: apple is not a host name"),
        ("https://support.apple.com:port/", "malformed URL: bad port"),
        ("javascript:alert(1)", "unsupported scheme javascript: (only https:// links leave the site)"),
    ],
)
def test_badly_formed_external_link_is_reported(root: Path, href: str, reason: str) -> None:
    add_to_page(root, "en/about/", f'<a href="{href}">x</a>')
    assert check_external_link_form(site_of(root)) == [Problem("/en/about/", href, reason)]


def test_problem_reads_page_link_reason() -> None:
    assert str(Problem("/about/", "../x/", "no such file: /x/")) == "/about/: ../x/: no such file: /x/"
