"""Government parties of one sentence.

A party is a government word with its country ("the Canadian government"), a named institution (NHS,
Bundeswehr), a metonym (Whitehall), an EU institution, or a country named as an actor. Countries that
only describe a company ("the American firm OpenAI") or a place ("offices in France") are not parties;
a government word with no country takes the article's context.
"""

from __future__ import annotations

from dataclasses import dataclass

from pactwatch.extract.gazetteer import Gazetteer
from pactwatch.extract.lexicon import (
    ACTOR_KINDS,
    ADJECTIVE_FIRST,
    ALTERNATIVES,
    ANAPHORA,
    ANY,
    APPROVAL_NOUNS,
    ARTICLES,
    ATTACH_WINDOW,
    BASED,
    BEHALF,
    BEHALF_PREPOSITIONS,
    BRIDGE_SUFFIXES,
    BY,
    CITY_WORDS,
    COMPANY_NAME_WORDS,
    CONTRAST,
    COORDINATORS,
    COUNT_OR_OWNER,
    COUNTERPART,
    DEFINITE,
    DEMONSTRATIVES,
    DEPENDENT_TERRITORIES,
    DESCRIBE_WINDOW,
    EXAMPLES,
    FEDERAL,
    FEDERAL_HOME,
    FEDERATIONS,
    GENERIC_HEAD_PREFIXES,
    GENITIVE_ATTACH_WINDOW,
    GENITIVE_WORDS,
    INDEFINITE,
    INSTITUTION_HEADS,
    LEGAL_FORMS,
    LOCATIVE,
    LONG_NAME_WINDOW,
    MARKET_AFTER,
    NAME_FOR_WORDS,
    NAME_LINKS,
    NATIONAL,
    NEGATORS,
    NEWS,
    NOT_NAMES,
    OFFER_TO,
    OWN_COUNTERPART,
    OWNED_AFTER,
    OWNED_BY,
    PARTNERSHIP_FAMILY,
    PLURAL_GOV_HEADS,
    RANKINGS,
    RELATIVE_AFTER_WITH,
    RELATIVE_SUBJECTS,
    RELATIVE_WITH,
    RESELL,
    SHAREHOLDER,
    SIDE_WORDS,
    SIGNED_WORDS,
    STATE_BODY_HEADS,
    STATE_COMPANY,
    STATE_OF_A_FEDERATION,
    STATE_TITLES,
    SUBNATIONAL_WINDOW,
    THERE,
    THROUGH,
    TOGETHER,
    TOGETHER_WITH,
    UNIVERSITY_WORDS,
    WAR_NOUNS,
    WEAK_ROLES,
    WHERE,
    WITH,
    WITH_BRIDGE,
)
from pactwatch.extract.mentions import (
    Mention,
    _a_diplomats_country,
    _describes_company_word,
    _distance,
    _institution_kind,
    _is_company_word,
    _is_locative,
    _names_a_gazette,
    _positions,
    _punctuated,
)
from pactwatch.extract.text import Token


@dataclass(slots=True)
class Party:
    country: str
    position: int
    end: int
    strength: float
    actor_kind: str
    coreference: bool = False   # the country comes from an earlier sentence
    carried: bool = False       # the whole party comes from the previous sentence (a list that completes it)
    group: bool = False         # one of several governments referred to together ("the three countries")


