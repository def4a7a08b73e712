"""Parse RSS 0.9x/1.0/2.0, Atom and JSON Feed documents into (link, published) entries, safely.

defusedxml refuses DTD entity declarations outright, so a "billion laughs" feed or one that
points at external entities fails fast with a clear reason instead of eating memory or the disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"


class FeedError(ValueError):
    """The document is not a feed pactwatch can read; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None
    published_at: str | None  # ISO 8601, or None when missing or unparseable


def parse_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed); an invalid date gives None, not an error."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _text(el: Element | None) -> str | None:
    return el.text.strip() if el is not None and el.text and el.text.strip() else None


def _atom_link(entry: Element) -> str | None:
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return None


def parse_feed(body: bytes) -> list[FeedEntry]:
    stripped = body.lstrip()
    if stripped[:1] == b"{":
        return _parse_json_feed(stripped)
    try:
        root = safe_et.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(f"unsafe XML refused ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise FeedError(f"not well-formed XML: {exc}") from exc
    entries: list[FeedEntry] = []
    if root.tag == f"{ATOM}feed":
        for entry in root.findall(f"{ATOM}entry"):
            link = _atom_link(entry)
            if link:
                date = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
                entries.append(FeedEntry(link, _text(entry.find(f"{ATOM}title")), parse_date(date)))
    elif root.tag == "rss":
        for item in root.iter("item"):
            link = _text(item.find("link")) or (
                _text(item.find("guid")) if item.find("guid") is not None
                and item.find("guid").get("isPermaLink", "true") == "true" else None)
            if link:
                date = _text(item.find("pubDate")) or _text(item.find(f"{DC}date"))
                entries.append(FeedEntry(link, _text(item.find("title")), parse_date(date)))
    elif root.tag == f"{RDF}RDF":
        for item in root.findall(f"{RSS1}item"):
            link = _text(item.find(f"{RSS1}link")) or item.get(f"{RDF}about")
            if link:
                entries.append(FeedEntry(link, _text(item.find(f"{RSS1}title")),
                                         parse_date(_text(item.find(f"{DC}date")))))
    else:
        raise FeedError(f"XML root <{root.tag}> is not RSS, RDF or Atom")
    return entries


def _parse_json_feed(body: bytes) -> list[FeedEntry]:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    return [
        FeedEntry(item.get("url") or item.get("external_url"), item.get("title"),
                  parse_date(item.get("date_published")))
        for item in data.get("items", [])
        if isinstance(item, dict) and (item.get("url") or item.get("external_url"))
    ]
