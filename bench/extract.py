"""Extraction throughput on one core: the gold set repeated to N articles (default 20,000).

Goal (issue 4): at least 300 articles per second and peak memory under 400 MB with all gazetteers
loaded. Prints the figures; asserts nothing (a benchmark, not a test).

    .venv/bin/python bench/extract.py [--articles 20000]

The first line printed says which pactwatch it measured: run from another checkout (a git worktree), the
script imports the installed package unless that checkout is first on the path (`PYTHONPATH=. …`).
"""

from __future__ import annotations

import argparse
import os
import resource
import time

import pactwatch
from pactwatch.evaluate import load_gold
from pactwatch.extract.gazetteer import RULES_VERSION, load_gazetteer
from pactwatch.extract.relations import extract_relations


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core, as the goal says

    started = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - started
    gold = load_gold()
    corpus = [gold[i % len(gold)] for i in range(args.articles)]
    chars = sum(len(a.text) for a in corpus)

    started = time.perf_counter()
    relations = 0
    for article in corpus:
        relations += len(extract_relations(article.text, article.language, article.title, gaz))
    elapsed = time.perf_counter() - started

    print(f"code: {os.path.dirname(pactwatch.__file__)} (rules v{RULES_VERSION})")
    print(f"gazetteer load: {load_s:.2f} s ({sum(len(v) for v in gaz.index.values())} phrases)")
    print(f"articles: {len(corpus)} ({chars / len(corpus):.0f} chars each), relations: {relations}")
    print(f"throughput: {len(corpus) / elapsed:.0f} articles/s on one core ({elapsed:.1f} s)")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
