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
from pactwatch.extract.lexicon import (
    ACTOR_KINDS,
    ADJECTIVE_FIRST,
    ANAPHORA,
    ARTICLES,
    ATTACH_WINDOW,
    BASED,
    BRAZILIAN_MARKERS,
    BETWEEN,
    CALENDAR,
    COMPANY_SUFFIXES,
    COMMENT_VERBS,
    COMPANY_WORDS,
    COMPETE,
    COMPETE_WINDOW,
    COMPOUND_CUE_SUFFIXES,
    COMPOUND_GOV_SUFFIXES,
    CONTRAST,
    COORDINATORS,
    CURRENCY_HOME,
    DEFINITE,
    DIPLOMATS,
    EUROPEAN_PT_MARKERS,
    DESCRIBE_WINDOW,
    GENITIVE_ATTACH_WINDOW,
    GENITIVE_S_LANGUAGES,
    GAZETTE_FILLERS,
    GAZETTES,
    GENITIVE_WORDS,
    GROUP_NUMBERS,
    INSTITUTION_HEADS,
    IT,
    JOINTLY,
    LANGUAGE_HOME,
    LOCATIVE,
    NEGATION_WINDOW,
    NATIONAL,
    NATIONAL_BODY_HEADS,
    NATIONAL_BODY_PREFIXES,
    NEGATORS,
    NOT_A_DEAL_PREFIXES,
    NOT_NAMES,
    ORG_MODIFIERS_AFTER,
    ORG_MODIFIERS_BEFORE,
    PLURAL_PRONOUNS,
    RECEIVE,
    STATE_BODY_HEADS,
    STATE_TITLES,
    SUBNATIONAL_PREFIXES,
    SUBNATIONAL_WINDOW,
    TO_WORDS,
    TRAILING_NEGATION_WINDOW,
    TRAILING_NEGATORS,
    US,
    WE,
    WEAK_ROLES,
    WIN,
    WITH,
    WITH_BRIDGE,
    YOU,
)
from pactwatch.extract.text import Token, clean_text, split_sentences, tokenize

PARTNERSHIP_FAMILY = ("partnership", "procurement")
RELATION_TYPES = ("partnership", "procurement", "investment", "regulation", "litigation", "other")
# On a tie between cue strengths, the more specific (and more damaging to get wrong) type wins.
TYPE_PRIORITY = {"litigation": 6, "regulation": 5, "procurement": 4, "partnership": 3, "investment": 2, "other": 1}
MIN_PARTNERSHIP_CONFIDENCE = 0.45
FAMILY_WINS_AT = 0.5     # a partnership-family cue this strong types the pair even beside investment cues



@dataclass(frozen=True)
class Mention:
    entry: Entry
    start: int
    end: int


@dataclass
class Party:
    country: str
    position: int
    end: int
    strength: float
    actor_kind: str
    coreference: bool = False   # the country comes from an earlier sentence
    carried: bool = False       # the whole party comes from the previous sentence (a list that completes it)
    group: bool = False         # one of several governments referred to together ("the three countries")


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


def _positions(mentions: list[Mention]) -> set[int]:
    """The token positions the mentions cover."""
    return {i for x in mentions for i in range(x.start, x.end)}


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
    found: dict[str, list[Mention]] = {"country": [], "gov": [], "org": [], "cue": [], "sector": [], "subnational": []}
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
    if language in GENITIVE_S_LANGUAGES:
        covered = _positions(found["country"])
        for i, t in enumerate(tokens):
            if i in covered or len(t.folded) < 5 or not t.folded.endswith("s") or not t.text[:1].isupper():
                continue
            for entry in gaz.index.get((t.folded[:-1],), []):
                if entry.category == "country" and entry.kind == "name":   # "Österreichs", "Frankrijks"
                    found["country"].append(Mention(entry, i, i + 1))
                    break
        found["country"].sort(key=lambda c: c.start)
    if language in COMPOUND_GOV_SUFFIXES:
        covered = _positions(found["gov"])
        for i, t in enumerate(tokens):
            if i in covered or not t.text[:1].isupper():
                continue
            if t.folded.startswith(SUBNATIONAL_PREFIXES):
                if (any(t.folded.endswith(suffix) for suffix, _ in COMPOUND_GOV_SUFFIXES[language])
                        or t.folded.endswith(NATIONAL_BODY_HEADS[language])) \
                        and i not in _positions(found["subnational"]):
                    # "Die Landesregierung hat den Vertrag … verlängert": a Land's government acts
                    found["subnational"].append(Mention(Entry("subnational", "subnational"), i, i + 1))
                continue
            prefix = NATIONAL_BODY_PREFIXES[language]
            if t.folded.startswith(prefix) and t.folded[len(prefix):].endswith(NATIONAL_BODY_HEADS[language]):
                kind = "government" if t.folded.endswith(("regierung", "overheid")) else "agency"
                found["gov"].append(Mention(Entry("gov", kind, language=language), i, i + 1))   # "Bundesanstalt"
                continue
            for suffix, kind in COMPOUND_GOV_SUFFIXES[language]:
                if t.folded.endswith(suffix) and len(t.folded) >= len(suffix) + 3:   # "Bundesinnenministeriums"
                    found["gov"].append(Mention(Entry("gov", kind, language=language), i, i + 1))
                    break
        found["gov"].sort(key=lambda g: g.start)
        found["subnational"].sort(key=lambda r: r.start)
        covered = _positions(found["cue"])
        for i, t in enumerate(tokens):
            if i in covered or t.folded.startswith(NOT_A_DEAL_PREFIXES):
                continue
            for suffix, rtype, strength in COMPOUND_CUE_SUFFIXES[language]:
                if t.folded.endswith(suffix) and len(t.folded) >= len(suffix) + 3:   # "Pilotvereinbarung"
                    found["cue"].append(Mention(Entry("cue", rtype, kind=str(strength), language=language,
                                                      strength=strength), i, i + 1))
                    break
        found["cue"].sort(key=lambda c: c.start)
    found["gov"] = sorted(found["gov"] + _state_bodies(tokens, found), key=lambda g: g.start)
    found["org"] = [o for o in found["org"] if not _org_is_modifier(o, tokens)]
    # "announced in May": a capitalised hedge word inside a sentence is a name or a month, not a modal
    found["cue"] = [c for c in found["cue"] if not (c.entry.value == "hedge" and c.start > 0
                                                     and tokens[c.start].text[:1].isupper() and language != "de")]
    return found