def _parties(m: dict[str, list[Mention]], tokens: list[Token], gaz: Gazetteer,
             context: str | None, has_cue: bool, language: str = "", national_context: str | None = None) -> list[Party]:
    orgs = m["org"]

    def governs(c: Mention) -> bool:   # "the Canadian government", "du gouvernement canadien"
        return any(_distance(g, c) == 0 and g.entry.value in ACTOR_KINDS for g in m["gov"])

    def describes_company(c: Mention) -> bool:
        if governs(c):
            return False
        if any(gaz.org_hq.get(o.entry.value) == c.entry.value and _distance(o, c) <= DESCRIBE_WINDOW for o in orgs) \
                and not _capital_acts(c, m):
            return True
        if c.end < len(tokens) and tokens[c.end].folded in BASED:
            return True   # "the Paris-based company"
        if any(o.end <= c.start <= o.end + 4 for o in orgs) and any(t.folded in LEGAL_FORMS for t in tokens[c.end:c.end + 3]):
            return True   # a subsidiary's legal name: "Databricks Australia and New Zealand Pty Ltd", "Oracle Italia S.r.l."
        # "la start-up di Tokyo", "the Tokyo start-up": the city says where the company is
        if c.entry.kind == "demonym" and any(d.start == c.end and d.entry.kind == "demonym"
                                             and _describes_company_word(d, tokens) for d in m["country"]):
            return True   # "het Frans-Amerikaanse AI-bedrijf Poolside": both adjectives describe the company
        return names_companies(c) or ((c.entry.kind in ("demonym", "capital") or adjective_name(c))
                                      and _describes_company_word(c, tokens) and not closes_a_body_name(c))

    def adjective_name(c: Mention) -> bool:   # "to the US data company Databricks", "a UK start-up"
        return c.entry.kind == "name" and c.start >= 1 and tokens[c.start - 1].folded in ARTICLES \
            and any(_is_company_word(t.folded) for t in tokens[c.end:c.end + 2])

    def home_of_next_company(c: Mention) -> bool:   # "China's Zhipu AI": the company's home, before it
        return c.entry.kind == "name" and c.end + 1 < len(tokens) and tokens[c.end].folded == "s" and any(
            o.start == c.end + 1 and gaz.org_hq.get(o.entry.value) == c.entry.value for o in orgs)

    def closes_a_body_name(c: Mention) -> bool:
        """"il ministero dell'Economia e della Società digitale thailandese": the company word is in the name of
        the body the adjective closes."""
        return any(g.end <= c.start <= g.end + LONG_NAME_WINDOW
                   and any(t.folded in GENITIVE_WORDS | {"dell"} for t in tokens[g.start + 1:c.start])
                   and not any(_punctuated(tokens, k) for k in range(g.end, c.start + 1))
                   and (words := [t for t in tokens[g.end:c.start] if _is_company_word(t.folded)])
                   and all(t.text[:1].isupper() for t in words) for g in m["gov"])

    def names_companies(c: Mention) -> bool:   # "Abhängigkeiten von US-Konzernen", "China firms"
        if c.entry.kind == "name" and c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS | {"dell"} \
                and any(_is_company_word(t.folded) for t in tokens[max(0, c.start - 6):c.start - 1]) \
                and not any(g.end <= c.start and g.end > c.start - 6 for g in m["gov"]):
            # "la compagnia petrolifera nazionale del Kazakistan", "the national oil company of Ghana", "la Société
            # nationale d'électricité du Sénégal"
            return True
        if c.entry.kind == "name" and c.end + 1 < len(tokens) and tokens[c.end].folded == "s":
            # "Orlen, Poland's state-controlled oil and gas group": the country owns a company, it does not act
            after = tokens[c.end + 1:c.end + 7]
            head = next((i for i, t in enumerate(after) if _is_company_word(t.folded)), None)
            if head is not None and not any(g.start <= c.end + 1 + head and g.end > c.end for g in m["gov"]):
                return True
        return c.entry.kind == "name" and c.end < len(tokens) and _is_company_word(tokens[c.end].folded)

    # a region's name as a place ("eine KI-Fabrik in Groningen") is not its government
    # (but "in Nova Scotia's schools" is the province's, and so is "in the Northern Ireland Civil Service")
    regional = [r for r in m["subnational"] if not (r.entry.kind and _is_locative(r, tokens, language) and not (
        r.end < len(tokens) and tokens[r.end].folded == "s") and not any(g.start == r.end for g in m["gov"]))
        and not _a_ministrys_remit(r, m, tokens) and not _a_country_described(r, tokens)]
    # "a Agência Digital de Inovação Pública da Cidade do México": an agency "of" the capital is the city's
    # (but "o governo de Tallinn" is Estonia's)
    def of_word(c: Mention) -> int:   # where "of" stands before the capital: "da Cidade", "de la Ciudad"
        if c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS:
            return c.start - 1
        if c.start >= 3 and tokens[c.start - 1].folded in ARTICLES and tokens[c.start - 2].folded in GENITIVE_WORDS:
            return c.start - 2
        return -1

    cities = [c for c in m["country"] if c.entry.kind == "capital" and (of := of_word(c)) > 0
              and any(g.entry.value in ("agency", "public_service") and g.end <= of and of - g.end <= 6
                      and not any(x.start < c.start and x.end > g.end for x in m["country"])
                      for g in m["gov"])]
    regional += cities
    # "de regering van het emiraat Abu Dhabi", "la Ciudad de Buenos Aires": a capital named as a city or region is
    # that city's or region's government
    regional += [c for c in m["country"] if c.entry.kind == "capital" and c not in regional and (
        (c.start >= 1 and tokens[c.start - 1].folded in CITY_WORDS)
        or (c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS and tokens[c.start - 2].folded in CITY_WORDS))]
    # Spain's "Agencia Estatal Boletín Oficial del Estado" is national; Mexico's "gobierno estatal" is a state's,
    # Chile's "el organismo estatal" the state's (a unitary country has no states)
    regional = [r for r in regional if not (
        (tokens[r.start].text == "Estatal" or (tokens[r.start].folded == "estatal" and context
                                               and context not in FEDERATIONS))
        and any(g.end == r.start for g in m["gov"]))]
    if context == "LIE":   # Liechtenstein's "Land" is the principality: its "Landesverwaltung" is national
        regional = [r for r in regional if not tokens[r.start].folded.startswith("landes")]

    def subnational(x) -> bool:   # "Comunidad de Madrid", "Landesregierung", "gouvernement du Québec"
        # (further when a word for a state stands between: "el Gobierno del estado indio de Tamil Nadu")
        return any(_distance(x, r) <= SUBNATIONAL_WINDOW or (
            x.end <= r.start <= x.end + SUBNATIONAL_WINDOW + 3
            and any(t.folded in STATE_OF_A_FEDERATION for t in tokens[x.end:r.start])) for r in regional)

    # A metonym names the government even as a place: "unterzeichnet im Kanzleramt", "at Downing Street".
    def owns_a_name(c: Mention) -> bool:   # "Indonesia's Pertamina signed …": a company of that country
        i = c.end + 1
        return (c.entry.kind == "name" and i < len(tokens) and tokens[c.end].folded == "s"
                and tokens[i].text[:1].isupper() and i not in known_spans
                and any(x.entry.value in PARTNERSHIP_FAMILY and 0 < x.start - i <= 2
                        # (not "Zambia's Meteorological Department signed": a body's name, the country's own)
                        and not any(i < g.start < x.start for g in m["gov"]) for x in m["cue"]))

    def in_a_name(c: Mention) -> bool:   # "TAP Air Portugal", "Air France" (German capitalises every noun)
        if c.entry.kind == "name" and c.end < len(tokens) and tokens[c.end].text[:1].isupper() \
                and tokens[c.end].folded in COMPANY_NAME_WORDS:
            return True   # "Kenya Power has signed a deal with Microsoft": the state utility, not Kenya
        if c.entry.kind == "name" and c.start >= 1 and tokens[c.start - 1].text[:1].isupper() \
                and tokens[c.start - 1].folded in COMPANY_NAME_WORDS:
            return True   # "Air New Zealand is rolling out ChatGPT"
        if c.entry.kind == "name" and c.start >= 1 and tokens[c.start - 1].text[:1].isupper() \
                and c.start - 1 not in known_spans and c.end < len(tokens) and _punctuated(tokens, c.end) \
                and any(_is_company_word(t.folded) for t in tokens[c.end:c.end + APPOSITION_REACH]):
            return True   # "Asseco Poland, il più grande gruppo informatico polacco": a company, its kind in apposition
        if _institution_kind(c) and c.end - c.start == 1 and tokens[c.start].text.isupper() and c.end < len(tokens) \
                and len(tokens[c.end].text) >= 2 and tokens[c.end].text.isupper() and c.end not in known_spans:
            return True   # "CMA CGM a conclu avec Mistral AI": a shipping group, not the British regulator
        if c.entry.kind == "name" and any(o.end == c.start for o in orgs):
            return True   # "der Vertrag mit Microsoft Österreich": the company's national unit
        if c.entry.kind in ("name", "capital") and c.start >= 1 and tokens[c.start - 1].text[:1].isupper() \
                and tokens[c.start - 1].folded in UNIVERSITY_WORDS:
            return True   # "Trinity College Dublin", "University College London": a university's name
        if c.entry.kind == "name" and _spelt_by_acronym(c, tokens, known_spans):
            return True   # "Kazakhstan Temir Zholy (KTZ), the national railway company": a name the country opens
        if c.entry.kind == "name" and c.start >= 1 and len(tokens[c.start - 1].text) >= 2 \
                and tokens[c.start - 1].text.isupper() and c.start - 1 not in known_spans \
                and tokens[c.start - 1].folded not in NOT_NAMES \
                and tokens[c.start].start - tokens[c.start - 1].start - len(tokens[c.start - 1].text) <= 1:
            # "MTN Ghana has signed an agreement with Google Cloud": a group's national company (not an interview's
            # label: "AZ: Namibia arbeitet bereits mit Huawei zusammen")
            return True
        if c.entry.kind == "name" and c.start == 1 and tokens[0].text[:1].isupper() and tokens[0].folded not in NOT_NAMES \
                and 0 not in known_spans and c.end + 1 < len(tokens) and tokens[c.end].folded in COORDINATORS \
                and any(o.start == c.end + 1 for o in orgs):
            return True   # "Orange Côte d'Ivoire et Mistral AI ont signé": two companies
        link = c.start - 1   # "Banco do Brasil", "Autostrade per l'Italia"
        if link >= 1 and tokens[link].folded in ARTICLES and tokens[link - 1].folded in NAME_FOR_WORDS:
            link -= 1
        if c.entry.kind == "name" and link >= 1 and tokens[link].folded in GENITIVE_WORDS | NAME_FOR_WORDS \
                and tokens[link - 1].text[:1].isupper() and tokens[link - 1].folded not in STATE_TITLES:
            # (not the country's long name: "della Repubblica di Moldova")
            # "A Infraestruturas de Portugal assinou…", "Banco do Brasil": a company's name, unless the name
            # is a government body's ("Registraduría Nacional del Estado Civil de Colombia")
            i = link - 1
            while i > 0 and c.start - i < 9 and (tokens[i - 1].text[:1].isupper() or tokens[i - 1].folded in NAME_LINKS):
                i -= 1
            gov_spans = _positions(m["gov"]) | {j for x in m["country"] if _institution_kind(x) for j in range(x.start, x.end)}
            # (a portfolio after a government word is one too: "el ministro de Salud de Bolivia")
            return not any(j in gov_spans or tokens[j].folded in INSTITUTION_HEADS | STATE_BODY_HEADS
                           for j in range(i, link)) and not any(
                0 <= j - 1 and tokens[j].folded in GENITIVE_WORDS and j - 1 in _positions(m["gov"]) for j in (i, i - 1))
        if language == "de" or c.entry.kind != "name" or c.start < 2:
            return False
        before = tokens[c.start - 1]
        return before.text[:1].isupper() and before.folded not in ARTICLES and not any(
            x.start <= c.start - 1 < x.end for x in m["gov"] + m["country"])   # not "Estonia, Latvia"

    known_spans = _positions(m["country"] + m["gov"] + m["org"] + m["subnational"])

    def portfolio(c: Mention) -> bool:   # "het ministerie van Defensie" in a story about Poland: a ministry's
        return _institution_kind(c) is not None and c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS \
            and any(g.entry.value in ACTOR_KINDS and g.start < c.start <= g.end for g in m["gov"])   # portfolio

    def owner(c: Mention) -> bool:   # "Humain, the AI company owned by Saudi Arabia's Public Investment Fund"
        return any(t.folded in OWNED_BY for t in tokens[max(0, c.start - 2):c.start])

    def region_of(c: Mention) -> bool:
        # "la Republika Srpska, l'entità a maggioranza serba della Bosnia Erzegovina": the country a region
        # belongs to, named in the region's description, is no party
        # (or a capitalised region's word of a body's name: "O Conselho Regional de Souss-Massa, no sul de Marrocos,")
        return c.entry.kind == "name" and c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS | ARTICLES \
            and any((r.entry.kind == c.entry.value or (not r.entry.kind and tokens[r.start].text[:1].isupper() and r.start > 0))
                    and 0 < c.start - r.end <= 8
                    and not any(r.end <= g.start < c.start for g in m["gov"]) for r in m["subnational"])

    def compared(c: Mention) -> bool:   # "Arbetsförmedlingen, de Zweedse tegenhanger van het UWV": a comparison
        # (not a body's own counterpart, which acts: "le ministère … et son homologue de Brunei ont signé")
        return any(t.folded in COUNTERPART and not (j >= 1 and tokens[j - 1].folded in OWN_COUNTERPART)
                   for j, t in enumerate(tokens[:c.start]) if j >= c.start - 3)

    def renamed(c: Mention) -> bool:
        # "El Instituto Nacional de Meteorología e Hidrología (Inamhi)": the acronym after a name two countries'
        # bodies share says whose it is
        return _institution_kind(c) is not None and any(
            d.start == c.end and d.end == d.start + 1 and _institution_kind(d) and d.entry.value != c.entry.value
            for d in m["country"])

    def ranked_in(c: Mention) -> bool:
        # "seconda città della Romania", "die größte Hochschule Uruguays", "the largest university in Kenya": the
        # country a ranking is made in is no party
        return c.entry.kind == "name" and c.start >= 2 and any(
            tokens[j].folded in RANKINGS and not any(j < g.start < c.start for g in m["gov"])
            and not any(k in known_spans for k in range(j, c.start))
            for j in range(max(0, c.start - 4), c.start - 1))

    countries = [c for c in m["country"] if not in_a_name(c) and not owns_a_name(c) and not _names_a_gazette(c, tokens)
                 and not ranked_in(c)
                 and not renamed(c)
                 and not owner(c) and not region_of(c) and not compared(c)
                 and not _approves(c, tokens)
                 and not _a_diplomats_country(c, tokens) and not portfolio(c)]

    def generic_head(c: Mention) -> bool:   # "Ministério da Fazenda", "Secretaria de Governo Digital"
        word = tokens[c.start].folded
        return word.startswith(GENERIC_HEAD_PREFIXES) or word in INSTITUTION_HEADS | STATE_BODY_HEADS

    def article_first(c: Mention) -> bool:   # "A Grécia seguiu-lhe os passos": the article, not "to"
        return language == "pt" and c.start == 1 and tokens[0].text in ("A", "O")

    countries = [c for c in countries
                 if (not _is_locative(c, tokens, language) or _institution_kind(c) or c.entry.kind == "metonym" or governs(c)
                     or article_first(c))
                 and not (
                     c.entry.kind in ("name", "capital", "metonym") and subnational(c))   # "gemeente Den Haag"
                 # "Cidade do México contrata…", "Panama City signs…", "la Ciudad de Buenos Aires ofrece…": a
                 # capital named as a city is the city
                 and not (c.entry.kind == "capital" and (
                     CITY_WORDS & {tokens[c.start].folded, tokens[c.end - 1].folded}
                     or (c.start >= 1 and tokens[c.start - 1].folded in CITY_WORDS) or (
                         c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS
                         and tokens[c.start - 2].folded in CITY_WORDS)))]
    attached: set[int] = set()
    parties: list[Party] = []
    for c in countries:
        actor = _institution_kind(c)
        if actor:
            attached.add(id(c))
            attached.update(id(n) for n in countries if n.entry.value == c.entry.value and _distance(n, c) <= 1)
            # "the Ukrainian Ministry of Defence", "Singapore's Ministry of Defence": a generic institution
            # name, qualified by another country
            places = [n for n in m["country"] if n.entry.kind == "name" and _is_locative(n, tokens, language) and n not in countries]
            other = [n for n in countries + places if n.entry.value != c.entry.value and not _institution_kind(n) and (
                (n.entry.kind == "demonym" and n.end == c.start)
                # "a Segurança Social polaca", "l'Assurance maladie nationale coréenne": after it in Romance languages
                or (n.entry.kind == "demonym" and n.start == c.end and language in ("es", "fr", "it", "pt"))
                or (n.entry.kind == "name" and n.end + 1 == c.start and tokens[n.end].folded == "s")
                # "la Direction générale des douanes et accises du Cambodge": a name Congo's body has, of Cambodia
                or (n.entry.kind == "name" and 0 < n.start - c.end <= 2
                    and all(t.folded in GENITIVE_WORDS | ARTICLES for t in tokens[c.end:n.start]))
                # "No Chile, o Ministério da Fazenda contratou…": a ministry named like Brazil's, in Chile
                or (n.entry.kind == "name" and _is_locative(n, tokens, language) and generic_head(c)
                    and 0 <= c.start - n.end <= 2 and all(t.folded in ARTICLES for t in tokens[n.end:c.start])))]
            # "de minister van Defensie" in a Belgian story: a name two governments share is the article's
            # (or the one of them the sentence names: "o Ministério das Relações Exteriores (MIREX) … missões
            # diplomáticas da República de Angola" is Angola's, not Brazil's)
            sharing = [n.entry.value for n in m["country"] if n.entry.value in c.entry.shared_with
                       and n.entry.kind in ("name", "capital")] if c.entry.shared_with else []
            country = other[0].entry.value if other else (
                context if context in c.entry.shared_with else sharing[0] if sharing and not any(
                    n.entry.value == c.entry.value and n.entry.kind in ("name", "capital") for n in m["country"])
                else c.entry.value)
            attached.update(id(n) for n in other)
            parties.append(Party(country, min([c.start] + [n.start for n in other]), c.end, 0.95,
                                 "head" if actor == "leader" else actor))

    def inside_a_name(g: Mention) -> bool:   # "Agency for Digital Government": one body, not two parties
        if not tokens[g.start].text[:1].isupper():
            return False
        # (an article after "of" too: "Ministerio de las Fuerzas Armadas", one body)
        return any(g0.end <= g.start and 0 < g.start - g0.end <= 3 and tokens[g0.start].text[:1].isupper()
                   and all(t.text[:1].isupper() or t.folded in NAME_LINKS
                           or (t.folded in ARTICLES and tokens[g0.end].folded in GENITIVE_WORDS)
                           for t in tokens[g0.end:g.start])
                   for g0 in m["gov"] if g0 is not g)

    def origin_of_another(g: Mention, c: Mention) -> bool:
        # "empfing der Präsident eine Regierungsdelegation aus Peking": where another noun's guests come from
        return g.end < c.start and tokens[c.start - 1].folded in ("aus", "from") \
            and any(t.folded in ARTICLES | INDEFINITE for t in tokens[g.end:c.start - 1])

    def reaches(g: Mention, c: Mention) -> bool:
        """Close enough, or the first country after "of" a few words on: "the ministers responsible for
        information and communication technology of the Republic of Kenya"."""
        lo, hi = sorted((g, c), key=lambda x: x.start)
        if any(t.folded in CONTRAST for t in tokens[lo.end:hi.start]):
            return False   # "… de son administration, tandis que le Nigeria mise sur …"
        if origin_of_another(g, c):
            return False
        if any(lo.end <= o.start and o.end <= hi.start and gaz.org_hq.get(o.entry.value) == c.entry.value
               and all(t.folded == "s" for t in tokens[c.end:o.start]) for o in orgs):
            return False   # "Malaysia taps Korea's Upstage for Malay-language government AI": the company's country
        if language in ("de", "en", "nl") and c.entry.kind == "demonym" and c.end < g.start \
                and any(t.folded in ARTICLES for t in tokens[c.end:g.start]):
            # "nach der russischen Vollinvasion hatte das Ministerium …": the adjective has its own noun (in
            # German, English and Dutch it comes before its noun; "la parte kirghisa ha firmato il ministero")
            return False
        if c.entry.kind == "demonym" and c.start >= 1 and tokens[c.start - 1].folded in WAR_NOUNS \
                and any(_punctuated(tokens, k) for k in range(min(c.end, g.end), max(c.start, g.start) + 1)):
            # "nos primeiros dias da invasão russa, em 2022, quando o Ministério …": the invader is no party to
            # what a ministry did (the adjective closes its own noun, and a comma parts it from the ministry)
            return False
        if _distance(g, c) <= ATTACH_WINDOW or closes_the_name(g, c):
            return True
        return (g.end <= c.start and c.start - g.end <= GENITIVE_ATTACH_WINDOW and c.start > 0
                and (tokens[c.start - 1].folded in GENITIVE_WORDS | ARTICLES or _long_form(c, tokens))
                and not any(g.end <= o.start < c.start for o in countries + m["gov"] if o is not c
                            and id(o) not in in_a_body_name))   # "Ministerio de las Fuerzas Armadas de Francia"

    # government words that go on a body's name ("Fuerzas" in "Ministerio de las Fuerzas Armadas"): not parties
    in_a_body_name = {id(g) for g in m["gov"] if inside_a_name(g)}

    def closes_the_name(g: Mention, c: Mention) -> bool:
        # a Romance adjective after a body's whole capitalised name: "il Dipartimento degli Affari esteri e del
        # Commercio australiano"
        between = tokens[g.end:c.start]
        return language in ("es", "fr", "it", "pt") and c.entry.kind == "demonym" and tokens[g.start].text[:1].isupper() \
            and 0 < len(between) <= LONG_NAME_WINDOW + 2 and between[-1].text[:1].isupper() \
            and sum(not (t.text[:1].isupper() or t.folded in NAME_LINKS | ARTICLES) for t in between) <= 2 \
            and not any(g.end <= x.start < c.start for x in m["gov"] + m["country"] + orgs)

    def apart(g: Mention, c: Mention) -> int:
        # "pelo Ministério da Cultura do Peru, pelo Ministério da Educação da Bolívia": a country that ends a body's
        # capitalised name is that body's, however near the next body's word
        # (or a longer name the sentence goes on from: "el Centro Nacional de Estadística e Información de Omán nos han
        # confiado")
        if g.end <= c.start <= g.end + 6 and c.entry.kind == "name" and tokens[c.start - 1].folded in GENITIVE_WORDS \
                and tokens[g.start].text[:1].isupper() and c.end < len(tokens) \
                and (_punctuated(tokens, c.end) if c.start <= g.end + 3 else not tokens[c.end].text[:1].isupper()) \
                and all(t.text[:1].isupper() or t.folded in NAME_LINKS for t in tokens[g.end:c.start - 1]):
            return 0
        return _distance(g, c)

    closest: dict[int, int] = {}   # country mention -> distance to the nearest government word reaching it
    for g in m["gov"]:
        if id(g) in in_a_body_name:
            continue   # the body's name goes on: its first word is the one that takes the country
        for c in countries:
            if reaches(g, c):
                closest[id(c)] = min(closest.get(id(c), 99), apart(g, c))

    known = _positions(m["gov"] + m["country"])

    negators = NEGATORS.get(language, NEGATORS["en"])

    def resold(g: Mention) -> bool:
        # a reseller's market: "revendre … les modèles Claude auprès des organismes publics", to the end of its
        # list ("rivendere i modelli della società parigina a ministeri, enti pubblici e aziende di Stato")
        if any(tokens[i].folded in RESELL for i in range(max(0, g.start - RESELL_REACH), g.start)):
            return True
        # German puts the verb last: "soll watsonx an Ministerien, Bundesbehörden … in Malaysia vermarkten"
        return language == "de" and any(t.folded in RESELL for t in tokens[g.end:g.end + RESELL_REACH])

    def not_a_party(g: Mention) -> bool:
        before = [t.folded for t in tokens[max(0, g.start - 2):g.start]]
        if any(w in negators for w in before):
            return True   # "no government involvement", "aucun ministère"
        if g.entry.value == "agency" and (before[-1:] in (["news"], ["press"]) or any(
                tokens[i].folded in GENITIVE_WORDS and tokens[i + 1].folded in NEWS
                for i in range(g.end, min(g.end + 2, len(tokens) - 1)))
                or any(t.folded in NEWS | {"press"} for t in tokens[g.end + 1:g.end + 2])):   # "l'Agence France-Presse"
            return True   # "secondo l'agenzia di stampa Kuna", "the news agency ANI": a newsroom, not a state body
        if any(g0.end <= g.start and g.start - g0.end <= 3
               and all(t.folded in GENITIVE_WORDS | ARTICLES for t in tokens[g0.end:g.start])
               and any(t.folded in negators for t in tokens[max(0, g0.start - 2):g0.start]) for g0 in m["gov"]):
            return True   # "ningún … organismo de la Administración General del Estado": the body the denial names
        if _approves(g, tokens):
            return True
        if any(tokens[i].folded in OFFER_TO and (language != "en" or (i and tokens[i - 1].folded == "to"))
               for i in range(max(0, g.start - 3), g.start)):
            return True   # "para oferecer a órgãos públicos": the market sold to
        if resold(g):
            return True
        if any(t.folded in OWNED_BY for t in tokens[max(0, g.start - 4):g.start]) or any(
                t.folded.endswith(SHAREHOLDER) for t in tokens[g.end:g.end + 4] + tokens[max(0, g.start - 5):g.start]):
            # "Fincantieri, controllata dallo Stato", "waarvan de staat aandeelhouder is", "di cui il ministero
            # dell'Economia è primo azionista", "is the largest shareholder", "whose largest shareholder is the
            # Qatar Investment Authority"
            return True
        if g.end < len(tokens) and tokens[g.end].folded in OWNED_AFTER | MARKET_AFTER | {"wide"}:
            # "the government-owned postal service", "der Konzern, der dem Staat gehört", "government contractors",
            # "a government-wide AI platform" (the tokenizer splits at the hyphen)
            return True
        # "Ferrovie dello Stato", "Caisse des Dépôts de l'État": the word is part of a company's name; not a
        # ministry named in full ("la Digital Library del Ministero della Cultura" is one of its offices)
        after = [t for t in tokens[g.end:g.end + 3] if t.folded not in ARTICLES]
        named_in_full = len(after) >= 2 and tokens[g.end].folded in GENITIVE_WORDS and after[1].text[:1].isupper()
        return (language != "de" and g.start >= 2 and tokens[g.start].text[:1].isupper()
                and tokens[g.start - 1].folded in GENITIVE_WORDS and not named_in_full
                and tokens[g.start - 2].text[:1].isupper() and (g.start - 2) not in known
                and tokens[g.start - 2].folded not in INSTITUTION_HEADS)   # not "Segreteria di Stato"

    # "In Corea del Sud il ministero della Scienza ha selezionato…", "Au Luxembourg, le Centre des technologies
    # de l'État utilise…": a country opening the sentence as a place frames its government words.
    frame = [c for c in m["country"] if c.start <= 2 and _is_locative(c, tokens, language) and (
             c.entry.kind == "name" or (c.entry.kind == "capital" and c.entry.value != "EUU"))   # "A Seul il ministero"
             and not subnational(c)][:1] or [
        # "Del lado chileno, … Aduanas adjudicó", "On the Kenyan side, the ministry…": a side named by its adjective
        c for c in m["country"] if c.entry.kind == "demonym" and 1 <= c.start <= 3 and tokens[c.start - 1].folded in SIDE_WORDS][:1]
    named_bodies = list(parties)   # the named institutions found above
    country_spans = {i: c.entry.value for c in m["country"] for i in range(c.start, c.end)}
    for g in m["gov"]:
        kind = g.entry.value
        if kind == "public_service" and any(t.folded in NATIONAL for t in tokens[max(0, g.start - 1):g.end + 1]):
            kind = "agency"   # "la police nationale", "la Policía Nacional", "de federale politie": the state's own service
        if any(0 <= g.start - p.end <= 3 and all(tokens[i].folded in ARTICLES or country_spans.get(i) == p.country
                                                 for i in range(p.end, g.start))
               for p in named_bodies):
            continue  # in apposition, the same body: "Eurojust, het EU-agentschap … in Den Haag" (not another
            # country's: "… (DICT), das australische Außenministerium und Amazon")
        if any(p.position <= g.start < p.end or g.start <= p.position < g.end for p in parties):
            continue  # already a named institution ("ministerie van Defensie")
        if kind == "government" and any(
                p.actor_kind in ("agency", "public_service", "ministry") and 0 < g.start - p.end <= 2
                and tokens[p.end].folded in GENITIVE_WORDS
                and all(t.folded in GENITIVE_WORDS | ARTICLES for t in tokens[p.end:g.start]) for p in parties):
            continue  # "le Service des recettes de l'État": the state the body's name ends in, the same body
        if not_a_party(g):
            # the owner's country goes with it: "whose largest shareholder is the Qatar Investment Authority"
            attached.update(id(c) for c in countries if 0 <= g.start - c.end <= 2)
            # (a reseller's market, the country its name ends in: "a ministeri, enti pubblici e aziende di Stato del
            # Pakistan")
            if resold(g):
                attached.update(_market_countries(g, countries, tokens))
            continue
        if kind == "eu_institution":
            # (one whose name ends a body's is that body's: "Die Generaldirektion Übersetzung der Europäischen
            # Kommission hat … lizenziert")
            parties.append(Party("EUU", g.start, g.end, 1.0, kind))
            continue
        if id(g) in in_a_body_name:
            continue
        if any(g2.entry.value == "eu_institution" and id(g2) in in_a_body_name and 0 < g2.start - g.end <= 3
               for g2 in m["gov"]):
            continue   # the head of an EU body's name, whose party is the EU
        if subnational(g):
            continue
        seat = [c for c in m["country"] if c.entry.kind == "capital" and 0 <= c.start - g.end <= 8
                and _is_locative(c, tokens, language) and not subnational(c) and not origin_of_another(g, c)   # "the ministry in Seoul"
                and not any(o.end == c.start - 1 for o in orgs)   # not "a memorandum with G42 from Abu Dhabi"
                # (nor the company's home, where a deal was signed: "La subsecretaria de Ciencia firmó en Helsinki
                # un convenio de colaboración con Silo AI")
                # (or after the body's verb, its deal word later: "Das Ministerium … hat in Abu Dhabi eine
                # Kooperationsvereinbarung mit dem Technology Innovation Institute unterzeichnet")
                and not (any(gaz.org_hq.get(o.entry.value) == c.entry.value for o in orgs)
                         and any(g.end <= x.start < c.start or (x.start > c.start and any(
                             t.folded in SIGNED_WORDS for t in tokens[g.end:c.start]))
                             for x in m["cue"] if x.entry.value in PARTNERSHIP_FAMILY))]
        seat += [c for c in m["country"] if c.entry.kind in ("name", "capital") and _is_locative(c, tokens, language) and (
                 (0 <= g.start - c.end <= 4 and any(t.folded in WHERE for t in tokens[c.end:g.start]))
                 or (0 <= g.start - c.end <= 10 and c.end < len(tokens) and tokens[c.end].folded in WHERE))]
        # "in der Schweiz, wo die Bundesverwaltung DeepL nutzt", "au Luxembourg, où nous accompagnons depuis
        # l'an dernier le ministère de la Justice"
        near = [c for c in countries if reaches(g, c) and id(c) not in attached
                and apart(g, c) <= closest.get(id(c), ATTACH_WINDOW)   # a nearer government word keeps it
                and not (language in ADJECTIVE_FIRST and any(   # "der österreichische Staatssekretär"
                    g2 is not g and g2.start == c.end and _distance(g, c) > 0 for g2 in m["gov"]))
                # (nor a city the company is from: "dall'amministratore delegato della società di Abu Dhabi", nor
                # the company's own country before it: "the same ministry signed with China's Zhipu AI")
                and not ((c.entry.kind in ("demonym", "capital") or adjective_name(c)) and describes_company(c))
                and not home_of_next_company(c)
                and not names_companies(c)
                and not (c.end < len(tokens) and tokens[c.end].folded in BASED)   # "awarded the London-based start-up"
                # "European governments" are not the EU, but "het Europese grensagentschap" is its agency
                and not (c.entry.value == "EUU" and c.entry.kind == "demonym"
                         and not (kind == "agency" and _distance(g, c) == 0))]
        # "fora do Brasil: no Chile, colaboramos com o Ministério": the place just before the government word
        # (not a place the clause is about: "manda i dati in Cina non deve entrare negli uffici pubblici")
        around = [c for c in m["country"] if c.entry.kind == "name" and _is_locative(c, tokens, language)
                  and 0 <= g.start - c.end <= 5 and not subnational(c) and id(c) not in attached
                  and not any(t.folded in negators for t in tokens[c.end:g.start])
                  and not names_companies(c)]   # not "from US vendors; the Department of Defence, for example, …"
        if around and near and _distance(g, around[-1]) < min(_distance(g, c) for c in near):
            near = around[-1:]
        # "No Canadá, o governo federal apoiou…, e no Reino Unido assinamos um memorando com o governo": a place
        # opening a later clause frames that clause's government words
        clause_frame = [c for c in m["country"] if c.entry.kind == "name" and c.start >= 2 and c.end <= g.start
                        and _is_locative(c, tokens, language) and not subnational(c) and id(c) not in attached
                        and tokens[c.start - 2].folded in COORDINATORS
                        and not any(c.end <= x.start < g.start for x in m["country"] + m["gov"])]
        near = near or seat or clause_frame[-1:] or frame or around[-1:]
        if kind in ("government", "ministry", "armed_forces"):
            # the EU has no government, ministries or army: "verso l'Unione europea: nel 2023 il governo aveva
            # avviato con OpenAI un progetto" is Albania's
            near = [c for c in near if c.entry.value != "EUU"]
        if near:
            # "Em Pequim, governo brasileiro assina": the place is as near as the demonym, which wins
            # (but a body whose name ends in its country's long name is that country's, whatever stands before
            # it: "Hanoi/Berlin – Das Ministerium für Bildung … der Sozialistischen Republik Vietnam")
            own = [c for c in near if g.end <= c.start and _long_form(c, tokens) and all(
                t.text[:1].isupper() or t.folded in NAME_LINKS | ARTICLES for t in tokens[g.end:c.start])]
            best = own[0] if own else min(
                near, key=lambda c: (apart(g, c), _is_locative(c, tokens, language), c.entry.kind == "name"))
            attached.add(id(best))
            # (not "y la estadounidense Nvidia": an adjective of the company)
            listed = [c for c in _listed_after(best, countries, tokens) if id(c) not in attached
                      and not (c.entry.kind == "demonym" and describes_company(c))
                      and not names_companies(c)]   # "Das Digitalministerium in Warschau und der US-Konzern"
            if language in ADJECTIVE_FIRST and best.entry.kind == "demonym" and g.start >= best.end:
                # "the Canadian and British governments", "de Canadese en de Britse overheid": the adjectives
                # before share the government word
                listed += [c for c in _listed_before(best, countries, tokens) if id(c) not in attached]
            parties.append(Party(best.entry.value, min(g.start, best.start), max(g.end, best.end), 1.0, kind,
                                 group=bool(listed)))
            for c in listed:   # "los gobiernos de Guatemala, Honduras y El Salvador": one group
                attached.add(id(c))
                parties.append(Party(c.entry.value, c.start, c.end, 1.0, kind, group=True))
        elif context and kind in ACTOR_KINDS and not regional and not _in_general(g, tokens):
            country = _there(g, tokens, m) or context
            if country == "EUU" and kind in ("government", "ministry", "armed_forces") and national_context:
                country = national_context   # the EU has no government, ministers or army
            if tokens[g.start].folded.startswith("bundes") and context not in ("DEU", "AUT", "CHE"):
                country = "DEU"   # "die Bundesverwaltung" is a German-speaking federation's, not Paris's
            elif language in FEDERAL_HOME and context not in FEDERATIONS \
                    and any(t.folded in FEDERAL for t in tokens[max(0, g.start - 2):g.end + 1]):
                # (not where the story is about another federation: "o governo federal" of a story about
                # Canada is Canada's)
                country = FEDERAL_HOME[language]   # "het federaal agentschap" is Belgian, "o governo federal" Brazil's
            parties.append(Party(country, g.start, g.end, 0.85, kind, coreference=True))
    for c in countries:
        if id(c) in attached:
            continue
        kind = c.entry.kind
        if any(p.position <= c.start < p.end for p in parties):
            continue   # "der österreichischen Bundesregierung": the government word already has its country
        if kind == "metonym" and (_is_locative(c, tokens, language) or tokens[c.start].folded == "outre") and parties:
            # "Europol, met zijn hoofdkantoor in Den Haag": a place beside the acting party; "Outre-Atlantique, la
            # Maritime and Coastguard Agency britannique teste…" ("beyond the Atlantic" is a place, whichever shore)
            continue
        if kind == "metonym" and any(d.entry.kind == "demonym" and d.end == c.start and d.entry.value != c.entry.value
                                     for d in m["country"]):
            continue   # "der mexikanischen Bundesregierung": another country's federal government, not Germany's
        if kind == "metonym":
            parties.append(Party(c.entry.value, c.start, c.end, 0.95, "government"))
        elif kind == "capital" and c.start >= 2 and tokens[c.start - 1].folded in GENITIVE_WORDS \
                and tokens[c.start - 2].text.islower() and c.start - 2 not in _positions(m["gov"]):
            continue   # "l'extension du centre de données de Libreville": a place, not the government
        elif kind in ("name", "capital") and not describes_company(c):
            strength = 0.9 if _capital_acts(c, m) else 0.8 if kind == "name" else 0.7
            parties.append(Party(c.entry.value, c.start, c.end, strength, "country"))
    # (Dutch "al" is "already"; in Spanish and Italian it is "to the")
    if not parties and context and has_cue and not regional \
            and any(t.folded in ANAPHORA and (t.folded != "al" or language == "nl") for t in tokens) \
            and not _company_before_cue(m, tokens) and not _named_before_cue(m, tokens) \
            and not _the_company_before(m, tokens):
        # "Similar deals were signed with Google": the context's government. Not "Microsoft has signed
        # similar deals" nor "Rheinmetall, che si è già alleata con Anduril" (someone else's deal).
        parties.append(Party(context, 0, 0, 0.8, "country", coreference=True))
    # a dependent territory's government is a sub-national one: "le gouvernement de la Nouvelle-Calédonie"
    return [p for p in parties if p.country not in DEPENDENT_TERRITORIES and not _a_state_company(p, tokens)]


