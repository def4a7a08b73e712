"""Fit the pair model (`pair_model.json`) and the rescue model (`pair_rescue.json`) and measure them on
text the rules had not seen.

Both learn from what the rules of the day found on each held-out gold part
(`tests/data/gold/rules-of-the-day.jsonl`, one line per article: the part, the rules version and commit
that scored it, and what they found), labelled by the gold annotation. The pair model's rows are the
partnership pairs the rules found; the rescue model's are the candidate pairs they did not call one. The
figures are leave-one-part-out (each part is scored by a model fitted on the other parts) and, for the
rescue model, also forward (each part by a model fitted on the parts written before it).

    .venv/bin/python -m pactwatch.extract.pair_training [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from pactwatch.evaluate import DEFAULT_GOLD_DIR, annotated_organizations, load_gold
from pactwatch.extract import pair_rescue
from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract.pair_model import FEATURES, MODEL_PATH, article_facts, pair_features, probability

RULES_OF_THE_DAY = DEFAULT_GOLD_DIR / "rules-of-the-day.jsonl"
L2 = 1.0          # ridge penalty on the standardised weights (the intercept is free)
STEPS = 3000      # full-batch gradient descent: deterministic, no solver to install
RATE = 0.5
BANDS = (0.0, 0.3, 0.5, 0.7, 0.85, 0.95)
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def training_rows(gold_dir: Path = DEFAULT_GOLD_DIR, rules_path: Path = RULES_OF_THE_DAY):
    """Rows of (features, label, part) of a scored organisation: the rule pairs (pair model), the candidate
    pairs (rescue model); and the gold pairs of each part's articles."""
    gaz = load_gazetteer()
    gold = {a.id: a for a in load_gold(gold_dir)}
    organizations = annotated_organizations(gold_dir)
    rows, candidate_rows, gold_pairs = [], [], {}
    for line in Path(rules_path).read_text(encoding="utf-8").splitlines():
        found = json.loads(line)
        article = gold.get(found["id"])
        if article is None:
            raise ValueError(f"{rules_path}: {found['id']} is not a gold article")
        gold_pairs[found["part"]] = gold_pairs.get(found["part"], 0) + len(article.pairs)
        relations = [tuple(r) for r in found["relations"]]
        sentences = article_facts(article.text, article.language, article.title, gaz)
        for pair, values in pair_features(article.text, article.language, article.title, relations, gaz,
                                          sentences).items():
            if organizations is None or pair[1] in organizations:   # others were not annotated
                rows.append((values, float(pair in article.pairs), found["part"]))
        for pair, values in pair_rescue.candidate_features(relations, sentences, article.language, gaz).items():
            if organizations is None or pair[1] in organizations:
                candidate_rows.append((values, float(pair in article.pairs), found["part"]))
    return rows, candidate_rows, gold_pairs


def fit(x: np.ndarray, y: np.ndarray) -> dict:
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        w -= RATE * (z.T @ (p - y) + L2 * np.r_[w[:-1], 0.0]) / len(y)
    return {"features": list(FEATURES), "means": means.tolist(), "scales": scales.tolist(),
            "weights": w[:-1].tolist(), "intercept": float(w[-1])}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    """The probabilities extraction would give (pair_model.probability), row by row."""
    return np.array([probability(model, list(row)) for row in x])


def leave_one_part_out(x: np.ndarray, y: np.ndarray, parts: np.ndarray) -> np.ndarray:
    probabilities = np.zeros(len(y))
    for part in sorted(set(parts.tolist())):
        held = parts == part
        probabilities[held] = predict(fit(x[~held], y[~held]), x[held])
    return probabilities


def forward(x: np.ndarray, y: np.ndarray, parts: np.ndarray, first: int) -> np.ndarray:
    """Each part from `first` on scored by a model fitted on the parts before it (NaN before `first`)."""
    probabilities = np.full(len(y), np.nan)
    for part in sorted(p for p in set(parts.tolist()) if p >= first):
        held, before = parts == part, parts < part
        probabilities[held] = predict(fit(x[before], y[before]), x[held])
    return probabilities


def report(y: np.ndarray, probabilities: np.ndarray, rule_confidence: np.ndarray, gold_pairs: int) -> dict:
    def band_table(score):
        table = []
        for low, high in zip(BANDS, BANDS[1:] + (1.01,), strict=True):
            inside = (score >= low) & (score < high)
            table.append({"band": f"[{low:.2f}, {min(high, 1):.2f}{']' if high > 1 else ')'}",
                          "pairs": int(inside.sum()),
                          "precision": round(float(y[inside].mean()), 3) if inside.any() else None,
                          "mean_confidence": round(float(score[inside].mean()), 3) if inside.any() else None})
        return table
    return {
        "pairs": len(y), "true_pairs": int(y.sum()), "gold_pairs": gold_pairs,
        "brier_model": round(float(np.mean((probabilities - y) ** 2)), 4),
        "brier_rules": round(float(np.mean((rule_confidence - y) ** 2)), 4),
        "model_bands": band_table(probabilities), "rule_bands": band_table(rule_confidence),
        "at_least": [{"confidence": t, "pairs": int((probabilities >= t).sum()),
                      "precision": round(float(y[probabilities >= t].mean()), 3),
                      "recall": round(float(y[probabilities >= t].sum() / gold_pairs), 3)} for t in THRESHOLDS],
    }


