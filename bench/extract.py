"""Extraction throughput on one core: the gold set repeated to N articles (default 20,000).

Goal (issue 4): at least 300 articles per second and peak memory under 400 MB with all gazetteers
loaded. Prints the figures; asserts nothing (a benchmark, not a test).

    .venv/bin/python bench/extract.py [--articles 20000] [--rounds 5]

The articles are read in rounds of equal size and each round's rate is printed, with the median and the
best. Other work on the machine only ever slows a round down, so a spread between rounds (and the load
average printed before the first) shows a busy machine. The machine's own speed can also change by half over
hours with neither showing it (session 18: one commit gave 400, then 217 articles/s, with no load and no steal
time), so an absolute figure means little alone: compare commits by their medians, run back to back, and
give a reference commit's figure from the same hour beside any goal.

The first line printed says which pactwatch it measured: run from another checkout (a git worktree), the
script imports the installed package unless that checkout is first on the path (`PYTHONPATH=. …`).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
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
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core, as the goal says

    started = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - started
    gold = load_gold()
    corpus = [gold[i % len(gold)] for i in range(args.articles)]
    chars = sum(len(a.text) for a in corpus)

    print(f"code: {os.path.dirname(pactwatch.__file__)} (rules v{RULES_VERSION})")
    print(f"gazetteer load: {load_s:.2f} s ({sum(len(v) for v in gaz.index.values())} phrases)")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    rounds = max(1, min(args.rounds, len(corpus)))
    size = -(-len(corpus) // rounds)
    relations, rates, total = 0, [], 0.0
    for r in range(rounds):
        batch = corpus[r * size:(r + 1) * size]
        started = time.perf_counter()
        for article in batch:
            relations += len(extract_relations(article.text, article.language, article.title, gaz))
        elapsed = time.perf_counter() - started
        total += elapsed
        rates.append(len(batch) / elapsed)
    print(f"articles: {len(corpus)} ({chars / len(corpus):.0f} chars each), relations: {relations}")
    print(f"rounds: {', '.join(f'{rate:.0f}' for rate in rates)} articles/s")
    print(f"throughput: {statistics.median(rates):.0f} articles/s on one core, median of {rounds} rounds "
          f"(best {max(rates):.0f}, all {len(corpus) / total:.0f}; {total:.1f} s)")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