APPOSITION_WORDS = 14   # words of a body's description between commas, before the next body of a list
PARALLEL_WITH_WORDS = 30   # words from a first partner after "with" to the "and with" of the second (a long name)
MARKET_REACH = 8    # words from a market's public body to the first country it is placed in
APPOSITION_REACH = 5   # words from a name to the company word that says what it is
RESELL_REACH = 16   # words from a reseller's verb to the last public body of the market it names


def _market_countries(g: Mention, countries: list[Mention], tokens: list[Token]) -> set[int]:
    """The countries that end a reseller's market, as places: "a ministeri … del Pakistan", "a organismos públicos y
    empresas reguladas de Chile, Perú y Bolivia", "an Ministerien, Bundesbehörden … in Malaysia"."""
    found: set[int] = set()
    last = None
    for c in sorted((c for c in countries if c.entry.kind == "name" and 1 <= c.start - g.end <= MARKET_REACH),
                    key=lambda c: c.start):
        between = tokens[(last.end if last else g.end):c.start]
        if last is None:
            if not between or between[-1].folded not in GENITIVE_WORDS | LOCATIVE | ARTICLES:
                continue
        elif not all(t.folded in COORDINATORS for t in between):
            break   # the list of places has ended
        found.add(id(c))
        last = c
    return found


