"""Sentence splitting and tokenisation for en, fr, de, es, it, pt and nl.

Tokens are folded (case, accents) for matching but keep their original spelling, because some
names only count when capitalised ("Meta" the company, "meta" a goal in Spanish). Apostrophes
split tokens, so elisions (l'OpenAI, d'Anthropic, dell'Italia) need no special case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

MAX_TEXT_CHARS = 400_000      # longer texts are cut: bounded time per article
MAX_SENTENCE_CHARS = 1_200    # text without punctuation is cut into windows of this size

# Abbreviations that end in a period without ending the sentence (folded, without the period).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nr", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "m", "mme", "mlle", "me", "cf", "env", "av", "hr", "fr", "bzw", "ca", "z.b", "u.a", "d.h", "dt", "abs",
    "sr", "sra", "srta", "dra", "ud", "uds", "dott", "sig", "sig.ra", "ing", "avv", "on", "dhr", "mevr", "mw",
    "drs", "ir", "blz", "bijv", "o.a", "u.s", "u.k", "e.u", "p", "pp", "art", "min", "approx",
}

# Abbreviations that are also words ending a sentence: a number's ("No. 10", not Spanish "cuáles no."), and
# titles written with a capital ("Me Dupont", "On. Rossi", not "they told me.").
NUMBER_ABBREVIATIONS = {"no", "nr", "p", "pp", "art", "min"}
TITLE_ABBREVIATIONS = {"me", "on"}

# German writes the day as an ordinal: "am 18. Februar" is one sentence
GERMAN_MONTHS = {"januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
                 "september", "oktober", "november", "dezember"}

# A capital letter and a period is an initial ("J. Smith") unless an article opens what follows: "de niveau
# Protégé A. Le choix…", "Plan B. The ministry…" end a sentence (no surname starts with one of these).
ARTICLE_OPENERS = {"the", "le", "la", "les", "l", "der", "die", "das", "el", "los", "las", "il", "gli", "het"}

# a sentence may open with a German „ or ‚, or a French « followed by a space
_SPLIT = re.compile(r"(?<=[.!?…])[\"'»”’)]*\s+(?=(?:[\"'«“„‚‘(¿¡]\s?)*[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n")
_TOKEN = re.compile(r"\w+(?:\.\w+)*", re.UNICODE)
_TAGS = re.compile(r"<[^>]{0,200}>")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and strip accents: 'Élysée' -> 'elysee', 'Straße' -> 'strasse'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Token(NamedTuple):   # a named tuple: made for every word of every article, and cheap to make
    text: str      # as written
    folded: str    # for matching
    start: int     # character offset in the sentence


def clean_text(text: str) -> str:
    """Bound the size, drop HTML left in the text, replace undecodable characters."""
    if not text:
        return ""
    text = text[:MAX_TEXT_CHARS]
    if "<" in text:
        text = _TAGS.sub(" ", text)
    return text.replace("\ufffd", " ").replace("\x00", " ")


def split_sentences(text: str) -> list[str]:
    """Split on sentence punctuation and line breaks, keeping abbreviations and initials together."""
    sentences: list[str] = []
    pending = ""
    pieces = [p.strip() for p in _SPLIT.split(text) if p is not None and p.strip()]
    for index, piece in enumerate(pieces):
        candidate = f"{pending} {piece}".strip() if pending else piece
        written = candidate.rsplit(None, 1)[-1].rstrip(".") if candidate.endswith(".") else ""
        last_word = written.lower()
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        abbreviation = last_word in ABBREVIATIONS and not (
            (last_word in NUMBER_ABBREVIATIONS and not following[:1].isdigit())
            or (last_word in TITLE_ABBREVIATIONS and not written[:1].isupper()))
        next_word = following.split(None, 1)[0].lower() if following.strip() else ""
        ordinal_day = len(last_word) <= 2 and last_word.isdigit() and next_word in GERMAN_MONTHS
        initial = len(last_word) == 1 and last_word.isalpha() and not (
            written.isupper() and re.split(r"[\W_]", next_word, maxsplit=1)[0] in ARTICLE_OPENERS)
        if abbreviation or ordinal_day or initial:
            pending = candidate
            continue
        pending = ""
        sentences.extend(_windows(candidate))
    if pending:
        sentences.extend(_windows(pending))
    return sentences


def _windows(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    out, start = [], 0
    while start < len(sentence):
        end = min(len(sentence), start + MAX_SENTENCE_CHARS)
        if end < len(sentence):
            space = sentence.rfind(" ", start + MAX_SENTENCE_CHARS // 2, end)
            end = space if space > start else end
        out.append(sentence[start:end].strip())
        start = end
    return [s for s in out if s]


_FOLDED: dict[str, str] = {}   # fold's results by word: every word of every article is read through it


def tokenize(sentence: str) -> list[Token]:
    # the hottest loop of extraction: a plain dict read and tuple.__new__ cost a third less than fold's
    # lru_cache and the named tuple's own constructor
    folded, make = _FOLDED, tuple.__new__
    if len(folded) > 200_000:
        folded.clear()   # bounded, like fold's cache: a 5 MB page of odd words must not grow it for ever
    tokens = []
    for m in _TOKEN.finditer(sentence):
        word = m.group()
        f = folded.get(word)
        if f is None:
            f = folded[word] = fold(word)
        tokens.append(make(Token, (word, f, m.start())))
    return tokens


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded token sequence a gazetteer phrase matches."""
    return tuple(fold(m.group()) for m in _TOKEN.finditer(phrase))