def _state_bodies(tokens: list[Token], found: dict[str, list[Mention]]) -> list[Mention]:
    """"Caisse nationale", "Instituto Nacional", "National … Agency", "Instituto Guatemalteco": a capitalised
    institution word and "national" or a country adjective next to it (or, in English, "national" up to
    three words before it) that no seed already matched."""
    known = _positions(found["gov"] + found["org"] + found["subnational"]
                       + [c for c in found["country"] if c.entry.kind != "demonym"])
    out = []
    for i, t in enumerate(tokens):
        if t.folded not in STATE_BODY_HEADS or not t.text[:1].isupper() or i in known:
            continue
        demonym = any(c.start == i + 1 and c.entry.kind == "demonym" for c in found["country"])
        if i + 1 < len(tokens) and (tokens[i + 1].folded in NATIONAL or demonym):   # "Instituto Guatemalteco"
            span = (i, i + 1) if demonym else (i, i + 2)
        else:
            before = [j for j in range(max(0, i - 3), i) if tokens[j].folded in NATIONAL and tokens[j].text[:1].isupper()
                      and all(tokens[k].text[:1].isupper() for k in range(j, i))]
            if not before:
                continue
            span = (before[0], i + 1)
        if not any(k in known for k in range(*span)):
            out.append(Mention(Entry("gov", "agency"), *span))
    return out


def _org_is_modifier(o: Mention, tokens: list[Token]) -> bool:
    before = tokens[o.start - 1].folded if o.start > 0 else ""
    after = tokens[o.end].folded if o.end < len(tokens) else ""
    return before in ORG_MODIFIERS_BEFORE or after in ORG_MODIFIERS_AFTER


def _span(x) -> tuple[int, int]:
    return (x.start, x.end) if isinstance(x, Mention) else (x.position, x.end)


def _distance(a, b) -> int:
    a0, a1 = _span(a)
    b0, b1 = _span(b)
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0


def _is_locative(m: Mention, tokens: list[Token]) -> bool:
    for i in range(m.start - 1, max(-1, m.start - 4), -1):
        if tokens[i].folded in LOCATIVE:     # checked first: Portuguese "a" is an article, French "à" a place
            return True
        if tokens[i].folded not in ARTICLES:
            return False
    return False


def _names_a_gazette(c: Mention, tokens: list[Token]) -> bool:
    """"im Supplement zum Amtsblatt der EU", "au Journal officiel de l'UE": a publication, not a party."""
    for i in range(c.start - 1, max(-1, c.start - 5), -1):
        if tokens[i].folded in GAZETTES:
            return True
        if tokens[i].folded not in GAZETTE_FILLERS:
            return False
    return False


def _a_diplomats_country(c: Mention, tokens: list[Token]) -> bool:
    """"l'ambassadrice de France", "the French ambassador", "la embajada de Japón"."""
    beside = [tokens[i] for i in (c.start - 1, c.end) if 0 <= i < len(tokens)]
    if any(t.folded in DIPLOMATS for t in beside):
        return True
    i = c.start - 1
    while i >= 0 and c.start - i <= 3 and tokens[i].folded in ARTICLES | GENITIVE_WORDS:
        i -= 1
    return i >= 0 and i < c.start - 1 and tokens[i].folded in DIPLOMATS


def _is_company_word(word: str) -> bool:
    return word in COMPANY_WORDS or word.endswith(COMPANY_SUFFIXES)


def _describes_company_word(m: Mention, tokens: list[Token]) -> bool:
    reach = 3 if m.start > 0 and tokens[m.start - 1].folded in GENITIVE_WORDS else 2   # "la start-up di Tokyo"
    window = tokens[max(0, m.start - reach):m.start] + tokens[m.end:m.end + 2]
    return any(_is_company_word(t.folded) for t in window)


def _clauses(sentence: str, tokens: list[Token]) -> list[int]:
    """Clause number of each token: semicolons and contrast words start a new clause."""
    clause, out, last = 0, [], 0
    for t in tokens:
        if ";" in sentence[last:t.start] or t.folded in CONTRAST:
            clause += 1
        out.append(clause)
        last = t.start
    return out


def _institution_kind(c: Mention) -> str | None:
    kind = c.entry.kind
    return kind.split(":", 1)[1] if kind.startswith("institution:") else None


