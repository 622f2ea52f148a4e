"""Core of the guide's generator: front-matter schema, site model, flow graph and renderers.

This package has no MkDocs imports, so it is tested directly and could move to another generator.
The thin MkDocs hooks in ``hooks/*.py`` call into it.
"""
