"""Find government–organisation relations in an article.

The extraction reads an article in four layers, one module each:

- `mentions.py`: per sentence, the gazetteer's countries, government words, organisations, cue words,
  sectors and sub-national governments;
- `parties.py`: the government *parties* of a sentence (a government word with its country, a named
  institution, a metonym such as Whitehall, an EU institution, or a country named as an actor);
- `references.py`: what the article refers back to across sentences (the country "the ministry" is,
  the company a newsroom's "we" is, acronyms, "the institute", "the American tech group", datelines);
- this module: pair each organisation with the parties of its clause (or of the sentence a pronoun, a
  "we" or a completing sentence points back to) and type the pair from the cue words there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pactwatch.extract.amounts import find_amount
from pactwatch.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from pactwatch.extract.lexicon import (
    ABOUT,
    ACTOR_KINDS,
    AGAINST,
    ALTERNATIVES,
    AMONG,
    AND,
    ARTICLES,
    ASKS,
    AT_HOME,
    AUXILIARIES,
    AWARD_PARTICIPLES,
    AWARDED_TO,
    BENEFICIARY_WORDS,
    BETWEEN,
    BIDDERS,
    BIDS_FOR,
    BILATERAL,
    BUY_VERBS,
    BUYER_LABELS,
    BY,
    CALENDAR,
    CHOOSE,
    CHOOSE_ROMANCE,
    CLITIC_BEFORE,
    COMMAND_FORMS,
    COMMENT_VERBS,
    COMPETE,
    COMPETE_WINDOW,
    COMPOUND_ACRONYMS,
    CONTEST_VERBS,
    CONTRACT_NOUNS,
    CONTRAST,
    COOPERATE_STEMS,
    COOPERATION_NOUN_ENDINGS,
    COORDINATORS,
    COPULAS,
    COST_WORDS,
    COUNT_WORDS,
    COUNTS,
    COURT_WORDS,
    DECREES,
    DEFINITE,
    DEFINITE_PT,
    DEMONSTRATIVES,
    DEMONSTRATIVES_NL,
    DEPARTMENT_COUNTRIES,
    DEPARTMENT_WORDS,
    DESCRIBE_WINDOW,
    ELECTED_BODIES,
    EXCLUDED,
    FEDERATIONS,
    FIRST,
    FOR_IT,
    FOR_IT_PHRASES,
    FROM_SELLER,
    FUTURE_ADJECTIVES,
    GENERIC_HEAD_PREFIXES,
    GENITIVE_S_LANGUAGES,
    GENITIVE_WORDS,
    GIVE_VERBS,
    GROUP_NUMBERS,
    HOW,
    IN_THE_RUNNING,
    INCLUDING,
    INDEFINITE,
    INSTEAD_OF,
    INTERESTED,
    INVESTIGATORS,
    IT,
    IT_AUXILIARIES,
    JOINTLY,
    LEAST,
    LOST_ADJECTIVES,
    LOT_WORDS,
    LOTS,
    MANY_REGIONS,
    NAME_LINKS,
    NATIONAL,
    NATIONAL_BODY_PREFIXES,
    NEGATION_WINDOW,
    NEGATORS,
    NEITHER,
    NOR,
    NOT_NAMES,
    NOTHING,
    OF_THE_COUNTRY,
    OFFER_WINDOW,
    OFFERED,
    ORDER_NOUNS,
    ORDER_OF,
    ORDER_VERBS,
    ORDINALS,
    ORG_HEAD_NOUNS,
    OTHER,
    OUR,
    PARTNERSHIP_FAMILY,
    PARTY_WORDS,
    PEOPLE,
    PLAIN_NOUN_NEXT,
    PLURAL_PRONOUNS,
    POSSESSIVES,
    RANKED,
    RECEIVE,
    REGION_ADJECTIVES,
    RELATIVE_AFTER_WITH,
    RELATIVE_SUBJECTS,
    RELATIVE_WITH,
    RIVALS,
    RUNNER_UP,
    RUNNING_FIRST_WORDS,
    RUNNING_VERBS,
    SAME,
    SAME_WORDS,
    SECTION_WORDS,
    SERVE_VERBS,
    SIGNED_WORDS,
    SO_FAR,
    STATE_COMPANY,
    SUBNATIONAL_WINDOW,
    SUBSIDIARY_WORDS,
    SUPPLIERS,
    THAT_CLAUSE,
    TIME_NOUNS,
    TIME_UNITS,
    TO_WORDS,
    TOGETHER,
    TOGETHER_WITH,
    TOPIC_WINDOW,
    TRAILING_NEGATION_WINDOW,
    TRAILING_NEGATORS,
    UNDER_A_DEAL,
    US,
    US_OBJECTS,
    V2_DETERMINERS,
    V2_LANGUAGES,
    WEAK_ROLES,
    WHAT_WORDS,
    WHOSE,
    WIN,
    WINNER_LABELS,
    WITH,
    WITH_BRIDGE,
    WITHOUT,
    YOU,
    YOU_OBJECTS,
)
from pactwatch.extract.mentions import (
    Mention,
    _countries_named,
    _distance,
    _institution_kind,
    _is_company_word,
    _is_locative,
    _is_we,
    _name_goes_on_to,
    _name_run_end,
    _positions,
    _punctuated,
    find_mentions,
)
from pactwatch.extract.pair_model import calibrate, sentence_facts
from pactwatch.extract.parties import (
    Party,
    _after_with,
    _capital_acts,
    _coordinated,
    _demonyms,
    _parties,
    _the_company_before,
    moved_context,
)
from pactwatch.extract.references import (
    DASHES,
    DATELINE,
    _acronyms,
    _acronyms_of_named_bodies,
    _after_place,
    _dateline,
    _home_country,
    _is_place,
    _local_acronyms,
    _resolve_body_references,
    _resolve_company_descriptions,
    _spelled_out_acronyms,
    _stray_acronyms,
    _voice,
    _with_aliases,
)
from pactwatch.extract.text import Token, clean_text, fold, split_sentences, tokenize

# On a tie between cue strengths, the more specific (and more damaging to get wrong) type wins.
TYPE_PRIORITY = {"litigation": 6, "regulation": 5, "procurement": 4, "partnership": 3, "investment": 2, "other": 1}


MIN_PARTNERSHIP_CONFIDENCE = 0.45


FAMILY_WINS_AT = 0.5     # a partnership-family cue this strong types the pair even beside investment cues


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
    denied: bool = False   # the text denies the deal ("Er is geen contract met Meta"): never promoted to one


def _numbered(sentence: str, tokens: list[Token], marks: str, words: frozenset = frozenset()) -> list[int]:
    """The number of the stretch each token is in: a punctuation mark before it, or one of the words,
    starts a new stretch."""
    number, out, last, mark_set = 0, [], 0, frozenset(marks)
    for t in tokens:
        if not mark_set.isdisjoint(sentence[last:t.start]) or t.folded in words:
            number += 1
        out.append(number)
        last = t.start + len(t.text)
    return out


# a quotation in any of the languages' quotation marks: "…", “…”, „…“, «…», ‚…‘
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|‚[^‘’]*[‘’]')


def _clauses(sentence: str, tokens: list[Token]) -> list[int]:
    """Clause number of each token: semicolons and contrast words start a new clause (not a contrast word set
    off by commas after its clause's subject: "Statistics Korea, meanwhile, is running its own pilot with…")."""
    words = {t.folded for i, t in enumerate(tokens) if t.folded in CONTRAST and not (
        0 < i < len(tokens) - 1 and "," in _gap(sentence, tokens, i - 1) and "," in _gap(sentence, tokens, i))}
    numbers = _numbered(sentence, tokens, ";", frozenset(words))
    # "A assinatura aconteceu na mesma semana em que a autoridade … ordenou ao Google": the deal is the frame's, the
    # company the other event's
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i - 1].folded in SAME_WORDS and tokens[i].folded in TIME_NOUNS:
            numbers[i + 1:] = [n + 1 for n in numbers[i + 1:]]
    return numbers


def _negated(cue: Mention, tokens: list[Token], language: str, lists: bool = True) -> bool:
    negators = NEGATORS.get(language, NEGATORS["en"])
    start = max(0, cue.start - NEGATION_WINDOW)
    # "Non è la prima intesa dell'esecutivo": a negated "first" says there were others
    # (not across punctuation: "Crédito rural sem fila: nossa parceria com o Ministério")
    # ("sans avoir passé la moindre commande": "the slightest" and its article stretch the denial's reach)
    least = 2 if cue.start >= 2 and tokens[cue.start - 1].folded in LEAST else 0
    # ("non hanno finora prodotto un accordo", "no han producido todavía ningún acuerdo": "so far" stretches it too)
    least += any(t.folded in SO_FAR for t in tokens[max(0, start - ASIDE_WORDS - least):cue.start])
    # (nor a price denied: "a no-cost pilot agreement", "un convenio sin costo", "um acordo sem custos")
    negated_before = any(tokens[i].folded in negators and not any(t.folded in FIRST for t in tokens[i + 1:i + 4])
                         and not any(t.folded in COST_WORDS for t in tokens[i + 1:i + 3])
                         and (gap := _gap_but_an_aside(tokens, i, cue.start)) is not None
                         and gap - least <= NEGATION_WINDOW
                         for i in range(max(0, start - ASIDE_WORDS - least), cue.start))
    # "sem que até agora tenha sido assinado qualquer acordo", "sans qu'aucun accord ait été signé": "without"
    # and "that" open a clause the negation covers to its end
    without_that = any(tokens[i].folded in WITHOUT and tokens[i + 1].folded in THAT_CLAUSE
                       and not any(_punctuated(tokens, k) for k in range(i + 1, cue.start + 1))
                       for i in range(max(0, cue.start - 2 * NEGATION_WINDOW), cue.start - 1))
    # German and Dutch put it last: "gibt es noch nicht", "eine Beschaffung von X sei derzeit nicht geplant"
    after = tokens[cue.end:cue.end + (TRAILING_NEGATION_WINDOW if language in ("de", "nl") else NEGATION_WINDOW + 1)]
    # "talks … that have yet to produce an agreement" (not "yet another agreement")
    yet_to = any(tokens[i].folded == "yet" and tokens[i + 1].folded == "to" for i in range(start, cue.start - 1))
    # "ein Nachprüfungsantrag gegen eine Vergabe des Finanzministeriums": an award someone contests
    against = next((i for i in range(max(0, cue.start - 2), cue.start) if tokens[i].folded in AGAINST), None)
    contested = against is not None and all(t.folded in ARTICLES | INDEFINITE for t in tokens[against + 1:cue.start])
    # "Eine Vereinbarung zwischen der Regierung und OpenAI gibt es nach Angaben aus der Casa Rosada nicht": the
    # negation closes the sentence, with no punctuation between it and the deal word
    closing = language in ("de", "nl") and tokens[-1].folded in TRAILING_NEGATORS and cue.end < len(tokens) \
        and not any(_punctuated(tokens, k) for k in range(cue.end, len(tokens)))
    # Italian "né" ("nor", folded it is the clitic "ne"): "non ha concesso agevolazioni né sottoscritto impegni"
    nor = language == "it" and any(t.text.lower() == "né" for t in tokens[max(0, cue.start - 2):cue.start])
    # "weder Meta noch Mistral AI sind an der Vergabe beteiligt", "ni Google ni Microsoft n'ont obtenu le marché":
    # a correlative denial covers the clause it opens
    # (an acronym in brackets breaks no clause: "neither my Department nor the Office of the Government Chief
    # Information Officer (OGCIO) has entered into a contract")
    nor = nor or any(tokens[i].text.lower() in NEITHER and any(tokens[k].text.lower() in NOR for k in range(i + 1, cue.start))
                     and not any(_punctuated(tokens, k) and not (tokens[k].text.isupper() or tokens[k - 1].text.isupper())
                                 for k in range(i + 1, cue.start + 1))
                     for i in range(max(0, cue.start - NEITHER_REACH), cue.start))
    # "Statt den nächsten Rahmenvertrag vorzubereiten", "instead of a contract", "au lieu d'un accord": what is
    # not done (a one-word "statt" only opening its clause: "die Unterzeichnung fand statt" is "took place")
    words = tuple(t.folded for t in tokens[start:cue.start])
    instead = any(_phrase_at(words, k, INSTEAD_OF) and (words[k] != "statt" or start + k == 0 or _punctuated(tokens, start + k))
                  for k in range(len(words)))
    return negated_before or without_that or yet_to or contested or closing or nor or instead or any(t.folded in TRAILING_NEGATORS for t in after) or (
        cue.end < len(tokens) and tokens[cue.end].folded in NOTHING) or (
        lists and _listed_after_a_denial(cue, tokens, language))


def _listed_after_a_denial(cue: Mention, tokens: list[Token], language: str) -> bool:
    """The deal word is a later item of a denied list: "não há acordo, contrato ou incentivo fiscal", "there is no
    agreement or contract" (the item before right before it, after "or", or after ", " with "or" to follow)."""
    k = cue.start - 1
    if k >= 1 and tokens[k].folded in ALTERNATIVES and not _punctuated(tokens, cue.start):
        k -= 1
    elif not (k >= 1 and cue.end < len(tokens) and tokens[cue.end].folded in ALTERNATIVES
              and tokens[cue.start].start - tokens[k].start - len(tokens[k].text) == 2):
        return False   # (one mark and a space between the items: ", ")
    return k >= 1 and tokens[k].text[:1].islower() and _negated(Mention(cue.entry, k, k + 1), tokens, language, False)


NEITHER_REACH = 24   # tokens from "neither" to the deal word it denies
ASIDE_WORDS = 4   # "Não há, que se saiba, qualquer acordo": an aside the negation reaches over


def _gap_but_an_aside(tokens: list[Token], i: int, j: int) -> int | None:
    """The words from token i to token j, less a short aside set off on both sides ("Não há, que se saiba,
    qualquer acordo"); None across other punctuation ("Crédito rural sem fila: nossa parceria com o Ministério")."""
    breaks = [k for k in range(i + 1, j + 1) if _punctuated(tokens, k)]
    if not breaks:
        return j - i
    if len(breaks) == 2 and breaks[1] - breaks[0] <= ASIDE_WORDS:
        return j - i - (breaks[1] - breaks[0])
    return None


def _unnamed_partner(tokens: list[Token], m, org: Mention, gaz: Gazetteer) -> bool:
    """The sentence before dealt "with a Munich start-up" and named none: "La Marine nationale a signé un
    accord avec une jeune pousse munichoise. Helsing doit y entraîner ses algorithmes" names it now (a
    country or city adjective beside the company word must be the company's home)."""
    if m["org"]:
        return False
    for k in range(len(tokens) - 2):
        if tokens[k].folded in WITH and tokens[k + 1].folded in INDEFINITE:
            word = next((i for i in range(k + 2, min(len(tokens), k + 5)) if _is_company_word(tokens[i].folded)), None)
            if word is None:
                continue
            homes = {c.entry.value for c in m["country"] if k + 1 < c.start <= word + 2} | {
                REGION_ADJECTIVES[t.folded] for t in tokens[k + 2:word + 3] if t.folded in REGION_ADJECTIVES}
            return not homes or gaz.org_hq.get(org.entry.value) in homes
    return False


def _both_companies(tokens: list[Token]) -> tuple[int, int] | None:
    """"met beide Amerikaanse bedrijven", "with both companies", "avec les deux entreprises", "con ambas empresas":
    the span from the number to the company word after "with" (a partner after "with", as a name would be), or
    None."""
    for k, t in enumerate(tokens):
        if t.folded in WITH:
            number = next((i for i in range(k + 1, min(len(tokens), k + 4)) if tokens[i].folded in GROUP_NUMBERS), None)
            if number is not None:
                word = next((i for i in range(number + 1, min(len(tokens), number + 3))
                             if _is_company_word(tokens[i].folded)), None)
                if word is not None:
                    return (number, word + 1)
    return None


def _for_it(tokens: list[Token], m=None, language: str = "") -> int | None:
    """Where "for it" ("daarvoor", "dafür", "pour cela", "para ello") stands, if it does, or a demonstrative
    before a deal word ("verlengde dat contract", "renewed that contract")."""
    for i, t in enumerate(tokens):
        if t.folded in FOR_IT or (i + 1 < len(tokens) and (t.folded, tokens[i + 1].folded) in FOR_IT_PHRASES):
            return i
    demonstratives = DEMONSTRATIVES | (DEMONSTRATIVES_NL if language == "nl" else set())
    for c in (m or {}).get("cue", []):
        if c.entry.value in PARTNERSHIP_FAMILY and c.start >= 1 and tokens[c.start - 1].folded in demonstratives:
            return c.start - 1
    return None


def _other_suppliers(tokens: list[Token]) -> bool:
    """"ha già sperimentato strumenti simili con altri fornitori": the deal is with other companies."""
    return any(a.folded in OTHER and b.folded in SUPPLIERS for a, b in zip(tokens, tokens[1:], strict=False))


def _chose_it(tokens: list[Token], m, language: str) -> int | None:
    """Where "it" stands right after a verb of choosing ("picked it as one of five teams"), or the pronoun before
    it in Spanish, French and Italian ("el Ministerio de Economía la seleccionó para su programa GENIAC", "l'a
    retenue"), or after it in Portuguese ("selecionou-a"), if it does."""
    for c in m["cue"]:
        if c.entry.value not in PARTNERSHIP_FAMILY or tokens[c.end - 1].folded not in CHOOSE | CHOOSE_ROMANCE:
            continue
        if language == "en" and c.end < len(tokens) and tokens[c.end].text == "it":
            return c.end
        if language == "pt" and c.end < len(tokens) and tokens[c.end].text in ("a", "o"):
            return c.end
        if language in CLITIC_BEFORE:
            before = [i for i in (c.start - 1, c.start - 2) if i >= 0]
            if before and tokens[before[0]].text in CLITIC_BEFORE[language]:
                return before[0]
            if len(before) == 2 and tokens[before[1]].text in CLITIC_BEFORE[language] \
                    and tokens[before[0]].folded in AUXILIARIES:   # "l'a retenue", "l'ha scelta"
                return before[1]
    return None