def _parties(m: dict[str, list[Mention]], tokens: list[Token], gaz: Gazetteer,
             context: str | None, has_cue: bool, language: str = "") -> list[Party]:
    orgs = m["org"]

    def governs(c: Mention) -> bool:   # "the Canadian government", "du gouvernement canadien"
        return any(_distance(g, c) == 0 and g.entry.value in ACTOR_KINDS for g in m["gov"])

    def describes_company(c: Mention) -> bool:
        if governs(c):
            return False
        if any(gaz.org_hq.get(o.entry.value) == c.entry.value and _distance(o, c) <= DESCRIBE_WINDOW for o in orgs):
            return True
        if c.end < len(tokens) and tokens[c.end].folded in BASED:
            return True   # "the Paris-based company"
        # "la start-up di Tokyo", "the Tokyo start-up": the city says where the company is
        return names_companies(c) or (c.entry.kind in ("demonym", "capital") and _describes_company_word(c, tokens))

    def names_companies(c: Mention) -> bool:   # "Abhängigkeiten von US-Konzernen", "China firms"
        return c.entry.kind == "name" and c.end < len(tokens) and _is_company_word(tokens[c.end].folded)

    # a region's name as a place ("eine KI-Fabrik in Groningen") is not its government
    regional = [r for r in m["subnational"] if not (r.entry.kind and _is_locative(r, tokens))]

    def subnational(x) -> bool:   # "Comunidad de Madrid", "Landesregierung", "gouvernement du Québec"
        return any(_distance(x, r) <= SUBNATIONAL_WINDOW for r in regional)

    # A metonym names the government even as a place: "unterzeichnet im Kanzleramt", "at Downing Street".
    def in_a_name(c: Mention) -> bool:   # "TAP Air Portugal", "Air France" (German capitalises every noun)
        if language == "de" or c.entry.kind != "name" or c.start < 2:
            return False
        before = tokens[c.start - 1]
        return before.text[:1].isupper() and before.folded not in ARTICLES and not any(
            x.start <= c.start - 1 < x.end for x in m["gov"] + m["country"])   # not "Estonia, Latvia"

    countries = [c for c in m["country"] if not in_a_name(c) and not _names_a_gazette(c, tokens)
                 and not _a_diplomats_country(c, tokens)]
    countries = [c for c in countries
                 if (not _is_locative(c, tokens) or _institution_kind(c) or c.entry.kind == "metonym" or governs(c))
                 and not (
                     c.entry.kind in ("name", "capital", "metonym") and subnational(c))]   # "gemeente Den Haag"
    attached: set[int] = set()
    parties: list[Party] = []
    for c in countries:
        actor = _institution_kind(c)
        if actor:
            attached.add(id(c))
            attached.update(id(n) for n in countries if n.entry.value == c.entry.value and _distance(n, c) <= 1)
            # "the Ukrainian Ministry of Defence": a generic institution name, qualified by another country
            other = [n for n in countries if n.entry.value != c.entry.value and not _institution_kind(n)
                     and n.entry.kind == "demonym" and n.end == c.start]
            country = other[0].entry.value if other else c.entry.value
            attached.update(id(n) for n in other)
            parties.append(Party(country, min([c.start] + [n.start for n in other]), c.end, 0.95,
                                 "head" if actor == "leader" else actor))
    def reaches(g: Mention, c: Mention) -> bool:
        """Close enough, or the first country after "of" a few words on: "the ministers responsible for
        information and communication technology of the Republic of Kenya"."""
        if _distance(g, c) <= ATTACH_WINDOW:
            return True
        return (g.end <= c.start and c.start - g.end <= GENITIVE_ATTACH_WINDOW and c.start > 0
                and tokens[c.start - 1].folded in GENITIVE_WORDS | ARTICLES
                and not any(g.end <= o.start < c.start for o in countries + m["gov"] if o is not c))

    closest: dict[int, int] = {}   # country mention -> distance to the nearest government word reaching it
    for g in m["gov"]:
        for c in countries:
            if reaches(g, c):
                closest[id(c)] = min(closest.get(id(c), 99), _distance(g, c))

    known = _positions(m["gov"] + m["country"])

    def not_a_party(g: Mention) -> bool:
        before = [t.folded for t in tokens[max(0, g.start - 2):g.start]]
        if any(w in NEGATORS.get(language, NEGATORS["en"]) for w in before):
            return True   # "no government involvement", "aucun ministère"
        # "Ferrovie dello Stato", "Caisse des Dépôts de l'État": the word is part of a company's name
        return (language != "de" and g.start >= 2 and tokens[g.start].text[:1].isupper()
                and tokens[g.start - 1].folded in GENITIVE_WORDS
                and tokens[g.start - 2].text[:1].isupper() and (g.start - 2) not in known
                and tokens[g.start - 2].folded not in INSTITUTION_HEADS)   # not "Segreteria di Stato"

    for g in m["gov"]:
        kind = g.entry.value
        if any(p.position <= g.start < p.end or g.start <= p.position < g.end for p in parties):
            continue  # already a named institution ("ministerie van Defensie")
        if not_a_party(g):
            continue
        if kind == "eu_institution":
            parties.append(Party("EUU", g.start, g.end, 1.0, kind))
            continue
        if subnational(g):
            continue
        seat = [c for c in m["country"] if c.entry.kind == "capital" and 0 <= c.start - g.end <= 8
                and _is_locative(c, tokens) and not subnational(c)]   # "the ministry in Seoul"
        near = [c for c in countries if reaches(g, c) and id(c) not in attached
                and _distance(g, c) <= closest.get(id(c), ATTACH_WINDOW)   # a nearer government word keeps it
                and not (language in ADJECTIVE_FIRST and any(   # "der österreichische Staatssekretär"
                    g2 is not g and g2.start == c.end and _distance(g, c) > 0 for g2 in m["gov"]))
                and not (c.entry.kind == "demonym" and describes_company(c)) and not names_companies(c)
                and not (c.entry.value == "EUU" and c.entry.kind == "demonym")]  # "European governments" ≠ the EU
        near = near or seat
        if near:
            best = min(near, key=lambda c: (_distance(g, c), c.entry.kind == "name"))
            attached.add(id(best))
            listed = [c for c in _listed_after(best, countries, tokens) if id(c) not in attached]
            parties.append(Party(best.entry.value, min(g.start, best.start), max(g.end, best.end), 1.0, kind,
                                 group=bool(listed)))
            for c in listed:   # "los gobiernos de Guatemala, Honduras y El Salvador": one group
                attached.add(id(c))
                parties.append(Party(c.entry.value, c.start, c.end, 1.0, kind, group=True))
        elif context and kind in ACTOR_KINDS and not regional:
            parties.append(Party(context, g.start, g.end, 0.85, kind, coreference=True))
    for c in countries:
        if id(c) in attached:
            continue
        kind = c.entry.kind
        if any(p.position <= c.start < p.end for p in parties):
            continue   # "der österreichischen Bundesregierung": the government word already has its country
        if kind == "metonym" and _is_locative(c, tokens) and parties:
            continue   # "Europol, met zijn hoofdkantoor in Den Haag": a place beside the acting party
        if kind == "metonym":
            parties.append(Party(c.entry.value, c.start, c.end, 0.95, "government"))
        elif kind in ("name", "capital") and not describes_company(c):
            parties.append(Party(c.entry.value, c.start, c.end, 0.8 if kind == "name" else 0.7, "country"))
    if not parties and context and has_cue and not regional and any(t.folded in ANAPHORA for t in tokens) \
            and not _company_before_cue(m, tokens) and not _named_before_cue(m, tokens):
        # "Similar deals were signed with Google": the context's government. Not "Microsoft has signed
        # similar deals" nor "Rheinmetall, che si è già alleata con Anduril" (someone else's deal).
        parties.append(Party(context, 0, 0, 0.8, "country", coreference=True))
    return parties