def _long_form(c: Mention, tokens: list[Token]) -> bool:
    """"der Sozialistischen Republik Vietnam": the country's long name, its title after "of" and before it."""
    i = c.start - 1
    while i > 0 and c.start - i <= 3 and tokens[i].text[:1].isupper() and tokens[i].folded not in GENITIVE_WORDS:
        i -= 1
    titled = tokens[i + 1:c.start]
    return bool(titled) and tokens[i].folded in GENITIVE_WORDS | ARTICLES and any(t.folded in STATE_TITLES for t in titled)


def _a_state_company(p: Party, tokens: list[Token]) -> bool:
    """"assinado com o NOSi, a empresa pública que gere as infraestruturas tecnológicas do Estado": a body the text
    calls a state-owned company is no government party (the gazetteer may know it as an agency), nor is the
    state that owns it in the clause that describes the company."""
    after = [t.folded for t in tokens[p.end:p.end + 3] if t.folded not in ARTICLES]
    if p.end > p.position and len(after) >= 2 and _is_company_word(after[0]) and after[1] in STATE_COMPANY:
        return True
    return any(_is_company_word(tokens[k].folded) and tokens[k + 1].folded in STATE_COMPANY
               and any(t.folded in RELATIVE_SUBJECTS for t in tokens[k + 2:p.position])
               for k in range(max(0, p.position - 10), p.position - 2))


