"""What an article refers back to across sentences.

The country an article is about when it says only "the ministry", the company a newsroom's "we" is,
acronyms defined in brackets, "the institute" after a named state body, "the American tech group"
after a named company, and wire datelines that are places rather than subjects.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.extract.amounts import find_amount
from pactwatch.extract.gazetteer import Entry, Gazetteer
from pactwatch.extract.lexicon import (
    ACTOR_KINDS,
    ARTICLE_CONTRACTIONS,
    ARTICLES,
    BASED,
    BRAZILIAN_MARKERS,
    COMPANY_WORDS,
    COMPOUND_ACRONYMS,
    COORDINATORS,
    CURRENCY_HOME,
    DEFINITE,
    DEFINITE_PT,
    DEMONSTRATIVES,
    DEMONSTRATIVES_NL,
    DESCRIBE_WINDOW,
    EUROPEAN_PT_MARKERS,
    FUSED_TO,
    GENERIC_BODY_WORDS,
    GENITIVE_WORDS,
    IT_AFTER_WITH,
    IT_IS_ABOUT,
    LANGUAGE_HOME,
    LOCAL_WORDS,
    NAME_LINKS,
    PARTNERSHIP_FAMILY,
    PLURAL_DEFINITE,
    PLURAL_DEFINITE_BY_LANGUAGE,
    REGION_ADJECTIVES,
    REGION_WORDS,
    REMIT_DEPARTMENTS,
    SAME,
    STATE_BODY_HEADS,
    STATE_COMPANY,
    THEM,
    TO_WORDS,
    WITH,
    WRITTEN_BY,
)
from pactwatch.extract.mentions import (
    Mention,
    _describes_company_word,
    _distance,
    _institution_kind,
    _is_company_word,
    _is_locative,
    _positions,
    _punctuated,
    find_mentions,
)
from pactwatch.extract.parties import _parties, moved_context
from pactwatch.extract.text import Token, fold, tokenize


def _home_country(analysed, language: str, gaz: Gazetteer, national: bool = False,
                  weighed: dict | None = None) -> str | None:
    """The government an article is about when it says only "the ministry": its most named country (with
    `national`, the most named other than the EU, which has no government or ministries of its own).

    `weighed` keeps each sentence's weights between calls on one article: the resolving steps copy a
    sentence's mentions when they change them, so an unchanged mentions object has unchanged weights."""
    counts: dict[str, float] = {}
    weighed = {} if weighed is None else weighed
    for index, (sentence, tokens, m) in enumerate(analysed):
        if id(m) not in weighed:
            weighed[id(m)] = (m, _country_weights(sentence, tokens, m, gaz))   # holding m keeps its id unused
        for country, weight in weighed[id(m)][1]:
            if national and country == "EUU":
                continue
            # the title and the lead say what the story is about; later governments are often in passing
            counts[country] = counts.get(country, 0.0) + (weight if index <= 2 else min(weight, 1.0))
    home = LANGUAGE_HOME.get(language)
    if language == "pt":
        text = " ".join(sentence for sentence, _, _ in analysed).lower()
        if len(BRAZILIAN_MARKERS.findall(text)) > len(EUROPEAN_PT_MARKERS.findall(text)):
            home = "BRA"   # "a autarquia, vinculada ao Ministério…", written in Brazil
    if home:
        counts[home] = counts.get(home, 0.0) + 0.25   # only breaks a tie, or stands in for silence
    # a tie goes to the language's country ("versioni in inglese, francese e arabo" in an Italian story)
    return max(sorted(counts), key=lambda c: (round(counts[c], 6), c == home)) if counts else None


# a web address in the text and its country-code domain: "Guichet.lu", "gov.uk"
WEB_DOMAIN = re.compile(r"(?<![\w.@])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([a-z]{2})\b(?![.\w-]*\w)")


def _country_weights(sentence: str, tokens: list[Token], m, gaz: Gazetteer) -> list[tuple[str, float]]:
    if not m:
        return []
    out = []
    for c in m["country"]:
        if _describes_company_word(c, tokens) or (c.end < len(tokens) and tokens[c.end].folded in BASED) or any(
                gaz.org_hq.get(o.entry.value) == c.entry.value and _distance(o, c) <= DESCRIBE_WINDOW
                for o in m["org"]):
            continue
        if c.entry.shared_with:
            continue   # "Defensie" is Belgian too: the name does not say which government the story is about
        strong = c.entry.kind.startswith("institution") or c.entry.kind == "metonym"
        if strong and any(o is not c and o.entry.value != c.entry.value and _distance(o, c) <= 2
                          for o in m["country"]):
            continue   # "die österreichische Bundesregierung": the adjective names the government
        if c.entry.value == "EUU" and not strong:
            if c.entry.kind == "capital":
                out.append(("BEL", 0.5))   # Brussels is Belgium's capital too: "BRUSSEL - Het Koninklijk Instituut…"
            continue   # "European" describes markets and values more often than the EU as a party
        governing = any(_distance(g, c) <= 2 for g in m["gov"])   # "de Belgische federale regering"
        weight = 2.0 if strong or governing else (0.5 if c.entry.kind == "demonym" else 1.0)
        if not (strong or governing) and _is_locative(c, tokens):
            weight *= 0.5   # "een verzoek uit Brazilië": a place the story mentions, less its government
        out.append((c.entry.value, weight))
    for r in m["subnational"] + m.get("dateline", []):
        if r.entry.kind:   # "St. Gallen –", "in Karnataka": the region says which country the story is in
            out.append((r.entry.kind, 0.5))
    amount = find_amount(sentence)
    if amount and amount[1] in CURRENCY_HOME:
        out.append((CURRENCY_HOME[amount[1]], 1.0))
    # "l'assistant de Guichet.lu", "gov.uk", "www.bund.de": a web address says which country's service it is
    out += [(gaz.by_domain[d], 1.0) for d in _web_domains(sentence) if d in gaz.by_domain]
    return out


