"""Markup from front matter: the Jinja environment and interface strings, escaping, inert script links."""