def _a_country_described(r: Mention, tokens: list[Token]) -> bool:
    """"Für das baltische Land", "im eigenen Land": German "Land" after an adjective is a country, not a federal
    state (which is named: "das Land Hessen")."""
    i = r.start
    return tokens[i].text == "Land" and r.end - r.start == 1 and i >= 1 and tokens[i - 1].text.islower() \
        and tokens[i - 1].folded.endswith(("e", "en")) and not (r.end < len(tokens) and tokens[r.end].text[:1].isupper())


def _a_ministrys_remit(r: Mention, m, tokens: list[Token]) -> bool:
    """"Saudi Arabia's Ministry of Municipal and Rural Affairs": a local-government word as a national ministry's
    remit, not a region's or a city's government."""
    if r.entry.kind or not tokens[r.start].text[:1].isupper():
        return False
    i = r.start - 1
    while i >= 0 and tokens[i].folded in ARTICLES:
        i -= 1
    return i >= 1 and tokens[i].folded in GENITIVE_WORDS and any(g.end == i and g.entry.value == "ministry" for g in m["gov"])


def _in_general(g: Mention, tokens: list[Token]) -> bool:
    """"bietet Regierungen Partnerschaften an", "wie Verwaltungen KI einsetzen": governments in general; "Une
    administration qui héberge ses données chez un prestataire national…": any administration."""
    if g.start == 1 and tokens[0].folded in INDEFINITE:
        return True   # opening the sentence as its subject (not "A ministry spokesperson said", English "a" is left out)
    if g.start >= 1 and tokens[g.start - 1].folded in ANY:
        return True   # "toute administration intéressée devra passer par une procédure de marché public"
    if g.end - g.start != 1 or tokens[g.start].folded not in PLURAL_GOV_HEADS:
        return False
    before = tokens[g.start - 1] if g.start else None
    return before is None or not (before.folded in ARTICLES | DEFINITE | COUNT_OR_OWNER or before.text.isdigit())


