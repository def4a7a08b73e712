"""Gazetteer matches in a sentence ("mentions") and the small tests the rules ask of one.

A mention is a span of tokens that the seeds (or a compound, or a "national …" body) name as a country,
government word, organisation, cue, sector or sub-national government. Helpers prefixed `_` are shared
within `pactwatch.extract` only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from pactwatch.extract.gazetteer import Entry, Gazetteer
from pactwatch.extract.lexicon import (
    ADJECTIVE_FIRST,
    AGENCY_SUFFIX,
    ARTICLES,
    BEFORE_COMMUNE,
    CHAIN_WORDS,
    CLAUSE_ENDS,
    COMMISSION_HEADS,
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    COMPETITION_WORDS,
    COMPOUND_CUE_SUFFIXES,
    COMPOUND_GOV_SUFFIXES,
    COORDINATORS,
    COUNTERPART,
    CURRENCY_WORDS,
    DATA_WORDS,
    DEMONYM_BODY_HEADS,
    DIPLOMATS,
    DIRECTORATES,
    FAIR_TRADE,
    FALSE_FRIENDS,
    FOREIGN,
    GAZETTE_FILLERS,
    GAZETTES,
    GENERAL,
    GENITIVE_S_LANGUAGES,
    GENITIVE_WORDS,
    INSTITUTION_HEADS,
    LANGUAGE_PREPOSITIONS,
    LANGUAGE_WORDS,
    LEGAL_FORMS,
    LOCATIVE,
    MILITARY_THINGS,
    NAME_FOR_WORDS,
    NAME_LINKS,
    NATIONAL,
    NATIONAL_BODY_HEADS,
    NATIONAL_BODY_PREFIXES,
    NEGATIVE_DETERMINERS,
    NEW_WORDS,
    NOR,
    NORDIC_AGENCY_SUFFIXES,
    NOT_A_DEAL_PREFIXES,
    NOT_NAMES,
    OFFICE_HEADS,
    OFFICIAL_VERBS,
    ORG_MODIFIERS_AFTER,
    ORG_MODIFIERS_BEFORE,
    OWN_COUNTERPART,
    OWNER_BEFORE,
    PARTNERSHIP_FAMILY,
    PRIVATE_AGENCIES,
    PRIVATE_SERVICES,
    PROTECTION_WORDS,
    PROVINCIAL_ACRONYMS_EN,
    PUBLICATION_WORDS,
    REGION_WORDS,
    REGIONAL_REMIT,
    REMIT_DEPARTMENTS,
    REMIT_NOUNS,
    SEPARABLE_NEGATIONS,
    SISTER_COMPANIES,
    STATE_BODY_HEADS,
    STATISTICS_OFFICES,
    SUBNATIONAL_PREFIXES,
    SUBSIDIARY_WORDS,
    TOGETHER,
    TOGETHER_WITH,
    USE_VERBS,
    WE,
    WITH,
    WITHHELD_AT_SOURCE,
    WORK_FOR,
    WORK_VERBS,
    WORK_WITH_GAP,
)
from pactwatch.extract.text import Token


@dataclass(frozen=True, slots=True)
class Mention:
    entry: Entry
    start: int
    end: int


def _countries_named(m: dict[str, list[Mention]]) -> Counter:
    """The countries a sentence names, with counts: its country mentions and "EUU" for an EU institution."""
    named = Counter(c.entry.value for c in m["country"])
    named.update("EUU" for g in m["gov"] if g.entry.value == "eu_institution")
    return named


def _positions(mentions: list[Mention]) -> set[int]:
    """The token positions the mentions cover."""
    return {i for x in mentions for i in range(x.start, x.end)} if mentions else set()


def _case_ok(entry: Entry, tokens: list[Token]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "initial":
        return tokens[0].text[:1].isupper()
    if entry.case == "capitals":
        words = re.findall(r"\w+", entry.surface)
        return len(words) == len(tokens) and all(
            t.text[:1].isupper() for w, t in zip(words, tokens, strict=True) if w[:1].isupper())
    written = [t.text for t in tokens]
    wanted = re.findall(r"\w+(?:\.\w+)*", entry.surface)
    if written == wanted:
        return True
    # a wire dateline in capitals: "ROMA, 14 GEN –", "OSLO –" for the short names spelt exactly; a place,
    # never a demonym ("con el DANE" is Colombia's statistics office, not a Dane)
    return entry.kind != "demonym" and len(wanted) == 1 and len(wanted[0]) >= 4 and wanted[0].istitle() and written == [wanted[0].upper()]


# every suffix at once, so that most words are turned down by one call (every word of a German or Dutch
# text is checked)
_GOV_SUFFIXES = {language: tuple(suffix for suffix, _ in pairs) for language, pairs in COMPOUND_GOV_SUFFIXES.items()}
_CUE_SUFFIXES = {language: tuple(suffix for suffix, _, _ in rows) for language, rows in COMPOUND_CUE_SUFFIXES.items()}
_SEPARABLE_VERBS = {language: frozenset().union(*(verbs for verbs, _ in pairs)) for language, pairs in SEPARABLE_NEGATIONS.items()}


def find_mentions(tokens: list[Token], gaz: Gazetteer, language: str) -> dict[str, list[Mention]]:
    """Longest non-overlapping gazetteer matches per category."""
    found: dict[str, list[Mention]] = {"country": [], "gov": [], "org": [], "cue": [], "sector": [], "subnational": []}
    taken: dict[str, int] = {c: -1 for c in found}   # end of the last match per category
    n = len(tokens)
    folded = [t.folded for t in tokens]
    max_len, prefixes = gaz.max_len, gaz.prefixes
    for i in [i for i, word in enumerate(folded) if word in max_len]:
        longest = min(max_len[folded[i]], n - i)
        # no phrase goes on past the first words that begin none ("the" begins long names, "the new" none):
        # the longest lookups are skipped, not changed
        reach = 1
        while reach < longest and tuple(folded[i:i + reach + 1]) in prefixes:
            reach += 1
        matched_categories: set[str] = set()
        for length in range(reach, 0, -1):
            entries = gaz.index.get(tuple(folded[i:i + length]))
            if not entries:
                continue
            for entry in entries:
                cat = entry.category
                if cat in matched_categories or taken[cat] > i:
                    continue
                if entry.language and entry.language not in (language, "en"):
                    continue
                if entry.language == "en" != language and length == 1 and tokens[i].folded in FALSE_FRIENDS.get(language, ()):
                    continue
                if not _case_ok(entry, tokens[i:i + length]) or (entry.case == "inner" and i == 0):
                    continue
                found[cat].append(Mention(entry, i, i + length))
                matched_categories.add(cat)
                taken[cat] = i + length
    # "POL-INTEL", the Danish police's system: a name written in capitals and glued to another word in capitals is a
    # product's name, not the company (whose name is not written in capitals: "Intel")
    found["org"] = [o for o in found["org"] if not (
        o.start >= 1 and all(t.text.isupper() for t in tokens[o.start:o.end]) and not o.entry.surface.isupper()
        and len(tokens[o.start - 1].text) >= 2 and tokens[o.start - 1].text.isupper()
        and _one_apart(tokens, o.start))]
    provincial = [c for c in found["country"] if language == "en" and c.end - c.start == 1
                  and tokens[c.start].text in PROVINCIAL_ACRONYMS_EN]
    if provincial:
        found["country"] = [c for c in found["country"] if c not in provincial]
        found["subnational"] = sorted(found["subnational"] + [
            Mention(Entry("subnational", "subnational", kind=PROVINCIAL_ACRONYMS_EN[tokens[c.start].text]), c.start, c.end)
            for c in provincial], key=lambda r: r.start)
    if language == "fr":
        found["subnational"] = [r for r in found["subnational"] if not (
            tokens[r.start].text in ("commune", "communes") and r.start >= 1
            and tokens[r.start - 1].folded not in BEFORE_COMMUNE and not tokens[r.start - 1].text[:1].isdigit())]
    # "its new National Health Data Hub": a body being set up, not the known body of that name
    found["country"] = [c for c in found["country"] if not (
        _institution_kind(c) and c.start >= 1 and (tokens[c.start - 1].folded in NEW_WORDS or (
            c.start >= 2 and tokens[c.start - 2].folded in NEW_WORDS and tokens[c.start - 1].text[:1].isupper())))]
    # "British Columbia", "Nuevo México": a country word inside a longer region's name is the region's
    found["country"] = [c for c in found["country"] if not any(
        r.entry.kind and r.start <= c.start and c.end <= r.end and r.end - r.start > c.end - c.start
        for r in found["subnational"])]
    if language not in ADJECTIVE_FIRST:   # the adjective follows the noun: a name goes on after it
        # "el Centro Nacional de Inteligencia Artificial (CENIA)": a capitalised word right after a body's name,
        # then the acronym of the longer name, is another body's (Chile's, not Spain's intelligence service); not
        # a portfolio after a generic name ("le Service public fédéral Emploi, Travail et Concertation sociale")
        starts = {x.start for k in ("country", "gov", "org", "subnational") for x in found[k]}
        found["country"] = [c for c in found["country"] if not (
            c.entry.kind.startswith("institution") and c.end - c.start >= 3 and c.end < len(tokens) and c.end not in starts
            and tokens[c.end].text[:1].isupper() and tokens[c.end].folded not in NOT_NAMES
            and _one_apart(tokens, c.end)
            and any(len(t.text) >= 3 and t.text.isupper() and t.text[0] == tokens[c.start].text[0]
                    for t in tokens[c.end + 1:c.end + 4]))]
        # "El Ministerio de Sanidad y Bienestar Social de la República de Guinea Ecuatorial": a name that goes on to
        # end in another country's is that country's body (not Spain's ministry)
        found["country"] = [c for c in found["country"] if not (
            c.entry.kind.startswith("institution") and c.end - c.start >= 2 and any(
                d.entry.kind == "name" and d.entry.value != c.entry.value and c.end < d.start <= c.end + 10
                and _name_goes_on_to(tokens, c.end, d) for d in found["country"]))]
    # "il ministero dello Sviluppo regionale", "Ministerium für regionale Entwicklung": a ministry's portfolio,
    # not a region's government
    # (also further into the ministry's capitalised name: "ministerie van Slimme Overheid en Regionale Ontwikkeling")
    # (the country's adjective may come first: "le ministère letton de l'Administration intelligente et du
    # Développement régional")
    adjectives = {c.start for c in found["country"] if c.entry.kind == "demonym" and c.end - c.start == 1}
    found["subnational"] = [r for r in found["subnational"] if r.entry.kind or not any(
        tokens[e].folded in GENITIVE_WORDS | NAME_FOR_WORDS and (
            0 < r.start - e <= 3 or (0 < r.start - e <= 8 and (
                (tokens[r.start].text[:1].isupper() and tokens[r.start].folded.startswith("region") and all(
                    t.text[:1].isupper() or t.folded in NAME_LINKS | GENITIVE_WORDS for t in tokens[e + 1:r.start]))
                # ("il ministero degli Investimenti, dello Sviluppo regionale e dell'Informatizzazione", "de
                # l'Administration intelligente et du Développement régional": the remit's noun capitalised)
                or (tokens[r.start].folded in REGIONAL_REMIT and tokens[r.start - 1].text[:1].isupper()
                    and any(t.text[:1].isupper() for t in tokens[e + 1:e + 3])))))
        for g in found["gov"] if g.entry.value == "ministry"
        for e in [g.end + 1 if g.end in adjectives else g.end] if e < len(tokens))]
    # a region "of" a whole country is no region's government: a cloud provider's "région de Bahreïn", "Bahrain region"
    country_names = {c.start for c in found["country"] if c.entry.kind == "name"}
    found["subnational"] = [r for r in found["subnational"] if not (
        not r.entry.kind and r.end - r.start == 1 and tokens[r.start].folded in REGION_WORDS and (
            (r.end + 1 in country_names and tokens[r.end].folded in GENITIVE_WORDS)
            or (r.end + 2 in country_names and tokens[r.end].folded in GENITIVE_WORDS and tokens[r.end + 1].folded in ARTICLES)
            or any(c.end == r.start for c in found["country"] if c.entry.kind == "name")
            # (nor a cloud region: "una regione cloud europea", "a cloud region", "une région cloud")
            or (r.end < len(tokens) and tokens[r.end].folded == "cloud")
            or (r.start >= 1 and tokens[r.start - 1].folded == "cloud")))]
    # a French "département" is a region only with its name or number ("le département du Nord", "de la Gironde");
    # "un haut responsable du département" of a ministry's story is the ministry's department
    found["subnational"] = [r for r in found["subnational"] if not (
        language == "fr" and r.end - r.start == 1 and tokens[r.start].folded == "departement"
        and not _named_after(tokens, r.end))]
    # "o ministro Wellington Dias", "Paris Hilton": a capital that opens a person's (or a thing's) name (German
    # capitalises every noun: "in Berlin Verträge unterzeichnet")
    named = _positions(found["gov"] + found["org"] + found["country"] + found["subnational"])
    found["country"] = [c for c in found["country"] if not (
        language != "de" and c.entry.kind == "capital" and c.end < len(tokens) and c.end not in named
        and _opens_a_name(tokens, c))]
    # "24 official languages", "official statistics": the English adjective, not an official
    found["gov"] = [g for g in found["gov"] if not (
        language == "en" and g.end - g.start == 1 and tokens[g.start].folded == "official" and g.end < len(tokens)
        and tokens[g.end].text.isalpha() and tokens[g.end].text.islower() and tokens[g.end].folded not in OFFICIAL_VERBS)]
    # "American military software": the adjective of things, not the armed forces
    found["gov"] = [g for g in found["gov"] if not (
        language == "en" and tokens[g.end - 1].folded == "military" and g.end < len(tokens)
        and tokens[g.end].folded in MILITARY_THINGS)]
    # "GovTech Review", "NHS News": a publication named after a body is not the body
    found["country"] = [c for c in found["country"] if not (
        c.end < len(tokens) and tokens[c.end].text[:1].isupper() and tokens[c.end].folded in PUBLICATION_WORDS)]
    found["country"] = _without_languages(found["country"], tokens, language)
    if found["country"]:
        found["country"] = [c for c in found["country"] if not (
            (c.start and tokens[c.start - 1].folded in CURRENCY_WORDS)
            or (c.end < len(tokens) and tokens[c.end].folded in CURRENCY_WORDS))]   # "dollars américains"
    if language in GENITIVE_S_LANGUAGES:
        covered = _positions(found["country"])
        for i, t in enumerate(tokens):
            if i in covered or len(t.folded) < 5 or not t.folded.endswith("s") or not t.text[:1].isupper():
                continue
            if i >= 2 and tokens[i - 1].folded == "het" and tokens[i - 2].folded == "in":
                continue   # "in het Nederlands": the language, not "Nederland's"
            # "Österreichs", "Frankrijks"; "Papua-Neuguineas", "Sri Lankas": the last word of a longer name
            for start in range(i, max(-1, i - 3), -1):
                if start < i and (start in covered or not tokens[start].text[:1].isupper()):
                    break
                key = tuple(x.folded for x in tokens[start:i]) + (t.folded[:-1],)
                entry = next((e for e in gaz.index.get(key, []) if e.category == "country" and e.kind == "name"), None)
                if entry:
                    found["country"].append(Mention(entry, start, i + 1))
                    break
        found["country"].sort(key=lambda c: c.start)
    if language in COMPOUND_GOV_SUFFIXES:
        covered = _positions(found["gov"])
        for i, t in enumerate(tokens):
            # German capitalises every noun; Dutch writes "het defensieministerie", "de rijbewijsinstantie"
            if i in covered or not (t.text[:1].isupper() or language == "nl"):
                continue
            # "Liechtensteins Landesverwaltung", "die österreichische Landesverteidigung": a country's "Land"
            # is the country itself
            national = any(c.end == i and c.entry.kind in ("name", "demonym") for c in found["country"])
            if t.folded.startswith(SUBNATIONAL_PREFIXES) and not national:
                if (t.folded.endswith(_GOV_SUFFIXES[language])
                        or t.folded.endswith(NATIONAL_BODY_HEADS[language])) \
                        and i not in _positions(found["subnational"]):
                    # "Die Landesregierung hat den Vertrag … verlängert": a Land's government acts
                    found["subnational"].append(Mention(Entry("subnational", "subnational"), i, i + 1))
                continue
            suffix = AGENCY_SUFFIX[language]
            if t.folded.endswith(suffix) and len(t.folded) > len(suffix) + 2 \
                    and not t.folded.startswith(PRIVATE_AGENCIES):   # "Digitalagentur", not "Nachrichtenagentur"
                found["gov"].append(Mention(Entry("gov", "agency", language=language), i, i + 1))
                continue
            if i and tokens[i - 1].folded in NATIONAL and t.folded.endswith(NATIONAL_BODY_HEADS[language]) \
                    and len(t.folded) > 6:   # "de federale migratiedienst", "die nationale Cyberbehörde"
                found["gov"].append(Mention(Entry("gov", "agency", language=language), i - 1, i + 1))
                continue
            if (adjective := _demonym_before_body(tokens, i, found["country"], language)) is not None:
                # "De Noorse arbeids- en welzijnsdienst NAV", "die tschechische Arbeitsverwaltung": a country's
                # service, named by its remit
                found["gov"].append(Mention(Entry("gov", "agency", language=language), adjective, i + 1))
                continue
            prefix = NATIONAL_BODY_PREFIXES[language]
            if t.folded.startswith(prefix) and t.folded[len(prefix):].endswith(NATIONAL_BODY_HEADS[language]):
                kind = "government" if t.folded.endswith(("regierung", "overheid")) else "agency"
                found["gov"].append(Mention(Entry("gov", kind, language=language), i, i + 1))   # "Bundesanstalt"
                continue
            for suffix, kind in COMPOUND_GOV_SUFFIXES[language] if t.folded.endswith(_GOV_SUFFIXES[language]) else ():
                if t.folded.endswith(suffix) and len(t.folded) >= len(suffix) + 3:   # "Bundesinnenministeriums"
                    found["gov"].append(Mention(Entry("gov", kind, language=language), i, i + 1))
                    break
        found["gov"].sort(key=lambda g: g.start)
        found["subnational"].sort(key=lambda r: r.start)
        covered = _positions(found["cue"])
        for i, t in enumerate(tokens):
            if i in covered or t.folded.startswith(NOT_A_DEAL_PREFIXES) or not t.folded.endswith(_CUE_SUFFIXES[language]):
                continue
            for suffix, rtype, strength in COMPOUND_CUE_SUFFIXES[language]:
                if t.folded.endswith(suffix) and len(t.folded) >= len(suffix) + 3:   # "Pilotvereinbarung"
                    found["cue"].append(Mention(Entry("cue", rtype, kind=str(strength), language=language,
                                                      strength=strength), i, i + 1))
                    break
        for i, t in enumerate(tokens) if language in SEPARABLE_NEGATIONS else ():
            if t.folded not in _SEPARABLE_VERBS[language]:
                continue   # most words: one lookup, not one per verb list
            for verbs, particle in SEPARABLE_NEGATIONS[language]:
                if t.folded in verbs and any(
                        tokens[j].folded == particle and (j == len(tokens) - 1 or tokens[j + 1].folded in CLAUSE_ENDS
                                                      or _punctuated(tokens, j + 1))
                        # (in one clause: not "Es gibt keine Vereinbarung, und … verhandeln wir auch nicht")
                        and not any(_punctuated(tokens, k) for k in range(i + 1, j + 1))
                        for j in range(i + 2, min(len(tokens), i + 16))):
                    found["cue"].append(Mention(Entry("cue", "negation", kind="0.8", language=language, strength=0.8),
                                                i, i + 1))   # "stelt … uit", "sagt … ab"
        found["cue"].sort(key=lambda c: c.start)
    departments = _departments_with_a_remit(tokens, found, language)
    if departments:   # the same word is no region
        found["subnational"] = [r for r in found["subnational"] if not any(r.start == g.start for g in departments)]
    found["gov"] = sorted(found["gov"] + _state_bodies(tokens, found) + _nordic_agencies(tokens, found)
                          + departments + _own_counterparts(tokens, found), key=lambda g: g.start)
    # "Die Bundesrechenzentrum GmbH", "PagoPA S.p.A.": a body's name with a company's legal form is a company
    # (one the state may own, which is no government party)
    found["gov"] = [g for g in found["gov"] if not _incorporated(g, tokens)]
    # "A Autoridade Geral da Concorrência (GAC)": an agency whose full name gives a regulator's remit is one
    found["gov"] = [Mention(replace(g.entry, value="regulator"), g.start, g.end)
                    if g.entry.value == "agency" and tokens[g.start].text[:1].isupper()
                    and _body_kind(tokens[g.start:_name_run_end(tokens, g.end)]) == "regulator" else g
                    for g in found["gov"]]
    found["country"] = [c for c in found["country"] if not (c.entry.kind.startswith("institution") and _incorporated(c, tokens))]
    found["org"] = [o for o in found["org"] if not _org_is_modifier(o, tokens)]
    found["cue"] = sorted(found["cue"] + _work_with(tokens, found) + _denied_bodies(tokens, found["gov"], language),
                          key=lambda c: c.start)
    found["cue"] = [c for c in found["cue"] if not (
        " ".join(t.folded for t in tokens[c.start:c.end]) in USE_VERBS
        and any(o.start < c.start for o in found["org"]) and not any(o.start >= c.end for o in found["org"]))]
    # "announced in May": a capitalised hedge word inside a sentence is a name or a month, not a modal
    found["cue"] = [c for c in found["cue"] if not (c.entry.value == "hedge" and c.start > 0
                                                     and tokens[c.start].text[:1].isupper() and language != "de")]
    # "les règles de la Public Procurement Regulatory Authority": a word of a body's name is no deal word (it
    # may still say what the body does: "Secretaria Nacional do Consumidor" regulates)
    names = [x for x in found["country"] if x.entry.kind.startswith("institution") and x.end - x.start >= 2]
    if names:
        found["cue"] = [c for c in found["cue"] if not (c.entry.value in PARTNERSHIP_FAMILY and any(
            x.start <= c.start and c.end <= x.end for x in names))]
    # "soumises à une retenue à la source de 15 %": a withholding tax, not a tender's chosen bidder
    found["cue"] = [c for c in found["cue"] if not (
        c.entry.value == "procurement" and tuple(t.folded for t in tokens[c.end:c.end + 3]) == WITHHELD_AT_SOURCE)]
    # "la cadena de suministro", "the supply chain": an industry's chain, not a purchase
    found["cue"] = [c for c in found["cue"] if not (c.entry.value == "procurement" and (
        (c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS and tokens[c.start - 2].folded in CHAIN_WORDS)
        or (c.end < len(tokens) and tokens[c.end].folded in CHAIN_WORDS)))]
    return found


def _name_goes_on_to(tokens: list[Token], end: int, country: Mention) -> bool:
    """The name ending at token `end` goes on, in name words only, to end in that country's name: "Ministerio de
    Sanidad y Bienestar Social | de la República de Guinea Ecuatorial", "… de l'information | d'Albanie"."""
    return tokens[country.start - 1].folded in GENITIVE_WORDS | ARTICLES | {"d"} \
        and all(t.text[:1].isupper() or t.folded in NAME_LINKS | GENITIVE_WORDS | ARTICLES | {"d"}
                for t in tokens[end:country.start]) \
        and not any(_punctuated(tokens, k) for k in range(end, country.start + 1))