@lru_cache(maxsize=4096)   # a changed sentence is weighed again (the story's country, then the national one)
def _web_domains(sentence: str) -> tuple[str, ...]:
    return tuple(WEB_DOMAIN.findall(sentence))


def _resolve_company_descriptions(analysed, gaz: Gazetteer, language: str = ""):
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
        if m:
            added = []
            regional = [Mention(Entry("country", REGION_ADJECTIVES[t.folded], "demonym"), i, i + 1)
                        for i, t in enumerate(tokens) if t.folded in REGION_ADJECTIVES]
            # (of several companies of that country, the one the sentence before named: "La risposta arriva da Google
            # Cloud. Il ministero ha aggiudicato al gruppo americano un contratto")
            just_named = {o.entry.value for o in out[-1][2]["org"]} if out and out[-1][2] else set()
            for c in m["country"] + regional:
                candidates = by_home.get(c.entry.value, [])
                if len(candidates) > 1 and len(set(candidates) & just_named) == 1:
                    candidates = sorted(set(candidates) & just_named)
                if len(candidates) != 1 or c.entry.kind not in ("demonym", "name"):
                    continue
                # (a compound's acronym may come first: "het Amerikaanse AI-bedrijf", "der US-KI-Konzern")
                after = c.end + 1 if c.end < len(tokens) and tokens[c.end].text in COMPOUND_ACRONYMS else c.end
                word = next((i for i in (c.start - 1, after) if 0 <= i < len(tokens)
                             and _is_company_word(tokens[i].folded)), None)
                first = min(word, c.start) if word is not None else 0
                # (Portuguese "a", "as" are articles too: "entre a tecnológica chinesa e o Ministério")
                # (or "to" and the article in one word: "ha aggiudicato al gruppo americano")
                fused = word is not None and first >= 1 and language in FUSED_TO and tokens[first - 1].text.lower() in FUSED_TO[language]
                if word is None or (not fused and (first < 2 or tokens[first - 1].folded not in (
                        DEFINITE_PT if language == "pt" else DEFINITE))):
                    continue
                if not fused and tokens[first - 1].folded in PLURAL_DEFINITE_BY_LANGUAGE.get(language, PLURAL_DEFINITE):
                    continue
                linker = "to" if fused else tokens[first - 2].folded
                awarded = linker in TO_WORDS and any(
                    c.entry.value in PARTNERSHIP_FAMILY and 0 < first - (1 if fused else 2) - c.start <= 4 for c in m["cue"])
                # "the ministry and the US company extended…", "Eine Vereinbarung unterzeichneten das Ministerium für
                # Kommunikation und das Pariser Start-up": a government body (and its name) right before "and"
                joint = linker in COORDINATORS and any(
                    g.end <= first - 2 and first - 2 - g.end <= 5 and all(
                        t.text[:1].isupper() or t.folded in NAME_LINKS for t in tokens[g.end:first - 2])
                    for g in m["gov"]) and any(x.entry.value in PARTNERSHIP_FAMILY for x in m["cue"])
                last = max(word, c.start, c.end - 1)
                givers = m["gov"] + [x for x in m["country"] if any(0 <= x.start - g.end <= 2 for g in m["gov"])]
                # "gaf de regering het Chinese bedrijf opdracht", "heeft het Amerikaanse bedrijf een opdracht gegund"
                given = any(first - 2 <= g.end <= first - 1 for g in givers) and any(
                    x.entry.value in PARTNERSHIP_FAMILY and 0 < x.start - last <= 3 for x in m["cue"])
                if linker not in WITH and not awarded and not joint and not given:
                    continue   # only as the partner of a deal: "met het …", "gegund aan het …", "the ministry
                    # and the US company extended their agreement"
                if not joint and any(_distance(o, c) <= DESCRIBE_WINDOW for o in m["org"]):
                    continue   # "OpenAI, the US company": describes the name beside it; not "… built with
                    # Palantir; the ministry and the US company extended their agreement", a deal of its own
                added.append(Mention(Entry("org", candidates[0]), min(word, c.start), max(word + 1, c.end)))
            if added:
                # the country word is part of the description ("het Chinese bedrijf"), not a government
                inside = {i for o in added for i in range(o.start, o.end)}
                m = {**m, "org": sorted(m["org"] + added, key=lambda o: o.start),
                     "country": [c for c in m["country"] if c.start not in inside]}
        if m and not added and (partner := _company_word_partner(tokens, m, out, voice, language, gaz.org_hq)):
            m = {**m, "org": sorted(m["org"] + [partner], key=lambda o: o.start)}
        elif m and not m["org"] and (deal := _that_deal(tokens, m, out, language)):
            m = {**m, "org": [deal]}
        before = sorted({o.entry.value for o in out[-1][2]["org"]}) if out and out[-1][2] else []
        subject = _described_subject(tokens, m, by_home, voice, language, before) if m else None
        if subject:
            m = {**m, "org": sorted(m["org"] + [subject], key=lambda o: o.start)}
        out.append((sentence, tokens, m))
    return out


_PARTNER_DETERMINERS = DEFINITE | {"de"} | DEMONSTRATIVES   # "met de onderneming", "con esa compañía"


