"""Rebuild tests/data/gold/rules-of-the-day.jsonl from the git history.

For each held-out gold part already opened for tuning, the rules that scored it are those of the commit
that first added the part to the held-out files. This script checks each such commit out in a temporary worktree, runs its
extractor on the part's articles (today's text of them) and writes what it found, one line per article.
The pair model (`pactwatch/extract/pair_model.py`) learns from these lines how the rules do on text
they had not been tuned on.

    .venv/bin/python scripts/rules_of_the_day.py [--first-part 16]

A part is ten articles per language, ids <lang>-125 … <lang>-134 for the sixteenth, and so on.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
FIRST_ID, PART_SIZE, FIRST_PART = 125, 10, 16   # the sixteenth part was the first kept out of tuning

# Runs inside the old commit's worktree: its own extractor and seeds.
RUN_OLD = """
import json, sys
from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract import relations as rel
rules = getattr(rel, "rule_relations", rel.extract_relations)   # before the pair model, the rules were all
gaz = load_gazetteer()
for a in json.load(sys.stdin):
    found = rules(a["text"], a["language"], a["title"], gaz)
    print(json.dumps([a["id"], [[r.country_iso3, r.organization_id, r.relation_type, round(r.confidence, 4)]
                                for r in found]]))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def scoring_commit(first_id: int) -> str | None:
    """The commit that first put '<en>-<first_id>' into the English held-out file."""
    found = git("log", "--reverse", "--format=%h", f"-Sid: en-{first_id}", "--", "tests/data/gold/en-holdout.yaml")
    return found.splitlines()[0] if found else None


def rules_version(commit: str) -> str:
    source = git("show", f"{commit}:pactwatch/extract/gazetteer.py")
    return "v" + source.split('RULES_VERSION = "', 1)[1].split('"', 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first-part", type=int, default=FIRST_PART)
    parser.add_argument("--out", type=Path, default=GOLD / "rules-of-the-day.jsonl")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pactwatch.evaluate import load_gold

    gold = load_gold(GOLD)
    lines, part = [], args.first_part
    while True:
        first = FIRST_ID + (part - FIRST_PART) * PART_SIZE
        ids = {f"{lang}-{n}" for lang in ("de", "en", "es", "fr", "it", "nl", "pt") for n in range(first, first + PART_SIZE)}
        articles = [a for a in gold if a.id in ids]
        commit = scoring_commit(first)
        if not articles or commit is None:
            break
        if any(a.split == "holdout" for a in articles):
            # the part held out today: the model's confidence on it stays a measurement, so it joins the
            # training lines only once it is opened for tuning (split `scored`)
            break
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            git("worktree", "add", "--detach", "-f", str(tree), commit)
            try:
                payload = json.dumps([{"id": a.id, "language": a.language, "title": a.title, "text": a.text}
                                      for a in articles])
                out = subprocess.run([sys.executable, "-c", RUN_OLD], input=payload, capture_output=True, text=True,
                                     check=True, cwd=tmp, env={**os.environ, "PYTHONPATH": str(tree)}).stdout
            finally:
                git("worktree", "remove", "-f", str(tree))
        version = rules_version(commit)
        found = dict(json.loads(line) for line in out.splitlines())
        for a in sorted(articles, key=lambda a: (a.language, a.id)):
            lines.append(json.dumps({"id": a.id, "part": part, "rules": version, "commit": commit,
                                     "relations": found[a.id]}, ensure_ascii=False))
        print(f"part {part}: {len(articles)} articles, rules {version} ({commit})", file=sys.stderr)
        part += 1
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
