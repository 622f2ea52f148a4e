"""YAML as the tests write front matter: no anchors or aliases for values used twice (front matter refuses them)."""

from __future__ import annotations

import yaml


class PlainDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True
