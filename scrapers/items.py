"""What the spiders emit: an article, or a crawl-log entry for a request that gave no article."""

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    source_id: str
    url: str
    canonical_url: str
    title: str
    body: str
    language: str
    author: str | None
    published_at: str | None
    fetched_at: str
    content_hash: str
    http_status: int = 200
    # MinHash of the body, computed with the extraction; used by the dedup pipeline, not written out.
    near_dup_signature: str | None = field(default=None, repr=False, compare=False)


@dataclass
class CrawlLogItem:
    """One request's outcome: 'duplicate', 'dropped' (not an article) or 'error' (could not fetch or parse).

    `duplicate_of` is the canonical URL of the stored copy a duplicate was matched with.
    """

    source_id: str
    url: str
    outcome: str
    http_status: int | None = None
    error: str | None = None
    duplicate_of: str | None = None
