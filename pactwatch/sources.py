"""The sources file: which sites to crawl and how, validated with errors that name the line.

A typo in a sources file must never reach the crawler as a silent default, so every key is
checked against the keys its source kind accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from lxml import etree
from parsel.csstranslator import HTMLTranslator

# Keys every source accepts, then the keys each kind adds. Kinds are crawled by the generic spider
# of the same name in scrapers/spiders/; docs/sources.md describes each key with an example.
COMMON_KEYS = {"id", "kind", "enabled", "name", "language", "country", "max_pages", "notes", "allow", "deny"}
_WEB = {"download_delay", "concurrency"}          # politeness overrides for the source's host
_PAGED = {"max_index_pages"}                     # index pages (feed pages, sitemaps, listing/API pages) per run
KIND_KEYS: dict[str, set[str]] = {
    "feed": {"url", "lookback_days"} | _WEB,
    "sitemap": {"url", "lookback_days", "follow"} | _WEB | _PAGED,
    "json_api": {"url", "items", "link", "link_template", "date", "title", "next", "page_param", "page_step",
                 "total", "lookback_days", "article_body", "article_title", "article_date"} | _WEB | _PAGED,
    "listing": {"url", "link_css", "link_xpath", "next_css", "next_xpath"} | _WEB | _PAGED,
    "urls": {"urls"} | _WEB,
    "archive": {"path", "url_prefix"},
}
REQUIRED_KEYS: dict[str, set[str]] = {
    "feed": {"url"},
    "sitemap": {"url"},
    "json_api": {"url", "items"},
    "listing": {"url"},
    "urls": {"urls"},
    "archive": {"path"},
}
# At least one key of each group.
REQUIRED_ONE_OF: dict[str, list[tuple[str, ...]]] = {
    "json_api": [("link", "link_template")],
    "listing": [("link_css", "link_xpath")],
}
POSITIVE_INT_KEYS = {"max_pages", "max_index_pages", "lookback_days", "page_step", "concurrency"}
PATTERN_KEYS = {"allow", "deny", "follow"}
CSS_KEYS = {"link_css", "next_css"}
XPATH_KEYS = {"link_xpath", "next_xpath"}
TEXT_KEYS = {"name", "language", "country", "notes", "items", "link", "link_template", "date", "title", "next",
             "page_param", "total", "article_body", "article_title", "article_date", "path", "url_prefix"}


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, line and key."""


@dataclass(frozen=True)
class Source:
    id: str
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    @property
    def url(self) -> str | None:
        url = self.settings.get("url")
        return url[0] if isinstance(url, list) else url

    def urls(self) -> list[str]:
        """Every web address the source starts from (none for an archive)."""
        url = self.settings.get("url")
        return [*([url] if isinstance(url, str) else url or []), *self.settings.get("urls", [])]

    def hosts(self) -> set[str]:
        return {urlsplit(u).hostname or "" for u in self.urls()}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "enabled": self.enabled, **self.settings}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _is_web_url(value: Any) -> bool:
    return isinstance(value, str) and urlsplit(value).scheme in ("http", "https") and bool(urlsplit(value).netloc)


def _check_value(key: str, value: Any) -> str | None:
    """Why a key's value is unusable, or None."""
    if key in POSITIVE_INT_KEYS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return "must be a whole number of at least 1"
    elif key == "download_delay":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            return "must be a number of seconds (0 or more)"
    elif key == "url":
        values = value if isinstance(value, list) else [value]
        if not values or not all(_is_web_url(v) for v in values):
            return "must be an http(s) URL" + (" or a list of them" if isinstance(value, list) else "")
    elif key == "urls":
        if not isinstance(value, list) or not value or not all(_is_web_url(v) for v in value):
            return "must be a non-empty list of http(s) URLs"
    elif key in PATTERN_KEYS:
        values = value if isinstance(value, list) else [value]
        for pattern in values:
            if not isinstance(pattern, str):
                return "must be a regular expression or a list of them"
            try:
                re.compile(pattern)
            except re.error as exc:
                return f"{pattern!r} is not a valid regular expression ({exc})"
    elif key in CSS_KEYS:
        try:
            HTMLTranslator().css_to_xpath(str(value))
        except Exception as exc:  # cssselect raises several error types
            return f"{value!r} is not a valid CSS selector ({exc})"
    elif key in XPATH_KEYS:
        try:
            etree.XPath(str(value))
        except etree.XPathSyntaxError as exc:
            return f"{value!r} is not a valid XPath expression ({exc})"
    elif key in TEXT_KEYS and not isinstance(value, str):
        return "must be text"
    return None


