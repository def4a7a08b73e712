"""Raw batch files: atomic publication, rolling, recovery of a killed crawl's `.tmp` files, validators."""

import json

import pytest

from pactwatch.crawl.batches import BatchWriter, SourceBusy, Validators, recover_orphans, source_lock


def article(n: int) -> dict:
    return {"run_id": "r", "source_id": "s", "url": f"http://s/{n}", "canonical_url": f"http://s/{n}",
            "body": "b", "fetched_at": "2025-07-22T10:00:00+00:00", "http_status": 200}


def log(n: int, outcome: str = "stored") -> dict:
    return {"run_id": "r", "source_id": "s", "url": f"http://s/{n}", "outcome": outcome}


def test_batches_roll_and_are_published_atomically(tmp_path):
    writer = BatchWriter(tmp_path, max_items=2)
    for n in range(3):
        writer.write_article(article(n), log(n))
    assert len(list(tmp_path.glob("articles-*.jsonl"))) == 1        # the first full batch is published
    assert len(list(tmp_path.glob("articles-*.jsonl.tmp"))) == 1    # the second is still being written
    writer.close()
    assert not list(tmp_path.glob("*.tmp"))
    lines = [json.loads(line) for p in sorted(tmp_path.glob("articles-*.jsonl")) for line in p.read_text().splitlines()]
    assert [r["url"] for r in lines] == ["http://s/0", "http://s/1", "http://s/2"]


def test_orphans_of_a_killed_crawl_are_recovered(tmp_path):
    (tmp_path / "articles-X.jsonl.tmp").write_text(
        json.dumps(article(1)) + "\n" + json.dumps(article(2)) + "\n" + '{"run_id": "r", "url": "http://s/3", "bo')
    (tmp_path / "crawl_log-X.jsonl.tmp").write_text(json.dumps(log(1)) + "\n" + json.dumps(log(9, "dropped")) + "\n")
    published = recover_orphans(tmp_path)
    assert sorted(p.name for p in published) == ["articles-X.jsonl", "crawl_log-X.jsonl"]
    assert not list(tmp_path.glob("*.tmp"))
    urls = [json.loads(line)["url"] for line in (tmp_path / "articles-X.jsonl").read_text().splitlines()]
    assert urls == ["http://s/1", "http://s/2"]                       # the torn last line is dropped
    logs = [json.loads(line) for line in (tmp_path / "crawl_log-X.jsonl").read_text().splitlines()]
    assert sorted((r["url"], r["outcome"]) for r in logs) == [
        ("http://s/1", "stored"), ("http://s/2", "stored"), ("http://s/9", "dropped")]   # s/2 had lost its row


def test_a_source_is_crawled_by_one_process_at_a_time(tmp_path):
    with source_lock(tmp_path, "s"):
        with pytest.raises(SourceBusy):
            with source_lock(tmp_path, "s"):
                pass
    with source_lock(tmp_path, "s"):
        pass


def test_validators_are_kept_only_when_saved(tmp_path):
    v = Validators(tmp_path, "s")
    v.remember("http://s/feed", '"e1"', "Tue, 22 Jul 2025 10:00:00 GMT")
    assert Validators(tmp_path, "s").headers_for("http://s/feed") == {}
    v.save()
    assert Validators(tmp_path, "s").headers_for("http://s/feed") == {
        "If-None-Match": '"e1"', "If-Modified-Since": "Tue, 22 Jul 2025 10:00:00 GMT"}


def test_a_stored_row_without_its_article_is_dropped(tmp_path):
    (tmp_path / "articles-Y.jsonl.tmp").write_text(json.dumps(article(1)) + "\n")
    (tmp_path / "crawl_log-Y.jsonl.tmp").write_text(json.dumps(log(1)) + "\n" + json.dumps(log(2)) + "\n")
    recover_orphans(tmp_path)
    logs = [json.loads(line)["url"] for line in (tmp_path / "crawl_log-Y.jsonl").read_text().splitlines()]
    assert logs == ["http://s/1"]
