"""Core of the guide's generator, one sub-package per feature (README.md lists the modules):

- ``model``: reading the docs tree, the front-matter schema and its validation, twins' parity, the site model;
- ``flow``: the decision flow's graph, its rules, question and start pages, the flowchart (``flow.flowchart``);
- ``procedures``: step tabs, the printed step sheet, its QR code;
- ``search``: text normalisation, step sections, the rewritten search index;
- ``markup``: the Jinja environment and interface strings, escaping, inert links;
- ``links``: page-id links and anchors, defined once.

This package has no MkDocs imports, so it is tested directly and could move to another generator.
The thin MkDocs hooks in ``hooks/*_hook.py`` call into it.
"""