def _that_deal(tokens: list[Token], m, earlier, language: str) -> Mention | None:
    """"In de cloud van Microsoft … Dat contract sloot het ministerie na een openbare aanbesteding": a deal word
    after "that" or "this", in a sentence with a government word and no company, is the deal of the one company the
    sentence before named (the demonstrative stands for it)."""
    if not m["gov"] or not earlier or not earlier[-1][2] or not earlier[-1][2]["org"]:
        return None
    named = {o.entry.value for o in earlier[-1][2]["org"]}
    if len(named) != 1:
        return None
    this = DEMONSTRATIVES | (DEMONSTRATIVES_NL if language == "nl" else set())
    at = next((c.start - 1 for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY and c.start >= 1
               and tokens[c.start - 1].folded in this), None)
    # (or "it is a …" opening the sentence, when the sentence before named the government too: "De Deense
    # zeevaartautoriteit gaat Faculty gebruiken. Het gaat om een proef van negen maanden, meldt het ministerie")
    opening = tuple(t.folded for t in tokens[:3])
    if at is None and any(opening[:len(p)] == p for p in IT_IS_ABOUT) and earlier[-1][2]["country"] \
            and any(c.entry.value in PARTNERSHIP_FAMILY and c.start <= 6 for c in m["cue"]):
        at = 0
    return Mention(Entry("org", next(iter(named))), at, at + 1) if at is not None else None