def parse_sources(text: str, origin: str = "<sources>", base_dir: Path | None = None) -> list[Source]:
    """Parse and validate the YAML text of a sources file.

    Relative archive paths are resolved against `base_dir` (the sources file's folder).
    """
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise SourcesError(f"{origin}: expected a mapping with a 'sources' list at the top")
    top = {k.value: v for k, v in root.value}
    unknown_top = set(top) - {"sources"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        node = next(k for k, _ in root.value if k.value == key)
        raise SourcesError(f"{origin}, line {_line(node)}: unknown top-level key '{key}' (expected 'sources')")
    sources_node = top.get("sources")
    if not isinstance(sources_node, yaml.SequenceNode):
        raise SourcesError(f"{origin}: 'sources' must be a list of sources")

    sources: list[Source] = []
    seen: dict[str, int] = {}
    for item in sources_node.value:
        where = f"{origin}, line {_line(item)}"
        if not isinstance(item, yaml.MappingNode):
            raise SourcesError(f"{where}: each source must be a mapping with 'id' and 'kind'")
        keys = {k.value: k for k, _ in item.value}
        data = yaml.safe_load(yaml.serialize(item))
        source_id = data.get("id")
        if source_id is None:
            raise SourcesError(f"{where}: source has no 'id'")
        if not isinstance(source_id, str):
            raise SourcesError(f"{where}: 'id' must be text, got {source_id!r} (quote it)")
        where = f"{origin}, line {_line(item)}, source '{source_id}'"
        if source_id in seen:
            raise SourcesError(f"{where}: duplicate id (first defined on line {seen[source_id]})")
        seen[source_id] = _line(item)
        kind = data.get("kind")
        if kind not in KIND_KEYS:
            raise SourcesError(
                f"{where}: unknown kind {kind!r}; expected one of {', '.join(sorted(KIND_KEYS))}"
            )
        allowed = COMMON_KEYS | KIND_KEYS[kind]
        for key, node in keys.items():
            if key not in allowed:
                raise SourcesError(
                    f"{origin}, line {_line(node)}, source '{source_id}': unknown key '{key}' for kind "
                    f"'{kind}' (allowed: {', '.join(sorted(allowed))})"
                )
        missing = REQUIRED_KEYS[kind] - set(data)
        if missing:
            raise SourcesError(f"{where}: missing required key '{sorted(missing)[0]}' for kind '{kind}'")
        for group in REQUIRED_ONE_OF.get(kind, []):
            if not set(group) & set(data):
                raise SourcesError(f"{where}: kind '{kind}' needs one of the keys {', '.join(group)}")
        for key, node in keys.items():
            problem = _check_value(key, data[key]) if key not in ("id", "kind", "enabled") else None
            if problem:
                raise SourcesError(f"{origin}, line {_line(node)}, source '{source_id}': '{key}' {problem}")
        if kind == "archive" and base_dir is not None:
            data["path"] = str((Path(base_dir) / Path(data["path"]).expanduser()).resolve())
        enabled = data.pop("enabled", True)
        if not isinstance(enabled, bool):
            raise SourcesError(f"{where}: 'enabled' must be true or false")
        settings = {k: v for k, v in data.items() if k not in {"id", "kind"}}
        sources.append(Source(id=source_id, kind=kind, settings=settings, enabled=enabled))
    return sources


def load_sources(path: Path | str, enabled_only: bool = True) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read sources file: {exc.strerror}") from exc
    sources = parse_sources(text, origin=str(path), base_dir=path.resolve().parent)
    return [s for s in sources if s.enabled] if enabled_only else sources
