"""Our copies of Material partials differ from Material's originals only by the accessibility/validity fix.

When Material is upgraded and its original changes, these tests fail: re-copy the partial and re-apply the fix.
"""

from __future__ import annotations

from pathlib import Path

import material
import pytest

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
OVERRIDES = Path(__file__).resolve().parents[2] / "overrides"

# partial -> (Material's text, our replacement): the whole of each difference.
FIXES: dict[str, list[tuple[str, str]]] = {
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        )
    ],
    "partials/footer.html": [
        ("{{ page.previous_page.title | e }}", "{{ page.previous_page.title }}"),
        ("{{ page.next_page.title | e }}", "{{ page.next_page.title }}"),
    ],
    "partials/nav-item.html": [
        (' tabindex="{{ tabindex }}">', '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>'),
        ("<small>{{ nav_item.meta.subtitle }}</small>", "<small>{{ nav_item.meta.subtitle | e }}</small>"),
        ('title="{{ config.extra.status[type] }}"', 'title="{{ config.extra.status[type] | e }}"'),
        (
            "{% if not index or item != index %}",
            "{% if (not index or item != index) and not (item.file and item.file.src_uri in guide_menu_hidden"
            " | default([])) %}",
        ),
    ],
}


def without_header_comment(text: str) -> str:
    """Drop the leading {#- ... -#} comment (Material's "generated" note, or ours explaining the copy)."""
    if text.startswith("{#-"):
        return text.split("-#}\n", 1)[1]
    return text


@pytest.mark.parametrize("partial", sorted(FIXES))
def test_override_is_materials_partial_plus_the_fix(partial: str) -> None:
    original = without_header_comment((MATERIAL_TEMPLATES / partial).read_text(encoding="utf-8"))
    ours = without_header_comment((OVERRIDES / partial).read_text(encoding="utf-8"))
    expected = original
    for before, after in FIXES[partial]:
        assert before in original, f"Material's {partial} changed: {before!r} is gone; re-copy it and redo the fix"
        expected = expected.replace(before, after)
    assert ours == expected, f"overrides/{partial} differs from Material's plus the fix: re-copy it and redo the fix"


@pytest.mark.parametrize("partial", sorted(FIXES))
def test_override_explains_itself(partial: str) -> None:
    header = (OVERRIDES / partial).read_text(encoding="utf-8").split("-#}", 1)[0]
    assert "Material" in header and "test_overrides.py" in header
