"""What is already stored, so a run fetches only new articles and links copies to the first one.

The runner builds this from the warehouse (every stored URL and content hash; near-duplicate
signatures of the articles of the last `NEAR_DUP_DAYS` days) and from the run's raw batch files not
loaded yet (a crawl resumed after a kill, or another source crawled earlier the same day), and hands
it to the crawler process as one JSON-lines file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pactwatch.crawl import dedup
from pactwatch.crawl.batches import complete_lines


@dataclass
class KnownArticles:
    urls: set[str] = field(default_factory=set)
    hashes: dict[str, str] = field(default_factory=dict)          # content hash -> canonical URL
    near: dedup.NearDuplicateIndex = field(default_factory=dedup.NearDuplicateIndex)
    stored_this_run: set[str] = field(default_factory=set)        # URLs stored by the running crawl
    claimed: set[str] = field(default_factory=set)                # canonical URLs requested by any spider
    _signatures: dict = field(default_factory=dict)               # canonical URL -> MinHash signature

    def add(self, url: str | None, canonical_url: str | None, content_hash: str | None = None,
            body: str | None = None, signature=None) -> None:
        """Record a stored article; `signature` is a MinHash (array or encoded), else computed from `body`."""
        self.urls.update(u for u in (url, canonical_url) if u)
        key = canonical_url or url
        if not key:
            return
        if content_hash:
            self.hashes.setdefault(content_hash, key)
        if signature is None and body:
            signature = dedup.signature(body)
        if isinstance(signature, str):
            signature = dedup.decode(signature)
        if signature is not None and key not in self._signatures:
            self._signatures[key] = signature
            self.near.add(key, signature)

    def add_batch_files(self, paths) -> None:
        """Articles of raw batch files (published or still `.tmp`), bodies included."""
        for path in paths:
            for row in complete_lines(Path(path)):
                self.add(row.get("url"), row.get("canonical_url"), row.get("content_hash"), row.get("body"))

    def dump(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            for url in sorted(self.urls):
                handle.write(json.dumps({"u": url}) + "\n")
            for content_hash, key in sorted(self.hashes.items()):
                handle.write(json.dumps({"h": content_hash, "c": key}) + "\n")
            for key, signature in sorted(self._signatures.items()):
                handle.write(json.dumps({"c": key, "m": dedup.encode(signature)}) + "\n")

    @classmethod
    def load(cls, path: Path | str | None) -> "KnownArticles":
        known = cls()
        if not path or not Path(path).exists():
            return known
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if "u" in row:
                    known.urls.add(row["u"])
                elif "h" in row:
                    known.hashes.setdefault(row["h"], row["c"])
                elif row.get("m"):
                    known.add(None, row["c"], signature=row["m"])
        return known
