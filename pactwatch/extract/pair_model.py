"""Calibrated confidence for partnership pairs: how often a pair like this one is a true partnership.

The rules' own confidence says how strong a sentence's cue is, not how often the rules are right: on
text they had not been tuned on, rule pairs of confidence 0.5–0.6 were right 73% of the time and those
of 0.9 and more 92%. This module scores each (country, organisation) pair the rules call a
partnership or procurement with a small logistic model over facts of the article (is the pair named
in the title, is a negation in the sentences naming both, how many countries share the story…).

The model is learned from what the rules *of the day* found on each held-out gold part before any rule
was tuned on it (`tests/data/gold/rules-of-the-day.jsonl`), so its probabilities describe the rules on
unseen text, not on the text they were written for. `pactwatch.extract.pair_training` fits it; the
fitted weights are `pair_model.json`, part of the extractor's version stamp.

A second model of the same form, `promotion` in the same file, reads the pairs the rules call only "other"
(a company and a country in one story with no cue the rules trust) as if they were partnership pairs: on
held-out text one in seven of them is a partnership the rules missed, and the model finds the likeliest.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pactwatch.extract.gazetteer import PAIR_MODEL, Gazetteer
from pactwatch.extract.lexicon import COURT_WORDS, COURTS_PLURAL, PARTNERSHIP_FAMILY
from pactwatch.extract.mentions import _countries_named, _is_locative

MODEL_PATH = PAIR_MODEL
OTHER_TYPES = ("investment", "regulation", "litigation", "other")
FEATURES = (
    "rule_confidence",          # the strongest cue among the pair's partnership sentences
    "rule_other_type",          # the rules also give the pair another relation type
    *(f"rule_{t}" for t in OTHER_TYPES),
    "country_other_deal",       # the rules pair the country with another organisation as well
    "organization_other_deal",  # … or the organisation with another country
    "sentences_naming_both",    # log(1 + sentences naming the country and the organisation)
    "cue_beside_both",          # a partnership cue in a sentence naming both
    "negation_beside_both",     # a negation or denial in a sentence naming both
    "government_beside_both",   # a government word in a sentence naming both
    "dispute_beside_both",      # a regulation or litigation cue in a sentence naming both
    "cue_next_sentence",        # one names the country, the next the organisation, with a cue in either
    "country_most_named",       # the country is the article's most named
    "country_share",            # its share of the article's country mentions
    "country_by_institution",   # named by an institution (NHS, Bundeswehr), not only by a country word
    "country_in_title",
    "organization_in_title",
    "organization_home",        # the organisation is headquartered in the country
    "countries_named",          # log(1 + distinct countries in the article)
    "organizations_named",      # log(1 + distinct organisations)
    "organization_share",       # the organisation's share of organisation mentions
    "article_cue",              # a partnership cue anywhere in the article
    "article_negation",         # a negation anywhere in the article
)
TITLE_FEATURES = (FEATURES.index("country_in_title"), FEATURES.index("organization_in_title"))
# Below this probability a rule pair is more often wrong than right on unseen text, and it is kept as an "other"
# event rather than a partnership. Chosen leave-one-part-out (pair_training prints F1 with and without it).
PARTNERSHIP_FLOOR = 0.4
# At or above this probability of the promotion model, a pair the rules call only "other" is reported as a
# partnership. Adding a pair raises the expected F1 when it is right more often than F1 / 2 (about 0.43 on
# unseen text); the margin above that allows for the promotion model's weaker calibration on recent parts.
PROMOTION_FLOOR = 0.5
PROMOTED_TYPE = "partnership"


def article_facts(text: str, language: str, title: str, gaz: Gazetteer) -> list[dict | None]:
    """sentence_facts of an article."""
    from pactwatch.extract.relations import analyse  # relations imports this module

    return sentence_facts(analyse(text, language, title, gaz)[0])


def sentence_facts(analysed) -> list[dict | None]:
    """Per sentence of an analysed article (relations.analyse; the title first): countries with counts,
    institutions, organisations, cue types, gov words; from the mentions as the rules resolved them (a
    stray foreign acronym dropped, a dateline on its own line, an acronym the article defines)."""
    found = []
    for _, tokens, m in analysed:
        if not tokens or not m:
            found.append(None)
            continue
        # (a large city's dateline counts: "CASABLANCA" may be the only word that says which country the story is in)
        found.append({"countries": _countries_named(m) + Counter(
                          d.entry.kind for d in m.get("dateline", []) if d.entry.value == "city"),
                      "institutions": {c.entry.value for c in m["country"] if c.entry.kind.startswith("institution")},
                      "organizations": Counter(o.entry.value for o in m["org"]),
                      "cues": {c.entry.value for c in m["cue"] if not _court_as_user(c, m, tokens)},
                      "gov": bool(m["gov"])})
    return found


def _court_as_user(cue, m, tokens) -> bool:
    """The courts as a place, in a sentence whose only dispute words are court words, beside a deal word, are the
    courts that use a system, not a lawsuit: "la magistratura sperimenta, in base a un accordo con ElevenLabs, un
    servizio simile nei tribunali di Nairobi" (but "Oracle goes to High Court over lost tender")."""
    def court_word(c) -> bool:
        return c.end - c.start == 1 and tokens[c.start].folded in COURT_WORDS | COURTS_PLURAL
    return cue.entry.value == "litigation" and cue.end - cue.start == 1 and tokens[cue.start].folded in COURTS_PLURAL \
        and _is_locative(cue, tokens) \
        and any(c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"]) \
        and all(court_word(c) for c in m["cue"] if c.entry.value in ("litigation", "regulation"))


def pair_features(text: str, language: str, title: str, relations: list[tuple[str, str, str, float]],
                  gaz: Gazetteer, sentences: list[dict | None] | None = None,
                  promotion: bool = False) -> dict[tuple[str, str], list[float]]:
    """The FEATURES of every partnership-family pair in `relations` ((country, organisation, type, confidence)).

    With `promotion`, those of every pair the rules call only "other" instead, read as if its sentences were
    partnership sentences: the promotion model's inputs."""
    by_pair: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for country, organization, relation_type, confidence in relations:
        by_pair.setdefault((country, organization), []).append((relation_type, confidence))
    deals = {pair for pair, found in by_pair.items() if any(t in PARTNERSHIP_FAMILY for t, _ in found)}
    if promotion:
        targets = {pair for pair, found in by_pair.items() if all(t == "other" for t, _ in found)}
        by_pair = {pair: [(PROMOTED_TYPE, c) for _, c in found] if pair in targets else found
                   for pair, found in by_pair.items()}
    else:
        targets = deals
    if not targets:
        return {}
    sentences = sentences if sentences is not None else article_facts(text, language, title, gaz)
    named = [s for s in sentences if s]
    countries = sum((s["countries"] for s in named), Counter())
    organizations = sum((s["organizations"] for s in named), Counter())
    institutions = set().union(*(s["institutions"] for s in named)) if named else set()
    cues = set().union(*(s["cues"] for s in named)) if named else set()
    family = set(PARTNERSHIP_FAMILY)
    title_facts = sentences[0] if title.strip() else None
    in_title = title_facts or {"countries": {}, "organizations": {}}
    most = max(countries.values(), default=0)
    features = {}
    for country, organization in sorted(targets):
        found = by_pair[(country, organization)]
        both = [s for s in named if country in s["countries"] and organization in s["organizations"]]
        next_sentence = any(
            a and b and (country in a["countries"] and organization in b["organizations"]
                         or organization in a["organizations"] and country in b["countries"])
            and (a["cues"] | b["cues"]) & family for a, b in zip(sentences, sentences[1:], strict=False))
        features[(country, organization)] = [
            max(c for t, c in found if t in PARTNERSHIP_FAMILY),
            float(any(t not in PARTNERSHIP_FAMILY for t, _ in found)),
            *(float(any(t == other for t, _ in found)) for other in OTHER_TYPES),
            float(any(c == country and o != organization for c, o in deals)),
            float(any(o == organization and c != country for c, o in deals)),
            math.log1p(len(both)),
            float(any(s["cues"] & family for s in both)),
            float(any("negation" in s["cues"] for s in both)),
            float(any(s["gov"] for s in both)),
            float(any(s["cues"] & {"regulation", "litigation"} for s in both)),
            float(next_sentence),
            float(countries[country] == most),
            countries[country] / max(1, sum(countries.values())),
            float(country in institutions),
            float(country in in_title["countries"]),
            float(organization in in_title["organizations"]),
            float(gaz.org_hq.get(organization) == country),
            math.log1p(len(countries)),
            math.log1p(len(organizations)),
            organizations[organization] / max(1, sum(organizations.values())),
            float(bool(cues & family)),
            float("negation" in cues),
        ]
    if title_facts is None:   # no title: unknown, not "named in no title" (the model never saw an untitled article)
        for values in features.values():
            for i in TITLE_FEATURES:
                values[i] = math.nan
    return features


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict:
    model = json.loads(Path(path).read_text(encoding="utf-8"))
    for name, part in (("model", model), ("promotion model", model.get("promotion", model))):
        if tuple(part["features"]) != FEATURES:
            raise ValueError(f"{path}: the {name}'s features differ from pair_model.FEATURES; "
                             "refit it with `python -m pactwatch.extract.pair_training --write`")
    return model


def probability(model: dict, values: list[float]) -> float:
    """The logistic model's probability. A value outside the range the model was fitted on (a 5 MB page naming
    the pair in a thousand sentences) counts as the range's end, and an unknown value (nan) as the mean."""
    low, high = model.get("minimums"), model.get("maximums")
    if low and high:
        values = [min(max(v, lo), hi) for v, lo, hi in zip(values, low, high, strict=True)]
    z = model["intercept"] + sum(w * (v - mu) / sd for w, v, mu, sd
                                 in zip(model["weights"], values, model["means"], model["scales"], strict=True)
                                 if not math.isnan(v))
    return 1 / (1 + math.exp(-z))


def calibrate(relations: list, text: str, language: str, title: str, gaz: Gazetteer, model: dict | None = None,
              sentences: list[dict | None] | None = None) -> list:
    """The relations with each partnership-family pair's confidence set to the model's probability.

    The pair's strongest sentence carries the probability; its weaker sentences are scaled below it, so
    the evidence chosen downstream (the most confident sentence) does not change. A pair under
    PARTNERSHIP_FLOOR becomes an "other" event with that confidence: still recorded, no longer a partnership.
    A pair the rules call only "other" that the promotion model (if the model has one) puts at PROMOTION_FLOOR
    or more becomes a partnership the same way.
    """
    model = model or load_model()
    found = [(r.country_iso3, r.organization_id, r.relation_type, r.confidence) for r in relations]
    features = pair_features(text, language, title, found, gaz, sentences)
    promotable = pair_features(text, language, title, found, gaz, sentences, promotion=True) \
        if "promotion" in model else {}
    if not features and not promotable:
        return relations
    denied = {(r.country_iso3, r.organization_id) for r in relations if r.denied}
    calibrated = []
    for r in relations:
        pair = (r.country_iso3, r.organization_id)
        if r.relation_type in PARTNERSHIP_FAMILY and pair in features:
            strongest = features[pair][0]
            p = probability(model, features[pair])
            r = replace(r, confidence=round(p * r.confidence / strongest if strongest else p, 3),
                        relation_type=r.relation_type if p >= PARTNERSHIP_FLOOR else "other")
        elif pair in promotable and pair not in denied:
            p = probability(model["promotion"], promotable[pair])
            if p >= PROMOTION_FLOOR:
                strongest = promotable[pair][0]
                r = replace(r, confidence=round(p * r.confidence / strongest if strongest else p, 3),
                            relation_type=PROMOTED_TYPE)
        calibrated.append(r)
    return calibrated
