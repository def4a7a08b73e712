"""Near-duplicate signatures, the LSH index, and the known-articles file handed to the crawler."""

from pactwatch.crawl import dedup
from pactwatch.crawl.known import KnownArticles
from tests.crawl.fault_server import article_text

STORY = " ".join(article_text("wire-story", 5))


def test_syndicated_copy_is_near_duplicate_and_other_stories_are_not():
    copy = "This story first appeared on the wire. " + STORY[:-120] + " Reporting by our correspondents."
    index = dedup.NearDuplicateIndex()
    index.add("https://a.example/story", dedup.signature(STORY))
    match = index.find(dedup.signature(copy))
    assert match and match[0] == "https://a.example/story" and match[1] >= dedup.THRESHOLD
    assert index.find(dedup.signature(" ".join(article_text("other-story", 5)))) is None


def test_short_texts_have_no_signature():
    assert dedup.signature("too short to judge") is None
    assert dedup.NearDuplicateIndex().find(None) is None


def test_known_articles_round_trip(tmp_path):
    known = KnownArticles()
    known.add("https://a.example/s?utm_source=x", "https://a.example/s", "hash1", STORY)
    known.dump(tmp_path / "known.jsonl")
    loaded = KnownArticles.load(tmp_path / "known.jsonl")
    assert loaded.urls == {"https://a.example/s?utm_source=x", "https://a.example/s"}
    assert loaded.hashes == {"hash1": "https://a.example/s"}
    assert loaded.near.find(dedup.signature(STORY))[0] == "https://a.example/s"