def _chosen_list(org: Mention, m, tokens: list[Token]) -> bool:
    """The company is in a list that a deal word before it introduces with "including" or "among them": "heeft vijf
    teams geselecteerd, onder wie LG AI Research, Naver Cloud en Upstage"."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY and c.end <= org.start]
    if not family:
        return False
    words = tuple(t.folded for t in tokens[family[0].end:org.start])
    return any(_phrase_at(words, i, INCLUDING) for i in range(len(words)))


def _listed_among(m, tokens: list[Token]) -> bool:
    """"Anthropic, Cohere, Mistral AI and Faculty are among the firms on the lot": companies opening the
    sentence are members of the group the sentence before named (the suppliers appointed), not its subject."""
    first = m["org"][0]
    listed = [o for o in m["org"] if o.start < first.start + 8]
    return len({o.entry.value for o in listed}) >= 2 and any(
        t.folded in AMONG for t in tokens[listed[-1].end:listed[-1].end + 3])


def _commands(cue: Mention, tokens: list[Token], language: str) -> bool:
    """An order to someone to do something: "ha ordinato a xAI di rimuovere le immagini", "aveva ordinato alla
    piattaforma e a xAI di conservare" (not "ha ordinato 500 licenze a Microsoft")."""
    if language not in COMMAND_FORMS or not tokens[cue.start].folded.startswith(COMMAND_FORMS[language][0]):
        return False
    _, to_words, then_words = COMMAND_FORMS[language]
    after = tokens[cue.end:cue.end + 9]   # (room for two addressees: "alla piattaforma e a xAI")
    return bool(after) and after[0].folded in to_words and any(
        t.folded in then_words and u.folded.endswith(("are", "ere", "ire"))
        for t, u in zip(after, after[1:], strict=False))


def _contested(cue: Mention, tokens: list[Token]) -> bool:
    """A deal someone challenges before a court: "Oracle has challenged the Swiss government's award of a data
    analytics contract …, asking the Federal Administrative Court to … block the signing of the contract" (what
    follows the challenge in its sentence is what the court is asked about)."""
    return cue.entry.value in PARTNERSHIP_FAMILY and any(
        t.folded in CONTEST_VERBS for t in tokens[:cue.start])


def _orders_goods(cue: Mention, tokens: list[Token], language: str) -> bool:
    """English "ordered" with goods as its object ("has ordered additional Nvidia DGX systems"), not an order
    to someone to do something ("ordered Google to pay", "ordered the company to stop")."""
    if not (language == "en" and cue.entry.value == "regulation" and tokens[cue.start].folded == "ordered"
            and cue.start > 0):
        return False
    if tokens[cue.start - 1].folded not in ("has", "have", "had"):
        # "The US coast guard ordered towers from Anduril": goods bought from someone
        ahead = [t.folded for t in tokens[cue.end:cue.end + 6]]
        return "from" in ahead and not {"to", "that"} & set(ahead[:ahead.index("from")])
    for k in range(cue.end, min(len(tokens), cue.end + 5)):
        if tokens[k].folded in ("to", "that"):   # "ordered Google to pay", "ordered the company to stop"
            return not all(not t.text.islower() or t.folded in ARTICLES or _is_company_word(t.folded)
                           or t.folded in ("it", "them") for t in tokens[cue.end:k])
    return True


def _complies(cue: Mention, tokens: list[Token]) -> bool:
    """"said it was cooperating with the authority", "di voler collaborare con le autorità": a company
    cooperating with its investigators."""
    word = tokens[cue.start].folded
    if cue.end - cue.start != 1 or not word.startswith(COOPERATE_STEMS) or word.endswith(COOPERATION_NOUN_ENDINGS):
        return False
    rest = [t.folded for t in tokens[cue.end:cue.end + 3]]
    if not rest or rest[0] not in WITH:
        return False
    rest = rest[1:]
    if rest and rest[0] in ARTICLES:
        rest = rest[1:]
    return bool(rest) and rest[0] in INVESTIGATORS


def _commented(cue: Mention, tokens: list[Token]) -> bool:
    """"hailed the agreement", "classificou a parceria": the deal word is the object of a comment."""
    i = cue.start - 1
    while i >= 0 and cue.start - i <= 3 and (tokens[i].folded in ARTICLES | GENITIVE_WORDS
                                             or tokens[i].text[:1].isupper()):   # "called the Nvidia partnership"
        i -= 1
    return i >= 0 and tokens[i].folded in COMMENT_VERBS


def _hedged(cue: Mention, hedges: list[Mention], tokens: list[Token]) -> bool:
    """A hedge next to the deal word ("could sign an agreement"), or an indirect question anywhere before it: "To
    ask the Minister whether his Department or the Office of the Government Chief Information Officer has entered
    into any contract"."""
    # (an indirect question asks about what follows it, not the deal word before it: "seit Februar in einem
    # Pilotprojekt mit Anthropic zu testen, ob dessen Modell … kann")
    # (an offer reaches its object over the one it is made to: "había ofrecido en primavera al Ministerio de
    # Juventud e Infancia un acuerdo de colaboración")
    # (nor a hedge of the clause before: "now wants to change that, and has chosen Databricks")
    # ("Op de vraag of de overheid met ElevenLabs gaat samenwerken": the asking word may follow a preposition)
    def asks(h: Mention) -> bool:
        return any(tokens[k].folded in ASKS for k in range(h.start, h.end))
    # (nor one of the clause after: "einen Rahmenvertrag mit Helsing geschlossen und will zunächst … abwarten")
    return _near(cue, [h for h in hedges if not (h.start > cue.start and asks(h)) and not (
        h.end <= cue.start and any(tokens[k].folded in COORDINATORS and _punctuated(tokens, k)
                                   for k in range(h.end, cue.start))) and not (
        h.start >= cue.end and any(tokens[k].folded in AND for k in range(cue.end, h.start)))]) \
        or any(h.start < cue.start and asks(h) for h in hedges) \
        or any(0 < cue.start - h.end <= OFFER_WINDOW and tokens[h.end - 1].folded in OFFERED for h in hedges)


def _near(a: Mention, others: list[Mention], window: int = NEGATION_WINDOW) -> bool:
    return any(_distance(a, o) <= window for o in others)


def _time_spent(after: list[Token]) -> bool:
    """A time unit follows "spent" before any amount: "two days", "most of last year"."""
    for t in after:
        if t.folded in TIME_UNITS:
            return True
        if t.text[:1].isdigit() or t.folded.startswith(("million", "billion", "thousand", "hundred")):
            return False
    return False


def _court_owns(cue: Mention, tokens: list[Token]) -> bool:
    """A court noun ("tribunais", "courts", "Gerichte", "rechtbanken") right after "of" and an article."""
    word = tokens[cue.start].folded
    if cue.end - cue.start != 1 or not (word.startswith(("tribuna", "court", "gericht", "rechtbank"))):
        return False
    i = cue.start - 1
    while i >= 0 and tokens[i].folded in ARTICLES and tokens[i].folded not in GENITIVE_WORDS:
        i -= 1
    return i >= 1 and tokens[i].folded in GENITIVE_WORDS | {"dei"} and tokens[i - 1].text[:1].islower() \
        and not tokens[i - 1].folded.startswith(("decis", "sentenc", "ruling", "urteil", "uitspra", "arret", "ordonn"))


def _relation_type(cues: list[Mention], tokens: list[Token], actor_kind: str, language: str) -> tuple[str, float]:
    """The relation type its cues point to, and a strength combining them (noisy-or)."""
    # "ha ordinato a xAI di rimuovere…": an order to do something, not a purchase
    cues = [Mention(replace(c.entry, value="regulation"), c.start, c.end)
            if c.entry.value == "procurement" and _commands(c, tokens, language) else c for c in cues]
    # "A delegation from Oracle spent two days in Luanda", "spent most of last year talking to…": time spent
    # buys nothing (money spent does: "spent 3 million in a year")
    cues = [c for c in cues if not (c.entry.value == "procurement" and tokens[c.start].folded in ("spent", "spend", "spends")
                                    and _time_spent(tokens[c.end:c.end + 5]))]
    cues = [c for c in cues if not _complies(c, tokens)]
    # "a plataforma informática dos tribunais", "the case-management system of the courts": the courts as the owners
    # of a thing, not a lawsuit
    cues = [c for c in cues if not (c.entry.value == "litigation" and _court_owns(c, tokens))]
    # "has ordered additional Nvidia DGX systems": an order of goods, not an order to do something
    cues = [Mention(replace(c.entry, value="procurement", strength=0.6), c.start, c.end)
            if _orders_goods(c, tokens, language) else c for c in cues]
    # (before a court the sentence names, with no lawsuit word: "Oracle a saisi la High Court de Dublin pour
    # contester l'attribution … d'un contrat-cadre")
    if any(c.entry.value == "litigation" for c in cues) or any(t.folded in COURT_WORDS for t in tokens):
        cues = [Mention(replace(c.entry, value="litigation"), c.start, c.end) if _contested(c, tokens) else c
                for c in cues]
    misses: dict[str, float] = {}
    negated = hedged = False
    hedges = [c for c in cues if c.entry.value == "hedge"]
    talks = [c for c in cues if c.entry.value == "other"]
    for cue in cues:
        if cue.entry.value in PARTNERSHIP_FAMILY and any(
                0 <= cue.start - t.end <= TOPIC_WINDOW and any(x.folded in ABOUT for x in tokens[t.end:cue.start])
                or 0 <= cue.start - t.end <= 2 * TOPIC_WINDOW
                and any(x.folded in ABOUT for x in tokens[max(t.end, cue.start - 2):cue.start]) for t in talks):
            # "heeft gesprekken gevoerd met Anduril over de aankoop van drones", "die Gespräche, die das BIT seit
            # Monaten mit Mistral AI über ein Pilotprojekt führt" (a relative clause puts the topic further)
            hedged = True
            continue
        rtype = cue.entry.value
        if rtype == "negation":
            negated = True
            continue
        if rtype == "hedge":
            continue
        if rtype in PARTNERSHIP_FAMILY and (_negated(cue, tokens, language) or _commented(cue, tokens)):
            negated = True
            continue
        if rtype in PARTNERSHIP_FAMILY and _hedged(cue, hedges, tokens):
            hedged = True   # "could sign an agreement": only a hedge next to the cue weakens it
            continue
        misses[rtype] = misses.get(rtype, 1.0) * (1.0 - min(cue.entry.strength, 0.99))
    scores = {t: 1.0 - miss for t, miss in misses.items()}
    if actor_kind in WEAK_ROLES:
        if "regulation" in scores:
            return "regulation", scores["regulation"]
        if scores.get("procurement", 0.0) >= 0.8 and not negated and not hedged:
            return "procurement", scores["procurement"]   # "La Consob ha aggiudicato a Google Cloud un contratto"
        if scores.get("partnership", 0.0) >= 0.9 and not negated and not hedged:
            return "partnership", scores["partnership"]   # "La AESIA sella con Hugging Face una alianza"
        return "other", 0.4
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
        plain = [c for c in cues if c.entry.value in PARTNERSHIP_FAMILY and not _hedged(c, hedges, tokens)]
        if negated or (hedged and strength < 0.9 and not plain):
            return "other", 0.4   # "could sign an agreement"; not "ran a pilot … and is weighing a roll-out"
        if "procurement" in scores and "partnership" in scores:
            best = "procurement" if scores["procurement"] >= 0.6 else "partnership"
            strength = 1.0 - misses["procurement"] * misses["partnership"]
    return best, strength


def extract_relations(text: str, language: str, title: str = "", gaz: Gazetteer | None = None) -> list[Relation]:
    """All relations in an article, one per sentence and pair (the title counts as sentence 0).

    The rules find them; a partnership pair's confidence is then the pair model's calibrated probability.
    """
    gaz = gaz or load_gazetteer()
    analysed, context, national_context = analyse(text, language, title, gaz)
    rules = _pair_sentences(analysed, context, national_context, language, gaz)
    # the pair model reads the article as the rules resolved it, without a second pass over the mentions
    return calibrate(rules, text, language, title, gaz, sentences=sentence_facts(analysed))


def rule_relations(text: str, language: str, title: str = "", gaz: Gazetteer | None = None) -> list[Relation]:
    """The rules' relations, with the rules' confidence (the strength of the cues)."""
    gaz = gaz or load_gazetteer()
    return _pair_sentences(*analyse(text, language, title, gaz), language, gaz)


def analyse(text: str, language: str, title: str = "", gaz: Gazetteer | None = None):
    """The article's sentences (the title first, a dateline on its own line) as (sentence, tokens, mentions),
    with the mentions resolved (acronyms, stray foreign acronyms, company descriptions, references), and
    the country the story is about, and the one other than the EU (its national government)."""
    gaz = gaz or load_gazetteer()
    text = clean_text(text)
    body = split_sentences(text)
    own_line = False
    if body and (dateline := DATELINE.match(body[0])) and _is_place(dateline.group(1), gaz, language):
        # "RIO DE JANEIRO - Petrobras has signed…": the place the story was filed is its own line, so
        # that it tells the country without standing as the subject of the first sentence.
        body = [dateline.group(1).strip(), body[0][dateline.end():]] + body[1:]
        own_line = True
    sentences = ([clean_text(title).strip()] if title and title.strip() else [""]) + body
    analysed = []
    for position, sentence in enumerate(sentences):
        tokens = tokenize(sentence)
        m = find_mentions(tokens, gaz, language) if tokens else None
        if m and m["country"] and "$" in sentence:
            # "US$ 6,4 milhões", "A$148.6 million", "NZ$": a dollar's prefix, not the country as a party
            m["country"] = [c for c in m["country"] if sentence[tokens[c.end - 1].start + len(tokens[c.end - 1].text):][:1] != "$"]
        if m and m["gov"] and any(g.entry.value == "eu_institution" for g in m["gov"]):
            # a national AI office is a country's, not the EU's: "über sein Nationales KI-Büro (NAIO)"
            m["gov"] = [replace(g, entry=replace(g.entry, value="agency")) if (
                g.entry.value == "eu_institution" and g.start >= 1
                and (tokens[g.start - 1].folded.startswith("national") or tokens[g.start - 1].folded in NATIONAL))
                else g for g in m["gov"]]
        if m and m["subnational"] and "-" in sentence:
            # a city word hyphenated onto a name closes that city's name, no city government: "Ho-Chi-Minh-Stadt"
            m["subnational"] = [r for r in m["subnational"] if not (
                not r.entry.kind and r.start >= 1 and tokens[r.start - 1].text[:1].isupper()
                and sentence[tokens[r.start].start - 1] == "-"
                and tokens[r.start].start == tokens[r.start - 1].start + len(tokens[r.start - 1].text) + 1)]
        if position == 1 and own_line and m and [c.entry.value for c in m["country"]] == ["EUU"]:
            # "BRUSSEL (Belga) – De Rijksdienst…": Brussels is Belgium's capital as much as the EU's seat; as a
            # dateline it weighs for the EU but does not make "the agency" of the story the EU's
            # (and for Belgium: "BRUSSEL – Het Koninklijk Instituut…" names no other country)
            m["dateline"] = [Mention(Entry("subnational", "dateline", kind=home), c.start, c.end)
                             for c in m["country"] for home in ("EUU", "BEL")]
            m["country"] = []
        elif position == 1 and own_line and m and m["subnational"] and not m["gov"]:
            # "RIO DE JANEIRO — O Instituto Nacional…": a region or city on the dateline's own line is where the
            # story was filed, not a regional government whose "instituto" the next sentence would be
            m["dateline"], m["subnational"] = m["subnational"][:1], m["subnational"][1:]
        elif position == 1 and own_line and m and not m["country"] and not m["subnational"] \
                and (city := _dateline_city(tokens, gaz)):
            # "CASABLANCA — The Ministry of Equipment and Water…": a large city's dateline says the country
            m["dateline"] = [Mention(Entry("subnational", "city", kind=city[0]), 0, city[1])]
        elif m and m["subnational"] and _dateline(m["subnational"][0], sentence, tokens):
            # "München – Das Patentamt …": where the story was filed, which says the country, not who acts
            m["dateline"], m["subnational"] = m["subnational"][:1], m["subnational"][1:]
        elif position == 1 and m and m["country"] and m["country"][0].start == 0 \
                and m["country"][0].entry.kind == "capital" \
                and _dash_after(sentence, tokens[m["country"][0].end - 1]):
            # "Luanda – A Sonangol assinou…": the capital a story was filed from weighs for its country but
            # is not the subject of the first sentence (later in a newsletter, "BERNE – La Chancellerie…"
            # frames its item)
            capital = m["country"][0]
            m["dateline"] = [Mention(Entry("subnational", "dateline", kind=capital.entry.value), capital.start, capital.end)]
            m["country"] = m["country"][1:]
        if m and m["cue"]:
            # orders placed with a business by its customers: "half of all app-based taxi orders in the country"
            m["cue"] = [c for c in m["cue"] if not _customer_orders(c, tokens, language)]
            # an elected body's renewal is its election: "per il rinnovo dell'assemblea del Bihar"
            m["cue"] = [c for c in m["cue"] if not (c.entry.value in PARTNERSHIP_FAMILY and _of_an_elected_body(c, tokens))]
            # an indirect question asks about a deal, it does not report one: "gevraagd uit te leggen welke functies
            # beschikbaar zijn en hoe die zijn getest"
            m["cue"] = [c for c in m["cue"] if not (c.entry.value in PARTNERSHIP_FAMILY and any(
                tokens[j].folded in HOW for j in range(max(0, c.start - 3), c.start)))]
            # tenders still to come, or lost, are no award: "invited the company to take part in future calls for
            # tender", "IBM stapt naar de High Court na verloren aanbesteding"
            m["cue"] = [c for c in m["cue"] if not (c.entry.value == "procurement" and any(
                tokens[j].folded in FUTURE_ADJECTIVES | LOST_ADJECTIVES
                for j in range(max(0, c.start - 3), min(len(tokens), c.end + 1))))]
        if m and m["gov"] and m["country"]:
            m = _departments(m, tokens)
        if m and m["cue"]:
            # "two other offers were rejected": the other bidders' offers, not the company's deal
            m["cue"] = [c for c in m["cue"] if not (c.entry.value == "negation" and any(
                tokens[j].folded in OTHER and tokens[j + 1].folded in BIDDERS for j in range(max(0, c.start - 5), c.start - 1)))]
        if m and (buyer := _buyer_line(sentence, tokens, m)):
            m["gov"] = sorted(m["gov"] + [buyer], key=lambda g: g.start)
        analysed.append((sentence, tokens, m))
    analysed = _stray_acronyms(_acronyms_of_named_bodies(_spelled_out_acronyms(_local_acronyms(analysed))), language)
    analysed = _bodies_named_in_full(analysed)
    weighed: dict = {}   # each sentence's country weights, read once unless a step changes its mentions
    context: str | None = _home_country(analysed, language, gaz, weighed=weighed)
    analysed = _resolve_body_references(_resolve_company_descriptions(analysed, gaz, language), language)
    aliases = _acronyms(analysed, gaz, context, language)
    if aliases:
        analysed = [(s, t, _with_aliases(m, t, aliases) if m else m) for s, t, m in analysed]
        context = _home_country(analysed, language, gaz, weighed=weighed)
    # "le gouvernement" of a story whose most named party is the EU (its funds, its AI Act) is a member state's
    national_context = _home_country(analysed, language, gaz, national=True, weighed=weighed)
    return analysed, context, national_context