def _company_word_partner(tokens: list[Token], m, earlier, voice: str | None, language: str = "",
                          home: dict[str, str] | None = None) -> Mention | None:
    """"sloot een contract met de onderneming", "met het bedrijf uit Keulen": a definite company word
    right after "with" is the company the article is about, or the only one the last sentences named (Dutch
    "de" is an article here: "met de" cannot be "with of"; Portuguese "a" only before "same", as "com a empresa" is
    as often a company the article has not named)."""
    definite = _PARTNER_DETERMINERS
    definite_before_same = definite | DEFINITE_PT if language == "pt" else definite
    # (only a company word can be one: most sentences have none, and are turned down at once)
    for i in [i for i in range(2, len(tokens)) if tokens[i].folded in COMPANY_WORDS]:
        same = tokens[i - 1].folded in SAME and i >= 3   # "con la misma empresa"
        article, linker = (tokens[i - 2], tokens[i - 3]) if same else (tokens[i - 1], tokens[i - 2])
        # (or after "and" right after a government word, the compound's acronym aside: "Het Europees Parlement en
        # het AI-bedrijf hebben … gesloten")
        ai = int(not same and i >= 3 and tokens[i - 1].text in COMPOUND_ACRONYMS)
        joint = i - 3 - ai >= 0 and tokens[i - 2 - ai].folded in COORDINATORS - WITH and any(
            g.end == i - 2 - ai for g in m["gov"]) and any(c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"])
        if joint:
            article, linker = tokens[i - 1 - ai], tokens[i - 2 - ai]
        if (linker.folded in WITH or joint) and article.folded in (definite_before_same if same else definite) \
                and tokens[i].folded in COMPANY_WORDS \
                and not any(o.start > i and o.start - i <= 3 and all(   # "met het bedrijf OpenAI" names it
                    # "mit dem Start-up Sakana AI", "con il colosso di Mountain View", "avec la start-up française
                    # Mistral AI"
                    tokens[k].folded in ARTICLES | GENITIVE_WORDS or tokens[k].text[:1].isupper()
                    or tokens[k].folded == "up" or any(c.start <= k < c.end for c in m["country"])
                    for k in range(i + 1, o.start)) for o in m["org"]):
            recent = [{o.entry.value for o in pm["org"]} for _, _, pm in earlier[-3:] if pm and pm["org"]]
            # (or the one company named earlier in the sentence: "Das Modell kommt von Google Cloud, den
            # Pilotbetrieb haben wir mit dem Konzern vereinbart")
            before = {o.entry.value for o in m["org"] if o.end <= i - 2}
            only_before = next(iter(before)) if len(before) == 1 else None
            # ("esa compañía" is the one just named: "Costa Rica, donde Intel mantiene …, ya había suscrito un
            # convenio con esa compañía", in a story about IBM)
            company = (only_before if article.folded in DEMONSTRATIVES else None) or voice or only_before or (
                next(iter(recent[-1])) if recent and len(recent[-1]) == 1 else None)
            # (not a company the word's own country adjective rules out: "un protocole d'accord avec le groupe
            # chinois", in a newsletter whose title is about a Korean start-up)
            described = {c.entry.value for c in m["country"] if c.entry.kind == "demonym" and c.start in (i - 1, i + 1)}
            if company and home and described and home.get(company) not in described:
                continue
            if company:
                return Mention(Entry("org", company), i, i + 1)
    # the last company named in the five sentences before
    named = next(({o.entry.value for o in pm["org"]} for _, _, pm in reversed(earlier[-5:]) if pm and pm["org"]), set())
    if not m["org"] and len(named) == 1:
        # "Met Aleph Alpha, uit Heidelberg. We hebben met hen een pilotovereenkomst gesloten.", "… a pilot with Naver
        # Cloud. … They have done government work before: the Saudi housing ministry works with them" (German
        # "Ihnen", capitalised, is the polite "you")
        for i in range(1, len(tokens)):
            if tokens[i - 1].folded in WITH and (tokens[i].folded in THEM and tokens[i].text != "Ihnen"
                                                 or tokens[i].text.lower() in IT_AFTER_WITH):
                return Mention(Entry("org", next(iter(named))), i, i + 1)
    return None


DATELINE = re.compile(
    r"^((?:[A-ZÀ-Þ][A-ZÀ-Þ'’/-]+\.?)(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ'’/-]+\.?){0,3}"   # RIO DE JANEIRO, BEIJING/SAN FRANCISCO
    r"(?: +\([A-ZÀ-Þ][^)]{1,30}\))?"                                             # CHENNAI (India)
    r"(?:,? +(?:[A-Z][a-z]{2,8}\.? +\d{1,2}|\d{1,2}\.? +[A-Za-zÀ-ÿ]{3,9}\.?))?"   # , May 14 / , 3 MAR / , 11 mars
    r"(?: +\([^)]{1,30}\))?)"                                                    # (Reuters)
    r"(?: *[.,]? *[–—-]{1,2} +(?=\S)|(?<=\)) +(?=[A-Z])|(?<=[A-ZÀ-Þ]{3}) +(?=[A-Z][a-zà-ÿ]))")
# "BRUSSEL (Belga) Fedasil…", "SANTIAGO DEL CILE Codelco, il primo produttore…"


def _is_place(words: str, gaz: Gazetteer, language: str) -> bool:
    """A dateline names a place, not a company or an agency ("IBM - The company said…")."""
    # (the wire credit after the date is neither: "LUSAKA, 2 feb (Agencias).–")
    tokens = tokenize(re.sub(r"(\d[^()]{0,12}) +\([^)]*\)$", r"\1", words))
    if sum(len(t.text) for t in tokens if t.text.isupper()) < 4:
        return False
    m = find_mentions(tokens, gaz, language)
    return not (m["org"] or m["gov"] or any(_institution_kind(c) for c in m["country"]))


def _described_subject(tokens: list[Token], m, by_home: dict[str, list[str]], voice: str | None,
                        language: str = "", before: list[str] | None = None) -> Mention | None:
    """"La start-up guidata da Arthur Mensch ha già un accordo quadro con il ministero…", "The Californian
    firm signed…": a definite company word opening the sentence is the company the article is about (or
    the one company of the country named beside the word; in an article about several, the one company the
    sentence before named: "Le premier est AMD. Le fabricant de puces … a signé avec le ministère")."""
    definite = DEFINITE_PT if language == "pt" else DEFINITE
    if len(tokens) < 3 or tokens[0].folded not in definite or m["org"] and m["org"][0].start <= 4:
        return None
    words = [i for i in (1, 2) if _is_company_word(tokens[i].folded)]
    # "The London- and New York-based startup struck…": a place name before "-based" describes the company
    based = next((i + 1 for i in range(2, min(7, len(tokens) - 1)) if tokens[i].folded == "based"
                  and _is_company_word(tokens[i + 1].folded)
                  and all(t.text[:1].isupper() or t.folded == "and" for t in tokens[1:i])), None)
    if not words and based is None:
        return None
    word = words[0] if words else based
    if word + 1 < len(tokens) and tokens[word + 1].folded in STATE_COMPANY:
        return None   # "A empresa pública, porém, frisa…": a state-owned company, not the one of the story
    country = next((c for c in m["country"] if c.start <= word + 2 and c.end >= word - 1
                    and c.entry.kind in ("demonym", "capital", "name")), None)
    candidates = by_home.get(country.entry.value, []) if country else ([voice] if voice else (before or []))
    if len(candidates) != 1:
        return None
    return Mention(Entry("org", candidates[0]), 0, word + 1)


def _described_as(g: Mention, sentence: str, tokens: list[Token]) -> list[Token]:
    """The head noun of a description just before a body known by its name ("la caisse d'assurance sociale ZUS"),
    by which the article may call it later ("la caisse fait appel à…"); not a body of its own that the name
    only places ("Die dienst, die onder de FOD Binnenlandse Zaken valt")."""
    if _institution_kind(g) is None:
        return []
    for i in range(g.start - 1, max(0, g.start - 6), -1):
        t = tokens[i]
        if any(ch in ",;:()" for ch in sentence[t.start:tokens[g.start].start]) or t.text[:1].isupper():
            return []
        if t.folded in STATE_BODY_HEADS and tokens[i - 1].folded in DEFINITE:
            return [t]
    return []


@lru_cache(maxsize=4096)
def _heads_of(word: str, compounds: bool, acronym: bool) -> tuple[str, ...]:
    """The state body head words a word stands for: itself, the end of a German or Dutch compound
    ("Bundesamt": "amt"), or, for a body known by its acronym, every head its first letter may stand for."""
    return tuple(sorted(h for h in STATE_BODY_HEADS if word == h or (compounds and len(h) >= 5 and word.endswith(h))
                        or (acronym and h[0] == word[0])))


def _resolve_body_references(analysed, language: str):
    """"Das Bundesinstitut für Arzneimittel … Das Bonner Institut startet ein Pilotprojekt": once the article
    has named a state body, "the institute" (with the definite article, perhaps a city adjective
    between) is that body again."""
    heads: dict[str, str] = {}   # the head word, and the kind of body it named ("the bureau": a regulator's)
    for sentence, tokens, m in analysed:
        for g in (m or {}).get("gov", []) + [c for c in (m or {}).get("country", []) if _institution_kind(c)]:
            kind = "regulator" if "regulator" in (g.entry.value, _institution_kind(g)) else "agency"
            # (a body known by its acronym lends the head words its first letter stands for: "l'Inps … l'istituto")
            acronym = g.end - g.start == 1 and 3 <= len(tokens[g.start].text) <= 6 and tokens[g.start].text[0].isupper() \
                and _institution_kind(g) is not None
            for t in tokens[g.start:g.end] + _described_as(g, sentence, tokens):
                for h in _heads_of(t.folded, language in ("de", "nl"), acronym):
                    heads[h] = kind if heads.get(h, kind) == kind else "agency"   # two bodies: no telling
    # "O Departamento de Terras e Levantamento (DLS) … contratada pelo Departamento em 2022": a department named
    # with its remit is "the Department" (capitalised, the word being a region's too) again, also after a
    # preposition with the article in it
    departments = {t.folded for _, tokens, m in analysed for g in (m or {}).get("gov", [])
                   for t in tokens[g.start:g.start + 1] if t.folded in REMIT_DEPARTMENTS and t.text[:1].isupper()
                   and g.end - g.start >= 3}
    # "la Commission européenne … Depuis, la Commission a renégocié son contrat": the EU's Commission, once named,
    # is "the Commission" (capitalised) again
    eu_heads = {t.folded for _, tokens, m in analysed for g in (m or {}).get("gov", []) if g.entry.value == "eu_institution"
                for t in tokens[g.start:g.end] if t.folded in COMMISSION_WORDS}
    # (Dutch "de" is the article: "Sinds dit voorjaar test de bibliotheek…"; elsewhere it is "of")
    # (Portuguese "a" is "the" too: "a fundação já tinha comprado")
    definite = DEFINITE | {"de"} if language == "nl" else DEFINITE_PT if language == "pt" else DEFINITE
    out = []
    named_before = False   # the sentence before named a state body: "Het Belgische Rekenhof … De instelling, die …"
    for sentence, tokens, m in analysed:
        if m:
            covered = _positions(m["gov"] + m["country"] + m["org"])
            added = [Mention(Entry("gov", heads[t.folded]), i, i + 1) for i, t in enumerate(tokens)
                     if t.folded in heads and i not in covered and i > 0 and (
                         tokens[i - 1].folded in definite or (
                             i > 1 and tokens[i - 2].folded in definite and tokens[i - 1].text[:1].isupper()))]
            added += [Mention(Entry("gov", "agency"), i, i + 1) for i, t in enumerate(tokens)
                      if named_before and t.folded in GENERIC_BODY_WORDS and i not in covered
                      and i > 0 and tokens[i - 1].folded in definite]
            added += [Mention(Entry("gov", "agency"), i, i + 1) for i, t in enumerate(tokens)
                      if t.folded in departments and t.text[:1].isupper() and i not in covered and i > 0
                      and tokens[i - 1].folded in definite | ARTICLE_CONTRACTIONS
                      and not (i + 1 < len(tokens) and tokens[i + 1].folded in GENITIVE_WORDS)]
            added += [Mention(Entry("gov", "eu_institution"), i, i + 1) for i, t in enumerate(tokens)
                      if t.folded in eu_heads and t.text[:1].isupper() and i not in covered
                      and i > 0 and tokens[i - 1].folded in definite]
            if added:
                m = {**m, "gov": sorted(m["gov"] + added, key=lambda g: g.start)}
        named_before = bool(m) and (any(g.entry.value in ACTOR_KINDS for g in m["gov"])
                                    or any(_institution_kind(c) for c in m["country"]))
        out.append((sentence, tokens, m))
    return out


COMMISSION_WORDS = {"commission", "kommission", "comision", "commissione", "comissao", "commissie"}
DASHES = ("–", "—", "-")
TEAM_WORDS = {"equipe", "equipo", "equipa", "squadra"}   # and every word ending in "team" ("DeepL-Team")


def _after_place(sentence: str, token: Token) -> str:
    """The text after a place's last token, a period before a dash left out ("Ciudad de México. – La…", as
    Mexican and Spanish papers write datelines)."""
    rest = sentence[token.start + len(token.text):].lstrip()
    if rest[:1] == "." and rest[1:].lstrip()[:1] in DASHES:
        rest = rest[1:].lstrip()
    return rest


def _dateline(x: Mention, sentence: str, tokens: list[Token]) -> bool:
    if x.start != 0:
        return False
    rest = _after_place(sentence, tokens[x.end - 1])
    return rest[:1] in DASHES + ("(", ",") and not rest.startswith(("-Land", "-land"))


def _acronyms(analysed, gaz: Gazetteer, context: str | None, language: str) -> dict[str, Entry]:
    """"The Japan Patent Office (JPO)", "das Deutsche Patent- und Markenamt (DPMA)": an acronym the article
    defines in brackets right after a government body names that body wherever the article uses it again."""
    aliases: dict[str, Entry] = {}
    # countries the article names other than by a body's acronym
    named = {c.entry.value for _, _, m in analysed if m for c in m["country"] if not _one_word_institution(c)}
    section = None   # a newsletter's section heading, a country alone on its line: "PAPÚA NUEVA GUINEA."
    for index, (sentence, tokens, m) in enumerate(analysed):
        if m and m["country"] and m["country"][0].start == 0 and m["country"][0].entry.kind == "name" and (
                (not m["org"] and not m["cue"] and m["country"][0].end == len(tokens))
                # (or opening its line in capitals: "LETTONIE — Le Service des recettes de l'État (VID) a prolongé…")
                or all(t.text.isupper() and len(t.text) >= 2 for t in tokens[:m["country"][0].end])):
            section = m["country"][0].entry.value
        if not m or not (m["gov"] or m["country"]) or (
                "(" not in sentence and not any(_apposed_acronym(tokens, g.end) for g in m["gov"])):
            continue   # (a definition is in brackets, or right after a body's lower-case word)
        # the article's own definition wins over a known acronym of another country's body: "the Digital
        # Government Development Agency (DGA)" in a Thai story is not France's DGA
        known = _positions([c for c in m["country"] if not _one_word_institution(c)] + m["org"] + [
            g for g in m["gov"] if not (g.end - g.start == 1 and _bracketed(sentence, tokens, g.start))])
        defined = [c for c in m["country"] if _one_word_institution(c) and _bracketed(sentence, tokens, c.start)]
        # (but a body named without its country, defined by a known acronym of a country the article names, is
        # that country's: "Reino Unido. El Departamento de Ciencia, Innovación y Tecnología (DSIT)")
        own_country = {tokens[c.start].text for c in defined if c.entry.value in named}
        m = {**m, "country": [c for c in m["country"] if c not in defined]}   # the definition, not a party
        parties = _parties(m, tokens, gaz, section or context, False, language)
        if not section and any(p.coreference for p in parties) \
                and (here := _context_before(analysed, index, context, gaz, language)) != context:
            # a body named without its country is that of the country the story last moved to, as the pairing
            # reads it: "Riad, 14. Oktober – … das Nationale Zentrum für Meteorologie (NCM)" is Saudi Arabia's
            # in a story the title shares with Jordan
            parties = _parties(m, tokens, gaz, here, False, language)
        for party in parties:
            i = party.end
            while i < len(tokens) and i - party.end < 6 and (tokens[i].text[:1].isupper() or (
                    tokens[i].folded in NAME_LINKS and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())) \
                    and not _bracketed(sentence, tokens, i):
                i += 1   # the rest of the name: "Thailand's Digital Government| Development Agency (DGA)"
            if i < len(tokens) and not _bracketed(sentence, tokens, i):
                # lower-case words inside the name, when the bracket's letters are its initials: "la Caisse
                # nationale d'assurance maladie (CNAM)", "le ministère de l'Économie numérique (MENI)"
                j = next((k for k in range(i, min(len(tokens), i + 6)) if _bracketed(sentence, tokens, k)), None)
                if j is not None and (_initials(tokens[j].text, tokens[party.position:j]) or _written_as_a_name(tokens[j].text)
                                      or _initials_in_any_order(tokens[j].text, tokens[party.position:j])
                                      or _foreign_acronym(tokens[j].text, tokens[party.position:j])):
                    i = j
            apposed = _apposed_acronym(tokens, party.end) and not party.carried
            if apposed:
                i = party.end   # "het Mongoolse meteorologische instituut NAMEM in Ulaanbaatar"
            if party.actor_kind == "country" or i >= len(tokens) or i in known or i == 0 \
                    or (party.coreference and tokens[i].text in own_country):
                continue
            word = tokens[i].text
            # (an acronym written as a name only for a body of a country the article names, and one the
            # gazetteer does not know: "(Inamhi)" is Ecuador's, whatever name two countries' bodies share)
            as_a_name = _written_as_a_name(word) and party.country in named and not any(c.start == i for c in defined)
            if apposed or _bracketed(sentence, tokens, i) and word[:1].isupper() and word.isalpha() \
                    and (sum(ch.isupper() for ch in word) >= 2 or as_a_name) and len(word) <= 8:
                # (the country that closes a name read without one: "das Ministerium für Plantagen und Rohstoffe
                # Malaysias (KPK)")
                country = next((c.entry.value for c in m["country"] if party.coreference and party.end <= c.start
                                and c.end == i and c.entry.kind in ("name", "demonym")), party.country)
                aliases.setdefault(word, Entry("country", country, "institution:" + party.actor_kind,
                                               case="exact", surface=word))
    return {**_initialisms(analysed), **aliases}


def _apposed_acronym(tokens: list[Token], i: int) -> bool:
    """An acronym written right after a body's lower-case word, as its name: "het meteorologische instituut NAMEM"."""
    if i < 1 or i >= len(tokens) or _punctuated(tokens, i) or not tokens[i - 1].text[:1].islower():
        return False
    word = tokens[i].text
    return word.isalpha() and word.isupper() and 3 <= len(word) <= 8 \
        and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())


