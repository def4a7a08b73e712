"""The sources file: which sites to crawl and how, validated with errors that name the line.

A typo in a sources file must never reach the crawler as a silent default, so every key is
checked against the keys its source kind accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Keys every source accepts, then the keys each kind adds. Kinds are crawled by the generic spider
# of the same name in scrapers/spiders/.
COMMON_KEYS = {"id", "kind", "enabled", "name", "language", "country", "max_pages", "notes"}
KIND_KEYS: dict[str, set[str]] = {
    "feed": {"url"},
}
REQUIRED_KEYS: dict[str, set[str]] = {
    "feed": {"url"},
}


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
        return self.settings.get("url")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "enabled": self.enabled, **self.settings}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def parse_sources(text: str, origin: str = "<sources>") -> list[Source]:
    """Parse and validate the YAML text of a sources file."""
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
    sources = parse_sources(text, origin=str(path))
    return [s for s in sources if s.enabled] if enabled_only else sources
