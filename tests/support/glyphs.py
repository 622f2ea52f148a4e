"""Does the browser draw Japanese with a real font, or as tofu boxes?

`document.fonts.check()` says yes for any system font name, so instead each character is drawn on a canvas in the
page's own font stack and its pixels are compared with the .notdef box drawn for a code point no font has
(U+10FFFD, private use). A character drawn exactly like that box, or like another character, has no glyph.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page

NO_FONT_HAS_THIS = "\U0010fffd"

DRAW_CHARACTERS_JS = """
([characters, tofu, selector]) => {
  const family = getComputedStyle(document.querySelector(selector)).fontFamily;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 64;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  context.font = `48px ${family}`;
  context.textBaseline = "alphabetic";
  const draw = (character) => {
    context.clearRect(0, 0, 64, 64);
    context.fillStyle = "#000";
    context.fillText(character, 4, 52);
    const alpha = context.getImageData(0, 0, 64, 64).data.filter((_, index) => index % 4 === 3);
    return Array.from(alpha, (value) => (value > 127 ? "1" : "0")).join("");
  };
  return { family, tofu: draw(tofu), glyphs: characters.map((character) => [character, draw(character)]) };
}
"""


@dataclass(frozen=True)
class GlyphReport:
    font_family: str
    missing: list[str]  # characters drawn as the tofu box, blank, or identical to another character

    @property
    def all_drawn(self) -> bool:
        return not self.missing


def check_glyphs(page: Page, text: str, selector: str = "body") -> GlyphReport:
    """Draw every character of `text` in the font stack of `selector` and report those without a glyph."""
    distinct_characters = list(dict.fromkeys(text))
    result = page.evaluate(DRAW_CHARACTERS_JS, [distinct_characters, NO_FONT_HAS_THIS, selector])
    tofu: str = result["tofu"]
    bitmaps: list[tuple[str, str]] = [tuple(pair) for pair in result["glyphs"]]
    seen: dict[str, int] = {}
    for _, bitmap in bitmaps:
        seen[bitmap] = seen.get(bitmap, 0) + 1
    missing = [character for character, bitmap in bitmaps if bitmap == tofu or "1" not in bitmap or seen[bitmap] > 1]
    return GlyphReport(font_family=result["family"], missing=missing)


def platform_fonts(page: Page, selector: str) -> dict[str, int]:
    """The fonts Chromium actually used to draw the text of the first element matching `selector`: family -> glyphs."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        document = session.send("DOM.getDocument", {"depth": -1})
        node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
        if not node["nodeId"]:
            raise LookupError(f"no element matches {selector!r}")
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        return {font["familyName"]: font["glyphCount"] for font in fonts}
    finally:
        session.detach()