def _approves(x: Mention, tokens: list[Token]) -> bool:
    """"con el aplauso del MITIC", "with the blessing of the ministry": an onlooker, not a party."""
    i = x.start - 1
    while i >= 0 and x.start - i <= 3 and tokens[i].folded in ARTICLES | GENITIVE_WORDS | {"dell"}:
        i -= 1
    return i >= 0 and i < x.start - 1 and tokens[i].folded in APPROVAL_NOUNS


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


def _listed_before(last: Mention, countries: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The country adjectives listed before `last`, joined by "and" (or a comma, then "and"): "the
    Canadian, Australian and British"; not "the American firm and the British government"."""
    out, nxt = [], last
    for c in sorted(countries, key=lambda c: -c.start):
        if c.end > nxt.start or c.entry.kind != "demonym" or c.entry.value == last.entry.value:
            continue
        between = tokens[c.end:nxt.start]
        joined = any(t.folded in COORDINATORS - {"with"} for t in between) or (
            out and not between and _punctuated(tokens, nxt.start))
        if joined and all(t.folded in COORDINATORS | ARTICLES for t in between) and len(between) <= 2:
            out.append(c)
            nxt = c
        else:
            break
    return out


def _named_before_cue(m, tokens: list[Token]) -> bool:
    """A capitalised word (a name the gazetteer may not know) before the first partnership cue."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and any(t.text[:1].isupper() for t in tokens[1:min(family)])


def _company_before_cue(m, tokens: list[Token]) -> bool:
    """A company, not introduced by "with", before the first partnership cue: the deal's subject."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and any(o.start < min(family) and not _after_with(o, tokens) for o in m["org"])


def _the_company_before(m, tokens: list[Token]) -> bool:
    """"No es la primera alianza de la empresa, que ya trabaja con Microsoft": "the company" before the
    partner (not right before it, "la société Mistral AI") is the deal's subject."""
    first = m["org"][0].start if m["org"] else len(tokens)
    return any(tokens[i - 1].folded in DEFINITE and _is_company_word(tokens[i].folded) for i in range(1, first - 2))


def _there(g: Mention, tokens: list[Token], m) -> str | None:
    """"Recuerda a la apuesta francesa: allí el Ministerio de las Fuerzas Armadas cerró un acuerdo": "there" before
    a government word is the country the sentence named before it."""
    there = next((i for i in range(max(0, g.start - 3), g.start) if tokens[i].text.lower() in THERE), None)
    if there is None:
        return None
    before = [c for c in m["country"] if c.end <= there and not _institution_kind(c)]
    return before[-1].entry.value if before else None


def _name_runs_to_and(tokens: list[Token], i: int) -> bool:
    """"and" at token i, or after the rest of a body's capitalised name ("de l'Économie et de l'Innovation et")."""
    for j in range(i, min(len(tokens), i + LONG_NAME_WINDOW)):
        if tokens[j].folded in COORDINATORS:
            return True
        if not (tokens[j].text[:1].isupper() or tokens[j].folded in NAME_LINKS | ARTICLES) or _punctuated(tokens, j):
            return False
    return False


def _after_with_word(tokens: list[Token], i: int) -> bool:
    """Token i comes right after "with" and its article: "con il ministero", "with the Ministry"."""
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].folded in ARTICLES:
        j -= 1
    return j >= 0 and tokens[j].folded in WITH