def _customer_orders(cue: Mention, tokens: list[Token], language: str) -> bool:
    """English "orders" as a plain noun after a lower-case word, with no object or "for" after it ("taxi orders in
    the country", "work orders and"), unlike "Vilnius orders more drones" or "orders for 40 drones"."""
    return language == "en" and cue.end - cue.start == 1 and tokens[cue.start].folded == "orders" and cue.start > 0 \
        and tokens[cue.start - 1].text[:1].islower() and (cue.end == len(tokens) or tokens[cue.end].folded in PLAIN_NOUN_NEXT)



def _of_an_elected_body(cue: Mention, tokens: list[Token]) -> bool:
    """The deal word is followed by an elected body, with only articles between: "il rinnovo dell'assemblea"."""
    for j in range(cue.end, min(len(tokens), cue.end + 3)):
        if tokens[j].folded in ELECTED_BODIES:
            return j > cue.end
        if tokens[j].folded not in GENITIVE_WORDS | ARTICLES | {"dell"}:   # (Italian "dell'assemblea")
            return False
    return False


def _bodies_named_in_full(analysed):
    """"El Ministerio de Sanidad y Bienestar Social firma con Microsoft …", then "Gabinete de Prensa del Ministerio de
    Sanidad y Bienestar Social de la República de Guinea Ecuatorial": a body named like another country's (Spain's),
    whose full name in the article ends in its own country, is that country's wherever the article names it."""
    names = {tuple(t.folded for t in tokens[c.start:c.end]): c.entry.value for _, tokens, m in analysed if m
             for c in m["country"] if _institution_kind(c) and c.end - c.start >= 2}
    if not names:
        return analysed
    owner: dict[tuple[str, ...], str] = {}
    for _, tokens, m in analysed:
        if not m:
            continue
        folded = [t.folded for t in tokens]
        for d in m["country"]:
            if d.entry.kind != "name" or d.start < 2:
                continue
            for words, country in names.items():
                if country == d.entry.value:
                    continue
                for i in range(max(0, d.start - len(words) - 10), d.start - len(words)):
                    if tuple(folded[i:i + len(words)]) == words and _name_goes_on_to(tokens, i + len(words), d):
                        owner[words] = d.entry.value
    if not owner:
        return analysed
    out = []
    for sentence, tokens, m in analysed:
        moved = m and [c for c in m["country"] if _institution_kind(c)
                       and tuple(t.folded for t in tokens[c.start:c.end]) in owner]
        if moved:
            m = {**m, "country": [Mention(replace(c.entry, value=owner[tuple(t.folded for t in tokens[c.start:c.end])],
                                                  shared_with=()), c.start, c.end) if c in moved else c
                                  for c in m["country"]]}
        out.append((sentence, tokens, m))
    return out


def _dateline_city(tokens: list[Token], gaz: Gazetteer) -> tuple[str, int] | None:
    """The country of the large city a dateline opens with ("MUMBAI, Dec 2 (Reuters)"), and its length in words."""
    for n in range(min(4, len(tokens)), 0, -1):
        if (country := gaz.cities.get(tuple(t.folded for t in tokens[:n]))) is not None:
            return country, n
    return None


REGIONAL_SPAN = 3   # sentences after a region's body in which "the ministry" is the region's


