"""The pair model: features of a pair, calibrated confidence, and the shipped model's provenance."""

import json
import math
import re

import pytest

from pactwatch.evaluate import load_gold
from pactwatch.extract.gazetteer import load_gazetteer, version_of
from pactwatch.extract.pair_model import (
    FEATURES,
    MODEL_PATH,
    PARTNERSHIP_FLOOR,
    PROMOTED_TYPE,
    PROMOTION_FLOOR,
    calibrate,
    load_model,
    pair_features,
    probability,
)
from pactwatch.extract.pair_training import RULES_OF_THE_DAY, train
from pactwatch.extract.relations import Relation, extract_relations, partnership_pairs, rule_relations
from pactwatch.settings import SEEDS_DIR

# A hand-written wire story: the UK signs with OpenAI (title and body), a past deal with Google in passing,
# and a denial about Anthropic.
TITLE = "UK signs AI deal with OpenAI"
TEXT = ("LONDON - The British government signed a memorandum of understanding with OpenAI on Monday. "
        "It follows a similar agreement with Google. "
        "The ministry denied that a deal with Anthropic was signed.")


def _features(relations):
    found = pair_features(TEXT, "en", TITLE, relations, load_gazetteer())
    return {pair: dict(zip(FEATURES, values, strict=True)) for pair, values in found.items()}


def test_features_describe_the_pair_in_its_article():
    found = _features([("GBR", "openai", "partnership", 0.9), ("GBR", "openai", "regulation", 0.5),
                       ("GBR", "google", "partnership", 0.6), ("GBR", "anthropic", "other", 0.4)])
    assert set(found) == {("GBR", "openai"), ("GBR", "google")}   # only partnership-family pairs are scored
    openai, google = found[("GBR", "openai")], found[("GBR", "google")]
    assert openai["rule_confidence"] == 0.9 and google["rule_confidence"] == 0.6
    assert openai["rule_other_type"] == 1 and openai["rule_regulation"] == 1 and google["rule_other_type"] == 0
    assert openai["country_other_deal"] == 1 and openai["organization_other_deal"] == 0
    assert openai["organization_in_title"] == 1 and google["organization_in_title"] == 0
    assert openai["country_in_title"] == 1 and openai["country_most_named"] == 1
    assert openai["cue_beside_both"] == 1 and openai["government_beside_both"] == 1
    assert openai["negation_beside_both"] == 0 and openai["article_negation"] == 1
    assert google["sentences_naming_both"] == 0 and google["cue_next_sentence"] == 1   # "It follows…"
    assert openai["organization_home"] == 0 and openai["organizations_named"] > google["organization_share"]


def test_no_partnership_pair_means_no_features():
    assert _features([("GBR", "anthropic", "regulation", 0.8)]) == {}
    assert pair_features("", "en", "", [], load_gazetteer()) == {}


def _relation(org, relation_type, confidence, sentence):
    return Relation("GBR", org, relation_type, confidence, f"sentence {sentence}", sentence)


def test_calibrate_sets_the_pairs_probability_on_its_strongest_sentence():
    # a model whose probability is 0.8 whatever the features (all weights zero, logit(0.8) as intercept)
    model = {"features": list(FEATURES), "means": [0.0] * len(FEATURES), "scales": [1.0] * len(FEATURES),
             "weights": [0.0] * len(FEATURES), "intercept": 1.3862943611198906}
    relations = [_relation("openai", "partnership", 0.9, 1), _relation("openai", "procurement", 0.45, 2),
                 _relation("openai", "regulation", 0.7, 3)]
    calibrated = calibrate(relations, TEXT, "en", TITLE, load_gazetteer(), model)
    assert [r.confidence for r in calibrated] == [0.8, 0.4, 0.7]   # scaled below; other types untouched
    assert [r.evidence for r in calibrated] == [r.evidence for r in relations]


def test_extracted_relations_carry_the_shipped_models_probability():
    gaz = load_gazetteer()
    rules = {(r.country_iso3, r.organization_id, r.sentence_index): r for r in rule_relations(TEXT, "en", TITLE, gaz)}
    found = extract_relations(TEXT, "en", TITLE, gaz)
    assert [(r.country_iso3, r.organization_id, r.sentence_index) for r in found] == list(rules)   # same relations
    assert ("GBR", "openai") in {(r.country_iso3, r.organization_id) for r in found}
    assert all(0 <= r.confidence <= 1 for r in found)
    assert any(r.confidence != rules[(r.country_iso3, r.organization_id, r.sentence_index)].confidence
               for r in found)


def test_a_model_for_other_features_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**json.loads(MODEL_PATH.read_text()), "features": ["rule_confidence"]}))
    with pytest.raises(ValueError, match=re.escape(str(path))):
        load_model(path)


def test_the_model_is_part_of_the_version_stamp(tmp_path):
    other = tmp_path / "pair_model.json"
    other.write_text(MODEL_PATH.read_text().replace('"intercept": ', '"intercept": 0.5 + '))
    assert version_of(SEEDS_DIR, other) != version_of(SEEDS_DIR) == load_gazetteer().version