def rescue_report(rule_y: np.ndarray, rule_parts: np.ndarray, y: np.ndarray, parts: np.ndarray,
                  probabilities: np.ndarray, gold_pairs: dict) -> dict:
    """F1 of the rules of the day alone and with the pairs the rescue model adds, overall and per part."""
    def score(part=None):
        rules = rule_parts == part if part is not None else np.ones(len(rule_y), bool)
        added = (probabilities >= pair_rescue.RESCUE_THRESHOLD) & (parts == part if part is not None else True)
        gold = gold_pairs[part] if part is not None else sum(gold_pairs[p] for p in set(parts.tolist()))
        tp0, fp0 = int(rule_y[rules].sum()), int((1 - rule_y[rules]).sum())
        tp, fp = tp0 + int(y[added].sum()), fp0 + int((1 - y[added]).sum())
        return {"added": int(added.sum()), "added_right": int(y[added].sum()),
                "f1_rules": round(2 * tp0 / (tp0 + fp0 + gold), 3), "f1_with_rescue": round(2 * tp / (tp + fp + gold), 3)}
    return {"threshold": pair_rescue.RESCUE_THRESHOLD, **score(),
            "parts": {int(p): score(p) for p in sorted(set(parts.tolist()))}}


def train(gold_dir: Path = DEFAULT_GOLD_DIR, rules_path: Path = RULES_OF_THE_DAY) -> tuple[dict, dict]:
    """(pair model, rescue model), each with the figures of its training data."""
    rows, candidate_rows, gold_pairs = training_rows(gold_dir, rules_path)
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows])
    parts = np.array([r[2] for r in rows])
    model = fit(x, y)
    model["trained_on"] = {"source": "tests/data/gold/rules-of-the-day.jsonl", "parts": sorted(gold_pairs),
                           "leave_one_part_out": report(y, leave_one_part_out(x, y, parts), x[:, 0],
                                                        sum(gold_pairs.values()))}
    cx = np.array([r[0] for r in candidate_rows], dtype=float)
    cy = np.array([r[1] for r in candidate_rows])
    cparts = np.array([r[2] for r in candidate_rows])
    rescue = fit(cx, cy)
    rescue["features"] = list(pair_rescue.FEATURES)
    first = min(gold_pairs) + 8   # forward figures once eight parts are there to learn from
    ahead = forward(cx, cy, cparts, first)
    later = cparts >= first
    rescue["trained_on"] = {
        "source": "tests/data/gold/rules-of-the-day.jsonl", "parts": sorted(gold_pairs),
        "candidates": len(cy), "true_candidates": int(cy.sum()),
        "leave_one_part_out": rescue_report(y, parts, cy, cparts, leave_one_part_out(cx, cy, cparts), gold_pairs),
        "forward": rescue_report(y[parts >= first], parts[parts >= first], cy[later], cparts[later], ahead[later],
                                 gold_pairs)}
    return model, rescue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help=f"write the fitted models to {MODEL_PATH.name} and {pair_rescue.MODEL_PATH.name}")
    args = parser.parse_args()
    model, rescue = train()
    figures = model["trained_on"]["leave_one_part_out"]
    print(f"{figures['pairs']} rule pairs ({figures['true_pairs']} true) on {len(model['trained_on']['parts'])} "
          f"held-out parts with {figures['gold_pairs']} gold pairs; leave-one-part-out:")
    print(f"Brier score: model {figures['brier_model']}, rules' confidence {figures['brier_rules']}")
    print(f"{'band':<14}{'model pairs':>12}{'precision':>10}{'rules pairs':>12}{'precision':>10}")
    for m, r in zip(figures["model_bands"], figures["rule_bands"], strict=True):
        print(f"{m['band']:<14}{m['pairs']:>12}{m['precision'] or 0:>10.3f}{r['pairs']:>12}{r['precision'] or 0:>10.3f}")
    for row in figures["at_least"]:
        print(f"confidence >= {row['confidence']}: {row['pairs']} pairs, precision {row['precision']:.3f}, "
              f"recall {row['recall']:.3f}")
    trained = rescue["trained_on"]
    print(f"\nrescue model: {trained['candidates']} candidate pairs ({trained['true_candidates']} true), "
          f"threshold {pair_rescue.RESCUE_THRESHOLD}")
    for name in ("leave_one_part_out", "forward"):
        r = trained[name]
        better = sum(p["f1_with_rescue"] > p["f1_rules"] for p in r["parts"].values())
        worse = sum(p["f1_with_rescue"] < p["f1_rules"] for p in r["parts"].values())
        print(f"{name}: parts {min(r['parts'])}-{max(r['parts'])}: {r['added']} pairs added, {r['added_right']} right; "
              f"F1 {r['f1_rules']:.3f} -> {r['f1_with_rescue']:.3f}; {better} parts better, {worse} worse")
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        pair_rescue.MODEL_PATH.write_text(json.dumps(rescue, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH} and {pair_rescue.MODEL_PATH}")


if __name__ == "__main__":
    main()
