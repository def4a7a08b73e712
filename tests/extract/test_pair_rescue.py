"""The rescue model: which pairs are candidates, what a rescued pair looks like, and the shipped model's provenance."""

import json
import math
import re

import pytest

from pactwatch.extract.gazetteer import load_gazetteer, version_of
from pactwatch.extract.pair_model import article_facts
from pactwatch.extract.pair_rescue import FEATURES, MODEL_PATH, RESCUE_THRESHOLD, candidate_features, load_model, rescue
from pactwatch.extract.pair_training import train
from pactwatch.extract.relations import Relation, extract_relations, partnership_pairs, rule_relations
from pactwatch.settings import SEEDS_DIR

# A hand-written newsroom story the rules miss: the state IT centre is named with the company in one
# sentence, the deal word comes in the next, and neither sentence has a government word the rules pair.
TITLE = "Luxembourg's state IT centre and Mistral AI"
TEXT = ("The CTIE, the state IT centre of Luxembourg, has spent the year preparing for Mistral AI. "
        "From January its engineers will run the company's models on their own servers for the guichet.lu "
        "help desk, under a two-year agreement.")


def _constant_model(p):
    """A model whose probability is p whatever the features (all weights zero, logit(p) as intercept)."""
    return {"features": list(FEATURES), "means": [0.0] * len(FEATURES), "scales": [1.0] * len(FEATURES),
            "weights": [0.0] * len(FEATURES), "intercept": math.log(p / (1 - p))}


def _candidates(text, title, relations, language="en"):
    gaz = load_gazetteer()
    found = candidate_features(relations, article_facts(text, language, title, gaz), language, gaz)
    return {pair: dict(zip(FEATURES, values, strict=True)) for pair, values in found.items()}


def test_candidates_are_a_government_the_rules_read_and_an_organisation_they_did_not_relate():
    text = ("The British government signed a memorandum of understanding with OpenAI. "
            "The ministry has also met Google.")
    found = _candidates(text, "", [("GBR", "openai", "partnership", 0.9)])
    assert set(found) == {("GBR", "google")}   # "the ministry" is the British one, as the rules read it
    google = found[("GBR", "google")]
    assert google["country_other_deal"] == 1 and google["sentences_naming_both"] == pytest.approx(math.log(2))
    assert google["government_beside_both"] == 1 and google["partnership_beside_both"] == 0
    assert google["next_sentence"] == 1 and google["article_partnership"] == 1 and google["language_en"] == 1
    # a pair the rules read a relation in is theirs to judge, whatever its type
    assert _candidates(text, "", [("GBR", "openai", "partnership", 0.9), ("GBR", "google", "other", 0.3)]) == {}


def test_a_rival_and_a_country_named_as_a_place_are_no_candidates():
    assert _candidates("Le ministère des Armées a signé un contrat avec OVHcloud au lieu de Google.", "",
                       [("FRA", "ovhcloud", "procurement", 0.9)], "fr") == {}
    # Germany is where the company is based, not a government of the sentence
    assert _candidates("The German company Aleph Alpha opened an office in Berlin.", "", []) == {}


def test_a_body_the_rules_know_makes_a_candidate_without_any_rule():
    found = _candidates(TEXT, TITLE, [])
    assert set(found) == {("LUX", "mistral-ai")}
    pair = found[("LUX", "mistral-ai")]
    assert pair["institution_beside_both"] == 1   # the CTIE is Luxembourg's
    assert pair["sentences_naming_both"] == pytest.approx(math.log(3))   # the title and the first sentence
    assert pair["country_in_title"] == 1 and pair["first_sentence_naming_both"] == 0
    assert _candidates("", "", []) == {}


def test_rescue_adds_a_partnership_only_at_the_threshold():
    gaz = load_gazetteer()
    sentences = article_facts(TEXT, "en", TITLE, gaz)
    kept = [Relation("LUX", "openai", "other", 0.3, "sentence 2", 2)]
    added = rescue(kept, sentences, "en", gaz, _constant_model(RESCUE_THRESHOLD + 0.01))
    assert added[:1] == kept   # the rules' relations are untouched
    (new,) = [r for r in added if r.organization_id == "mistral-ai"]
    assert new.relation_type in {"partnership", "procurement"} and new.confidence == pytest.approx(RESCUE_THRESHOLD + 0.01)
    assert new.evidence == TEXT.split(". ")[0] + "." and new.sentence_index == 1   # the body's sentence naming both
    assert rescue(kept, sentences, "en", gaz, _constant_model(RESCUE_THRESHOLD - 0.01)) == kept


def test_the_shipped_model_finds_the_deal_the_rules_miss_and_leaves_a_fine_alone():
    assert ("LUX", "mistral-ai") not in partnership_pairs(rule_relations(TEXT, "en", TITLE))
    (found,) = [r for r in extract_relations(TEXT, "en", TITLE) if r.organization_id == "mistral-ai"]
    assert found.country_iso3 == "LUX" and found.confidence >= RESCUE_THRESHOLD
    fine = "Italy's data protection authority, the Garante, fined OpenAI 15 million euros over ChatGPT."
    assert partnership_pairs(extract_relations(fine, "en")) == set()
    praise = "Japan's trade minister welcomed the supply agreement between SoftBank and Nvidia."
    assert partnership_pairs(extract_relations(praise, "en")) == set()


def test_a_model_for_other_features_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "rescue.json"
    path.write_text(json.dumps({**json.loads(MODEL_PATH.read_text()), "features": ["rule_any_type"]}))
    with pytest.raises(ValueError, match=re.escape(str(path))):
        load_model(path)


def test_the_model_is_part_of_the_version_stamp(tmp_path):
    other = tmp_path / "pair_rescue.json"
    other.write_text(MODEL_PATH.read_text().replace('"intercept": ', '"intercept": 0.5 + '))
    assert version_of(SEEDS_DIR, pair_rescue=other) != version_of(SEEDS_DIR) == load_gazetteer().version


def test_shipped_model_is_what_training_gives_today_and_helps_on_unseen_parts():
    """pair_rescue.json is refitted from the committed data by the committed code, and on parts it did
    not learn from, the rules with the pairs it adds score a better F1 than the rules alone."""
    shipped, (_, fitted) = load_model(), train()
    assert shipped["features"] == fitted["features"] == list(FEATURES)
    for name in ("weights", "means", "scales"):
        assert shipped[name] == pytest.approx(fitted[name], abs=0.02), \
            f"{name} differ: refit with `python -m pactwatch.extract.pair_training --write`"
    assert shipped["intercept"] == pytest.approx(fitted["intercept"], abs=0.02)
    for way in ("leave_one_part_out", "forward"):
        figures = fitted["trained_on"][way]
        assert figures["f1_with_rescue"] > figures["f1_rules"] + 0.01, way
        assert figures["added_right"] > figures["added"] / 2, way   # most added pairs are right
        parts = figures["parts"].values()
        assert sum(p["f1_with_rescue"] > p["f1_rules"] for p in parts) > 2 * sum(
            p["f1_with_rescue"] < p["f1_rules"] for p in parts), way