def test_rules_of_the_day_are_the_held_out_parts_as_first_scored():
    """Each line is what the rules that scored a held-out part found on it, before any round used it."""
    gold = {a.id: a for a in load_gold()}
    lines = [json.loads(line) for line in RULES_OF_THE_DAY.read_text().splitlines()]
    assert len(lines) == len({x["id"] for x in lines}) >= 1000
    for x in lines:
        # opened parts only: never the tuning part, never today's held-out part (its confidence is a measurement)
        assert gold[x["id"]].split == "scored", x["id"]
        assert x["part"] == 16 + (int(x["id"].split("-")[1]) - 125) // 10, x["id"]
        assert re.fullmatch(r"v\d+", x["rules"]) and re.fullmatch(r"[0-9a-f]{7,40}", x["commit"]), x["id"]
    versions = {}
    for x in lines:
        versions.setdefault(x["part"], set()).add(x["rules"])
    assert all(len(v) == 1 for v in versions.values())         # one version of the rules per part


def test_shipped_model_is_what_training_gives_today():
    """pair_model.json is refitted from the committed data by the committed code: it cannot drift from them."""
    shipped, fitted = load_model(), train()
    assert shipped["features"] == fitted["features"]
    for name in ("weights", "means", "scales"):
        assert shipped[name] == pytest.approx(fitted[name], abs=0.02), \
            f"{name} differ: refit with `python -m pactwatch.extract.pair_training --write`"
    assert shipped["intercept"] == pytest.approx(fitted["intercept"], abs=0.02)
    figures = fitted["trained_on"]["leave_one_part_out"]
    for was, now in zip(shipped["trained_on"]["leave_one_part_out"]["at_least"], figures["at_least"], strict=True):
        assert was == pytest.approx(now, abs=0.01)
    # on parts the model did not see, its confidence is better calibrated than the rules' own
    assert figures["brier_model"] < figures["brier_rules"]
    top = figures["model_bands"][-1]
    assert top["precision"] >= 0.9 and top["pairs"] >= 100
    promotion = fitted["promotion"]
    for name in ("weights", "means", "scales"):
        assert shipped["promotion"][name] == pytest.approx(promotion[name], abs=0.02), f"promotion {name} differ"
    promoted = promotion["trained_on"]["leave_one_part_out"]
    assert promoted == shipped["promotion"]["trained_on"]["leave_one_part_out"]
    # promoting pays on parts the model did not see: right more often than F1 / 2, so F1 rises
    assert promoted["promoted_true"] / promoted["promoted"] > promoted["with"]["f1"] / 2
    assert promoted["with"]["f1"] > promoted["without"]["f1"]


def _constant_model(p, **extra):
    """A model whose probability is p whatever the features (all weights zero, logit(p) as intercept)."""
    return {"features": list(FEATURES), "means": [0.0] * len(FEATURES), "scales": [1.0] * len(FEATURES),
            "weights": [0.0] * len(FEATURES), "intercept": math.log(p / (1 - p)), **extra}


def test_a_pair_under_the_floor_is_kept_as_an_other_event():
    relations = [_relation("openai", "partnership", 0.9, 1), _relation("openai", "procurement", 0.45, 2),
                 _relation("openai", "regulation", 0.7, 3)]
    doubted = calibrate(relations, TEXT, "en", TITLE, load_gazetteer(), _constant_model(PARTNERSHIP_FLOOR - 0.05))
    assert [r.relation_type for r in doubted] == ["other", "other", "regulation"]
    assert [r.confidence for r in doubted][0] == round(PARTNERSHIP_FLOOR - 0.05, 3)
    kept = calibrate(relations, TEXT, "en", TITLE, load_gazetteer(), _constant_model(PARTNERSHIP_FLOOR + 0.05))
    assert [r.relation_type for r in kept] == ["partnership", "procurement", "regulation"]


def test_promotion_features_read_an_other_pair_as_a_partnership_pair():
    relations = [("GBR", "openai", "partnership", 0.9), ("GBR", "google", "other", 0.3),
                 ("GBR", "anthropic", "other", 0.25), ("GBR", "anthropic", "regulation", 0.6)]
    found = pair_features(TEXT, "en", TITLE, relations, load_gazetteer(), promotion=True)
    assert set(found) == {("GBR", "google")}      # only pairs the rules call nothing but "other"
    google = dict(zip(FEATURES, found[("GBR", "google")], strict=True))
    assert google["rule_confidence"] == 0.3 and google["rule_other_type"] == 0 == google["rule_other"]
    assert google["country_other_deal"] == 1      # GBR–OpenAI is a deal; GBR–Google itself is not counted
    as_deal = pair_features(TEXT, "en", TITLE, [relations[0], ("GBR", "google", "partnership", 0.3)],
                            load_gazetteer())[("GBR", "google")]
    assert found[("GBR", "google")] == as_deal
    assert pair_features(TEXT, "en", TITLE, relations[:1], load_gazetteer(), promotion=True) == {}