def _context_before(analysed, index: int, context: str | None, gaz: Gazetteer, language: str) -> str | None:
    """The country the story is about when it reaches sentence `index`, moved by each sentence's own parties."""
    for _, tokens, m in analysed[:index]:
        if m and (m["gov"] or m["country"]):
            context = moved_context(_parties(m, tokens, gaz, context, False, language), tokens, context) or context
    return context


def _written_as_a_name(word: str) -> bool:
    """Italian and Spanish papers write acronyms as names: "(Mirri)", "(Ran)", "(Inps)"."""
    return 3 <= len(word) <= 6 and word[:1].isupper() and word[1:].islower()


def _initialisms(analysed) -> dict[str, Entry]:
    """"the HSE … The Health Service Executive asked us": a capitals word the gazetteer does not know, whose
    letters are exactly the initials of a named institution of the same article, is that institution (in
    any order of first use; the bracketed definitions above win)."""
    spelled: dict[str, set[Entry]] = {}
    for _, tokens, m in analysed:
        for c in (m or {}).get("country", []):
            words = [t.text for t in tokens[c.start:c.end] if t.text[:1].isupper()]
            if c.entry.kind.startswith("institution:") and len(words) >= 2:
                spelled.setdefault("".join(w[0] for w in words), set()).add(c.entry)
    if not spelled:
        return {}
    used: set[str] = set()
    for _, tokens, m in analysed:
        if m and any(t.text in spelled for t in tokens):
            covered = _positions(m["country"] + m["gov"] + m["org"])
            used |= {t.text for i, t in enumerate(tokens) if t.text in spelled and i not in covered}
    return {word: Entry("country", entry.value, entry.kind, case="exact", surface=word)
            for word in used if len(spelled[word]) == 1 for entry in spelled[word]}


