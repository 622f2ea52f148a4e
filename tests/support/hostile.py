"""Front-matter text that would become markup, template code or Graphviz syntax if it were not escaped.

Each list has a purpose of its own; tests that render text check that it comes out literally.
"""

from __future__ import annotations

# Procedure fields (tests/procedures): raw HTML and template syntax first (they stay text in every field, Markdown
# ones included), then a Markdown link with a script-running scheme.
HOSTILE_STRINGS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "{% raw %}",
    "*em* [x](javascript:alert(1))",
)
HOSTILE = " ".join(HOSTILE_STRINGS)

# Inline Markdown text (tests/markup): every kind of Markdown and pymdown-extensions syntax, entities, DOT.
HOSTILE_MARKDOWN = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "*em* __strong__ `code` [link](javascript:alert(1))",
    "{{ 7*7 }} {% raw %}",
    "==mark== ~~del~~ ^^ins^^ ++ctrl+alt++ a|b",
    "&amp; &lt;b&gt; &#60;i&#62;",
    "1. not a list\n# not a heading",
    'digraph { a -> b [label="x"] }',
]

# Flowchart labels (tests/flow/flowchart): DOT syntax, DOT escape sequences, HTML-like labels, line breaks.
HOSTILE_DOT = [
    '<b>bold</b> & "quoted" &amp; &#60;',
    '"]; a -> b [label="x"',
    "{{ config }} {% if %} \\N \\G \\L \\",
    "<<html-like>>",
    "line\nbreak\ttab",
    "ends with a backslash \\",
]

# Whole built sites (tests/robustness): markers that would show up as an element, an attribute, a script, evaluated
# Jinja or a Graphviz node if any of this text were injected (tests/robustness/inert.py looks for them).
HOSTILE_MARKED = (
    "<q7inject q7attr=1>"
    ' "><q7inject q7attr=1>'
    " '><q7inject q7attr=1>"
    ' " q7attr="1'
    " ' q7attr='1"
    " <script>q7script()</script>"
    " <img src=x onerror=q7script()>"
    " {{ 7*6007 }} {% if true %}q7jinja{% endif %} {# q7comment #}"
    ' "]; q7node [q7attr=1]; x [label="'
    " <svg><q7inject/></svg> ]]> <!-- -->"
)
EVALUATED_JINJA = "42049"  # 7*6007
