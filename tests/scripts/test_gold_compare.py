"""scripts/gold_compare.py: saving the extractor's output on the gold set and diffing a later run against it.

The gold directory here is two hand-written articles: one deal the rules find (the UK and OpenAI), one
article with no deal. The 'before' side is made by editing a saved output, as if an older rule had
missed the pair or found a wrong one.
"""

import importlib.util
import json
from pathlib import Path

import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gold_compare.py"
spec = importlib.util.spec_from_file_location("gold_compare", SCRIPT)
gold_compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold_compare)

ARTICLES = [
    {"id": "en-929", "language": "en", "split": "holdout", "title": "UK signs AI deal with OpenAI",
     "text": "The UK government signed a memorandum of understanding with OpenAI on Monday to use its models "
             "in public services such as justice and education.\n",
     "pairs": [{"country": "GBR", "organization": "openai", "relation_type": "partnership"}]},
    {"id": "en-930", "language": "en", "split": "holdout", "title": "Weather turns cold",
     "text": "Snow fell across the north on Tuesday, and the roads were closed for hours.\n", "pairs": []},
]


def _gold(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "en-holdout.yaml").write_text(yaml.safe_dump(ARTICLES), encoding="utf-8")
    return gold


def test_ids_map_to_their_held_out_part():
    assert gold_compare.part_of("de-929") == 96 and gold_compare.part_of("pt-125") == 16
    assert gold_compare.part_of("en-124") is None


def test_an_unchanged_run_is_identical_and_an_edited_one_names_its_moves(tmp_path, capsys):
    gold, saved = _gold(tmp_path), tmp_path / "before.json"
    args = ["--gold", str(gold), "--workers", "1"]
    assert gold_compare.main([*args, "save", str(saved)]) == 0
    found = json.loads(saved.read_text(encoding="utf-8"))
    assert ["GBR", "openai"] in [r[:2] for r in found["en-929"]] and found["en-930"] == []
    assert gold_compare.main([*args, "diff", str(saved), "--identical"]) == 0
    assert "relations changed in 0" in capsys.readouterr().out

    # the 'old' rules missed the pair and wrongly found one in the weather story
    wrong = [r for r in found["en-929"] if r[:2] == ["GBR", "openai"]][0]
    found["en-930"] = [["FRA", wrong[1], *wrong[2:]]]
    found["en-929"] = [r for r in found["en-929"] if r[:2] != ["GBR", "openai"]]
    saved.write_text(json.dumps(found), encoding="utf-8")
    assert gold_compare.main([*args, "diff", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "GAIN RIGHT en-929 GBR–openai" in out and "LOSE WRONG en-930 FRA–openai" in out
    assert "tp/fp/fn 0/1/1 → 1/0/0" in out
    assert gold_compare.main([*args, "diff", str(saved), "--identical"]) == 1


def test_parts_scores_each_part(tmp_path, capsys):
    assert gold_compare.main(["--gold", str(_gold(tmp_path)), "--workers", "1", "parts", "96", "96"]) == 0
    assert "part 96: P 1.000 R 1.000 F1 1.000 (1/0/0)" in capsys.readouterr().out


def test_show_prints_the_article_its_gold_and_what_is_found(tmp_path, capsys):
    gold = _gold(tmp_path)
    assert gold_compare.main(["--gold", str(gold), "show", "en-929"]) == 0
    out = capsys.readouterr().out
    assert "=== en-929 (holdout) UK signs AI deal with OpenAI" in out and "gold: [('GBR', 'openai')]" in out
    assert "  GBR–openai partnership" in out
    assert gold_compare.main(["--gold", str(gold), "show", "en-999"]) == 2