def _initials(acronym: str, words: list[Token]) -> bool:
    """The acronym's letters are initials of the name's words, in order (small words may be skipped)."""
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    k = 0
    for w in words:
        if k < len(letters) and w.folded[:1] == letters[k]:
            k += 1
    return len(letters) >= 2 and k == len(letters)


def _initials_in_any_order(acronym: str, words: list[Token]) -> bool:
    """An acronym of the name in another language, its letters the name's initials in another order: "l'Autorité
    nationale des tunnels (NAT)", the English "National Authority for Tunnels"."""
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    initials = [w.folded[:1] for w in words]
    return acronym.isupper() and 3 <= len(letters) <= len(initials) \
        and all(letters.count(ch) <= initials.count(ch) for ch in letters)


def _foreign_acronym(acronym: str, words: list[Token]) -> bool:
    """The acronym of the name's English form, sharing its first letter: "la Direction générale des services de
    santé (DGHS)", Bangladesh's Directorate General of Health Services."""
    return acronym.isupper() and 3 <= len(acronym) <= 6 and acronym[:1] == words[0].text[:1] and len(words) >= 3 \
        and all(not w.text[:1].isupper() for w in words[2:])


def _bracketed(sentence: str, tokens: list[Token], i: int) -> bool:
    """The token alone in brackets: "(DPMA)"."""
    if i == 0:
        return False
    before = sentence[tokens[i - 1].start + len(tokens[i - 1].text):tokens[i].start].strip()
    return before == "(" and sentence[tokens[i].start + len(tokens[i].text):].lstrip().startswith(")")