def _coordinated(a: Party, b: Party, tokens: list[Token]) -> bool:
    lo, hi = sorted((a, b), key=lambda p: p.position)
    between = tokens[lo.end:hi.position]
    if len(between) <= 16 and _on_behalf(tokens, hi.position):
        return True   # "firmato dall'agenzia olandese …, anche a nome della Difesa belga": both sign
    if not between:
        return lo.end == hi.position and lo.actor_kind == hi.actor_kind   # "Jamaica, Barbados and …"
    if all(t.folded in ARTICLES for t in between) and len(between) <= 1:
        return True   # "il ministero degli Affari esteri, il governo del Kenya e Microsoft"
    if len(between) <= 4 and any(t.folded in COORDINATORS for t in between):
        return True
    k = next((i for i, t in enumerate(between) if t.folded in TOGETHER), None)
    if k is not None and len(between) <= 6 and k + 1 < len(between) and between[k + 1].folded in TOGETHER_WITH \
            and all(t.folded in ARTICLES for t in between[k + 2:]):
        return True   # "das Nationale Zentrum für Meteorologie (NCM) heute gemeinsam mit dem Jordanischen … Dienst"
    # (the second body's article or its own counterpart's possessive after "and": "… de la Santé et le ministère",
    # "… de la Santé et son homologue")
    listed = between[:-1] if len(between) >= 3 and between[-1].folded in ARTICLES | OWN_COUNTERPART else between
    if 2 <= len(listed) <= LONG_NAME_WINDOW + 2 and listed[-1].folded in COORDINATORS and listed[0].folded in NAME_LINKS \
            and all(t.text[:1].isupper() or t.folded in NAME_LINKS | ARTICLES for t in listed[:-1]) \
            and "country" not in (lo.actor_kind, hi.actor_kind):
        return True   # the first body's name goes on: "Kazakhstan's Ministry of Water Resources and Irrigation and
        # Uzbekistan's Ministry of Water Resources signed"
    # (the second body's name may run on to the "and" too, and a Romance name have a lower-case adjective or two:
    # "le ministère letton de l'Administration intelligente et du Développement régional, le ministère lituanien de
    # l'Économie et de l'Innovation et Mistral AI")
    if 2 <= len(between) <= LONG_NAME_WINDOW + 3 and between[0].folded in NAME_LINKS and between[-1].folded in ARTICLES \
            and _punctuated(tokens, hi.position - 1) and _name_runs_to_and(tokens, hi.end) \
            and sum(not (t.text[:1].isupper() or t.folded in NAME_LINKS | ARTICLES | COORDINATORS)
                    for t in between[1:-1]) <= 2 \
            and "country" not in (lo.actor_kind, hi.actor_kind):
        return True   # a list of three, the first body's name running on: "Papua-Neuguineas Ministerium für
        # Kommunikation, das australische Außenministerium und Amazon Web Services haben … unterzeichnet"
    k = next((i for i in range(len(between) - 1, -1, -1) if between[i].folded in COORDINATORS), None)
    if k is not None and 2 <= k <= APPOSITION_WORDS and between[0].folded in ARTICLES | THROUGH and _punctuated(tokens, lo.end) \
            and _punctuated(tokens, lo.end + k) and all(t.folded in ARTICLES for t in between[k + 1:]) \
            and "country" not in (lo.actor_kind, hi.actor_kind):
        return True   # the first body described between commas: "Les Revenue Commissioners, l'administration fiscale
        # de la République d'Irlande, et le HM Revenue and Customs britannique ont signé" (or acting through one of its
        # own: "L'Institut … (Ibama), par l'intermédiaire de son centre …, le Prevfogo, et le ministère paraguayen")
    if k is not None and k + 1 < len(between) and between[k + 1].folded in WITH and len(between) <= PARALLEL_WITH_WORDS \
            and all(t.folded in ARTICLES for t in between[k + 2:]) and _after_with_word(tokens, lo.position):
        return True   # a partner after each "with": "con il ministero tongano per la Meteorologia, … (MEIDECC) e con
        # il Dipartimento degli Affari esteri e del Commercio australiano"
    if len(between) <= 2 and lo.position >= len(between) \
            and [t.folded for t in between] == [t.folded for t in tokens[lo.position - len(between):lo.position]]:
        return True   # the same words before each: "assinado pelo Departamento …, pelo Instituto … e pela IBM"
    if 2 <= len(between) <= LONG_NAME_WINDOW + 2 and lo.position >= 1 and between[-1].folded in BY \
            and between[-1].folded == tokens[lo.position - 1].folded \
            and all(t.text[:1].isupper() or t.folded in NAME_LINKS | ARTICLES | {"dell"} for t in between[:-1]):
        return True   # … after the first body's name: "dal ministero romeno della Ricerca, …, dal ministero dello Sviluppo"
    if len(between) <= 4 and any(t.folded in ALTERNATIVES for t in between) \
            and any(t.folded in EXAMPLES for t in tokens[max(0, lo.position - 8):lo.position]):
        return True   # examples: "comme la Bibliothèque royale des Pays-Bas (KB) ou la Commission européenne"
    # two bodies, the second with a long qualifier: "das BMDS und das für künstliche Intelligenz und Digitales
    # zuständige französische Ministerium"
    return len(between) <= LONG_NAME_WINDOW + 2 and len(between) >= 2 and between[0].folded in COORDINATORS \
        and between[1].folded in ARTICLES and "country" not in (lo.actor_kind, hi.actor_kind)


