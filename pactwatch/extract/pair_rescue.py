"""Partnerships the rules missed: a learned second look at the pairs the rules could not pair at all.

On text they had not been tuned on, the rules of the day found about three gold pairs in four. Of the
ones they missed, two fifths had the country and the company named in one sentence, with nothing the
rules could read between them: a subject left out, a deal word in the next sentence, a body they do not
know as the government's. Each such structure is rare, so more rules do not reach them; this model does,
from facts of the article. Its candidates are the pairs named in one sentence that the rules gave no
relation at all (a pair the rules read as another type, or as denied, stays theirs to judge). A
candidate whose probability reaches RESCUE_THRESHOLD becomes a partnership (procurement when its
sentence has a procurement cue and no partnership cue), with that probability as its confidence and the
sentence naming both as its evidence.

Like the pair model, it is learned from what the rules *of the day* missed on each held-out gold part
(`tests/data/gold/rules-of-the-day.jsonl`), so it is fitted to the rules' misses on unseen text, not on
the text they were written for. `pactwatch.extract.pair_training` fits it and prints how it does on parts
it did not see; the fitted weights are `pair_rescue.json`, part of the extractor's version stamp.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pactwatch.extract.amounts import find_amount
from pactwatch.extract.gazetteer import PAIR_RESCUE, Gazetteer
from pactwatch.extract.lexicon import PARTNERSHIP_FAMILY
from pactwatch.extract.pair_model import probability, read_model

MODEL_PATH = PAIR_RESCUE
# Leave-one-part-out F1 is flat (0.828-0.835) from 0.4 to 0.75; from 0.7 on, the pairs added were right
# more often than the rules' own (87% against 85%), so they raise recall without lowering precision.
RESCUE_THRESHOLD = 0.7
LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pt")
CUE_TYPES = ("partnership", "procurement", "negation", "hedge", "regulation", "litigation", "other", "investment")
FEATURES = (
    "country_other_deal",       # the rules give the country a partnership with another organisation
    "organization_other_deal",  # … or the organisation one with another country
    "sentences_naming_both",    # log(1 + sentences naming the country and the organisation)
    *(f"{t}_beside_both" for t in CUE_TYPES),   # a cue of that type in a sentence naming both
    "deal_read_beside_both",    # the rules read a partnership or procurement in the cues of a sentence naming both
    "rules_chose_another",      # the rules paired the country with another organisation of a sentence naming both
    "rules_chose_another_country",   # … or the organisation with another country of that sentence
    "government_beside_both",   # a government word in a sentence naming both
    "institution_beside_both",  # the country named by one of its institutions in a sentence naming both
    "next_sentence",            # one sentence names the country, the next the organisation (or back)
    "country_most_named",
    "country_share",
    "country_in_title",
    "organization_in_title",
    "organization_home",        # the organisation is headquartered in the country
    "countries_named",          # log(1 + distinct countries in the article)
    "organizations_named",
    "organization_share",
    *(f"article_{t}" for t in CUE_TYPES),       # a cue of that type anywhere in the article
    "first_sentence_naming_both",                # its position (title 0), capped at 10, over 10
    "organizations_beside_both",                 # the most organisations in one sentence naming both
    "countries_beside_both",
    *(f"language_{code}" for code in LANGUAGES),
)


def candidate_features(relations: list[tuple[str, str, str, float]], sentences: list[dict | None],
                       language: str, gaz: Gazetteer) -> dict[tuple[str, str], list[float]]:
    """The FEATURES of every candidate pair: named in one sentence, and given no relation by the rules.

    `relations` are the rules' (country, organisation, type, confidence); `sentences` are
    pair_model.sentence_facts of the article.
    """
    by_pair: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for country, organization, relation_type, confidence in relations:
        by_pair.setdefault((country, organization), []).append((relation_type, confidence))
    deals = {pair for pair, found in by_pair.items() if any(t in PARTNERSHIP_FAMILY for t, _ in found)}
    named = [s for s in sentences if s]
    # a government the rules read and an organisation of one sentence, unless the rules read a relation
    # between them (another type, a denial: on unseen text the model's additions among those were right
    # less than half the time) or the organisation as a rival ("au lieu de Google", "rivaliser avec OpenAI")
    candidates = {(c, o) for s in named for c in s["governments"] for o in s["organizations"]
                  if o not in s["set_aside"]} - set(by_pair)
    if not candidates:
        return {}
    countries = sum((s["countries"] for s in named), Counter())
    organizations = sum((s["organizations"] for s in named), Counter())
    most = max(countries.values(), default=0)
    article_cues = set().union(*(s["cues"] for s in named))
    title = sentences[0] or {"countries": {}, "organizations": {}}
    features = {}
    for country, organization in sorted(candidates):
        both = [s for s in named if country in s["governments"] and organization in s["organizations"]]
        cues_beside = set().union(*(s["cues"] for s in both)) if both else set()
        next_sentence = any(a and b and (country in a["governments"] and organization in b["organizations"]
                                         or organization in a["organizations"] and country in b["governments"])
                            for a, b in zip(sentences, sentences[1:], strict=False))
        first = next((i for i, s in enumerate(sentences)
                      if s and country in s["governments"] and organization in s["organizations"]), 10)
        features[(country, organization)] = [
            float(any(c == country and o != organization for c, o in deals)),
            float(any(o == organization and c != country for c, o in deals)),
            math.log1p(len(both)),
            *(float(t in cues_beside) for t in CUE_TYPES),
            float(any(s["verdict"] in PARTNERSHIP_FAMILY for s in both)),
            float(any((country, other) in deals for s in both for other in s["organizations"] if other != organization)),
            float(any((other, organization) in deals for s in both for other in s["governments"] if other != country)),
            float(any(s["gov"] for s in both)),
            float(any(country in s["institutions"] for s in both)),
            float(next_sentence),
            float(countries[country] == most),
            countries[country] / max(1, sum(countries.values())),
            float(country in title["countries"]),
            float(organization in title["organizations"]),
            float(gaz.org_hq.get(organization) == country),
            math.log1p(len(countries)),
            math.log1p(len(organizations)),
            organizations[organization] / max(1, sum(organizations.values())),
            *(float(t in article_cues) for t in CUE_TYPES),
            min(first, 10) / 10,
            float(max((len(s["organizations"]) for s in both), default=0)),
            float(max((len(s["countries"]) for s in both), default=0)),
            *(float(language == code) for code in LANGUAGES),
        ]
    return features


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict:
    return read_model(path, FEATURES)


def rescue(relations: list, sentences: list[dict | None], language: str, gaz: Gazetteer,
           model: dict | None = None) -> list:
    """The relations, plus a partnership for every candidate pair the model finds likely enough."""
    from pactwatch.extract.relations import Relation  # relations imports this module

    model = model or load_model()
    features = candidate_features([(r.country_iso3, r.organization_id, r.relation_type, r.confidence)
                                   for r in relations], sentences, language, gaz)
    rescued = []
    for (country, organization), values in features.items():
        p = probability(model, values)
        if p < RESCUE_THRESHOLD:
            continue
        index, evidence, sectors, cues = _evidence(country, organization, sentences)
        amount = find_amount(evidence)
        rescued.append(Relation(
            country_iso3=country, organization_id=organization,
            relation_type="procurement" if "procurement" in cues and "partnership" not in cues else "partnership",
            confidence=round(p, 3), evidence=evidence, sentence_index=index, sectors=sectors,
            amount=amount[0] if amount else None, currency=amount[1] if amount else None))
    return relations + rescued


def _evidence(country: str, organization: str, sentences: list[dict | None]):
    """(sentence index, evidence, sectors, cue types) of a rescued pair: the sentence naming both with the
    most partnership cues (the earliest of equals); sectors of that sentence and the next."""
    family = set(PARTNERSHIP_FAMILY)
    index = max((len(s["cues"] & family), -i, i) for i, s in enumerate(sentences)
                if s and country in s["governments"] and organization in s["organizations"])[2]
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    sectors = sentences[index]["sectors"] | (following["sectors"] if following else set())
    return index, sentences[index]["text"], sorted(sectors), sentences[index]["cues"]
