"""Test harness shared by all test folders, each helper defined once. Fixtures (tests/conftest.py):

- `built_site` (session) -> Path: the real site, a strict build of the repo's mkdocs.yml, built once.
- `build_fixture_site` -> build(config) -> BuildResult(returncode, output, site_dir, ok): builds a fixture site
  strict into a tmp dir; `config` is a mkdocs.yml, its folder, or a name under tests/fixtures/. Never raises on a
  failed build, so tests can check the messages.
- `built_fixture_site` (session) -> build(name) -> Path: a fixture site under tests/fixtures/, built once.
- `fixture_site_url` (session) -> url(name) -> "http://127.0.0.1:<port>/" serving that fixture site.
- `site_url` (session) -> "http://127.0.0.1:<port>/" serving `built_site` (missing files get 404.html).
- `browser` (session) -> playwright Browser: Debian's /usr/bin/chromium; fails with the install command if missing.
- `open_site_page(path, javascript=True)` -> (page, log) for a path of `site_url`; contexts closed after the test.

Helpers:
- paths: REPO_ROOT, REPO_CONFIG, DOCS_DIR, HOOKS_DIR, OVERRIDES_DIR, FIXTURES_DIR; page_path(page_id, lang), the
  URL path of a page in a built site.
- pages: valid(kind, **changes) front matter, write_page / write_both / write_minimal_site for tiny docs trees,
  TODAY, errors_of(docs) -> the content errors as the build reports them.
- hostile: HOSTILE_STRINGS / HOSTILE (procedure fields), HOSTILE_MARKDOWN, HOSTILE_DOT, HOSTILE_MARKED (whole sites).
- build.build_site(config_file, site_dir) -> BuildResult, in this process; build_site_in_subprocess, as the command.
- serve.serve_dir(path): context manager yielding "http://127.0.0.1:<free port>/".
- browser.open_page(browser, url, javascript=True) -> (Page, PageLog); close with `page.context.close()`.
  PageLog holds `requests`, `console_errors`, `page_errors`, `failed_requests`; requests leaving 127.0.0.1 are
  recorded, then aborted. browser.assert_only_local(log) and browser.assert_no_errors(log) fail listing offenders.
- glyphs.check_glyphs(page, text, selector="body") -> GlyphReport(font_family, missing): characters drawn as tofu;
  glyphs.platform_fonts(page, selector) -> {font family: glyph count} actually used to render an element.
- linkcheck: check_* functions over a BuiltSite(root, layout), each returning [Problem(page, link, reason)],
  printed as `page: link: reason`; check_site(root, layout) runs them all. site_config.load_layout(mkdocs.yml)
  reads site_url and the languages.
"""
