"""What the checks need to know from mkdocs.yml: the public URL and where each language lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class _TolerantLoader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' !!python/... and !ENV tags as plain values instead of running them."""


def _untagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)
_TolerantLoader.add_multi_constructor("!", _untagged)


@dataclass(frozen=True)
class SiteLayout:
    """The public base URL (ends with "/") and the languages: the default at the root, the others at "<locale>/"."""

    site_url: str
    default_locale: str
    other_locales: tuple[str, ...]

    @property
    def locales(self) -> tuple[str, ...]:
        return (self.default_locale, *self.other_locales)

    def prefix(self, locale: str) -> str:
        """URL path prefix of a language: "" for the default, "en/" for English."""
        return "" if locale == self.default_locale else f"{locale}/"

    def locale_of(self, url_path: str) -> str:
        for locale in self.other_locales:
            if url_path.startswith(self.prefix(locale)):
                return locale
        return self.default_locale

    def without_prefix(self, url_path: str) -> str:
        return url_path.removeprefix(self.prefix(self.locale_of(url_path)))

    def twin(self, url_path: str, locale: str) -> str:
        """The same page in `locale`: twin("about/x/", "en") == "en/about/x/"."""
        return self.prefix(locale) + self.without_prefix(url_path)

    @property
    def start_pages(self) -> tuple[str, ...]:
        return tuple(self.prefix(locale) for locale in self.locales)


def load_layout(config_file: Path) -> SiteLayout:
    """Read site_url and the i18n plugin's languages from a mkdocs.yml."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - safe loader
    site_url = str(config["site_url"])
    if not site_url.endswith("/"):
        site_url += "/"
    languages: list[dict[str, Any]] = []
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"]["languages"]
    default = next(str(language["locale"]) for language in languages if language.get("default"))
    others = tuple(str(language["locale"]) for language in languages if not language.get("default"))
    return SiteLayout(site_url=site_url, default_locale=default, other_locales=others)