def _listed_after(first: Mention, countries: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The countries listed after `first`, separated only by commas and "and"."""
    out, last = [], first
    for c in sorted(countries, key=lambda c: c.start):
        if c.start < last.end or c.entry.kind not in ("name", "demonym"):
            continue
        between = tokens[last.end:c.start]
        if all(t.folded in COORDINATORS | ARTICLES | STATE_TITLES for t in between) and len(between) <= 5:
            # ", the Republic of Uganda and the United Republic of Tanzania"
            out.append(c)
            last = c
        elif c.start > last.end:
            break
    return out


def _negated(cue: Mention, tokens: list[Token], language: str) -> bool:
    negators = NEGATORS.get(language, NEGATORS["en"])
    before = tokens[max(0, cue.start - NEGATION_WINDOW):cue.start]
    # German and Dutch put it last: "gibt es noch nicht", "eine Beschaffung von X sei derzeit nicht geplant"
    after = tokens[cue.end:cue.end + (TRAILING_NEGATION_WINDOW if language in ("de", "nl") else NEGATION_WINDOW + 1)]
    return any(t.folded in negators for t in before) or any(t.folded in TRAILING_NEGATORS for t in after)


def _commented(cue: Mention, tokens: list[Token]) -> bool:
    """"hailed the agreement", "classificou a parceria": the deal word is the object of a comment."""
    i = cue.start - 1
    while i >= 0 and cue.start - i <= 3 and tokens[i].folded in ARTICLES | GENITIVE_WORDS:
        i -= 1
    return i >= 0 and tokens[i].folded in COMMENT_VERBS


def _near(a: Mention, others: list[Mention], window: int = NEGATION_WINDOW) -> bool:
    return any(_distance(a, o) <= window for o in others)


def _relation_type(cues: list[Mention], tokens: list[Token], actor_kind: str, language: str) -> tuple[str, float]:
    """The relation type its cues point to, and a strength combining them (noisy-or)."""
    misses: dict[str, float] = {}
    negated = hedged = False
    hedges = [c for c in cues if c.entry.value == "hedge"]
    for cue in cues:
        rtype = cue.entry.value
        if rtype == "negation":
            negated = True
            continue
        if rtype == "hedge":
            continue
        if rtype in PARTNERSHIP_FAMILY and (_negated(cue, tokens, language) or _commented(cue, tokens)):
            negated = True
            continue
        if rtype in PARTNERSHIP_FAMILY and _near(cue, hedges):
            hedged = True   # "could sign an agreement": only a hedge next to the cue weakens it
            continue
        misses[rtype] = misses.get(rtype, 1.0) * (1.0 - min(cue.entry.strength, 0.99))
    scores = {t: 1.0 - miss for t, miss in misses.items()}
    if actor_kind in WEAK_ROLES:
        return ("regulation", scores["regulation"]) if "regulation" in scores else ("other", 0.4)
    if not scores:
        return "other", 0.3
    best = max(scores, key=lambda t: (scores[t], TYPE_PRIORITY.get(t, 0)))
    family = [t for t in PARTNERSHIP_FAMILY if scores.get(t, 0.0) >= FAMILY_WINS_AT]
    first = {t: min(c.start for c in cues if c.entry.value == t) for t in scores}
    if family and (best == "investment" or (best == "other" and min(first[t] for t in family) < first["other"])):
        # "a attribué à Huawei le marché d'extension du datacenter": the datacenter is what the contract
        # is about; a deal with the government is the relation (annotation rule 5). A deal named before
        # a meeting is the main event ("began a pilot with Sakana AI … after their annual meeting"), one
        # named after it is the meeting's topic ("meeting Microsoft about a licence").
        best = max(family, key=lambda t: scores[t])
    strength = scores[best]
    if best in PARTNERSHIP_FAMILY:
        plain = [c for c in cues if c.entry.value in PARTNERSHIP_FAMILY and not _near(c, hedges)]
        if negated or (hedged and strength < 0.9 and not plain):
            return "other", 0.4   # "could sign an agreement"; not "ran a pilot … and is weighing a roll-out"
        if "procurement" in scores and "partnership" in scores:
            best = "procurement" if scores["procurement"] >= 0.6 else "partnership"
            strength = 1.0 - misses["procurement"] * misses["partnership"]
    return best, strength


def _home_country(analysed, language: str, gaz: Gazetteer) -> str | None:
    """The government an article is about when it says only "the ministry": its most named country."""
    counts: dict[str, float] = {}
    for _, tokens, m in analysed:
        if not m:
            continue
        for c in m["country"]:
            if _describes_company_word(c, tokens) or (c.end < len(tokens) and tokens[c.end].folded in BASED) or any(
                    gaz.org_hq.get(o.entry.value) == c.entry.value and _distance(o, c) <= DESCRIBE_WINDOW
                    for o in m["org"]):
                continue
            strong = c.entry.kind.startswith("institution") or c.entry.kind == "metonym"
            if strong and any(o is not c and o.entry.value != c.entry.value and _distance(o, c) <= 2
                              for o in m["country"]):
                continue   # "die österreichische Bundesregierung": the adjective names the government
            if c.entry.value == "EUU" and not strong:
                continue   # "European" describes markets and values more often than the EU as a party
            governing = any(_distance(g, c) <= 2 for g in m["gov"])   # "de Belgische federale regering"
            weight = 2.0 if strong or governing else (0.5 if c.entry.kind == "demonym" else 1.0)
            counts[c.entry.value] = counts.get(c.entry.value, 0.0) + weight
        for r in m["subnational"] + m.get("dateline", []):
            if r.entry.kind:   # "St. Gallen –", "in Karnataka": the region says which country the story is in
                counts[r.entry.kind] = counts.get(r.entry.kind, 0.0) + 0.5
    for sentence, _, m in analysed:
        amount = find_amount(sentence) if m else None
        if amount and amount[1] in CURRENCY_HOME:
            counts[CURRENCY_HOME[amount[1]]] = counts.get(CURRENCY_HOME[amount[1]], 0.0) + 1.0
    home = LANGUAGE_HOME.get(language)
    if language == "pt":
        text = " ".join(sentence for sentence, _, _ in analysed).lower()
        if len(BRAZILIAN_MARKERS.findall(text)) > len(EUROPEAN_PT_MARKERS.findall(text)):
            home = "BRA"   # "a autarquia, vinculada ao Ministério…", written in Brazil
    if home:
        counts[home] = counts.get(home, 0.0) + 0.25   # only breaks a tie, or stands in for silence
    if counts:
        return max(sorted(counts), key=lambda c: counts[c])
    return None


def extract_relations(text: str, language: str, title: str = "", gaz: Gazetteer | None = None) -> list[Relation]:
    """All relations in an article, one per sentence and pair (the title counts as sentence 0)."""
    gaz = gaz or load_gazetteer()
    text = clean_text(text)
    body = split_sentences(text)
    if body and (dateline := DATELINE.match(body[0])) and _is_place(dateline.group(1), gaz, language):
        # "RIO DE JANEIRO - Petrobras has signed…": the place the story was filed is its own line, so
        # that it tells the country without standing as the subject of the first sentence.
        body = [dateline.group(1).strip(), body[0][dateline.end():]] + body[1:]
    sentences = ([clean_text(title).strip()] if title and title.strip() else [""]) + body
    analysed = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        m = find_mentions(tokens, gaz, language) if tokens else None
        if m and m["subnational"] and _dateline(m["subnational"][0], sentence, tokens):
            # "München – Das Patentamt …": where the story was filed, which says the country, not who acts
            m["dateline"], m["subnational"] = m["subnational"][:1], m["subnational"][1:]
        analysed.append((sentence, tokens, m))
    relations: list[Relation] = []
    context: str | None = _home_country(analysed, language, gaz)
    analysed = _resolve_body_references(_resolve_company_descriptions(analysed, gaz), language)
    aliases = _acronyms(analysed, gaz, context, language)
    if aliases:
        analysed = [(s, t, _with_aliases(m, t, aliases) if m else m) for s, t, m in analysed]
        context = _home_country(analysed, language, gaz)
    carried: tuple[list[Party], list[Mention]] | None = None
    previous_actors: list[Party] = []
    recent_actors: list[tuple[int, Party]] = []   # named government actors of the last sentences
    voice = _voice(analysed)
    # questions and answers: "we" in every answer is the official introduced at the top
    interview = sum(_is_question(sentence) for sentence, _, _ in analysed) >= 2
    for index, (sentence, tokens, m) in enumerate(analysed):
        if not m:
            carried, previous_actors = None, []
            continue
        has_cue = any(c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"])
        parties = _parties(m, tokens, gaz, context, has_cue, language)
        if m["org"] and not parties and carried and m["org"][0].start >= 2 \
                and not any(r.start < m["org"][0].start for r in m["subnational"]) and (
                has_cue or (not m["cue"] and not any(_after_with(o, tokens, _demonyms(m)) for o in m["org"]))):
            # "The ministry selected five teams. They are A, B and C." / "Le contrat-cadre a été
            # attribué à Google Cloud": the sentence completes the previous one, which had the
            # government and the cue but no company. A company opening the sentence is its subject
            # ("Nvidia declined to comment"), and one after "with" in a sentence without a cue is
            # someone else's partner ("Rheinmetall, già alleata con Anduril"), not the completion.
            parties = [Party(p.country, 0, 0, p.strength * 0.9, p.actor_kind, coreference=True, carried=True)
                       for p in carried[0]]
            m = {**m, "cue": m["cue"] + [Mention(c.entry, 0, 1) for c in carried[1]]}
        elif m["org"] and not parties and previous_actors and _company_won(m, tokens):
            # "The South African Revenue Service looked for a supplier. Amazon Web Services won the tender."
            parties = [Party(p.country, 0, 0, p.strength * 0.9, p.actor_kind, coreference=True, carried=True)
                       for p in previous_actors]
        elif m["org"] and not parties and has_cue \
                and (recent := [p for i, p in recent_actors if index - i <= (12 if interview else 3)]) \
                and _we_deal_with(m, tokens, you=interview):
            # an interview: "Frau Regierungschefin, …? — Wir haben mit Microsoft eine Absichtserklärung
            # unterzeichnet." The speaker is the government the article has just named.
            parties = [Party(p.country, 0, 0, p.strength * 0.85, p.actor_kind, coreference=True)
                       for p in recent[-1:]]
        elif m["org"] and not parties and has_cue and previous_actors and _subject_is_previous(m, tokens, language):
            # "Le gouvernement luxembourgeois a présenté sa feuille de route. Il a signé le lendemain un
            # protocole d'accord avec Mistral AI.": the deal's subject is the previous sentence's government.
            parties = [Party(p.country, 0, 0, p.strength * 0.9, p.actor_kind, coreference=True,
                             group=len({a.country for a in previous_actors}) > 1) for p in previous_actors]
        if previous_actors and _group_reference(tokens) and len({p.country for p in previous_actors}) > 1 \
                and all(p.coreference for p in parties):
            # "Los tres países firmaron un memorando con Google", "de drie premiers": every government of
            # the group named before, not the one country of the context
            parties = [Party(p.country, 0, 0, p.strength * 0.9, p.actor_kind, coreference=True, group=True)
                       for p in previous_actors]
        actors = [p for p in parties if p.actor_kind in ACTOR_KINDS and not p.carried]
        recent_actors = (recent_actors + [(index, p) for p in actors if not p.group])[-6:]
        if actors or m["org"]:
            previous_actors = actors   # else keep them: "Dat werd dinsdag bekend in Luxemburg." names nobody
        if parties and has_cue and not m["org"] and not all(
                _negated(c, tokens, language) for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY):
            # ("unterschrieben ist nichts": nothing to complete)
            family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
            # Positions do not carry over: keep a hedge only if it qualified a cue where it was written.
            carried = (parties, [c for c in m["cue"] if c.entry.value != "hedge" or _near(c, family)])
        else:
            carried = None
        speaker, pronoun = voice, False
        if not m["org"] and index > 0 and analysed[index - 1][2] and analysed[index - 1][2]["org"] \
                and analysed[index - 1][2]["org"][0].start == 0 and _pronoun_subject(tokens):
            # "Anthropic has been courting governments. Last November it signed … with Rwanda"
            speaker, pronoun = analysed[index - 1][2]["org"][0].entry.value, True
        if not m["org"] and parties and has_cue and speaker:
            # A company's newsroom: "Today we're announcing a partnership with Ghana's Ministry of
            # Communication", "el IGSS nos ha seleccionado". "We" is the company the article is about.
            for party in [p for p in parties if not p.coreference and (
                    _we_with(p, tokens, it=pronoun)
                    or (p.actor_kind != "country" and not pronoun and _chose_us(p, m, tokens, language)))]:
                rtype, strength = _relation_type(m["cue"], tokens, party.actor_kind, language)
                confidence = party.strength * strength * 0.8
                if rtype in PARTNERSHIP_FAMILY and confidence >= MIN_PARTNERSHIP_CONFIDENCE \
                        and not _is_question(sentence):
                    relations.append(Relation(
                        country_iso3=party.country, organization_id=speaker, relation_type=rtype,
                        confidence=round(confidence, 3), evidence=sentence, sentence_index=index,
                        sectors=_sectors(m, analysed[index + 1][2] if index + 1 < len(analysed) else None)))
        if m["org"] and parties:
            clause_of = _clauses(sentence, tokens)
            for org in m["org"]:
                for party, rtype, confidence in _pair(org, parties, m, tokens, clause_of, gaz, language):
                    evidence = sentence
                    if party.coreference and index > 0 and analysed[index - 1][0]:
                        evidence = f"{analysed[index - 1][0]} {sentence}"  # the sentence the reference points to
                    amount = find_amount(sentence)
                    if rtype in PARTNERSHIP_FAMILY and _is_question(sentence):
                        rtype, confidence = "other", min(confidence, 0.4)   # "is the government about to sign …?"
                    relations.append(Relation(
                        country_iso3=party.country, organization_id=org.entry.value, relation_type=rtype,
                        confidence=round(confidence, 3), evidence=evidence, sentence_index=index,
                        sectors=_sectors(m, analysed[index + 1][2] if index + 1 < len(analysed) else None),
                        amount=amount[0] if amount else None, currency=amount[1] if amount else None,
                    ))
        explicit = [p for p in parties if not p.coreference and p.actor_kind not in WEAK_ROLES]
        if explicit:
            context = max(explicit, key=lambda p: (p.strength, p.position)).country
    return _dedupe(relations)


def _resolve_company_descriptions(analysed, gaz: Gazetteer):
    """"gegund aan het Amerikaanse techconcern", "avec la société canadienne": a definite company word
    with a country adjective, after "with" or "to", names the one company of that country the article
    mentions elsewhere."""
    named = {o.entry.value for _, _, m in analysed if m for o in m["org"]}
    voice = _voice(analysed)
    by_home: dict[str, list[str]] = {}
    for org in sorted(named):
        by_home.setdefault(gaz.org_hq.get(org, ""), []).append(org)
    out = []
    for sentence, tokens, m in analysed:
        if m and m["country"]:
            added = []
            for c in m["country"]:
                candidates = by_home.get(c.entry.value, [])
                if len(candidates) != 1 or c.entry.kind not in ("demonym", "name") \
                        or any(_distance(o, c) <= DESCRIBE_WINDOW for o in m["org"]):
                    continue
                word = next((i for i in (c.start - 1, c.end) if 0 <= i < len(tokens)
                             and _is_company_word(tokens[i].folded)), None)
                first = min(word, c.start) if word is not None else 0
                if word is None or first < 2 or tokens[first - 1].folded not in DEFINITE:
                    continue
                linker = tokens[first - 2].folded
                awarded = linker in TO_WORDS and any(
                    c.entry.value in PARTNERSHIP_FAMILY and 0 < first - 2 - c.start <= 4 for c in m["cue"])
                if linker not in WITH and not awarded:
                    continue   # only as the partner of a deal: "met het …", "gegund aan het …"
                added.append(Mention(Entry("org", candidates[0]), min(word, c.start), max(word + 1, c.end)))
            if added:
                m = {**m, "org": sorted(m["org"] + added, key=lambda o: o.start)}
        subject = _described_subject(tokens, m, by_home, voice) if m else None
        if subject:
            m = {**m, "org": sorted(m["org"] + [subject], key=lambda o: o.start)}
        out.append((sentence, tokens, m))
    return out


DATELINE = re.compile(
    r"^((?:[A-ZÀ-Þ][A-ZÀ-Þ'’/-]+\.?)(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ'’/-]+\.?){0,3}"   # RIO DE JANEIRO, BEIJING/SAN FRANCISCO
    r"(?:,? +[A-Z][a-z]{2,8}\.? +\d{1,2})?"                                       # , May 14
    r"(?: +\([^)]{1,30}\))?)"                                                    # (Reuters)
    r" *[.,]? *[–—-]{1,2} +(?=\S)")


def _is_place(words: str, gaz: Gazetteer, language: str) -> bool:
    """A dateline names a place, not a company or an agency ("IBM - The company said…")."""
    tokens = tokenize(words)
    if sum(len(t.text) for t in tokens if t.text.isupper()) < 4:
        return False
    m = find_mentions(tokens, gaz, language)
    return not (m["org"] or m["gov"] or any(_institution_kind(c) for c in m["country"]))


def _described_subject(tokens: list[Token], m, by_home: dict[str, list[str]], voice: str | None) -> Mention | None:
    """"La start-up guidata da Arthur Mensch ha già un accordo quadro con il ministero…", "The Californian
    firm signed…": a definite company word opening the sentence is the company the article is about (or
    the one company of the country named beside the word)."""
    if len(tokens) < 3 or tokens[0].folded not in DEFINITE or m["org"] and m["org"][0].start <= 4:
        return None
    words = [i for i in (1, 2) if _is_company_word(tokens[i].folded)]
    if not words:
        return None
    word = words[0]
    country = next((c for c in m["country"] if c.start <= word + 2 and c.end >= word - 1
                    and c.entry.kind in ("demonym", "capital", "name")), None)
    candidates = by_home.get(country.entry.value, []) if country else ([voice] if voice else [])
    if len(candidates) != 1:
        return None
    return Mention(Entry("org", candidates[0]), 0, word + 1)


def _resolve_body_references(analysed, language: str):
    """"Das Bundesinstitut für Arzneimittel … Das Bonner Institut startet ein Pilotprojekt": once the article
    has named a state body, "the institute" (with the definite article, perhaps a city adjective
    between) is that body again."""
    heads: set[str] = set()
    for _, tokens, m in analysed:
        for g in (m or {}).get("gov", []) + [c for c in (m or {}).get("country", []) if _institution_kind(c)]:
            for t in tokens[g.start:g.end]:
                heads.update(h for h in STATE_BODY_HEADS if t.folded == h or (
                    language in ("de", "nl") and len(h) >= 5 and t.folded.endswith(h)))
    if not heads:
        return analysed
    out = []
    for sentence, tokens, m in analysed:
        if m:
            covered = _positions(m["gov"] + m["country"] + m["org"])
            added = [Mention(Entry("gov", "agency"), i, i + 1) for i, t in enumerate(tokens)
                     if t.folded in heads and i not in covered and i > 0 and (
                         tokens[i - 1].folded in DEFINITE or (
                             i > 1 and tokens[i - 2].folded in DEFINITE and tokens[i - 1].text[:1].isupper()))]
            if added:
                m = {**m, "gov": sorted(m["gov"] + added, key=lambda g: g.start)}
        out.append((sentence, tokens, m))
    return out


def _dateline(x: Mention, sentence: str, tokens: list[Token]) -> bool:
    if x.start != 0:
        return False
    rest = sentence[tokens[x.end - 1].start + len(tokens[x.end - 1].text):].lstrip()
    return rest[:1] in ("–", "—", "-", "(", ",") and not rest.startswith(("-Land", "-land"))


def _acronyms(analysed, gaz: Gazetteer, context: str | None, language: str) -> dict[str, Entry]:
    """"The Japan Patent Office (JPO)", "das Deutsche Patent- und Markenamt (DPMA)": an acronym the article
    defines in brackets right after a government body names that body wherever the article uses it again."""
    aliases: dict[str, Entry] = {}
    for sentence, tokens, m in analysed:
        if not m or not (m["gov"] or m["country"]):
            continue
        known = _positions(m["country"] + m["gov"] + m["org"])
        for party in _parties(m, tokens, gaz, context, False, language):
            i = party.end
            if party.actor_kind == "country" or i >= len(tokens) or i in known or i == 0:
                continue
            word = tokens[i].text
            before = sentence[tokens[i - 1].start + len(tokens[i - 1].text):tokens[i].start].strip()
            after = sentence[tokens[i].start + len(word):].lstrip()
            if before == "(" and after.startswith(")") and word[:1].isupper() and word.isalpha() \
                    and sum(ch.isupper() for ch in word) >= 2 and len(word) <= 8:
                aliases.setdefault(word, Entry("country", party.country, "institution:" + party.actor_kind,
                                               case="exact", surface=word))
    return aliases


def _with_aliases(m, tokens: list[Token], aliases: dict[str, Entry]):
    covered = _positions(m["country"] + m["gov"] + m["org"])
    added = [Mention(aliases[t.text], i, i + 1) for i, t in enumerate(tokens)
             if t.text in aliases and i not in covered]
    if not added:
        return m
    return {**m, "country": sorted(m["country"] + added, key=lambda c: c.start)}


def _between_companies(org: Mention, m, tokens: list[Token], parties: list[Party]) -> bool:
    """"l'accordo tra Microsoft e OpenAI": a deal of two companies, whichever minister comments on it."""
    for other in m["org"]:
        if other.entry.value == org.entry.value:
            continue
        first, last = sorted((other, org), key=lambda o: o.start)
        if not _orgs_coordinated(first, last, tokens):
            continue
        listed = _positions(m["org"])
        i = first.start - 1
        while i >= 0 and (tokens[i].folded in ARTICLES or tokens[i].folded in COORDINATORS or i in listed):
            i -= 1   # "escolher entre OpenAI, Google, DeepSeek": back over the list to "entre"
        if i >= 0 and tokens[i].folded in BETWEEN and not any(
                i < p.position < last.end and not p.coreference for p in parties):
            return True
    return False


def _country_acts_on(party: Party, org: Mention, m, tokens: list[Token]) -> bool:
    """A country's name acting on a company without "with": "Italy picks Microsoft" (country, a
    partnership-family verb, the company) or "Le Canada et Cohere ont conclu un accord" (both as the
    subject of a deal)."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    if any(0 <= c.start - party.end <= 1 and 0 <= org.start - c.end <= 2 for c in family):
        return True
    between = tokens[party.end:org.start]
    return 0 < len(between) <= 2 and any(t.folded in COORDINATORS for t in between) and any(
        0 <= c.start - org.end <= 3 for c in family)