def _incorporated(x: Mention, tokens: list[Token]) -> bool:
    return x.end < len(tokens) and tokens[x.end].folded in LEGAL_FORMS


def _denied_bodies(tokens: list[Token], gov: list[Mention], language: str) -> list[Mention]:
    """"No Central Government ministry has procured the services of DeepSeek", "Geen enkel ministerie…": a
    negative determiner up to two words before a government body is a negation of what the body did."""
    determiners = NEGATIVE_DETERMINERS.get(language, NEGATIVE_DETERMINERS["en"])

    def reach(g: Mention) -> int:   # further for the second of a denied pair: "ningún departamento … ni organismo"
        return 6 if g.start and tokens[g.start - 1].text.lower() in NOR else 2

    return [Mention(Entry("cue", "negation", kind="0.8", language=language, strength=0.8), i, i + 1)
            for g in gov for i in range(max(0, g.start - reach(g)), g.start)
            if tokens[i].folded in determiners and not any(t.text[:1].isdigit() for t in tokens[i + 1:g.start])
            and not any(t.folded in FOREIGN for t in tokens[i + 1:g.end + 1])]


def _own_counterparts(tokens: list[Token], found: dict[str, list[Mention]]) -> list[Mention]:
    """"Le ministère malaisien de la Santé et son homologue du sultanat de Brunei ont signé": a body's own
    counterpart is a body of the same kind (whose country follows)."""
    if not found["gov"] or COUNTERPART.isdisjoint([t.folded for t in tokens]):
        return []   # most sentences: one set test
    out = []
    for i, t in enumerate(tokens):
        if i >= 1 and t.folded in COUNTERPART and tokens[i - 1].folded in OWN_COUNTERPART:
            before = [g for g in found["gov"] if g.end <= i - 1]
            if before and not any(g.start <= i < g.end for g in found["gov"]):
                out.append(Mention(Entry("gov", before[-1].entry.value), i, i + 1))
    return out


