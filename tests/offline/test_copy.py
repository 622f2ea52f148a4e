"""What the offline copy holds (guide.offline.copy), read from the real built site: every page of the site model in
each language, the start page first; every stylesheet, script and image those pages load from the site itself, and
nothing from anywhere else; a version that changes with any byte of them, and a clear error for a page not built."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from guide.links import page_location
from guide.model.site import Site, load_site
from guide.offline.copy import OfflineCopyError, offline_copy, page_paths

from tests.quality.weight import COPY_BUDGET, KB, copy_weight
from tests.support.paths import DOCS_DIR


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS_DIR, today=date.today())[0]


def test_the_copy_has_every_page_of_each_language_the_start_page_first(site: Site, built_site: Path) -> None:
    copy = offline_copy(site, built_site)
    assert set(copy.pages) == {"ja", "en"}
    for lang, paths in copy.pages.items():
        expected = {page_location(record.page_id, lang, "ja") for record in site.in_language(lang)}
        assert set(paths) == expected and len(paths) == len(expected)
        assert paths[0] == ("" if lang == "ja" else "en/")
    for wanted in ("procedures/request-account-recovery-web/", "flowchart/", "about/account-recovery-waiting-period/"):
        assert wanted in copy.pages["ja"] and "en/" + wanted in copy.pages["en"]


def test_the_copy_has_every_file_the_pages_load_from_the_site_and_nothing_else(site: Site, built_site: Path) -> None:
    copy = offline_copy(site, built_site)
    loaded = set()
    for path in (*copy.pages["ja"], *copy.pages["en"]):
        soup = BeautifulSoup((built_site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        base = "http://site.invalid/" + path
        addresses = [link["href"] for link in soup.select("link[rel~=stylesheet], link[rel~=icon]")]
        addresses += [tag["src"] for tag in soup.select("script[src], img[src]")]
        for address in addresses:
            resolved = urlsplit(urljoin(base, address))
            if resolved.netloc == "site.invalid":
                loaded.add(resolved.path.lstrip("/"))
    assert set(copy.files) == loaded
    assert all((built_site / file).is_file() for file in copy.files)
    assert {"assets/javascripts/offline.js", "assets/javascripts/timeline.js", "assets/images/favicon.png"} <= loaded
    assert not [file for file in copy.files if file.endswith((".json", ".map", "offline-worker.js"))]


def test_the_version_follows_every_byte_of_the_copy(site: Site, built_site: Path, tmp_path: Path) -> None:
    copy = offline_copy(site, built_site)
    assert len(copy.version) == 16 and offline_copy(site, built_site).version == copy.version
    changed = tmp_path / "site"
    shutil.copytree(built_site, changed)
    css = changed / "assets" / "stylesheets" / "guide.css"
    css.write_bytes(css.read_bytes() + b"\n")
    assert offline_copy(site, changed).version != copy.version
    shutil.copy2(built_site / "assets" / "stylesheets" / "guide.css", css)
    page = changed / "en" / "index.html"
    page.write_bytes(page.read_bytes().replace(b"</h1>", b"!</h1>", 1))
    assert offline_copy(site, changed).version != copy.version


def test_a_page_the_build_did_not_write_is_named(site: Site, built_site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(built_site, broken)
    (broken / "en" / "flowchart" / "index.html").unlink()
    with pytest.raises(OfflineCopyError, match=r"^/en/flowchart/ was not built \("):
        offline_copy(site, broken)
    shutil.copytree(built_site, broken, dirs_exist_ok=True)
    (broken / "assets" / "javascripts" / "language-switch.js").unlink()
    with pytest.raises(
        OfflineCopyError, match=r"^/ loads assets/javascripts/language-switch\.js, which is not in the built site$"
    ):
        offline_copy(site, broken)


def test_page_paths_are_the_sites_urls(site: Site) -> None:
    assert page_paths(site, "en")[:2] == ("en/", "en/about/account-recovery-waiting-period/")


def test_the_copy_of_each_language_stays_within_its_budget(site: Site, built_site: Path) -> None:
    """The one download a first visit adds in the background: every page of the language and the files they load."""
    copy = offline_copy(site, built_site)
    for lang, pages in copy.pages.items():
        weight = copy_weight(built_site, [*copy.files, *pages])
        assert weight > 100 * KB  # every page is in it
        assert weight <= COPY_BUDGET, f"the {lang} copy is {weight / KB:.1f} KB with gzip, over {COPY_BUDGET // KB} KB"