def _coordinated_with_a_name(org: Mention, m, tokens: list[Token]) -> bool:
    """"Leonardo e la tedesca Helsing hanno firmato": the company is paired with a name the gazetteer
    does not know (another company, most likely), not with a government."""
    known = _positions(m["country"] + m["gov"] + m["org"] + m["subnational"])
    i = org.start - 1
    while i >= 0 and (tokens[i].folded in ARTICLES or _is_company_word(tokens[i].folded)
                      or (i in known and any(c.start <= i < c.end and c.entry.kind == "demonym" for c in m["country"]))):
        i -= 1
    if i < 1 or tokens[i].folded not in COORDINATORS:
        return False
    name = tokens[i - 1]
    return name.text[:1].isupper() and (i - 1) not in known


def _unknown_subject(m, tokens: list[Token]) -> bool:
    """"Capita has signed a five-year agreement with Microsoft": a name the gazetteer does not know opens
    the sentence and signs; the deal is that company's."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    if not family or not 1 <= min(family) <= 2 or not tokens[0].text[:1].isupper() \
            or tokens[0].folded in NOT_NAMES | JOINTLY:   # "Firmó además un convenio": a verb, no subject
        return False
    if any(x.start < min(family) for x in m["country"] + m["gov"] + m["org"] + m["subnational"]):
        return False   # "Services partagés Canada a attribué", "Saoedisch ministerie bestelt"
    return True


def _group_reference(tokens: list[Token]) -> bool:
    """"the three countries", "les deux gouvernements", "de drie premiers", or a plural pronoun opening
    the sentence ("They signed a letter of intent with Nvidia")."""
    return tokens[0].folded in PLURAL_PRONOUNS or any(t.folded in GROUP_NUMBERS for t in tokens[:8]) or any(
        t.folded in JOINTLY for t in tokens[:3])   # "Gemeinsam unterzeichneten sie …"


def _named_before_cue(m, tokens: list[Token]) -> bool:
    """A capitalised word (a name the gazetteer may not know) before the first partnership cue."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and any(t.text[:1].isupper() for t in tokens[1:min(family)])