def _departments_with_a_remit(tokens: list[Token], found: dict[str, list[Mention]], language: str) -> list[Mention]:
    """"le Département de la vulgarisation agricole (DAE) du Bangladesh", "el Departamento de Agricultura": a
    capitalised department followed by its remit is a government's, not a French département or a Colombian
    departamento (whose name follows: "le Département de la Gironde", "el departamento de Antioquia")."""
    if language not in ("fr", "es", "pt") or REMIT_DEPARTMENTS.isdisjoint([t.folded for t in tokens]):
        return []
    covered = _positions(found["gov"])
    out = []
    for i, t in enumerate(tokens[:-2]):
        if i in covered or not t.text[:1].isupper() or t.folded not in REMIT_DEPARTMENTS \
                or tokens[i + 1].folded not in GENITIVE_WORDS:
            continue
        k = i + 2 if tokens[i + 2].folded not in ARTICLES else i + 3
        # (or a capitalised remit: "el Departamento de Estadística de Jordania")
        if k < len(tokens) and tokens[k].text[:1].isalpha() and (
                tokens[k].text[:1].islower() or tokens[k].folded in REMIT_NOUNS):
            out.append(Mention(Entry("gov", "ministry", language=language), i, i + 1))
    return out


def _nordic_agencies(tokens: list[Token], found: dict[str, list[Mention]]) -> list[Mention]:
    """"Met de Deense Kystdirektoratet werken we…": a Scandinavian agency name no seed lists."""
    candidates = [i for i, t in enumerate(tokens) if t.folded.endswith(NORDIC_AGENCY_SUFFIXES)]   # most have none
    if not candidates:
        return []
    known = _positions(found["gov"] + found["org"] + found["country"] + found["subnational"])
    return [Mention(Entry("gov", "agency"), i, i + 1) for i in candidates
            if i not in known and (t := tokens[i]).text[:1].isupper() and any(
                t.folded.endswith(suffix) and len(t.folded) >= len(suffix) + 3 for suffix in NORDIC_AGENCY_SUFFIXES)]