def _spelled_out_acronyms(analysed):
    """"la Caisse nationale de solidarité pour l'autonomie … la CNSA": an acronym the gazetteer knows as another
    body (China's space agency) whose letters are the initials of a government body the article spells out is
    that body, a government word like "the agency", whose country the article tells."""
    # (a government word, or a body the gazetteer knows by its full name)
    names = [(tokens, g) for _, tokens, m in analysed if m
             for g in m["gov"] + [c for c in m["country"] if _institution_kind(c)]]

    def spelled(word: str) -> bool:
        return any(tokens[g.start].folded[:1] == word[0].lower() and tokens[g.start].text[:1].isupper()
                   and _initials(word, _up_to(word, tokens[g.start:g.start + 2 * len(word)])) for tokens, g in names)
    known = {tokens[c.start].text: c.entry.value for _, tokens, m in analysed if m for c in m["country"]
             if _one_word_institution(c) and tokens[c.start].text.isupper() and len(tokens[c.start].text) >= 3}
    # the known body's own country named elsewhere: the article may be spelling out that very body (ANSSI)
    named = {c.entry.value for _, tokens, m in analysed if m for c in m["country"] if tokens[c.start].text not in known}
    own = {word for word, country in known.items() if country not in named and spelled(word)}
    if not own:
        return analysed

    def resolved(tokens, m):
        mine = [c for c in m["country"] if _one_word_institution(c) and tokens[c.start].text in own]
        gov = [Mention(Entry("gov", c.entry.kind.split(":", 1)[1]), c.start, c.end) for c in mine]
        return {**m, "country": [c for c in m["country"] if c not in mine],
                "gov": sorted(m["gov"] + gov, key=lambda g: g.start)}
    return [(s, t, resolved(t, m) if m else m) for s, t, m in analysed]


def _acronyms_of_named_bodies(analysed):
    """"Ministerio de Salud Pública (Uruguay). El MSP ha prorrogado su contrato": an acronym the gazetteer does not
    know, written after a government body whose capitalised words it abbreviates, is that body."""
    bodies = []   # (sentence index, initials, kind) of every government word that starts a capitalised name
    for index, (_, tokens, m) in enumerate(analysed):
        for g in (m or {}).get("gov", []):
            # (not a body the gazetteer knows, whose acronym it knows too: "Health Service Executive … the HSE")
            if not tokens[g.start].text[:1].isupper() or g.entry.value not in ("ministry", "agency", "government") \
                    or any(c.start <= g.start < c.end and _institution_kind(c) for c in m["country"]):
                continue
            initials = ""
            for t in tokens[g.start:g.start + 12]:
                if t.text[:1].isupper() and not t.text.isupper():
                    initials += t.folded[0]
                elif t.folded not in NAME_LINKS | ARTICLES:
                    break
            if len(initials) >= 3:
                bodies.append((index, initials, g.entry.value))
    # "De Maleisische meteorologische dienst MetMalaysia …; Sinds 2023 huurt MetMalaysia …": a name written in
    # one word with inner capitals, right after a government word, is that body's name in later sentences
    named = {tokens[g.end].text: (index, g.entry.value) for index, (_, tokens, m) in enumerate(analysed) if m
             for g in m["gov"] if g.entry.value in ("ministry", "agency", "government") and g.end < len(tokens)
             and _one_word_name(tokens[g.end].text)
             and not any(x.start <= g.end < x.end for x in m["country"] + m["org"] + m["gov"])}
    if not bodies and not named:
        return analysed
    out = []
    for index, (sentence, tokens, m) in enumerate(analysed):
        if m:
            # (nor one the gazetteer knows only as a generic public service's: Portugal's SNS, where "Servicio Nacional
            # de Salud (SNS), Dominicaanse Republiek" defined it as the Dominican body)
            services = {g.start for g in m["gov"] if g.entry.value == "public_service" and g.end - g.start == 1}
            known = _positions(m["country"] + m["org"] + m["subnational"] + [g for g in m["gov"] if g.start not in services])
            found = [Mention(Entry("gov", kind), i, i + 1) for i, t in enumerate(tokens)
                     if i not in known and 3 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha()
                     for kind in [next((k for at, initials, k in bodies if at < index and initials[:len(t.text)] == t.folded),
                                       None)]
                     if kind]
            found += [Mention(Entry("gov", named[t.text][1]), i, i + 1) for i, t in enumerate(tokens)
                      if i not in known and t.text in named and named[t.text][0] < index]
            if found:
                replaced = {g.start for g in found}
                m = {**m, "gov": sorted([g for g in m["gov"] if g.start not in replaced] + found, key=lambda g: g.start)}
        out.append((sentence, tokens, m))
    return out


