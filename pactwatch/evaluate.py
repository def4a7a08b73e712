"""`pactwatch eval`: precision, recall and F1 of partnership pairs on the annotated gold set.

A pair is (article, country, organisation) of the partnership family. The same run scores a naive
baseline (every country and organisation named in one sentence) so the gain is visible, and the
precision of the found pairs by confidence band, which says whether the confidence can be trusted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract.lexicon import PARTNERSHIP_FAMILY
from pactwatch.extract.relations import cooccurrence_pairs, extract_relations
from pactwatch.settings import PROJECT_DIR

DEFAULT_GOLD_DIR = PROJECT_DIR / "tests" / "data" / "gold"
CONFIDENCE_BANDS = (0.0, 0.5, 0.7, 0.85, 0.95)


@dataclass
class GoldArticle:
    id: str
    language: str
    split: str
    title: str
    text: str
    pairs: set[tuple[str, str]]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)


@dataclass
class Evaluation:
    system: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    baseline: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[tuple[str, str, tuple[str, str]]] = field(default_factory=list)   # (kind, article id, pair)
    # per slice, each found pair's confidence and whether the gold set has it
    confidences: dict[str, list[tuple[float, bool]]] = field(default_factory=lambda: defaultdict(list))
    articles: int = 0


def load_gold(gold_dir: Path = DEFAULT_GOLD_DIR) -> list[GoldArticle]:
    articles = []
    files = sorted(Path(gold_dir).glob("*.yaml"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no gold *.yaml files")
    for path in files:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            pairs = {(p["country"], p["organization"]) for p in item.get("pairs") or []
                     if p.get("relation_type", "partnership") in PARTNERSHIP_FAMILY}
            articles.append(GoldArticle(item["id"], item["language"], item.get("split", "tune"),
                                        item.get("title", ""), item["text"], pairs))
    return articles


def annotated_organizations(gold_dir: Path = DEFAULT_GOLD_DIR) -> set[str] | None:
    """The organisations the annotators labelled; others in the gazetteer are not scored."""
    path = Path(gold_dir) / "organizations.txt"
    if not path.exists():
        return None
    return {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def evaluate(articles: list[GoldArticle], organizations: set[str] | None = None) -> Evaluation:
    gaz = load_gazetteer()
    result = Evaluation()
    scored = (lambda pairs: {p for p in pairs if p[1] in organizations}) if organizations else (lambda pairs: pairs)
    for article in articles:
        confidence: dict[tuple[str, str], float] = {}
        for r in extract_relations(article.text, article.language, article.title, gaz):
            if r.relation_type in PARTNERSHIP_FAMILY:
                pair = (r.country_iso3, r.organization_id)
                confidence[pair] = max(confidence.get(pair, 0.0), r.confidence)
        predicted = scored(set(confidence))
        naive = scored(cooccurrence_pairs(article.text, article.language, article.title, gaz))
        for key in ("all", article.language, f"split:{article.split}"):
            result.system[key].add(predicted, article.pairs)
            result.baseline[key].add(naive, article.pairs)
            if key != article.language:   # bands overall and per split
                result.confidences[key] += [(confidence[p], p in article.pairs) for p in sorted(predicted)]
        result.errors += [("FP", article.id, p) for p in sorted(predicted - article.pairs)]
        result.errors += [("FN", article.id, p) for p in sorted(article.pairs - predicted)]
        result.articles += 1
    return result


def report_lines(result: Evaluation) -> list[str]:
    lines = [f"{result.articles} gold articles; partnership pairs (article, country, organisation)",
             f"{'slice':<14}{'P':>7}{'R':>7}{'F1':>7}  {'tp/fp/fn':>12}   baseline P/R/F1"]
    order = ["all"] + sorted(k for k in result.system if k.startswith("split:")) + \
        sorted(k for k in result.system if k != "all" and not k.startswith("split:"))
    for key in order:
        s, b = result.system[key], result.baseline[key]
        lines.append(f"{key:<14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}  {f'{s.tp}/{s.fp}/{s.fn}':>12}   "
                     f"{b.precision:.3f}/{b.recall:.3f}/{b.f1:.3f}")
    return lines + confidence_lines(result)


def confidence_lines(result: Evaluation) -> list[str]:
    """Found pairs by confidence band: how many, and how many of them the gold set has (precision)."""
    slices = ["all"] + sorted(k for k in result.confidences if k != "all")
    bands = list(zip(CONFIDENCE_BANDS, CONFIDENCE_BANDS[1:] + (1.0,), strict=True))
    lines = ["found pairs by confidence band: pairs @ precision",
             f"{'slice':<14}" + "".join(f"{f'[{low:.2f}, {high:.2f}' + (']' if high == 1 else ')'):>13}"
                                        for low, high in bands)]
    for key in slices:
        cells = []
        for low, high in bands:
            inside = [right for c, right in result.confidences[key] if low <= c < high or (high == 1 and c == 1)]
            cells.append(f"{len(inside)} @ {sum(inside) / len(inside):.3f}" if inside else "0")
        lines.append(f"{key:<14}" + "".join(f"{cell:>13}" for cell in cells))
    return lines
