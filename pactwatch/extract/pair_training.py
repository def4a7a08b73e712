"""Fit the pair model (`pair_model.json`) and measure it on text the rules had not seen.

Training rows are the partnership pairs that the rules of the day found on each held-out gold part
(`tests/data/gold/rules-of-the-day.jsonl`, one line per article: the part, the rules version and commit
that scored it, and what they found), labelled by the gold annotation; the promotion model's rows are the
pairs those rules called only "other". The figures are leave-one-part-out: each part is scored by a model
fitted on the other parts.

    .venv/bin/python -m pactwatch.extract.pair_training [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from pactwatch.evaluate import DEFAULT_GOLD_DIR, annotated_organizations, load_gold
from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract.pair_model import (
    FEATURES,
    MODEL_PATH,
    PARTNERSHIP_FLOOR,
    PROMOTION_FLOOR,
    article_facts,
    pair_features,
    probability,
)

RULES_OF_THE_DAY = DEFAULT_GOLD_DIR / "rules-of-the-day.jsonl"
L2 = 1.0          # ridge penalty on the standardised weights (the intercept is free)
STEPS = 3000      # full-batch gradient descent: deterministic, no solver to install
RATE = 0.5
BANDS = (0.0, 0.3, 0.5, 0.7, 0.85, 0.95)
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def training_rows(gold_dir: Path = DEFAULT_GOLD_DIR, rules_path: Path = RULES_OF_THE_DAY):
    """(features, label, part) for every partnership pair of a scored organisation that the rules of the day
    found, the same for every pair they called only "other" (the promotion model's rows), and the number of
    gold pairs per part."""
    gaz = load_gazetteer()
    gold = {a.id: a for a in load_gold(gold_dir)}
    organizations = annotated_organizations(gold_dir)
    rows, promotion_rows, gold_pairs = [], [], {}
    for line in Path(rules_path).read_text(encoding="utf-8").splitlines():
        found = json.loads(line)
        article = gold.get(found["id"])
        if article is None:
            raise ValueError(f"{rules_path}: {found['id']} is not a gold article")
        gold_pairs[found["part"]] = gold_pairs.get(found["part"], 0) + len(article.pairs)
        relations = [tuple(r) for r in found["relations"]]
        sentences = article_facts(article.text, article.language, article.title, gaz)
        for promotion, kept in ((False, rows), (True, promotion_rows)):
            for pair, values in pair_features(article.text, article.language, article.title, relations, gaz,
                                              sentences, promotion).items():
                if organizations is None or pair[1] in organizations:   # others were not annotated
                    kept.append((values, float(pair in article.pairs), found["part"]))
    return rows, promotion_rows, gold_pairs


def fit(x: np.ndarray, y: np.ndarray) -> dict:
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        w -= RATE * (z.T @ (p - y) + L2 * np.r_[w[:-1], 0.0]) / len(y)
    return {"features": list(FEATURES), "means": means.tolist(), "scales": scales.tolist(),
            "minimums": x.min(axis=0).tolist(), "maximums": x.max(axis=0).tolist(),
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


def _f1(y: np.ndarray, kept: np.ndarray, gold_pairs: int) -> dict:
    """Precision, recall and F1 of the partnership pairs kept, against every gold pair of the parts."""
    right = float(y[kept].sum())
    precision, recall = right / max(1, int(kept.sum())), right / max(1, gold_pairs)
    return {"precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / (precision + recall), 3) if right else 0.0}


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
        "floor": {"floor": PARTNERSHIP_FLOOR, **_f1(y, probabilities >= PARTNERSHIP_FLOOR, gold_pairs),
                  "without": _f1(y, probabilities >= 0, gold_pairs)},
        "at_least": [{"confidence": t, "pairs": int((probabilities >= t).sum()),
                      "precision": round(float(y[probabilities >= t].mean()), 3),
                      "recall": round(float(y[probabilities >= t].sum() / gold_pairs), 3)} for t in THRESHOLDS],
    }


def promotion_report(y: np.ndarray, probabilities: np.ndarray, promoted_y: np.ndarray,
                     promoted_probabilities: np.ndarray, gold_pairs: int) -> dict:
    """What promoting "other" pairs at PROMOTION_FLOOR adds to the partnership pairs kept at PARTNERSHIP_FLOOR."""
    promoted = promoted_probabilities >= PROMOTION_FLOOR
    both_y = np.r_[y, promoted_y]
    return {"pairs": len(promoted_y), "true_pairs": int(promoted_y.sum()), "floor": PROMOTION_FLOOR,
            "promoted": int(promoted.sum()), "promoted_true": int(promoted_y[promoted].sum()),
            "with": _f1(both_y, np.r_[probabilities >= PARTNERSHIP_FLOOR, promoted], gold_pairs),
            "without": _f1(both_y, np.r_[probabilities >= PARTNERSHIP_FLOOR, np.zeros_like(promoted)], gold_pairs)}


def _arrays(rows):
    return (np.array([r[0] for r in rows], dtype=float), np.array([r[1] for r in rows]),
            np.array([r[2] for r in rows]))


def train(gold_dir: Path = DEFAULT_GOLD_DIR, rules_path: Path = RULES_OF_THE_DAY) -> dict:
    rows, promotion_rows, gold_pairs = training_rows(gold_dir, rules_path)
    x, y, parts = _arrays(rows)
    px, py, pparts = _arrays(promotion_rows)
    probabilities, promoted_probabilities = leave_one_part_out(x, y, parts), leave_one_part_out(px, py, pparts)
    source = {"source": "tests/data/gold/rules-of-the-day.jsonl", "parts": sorted(gold_pairs)}
    model = fit(x, y)
    model["trained_on"] = {**source, "leave_one_part_out": report(y, probabilities, x[:, 0],
                                                                  sum(gold_pairs.values()))}
    model["promotion"] = fit(px, py)
    model["promotion"]["trained_on"] = {**source, "leave_one_part_out": promotion_report(
        y, probabilities, py, promoted_probabilities, sum(gold_pairs.values()))}
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the fitted model to {MODEL_PATH.name}")
    args = parser.parse_args()
    model = train()
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
    floor = figures["floor"]
    print(f"pairs under {floor['floor']} kept as 'other': F1 {floor['f1']:.3f} (P {floor['precision']:.3f}, "
          f"R {floor['recall']:.3f}); without the floor: F1 {floor['without']['f1']:.3f} "
          f"(P {floor['without']['precision']:.3f}, R {floor['without']['recall']:.3f})")
    promotion = model["promotion"]["trained_on"]["leave_one_part_out"]
    print(f"'other' pairs at {promotion['floor']} or more promoted: {promotion['promoted']} of {promotion['pairs']} "
          f"({promotion['promoted_true']} true); F1 {promotion['with']['f1']:.3f} (P {promotion['with']['precision']:.3f}, "
          f"R {promotion['with']['recall']:.3f}) against {promotion['without']['f1']:.3f} without promotion")
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    main()