def _one_word_name(word: str) -> bool:
    """A name in one word with a capital inside it: "MetMalaysia", "GovTech" (not "Monday", not "ANSES")."""
    return len(word) >= 5 and word[:1].isupper() and word.isalpha() and any(c.isupper() for c in word[1:]) \
        and any(c.islower() for c in word[1:])


def _up_to(word: str, window: list[Token]) -> list[Token]:
    """The words of a name up to its acronym in brackets, if it follows: "Ministério da Educação (MEC) começou" has
    no C before "MEC"."""
    return next((window[:i] for i, t in enumerate(window) if t.text == word), window)


def _local_acronyms(analysed):
    """"os sistemas da Secretaria Municipal das Finanças (Sefin) … A Sefin afirma": an acronym the gazetteer knows
    as another country's body (Honduras' SEFIN), defined in brackets after a local body's name or after some
    other name, or written as a name right after a region word, is not that body anywhere in the article."""
    local = set()
    for sentence, tokens, m in analysed:
        for c in (m or {}).get("country", []):
            if _one_word_institution(c) and _bracketed(sentence, tokens, c.start) \
                    and (any(t.folded in LOCAL_WORDS for t in tokens[max(0, c.start - 6):c.start])
                         or _defined_as_a_thing(tokens, m, c.start)):
                local.add(tokens[c.start].text)
            elif _one_word_institution(c) and tokens[c.start].text[1:].islower() \
                    and any(t.folded in REGION_WORDS for t in tokens[max(0, c.start - 3):c.start]):
                # an acronym written as a name is a place after "region": "dans la région de la Nawa" (Côte
                # d'Ivoire), not Poland's NAWA
                local.add(tokens[c.start].text)
    if not local:
        return analysed
    return [(s, t, {**m, "country": [c for c in m["country"] if not (_one_word_institution(c) and t[c.start].text in local)]}
             if m else m) for s, t, m in analysed]


def _defined_as_a_thing(tokens: list[Token], m, i: int) -> bool:
    """"el Suministro Inmediato de Información (SII) del IVA": the bracketed acronym spells out a name that is no
    government body (Chile's SII is), so it is not that body anywhere in the article."""
    word = tokens[i].text
    start = i
    while start > 0 and i - start < 2 * len(word) and (tokens[start - 1].text[:1].isupper() or (
            tokens[start - 1].folded in NAME_LINKS | GENITIVE_WORDS | ARTICLES and start - 1 > 0)):
        start -= 1
    while start < i and not tokens[start].text[:1].isupper():
        start += 1   # the name opens with a capital, not with "de"
    named = _positions(m["gov"] + m["org"] + [c for c in m["country"] if c.start < i])
    return start < i and _initials(word, tokens[start:i]) and not any(k in named for k in range(start, i))


def _stray_acronyms(analysed, language: str):
    """"De Volksbank, het moederbedrijf van ASN Bank, SNS en RegioBank": a foreign body's acronym of three letters
    or fewer (Portugal's SNS; the US IRS in "o Código do IRS") in a German, Dutch, Italian or Portuguese article
    that never names that country is some other name."""
    def short(c: Mention, tokens) -> bool:
        word = tokens[c.start].text
        return _one_word_institution(c) and word.isupper() and len(word) <= 3
    home = WRITTEN_BY.get(language)
    if not home:
        return analysed
    named = {c.entry.value for _, tokens, m in analysed if m for c in m["country"] if not short(c, tokens)}
    named |= {d.entry.kind for _, _, m in analysed if m for d in m.get("dateline", [])}   # "SANTIAGO – El SII…"
    stray = {c.entry.value for _, tokens, m in analysed if m for c in m["country"] if short(c, tokens)} - named - home
    if not stray:
        return analysed
    return [(s, t, {**m, "country": [c for c in m["country"] if not (short(c, t) and c.entry.value in stray)]}
             if m else m) for s, t, m in analysed]


def _one_word_institution(c: Mention) -> bool:
    return c.entry.kind.startswith("institution:") and c.end - c.start == 1


def _with_aliases(m, tokens: list[Token], aliases: dict[str, Entry]):
    redefined = [c for c in m["country"] if _one_word_institution(c) and tokens[c.start].text in aliases]
    kept = [c for c in m["country"] if c not in redefined]
    gov = [g for g in m["gov"] if not (g.end - g.start == 1 and tokens[g.start].text in aliases)]   # "CNAM"
    covered = _positions(kept + gov + m["org"])
    added = [Mention(aliases[t.text], i, i + 1) for i, t in enumerate(tokens)
             if t.text in aliases and i not in covered]
    if not added:
        return m
    return {**m, "country": sorted(kept + added, key=lambda c: c.start), "gov": gov}


def _team_signature(tokens: list[Token]) -> bool:
    """A short closing line that names a team: "L'équipe Hugging Face", "The Mistral AI team", "Ihr DeepL-Team"."""
    return len(tokens) <= 6 and any(t.folded in TEAM_WORDS or t.folded.endswith("team") for t in tokens)


def _voice(analysed) -> str | None:
    """The organisation an article is about: the one that signs it ("— The ElevenLabs team"), else the one named
    most, if at least twice, or the only one."""
    signed = next(((sentence, tokens, m) for sentence, tokens, m in reversed(analysed) if m and m["org"]), None)
    if signed and (signed[0].lstrip()[:1] in DASHES or _team_signature(signed[1])) \
            and len({o.entry.value for o in signed[2]["org"]}) == 1:
        return signed[2]["org"][0].entry.value
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