_STATE_BODY_WORDS = frozenset(DIRECTORATES | STATE_BODY_HEADS | COMMISSION_HEADS | STATISTICS_OFFICES)   # a state body needs one of them


def _state_bodies(tokens: list[Token], found: dict[str, list[Mention]]) -> list[Mention]:
    """"Caisse nationale", "Instituto Nacional", "National … Agency", "Instituto Guatemalteco": a capitalised
    institution word and "national" or a country adjective next to it (or, in English, "national" up to
    three words before it) that no seed already matched."""
    if _STATE_BODY_WORDS.isdisjoint([t.folded for t in tokens]):
        return []   # most sentences: one set test instead of a loop over their words
    known = _positions(found["gov"] + found["org"] + found["subnational"]
                       + [c for c in found["country"] if c.entry.kind != "demonym"])
    out = []
    name_starts = {c.start for c in found["country"] if c.entry.kind == "name"}
    name_ends = {c.end for c in found["country"] if c.entry.kind == "name"}
    for i, t in enumerate(tokens):
        if t.folded in STATISTICS_OFFICES and t.text[:1].isupper() and i not in known \
                and (i + 1 in name_starts or i in name_ends):
            out.append(Mention(Entry("gov", "agency"), i, i + 1))   # "Statistique Finlande", "Statistik Austria"
            continue
        if t.folded in DIRECTORATES and t.text[:1].isupper() and i + 1 < len(tokens) \
                and tokens[i + 1].folded in GENERAL and i not in known and i + 1 not in known:
            out.append(Mention(Entry("gov", "agency"), i, i + 2))   # "Direction générale des impôts"
            continue
        if t.folded in STATE_BODY_HEADS and t.text.islower() and i not in known:
            # "Uzbekistan's national tuberculosis service", "Kenya's national meteorological agency": a country's
            # national body named by its remit, in lower case
            start = next((j for j in range(max(2, i - 4), i) if tokens[j].folded in NATIONAL and tokens[j - 1].folded == "s"
                          and j - 1 in name_ends and all(tokens[k].text.islower() and k not in known for k in range(j, i))), None)
            if start is not None:
                out.append(Mention(Entry("gov", "agency"), start, i + 1))
            continue
        if t.folded not in STATE_BODY_HEADS | COMMISSION_HEADS or not t.text[:1].isupper() or i in known:
            continue
        demonym = any(c.start == i + 1 and c.entry.kind == "demonym" for c in found["country"])
        if t.folded in COMMISSION_HEADS:
            # only by its full name: "la Comisión de Rentas Internas"
            end = _name_run_end(tokens, i + 1)
            if end - i < 3 or tokens[i + 1].folded not in GENITIVE_WORDS:
                continue
            span = (i, end)
        elif i + 1 < len(tokens) and (tokens[i + 1].folded in NATIONAL or demonym):   # "Instituto Guatemalteco"
            span = (i, i + 1) if demonym else (i, i + 2)
        else:
            # "National … Agency", or a country adjective a few names before: "The Croatian Pension Insurance Institute"
            demonyms = {c.start for c in found["country"] if c.entry.kind == "demonym"}
            before = [j for j in range(max(0, i - 3), i) if (tokens[j].folded in NATIONAL or j in demonyms)
                      and tokens[j].text[:1].isupper() and all(tokens[k].text[:1].isupper() for k in range(j, i))]
            # or a country's name with "'s" right before the capitalised name: "Kyrgyzstan's State Tax Service"
            before += [j + 1 for j in range(max(0, i - 4), i - 1) if j in name_ends and tokens[j].folded == "s"
                       and all(tokens[k].text[:1].isupper() for k in range(j + 1, i))]
            if not before:
                # or "national" closing the body's capitalised name: "Instituto do Patrimônio Histórico e
                # Artístico Nacional" (not "… de la Universidad Nacional": a university's institute; nor
                # "Caixa Econômica Federal", a state bank)
                end = _name_run_end(tokens, i + 1)
                named = end - i >= 3 and not any(tokens[k].folded in INSTITUTION_HEADS or tokens[k].folded.startswith(
                    "univers") for k in range(i + 1, end))
                # or an office's or a service's name: "la Oficina de Rentas Internas", "el Servicio de Impuestos
                # Internos" (public offices; a "Centro" or an "Instituto" of a name may be anyone's)
                if not (named and ((tokens[end - 1].folded in NATIONAL and not tokens[end - 1].folded.startswith("fed"))
                                   or (t.folded in OFFICE_HEADS and tokens[i + 1].folded in GENITIVE_WORDS))):
                    continue
                span = (i, end)
            else:
                span = (before[0], i + 1)
        if not any(k in known for k in range(*span)):
            out.append(Mention(Entry("gov", _body_kind(tokens[span[0]:span[1]])), *span))
    return out


