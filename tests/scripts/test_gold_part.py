"""scripts/gold_part.py: the briefs for a new held-out part, and the check of what the annotators wrote."""

import importlib.util
from pathlib import Path

import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gold_part.py"
spec = importlib.util.spec_from_file_location("gold_part", SCRIPT)
gold_part = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold_part)


def test_part_names_and_ids_follow_the_gold_readme():
    assert [gold_part.ordinal(n) for n in (1, 12, 40, 88, 93, 101)] == [
        "first", "twelfth", "fortieth", "eighty-eighth", "ninety-third", "hundred-and-first"]
    assert gold_part.first_id(16) == 125 and gold_part.first_id(93) == 895   # the sixteenth part began at 125


def test_every_part_gives_the_seven_languages_seven_regions_and_moves_each_on():
    for part in range(94, 110):
        regions = [gold_part.region(part, language) for language in gold_part.LANGUAGES]
        assert len(set(regions)) == 7
        assert all(gold_part.region(part, lang) != gold_part.region(part + 1, lang) for lang in gold_part.LANGUAGES)


def test_the_brief_names_the_part_the_ids_and_the_check(tmp_path):
    text = gold_part.brief(94, "nl", tmp_path)
    assert "ninety-fourth held-out part" in text and "`nl-905` to `nl-914`" in text
    assert f"check {tmp_path}/nl.yaml --part 94 --language nl" in text


def _item(i, pairs, title=None):
    return {"id": f"nl-{i}", "language": "nl", "split": "holdout", "title": title or f"Een nieuwe kop {i} voor de test",
            "text": "woord " * 150, "pairs": pairs}


def test_a_part_that_follows_the_brief_passes_and_a_short_one_does_not(tmp_path):
    # five positives (two with two pairs), five negatives, seven organisations: what the brief asks for
    orgs = ["openai", "google", "microsoft", "ibm", "nvidia", "oracle", "amazon"]
    pairs = [[{"country": "NLD", "organization": o, "relation_type": "partnership"} for o in orgs[k:k + 2]]
             if k < 2 else [{"country": "NLD", "organization": orgs[k + 2], "relation_type": "procurement"}]
             for k in range(5)] + [[] for _ in range(5)]
    path = tmp_path / "nl.yaml"
    path.write_text("# Gold evaluation set, Dutch, ninety-fourth held-out part.\n"
                    + yaml.safe_dump([_item(905 + k, p) for k, p in enumerate(pairs)], allow_unicode=True))
    assert gold_part.check(path, 94, "nl") == []
    # the same with a negative fewer, an unknown organisation and a title the gold set already has
    pairs[9] = [{"country": "NLD", "organization": "acme", "relation_type": "partnership"}]
    items = [_item(905 + k, p) for k, p in enumerate(pairs)]
    items[0]["title"] = yaml.safe_load((gold_part.GOLD / "nl.yaml").read_text(encoding="utf-8"))[0]["title"]
    path.write_text("# Gold evaluation set\n" + yaml.safe_dump(items, allow_unicode=True))
    errors = gold_part.check(path, 94, "nl")
    assert any("acme" in e for e in errors) and any("6 positives" in e for e in errors)
    assert any(e.startswith("nl-905: title") for e in errors)