def _company_before_cue(m, tokens: list[Token]) -> bool:
    """A company, not introduced by "with", before the first partnership cue: the deal's subject."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and any(o.start < min(family) and not _after_with(o, tokens) for o in m["org"])


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip('"»”\'').rstrip().endswith("?")


def _voice(analysed) -> str | None:
    """The organisation an article is about: the one named most, if at least twice, or the only one."""
    counts: dict[str, int] = {}
    for _, _, m in analysed:
        for o in (m or {}).get("org", []):
            counts[o.entry.value] = counts.get(o.entry.value, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    if len(counts) == 1:
        return best   # the only organisation, even if named once ("— The ElevenLabs team")
    return best if counts[best] >= 2 and list(counts.values()).count(counts[best]) == 1 else None


def _pronoun_subject(tokens: list[Token]) -> bool:
    """"It signed…", "Last November it signed…": a company pronoun among the first words."""
    return any(t.folded in IT and t.text.islower() or t.text in ("It", "Il", "Elle") for t in tokens[:4])


def _we_with(party: Party, tokens: list[Token], it: bool = False) -> bool:
    """"we're announcing a partnership with Ghana's Ministry of Communication", "the memorandum we signed
    with Ottawa": "we" (or the company's "it") before the government, which follows "with" (right after
    it, for a country's name)."""
    reach = 2 if party.actor_kind == "country" else 4
    subject = (lambda t: t.folded in IT) if it else _is_we
    return any(subject(t) for t in tokens[:party.position]) and any(
        t.folded in WITH for t in tokens[max(0, party.position - reach):party.position])