def _body_kind(words: list[Token]) -> str:
    folded = {t.folded for t in words}
    regulator = bool(folded & COMPETITION_WORDS) or (bool(folded & DATA_WORDS) and bool(folded & PROTECTION_WORDS)) \
        or any(pair <= folded for pair in FAIR_TRADE)
    return "regulator" if regulator else "agency"


def _demonym_before_body(tokens: list[Token], i: int, countries: list[Mention], language: str) -> int | None:
    """Where the body named at token i starts, if a country's adjective stands right before it, or before an
    elided compound ("Noorse arbeids- en welzijnsdienst"); None if token i is no public service's name."""
    word = tokens[i].folded
    if not word.endswith(DEMONYM_BODY_HEADS.get(language, ())) or word.startswith(PRIVATE_SERVICES) \
            or len(word) < 8:
        return None
    start = i
    if i >= 2 and tokens[i - 1].folded in ("en", "und") and tokens[i - 1].start - tokens[i - 2].start \
            - len(tokens[i - 2].text) == 2:   # "arbeids- en": the hyphen of an elided compound
        start = i - 2
    return start if any(c.entry.kind == "demonym" and c.end == start for c in countries) else None


def _one_apart(tokens: list[Token], k: int) -> bool:
    """A single character (a space or a hyphen) between token k and the one before: "POL-INTEL", "Egyptisch-Arabisch"."""
    return tokens[k].start == tokens[k - 1].start + len(tokens[k - 1].text) + 1


