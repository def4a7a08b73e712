"""Compare the extractor's output on the gold set before and after a change, and score it part by part.

    .venv/bin/python scripts/gold_compare.py save /tmp/before.json      # every relation of every gold article
    ... change the rules ...
    .venv/bin/python scripts/gold_compare.py diff /tmp/before.json      # which partnership pairs moved, right or wrong
    .venv/bin/python scripts/gold_compare.py diff /tmp/before.json --identical   # exit 1 if any relation changed
    .venv/bin/python scripts/gold_compare.py parts 80 96                # F1 of each held-out part with today's rules
    .venv/bin/python scripts/gold_compare.py show de-929 pt-928         # an article, its gold pairs, what is found

`diff --identical` is the check for speed work and tidies: every relation (type, confidence, evidence,
sectors, amount) must come out the same. Plain `diff` is the check for a round of rules: it lists, per
article, the scored pairs gained or lost and whether the gold set has them. Both read the gold set of
tests/data/gold and score only the organisations its annotators labelled, as `pactwatch eval` does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pactwatch.evaluate import DEFAULT_GOLD_DIR, GoldArticle, Score, annotated_organizations, load_gold  # noqa: E402
from pactwatch.extract.lexicon import PARTNERSHIP_FAMILY  # noqa: E402

FIRST_ID, PART_SIZE, FIRST_PART = 125, 10, 16   # as in scripts/rules_of_the_day.py


def part_of(article_id: str) -> int | None:
    """The held-out part an id belongs to ('de-929' → 96); None for the first, tuning-only ids."""
    number = int(article_id.rsplit("-", 1)[1])
    return FIRST_PART + (number - FIRST_ID) // PART_SIZE if number >= FIRST_ID else None


def _relations_of(batch: list[tuple[str, str, str, str]]) -> dict[str, list[list]]:
    from pactwatch.extract.gazetteer import load_gazetteer
    from pactwatch.extract.relations import extract_relations

    gaz = load_gazetteer()
    return {article_id: [[r.country_iso3, r.organization_id, r.relation_type, round(r.confidence, 6), r.evidence,
                          r.sentence_index, sorted(r.sectors), r.amount, r.currency, r.denied]
                         for r in extract_relations(text, language, title, gaz)]
            for article_id, language, title, text in batch}


def extract_all(gold: list[GoldArticle], workers: int) -> dict[str, list[list]]:
    """Every relation of every gold article, by id; the work is split over processes (the rules are pure)."""
    articles = [(a.id, a.language, a.title, a.text) for a in gold]
    batches = [articles[k::workers] for k in range(workers)]
    if workers == 1:
        return _relations_of(articles)
    found: dict[str, list[list]] = {}
    with ProcessPoolExecutor(workers) as pool:
        for part in pool.map(_relations_of, batches):
            found.update(part)
    return found


def scored_pairs(relations: list[list], organizations: set[str] | None) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in relations
            if r[2] in PARTNERSHIP_FAMILY and (organizations is None or r[1] in organizations)}


def pair_changes(old: dict[str, list[list]], new: dict[str, list[list]], gold: dict[str, set],
                 organizations: set[str] | None) -> list[str]:
    """One line per scored pair that one side finds and the other does not (ids only in one side skipped)."""
    lines = []
    for article_id in sorted(set(old) & set(new)):
        before, after = scored_pairs(old[article_id], organizations), scored_pairs(new[article_id], organizations)
        for pair in sorted(after - before):
            lines.append(f"GAIN {'RIGHT' if pair in gold[article_id] else 'WRONG'} {article_id} {pair[0]}–{pair[1]}")
        for pair in sorted(before - after):
            lines.append(f"LOSE {'RIGHT' if pair in gold[article_id] else 'WRONG'} {article_id} {pair[0]}–{pair[1]}")
    return lines


def score(found: dict[str, list[list]], gold: dict[str, set], organizations: set[str] | None,
          ids: set[str] | None = None) -> Score:
    total = Score()
    for article_id, pairs in gold.items():
        if ids is None or article_id in ids:
            total.add(scored_pairs(found[article_id], organizations), pairs)
    return total


def show_articles(gold_dir: Path, ids: list[str]) -> int:
    articles = {a.id: a for a in load_gold(gold_dir)}
    missing = [i for i in ids if i not in articles]
    if missing:
        print(f"not in the gold set of {gold_dir}: {' '.join(missing)}", file=sys.stderr)
        return 2
    found = _relations_of([(i, articles[i].language, articles[i].title, articles[i].text) for i in ids])
    for i in ids:
        a = articles[i]
        print(f"=== {i} ({a.split}) {a.title}\n{a.text}\ngold: {sorted(a.pairs)}")
        for r in found[i]:
            print(f"  {r[0]}–{r[1]} {r[2]} {r[3]:.2f}{' denied' if r[9] else ''} [{r[5]}] {r[4][:160]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD_DIR)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("save", help="write every relation of every gold article").add_argument("path", type=Path)
    diff = commands.add_parser("diff", help="compare today's output with a saved one")
    diff.add_argument("path", type=Path)
    diff.add_argument("--identical", action="store_true", help="exit 1 if any relation differs at all")
    parts = commands.add_parser("parts", help="P/R/F1 of each held-out part")
    parts.add_argument("first", type=int)
    parts.add_argument("last", type=int)
    show = commands.add_parser("show", help="print articles with their gold pairs and found relations")
    show.add_argument("ids", nargs="+")
    args = parser.parse_args(argv)

    if args.command == "show":
        return show_articles(args.gold, args.ids)
    articles = load_gold(args.gold)
    found = extract_all(articles, args.workers)
    gold = {a.id: a.pairs for a in articles}
    organizations = annotated_organizations(args.gold)
    if args.command == "save":
        args.path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        print(f"saved the relations of {len(found)} gold articles to {args.path}")
        return 0
    if args.command == "parts":
        for part in range(args.first, args.last + 1):
            s = score(found, gold, organizations, {i for i in gold if part_of(i) == part})
            print(f"part {part}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} ({s.tp}/{s.fp}/{s.fn})")
        return 0
    try:
        old = json.loads(args.path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        parser.error(f"{args.path}: not a saved output of `gold_compare.py save` ({error})")
    for line in pair_changes(old, found, gold, organizations):
        print(line)
    shared = set(old) & set(found)
    changed = sorted(i for i in shared if old[i] != found[i])
    before, after = score(old, gold, organizations, shared), score(found, gold, organizations, shared)
    print(f"{len(shared)} articles in both; relations changed in {len(changed)}: {' '.join(changed[:20])}"
          f"{' …' if len(changed) > 20 else ''}")
    print(f"scored pairs tp/fp/fn {before.tp}/{before.fp}/{before.fn} → {after.tp}/{after.fp}/{after.fn}; "
          f"F1 {before.f1:.4f} → {after.f1:.4f}")
    return 1 if args.identical and changed else 0


if __name__ == "__main__":
    sys.exit(main())
