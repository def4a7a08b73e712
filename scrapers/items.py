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


@dataclass
class CrawlLogItem:
    """One request's outcome: 'dropped' (not an article) or 'error' (could not fetch or parse)."""

    source_id: str
    url: str
    outcome: str
    http_status: int | None = None
    error: str | None = None
    extra: dict = field(default_factory=dict)