def _punctuated(tokens: list[Token], k: int) -> bool:
    """More than a space (or an apostrophe) between token k and the one before: ", ", ": ", " – "."""
    return tokens[k].start - tokens[k - 1].start - len(tokens[k - 1].text) > 1


def _name_run_end(tokens: list[Token], start: int, reach: int = 8) -> int:
    """The end of a capitalised name from `start`: capitalised words joined by "of", "and"… ("do
    Patrimônio Histórico e Artístico Nacional"), with nothing but a space between them, at most `reach` words."""
    end = start
    for k in range(start, min(len(tokens), start + reach)):
        if k and _punctuated(tokens, k):
            break   # punctuation between the words: "… Nacional (Iphan)", "… Nacional, que"
        if tokens[k].text[:1].isupper():
            end = k + 1
        elif tokens[k].folded not in NAME_LINKS:
            break
    return end


_FIRST_PERSON_PLURAL_VERB = re.compile(r"^[a-zç]{2,}(?:iamo|amos|emos|imos|ámos|ímos)$")   # lavoriamo, firmamos, construímos


def _is_we(t: Token) -> bool:
    """"we", or a verb that says it where Romance languages drop the pronoun ("Con Google lavoriamo
    insieme", "Firmamos un convenio"); accented adjectives ("últimos", "próximos") are not verbs."""
    return t.folded in WE or bool(_FIRST_PERSON_PLURAL_VERB.match(t.text[:1].lower() + t.text[1:]))   # "Tenemos"