def _pair_sentences(analysed, context: str | None, national_context: str | None, language: str,
                    gaz: Gazetteer) -> list[Relation]:
    """The rules' relations, sentence by sentence, of an analysed article."""
    relations: list[Relation] = []
    carried: tuple[list[Party], list[Mention]] | None = None
    previous_actors: list[Party] = []
    recent_actors: list[tuple[int, Party]] = []   # named government actors of the last sentences
    named_heads: list[tuple[str, str]] = []        # the words of every government actor so far, with its country
    cancelled: set[tuple[str, str]] = set()       # pairs whose deal the last sentence called off
    regional_story = 0                             # sentences left in which "the ministry" is a region's
    heading: str | None = None                     # the country of a newsletter's current section
    # a newsletter has several sections; a single "Wien." is where the story was filed
    kinds = {i: _heading(m, sentence, tokens) for i, (sentence, tokens, m) in enumerate(analysed) if i >= 1 and m}
    # at least two places as headings; then a single word ("Región.") closes a section too
    headings = {i for i, kind in kinds.items() if kind} if sum(k == "place" for k in kinds.values()) >= 2 else set()
    voice = _voice(analysed)
    newsroom: bool | None = None   # worked out the first time a sentence needs it (see _speaks_as_we)
    # questions and answers: "we" in every answer is the official introduced at the top
    interview = sum(_is_question(sentence) for sentence, _, _ in analysed) >= 2
    # capitals the article also names as a city's government ("De gemeente Amsterdam start een proef"): their
    # headline "Amsterdam test ChatGPT." is the city's, not the country's
    city_governments = {c.entry.value for _, _, m in analysed if m for c in m["country"] if c.entry.kind == "capital"
                        and any(not r.entry.kind and _distance(r, c) == 0 for r in m["subnational"])}
    # countries the article names as such (not only through a body's name)
    named_countries = {c.entry.value for _, _, m in analysed if m for c in m["country"]
                       if c.entry.kind in ("name", "demonym", "capital")}
    company_homes = {gaz.org_hq.get(o.entry.value) for _, _, m in analysed if m for o in m["org"]}
    buyer: list[Party] = []   # the body an award notice's buyer line names
    buyer_next = False        # the buyer's label stood alone; its name is the next line
    winners_next = False      # "Proveedores adjudicados:" stood alone; the winners are listed below it
    winners: tuple[int, list[Party]] = (-2, [])   # the sentence where a company won a body's contract, and the body
    for index, (sentence, tokens, m) in enumerate(analysed):
        if not m:
            carried, previous_actors, cancelled = None, [], set()
            continue
        has_cue = any(c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"])
        earlier_actors = previous_actors
        if index in headings:
            # "Honduras.", "Kigali.", "Estonia – Land and Spatial Development Board."; not "Netherlands –
            # Municipality of Rotterdam." nor "Québec." nor "Región.", sections about no country's government
            heading = m["country"][0].entry.value if m["country"] and m["country"][0].start == 0 \
                and m["country"][0].entry.kind in ("name", "capital") and not m["subnational"] else None
            carried, previous_actors, recent_actors = None, [], []   # a new section: nothing carries over
        previous = (analysed[index - 1][2] or {}) if index else {}   # the sentence before's mentions
        if has_cue and not m["org"] and index >= 2 and _opens_with_the_deal(tokens, m, language) \
                and not m["subnational"] \
                and not any(c.entry.value in PARTNERSHIP_FAMILY for c in previous.get("cue", [])) \
                and (previous.get("gov") or any(_institution_kind(c) for c in previous.get("country", []))):
            # "El Ministerio … ensayará los modelos Qwen, de Alibaba. El acuerdo de colaboración, firmado el lunes,
            # contempla…": the deal the sentence opens with is the one of the pair the sentence before named, with
            # a body it names (not "Die Verträge wurden von den Ländern … geschlossen": the states' deals)
            deal = next(c.entry.value for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
            relations += [replace(r, relation_type=deal, evidence=f"{analysed[index - 1][0]} {sentence}", sentence_index=index)
                          for r in relations if r.sentence_index == index - 1 and r.relation_type == "other"]
        # (in a newsletter's section, a name two governments share is that of the section's country)
        parties = _parties(m, tokens, gaz, heading or context, has_cue, language, national_context)
        if named_heads and any(p.coreference for p in parties):
            parties = [_same_as_before(p, tokens, named_heads) for p in parties]
        if any(p.coreference for p in parties):
            parties = [_named_just_before(p, parties, tokens, language) for p in parties]
        if index >= 1 and any(p.coreference for p in parties) and (before := analysed[index - 1][2]):
            parties = [_whose(p, tokens, before) for p in parties]
        if parties and context:
            # "die nationale Steuer- und Zollverwaltung des Landes": a body "of the country" is the story's, whatever
            # other country's body has that name (Germany's Zollverwaltung)
            parties = [replace(p, country=context) if p.country != context and not p.coreference
                       and _of_the_country(tokens, p.end) else p for p in parties]
        if parties and _regional_body(m, tokens):
            # "O Governo do Distrito Federal assinou contrato com a OpenAI … para servidores da Secretaria de Economia":
            # in a region's story, a body named like another country's (Mexico's Secretaría de Economía) whose country
            # the article never names is the region's own
            parties = [p for p in parties if not (
                p.country != context and p.country not in named_countries and p.actor_kind in ACTOR_KINDS
                and tokens[p.position].folded.startswith(GENERIC_HEAD_PREFIXES))]
        elif parties and context in named_countries:
            # "Segundo o Ministério das Comunicações e Tecnologia da Informação, …" in a story about Egypt: a body
            # named like another country's (Brazil's), whose country the article never names, is the story's own
            # (not the home of a company the article names: Mistral AI's "ministère des Armées" is France's)
            # (and a German federal body's word, in a story about another federation: "die HEC, die dem
            # Bundesbildungsministerium zugeordnete Förderbehörde" is Pakistan's)
            parties = [replace(p, country=context) if (
                p.country != context and p.country not in named_countries | company_homes and p.actor_kind in ACTOR_KINDS
                and not p.coreference and (tokens[p.position].folded.startswith(GENERIC_HEAD_PREFIXES) or (
                    context in FEDERATIONS and tokens[p.position].folded.startswith(NATIONAL_BODY_PREFIXES["de"])))) else p
                for p in parties]
        if not has_cue and m["org"] and _buyer_dash_supplier(sentence, tokens, m, parties) and any(
                c.entry.value == "procurement" for _, _, earlier in analysed[:index] if earlier for c in earlier["cue"]):
            # a list of contract notices, buyer then supplier: "Department of Defence — Anduril Australia Pty Ltd.
            # Value: A$148.6 million."
            m = {**m, "cue": m["cue"] + [Mention(Entry("cue", "procurement", strength=0.9), 0, 1)]}
            has_cue = True
        if city_governments:
            parties = [p for p in parties if not (p.country in city_governments and any(
                c.start == p.position and _capital_acts(c, m) for c in m["country"]))]
        if voice and parties and _at_home(tokens) and any(_is_we(t) for t in tokens) and (home := gaz.org_hq.get(voice)):
            # "In patria … abbiamo firmato un memorandum con il governo federale": the speaking company's country
            parties = [replace(p, country=home) if p.coreference else p for p in parties]
        if not m["org"] and parties and has_cue and not m["subnational"] and not _other_suppliers(tokens) \
                and len({o.entry.value for o in previous.get("org", [])}) == 1:
            # the deal is with the company the sentence before named:
            # - "De avatars komen van het Britse bedrijf Synthesia. De academie sloot daarvoor een contract" (not
            #   where it names a partner of its own: "heeft daarvoor een akkoord gesloten met het Amerikaanse
            #   techbedrijf");
            # - "O projeto-piloto usa os serviços de voz da Microsoft. O instituto assinou com a empresa um protocolo"
            anaphor = _for_it(tokens, m, language) if not previous["gov"] \
                and not any(_is_company_word(t.folded) for t in tokens) else None
            if anaphor is None:
                anaphor = _with_the_company(tokens, m, language, _named_as(previous["org"][0].entry.value, gaz))
            if anaphor is None:
                anaphor = _the_company_owns_the_deal(tokens, m, previous)
            if anaphor is None:
                anaphor = _chose_it(tokens, m, language)   # "The supplier … Health New Zealand hired it last year"
            if anaphor is not None:
                m = {**m, "org": [Mention(previous["org"][0].entry, anaphor, anaphor + 1)]}
        elif not m["org"] and parties and has_cue and voice and not m["subnational"] \
                and (it := _chose_it(tokens, m, language)) is not None:
            # "…, when South Korea's Ministry of Science and ICT picked it as one of five teams": the company
            # the article is about
            m = {**m, "org": [Mention(Entry("org", voice), it, it + 1)]}
        elif not m["org"] and parties and has_cue and not m["subnational"] \
                and len(named := {o.entry.value: o.entry for o in previous.get("org", [])}) >= 2 \
                and (both := _both_companies(tokens)) is not None:
            # "…toegang tot AI-chatbots van OpenAI en Anthropic. Het ministerie heeft daarover afspraken gemaakt met
            # beide Amerikaanse bedrijven": the companies the sentence before named
            m = {**m, "org": [Mention(entry, both[0], both[1]) for entry in named.values()]}
        # a lot's line names its winner alone in a notice with a buyer line, or below a sentence that awarded lots
        lots = bool(buyer) or (tokens[0].folded in LOT_WORDS and any(
            t.folded in LOTS for _, earlier, _ in analysed[max(0, index - 3):index] for t in earlier))
        # the line before named a region's body alone: the notice below it is the region's ("Greater Manchester
        # Combined Authority. Supplier: Microsoft Ltd."), not that of the last national buyer
        regional_buyer = regional_story == REGIONAL_SPAN
        if m["org"] and (buyer or (recent_actors and not regional_buyer)) \
                and (after := min((k for o in m["org"] if (k := _award_line(sentence, tokens, o, lots)) is not None),
                                  default=None)) is not None \
                and all(p.position >= after for p in parties):
            # an award notice's winner line, "Naam en adres van de opdrachtnemer: Databricks B.V., Amsterdam.",
            # "Lote 1 (nube): Amazon Web Services EMEA SARL, Sucursal en España": the contract of the buyer
            # named above; the places after the label are the winner's own address
            parties = _borrowed(buyer or [recent_actors[0][1]], 0.9, carried=True)
            m = {**m, "cue": m["cue"] + [Mention(Entry("cue", "procurement", strength=0.9), 0, 1)]}
        if m["org"] and not parties and carried and (m["org"][0].start >= 2 or _listed_among(m, tokens) or (
                m["org"][0].start == 0 and _unnamed_partner(analysed[index - 1][1], analysed[index - 1][2], m["org"][0], gaz))) \
                and not _unknown_subject(m, tokens, language) and not _people_subject(m, tokens) \
                and not any(r.start < m["org"][0].start for r in m["subnational"]) and (
                has_cue or (all(c.entry.value == "hedge" for c in m["cue"])   # "…, das seine Modelle anpassen soll"
                            and not (m["cue"] and _coordinated_with_a_name(m["org"][0], m, tokens))
                            and not any(_after_with(o, tokens, _demonyms(m)) for o in m["org"]))):
            # "The ministry selected five teams. They are A, B and C." / "Le contrat-cadre a été
            # attribué à Google Cloud": the sentence completes the previous one, which had the
            # government and the cue but no company. A company opening the sentence is its subject
            # ("Nvidia declined to comment"), and one after "with" in a sentence without a cue is
            # someone else's partner ("Rheinmetall, già alleata con Anduril"), not the completion.
            parties = _borrowed(carried[0], 0.9, carried=True)
            # (a hedge stays with the deal word it qualified: "fünf Anbieter gaben Angebote ab. Den Zuschlag
            # erhielt nun Amazon Web Services" has its own deal word, which no hedge qualifies)
            m = {**m, "cue": m["cue"] + [Mention(c.entry, 0, 1) for c in carried[1]
                                         if not (has_cue and c.entry.value == "hedge")]}
        elif m["org"] and not parties and recent_actors and not regional_buyer and (any(
                tokens[i].folded in WINNER_LABELS for i in range(max(0, m["org"][0].start - 2), m["org"][0].start))
                or (winners_next and m["org"][0].start == 0)):
            # an award notice: "Amministrazione aggiudicatrice: Ministero dell'Interno … Aggiudicatario:
            # Microsoft S.r.l.", "Sezione V – Aggiudicazione: aggiudicatario Oracle Italia S.r.l." — the winner
            # of the authority named above
            parties = _borrowed([recent_actors[0][1]], 0.9, carried=True)
            m = {**m, "cue": m["cue"] + [Mention(Entry("cue", "procurement", strength=0.9), 0, 1)]}
        elif m["org"] and not parties and buyer and any(c.entry.value == "procurement" for c in m["cue"]):
            # an award notice's later lines: "Oggetto del contratto originario: servizi …, aggiudicati nel 2022 a
            # Oracle Italia S.r.l." — awarded by the buyer its buyer line named
            parties = _borrowed(buyer, 0.9, carried=True)
        elif m["org"] and not parties and previous_actors and _company_won(m, tokens):
            # "The South African Revenue Service looked for a supplier. Amazon Web Services won the tender."
            parties = _borrowed(previous_actors, 0.9, carried=True)
            winners = (index, previous_actors)
        elif m["org"] and not parties and winners[0] == index - 1 and m["org"][0].start == 0 \
                and any(c.entry.value == "procurement" for c in m["cue"]):
            # the next winner, as the subject of its own supply: "Oracle heeft de opdracht gekregen de databank
            # over te zetten. Amazon Web Services levert … de rekenkracht"
            parties = _borrowed(winners[1], 0.9, carried=True)
            m = {**m, "cue": m["cue"] + [Mention(Entry("cue", "procurement", strength=0.8), 0, 1)]}   # (a contract too)
        elif m["org"] and has_cue and all(p.actor_kind == "country" and p.position > m["org"][0].start for p in parties) \
                and (recent := [p for i, p in recent_actors if index - i <= (12 if interview else 3)]) \
                and _we_deal_with(m, tokens, you=interview):
            # an interview: "Frau Regierungschefin, …? — Wir haben mit Microsoft eine Absichtserklärung
            # unterzeichnet." The speaker is the government the article has just named (countries after the
            # company are the deal's object: "El cable, que acordamos con Google, unirá Chile con Australia").
            parties = _borrowed(recent[-1:], 0.9)
        elif m["org"] and (not parties or all(p.coreference and p.position > m["org"][0].end for p in parties)) \
                and (item := _counted_item(tokens, m, has_cue, analysed, index, recent_actors)):
            # (a body referred back to after the company is the same body: "… Databricks, che fornirà la piattaforma
            # su cui gli analisti dell'agenzia addestreranno i modelli")
            # "o departamento fechou dois contratos … O primeiro, com a Microsoft, prevê um assistente … O segundo
            # entrega à Amazon Web Services a hospedagem", "De NHIA heeft twee opdrachten gegund. Oracle verhuist het
            # claimsysteem … IBM levert een fraudemodel": each item of the counted deals is the same body's
            deal, body = item
            parties = _borrowed([body], 0.9, carried=True)
            m = {**m, "cue": m["cue"] + [Mention(Entry("cue", deal, strength=0.9), 0, 1)]}
        elif m["org"] and not parties and has_cue and _second_of_a_list(tokens) \
                and (recent := [p for i, p in recent_actors if index - i <= 3]):
            # "A Agência … fechou dois contratos. O primeiro, assinado com a alemã Helsing, … O segundo foi firmado
            # com a americana Anduril", "Perceel 2 … is binnengehaald door Google Cloud": the second deal of the
            # list is the same body's
            parties = _borrowed(recent[-1:], 0.9, carried=True)
        elif m["org"] and has_cue and previous_actors and (not parties or (
                len({a.country for a in previous_actors}) == 1 and all(
                    p.coreference and any(t.folded in RELATIVE_AFTER_WITH | RELATIVE_WITH
                                          for t in tokens[m["org"][-1].end:p.position]) for p in parties))) \
                and _subject_is_previous(m, tokens, language) and not _company_in_apposition(m, tokens):
            # "Le gouvernement luxembourgeois a présenté sa feuille de route. Il a signé le lendemain un
            # protocole d'accord avec Mistral AI.": the deal's subject is the previous sentence's government
            # (whatever government words come after the company: "…firmado en 2024 con Microsoft, gracias al cual
            # 3.000 funcionarios de la administración central han recibido formación")
            # (not a company's, described before its deal word: "Safaricom, de grootste telecomaanbieder van het
            # land, heeft een overeenkomst gesloten met Google Cloud")
            parties = _borrowed(previous_actors, 0.9, group=len({a.country for a in previous_actors}) > 1)
        # (not the company's own adjective: "adjudicou à indiana Krutrim")
        named_here = {c.entry.value for c in m["country"] if c.entry.kind in ("name", "demonym", "capital")
                      and not any(0 <= o.start - c.end <= 1 and gaz.org_hq.get(o.entry.value) == c.entry.value
                                  for o in m["org"])}
        # (the section's own country named again does not rename its ministry: "…de cincuenta policlínicas de Taskent")
        if heading and m["org"] and has_cue and named_here <= {heading}:
            if not parties and not named_here \
                    and (not _unknown_subject(m, tokens, language) or any(_after_with(o, tokens) for o in m["org"])) \
                    and not _company_subject(m, tokens) and not any(r.start < m["org"][0].start for r in m["subnational"]):
                # (not "México. El gobierno del estado de Nuevo León firmó un convenio con Microsoft": a state's)
                # a newsletter's section: "Iceland – Directorate of Health. The Directorate has started a pilot
                # with Mistral AI": the section's country is the subject (so is it of "UDI has signed a
                # framework agreement with DeepL", an unknown name before the company's "with")
                parties = _borrowed([Party(heading, 0, 0, 1.0, "government")], 0.9)
            else:
                # "Honduras. La Secretaría de Salud adjudicó a Microsoft…": a ministry named like another
                # country's, in the section of this one
                parties = [replace(p, country=heading) if p.country != heading and p.position < p.end
                           and tokens[p.position].folded.startswith(GENERIC_HEAD_PREFIXES) else p
                           for p in parties]
        # the sentence's subject is its section's body, whichever way the section's country was lent
        section = bool(heading and parties and all(p.country == heading and p.position == p.end for p in parties))
        if previous_actors and _group_reference(tokens) and len({p.country for p in previous_actors}) > 1 \
                and all(p.coreference for p in parties):
            # "Los tres países firmaron un memorando con Google", "de drie premiers": every government of
            # the group named before, not the one country of the context
            parties = _borrowed(previous_actors, 0.9, group=True)
        if regional_story:
            # "Das Kultusministerium … Das Ministerium hatte einen Vertrag geschlossen": "the ministry" of a
            # story about a region's ministry is that ministry, not the country's
            # (not "the Army": a region has no armed forces)
            parties = [p for p in parties if not (p.coreference and _definite(p, tokens, language)
                                                  and p.actor_kind != "armed_forces")]
        # named public services count too ("a SPMS – Serviços Partilhados do Ministério da Saúde")
        actors = [p for p in parties if (p.actor_kind in ACTOR_KINDS or (
            p.actor_kind == "public_service" and not p.coreference)) and not p.carried]
        recent_actors = (recent_actors + [(index, p) for p in actors if not p.group])[-6:]
        named_heads += [(t.folded[:6], p.country) for p in actors if p.end > p.position
                        for t in tokens[p.position:p.end] if len(t.folded) >= 6]
        named = sorted((p for p in parties if not p.coreference), key=lambda p: p.position)
        if buyer_next:
            # the name under a label that stood alone is the buyer, whatever its kind, and not the places of
            # its address: "Europese Autoriteit voor effecten en markten (ESMA), 201-203 rue de Bercy, Parijs"
            buyer = named[:1] or buyer
        elif _labelled(sentence, tokens, BUYER_LABELS):
            buyer = actors[:1] or named[:1] or buyer
        buyer_next = bool(_labelled(sentence, tokens, BUYER_LABELS, bare=True))
        # (the list goes on while its lines open with a company: "- Amazon Web Services Chile Ltda.: …")
        winners_next = _winners_heading(sentence, tokens) or (winners_next and bool(m["org"]) and m["org"][0].start == 0)
        if actors or m["org"]:
            previous_actors = actors   # else keep them: "Dat werd dinsdag bekend in Luxemburg." names nobody
        elif subject := _country_subject(parties, tokens):
            # "A Estónia, sempre ela, decidiu … pôr a IA nas mãos dos alunos. Fê-lo através de acordos com a
            # OpenAI": a country that opens the sentence as its subject is the government the next one means
            previous_actors = [replace(subject, actor_kind="government", strength=1.0)]
        if parties and has_cue and not m["org"] and not all(
                _negated(c, tokens, language) for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY):
            # ("unterschrieben ist nichts": nothing to complete)
            family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
            # Positions do not carry over: keep a hedge only if it qualified a cue where it was written.
            # (not a deal word that is only commented on: "Collins noemde de afspraken 'een manier om …'")
            # (nor one the sentence only asks about, or denies: "Questionado sobre um memorando, respondeu que
            # não há nada assinado")
            # (not the governments a deal with another name is to serve: "an expanded alliance with Accenture to
            # help Australian government organisations")
            carried = ([p for p in parties if not (_beneficiary(p, tokens) and _allied_first(p, tokens))],
                       [c for c in m["cue"] if (c.entry.value != "hedge" or _near(c, family))
                                 and not (c.entry.value in PARTNERSHIP_FAMILY and (
                                     _commented(c, tokens) or _negated(c, tokens, language)
                                     or any(t.folded in ABOUT for t in tokens[max(0, c.start - 2):c.start])))])
            if not carried[0] or not any(c.entry.value in PARTNERSHIP_FAMILY for c in carried[1]):
                carried = None
        else:
            carried = None
        speaker, pronoun = voice, False
        if not m["org"] and index > 0 and analysed[index - 1][2] and analysed[index - 1][2]["org"] \
                and analysed[index - 1][2]["org"][0].start == 0 and _pronoun_subject(tokens):
            # "Anthropic has been courting governments. Last November it signed … with Rwanda"
            speaker, pronoun = analysed[index - 1][2]["org"][0].entry.value, True
        elif not m["org"] and index > 0 and voice and analysed[index - 1][2] and not analysed[index - 1][2]["org"] \
                and _speaks_of_the_company(analysed[index - 1][1]) and _pronoun_subject(tokens):
            # "For the San Francisco-based company, the deal adds to a list. In February it signed … with Britain's
            # Department for Science": the company the article is about
            speaker, pronoun = voice, True
        own = all(o.entry.value == voice for o in m["org"])   # "um assistente baseado no watsonx": our product
        # (not where a region deals "with" the company: "o Governo Regional dos Açores fechou com a Microsoft")
        if own and not parties and has_cue and voice and earlier_actors and not any(
                r.start < o.start and _after_with(o, tokens) for r in m["subnational"] for o in m["org"]) \
                and any(_is_we(t) or t.folded in OUR for t in tokens) and not _is_question(sentence) \
                and (m["org"] or not interview) \
                and (newsroom := _speaks_as_we(analysed) if newsroom is None else newsroom):
            # "…onderzoekers van het RIVM legden ons de vraag voor. Vandaag kunnen we vertellen dat we een
            # samenwerking zijn aangegaan", "O contrato … inclui nossa plataforma": the newsroom's deal with the
            # government just named (in an interview "we" may be the official: "Le gare sono aperte e abbiamo
            # chiesto a Consip…" names no company, so it is nobody's deal with the company)
            for party in _borrowed(earlier_actors[:1], 0.9):
                relations += _voice_relation(party, voice, m, tokens, language, index,
                                             f"{analysed[index - 1][0]} {sentence}", None)
            parties = []
        if not m["org"] and parties and has_cue and voice and speaker == voice and not pronoun \
                and index > 0 and _company_subject_before(analysed[index - 1], voice) \
                and (partner := _partner_after_deal_with(parties, m, tokens, language)):
            # the subject dropped, or "it", is the company the sentence before was about: "La empresa de Toronto
            # no se dirige al gran público … Ese enfoque le ha abierto puertas: en 2025 firmó sendos memorandos
            # con los gobiernos de Canadá y del Reino Unido"
            for party in partner:
                relations += _voice_relation(party, voice, m, tokens, language, index, sentence,
                                             analysed[index + 1][2] if index + 1 < len(analysed) else None)
            parties = []
        if not m["org"] and parties and has_cue and speaker:
            # A company's newsroom: "Today we're announcing a partnership with Ghana's Ministry of
            # Communication", "el IGSS nos ha seleccionado". "We" is the company the article is about.
            # a named body takes the article's country: "La Caisse nationale d'assurance vieillesse nous a
            # attribué ce marché"
            # (not the governments a deal with another name is to serve: "an alliance with Accenture to help …")
            chosen = [p for p in parties if (not p.coreference or _named_body(p, tokens) or _definite(p, tokens, language))
                      and not (_beneficiary(p, tokens) and _allied_first(p, tokens)) and (
                _we_with(p, tokens, it=pronoun, you=interview)
                or (interview and not pronoun and _with_you(p, m, tokens))
                or (p.actor_kind != "country" and not pronoun and _chose_us(p, m, tokens, language))
                or (p.actor_kind != "country" and not pronoun and _deal_with(p, m, tokens)
                    and (newsroom := _speaks_as_we(analysed) if newsroom is None else newsroom)))]
            for party in chosen + _coordinated_parties(chosen, parties, tokens):
                if not _is_question(sentence):
                    relations += _voice_relation(party, speaker, m, tokens, language, index, sentence,
                                                 analysed[index + 1][2] if index + 1 < len(analysed) else None)
        if m["org"] and parties:
            clause_of = _clauses(sentence, tokens)
            segment_of = _segments(sentence, tokens)
            for org in m["org"]:
                own = _own_segment(org, parties, m, tokens, segment_of, language)
                # in a list of deals, not the deal word of another's segment: "Mexikos SAT kauft Databricks, …, MinTIC
                # redet mit Anthropic" (talks, not the purchase of the segment that names another company)
                others = {segment_of[o.start] for o in m["org"] if o.entry.value != org.entry.value} - {segment_of[org.start]}
                m_org = m if own is parties else {**m, "cue": [c for c in m["cue"] if segment_of[c.start] not in others]}
                for party, rtype, confidence in _pair(org, own, m_org, tokens, clause_of, gaz, language, section):
                    evidence = sentence
                    if party.coreference and index > 0 and analysed[index - 1][0]:
                        evidence = f"{analysed[index - 1][0]} {sentence}"  # the sentence the reference points to
                    amount = find_amount(sentence)
                    if rtype in PARTNERSHIP_FAMILY and _is_question(sentence) and not _asks_about_a_deal_made(tokens):
                        rtype, confidence = "other", min(confidence, 0.4)   # "is the government about to sign …?"
                    if rtype in PARTNERSHIP_FAMILY and party.coreference \
                            and (party.country, org.entry.value) in cancelled:
                        # "Libreville a annulé l'attribution à Oracle. Le groupe américain avait été désigné
                        # en janvier …": the story of the deal the sentence before called off
                        rtype, confidence = "other", min(confidence, 0.4)
                    if rtype in PARTNERSHIP_FAMILY and party.position > org.start \
                            and _deal_between_companies_before(tokens, m, previous, relations, index, org):
                        # "…fechou um acordo com a alemã Aleph Alpha. A parceria prevê … a venda a ministérios": the
                        # deal the sentence opens with is the one the sentence before made between two companies
                        rtype, confidence = "other", min(confidence, 0.4)
                    relations.append(Relation(
                        country_iso3=party.country, organization_id=org.entry.value, relation_type=rtype,
                        confidence=round(confidence, 3), evidence=evidence, sentence_index=index,
                        sectors=_sectors(m, analysed[index + 1][2] if index + 1 < len(analysed) else None),
                        amount=amount[0] if amount else None, currency=amount[1] if amount else None,
                    ))
        # called off before the company is named: not "confirma contrato com a Microsoft e nega conversas"
        negated_orgs = {o.entry.value for o in m["org"]
                        if any(c.entry.value == "negation" and c.end <= o.start for c in m["cue"])}
        cancelled = {(r.country_iso3, r.organization_id) for r in relations if r.sentence_index == index
                     and r.relation_type == "other" and r.organization_id in negated_orgs}
        denied_orgs = {o.entry.value for o in m["org"] if any(
            c.entry.value in PARTNERSHIP_FAMILY and 0 < o.start - c.end <= 2 and _negated(c, tokens, language) for c in m["cue"])}
        denied = {(r.country_iso3, r.organization_id) for r in relations if r.sentence_index == index
                  and r.relation_type not in PARTNERSHIP_FAMILY and r.organization_id in denied_orgs}
        if m["org"] and not parties:
            # "Er is geen overeenkomst met Meta gesloten": a denied deal *with* the company, naming no government,
            # is the government's of the sentences before (not "No es una compra, y Google no es dueño de nada")
            denied_with = {o.entry.value for o in m["org"] if o.start >= 1 and tokens[o.start - 1].folded in WITH and any(
                (c.entry.value == "negation" or (c.entry.value in PARTNERSHIP_FAMILY and _negated(c, tokens, language)))
                and 0 <= o.start - 1 - c.end <= 2 for c in m["cue"])}
            denied |= {(r.country_iso3, r.organization_id) for r in relations
                       if index - 2 <= r.sentence_index < index and r.organization_id in denied_with}
        no_party: set[tuple[str, str]] = set()
        if (parties or (context and m["gov"])) and any(
                c.entry.value == "negation" and any(t.folded in PARTY_WORDS for t in tokens[c.start:c.end])
                and any(d.entry.value in PARTNERSHIP_FAMILY and abs(d.start - c.start) <= 6 for d in m["cue"])
                for c in m["cue"]):
            # "De overheid is geen partij bij de overeenkomst", "der Staat sei an der Vereinbarung nicht beteiligt",
            # "précise qu'il n'est pas partie à l'accord … entre le gouvernement et Nvidia": the government named
            # denies being party to the deal the sentences before (or the title) reported
            named = {p.country for p in parties} or {context}   # (a government word alone: the story's)
            here = {o.entry.value for o in m["org"]}
            no_party = {(r.country_iso3, r.organization_id) for r in relations
                        if (index - 2 <= r.sentence_index < index or r.sentence_index == 0) and r.country_iso3 in named
                        and (not here or r.organization_id in here)}
            denied |= no_party
        if not m["org"] and any(t.folded in NOTHING for t in tokens[:3]) \
                and any(_nothing_signed(c, tokens) for c in m["cue"]):
            # "…a fait une offre au gouvernement gabonais. Rien n'est signé pour autant.": nothing came of the
            # deal the sentences before spoke of
            denied |= {(r.country_iso3, r.organization_id) for r in relations if index - 2 <= r.sentence_index < index}
        if denied:
            # "Le SPF BOSA teste un assistant… Il repose sur Llama, le modèle ouvert de Meta. Nous n'avons aucun
            # contrat avec Meta": a denial right after the use says there is no deal
            # (and the title's guess, whatever lies between: "…, mas acordo é com o NOSi" … "admitiu que o Governo não
            # assinou qualquer acordo com a Core42")
            # (a deal denied *with* the company: not "ni si será adquirido directamente a Nvidia")
            denied_with_org = {o.entry.value for o in m["org"] if o.entry.value in denied_orgs and any(
                tokens[k].folded in WITH and all(t.folded in ARTICLES for t in tokens[k + 1:o.start])
                for k in range(max(0, o.start - 2), o.start))}
            title_denied = {(r.country_iso3, r.organization_id) for r in relations
                            if r.sentence_index == index and r.organization_id in denied_with_org}
            # (marked, so that the pair model does not promote what the text denies)
            relations = [(replace(r, relation_type="other", confidence=min(r.confidence, 0.4), denied=True)
                          if r.relation_type in PARTNERSHIP_FAMILY else replace(r, denied=True))
                         if (index - 2 <= r.sentence_index < index or (r.sentence_index == 0 and (
                             r.country_iso3, r.organization_id) in title_denied | no_party))
                         and (r.country_iso3, r.organization_id) in denied else r for r in relations]
        if moved := moved_context(parties, tokens, context):
            context = moved
            regional_story = 0
        elif _regional_body(m, tokens):
            regional_story = REGIONAL_SPAN
        else:
            regional_story = max(0, regional_story - 1)
    return _dedupe(relations)


def _whose(party: Party, tokens: list[Token], before) -> Party:
    """"… folgt damit dem Beispiel Jamaikas. Dessen Wetterdienst hatte bereits …": a possessive pronoun before the
    government word points to the last country the sentence before named."""
    if not (party.position >= 1 and tokens[party.position - 1].folded in WHOSE):
        return party
    named = [c for c in before["country"] if c.entry.kind in ("name", "demonym")]
    return replace(party, country=named[-1].entry.value) if named else party


def _same_as_before(party: Party, tokens: list[Token], named_heads: list[tuple[str, str]]) -> Party:
    """"El año pasado, el mismo ministerio cerró con Huawei…": "the same ministry" is the last body named with that
    word ("la ministra del Poder Popular"), whichever country the sentences between spoke of."""
    if not (party.coreference and party.end - party.position == 1 and party.position >= 1
            and tokens[party.position - 1].folded in SAME):
        return party
    head = tokens[party.position].folded[:6]
    country = next((c for h, c in reversed(named_heads) if h == head), None)
    return replace(party, country=country) if country else party


def _named_just_before(party: Party, parties: list[Party], tokens: list[Token], language: str) -> Party:
    """"Também não é a primeira experiência da Anvisa com IA: a agência já fez um piloto com a IBM": "the agency"
    is the body of its kind the sentence has just named, not one of the country the sentences before spoke of."""
    if not (party.coreference and party.end - party.position == 1 and _definite(party, tokens, language)):
        return party
    named = [q for q in parties if not q.coreference and q.actor_kind == party.actor_kind and q.end <= party.position]
    return replace(party, country=named[-1].country) if len({q.country for q in named}) == 1 else party


def _segments(sentence: str, tokens: list[Token]) -> list[int]:
    """Segment number of each token: commas, semicolons and colons separate them."""
    return _numbered(sentence, tokens, ",;:")


def _own_segment(org: Mention, parties: list[Party], m, tokens: list[Token], segment_of: list[int],
                 language: str) -> list[Party]:
    """"EMA setzt auf Databricks, Patentamt übersetzt mit DeepL, BFS bricht ab": in a list of deals, a company
    whose segment opens with its own subject (a name, not another company of a list) belongs to that subject."""
    here = segment_of[org.start]

    def opening(segment: int) -> int | None:
        return next((i for i, seg in enumerate(segment_of) if seg == segment and tokens[i].folded not in ARTICLES), None)

    def opens_with_a_country(segment: int) -> bool:
        # a country's name and more ("Warschau onderzoekt DeepSeek"), not one name of a list ("Jamaica, Barbados
        # and Trinidad and Tobago signed")
        first = opening(segment)
        return first is not None and any(x.start == first and x.entry.kind in ("name", "capital") and x.end < len(tokens)
                                         and segment_of[x.end] == segment for x in m["country"])

    # (one company, but subjects listed with their own verbs: "Praag bestelt drones, Warschau onderzoekt DeepSeek")
    subjects = [seg for seg in set(segment_of) if opens_with_a_country(seg)]
    # (nor one company named twice: "met LG AI Research, de AI-tak van het Zuid-Koreaanse LG-concern", after a
    # ministry whose name a comma breaks, "ministerie van Digitale Ontwikkeling, Innovatie en Communicatie")
    one_company = len({segment_of[o.start] for o in m["org"]}) < 2 or len({o.entry.value for o in m["org"]}) < 2
    if here == 0 or (one_company and not (here in subjects and len(subjects) >= 2)):
        return parties
    first = opening(here)
    named = any(x.start <= first < x.end for x in m["gov"] + m["country"]) or (
        tokens[first].text.isupper() and len(tokens[first].text) >= 2)   # "DGA signs Huawei Cloud"
    if first is None or first == org.start or any(o.start == first for o in m["org"]) or not (
            named or (language != "de" and tokens[first].text[:1].isupper())):   # German capitalises nouns
        return parties   # "…, Anthropic et Google": a list of companies goes on
    # (a party spanning "En France, la police nationale" is where its government word is)
    return [p for p in parties if 0 < p.end <= len(segment_of) and segment_of[p.end - 1] == here]


def _country_subject(parties: list[Party], tokens: list[Token]) -> Party | None:
    """A country's name opening the sentence, after an article at most, and not as a place ("In Estonia, …")."""
    # (not a dateline, "ROMA" or "SANTIAGO DEL CILE –", which a capital or a line in capitals is)
    return next((p for p in parties if p.actor_kind == "country" and not p.coreference and p.position <= 1
                 and all(t.folded in ARTICLES for t in tokens[:p.position]) and len(tokens) > p.end + 3
                 and tokens[p.position].text[:1].isupper() and not tokens[p.position].text.isupper()), None)


def _speaks_as_we(analysed) -> bool:
    """A company's own post says "we" in its own voice; in a report, "we" is only ever inside a quotation."""
    return any(_is_we(t) for sentence, _, _ in analysed for t in tokenize(QUOTED.sub(" ", sentence)))


def _departments(m, tokens: list[Token]):
    """"intesa tra il dipartimento colombiano ed ElevenLabs", "el departamento boliviano de Santa Cruz": a department
    of a country divided into departments is a region, not a ministry's department."""
    found = [(g, c) for g in m["gov"] if tokens[g.start].text in DEPARTMENT_WORDS
             for c in m["country"] if c.start == g.end and c.entry.kind == "demonym" and c.entry.value in DEPARTMENT_COUNTRIES]
    if not found:
        return m
    gone = {id(x) for pair in found for x in pair}
    regions = [Mention(Entry("subnational", "subnational", kind=c.entry.value), g.start, c.end) for g, c in found]
    return {**m, "gov": [g for g in m["gov"] if id(g) not in gone],
            "country": [c for c in m["country"] if id(c) not in gone],
            "subnational": sorted(m["subnational"] + regions, key=lambda r: r.start)}


def _of_the_country(tokens: list[Token], end: int) -> bool:
    """"… Zollverwaltung des Landes", "the tax office of the country": the body of the country the story is about."""
    return any(tuple(t.folded for t in tokens[end:end + len(words)]) == words for words in OF_THE_COUNTRY)


def _buyer_line(sentence: str, tokens: list[Token], m) -> Mention | None:
    """An award notice's buyer line, "Auftraggeber: Eidgenössisches Nuklearsicherheitsinspektorat ENSI,
    Brugg.": the name after the label is a public body, even one the gazetteer does not know."""
    k = _labelled(sentence, tokens, BUYER_LABELS)
    if not k or not tokens[k].text[:1].isupper() or any(x.start <= k + 2 for x in m["gov"] + m["org"]):
        return None
    return Mention(Entry("gov", "agency"), k, _name_run_end(tokens, k + 1, reach=7))


def _winners_heading(sentence: str, tokens: list[Token]) -> bool:
    """A line that only labels the winners listed below it: "Proveedores adjudicados:", "Awardees:", "Adjudication :
    accord-cadre attribué à trois soumissionnaires :"."""
    if not sentence.rstrip().endswith(":"):
        return False
    return (1 <= len(tokens) <= 3 and tokens[-1].folded in WINNER_LABELS) or (len(tokens) <= 10 and any(
        t.folded in AWARD_PARTICIPLES and nxt.folded in TO_WORDS for t, nxt in zip(tokens, tokens[1:], strict=False)))


def _labelled(sentence: str, tokens: list[Token], labels, bare: bool = False) -> int:
    """Where the text after a label and its colon starts ("Auftraggeber: …" gives 1, "Afdeling I:
    Aanbestedende dienst: …" 4), or 0. bare: the line is the label alone ("Afdeling I: Aanbestedende
    dienst."), its name on the next line; then the label's length."""
    first = _section_prefix(sentence, tokens)
    if first >= len(tokens) or tokens[first].folded not in _first_words(labels):
        return 0   # most sentences: no label's first word (checked first, as every sentence is asked)
    for label in labels:
        k = first + len(label)
        if tuple(t.folded for t in tokens[first:k]) != label:
            continue
        if bare and len(tokens) == k:
            return k
        if not bare and len(tokens) > k and ":" in _gap(sentence, tokens, k - 1):
            return k
    return 0


@lru_cache(maxsize=8)
def _first_words(labels: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(label[0] for label in labels)


def _buyer_dash_supplier(sentence: str, tokens: list[Token], m, parties: list[Party]) -> bool:
    """The line opens with a named government body, then a dash, then the company: "Australian Taxation Office —
    Databricks ANZ Pty Ltd."."""
    org = m["org"][0]
    return org.start > 0 and any(p.position == 0 and p.end == org.start and (not p.coreference or _named_body(p, tokens))
                                 for p in parties) \
        and _gap(sentence, tokens, org.start - 1).strip() in DASHES


def _gap(sentence: str, tokens: list[Token], i: int) -> str:
    """The characters between token i and the next one."""
    return sentence[tokens[i].start + len(tokens[i].text):tokens[i + 1].start if i + 1 < len(tokens) else len(sentence)]


def _opens_with_the_deal(tokens: list[Token], m, language: str) -> bool:
    """The sentence opens with a definite deal word, and nothing hedges or denies it: "El acuerdo de colaboración,
    firmado el lunes, contempla…", "The agreement covers…" (not "Der Zuschlag war angekündigt, der Vertrag aber
    noch nicht unterschrieben")."""
    first = min((c.start for c in m["cue"]), default=None)
    return first == 1 and tokens[0].folded in DEFINITE | ARTICLES \
        and any(c.start == 1 and c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"]) \
        and not any(c.entry.value in ("negation", "hedge") or (
            c.entry.value in PARTNERSHIP_FAMILY and _negated(c, tokens, language)) for c in m["cue"]) \
        and not m["country"] and not m["gov"]


def _deal_between_companies_before(tokens: list[Token], m, previous, relations: list[Relation], index: int,
                                   org: Mention) -> bool:
    """The sentence opens with a definite deal word ("A parceria prevê…"), and the sentence before made a deal with
    the same company that no government was party to."""
    return bool(tokens) and tokens[0].folded in DEFINITE | ARTICLES \
        and any(c.start == 1 and c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"]) \
        and any(o.entry.value == org.entry.value for o in previous.get("org", [])) \
        and any(c.entry.value in PARTNERSHIP_FAMILY for c in previous.get("cue", [])) \
        and not previous.get("gov") and not any(_institution_kind(c) for c in previous.get("country", [])) \
        and not any(r.sentence_index == index - 1 and r.organization_id == org.entry.value for r in relations)


def _named_as(organization: str, gaz: Gazetteer) -> frozenset[str]:
    """The head noun of an organisation's name when it is an institute or a university ("Technology Innovation
    Institute"): "with the institute" names it as "with the company" names a company."""
    words = gaz.org_names.get(organization, "").split()
    return frozenset({fold(words[-1])}) & ORG_HEAD_NOUNS if words else frozenset()


def _with_the_company(tokens: list[Token], m, language: str = "", named_as: frozenset[str] = frozenset()) -> int | None:
    """A definite company word right after "with", beside a deal word: "assinou com a empresa um protocolo",
    "signed an agreement with the company" (not "the company's", nor one a name or a country follows: "avec la
    société canadienne"; nor "nunca houve reunião formal com a companhia", a meeting)."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    body_ends = {x.end for x in m["gov"] + m["country"]} if language in V2_LANGUAGES else set()
    for i in range(2, len(tokens)):
        if not (_is_company_word(tokens[i].folded) or tokens[i].folded in named_as) or tokens[i - 1].folded not in ARTICLES \
                or (i + 1 < len(tokens) and (tokens[i + 1].text[:1].isupper() or tokens[i + 1].folded == "s")):
            continue
        if tokens[i - 2].folded in WITH | FROM_SELLER:   # (German and Dutch buy "bei dem Unternehmen")
            before = [c for c in m["cue"] if c.end <= i - 2 and i - 2 - c.end <= 4]
            if (before and before[-1] in family) or any(0 < c.start - i <= 3 for c in family):
                return i
        elif (tokens[i - 2].folded in GIVE_VERBS or i - 1 in body_ends) and any(0 < c.start - i <= 4 for c in family):
            # the company as the one given the deal: "awarded the company a contract", "Zo gunde het Britse
            # ministerie van Defensie het bedrijf eerder een contract" (a German or Dutch body, then its object)
            return i
    return None


def _the_company_owns_the_deal(tokens: list[Token], m, previous) -> int | None:
    """"Pour la société fondée en 2023, ce texte s'ajoute à une série d'engagements …, dont l'accord-cadre conclu
    … avec le ministère des Armées": a definite company word before the deal word, not the subject of a
    name or a country adjective, is the company the sentence before named (not in a story of a case or a
    failed deal: "El TDLC deberá notificar a la empresa … antes de que se abra el período de prueba")."""
    if any(c.entry.value in ("regulation", "litigation", "negation") for c in m["cue"] + previous.get("cue", [])):
        return None
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    for i in range(1, min(family, default=0)):
        if _is_company_word(tokens[i].folded) and tokens[i - 1].folded in DEFINITE \
                and not (i + 1 < len(tokens) and (tokens[i + 1].text[:1].isupper() or tokens[i + 1].folded == "s")) \
                and not any(abs(c.start - i) <= 1 for c in m["country"]):
            return i
    return None


def _section_prefix(sentence: str, tokens: list[Token]) -> int:
    """A notice's section number before its label ("Afdeling I:", "Section II.", "Sezione V –"): 2 tokens, or 0."""
    if len(tokens) > 2 and tokens[0].folded in SECTION_WORDS and (tokens[1].text.isdigit() or set(tokens[1].text) <= set("IVX")) \
            and _gap(sentence, tokens, 1).strip()[:1] in (":", ".", ")", "–", "-"):
        return 2
    return 0


def _award_line(sentence: str, tokens: list[Token], org: Mention, buyer: bool) -> int | None:
    """An award notice's winner line: the company follows the colon of a label that names the winner
    ("Naam en adres van de opdrachtnemer: Databricks B.V.", "Aggiudicatario: raggruppamento costituito da
    Almaviva S.p.A. e Amazon Web Services") or, in a notice with a buyer line, a lot ("Lote 1 (nube y
    datos): Amazon Web Services EMEA SARL", "Perceel 2: gegund aan LightOn SAS"). The first token after
    the colon, or None."""
    colon = sentence.rfind(":", 0, tokens[org.start].start)
    if colon < 0:
        return None
    label = [t for t in tokens[:org.start] if t.start < colon]
    between = [t for t in tokens[:org.start] if t.start > colon]
    if not label:
        return None
    if any(t.folded in WINNER_LABELS for t in label):   # the winner may be a group: any company after the label
        return len(label)
    if between and between[0].folded in WINNER_LABELS and label[0].folded in LOT_WORDS:
        # the label after a lot's colon: "Lotto 1 (…): aggiudicatario il raggruppamento … costituito da IBM
        # Italia S.p.A. (mandataria) e Comdata S.p.A."
        return len(label)
    # otherwise the company is the first name after the colon (or its subsidiary: "adjudicado a la filial
    # argentina de Salesforce")
    subsidiary = next((k for k, t in enumerate(between) if t.folded in SUBSIDIARY_WORDS), None)
    if subsidiary is not None and len(between) - subsidiary <= 3:
        between = [t for t in between[:subsidiary] if t.folded not in ARTICLES]
    if len(between) > 3 or any(t.folded not in AWARDED_TO for t in between):
        return None
    awarded_to = len(label) >= 2 and all(t.folded in AWARDED_TO for t in label)   # "Gegund aan: Databricks B.V."
    lot = len(label) >= 2 and label[0].folded in LOT_WORDS and label[1].text.isdigit()
    # a lot's line says who won it, or stands in a notice whose buyer line named the buyer: "Lotto 2 (modelli
    # aperti): aggiudicato a Oracle Software (Schweiz) GmbH" needs no buyer label above it
    return len(label) if awarded_to or (lot and (buyer or between)) else None


def _heading(m, sentence: str, tokens: list[Token]) -> str | None:
    """A newsletter's section heading: "place" for a place alone ("Honduras.", "NORWAY.") or a place, a dash
    and a body ("Iceland – Directorate of Health."), "word" for another single word ("Región."); no company,
    no deal."""
    if not tokens[0].text[:1].isupper() or len(tokens) > 12 or m["org"] or m["cue"]:
        return None
    place = [x for x in m["country"] + m["subnational"] if x.start == 0]
    if place and (len(tokens) <= 3 or _dash_after(sentence, tokens[place[0].end - 1])):
        return "place"
    return "word" if len(tokens) == 1 else None


def _regional_body(m, tokens: list[Token]) -> bool:
    """A region's government body acts in the sentence: "das Kultusministerium", "Ontario's Ministry of
    Health" (not a region named as a place: "ein Zulieferer aus Baden-Württemberg")."""
    # (not the bodies of many regions: "A adesão das secretarias estaduais e municipais será voluntária")
    return any((not r.entry.kind and tokens[r.start].folded not in ("land", "lander")   # "erstes Land Zentralasiens"
                and not any(t.folded in MANY_REGIONS for t in tokens[max(0, r.start - 1):r.end])
                # a name that stands for its government ("Québec annonce…") named as a place: "à Toronto et à Québec"
                and not (tokens[r.start].text[:1].isupper() and _is_locative(r, tokens)))
               or (not _is_locative(r, tokens) and any(_distance(g, r) <= 3 for g in m["gov"]))
               # the region's name as the subject: "Hamburg lässt Bauanträge von KI vorprüfen"
               or (r.entry.kind and r.start == 0 and r.end < len(tokens) and tokens[r.end].text.islower()
                   and not m["country"])
               for r in m["subnational"])


def _definite(party: Party, tokens: list[Token], language: str) -> bool:
    """"we signed a pilot agreement with the ministry", "a Secretaria": a body the article has introduced
    (Portuguese "a", "as" are articles, elsewhere "a" is not)."""
    definite = DEFINITE_PT if language == "pt" else DEFINITE
    return not party.carried and 0 < party.position < party.end and tokens[party.position - 1].folded in definite


def _dash_after(sentence: str, token: Token) -> bool:
    return _after_place(sentence, token)[:1] in DASHES


def _named_body(party: Party, tokens: list[Token]) -> bool:
    """A body named in full, though its country comes from the article: "La Caisse nationale d'assurance
    vieillesse", "il ministero della Salute" (a portfolio after "of")."""
    if party.carried or party.position >= len(tokens):
        return False
    if any(t.text[:1].isupper() for t in tokens[party.position:party.end]):
        return True
    i = party.end
    return i + 1 < len(tokens) and tokens[i].folded in GENITIVE_WORDS and tokens[i + 1].text[:1].isupper() or (
        i + 2 < len(tokens) and tokens[i].folded in GENITIVE_WORDS and tokens[i + 1].folded in ARTICLES
        and tokens[i + 2].text[:1].isupper())


def _borrowed(parties: list[Party], factor: float, carried: bool = False, group: bool = False) -> list[Party]:
    """The government parties of an earlier sentence, lent to this one with a little less strength."""
    return [Party(p.country, 0, 0, p.strength * factor, p.actor_kind, coreference=True, carried=carried,
                  group=group) for p in parties]


def _voice_relation(party: Party, organization: str, m, tokens: list[Token], language: str, index: int,
                    evidence: str, next_mentions) -> list[Relation]:
    """The deal of a company that speaks as "we" (or "it") with a government of the sentence."""
    rtype, strength = _relation_type(m["cue"], tokens, party.actor_kind, language)
    confidence = party.strength * strength * 0.8
    if rtype not in PARTNERSHIP_FAMILY or confidence < MIN_PARTNERSHIP_CONFIDENCE:
        return []
    return [Relation(country_iso3=party.country, organization_id=organization, relation_type=rtype,
                     confidence=round(confidence, 3), evidence=evidence, sentence_index=index,
                     sectors=_sectors(m, next_mentions))]


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
    return _between_a_company(org, tokens) or _between_the_companies(tokens)


def _between_the_companies(tokens: list[Token]) -> bool:
    """"a new reseller agreement between the two companies", "zwischen den beiden Unternehmen": a deal the
    sentence says is of companies (not "tra le due amministrazioni")."""
    for i, t in enumerate(tokens[:-1]):
        if t.folded in BETWEEN:
            k = i + 1
            while k < len(tokens) and tokens[k].folded in ARTICLES:
                k += 1
            if k + 1 < len(tokens) and tokens[k].folded in GROUP_NUMBERS and _is_company_word(tokens[k + 1].folded):
                return True
            if k < len(tokens) and k == i + 1 and _is_company_word(tokens[k].folded) and tokens[k].folded.endswith("s"):
                return True   # "contratos privados entre empresas", "deals between companies"
    return False


def _between_a_company(org: Mention, tokens: list[Token]) -> bool:
    """"la carta de intención firmada entre OpenAI y la empresa Sur Energy": between the company and a company
    word with a name the gazetteer does not know (a government is no "company")."""
    i = org.start - 1
    while i >= 0 and tokens[i].folded in ARTICLES:
        i -= 1
    if i < 0 or tokens[i].folded not in BETWEEN:
        return False
    k = org.end
    if k >= len(tokens) or tokens[k].folded not in COORDINATORS:
        return False
    k += 1
    while k < len(tokens) and tokens[k].folded in ARTICLES:
        k += 1
    return k + 1 < len(tokens) and _is_company_word(tokens[k].folded) and tokens[k + 1].text[:1].isupper()


def _country_acts_on(party: Party, org: Mention, m, tokens: list[Token]) -> bool:
    """A country's name acting on a company without "with": "Italy picks Microsoft" (country, a
    partnership-family verb, the company) or "Le Canada et Cohere ont conclu un accord" (both as the
    subject of a deal)."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    if any(0 <= c.start - party.end <= 1 and 0 <= org.start - c.end <= 2 for c in family):
        return True
    # the country opens the sentence and a deal verb follows it before the company: "La Tunisie voisine
    # avait, elle, retenu Huawei" (not "L'Italie a été choisie par Microsoft")
    names_between = [x for x in m["org"] + m["country"] + m["gov"] if party.end <= x.start < org.start]
    if not party.coreference and all(t.folded in ARTICLES for t in tokens[:party.position]) and not names_between \
            and any(party.end <= c.start < org.start for c in family) and tokens[org.start - 1].folded not in BY \
            and not any(_is_company_word(t.folded) for t in tokens[party.end:org.start]):
        return True
    if 0 < org.start - party.end <= 3 and not names_between and tokens[org.start - 1].folded in FROM_SELLER \
            and any(c.entry.value == "procurement" and c.start > party.end for c in family):
        return True   # "hatte Estland bei Helsing Software gekauft", "Estland kaufte bei Helsing"
    if org.end <= min((c.start for c in family), default=-1) and any(org.end <= c.start and c.end <= party.position
                                                                      for c in family) \
            and _country_after_with(party, m, tokens) and not any(t.folded in INTERESTED for t in tokens) \
            and not any(c.entry.value in ("hedge", "negation") for c in m["cue"]):
        return True   # the company, its deal word, then "with" the country: "OpenAI signed similar agreements
        # with Estonia and Greece", "que já tinha assinado entendimentos com a Estónia e com a Grécia"
    if not party.coreference and all(t.folded in ARTICLES for t in tokens[:party.position]) \
            and not any(x.entry.kind != "demonym" for x in names_between) \
            and any(c.start > org.end and any(t.folded in UNDER_A_DEAL for t in tokens[max(org.end, c.start - 3):c.start])
                    for c in family) and not any(c.entry.value in ("hedge", "negation") for c in m["cue"]):
        return True   # the country uses the company's product under a deal: "Belarus will add an assistant built on
        # Sber's GigaChat model to its portal, under an agreement signed in Minsk"
    between = tokens[party.end:org.start]
    # "Nederland, Ghana en Google hebben dinsdag in de Ghanese hoofdstad een overeenkomst getekend"
    return 0 < len(between) <= 2 and any(t.folded in COORDINATORS for t in between) and any(
        0 <= c.start - org.end <= 8 and not any(org.end <= o.start < c.start for o in m["org"]) for c in family)


def _country_after_with(party: Party, m, tokens: list[Token]) -> bool:
    """"with Estonia", "with Estonia and Greece", "com a Estónia e com a Grécia": the country's name after
    "with", or listed after another one that is."""
    names = {i for c in m["country"] for i in range(c.start, c.end)}
    for i in range(party.position - 1, max(-1, party.position - 9), -1):
        if tokens[i].folded in WITH:
            return True
        if not (tokens[i].folded in ARTICLES or tokens[i].folded in COORDINATORS or i in names):
            return False
    return False


def _coordinated_with_a_name(org: Mention, m, tokens: list[Token]) -> bool:
    """"Leonardo e la tedesca Helsing hanno firmato", "Naver e Samsung hanno stretto un'alleanza": the
    company is paired with a name the gazetteer does not know (another company, most likely), not with a
    government."""
    known = _positions(m["country"] + m["gov"] + m["org"] + m["subnational"])
    if org.start == 0 and org.end + 1 < len(tokens) and tokens[org.end].folded in COORDINATORS \
            and tokens[org.end + 1].text[:1].isupper() and (org.end + 1) not in known \
            and tokens[org.end + 1].folded not in NOT_NAMES:
        return True
    i = org.start - 1
    while i >= 0 and (tokens[i].folded in ARTICLES or _is_company_word(tokens[i].folded)
                      or (i in known and any(c.start <= i < c.end and c.entry.kind == "demonym" for c in m["country"]))
                      # "Conclusion en het Franse AI-bedrijf Mistral AI": a compound's acronym before its company word
                      or (tokens[i].text in COMPOUND_ACRONYMS and i + 1 < org.start and _is_company_word(tokens[i + 1].folded))):
        i -= 1
    if i < 1 or tokens[i].folded not in COORDINATORS:
        return False
    # "Sopra Steria Nederland en Databricks": a group's national company, its country the last word of its name
    unit = next((c for c in m["country"] if c.end == i and c.entry.kind == "name" and c.start >= 1
                 and (c.start - 1) not in known and tokens[c.start - 1].text[:1].isupper()
                 and tokens[c.start - 1].folded not in NOT_NAMES | ARTICLES), None)
    if unit is not None:
        i = unit.start
    name = tokens[i - 1]
    if not name.text[:1].isupper() or (i - 1) in known:
        return False
    # "El Ministerio de Cultura y la empresa ElevenLabs", "das Ministerium für Kommunikation, Telekommunikation
    # und Digitales und Mistral AI": the name is the ministry's portfolio
    j = i - 2
    while j >= 0 and i - 1 - j <= 6 and j not in known and (
            tokens[j].text[:1].isupper() or tokens[j].folded in NAME_LINKS | ARTICLES):
        j -= 1
    return not (j >= 0 and any(g.start <= j < g.end for g in m["gov"]))


def _people_subject(m, tokens: list[Token]) -> bool:
    """"Mientras tanto, los ciudadanos escriben a ChatGPT": people, not a government, do what the sentence says
    of the company (no government word before them)."""
    first = min((x.start for x in m["org"] + m["gov"] + m["country"]), default=len(tokens))
    return any(t.folded in PEOPLE and (i == 0 or tokens[i - 1].folded in ARTICLES) for i, t in enumerate(tokens[:first]))


def _unknown_subject(m, tokens: list[Token], language: str = "") -> bool:
    """"Capita has signed a five-year agreement with Microsoft": a name the gazetteer does not know opens
    the sentence and signs; the deal is that company's."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    if not family:
        return False
    if language in V2_LANGUAGES and any(any(c < x.start <= c + 2 for c in family) and (
            tokens[x.start - 1].folded in ARTICLES | V2_DETERMINERS or tokens[x.start - 1].text.isdigit())
            for x in m["country"] + m["gov"]):
        return False   # "Zugleich unterzeichnete das Ministerium …", "Eine Vereinbarung unterzeichneten das
        # Ministerium …", "Parallel testen drei Behörden …": the verb second, its subject after it
    # "A Petrobras, por sua vez, fechou com a Nvidia…": the name may follow an article and an aside
    name = 1 if len(tokens) > 1 and tokens[0].folded in ARTICLES and tokens[0].text[:1].isupper() else 0
    # (after the whole name: "Tata Consultancy Services has signed a partnership")
    run = next((k for k in range(name + 1, min(len(tokens), name + 4)) if not tokens[k].text[:1].isupper()), name + 1)
    reach = run + 1 if name == 0 else 6
    if not name + 1 <= min(family) <= name + reach or not tokens[name].text[:1].isupper() \
            or tokens[name].folded in NOT_NAMES | JOINTLY | AMONG or _is_we(tokens[name]):
        return False   # "Firmó además un convenio", "Tenemos un contrato con IBM": a verb, no subject ("Tra i
        # beneficiari figurano Sakana AI": a preposition)
    if tokens[name + 1].folded in COPULAS:
        return False   # "Grundlage sind Vereinbarungen, die die Regierung … geschlossen hatte": a German noun
        # with "is" names what the deal is, it does not sign one
    if any(x.start < min(family) for x in m["country"] + m["gov"] + m["org"] + m["subnational"]):
        return False   # "Services partagés Canada a attribué", "Saoedisch ministerie bestelt"
    return True


def _company_subject(m, tokens: list[Token]) -> bool:
    """"ANCAP, la petrolera estatal, firmó con Google Cloud", "La empresa ANCAP firmó…": a company word
    before the deal word describes its subject, which is no government body (not even in a section)."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and any(_is_company_word(t.folded) for t in tokens[:min(family)]) \
        and not any(g.start < min(family) for g in m["gov"])


def _company_in_apposition(m, tokens: list[Token]) -> bool:
    """A name opens the sentence, described between commas as a company before the deal word: "Safaricom, de
    grootste telecomaanbieder van het land, heeft een overeenkomst gesloten met Google Cloud"."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return bool(family) and len(tokens) > 2 and tokens[0].text[:1].isupper() and _punctuated(tokens, 1) \
        and tokens[1].folded in ARTICLES and any(_is_company_word(t.folded) for t in tokens[2:min(family)]) \
        and not any(g.start < min(family) for g in m["gov"])


def _group_reference(tokens: list[Token]) -> bool:
    """"the three countries", "les deux gouvernements", "de drie premiers", or a plural pronoun opening
    the sentence ("They signed a letter of intent with Nvidia")."""
    return tokens[0].folded in PLURAL_PRONOUNS or any(t.folded in GROUP_NUMBERS for t in tokens[:8]) or any(
        t.folded in JOINTLY for t in tokens[:3])   # "Gemeinsam unterzeichneten sie …"


def _asks_about_a_deal_made(tokens: list[Token]) -> bool:
    """"¿Qué firmó exactamente el MICITT con Intel?", "What did the ministry sign with Cohere?": a question about
    what a signed deal holds takes the deal as given (not "Will the ministry sign…?", "Did it sign…?")."""
    return len(tokens) > 2 and tokens[0].folded in WHAT_WORDS and tokens[1].folded in SIGNED_WORDS


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip('"»”\'').rstrip().endswith("?")


def _company_subject_before(previous, voice: str) -> bool:
    """The sentence before opens with the company the article is about, by name or as "the company"."""
    _, tokens, m = previous
    if not m or len(tokens) < 3:
        return False
    if m["org"] and m["org"][0].start <= 1 and m["org"][0].entry.value == voice:
        return True
    # "La empresa de Toronto …", "The Toronto company …"
    return tokens[0].folded in DEFINITE and any(_is_company_word(t.folded) for t in tokens[1:3]) and not m["org"]


def _partner_after_deal_with(parties: list[Party], m, tokens: list[Token], language: str) -> list[Party]:
    """The named governments after a deal word and "with", with no name before the deal word (its subject
    is dropped, or a pronoun): "en 2025 firmó sendos memorandos con los gobiernos de Canadá y del Reino Unido"
    (German capitalises every noun: "Im vergangenen Jahr unterzeichnete es …")."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    first = min(c.start for c in family)
    if (language != "de" and any(t.text[:1].isupper() for t in tokens[1:first])) \
            or any(p.position < first for p in parties) \
            or any(c.entry.value in ("hedge", "negation") for c in m["cue"]):
        return []
    named = sorted((p for p in parties if not p.coreference), key=lambda p: p.position)
    if not named or not any(t.folded in WITH for t in tokens[max(first, named[0].position - 3):named[0].position]):
        return []
    return [named[0]] + [p for p in named[1:] if p.group or _coordinated(named[0], p, tokens)]


def _pronoun_subject(tokens: list[Token]) -> bool:
    """"It signed…", "Last November it signed…": a company pronoun among the first words."""
    return any(t.folded in IT and t.text.islower() or t.text in ("It", "Il", "Elle") for t in tokens[:4])


def _speaks_of_the_company(tokens: list[Token]) -> bool:
    """The sentence speaks of "the company" (a definite company word, perhaps "the Paris-based company")
    within its first words."""
    return any(tokens[i].folded in DEFINITE and any(
        _is_company_word(tokens[j].folded) and (j == i + 1 or tokens[j - 1].folded == "based")
        for j in range(i + 1, min(len(tokens), i + 6))) for i in range(min(len(tokens) - 1, 8)))


def _we_with(party: Party, tokens: list[Token], it: bool = False, you: bool = False) -> bool:
    """"we're announcing a partnership with Ghana's Ministry of Communication", "the memorandum we signed
    with Ottawa": "we" (or the company's "it") before the government, which follows "with" (right after
    it, for a country's name)."""
    reach = 2 if party.actor_kind == "country" else 4
    # "onze samenwerking met de Rijksdienst…", "our work with the Civil Service Commission": "our" owns it
    # (Dutch "ons werk met Defensie": "ons" is "our" before a neuter noun, not only "us")
    # (in an interview with the company, the question's "you": "Last year you signed memorandums with both
    # Ottawa and London")
    subject = (lambda t: t.folded in IT) if it else (
        lambda t: _is_we(t) or t.folded in OUR or t.folded == "ons" or (you and t.folded in YOU))
    # a party spanning "no Chile, colaboramos com o Ministério" has its "we" and "with" inside the span
    head = party.position if party.actor_kind == "country" else party.end - 1
    if not it and tokens[0].folded in WITH and party.position <= 4:   # "Met de Deense … werken we aan…"
        return any(subject(t) for t in tokens[party.end:party.end + 4])
    return any(subject(t) for t in tokens[:head]) and any(
        t.folded in WITH or (t.folded in SERVE_VERBS and not it) for t in tokens[max(0, party.position - reach):head])


def _with_you(party: Party, m, tokens: list[Token]) -> bool:
    """An interview's question: "Ottawa signed a memorandum of understanding with you in August" (the
    government before the deal word, the company answering after "with")."""
    family = [c for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY]
    return any(party.end <= c.start and any(
        tokens[k].folded in WITH and tokens[k + 1].folded in YOU_OBJECTS
        for k in range(c.end, min(len(tokens) - 1, c.end + 6))) for c in family)


def _at_home(tokens: list[Token]) -> bool:
    """The sentence opens with "at home", "in patria", "chez nous" (after at most two words)."""
    words = tuple(t.folded for t in tokens[:6])
    return any(_phrase_at(words, i, AT_HOME) for i in range(min(3, len(words))))


def _phrase_at(words: tuple[str, ...], i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases starts at words[i] (most words begin none, so the first word is checked first)."""
    return words[i] in _first_words(phrases) and any(words[i:i + len(p)] == p for p in phrases)


def _coordinated_parties(chosen: list[Party], parties: list[Party], tokens: list[Token]) -> list[Party]:
    """The named bodies listed right after a chosen one: "our contracts with Uruguay's Ministry of Public Health
    and the Rwanda Biomedical Centre"."""
    out: list[Party] = []
    for p in sorted(parties, key=lambda p: p.position):
        last = (chosen + out)[-1] if chosen + out else None
        if p in chosen or last is None or p.coreference or p.position < last.end or p.country == last.country:
            continue
        between = tokens[last.end:p.position]
        # (the first body's name may run on past what the gazetteer matched: "Ministry | of Public Health")
        k = next((i for i, t in enumerate(between) if t.folded in COORDINATORS), None)
        if k is not None and k <= 4 and all(t.text[:1].isupper() or t.folded in GENITIVE_WORDS for t in between[:k]) \
                and all(t.folded in ARTICLES for t in between[k + 1:]):
            out.append(p)
    return out


def _deal_with(party: Party, m, tokens: list[Token]) -> bool:
    """A deal word, "with" and the government body: in a company's own post, "Die Vereinbarung mit dem
    Ministerium läuft ein Jahr" is the company's deal even with no "we" in the sentence (and an order "of" the
    body is one it placed: "Für uns ist es der erste Auftrag einer norwegischen Behörde")."""
    return any(c.entry.value in PARTNERSHIP_FAMILY and c.end < len(tokens) and (
        tokens[c.end].folded in WITH or (c.entry.value == "procurement" and tokens[c.end].folded in ORDER_OF
                                         and tokens[c.end - 1].folded in ORDER_NOUNS))
        and 0 < party.position - c.end <= 3 for c in m["cue"])


def _chose_us(party: Party, m, tokens: list[Token], language: str) -> bool:
    """The government acts, then a partnership cue and "us"/"our" follow it: "el IGSS nos ha seleccionado
    como proveedor", "la DIAN, que eligió nuestra nube"."""
    us = [i for i, t in enumerate(tokens) if i >= party.end and (t.folded in US or (   # Italian "ci ha affidato"
        language == "it" and t.folded == "ci" and i + 1 < len(tokens) and tokens[i + 1].folded in IT_AUXILIARIES))
          and t.text != "US"   # the country
          and not (language == "pt" and t.folded == "nos" and not _pt_clitic_before_verb(tokens, i))]
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY and c.start >= party.end]
    before = party.position - 1
    while before > 0 and tokens[before].folded in ARTICLES:
        before -= 1
    if language in GENITIVE_S_LANGUAGES and before >= 0 and tokens[before].folded in US_OBJECTS:
        # the verb second, its object before the subject: "Nach der Ausschreibung hat uns das Ministerium den
        # Zuschlag erteilt", "Vorige maand heeft ons het ministerie de opdracht gegund"
        return bool(family) and min(family) - party.end <= 20
    return bool(us) and bool(family) and min(us) - party.end <= 20


def _pt_clitic_before_verb(tokens: list[Token], i: int) -> bool:
    """Portuguese "nos" is "us" before a verb ("nos concedeu um contrato"), "in the" before a noun."""
    return i + 1 < len(tokens) and tokens[i + 1].folded.endswith(
        ("eu", "ou", "iu", "aram", "eram", "iram", "ara", "era", "ira"))


def _we_deal_with(m, tokens: list[Token], you: bool = False) -> bool:
    """"We signed a letter of intent with Microsoft": first person plural (or, in an interview, the
    question's "you") before the cue, the company after "with", and no other name before the cue."""
    first_cue = min(c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
    last_cue = max(c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
    bought_of = any(o.start > 0 and tokens[o.start - 1].folded in GENITIVE_WORDS and any(
        c.end == o.start - 1 and c.entry.value == "procurement" for c in m["cue"]) for o in m["org"])
    # the subject may follow the verb ("In der Justiz testen wir mit Mistral AI"), or "our" owns the deal
    ours = any(tokens[k].folded in OUR for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY
               for k in range(max(0, c.start - 2), c.start))
    if you and any(t.folded in US_OBJECTS and t.text != "US" for o in m["org"] for t in tokens[o.end:o.end + 2]):
        return True   # the official answering: "Google nous accompagne, au titre d'un accord signé en 2024"
    # (German's polite "Sie" is capitalised; "sie" is she or they)
    partners = {o.entry.value for o in m["org"] if _after_with(o, tokens, _demonyms(m))}
    # the company right after a verb of choosing or buying, or right before a participle of hiring: "Nous avons
    # retenu Databricks", "a nossa plataforma roda no Databricks, contratado em 2024"
    partners |= {o.entry.value for o in m["org"] for c in m["cue"] if c.entry.value == "procurement"
                 and (0 <= o.start - c.end <= 1 or 0 < c.start - o.end <= 1)}
    # … or after a number of its products: "last year we bought a few hundred Copilot licences"
    partners |= {o.entry.value for o in m["org"] for c in m["cue"] if c.entry.value == "procurement"
                 and 1 < o.start - c.end <= 4 and any(t.text[:1].isdigit() or t.folded in COUNT_WORDS
                                                      for t in tokens[c.end:o.start])
                 and all(not t.text[:1].isupper() for t in tokens[c.end:o.start])}
    if any(r.start < first_cue for r in m["subnational"]):
        return False   # "Mais perto de nós, o Governo Regional dos Açores fechou com a Microsoft…": a region's deal
    # (the partner may be named before, then "mit dem Konzern": "Das Modell kommt von Google Cloud, den
    # Pilotbetrieb haben wir mit dem Konzern vereinbart")
    return (ours or any(_is_we(t) or (you and (t.folded in YOU or t.text == "Sie")) for t in tokens[:last_cue + 2])) and not any(
        o.start < first_cue and not _after_with(o, tokens) and o.entry.value not in partners for o in m["org"]) and (
        bool(partners) or bought_of)   # "licenties van DeepL gekocht"


def _company_won(m, tokens: list[Token]) -> bool:
    """A company, then a verb of winning, and a tender or contract: "Amazon Web Services won the tender";
    or a verb of receiving anywhere beside a tender word: "Den Zuschlag hat nun Databricks erhalten"."""
    wins = [i for i, t in enumerate(tokens) if t.folded in WIN]
    if wins and m["org"][0].start < wins[0] and any(c.entry.value == "procurement" and c.start > wins[0]
                                                   for c in m["cue"]):
        return True
    if wins and 0 < m["org"][0].start - wins[0] <= 2 and any(c.entry.value == "procurement" and c.start > m["org"][0].end
                                                             for c in m["cue"]):
        return True   # the winner after the verb: "Ha vinto Microsoft, con un contratto triennale"
    receives = [i for i, t in enumerate(tokens) if t.folded in RECEIVE]
    return bool(receives) and not any(c.entry.value == "partnership" for c in m["cue"]) and any(
        c.entry.value == "procurement" for c in m["cue"]) and not any(
        _after_with(o, tokens) for o in m["org"])


def _item_of_a_list(tokens: list[Token]) -> bool:
    """The sentence opens with an item of a list, the first one too: "O primeiro, com a Microsoft, …"."""
    return len(tokens) >= 2 and tokens[0].folded in ARTICLES and tokens[1].folded in ORDINALS | FIRST


def _deals_counted(sentences) -> str | None:
    """The deal type of a counted list of deals in these sentences: "fechou dois contratos", "two contracts"."""
    for _, tokens, m in reversed(sentences):
        for c in (m or {}).get("cue", []):
            if c.entry.value in PARTNERSHIP_FAMILY and c.start >= 1 and (
                    tokens[c.start - 1].folded in COUNTS or tokens[c.start - 1].text in ("2", "3")):
                return c.entry.value
            # (the count after the deal word: "a attribué ce mois-ci deux marchés distincts")
            if c.entry.value in PARTNERSHIP_FAMILY and any(
                    t.folded in COUNTS and k + 1 < len(tokens) and tokens[k + 1].folded in CONTRACT_NOUNS
                    for k, t in enumerate(tokens[c.end:c.end + 5], start=c.end)):
                return c.entry.value
    return None


def _in_the_running(org: Mention, m, tokens: list[Token]) -> bool:
    """"Oracle e Ibm in gara per il triage", "IBM et Oracle restent en lice": the company (or the list of companies
    it ends or opens) is still bidding."""
    end = org.end
    for o in sorted(m["org"], key=lambda o: o.start):
        if o.start > end and o.start - end <= 1 and all(t.folded in COORDINATORS for t in tokens[end:o.start]):
            end = o.end   # the list goes on: "Oracle e Ibm"
    starts = [end] + ([end + 1] if end < len(tokens) and tokens[end].folded in RUNNING_VERBS else [])
    return any(k < len(tokens) and tokens[k].folded in RUNNING_FIRST_WORDS
               and tuple(t.folded for t in tokens[k:k + len(p)]) == p for p in IN_THE_RUNNING for k in starts)


def _signed_by_a_region(chosen: list[Party], org: Mention, m, parties: list[Party], tokens: list[Token]) -> bool:
    """"In Sudafrica la sanità pubblica è …, e il memorandum firmato dal dipartimento della Salute del Gauteng con
    Amazon Web Services": a region's body, the agent ("by") between the national party and the company, made the deal."""
    first = min((p.end for p in chosen), default=org.start)
    return any(first <= g.start < org.start and g.start >= 1 and tokens[g.start - 1].folded in BY
               and not any(p.position <= g.start < p.end for p in parties)
               and any(0 <= r.start - g.end <= SUBNATIONAL_WINDOW and r.end <= org.start for r in m["subnational"])
               for g in m["gov"])


def _counted_item(tokens: list[Token], m, has_cue: bool, analysed, index: int,
                  recent_actors: list[tuple[int, Party]]) -> tuple[str, Party] | None:
    """The deal type and the body of an item of counted deals: a sentence opening "O primeiro, com a Microsoft"
    (no deal word of its own) after "fechou dois contratos", or one opening with its company after "heeft twee
    opdrachten gegund" (the list's earlier items opening with theirs): the body of the sentence that counted them."""
    if not has_cue and _item_of_a_list(tokens) and (deal := _deals_counted(analysed[max(0, index - 3):index])):
        recent = [p for i, p in recent_actors if index - i <= 3]
        return (deal, recent[-1]) if recent else None
    head = _list_head(analysed[:index]) if _opens_with_company(tokens, m) else None
    if head is not None and (deal := _deals_counted(analysed[head:head + 1])):
        recent = [p for i, p in recent_actors if index - i <= 4]
        counting = [p for i, p in recent_actors if i == head]
        if recent:
            return deal, (counting or recent)[-1]
    return None


def _list_head(sentences) -> int | None:
    """The index of the sentence before a run of (at most four) sentences that each open with a company (or go on
    with the company of the one before): the sentence the items of a list follow."""
    def item(k: int) -> bool:
        return bool(sentences[k][2]) and _opens_with_company(sentences[k][1], sentences[k][2])

    def orgs(k: int) -> set[str]:
        return {o.entry.value for o in sentences[k][2]["org"]} if sentences[k][2] else set()

    k, floor = len(sentences), max(0, len(sentences) - 4)
    while k > floor:
        if item(k - 1):
            k -= 1
        elif k - 2 >= floor and item(k - 2) and orgs(k - 1) <= orgs(k - 2):
            k -= 2   # an item told in two sentences: "A AWS vai hospedar o cadastro. Como a empresa não tem …, a AWS …"
        else:
            break
    return k - 1 if k else None


def _opens_with_company(tokens: list[Token], m) -> bool:
    """The sentence opens with a company, after at most an article and "já": "Oracle verhuist …", "A Amazon Web
    Services (AWS) vai hospedar …", "Já a Databricks fornecerá …"."""
    return bool(m["org"]) and all(t.folded in ARTICLES or (k == 0 and t.folded == "ja")
                                  for k, t in enumerate(tokens[:m["org"][0].start]))


def _second_of_a_list(tokens: list[Token]) -> bool:
    """The sentence opens with the second (or a later) item of a list: "O segundo foi firmado…", "Le second est…",
    "Perceel 2, voor documentanalyse, …"."""
    if len(tokens) >= 2 and tokens[0].folded in ARTICLES and tokens[1].folded in ORDINALS:
        return True
    return len(tokens) >= 2 and tokens[0].folded in LOT_WORDS and tokens[1].text.isdigit() and tokens[1].text != "1"


def _subject_is_previous(m, tokens: list[Token], language: str = "") -> bool:
    """No company or country before the first partnership cue, and a company after "with": "It signed
    a memorandum with Mistral AI", "Firmó un convenio con Meta" (the subject is a pronoun or dropped)."""
    first_cue = min(c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY)
    if language == "de" and _german_pronoun(tokens) and not m["country"] + m["subnational"] and m["org"] \
            and all(_after_with(o, tokens, _demonyms(m)) for o in m["org"] if o.start < first_cue):
        # "Im Vorjahr hatte es mit Microsoft einen Rahmenvertrag geschlossen": German names the partner
        # before the deal word; the pronoun is the previous sentence's government
        return True
    if language != "de" and not m["country"] + m["subnational"] + m["gov"] \
            and (before := [o for o in m["org"] if o.start < first_cue]) and first_cue - before[-1].end <= 2 \
            and not any(c.start < before[0].start for c in m["cue"]) \
            and all(_after_with(o, tokens, _demonyms(m)) or _together_with(o, tokens) for o in before) \
            and not any(t.text[:1].isupper() and t.folded not in CALENDAR for t in tokens[1:before[0].start - 1]) \
            and not _the_company_before(m, tokens):
        # "En 2024 desarrolló junto a Microsoft un piloto", "En 2023, elle avait mené avec IBM un projet pilote":
        # the partner before the deal word, and no subject named (one dropped, or a pronoun)
        return True
    if any(x.start < first_cue for x in m["org"] + m["country"] + m["subnational"]):
        return False
    if language != "de" and any(t.text[:1].isupper() and t.folded not in CALENDAR for t in tokens[1:first_cue]):
        return False   # "O Serpro, empresa pública, fechou acordo com a Oracle": a subject we do not know
    if _the_company_before(m, tokens):
        return False
    if any(r.start < m["org"][0].start for r in m["subnational"]):
        return False   # "el convenio que la Xunta firmó con Microsoft": the region signed it
    awarded = any(c.entry.value == "procurement" for c in m["cue"])
    return any(o.start > first_cue and (_after_with(o, tokens, _demonyms(m))
                                        or (awarded and _after_with(o, tokens, _demonyms(m), TO_WORDS))
                                        or (awarded and _bought_from(o, tokens))
                                        or _product_of(o, tokens))
               for o in m["org"])   # "Elle a attribué à la société allemande Aleph Alpha un marché"


def _together_with(org: Mention, tokens: list[Token]) -> bool:
    """"junto a Microsoft", "assieme a Google": "together" and "to" right before the company (as find_mentions reads
    a government's "insieme alla")."""
    return org.start >= 2 and tokens[org.start - 1].folded in TOGETHER_WITH and tokens[org.start - 2].folded in TOGETHER


def _bought_from(org: Mention, tokens: list[Token]) -> bool:
    """"elle avait acheté auprès de Microsoft", "hatte es bei Helsing bestellt": the seller of a purchase."""
    return (org.start >= 1 and tokens[org.start - 1].folded in FROM_SELLER) or (
        org.start >= 2 and tokens[org.start - 2].folded == "aupres" and tokens[org.start - 1].folded in ("de", "d"))


def _german_pronoun(tokens: list[Token]) -> bool:
    """"es", "sie" or "er" among the first words (not "Sie" opening the sentence: the polite "you")."""
    return any(t.text.lower() in ("es", "sie", "er") and (i or t.text != "Sie") for i, t in enumerate(tokens[:4]))


def _not_chosen(org: Mention, tokens: list[Token]) -> bool:
    """"Norway picks Kongsberg over Anduril", "a préféré OVHcloud au lieu de Google": the rival left out."""
    start = org.start
    while start and org.start - start < 2 and tokens[start - 1].folded in ARTICLES | WITH:
        start -= 1   # "statt mit Anduril", "instead of the Google cloud"
    for end in range(start, org.start + 1):   # "au lieu de Google": "de" is an article too
        before = tuple(t.folded for t in tokens[max(0, end - 4):end])
        if any(before[len(before) - len(phrase):] == phrase for phrase in INSTEAD_OF if len(before) >= len(phrase)):
            return True
    return start >= 3 and tokens[start - 1].folded == "over" and any(
        t.folded in CHOOSE for t in tokens[max(0, start - 5):start - 1])


def _product_of(org: Mention, tokens: list[Token]) -> bool:
    """"Seit Oktober testet sie ein Sprachmodell von Mistral AI": the company's product is what is tested."""
    if org.start < 2 or tokens[org.start - 1].folded not in GENITIVE_WORDS | {"from"}:
        return False
    word = tokens[org.start - 2].folded
    return (word in WITH_BRIDGE and word not in GENITIVE_WORDS) or word.endswith(("modell", "model", "modelo",
                                                                                   "modello", "modele"))


def _orgs_coordinated(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    lo, hi = sorted((a, b), key=lambda o: o.start)
    between = tokens[lo.end:hi.start]
    if any(t.folded in COMPETE for t in between):
        return False   # "Mistral AI aims to compete with OpenAI": rivals, not a group of partners
    # "mit Microsoft und dem emiratischen KI-Konzern G42": articles and company words do not count
    words = [t for t in between if t.folded not in ARTICLES and not _is_company_word(t.folded)]
    return not between or (len(words) <= 4 and any(t.folded in COORDINATORS | WITH for t in between))


def _with_group(org: Mention, m, tokens: list[Token], clause_of: list[int]) -> tuple[bool, bool]:
    """(is a partner, is introduced by "with"). With several companies in a clause and one introduced
    by "with", the partners are that one and those listed with it ("with OpenAI, Anthropic and
    Google"), not "acquired by AMD"."""
    modifiers = _demonyms(m)
    here = [o for o in m["org"] if clause_of[o.start] == clause_of[org.start] and o.entry.value != org.entry.value]
    # (not "alongside": "Upstage is one of five teams picked by the Ministry …, alongside LG AI Research, Naver
    # Cloud": the companies after it stand beside the one before, they are not its partners)
    anchors = [o for o in here + [org] if _after_with(o, tokens, modifiers, WITH - {"alongside"})]
    # (not one after a comma and "and" that opens a clause of its own: "UWV kocht licenties voor Copilot van
    # Microsoft, en de Sociale Verzekeringsbank begon een proef met Gemini van Google")
    anchors = [a for a in anchors if not (org.end <= a.start and any(
        _punctuated(tokens, k) and tokens[k].folded in COORDINATORS for k in range(org.end, a.start)))]
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


def _beneficiary(party: Party, tokens: list[Token]) -> bool:
    """"KPN en Mistral AI slaan de handen ineen om Nederlandse overheden een dienst aan te bieden": the
    governments the two companies want to serve come after their deal word, not after "with"."""
    # (not a sentence-opening place: "A Seul il ministero della Scienza ha scelto…"; nor the agent after "by":
    # "signé jeudi à Riga par le ministère letton")
    if any(t.folded in BY for t in tokens[max(0, party.position - 2):party.position]):
        return False
    return not any(t.folded in WITH for t in tokens[max(0, party.position - 3):party.position]) and any(
        t.folded in BENEFICIARY_WORDS and not (i == 0 and t.text[:1].isupper())
        for i, t in enumerate(tokens[:party.position]) if i >= party.position - 4)


def _allied_first(party: Party, tokens: list[Token]) -> bool:
    """A deal "with" some other name comes before the party: "an expanded alliance with Accenture to help …"."""
    return any(t.folded in WITH and k + 1 < party.position and tokens[k + 1].text[:1].isupper()
               for k, t in enumerate(tokens[:party.position]))


def _state_company_acts(org: Mention, m, tokens: list[Token]) -> bool:
    """"O ministério informa que o Serpro, empresa pública vinculada à pasta, mantém contrato com a Oracle": a name
    the gazetteer does not know, described as a state-owned company, then the deal word: the deal is that
    company's, not the ministry's that reports it (nor that of the ministry it answers to)."""
    family = [c.start for c in m["cue"] if c.entry.value in PARTNERSHIP_FAMILY and c.start < org.start]
    known = _positions(m["country"] + m["gov"] + m["org"] + m["subnational"])
    for j, name in enumerate(tokens[:max(family, default=0)]):
        if not name.text[:1].isupper() or j in known or name.folded in NOT_NAMES:
            continue
        word = next((k for k in (j + 1, j + 2) if k + 1 < len(tokens) and all(t.folded in ARTICLES for t in tokens[j + 1:k])
                     and ((_is_company_word(tokens[k].folded) and tokens[k + 1].folded in STATE_COMPANY)
                          or tokens[k].folded == "estatal")),   # "a Telebras, estatal vinculada ao Ministério"
                    None)
        if word is not None and any(c > word for c in family):
            return True
    return False


def _deal_of_a_name(org: Mention, m, tokens: list[Token]) -> bool:
    """"el acuerdo de Codelco con Google", "the deal of Petrobras with Nvidia": a deal word, then "of" and
    a name the gazetteer does not know, then "with" the company: that name's deal, whoever praises it."""
    i = org.start - 1
    while i >= 0 and tokens[i].folded in ARTICLES:
        i -= 1
    if i < 2 or tokens[i].folded not in WITH:
        return False
    name, genitive = tokens[i - 1], tokens[i - 2]
    known = _positions(m["country"] + m["gov"] + m["org"])
    return (name.text[:1].isupper() and (i - 1) not in known and genitive.folded in GENITIVE_WORDS
            and any(c.end == i - 2 and c.entry.value in PARTNERSHIP_FAMILY for c in m["cue"]))


def _pair(org: Mention, parties: list[Party], m, tokens: list[Token], clause_of: list[int], gaz: Gazetteer,
          language: str, section: bool = False):
    """The government parties of an organisation mention, each with relation type and confidence (in a
    newsletter's section, an unknown name opening the sentence is the section's body, not a company)."""
    here = clause_of[org.start]

    def clause(p: Party) -> int:
        # a party lent by an earlier line stands in no clause of this one: "Proveedores adjudicados (Lote 1):
        # Amazon Web Services …; Oracle Colombia Ltda.; Huawei …" are all the buyer's
        return here if p.carried else clause_of[min(p.position, len(clause_of) - 1)]

    same_clause = [p for p in parties if clause(p) == here]
    if same_clause:
        explicit = [p for p in same_clause if not p.coreference] or same_clause
        if all(p.actor_kind == "country" for p in explicit) and len({p.country for p in explicit}) == 1:
            # "Ottawa n'en est pas à son coup d'essai : l'Agence du revenu avait mené un pilote avec
            # OpenAI": the government word acts, the country's name only says which government it is.
            acting = [p for p in same_clause if p.coreference and p.actor_kind in ACTOR_KINDS
                      and p.country in {e.country for e in explicit}]
            explicit = acting or explicit
        awarded_to = any(c.entry.value in PARTNERSHIP_FAMILY and 0 < org.start - c.end <= 6 for c in m["cue"]) \
            and _after_with(org, tokens, _demonyms(m), TO_WORDS)   # "confie ses vidéos à Synthesia, la douane…"
        if awarded_to or any(_after_with(o, tokens, _demonyms(m)) for o in m["org"] if o.entry.value == org.entry.value):
            # "Greece signed a memorandum with OpenAI, and officials from Lithuania visited": the company
            # after "with" is the partner of the subject before it
            explicit = [p for p in explicit if p.end <= org.start] or [   # "la police nationale confie … à"
                p for p in same_clause if p.end <= org.start and p.actor_kind in ACTOR_KINDS] or explicit
        nearest = min(explicit, key=lambda p: (p.actor_kind == "country", _distance(p, org)))
        acting = [p for p in explicit if p.actor_kind == "country" and not p.coreference
                  and nearest.end <= p.position and p.end <= org.start
                  and any(c.entry.value in PARTNERSHIP_FAMILY and 0 <= c.start - p.end <= 2 for c in m["cue"])]
        if acting:
            # "le Met Office travaille avec Google DeepMind, et la Suisse a conclu un accord avec Nvidia": a
            # country named later as the subject of its own deal is the company's partner
            nearest = acting[-1]
        chosen = [nearest] + [p for p in explicit if p is not nearest and (
            _coordinated(p, nearest, tokens) or (p.group and nearest.group))]
        # (and a body listed with one of those: "Les Revenue Commissioners, …, et le HM Revenue and Customs (HMRC)")
        chosen += [p for p in explicit if p not in chosen and p.actor_kind != "country"
                   and any(c is not nearest and _coordinated(p, c, tokens) for c in chosen)]
        chosen += [p for p in same_clause if p not in explicit and p.actor_kind in ACTOR_KINDS
                   and any(_coordinated(p, c, tokens) for c in chosen)]   # a listed ministry of the context
        if org.start <= 1:
            # the company as the subject of two deals: "Helsing levert al technologie aan de Duitse Bundeswehr, en
            # werkt met het Britse ministerie van Defensie": each government right after its own deal word
            chosen += [p for p in explicit if p not in chosen and p.position > org.end and not p.coreference and any(
                c.entry.value in PARTNERSHIP_FAMILY and 0 <= p.position - c.end <= 2
                and all(t.folded in ARTICLES for t in tokens[c.end:p.position]) for c in m["cue"])]
    else:
        # No government in the organisation's own clause: borrow the sentence's one named government (or its one
        # government body, named by the article before: "Le ministère avait conclu un accord avec Mistral AI, puis
        # une convention avec l'université émiratie MBZUAI")
        named = [p for p in parties if not p.coreference] or [
            p for p in parties if p.actor_kind in ACTOR_KINDS and p.position < org.start and any(
                c.entry.value in PARTNERSHIP_FAMILY and clause_of[c.start] == here for c in m["cue"])]
        if len({p.country for p in named}) != 1:
            return []
        chosen = [min(named, key=lambda p: _distance(p, org))]
        explicit = []
    if any(t.folded in COMPETE for t in tokens[max(0, org.start - COMPETE_WINDOW):org.start]) or _not_chosen(org, tokens) \
            or _in_the_running(org, m, tokens):
        return []
    if _signed_by_a_region(chosen, org, m, parties, tokens):
        return []
    if _between_companies(org, m, tokens, parties) or _deal_of_a_name(org, m, tokens) \
            or _state_company_acts(org, m, tokens):
        return []
    partner, with_anchored = _with_group(org, m, tokens, clause_of)
    if not partner:
        return []
    same_org = [o for o in m["org"] if o.entry.value == org.entry.value and clause_of[o.start] == here]
    chosen_list = _chosen_list(org, m, tokens)
    if not with_anchored and not chosen_list and (any(o.entry.value != org.entry.value and clause_of[o.start] == here
                                  and any(_orgs_coordinated(o, s, tokens) for s in same_org) for o in m["org"])
                              or any(_coordinated_with_a_name(o, m, tokens) for o in same_org)) \
            or (_unknown_subject(m, tokens, language) and not section):
        # "SAP and OpenAI announced a partnership to serve authorities": a deal between companies (whichever
        # mention of the company: "Naver e Samsung … i modelli HyperCLOVA X"), unless a named government is
        # itself a party in the clause.
        def a_party(p: Party) -> bool:
            # (a body named in full as the subject, whose country alone comes from the article: "Il ministero
            # della Scienza e delle TIC ha confermato LG AI Research e Upstage tra i consorzi ammessi")
            return (p.carried or not p.coreference or (p.position <= 2 and p.end <= org.start and _named_body(p, tokens))) \
                and p.actor_kind not in ("country", "public_service") and not _beneficiary(p, tokens)

        # (the clause's other named body, when the nearest is only the deal's beneficiary: "Il ministero … ha
        # rinnovato gli accordi alla base di «AI Leap», il programma che dà … accesso a ChatGPT Edu e a Claude")
        chosen = [p for p in chosen if a_party(p)] or [p for p in explicit if a_party(p)]
    out = []
    for party in chosen:
        if party.actor_kind == "country" and not with_anchored and not _country_acts_on(party, org, m, tokens):
            continue   # a country named as an actor must deal *with* the company: "Greece signed with OpenAI"
        if party.actor_kind == "country" and party.country == gaz.org_hq.get(org.entry.value) \
                and _distance(party, org) <= DESCRIBE_WINDOW \
                and not any(c.start == party.position and _capital_acts(c, m) for c in m["country"]):
            continue   # "OpenAI, the US company": a home-country name next to its company describes it
        clauses = {here, clause(party)} | ({0} if party.carried else set())   # the lent deal word opens the line
        # (the courts as the party are no lawsuit: "Os tribunais dos Países Baixos vão recorrer à … DeepL",
        # "Portugal's Supreme Court of Justice has signed a protocol …, the court announced")
        cues = _own_cues(org, [c for c in m["cue"] if (clause_of[c.start] in clauses or _nothing_signed(c, tokens))
                               and not (c.entry.value == "litigation" and (
                                   party.position <= c.start < party.end
                                   or (party.actor_kind == "court" and c.end - c.start == 1
                                       and tokens[c.start].folded in COURT_WORDS)
                                   or _court_names_a_body(c, m, tokens)))],
                         m, tokens, language)
        rtype, strength = _relation_type(cues, tokens, party.actor_kind, language)
        if party.actor_kind in WEAK_ROLES and rtype == "partnership" and (not _after_with(org, tokens, _demonyms(m)) or any(
                o.start < org.start and o.entry.value != org.entry.value and clause_of[o.start] == here for o in m["org"])):
            # a regulator's own deal is made with the company ("La AESIA sella con Hugging Face una alianza"), not
            # one it rules on ("cleared Microsoft's partnership with OpenAI")
            rtype, strength = "other", 0.4
        # (a long list of the chosen is as near as its first name: "… geselecteerd, onder wie A, B en C")
        confidence = party.strength * strength * (1.0 if _distance(party, org) <= 12 or chosen_list else 0.85)
        if rtype in PARTNERSHIP_FAMILY and confidence < MIN_PARTNERSHIP_CONFIDENCE:
            rtype = "other"
        out.append((party, rtype, min(1.0, max(0.0, confidence))))
    return out


def _court_names_a_body(cue: Mention, m, tokens: list[Token]) -> bool:
    """A court word that opens a body's name is no lawsuit: "the National Court Administration has agreed with
    Naver", "the court administration said"."""
    return cue.end - cue.start == 1 and tokens[cue.start].folded in COURT_WORDS \
        and any(g.start == cue.end for g in m["gov"])


def _own_cues(org: Mention, cues: list[Mention], m, tokens: list[Token], language: str) -> list[Mention]:
    """The clause's cues that speak of this company's deal, once it has a plain (not negated, not hedged) one."""
    # the company as the buyer: "Microsoft compró el terreno a un promotor privado"
    # (opening the sentence, the verb right after it: not "van Nvidia gekocht", "Microsoft Azure environment, bought")
    cues = [c for c in cues if not (c.entry.value == "procurement" and tokens[c.start].folded in BUY_VERBS
                                    and c.end - c.start == 1 and org.start <= 1 and 0 <= c.start - org.end <= 1
                                    and language not in V2_LANGUAGES and not _punctuated(tokens, c.start))]
    # talks of its own, after other companies' deal: "Mexico tekent met Microsoft en Google, gesprekken met Amazon
    # lopen nog" (the deal word before the talks is the other companies')
    talks = [c for c in cues if c.entry.value == "other" and c.end <= org.start and org.start - c.end <= 3]
    if talks and any(o.end <= talks[-1].start and o.entry.value != org.entry.value for o in m["org"]):
        cues = [c for c in cues if not (c.entry.value in PARTNERSHIP_FAMILY and c.end <= talks[-1].start)]
    # "Comelec orders Synthesia to explain…": an order to the company is a regulator's, not a purchase
    cues = [Mention(Entry("cue", "regulation", strength=c.entry.strength), c.start, c.end)
            if c.entry.value == "procurement" and tokens[c.end - 1].folded in ORDER_VERBS and org.start == c.end
            and org.end < len(tokens) and tokens[org.end].folded == "to" else c for c in cues]
    # a treaty between two states is not the company's deal: "beruft sich auf das Investitionsschutzabkommen
    # zwischen Schweden und China"
    # (with what describes it: "the investment agreement between Lithuania and China signed in 1993")
    treaties = [(c.start, end + 3) for c in cues if (end := _between_countries(c, org, m, tokens))]
    cues = [c for c in cues if not (c.entry.value in PARTNERSHIP_FAMILY and any(a <= c.start < b for a, b in treaties))]
    # a bilateral treaty is between states, and a signed decree is a rule: "viola el acuerdo bilateral de protección
    # de inversiones", "el decreto de ciberseguridad firmado en 2023 por el Ministerio"
    cues = [c for c in cues if not (c.entry.value in PARTNERSHIP_FAMILY and (
        any(t.folded in BILATERAL for t in tokens[max(0, c.start - 1):c.end + 1])
        or any(t.folded in DECREES for t in tokens[max(0, c.start - 4):c.start])
        # (nor is a convention named after a capital: "el Convenio de Budapest", "the Budapest Convention")
        or (tokens[c.start].text[:1].isupper() and any(x.entry.kind == "capital" and (x.end == c.start or (
            x.start == c.end + 1 and tokens[c.end].folded in GENITIVE_WORDS)) for x in m["country"]))))]
    # an award to a rival is not the company's: "vindt dat DUO de opdracht ten onrechte aan een concurrent heeft gegund"
    if any(tokens[i].folded in RIVALS and any(t.folded in TO_WORDS for t in tokens[max(org.end, i - 3):i])
           for i in range(org.end, len(tokens))):
        cues = [c for c in cues if not (c.entry.value == "procurement" and org.end <= c.start)]
    # contracts the company competes for are not won: "disputa contratos de nuvem com órgãos públicos por meio de
    # parcerias com integradoras"
    bids = next((i for i in range(org.end, len(tokens)) if tokens[i].folded in BIDS_FOR
                 and any(c.entry.value == "procurement" and 0 < c.start - i <= 2 for c in cues)), None)
    if bids is not None:
        cues = [c for c in cues if not (c.entry.value in PARTNERSHIP_FAMILY and c.start > bids)]
    # nor is a tender the company was excluded from: "contestando a decisão que a afastou do concurso público"
    excluded = next((i for i in range(len(tokens)) if tokens[i].folded in EXCLUDED
                     and any(c.entry.value == "procurement" and 0 < c.start - i <= 3 for c in cues)), None)
    if excluded is not None:
        cues = [c for c in cues if not (c.entry.value in PARTNERSHIP_FAMILY and c.start > excluded)]
    # nor one it came second in: "La estadounidense Palantir, que se presentó al concurso …, quedó segunda"
    if any(tokens[i].folded in RANKED and any(t.folded in RUNNER_UP for t in tokens[i + 1:i + 4])
           for i in range(org.end, min(len(tokens), org.end + 16))) and not any(t.folded in WIN for t in tokens):
        cues = [c for c in cues if c.entry.value not in PARTNERSHIP_FAMILY]
    # a company among a tender's bidders, with no award in the sentence, has not won it: "Six companies, including
    # Oracle and Alibaba Cloud, have submitted bids", "se registraron tres propuestas: las de Salesforce y Oracle"
    # (not its bids elsewhere: "una referencia que Oracle ha exhibido en sus ofertas en otros países")
    # (nor the call for them: "retenue au terme d'un appel d'offres")
    if any(tokens[k].folded in BIDDERS and tokens[k - 1].folded not in POSSESSIVES
           and not (k >= 2 and tokens[k - 2].folded == "appel")
           for k in range(max(1, org.start - 8), min(len(tokens), org.end + 8))) \
            and not any(t.folded in AWARD_PARTICIPLES | WIN for t in tokens):
        cues = [c for c in cues if c.entry.value not in PARTNERSHIP_FAMILY]
    negated = {id(c) for c in cues if c.entry.value in PARTNERSHIP_FAMILY and _negated(c, tokens, language)}
    hedges = [c.start for c in cues if c.entry.value == "hedge"]
    plain = [c for c in cues if c.entry.value in PARTNERSHIP_FAMILY and id(c) not in negated
             and not any(h < c.start for h in hedges)]   # not "Asked whether Anthropic would … sign"
    if not plain:
        return cues
    # a hedge in a relative clause after the company qualifies what the deal does, not whether it exists: "el
    # memorando firmado con Anthropic, que explora el uso de Claude" (but "a deal with OpenAI that could be
    # signed next month" hedges a deal word of its own: the deal itself)
    cues = [c for c in cues if not (c.entry.value == "hedge" and c.start > org.end and any(
        p.end <= org.start for p in plain) and tokens[c.start - 1].folded in RELATIVE_SUBJECTS
        and not any(f.start > c.start and f.entry.value in PARTNERSHIP_FAMILY and _near(c, [f]) for f in cues))]
    # a negation after another company is that company's: "the memorandum with Microsoft, signed last year,
    # and talks with Nvidia that have yet to produce an agreement" (not "Microsoft en Google grijpen mis")
    later = [o.start for o in m["org"] if o.start > org.end and o.entry.value != org.entry.value
             and not _orgs_coordinated(org, o, tokens)]
    if later:
        cues = [c for c in cues if not (c.start > min(later) and (c.entry.value == "negation" or id(c) in negated))]
    # … and a negated deal word far after the company's own plain one is another matter: "firmaron un acuerdo
    # para ensayar un sistema que busca vertederos ilegales, extracciones sin licencia" (not a verb that calls
    # the deal off: "Las conversaciones para firmar un memorando … se han roto")
    nearest = min(_distance(c, org) for c in plain)
    return [c for c in cues if not (id(c) in negated and c.start > org.end and _distance(c, org) > nearest + 8
                                    and not _nothing_signed(c, tokens))]


def _between_countries(cue: Mention, org: Mention, m, tokens: list[Token]) -> int:
    """Where the countries end if the deal word is followed by "between" and two countries, and the company
    (named before it) is not among them; else 0."""
    if cue.entry.value not in PARTNERSHIP_FAMILY or cue.end >= len(tokens) or tokens[cue.end].folded not in BETWEEN \
            or org.start > cue.start:
        return 0
    named = [c for c in m["country"] if c.entry.kind in ("name", "capital") and cue.end < c.start <= cue.end + 8]
    if len({c.entry.value for c in named}) < 2:
        return 0
    end = max(c.end for c in named)
    return 0 if any(cue.end < o.start < end for o in m["org"]) else end


def _nothing_signed(cue: Mention, tokens: list[Token]) -> bool:
    """"…, pero no hay nada firmado", "nothing has been signed", "niente di firmato": a denial of any deal in
    the sentence, whichever clause it is in."""
    return cue.entry.value in PARTNERSHIP_FAMILY and any(t.folded in NOTHING for t in tokens[max(0, cue.start - 3):cue.start])


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
        pairs |= {(c, o.entry.value) for c in _countries_named(m) for o in m["org"]}
    return pairs