def test_a_likely_other_pair_is_promoted_to_a_partnership():
    relations = [_relation("openai", "partnership", 0.9, 1), _relation("google", "other", 0.3, 2),
                 _relation("google", "other", 0.15, 3), _relation("anthropic", "other", 0.3, 4),
                 _relation("anthropic", "regulation", 0.7, 4)]
    gaz = load_gazetteer()
    sure = calibrate(relations, TEXT, "en", TITLE, gaz, _constant_model(0.9, promotion=_constant_model(PROMOTION_FLOOR)))
    assert [r.relation_type for r in sure] == ["partnership", PROMOTED_TYPE, PROMOTED_TYPE, "other", "regulation"]
    assert [r.confidence for r in sure][1:3] == [PROMOTION_FLOOR, PROMOTION_FLOOR / 2]  # scaled like a deal's
    assert [r.evidence for r in sure] == [r.evidence for r in relations]
    unsure = calibrate(relations, TEXT, "en", TITLE, gaz,
                       _constant_model(0.9, promotion=_constant_model(PROMOTION_FLOOR - 0.05)))
    assert [(r.relation_type, r.confidence) for r in unsure][1:] == [(r.relation_type, r.confidence)
                                                                      for r in relations][1:]
    # a model without a promotion part promotes nothing
    assert [r.relation_type for r in calibrate(relations, TEXT, "en", TITLE, gaz, _constant_model(0.9))][1] == "other"


def test_a_pair_demoted_by_the_floor_is_not_promoted_back():
    relations = [_relation("openai", "partnership", 0.9, 1)]
    demoted = calibrate(relations, TEXT, "en", TITLE, load_gazetteer(),
                        _constant_model(PARTNERSHIP_FLOOR - 0.05, promotion=_constant_model(0.99)))
    assert [r.relation_type for r in demoted] == ["other"]


def test_a_promotion_model_for_other_features_is_refused(tmp_path):
    path = tmp_path / "model.json"
    shipped = json.loads(MODEL_PATH.read_text())
    path.write_text(json.dumps({**shipped, "promotion": {**shipped["promotion"], "features": ["rule_confidence"]}}))
    with pytest.raises(ValueError, match="promotion model"):
        load_model(path)


def test_a_value_beyond_the_fitted_range_counts_as_the_ranges_end():
    i = FEATURES.index("sentences_naming_both")
    weights = [0.0] * len(FEATURES)
    weights[i] = -1.0
    model = {**_constant_model(0.5, minimums=[0.0] * len(FEATURES), maximums=[3.0] * len(FEATURES)),
             "weights": weights}
    values = [1.0] * len(FEATURES)
    at_end, beyond = list(values), list(values)
    at_end[i], beyond[i] = 3.0, math.log1p(60000)   # a 5 MB page naming the pair in every sentence
    assert probability(model, beyond) == probability(model, at_end) > 0.04


def test_an_untitled_article_leaves_the_title_features_unknown():
    relations = [("GBR", "openai", "partnership", 0.9)]
    untitled = pair_features(TEXT, "en", "", relations, load_gazetteer())[("GBR", "openai")]
    titled = pair_features(TEXT, "en", TITLE, relations, load_gazetteer())[("GBR", "openai")]
    title_features = [FEATURES.index("country_in_title"), FEATURES.index("organization_in_title")]
    assert all(math.isnan(untitled[i]) for i in title_features)
    assert not any(math.isnan(v) for v in titled)
    model = load_model()
    as_mean = [model["means"][i] if i in title_features else v for i, v in enumerate(untitled)]
    assert probability(model, untitled) == probability(model, as_mean)


# The same sentence alone (a line, no title, the country only implied by "het kabinet") and opening a dated
# article whose title names the Netherlands: the shipped model doubts the first and keeps the second.
CABINET_SENTENCE = "Het kabinet heeft met Nvidia afspraken gemaakt over een AI-fabriek in Groningen."
CABINET_ARTICLE = ("DEN HAAG – " + CABINET_SENTENCE + " Nederland betaalt een deel van de rekenkracht; de Amerikaanse "
                   "chipmaker levert de systemen. Het ministerie van Economische Zaken verwacht dat de eerste "
                   "onderzoekers er volgend jaar terechtkunnen.")


def test_the_floor_reads_the_whole_article():
    gaz = load_gazetteer()
    assert partnership_pairs(rule_relations(CABINET_SENTENCE, "nl", "", gaz)) == {("NLD", "nvidia")}
    alone = extract_relations(CABINET_SENTENCE, "nl", "", gaz)
    assert partnership_pairs(alone) == set()
    assert [(r.country_iso3, r.organization_id, r.relation_type) for r in alone] == [("NLD", "nvidia", "other")]
    titled = extract_relations(CABINET_ARTICLE, "nl", "Nederland sluit akkoord met Nvidia over AI-fabriek", gaz)
    assert partnership_pairs(titled) == {("NLD", "nvidia")}