def _chose_us(party: Party, m, tokens: list[Token], language: str) -> bool:
    """The government acts, then a partnership cue and "us"/"our" follow it: "el IGSS nos ha seleccionado
    como proveedor", "la DIAN, que eligió nuestra nube"."""
    us = [i for i, t in enumerate(tokens) if i >= party.end and t.folded in US
          and not (language == "pt" and t.folded == "nos" and not _pt_clitic_before_verb(tokens, i))]
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY and c.start >= party.end]
    return bool(us) and bool(family) and min(us) - party.end <= 20


_FIRST_PERSON_PLURAL_VERB = re.compile(r"^[a-zç]{2,}(?:iamo|amos|emos|imos|ámos)$")   # lavoriamo, firmamos


def _is_we(t: Token) -> bool:
    """"we", or a verb that says it where Romance languages drop the pronoun ("Con Google lavoriamo
    insieme", "Firmamos un convenio"); accented adjectives ("últimos", "próximos") are not verbs."""
    return t.folded in WE or bool(_FIRST_PERSON_PLURAL_VERB.match(t.text))


def _pt_clitic_before_verb(tokens: list[Token], i: int) -> bool:
    """Portuguese "nos" is "us" before a verb ("nos concedeu um contrato"), "in the" before a noun."""
    return i + 1 < len(tokens) and tokens[i + 1].folded.endswith(
        ("eu", "ou", "iu", "aram", "eram", "iram", "ara", "era", "ira"))