def _work_with(tokens: list[Token], found: dict[str, list[Mention]]) -> list[Mention]:
    """A partnership cue on a verb of working together a few words before "with": "il ministero lavora dal
    2024 con Microsoft" (a government or country before the verb), or a company or a newsroom's "we"
    working with a government ("Sakana, che lavora già con il ministero della Difesa", "In Finland werken
    we met de … Agency")."""
    covered = _positions(found["cue"])
    institutions = [c for c in found["country"] if c.entry.kind.startswith("institution:")]
    # "für das französische Verteidigungsministerium": a country adjective before the body
    adjectives = {c.start for c in found["country"] if c.entry.kind == "demonym"}
    out = []

    def cue_on(k: int) -> None:
        covered.add(k)
        out.append(Mention(Entry("cue", "partnership", kind="0.6", strength=0.6), k, k + 1))

    for target in found["org"] + found["gov"] + institutions:
        j, reach = target.start - 1, 3 if target in found["org"] else 8
        # (a company works "for" a government body too; a government does not work "for" a company)
        links = WITH if target in found["org"] else WITH | WORK_FOR
        while j >= 0 and target.start - j <= reach and tokens[j].folded not in links and not (
                j and tokens[j].folded in TOGETHER_WITH and tokens[j - 1].folded in TOGETHER) and (
                tokens[j].folded in ARTICLES or tokens[j].folded in COMPANY_WORDS or tokens[j].text[:1].isupper()
                or (target not in found["org"] and (tokens[j].folded in NAME_LINKS or j in adjectives))):
            j -= 1   # "with the German Helsing", "met de Digital and Population Data Services Agency"
        together = j > 0 and tokens[j].folded in TOGETHER_WITH and tokens[j - 1].folded in TOGETHER and target in found["org"]
        if j < 0 or not (tokens[j].folded in links or together):
            continue
        if tokens[j].folded in WORK_FOR and not any(o.start < j for o in found["org"]):
            continue   # "for" only after a company as the subject: "Helsing arbeitet für", not "we work for"
        if together:
            # "together with" stands for the verb: "launched AI Leap together with OpenAI" (a government's
            # doing; a company's claim to act "samen met de Nederlandse overheid" is only its claim)
            verbs = [j - 1]
        else:
            verbs = [k for k in range(max(0, j - 1 - WORK_WITH_GAP), j) if tokens[k].folded in WORK_VERBS]
        if not verbs and j <= 1:   # fronted: "Met de Deense Kystdirektoratet werken we sinds vorig jaar aan…"
            verbs = [k for k in range(target.end, min(len(tokens), target.end + 3)) if tokens[k].folded in WORK_VERBS]
        if not verbs or verbs[-1] in covered or any(verbs[-1] < o.start < j for o in found["org"]):
            continue
        if verbs[-1] > j:   # fronted: the subject follows the verb
            if any(_is_we(t) for t in tokens[verbs[-1]:verbs[-1] + 3]) or target not in found["org"]:
                cue_on(verbs[-1])
            continue
        if target in found["org"]:
            # the subject must be a government: "Otros bancos españoles trabajan con Microsoft" is no deal (it may
            # follow the verb: "Zo werkte Rijkswaterstaat de afgelopen jaren met IBM samen")
            subject = any(g.start < verbs[-1] or verbs[-1] < g.start < j for g in found["gov"]) or any(
                c.start < verbs[-1] and c.entry.kind != "demonym" for c in found["country"])
        else:   # "Sakana, che lavora già con il ministero della Difesa", "werken we met de … Agency"
            subject = any(_is_we(t) for t in tokens[:j]) or any(o.start < verbs[-1] for o in found["org"])
        if subject:
            cue_on(verbs[-1])
    return out


