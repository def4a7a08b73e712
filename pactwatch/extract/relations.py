"""Find government–organisation relations in an article.

Per sentence: match countries, government actors, organisations, cue words and sectors from the
gazetteer; build the government *parties* (a government word with its country, a metonym such as
Whitehall, an EU institution, or a country named as an actor); pair each organisation with the
nearest party of its clause; type the pair from the cue words of that clause. Countries that only
describe a company ("the American firm OpenAI") or a place ("offices in France") are not parties.
A government word with no country ("the ministry signed…") takes the country of the previous
sentences: that is the only coreference attempted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pactwatch.extract.amounts import find_amount
from pactwatch.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from pactwatch.extract.text import Token, clean_text, fold, split_sentences, tokenize

PARTNERSHIP_FAMILY = ("partnership", "procurement")
RELATION_TYPES = ("partnership", "procurement", "investment", "regulation", "litigation", "other")
# On a tie between cue strengths, the more specific (and more damaging to get wrong) type wins.
TYPE_PRIORITY = {"litigation": 6, "regulation": 5, "procurement": 4, "partnership": 3, "investment": 2, "other": 1}
MIN_PARTNERSHIP_CONFIDENCE = 0.45

ATTACH_WINDOW = 5        # tokens between a government word and its country
DESCRIBE_WINDOW = 4      # tokens between a company and a country that describes it
# Words after which a country is a place, not an actor ("offices in France", "au Royaume-Uni").
LOCATIVE = {fold(w) for w in (
    "in across throughout into within from near at "
    "en au aux dans à depuis vers "
    "im nach aus innerhalb bei "
    "desde hacia "
    "nel nella nei negli nelle dal dalla "
    "em no na nos nas do da dos das "
    "naar uit binnen bij"
).split()}
ARTICLES = {fold(w) for w in "the le la les l der die das den dem des el los las lo il gli i o a os as de het 's s".split()}
CONTRAST = {fold(w) for w in (
    "while whereas but meanwhile however unlike alors tandis mais cependant contrairement "
    "während aber doch wohingegen hingegen mientras pero sino mentre invece ma enquanto mas porém "
    "terwijl maar echter"
).split()}
# "similar deals with Google and Anthropic": a partnership of the same government, mentioned in passing.
ANAPHORA = {fold(w) for w in (
    "similar similaires similaire ähnliche ähnlichen vergleichbare similares similar simili analoghi "
    "semelhantes vergelijkbare soortgelijke also already aussi déjà bereits auch también ya anche già "
    "também já ook al"
).split()}
WEAK_ROLES = {"regulator"}


@dataclass(frozen=True)
class Mention:
    entry: Entry
    start: int
    end: int


@dataclass
class Party:
    country: str
    position: int
    strength: float
    actor_kind: str
    coreference: bool = False


@dataclass
class Relation:
    country_iso3: str
    organization_id: str
    relation_type: str
    confidence: float
    evidence: str
    sentence_index: int
    sectors: list[str] = field(default_factory=list)
    amount: float | None = None
    currency: str | None = None


def _case_ok(entry: Entry, tokens: list[Token]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "initial":
        return tokens[0].text[:1].isupper()
    written = [t.text for t in tokens]
    wanted = re.findall(r"\w+(?:\.\w+)*", entry.surface)
    return written == wanted


def find_mentions(tokens: list[Token], gaz: Gazetteer, language: str) -> dict[str, list[Mention]]:
    """Longest non-overlapping gazetteer matches per category."""
    found: dict[str, list[Mention]] = {"country": [], "gov": [], "org": [], "cue": [], "sector": []}
    taken: dict[str, int] = {c: -1 for c in found}   # end of the last match per category
    n = len(tokens)
    for i in range(n):
        longest = gaz.max_len.get(tokens[i].folded)
        if not longest:
            continue
        matched_categories: set[str] = set()
        for length in range(min(longest, n - i), 0, -1):
            entries = gaz.index.get(tuple(t.folded for t in tokens[i:i + length]))
            if not entries:
                continue
            for entry in entries:
                cat = entry.category
                if cat in matched_categories or taken[cat] > i:
                    continue
                if entry.language and entry.language not in (language, "en"):
                    continue
                if not _case_ok(entry, tokens[i:i + length]):
                    continue
                found[cat].append(Mention(entry, i, i + length))
                matched_categories.add(cat)
                taken[cat] = i + length
    return found


def _distance(a: Mention | Party, b: Mention) -> int:
    start = a.start if isinstance(a, Mention) else a.position
    end = a.end if isinstance(a, Mention) else a.position + 1
    if end <= b.start:
        return b.start - end
    if b.end <= start:
        return start - b.end
    return 0


def _is_locative(m: Mention, tokens: list[Token]) -> bool:
    i = m.start - 1
    while i >= 0 and tokens[i].folded in ARTICLES:
        i -= 1
    return i >= 0 and tokens[i].folded in LOCATIVE


def _clauses(sentence: str, tokens: list[Token]) -> list[int]:
    """Clause number of each token: semicolons and contrast words start a new clause."""
    clause, out, last = 0, [], 0
    for t in tokens:
        if ";" in sentence[last:t.start] or t.folded in CONTRAST:
            clause += 1
        out.append(clause)
        last = t.start
    return out


def _parties(m: dict[str, list[Mention]], tokens: list[Token], gaz: Gazetteer,
             context: str | None, has_cue: bool) -> list[Party]:
    countries = m["country"]
    orgs = m["org"]
    attached: set[int] = set()
    parties: list[Party] = []
    for g in m["gov"]:
        kind = g.entry.value
        if kind == "eu_institution":
            parties.append(Party("EUU", g.start, 1.0, kind))
            continue
        near = [c for c in countries if _distance(g, c) <= ATTACH_WINDOW and not _is_locative(c, tokens)]
        if near:
            best = min(near, key=lambda c: _distance(g, c))
            attached.add(id(best))
            parties.append(Party(best.entry.value, min(g.start, best.start), 1.0, kind))
        elif context:
            parties.append(Party(context, g.start, 0.75, kind, coreference=True))

    def describes_company(c: Mention) -> bool:
        return any(gaz.org_hq.get(o.entry.value) == c.entry.value and _distance(o, c) <= DESCRIBE_WINDOW
                   for o in orgs)

    for c in countries:
        if id(c) in attached:
            continue
        kind = c.entry.kind
        if kind == "metonym":
            parties.append(Party(c.entry.value, c.start, 0.95, "government"))
        elif kind in ("name", "capital") and not _is_locative(c, tokens) and not describes_company(c):
            parties.append(Party(c.entry.value, c.start, 0.8 if kind == "name" else 0.7, "country"))
    if not parties and context and has_cue and any(t.folded in ANAPHORA for t in tokens):
        parties.append(Party(context, 0, 0.65, "country", coreference=True))
    return parties


def _relation_type(cues: list[Mention], actor_kind: str) -> tuple[str, float]:
    scores: dict[str, float] = {}
    for cue in cues:
        scores[cue.entry.value] = max(scores.get(cue.entry.value, 0.0), cue.entry.strength)
    negated = scores.pop("negation", 0.0)
    hedged = scores.pop("hedge", 0.0)
    if actor_kind in WEAK_ROLES:
        return ("regulation", scores["regulation"]) if "regulation" in scores else ("other", 0.4)
    if not scores:
        return "other", 0.3
    best = max(scores, key=lambda t: (scores[t], TYPE_PRIORITY.get(t, 0)))
    strength = scores[best]
    if best in PARTNERSHIP_FAMILY and (negated or hedged):
        return "other", 0.4
    return best, strength


def extract_relations(text: str, language: str, title: str = "", gaz: Gazetteer | None = None) -> list[Relation]:
    """All relations in an article, one per sentence and pair (the title counts as sentence 0)."""
    gaz = gaz or load_gazetteer()
    text = clean_text(text)
    sentences = ([clean_text(title).strip()] if title and title.strip() else [""]) + split_sentences(text)
    analysed = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        analysed.append((sentence, tokens, find_mentions(tokens, gaz, language) if tokens else None))
    relations: list[Relation] = []
    context: str | None = None
    for index, (sentence, tokens, m) in enumerate(analysed):
        if not m:
            continue
        has_cue = any(c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"])
        parties = _parties(m, tokens, gaz, context, has_cue)
        if m["org"] and parties:
            clause_of = _clauses(sentence, tokens)
            for org in m["org"]:
                relation = _pair(org, parties, m, clause_of, gaz)
                if relation is None:
                    continue
                party, rtype, confidence = relation
                evidence = sentence
                if party.coreference and index > 0 and analysed[index - 1][0]:
                    evidence = f"{analysed[index - 1][0]} {sentence}"  # the sentence the reference points to
                sectors = _sectors(m, analysed[index + 1][2] if index + 1 < len(analysed) else None)
                amount = find_amount(sentence)
                relations.append(Relation(
                    country_iso3=party.country, organization_id=org.entry.value, relation_type=rtype,
                    confidence=round(confidence, 3), evidence=evidence, sentence_index=index,
                    sectors=sectors, amount=amount[0] if amount else None,
                    currency=amount[1] if amount else None,
                ))
        explicit = [p for p in parties if not p.coreference and p.actor_kind != "regulator"]
        if explicit:
            context = max(explicit, key=lambda p: (p.strength, p.position)).country
    return _dedupe(relations)


def _pair(org: Mention, parties: list[Party], m, clause_of: list[int], gaz: Gazetteer):
    clause = clause_of[org.start]
    same_clause = [p for p in parties if clause_of[min(p.position, len(clause_of) - 1)] == clause]
    if same_clause:
        party = min(same_clause, key=lambda p: _distance(p, org))
        clauses = {clause}
    else:
        countries = {p.country for p in parties}
        if len(countries) != 1:
            return None
        party = min(parties, key=lambda p: _distance(p, org))
        clauses = {clause, clause_of[min(party.position, len(clause_of) - 1)]}
    if party.country == gaz.org_hq.get(org.entry.value) and party.actor_kind == "country":
        # "OpenAI, the US company, …": a bare home-country name next to its company is a description.
        if _distance(party, org) <= DESCRIBE_WINDOW:
            return None
    cues = [c for c in m["cue"] if clause_of[c.start] in clauses]
    rtype, strength = _relation_type(cues, party.actor_kind)
    distance = _distance(party, org)
    confidence = party.strength * strength * (1.0 if distance <= 12 else 0.85)
    if rtype in PARTNERSHIP_FAMILY and confidence < MIN_PARTNERSHIP_CONFIDENCE:
        rtype = "other"
    return party, rtype, min(1.0, max(0.0, confidence))


def _sectors(m, next_mentions) -> list[str]:
    found = {s.entry.value for s in m["sector"]}
    if next_mentions:
        found |= {s.entry.value for s in next_mentions["sector"]}
    return sorted(found)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """Keep one relation per (country, organisation, type): the most confident, earliest sentence."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.country_iso3, r.organization_id, r.relation_type)
        if key not in best or (r.confidence, -r.sentence_index) > (best[key].confidence, -best[key].sentence_index):
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.sentence_index, r.country_iso3, r.organization_id))


def partnership_pairs(relations: list[Relation]) -> set[tuple[str, str]]:
    return {(r.country_iso3, r.organization_id) for r in relations if r.relation_type in PARTNERSHIP_FAMILY}


def cooccurrence_pairs(text: str, language: str, title: str = "", gaz: Gazetteer | None = None) -> set[tuple[str, str]]:
    """The naive baseline: every country and organisation named in the same sentence."""
    gaz = gaz or load_gazetteer()
    pairs = set()
    for sentence in [title] + split_sentences(clean_text(text)):
        tokens = tokenize(sentence)
        if not tokens:
            continue
        m = find_mentions(tokens, gaz, language)
        countries = {c.entry.value for c in m["country"]} | {"EUU" for g in m["gov"] if g.entry.value == "eu_institution"}
        pairs |= {(c, o.entry.value) for c in countries for o in m["org"]}
    return pairs