def _we_deal_with(m, tokens: list[Token], you: bool = False) -> bool:
    """"We signed a letter of intent with Microsoft": first person plural (or, in an interview, the
    question's "you") before the cue, the company after "with", and no other name before the cue."""
    first_cue = min(c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
    return any(_is_we(t) or (you and t.folded in YOU) for t in tokens[:first_cue + 1]) and not any(
        o.start < first_cue and not _after_with(o, tokens) for o in m["org"]) and any(
        _after_with(o, tokens, _demonyms(m)) for o in m["org"])


def _company_won(m, tokens: list[Token]) -> bool:
    """A company, then a verb of winning, and a tender or contract: "Amazon Web Services won the tender";
    or a verb of receiving anywhere beside a tender word: "Den Zuschlag hat nun Databricks erhalten"."""
    wins = [i for i, t in enumerate(tokens) if t.folded in WIN]
    if wins and m["org"][0].start < wins[0] and any(c.entry.value == "procurement" and c.start > wins[0]
                                                   for c in m["cue"]):
        return True
    receives = [i for i, t in enumerate(tokens) if t.folded in RECEIVE]
    return bool(receives) and not any(c.entry.value == "partnership" for c in m["cue"]) and any(
        c.entry.value == "procurement" for c in m["cue"]) and not any(
        _after_with(o, tokens) for o in m["org"])


def _subject_is_previous(m, tokens: list[Token], language: str = "") -> bool:
    """No company or country before the first partnership cue, and a company after "with": "It signed
    a memorandum with Mistral AI", "Firmó un convenio con Meta" (the subject is a pronoun or dropped)."""
    first_cue = min(c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
    if any(x.start < first_cue for x in m["org"] + m["country"] + m["subnational"]):
        return False
    if language != "de" and any(t.text[:1].isupper() and t.folded not in CALENDAR for t in tokens[1:first_cue]):
        return False   # "O Serpro, empresa pública, fechou acordo com a Oracle": a subject we do not know
    awarded = any(c.entry.value == "procurement" for c in m["cue"])
    return any(o.start > first_cue and (_after_with(o, tokens, _demonyms(m))
                                        or (awarded and _after_with(o, tokens, _demonyms(m), TO_WORDS)))
               for o in m["org"])   # "Elle a attribué à la société allemande Aleph Alpha un marché"


def _coordinated(a: Party, b: Party, tokens: list[Token]) -> bool:
    lo, hi = sorted((a, b), key=lambda p: p.position)
    between = tokens[lo.end:hi.position]
    if not between:
        return lo.end == hi.position and lo.actor_kind == hi.actor_kind   # "Jamaica, Barbados and …"
    if all(t.folded in ARTICLES for t in between) and len(between) <= 1:
        return True   # "il ministero degli Affari esteri, il governo del Kenya e Microsoft"
    return len(between) <= 4 and any(t.folded in COORDINATORS for t in between)


def _after_with(org: Mention, tokens: list[Token], modifiers: set[int] = frozenset(), words: set[str] = WITH) -> bool:
    """"with OpenAI", "avec l'OpenAI", "with the Canadian firm Cohere"."""
    for i in range(org.start - 1, max(-1, org.start - 6), -1):
        if tokens[i].folded in words:
            return True
        if tokens[i].folded not in ARTICLES and not _is_company_word(tokens[i].folded) and i not in modifiers \
                and tokens[i].folded not in WITH_BRIDGE:
            return False
    return False


def _orgs_coordinated(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    lo, hi = sorted((a, b), key=lambda o: o.start)
    between = tokens[lo.end:hi.start]
    if any(t.folded in COMPETE for t in between):
        return False   # "Mistral AI aims to compete with OpenAI": rivals, not a group of partners
    return not between or (len(between) <= 4 and any(t.folded in COORDINATORS | WITH for t in between))


def _demonyms(m) -> set[int]:
    """Token positions of country adjectives ("with the American Anduril")."""
    return _positions([c for c in m["country"] if c.entry.kind == "demonym"])


def _with_group(org: Mention, m, tokens: list[Token], clause_of: list[int]) -> tuple[bool, bool]:
    """(is a partner, is introduced by "with"). With several companies in a clause and one introduced
    by "with", the partners are that one and those listed with it ("with OpenAI, Anthropic and
    Google"), not "acquired by AMD"."""
    modifiers = _demonyms(m)
    here = [o for o in m["org"] if clause_of[o.start] == clause_of[org.start] and o.entry.value != org.entry.value]
    anchors = [o for o in here + [org] if _after_with(o, tokens, modifiers)]
    if not anchors:
        return True, False
    group = set(id(a) for a in anchors)
    changed = True
    while changed:
        changed = False
        for o in here + [org]:
            if id(o) not in group and any(_orgs_coordinated(o, a, tokens) for a in here + [org] if id(a) in group):
                group.add(id(o))
                changed = True
    return (id(org) in group) or not here, id(org) in group


def _pair(org: Mention, parties: list[Party], m, tokens: list[Token], clause_of: list[int], gaz: Gazetteer,
          language: str):
    """The government parties of an organisation mention, each with relation type and confidence."""
    def clause(p: Party) -> int:
        return clause_of[min(p.position, len(clause_of) - 1)]

    here = clause_of[org.start]
    same_clause = [p for p in parties if clause(p) == here]
    if same_clause:
        explicit = [p for p in same_clause if not p.coreference] or same_clause
        if all(p.actor_kind == "country" for p in explicit) and len({p.country for p in explicit}) == 1:
            # "Ottawa n'en est pas à son coup d'essai : l'Agence du revenu avait mené un pilote avec
            # OpenAI": the government word acts, the country's name only says which government it is.
            acting = [p for p in same_clause if p.coreference and p.actor_kind in ACTOR_KINDS
                      and p.country in {e.country for e in explicit}]
            explicit = acting or explicit
        nearest = min(explicit, key=lambda p: (p.actor_kind == "country", _distance(p, org)))
        chosen = [nearest] + [p for p in explicit if p is not nearest and (
            _coordinated(p, nearest, tokens) or (p.group and nearest.group))]
        chosen += [p for p in same_clause if p not in explicit and p.actor_kind in ACTOR_KINDS
                   and any(_coordinated(p, c, tokens) for c in chosen)]   # a listed ministry of the context
    else:
        # No government in the organisation's own clause: borrow the sentence's one named government.
        named = [p for p in parties if not p.coreference]
        if len({p.country for p in named}) != 1:
            return []
        chosen = [min(named, key=lambda p: _distance(p, org))]
    if any(t.folded in COMPETE for t in tokens[max(0, org.start - COMPETE_WINDOW):org.start]):
        return []
    if _between_companies(org, m, tokens, parties):
        return []
    partner, with_anchored = _with_group(org, m, tokens, clause_of)
    if not partner:
        return []
    if not with_anchored and (any(o.entry.value != org.entry.value and clause_of[o.start] == here
                                  and _orgs_coordinated(o, org, tokens) for o in m["org"])
                              or _coordinated_with_a_name(org, m, tokens)) or _unknown_subject(m, tokens):
        # "SAP and OpenAI announced a partnership to serve authorities": a deal between companies,
        # unless a named government is itself a party in the clause.
        chosen = [p for p in chosen if (p.carried or not p.coreference)
                  and p.actor_kind not in ("country", "public_service")]
    out = []
    for party in chosen:
        if party.actor_kind == "country" and not with_anchored and not _country_acts_on(party, org, m, tokens):
            continue   # a country named as an actor must deal *with* the company: "Greece signed with OpenAI"
        if party.actor_kind == "country" and party.country == gaz.org_hq.get(org.entry.value) \
                and _distance(party, org) <= DESCRIBE_WINDOW:
            continue   # "OpenAI, the US company": a home-country name next to its company describes it
        clauses = {here, clause(party)}
        cues = [c for c in m["cue"] if clause_of[c.start] in clauses]
        rtype, strength = _relation_type(cues, tokens, party.actor_kind, language)
        confidence = party.strength * strength * (1.0 if _distance(party, org) <= 12 else 0.85)
        if rtype in PARTNERSHIP_FAMILY and confidence < MIN_PARTNERSHIP_CONFIDENCE:
            rtype = "other"
        out.append((party, rtype, min(1.0, max(0.0, confidence))))
    return out


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