def _org_is_modifier(o: Mention, tokens: list[Token]) -> bool:
    before = tokens[o.start - 1].folded if o.start > 0 else ""
    after = tokens[o.end].folded if o.end < len(tokens) else ""
    # "ex ricercatori di OpenAI", "anciens salariés de Google": the people come first in Romance languages
    people_of = o.start > 1 and before in GENITIVE_WORDS and tokens[o.start - 2].folded in ORG_MODIFIERS_AFTER
    sister = after in SISTER_COMPANIES.get(o.entry.value, ()) and tokens[o.end].text[:1].isupper()
    # "Silo AI, now part of AMD", "sinds 2024 onderdeel van chipmaker AMD"
    # (over a company word, and in French an adjective after it: "Core42, filiale du groupe émirien G42")
    k = o.start
    if k > 3 and tokens[k - 1].text.islower() and _is_company_word(tokens[k - 2].folded):
        k -= 2
    elif k > 2 and _is_company_word(before):
        k -= 1
    owner = k > 1 and ((tokens[k - 2].folded, tokens[k - 1].folded) in OWNER_BEFORE or (
        tokens[k - 2].folded in SUBSIDIARY_WORDS | {"parte"} and tokens[k - 1].folded in GENITIVE_WORDS))   # "parte del gruppo AMD"
    # (an adjective between: "Core42, der Cloud- und KI-Tochter der emiratischen G42")
    owner = owner or (o.start > 3 and tokens[o.start - 1].text.islower() and tokens[o.start - 2].folded in GENITIVE_WORDS
                      and tokens[o.start - 3].folded in SUBSIDIARY_WORDS)
    # German puts the verb last: "Silo AI, das seit 2024 zum US-Chiphersteller AMD gehört"
    owner = owner or (after in ("gehort", "gehoren") and any(t.folded in ("zum", "zur") for t in tokens[max(0, k - 3):k]))
    return before in ORG_MODIFIERS_BEFORE or after in ORG_MODIFIERS_AFTER or people_of or sister or owner


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


def _without_languages(countries: list[Mention], tokens: list[Token], language: str) -> list[Mention]:
    """Drop demonyms that name a language: "des communiqués en allemand, en français et en italien",
    "versioni in inglese, francese e arabo", "auf Deutsch", "in het Nederlands" (not "in French schools",
    "in deutschen Schulen", "in Nederlandse ziekenhuizen")."""
    if not countries:
        return countries
    out, last_language = [], None
    opening = [i + 1 for i in range(1, len(tokens))
               if tokens[i].folded in LANGUAGE_WORDS and tokens[i - 1].folded in LANGUAGE_PREPOSITIONS]
    for c in countries:
        before = [end for end in opening if end <= c.start]
        if before and (last_language is None or before[-1] > last_language):
            last_language = before[-1]
        if c.entry.kind == "demonym" and (
                (c.end < len(tokens) and tokens[c.end].folded in LANGUAGE_WORDS
                 and _one_apart(tokens, c.end))
                or (c.start >= 1 and tokens[c.start - 1].folded in LANGUAGE_WORDS and not _punctuated(tokens, c.start))):
            continue   # a dialect: "het Egyptisch-Arabisch", "el árabe egipcio", "l'arabo egiziano"
        if c.entry.kind == "demonym":
            i = c.start - 1
            if language == "nl":
                # "in het Nederlands"; or a bare form ("Frans", not "Franse") closing its phrase: "ze schakelen
                # tussen Frans, Duits en Engels" (not "een Duits bedrijf")
                nxt = c.end < len(tokens) and not _punctuated(tokens, c.end) and tokens[c.end].folded not in COORDINATORS
                preposition = (i >= 1 and tokens[i].folded == "het" and tokens[i - 1].folded == "in") or (
                    not tokens[c.end - 1].folded.endswith("e") and not nxt and any(
                        d is not c and d.entry.kind == "demonym" and _distance(d, c) <= 1 for d in countries))
            elif language == "de":
                preposition = i >= 0 and tokens[i].folded == "auf"
            else:
                nxt = tokens[c.end] if c.end < len(tokens) else None
                modifies = language == "en" and nxt is not None and nxt.text[:1].islower() \
                    and nxt.folded not in COORDINATORS | LANGUAGE_PREPOSITIONS
                preposition = i >= 0 and tokens[i].folded in LANGUAGE_PREPOSITIONS and not modifies
            # (a language that is no demonym may stand between: "in Uzbek, Russian, English and Chinese")
            listed = last_language is not None and all(
                t.folded in COORDINATORS | LANGUAGE_PREPOSITIONS | LANGUAGE_WORDS for t in tokens[last_language:c.start])
            if preposition or listed:
                last_language = c.end
                continue
        out.append(c)
    return out


def _opens_a_name(tokens: list[Token], c: Mention) -> bool:
    """A capitalised word (not an article, not an acronym) follows the capital with only a space between, and the
    capital is not a dateline in capitals: "Wellington Dias"."""
    last, following = tokens[c.end - 1], tokens[c.end]
    return following.text[:1].isupper() and following.text[1:2].islower() and not last.text.isupper() \
        and following.folded not in ARTICLES and not _punctuated(tokens, c.end)


def _named_after(tokens: list[Token], i: int) -> bool:
    """A name or a number follows position i, after at most two linking words ("du Nord", "de la Gironde", "75")."""
    end = min(len(tokens), i + 3)
    while i < end - 1 and tokens[i].folded in GENITIVE_WORDS | ARTICLES:
        i += 1
    return i < end and (tokens[i].text[:1].isupper() or tokens[i].text.isdigit())


def _is_locative(m: Mention, tokens: list[Token], language: str = "") -> bool:
    for i in range(m.start - 1, max(-1, m.start - 4), -1):
        if i and tokens[i].text in ("a", "o") and tokens[i - 1].folded in WITH:
            return False   # "com a Estónia": "with" and the article, not "to"
        if tokens[i].folded in LOCATIVE and not (language == "nl" and tokens[i].folded == "en"):
            return True   # checked first: Portuguese "a" is an article, French "à" a place; Dutch "en" is "and"
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


def _institution_kind(c: Mention) -> str | None:
    kind = c.entry.kind
    return kind.split(":", 1)[1] if kind.startswith("institution:") else None
