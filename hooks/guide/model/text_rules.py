"""What a front-matter text may contain: visible characters, no control characters, noncharacters, lone
surrogates, bidirectional overrides (which reorder what a reader sees) or other invisible format characters, within
the schema's length limits.

Used by the schema's ``Text`` and ``Markdown`` types, so each refusal names the field.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls but tab and line feed (whitespace, which one-line fields collapse), DEL, lone surrogates (a YAML
# "\ud800"), noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), bidirectional embeddings, overrides and isolates.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_REFUSED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}\u202a-\u202e\u2066-\u2069]")
# Format characters (Unicode category Cf) draw nothing and can change what a reader sees: tag characters
# (U+E0001, U+E0020..U+E007F) smuggle text past a reviewer, U+200B and U+2060 split a word in two for search. No
# real page needs one; ZWNJ and ZWJ stay, as emoji sequences and some scripts need them.
_FORMAT_KEPT = frozenset("\u200c\u200d")
# Characters that draw nothing although they are not spaces: fillers of Hangul and Braille.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def check_text(value: str) -> str:
    """Refuse a text with a character of _REFUSED or without any visible character (a zero-width space alone)."""
    found = _REFUSED.search(value)
    if found is not None:
        character = found.group()
        name = unicodedata.name(character, "a control character or noncharacter")
        raise ValueError(f"contains U+{ord(character):04X} ({name}) at character {found.start() + 1}: not allowed")
    for position, character in enumerate(value, start=1):
        if unicodedata.category(character) == "Cf" and character not in _FORMAT_KEPT:
            name = unicodedata.name(character, "a format character")
            code = f"U+{ord(character):04X}"
            raise ValueError(f"contains {code} ({name}) at character {position}: invisible, not allowed")
    if not _has_visible_character(value):
        raise ValueError("has no visible character")
    return value


def _has_visible_character(value: str) -> bool:
    return any(
        not character.isspace()
        and unicodedata.category(character) not in ("Cf", "Cc", "Mn", "Me", "Zs")
        and character not in _INVISIBLE
        for character in value
    )