def _on_behalf(tokens: list[Token], i: int) -> bool:
    """"a nome della", "on behalf of the", "au nom du", "namens de" right before token i."""
    before = [t.folded for t in tokens[max(0, i - 4):i]]
    return "namens" in before or any(w in BEHALF and k >= 1 and before[k - 1] in BEHALF_PREPOSITIONS
                                     for k, w in enumerate(before))


def _capital_acts(c: Mention, m) -> bool:
    """"Tokio kiest Sakana AI.": a capital opening the sentence, right before a deal verb, is its government
    (a briefing item's headline), even before a company of its own country."""
    return c.entry.kind == "capital" and c.start == 0 and any(
        x.start == c.end and x.entry.value in PARTNERSHIP_FAMILY for x in m["cue"])


def _spelt_by_acronym(c: Mention, tokens: list[Token], known: set[int]) -> bool:
    """The country's name opens a longer name of capitalised words no gazetteer knows, and the acronym in
    brackets after it spells that whole name: "Kazakhstan Temir Zholy (KTZ)"."""
    end = c.end
    while end < len(tokens) and end - c.end < 3 and tokens[end].text[:1].isupper() and end not in known \
            and not tokens[end].text.isupper():
        end += 1
    if end == c.end or end >= len(tokens) or tokens[end].text != tokens[end].text.upper() \
            or tokens[end].start - tokens[end - 1].start - len(tokens[end - 1].text) < 1:
        return False
    initials = "".join(t.text[0] for t in tokens[c.start:end])
    return len(initials) >= 3 and tokens[end].text == initials.upper()


def _after_with(org: Mention, tokens: list[Token], modifiers: set[int] = frozenset(), words: set[str] = WITH) -> bool:
    """"with OpenAI", "avec l'OpenAI", "with the Canadian firm Cohere", "mit den US-Unternehmen OpenAI";
    and, for "with" itself, the company a relative clause goes on from: "Mistral AI, mit der wir…"."""
    for i in range(org.start - 1, max(-1, org.start - 6), -1):
        if tokens[i].folded in words:
            return True
        # a country's code joined to the company word: "US-Unternehmen", "UK firm"
        code = tokens[i].text.isupper() and len(tokens[i].text) <= 3 and i + 1 < org.start \
            and _is_company_word(tokens[i + 1].folded)
        # (a demonstrative before the company word: "con esa compañía")
        if tokens[i].folded not in ARTICLES and not _is_company_word(tokens[i].folded) and i not in modifiers \
                and not (i + 1 == org.start and tokens[i].folded in DEMONSTRATIVES and _is_company_word(tokens[org.start].folded)) \
                and not code and tokens[i].folded not in WITH_BRIDGE and not tokens[i].folded.endswith(BRIDGE_SUFFIXES):
            break
    return words is WITH and _with_which(org, tokens)


def _with_which(org: Mention, tokens: list[Token]) -> bool:
    """"Mistral AI, mit der wir … unterzeichnet haben", "OpenAI, avec laquelle", "Google, con la que",
    "Cohere, waarmee": "with" and a relative pronoun right after the company make it the partner."""
    after = tokens[org.end:org.end + 3]
    if after[:1] and after[0].folded in RELATIVE_WITH:
        return True   # one word: "waarmee"
    if len(after) < 3 or after[0].folded not in WITH:
        return False
    if after[1].folded in RELATIVE_AFTER_WITH and not after[2].text[:1].isupper():
        return True   # "mit der wir" (not "mit der Bundesregierung")
    return after[1].folded in ARTICLES and after[2].folded in RELATIVE_AFTER_WITH   # "con la que", "com a qual"


def _demonyms(m) -> set[int]:
    """Token positions of country adjectives ("with the American Anduril")."""
    return _positions([c for c in m["country"] if c.entry.kind == "demonym"])


def moved_context(parties: list[Party], tokens: list[Token], context: str | None) -> str | None:
    """The country a sentence's own government parties move the story to, if they move it."""
    explicit = [p for p in parties if not p.coreference and p.actor_kind not in WEAK_ROLES]
    if context and all(p.actor_kind == "country" for p in explicit) \
            and not any(all(t.folded in ARTICLES for t in tokens[:p.position]) for p in explicit):
        # bare country names that are not the sentence's subject do not move the story: "Die meisten Gäste
        # kamen aus Deutschland, gefolgt von Slowenien und Österreich" in a story about Croatia
        return None
    # of bare country names the first, usually the subject: "Indien will nicht länger nur Modelle aus den
    # USA und China nutzen" is about India
    return max(explicit, key=lambda p: (p.strength, -p.position if p.actor_kind == "country" else p.position)).country \
        if explicit else None
