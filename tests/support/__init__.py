"""Test harness shared by all test folders. Fixtures (tests/conftest.py):

- `built_site` (session) -> Path: the real site, `mkdocs build --strict` of the repo's mkdocs.yml, built once.
- `build_fixture_site` -> build(config) -> BuildResult(returncode, output, site_dir, ok): builds a fixture site
  strict into a tmp dir; `config` is a mkdocs.yml, its folder, or a name under tests/fixtures/. Never raises on a
  failed build, so tests can check the messages.
- `site_url` (session) -> "http://127.0.0.1:<port>/" serving `built_site` (missing files get 404.html).
- `browser` (session) -> playwright Browser: Debian's /usr/bin/chromium; fails with the install command if missing.
- `open_site_page(path, javascript=True)` -> (page, log) for a path of `site_url`; contexts closed after the test.

Helpers:
- build.build_site(config_file, site_dir) -> BuildResult.
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
