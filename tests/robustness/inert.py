"""Is hostile front-matter text inert in built output? Checks on the parsed DOM (and the search index's HTML)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.support.hostile import EVALUATED_JINJA


def injections(html: str) -> list[str]:
    """Every trace of markup that came out of the hostile text: elements, attributes, scripts, evaluated Jinja."""
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<{element.name}> element" for element in soup.find_all("q7inject")]
    found += [f"<{element.name} q7attr> attribute" for element in soup.find_all(attrs={"q7attr": True})]
    found += ["<script> running q7script" for script in soup.find_all("script") if "q7script" in script.get_text()]
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name.lower().startswith("on") and "q7script" in str(value):
                found.append(f"<{element.name} {name}={value!r}>")
    found += [f"Graphviz node {title.get_text()!r}" for title in soup.find_all("title") if title.get_text() == "q7node"]
    if EVALUATED_JINJA in soup.get_text():
        found.append(f"evaluated Jinja ({EVALUATED_JINJA})")
    return found


def visible_text(html: str) -> str:
    """The page's text without the SVG flowchart (which wraps labels over several lines), whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    for svg in soup.find_all("svg"):
        svg.decompose()
    return " ".join(soup.get_text(" ").split())


ACTIVE_ELEMENTS = {
    "script",
    "iframe",
    "object",
    "embed",
    "img",
    "style",
    "form",
    "input",
    "base",
    "meta",
    "link",
    "svg",
}
SAFE_SCHEMES = ("", "http", "https", "mailto")


def active_markup(html: str) -> list[str]:
    """What in a front-matter fragment could run, style, load, or take an id: it must be nothing."""
    from guide.markup.unsafe_links import scheme_of

    soup = BeautifulSoup(html, "html.parser")
    found = []
    for element in soup.find_all(True):
        if element.name in ACTIVE_ELEMENTS:
            found.append(f"<{element.name}> element")
        for name, value in element.attrs.items():
            if name.startswith("on") or name in ("style", "id", "name", "src", "srcset", "action", "formaction"):
                found.append(f"<{element.name} {name}>")
            if name == "href" and (scheme_of(str(value)) not in SAFE_SCHEMES or str(value).startswith("//")):
                found.append(f"<{element.name} href={value!r}>")
    return found
