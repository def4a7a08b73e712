"""Money amounts as news writes them: "£1bn", "$500 million", "1 milliard d'euros", "2,5 Mrd. Euro"."""

from __future__ import annotations

import re
from functools import lru_cache

CURRENCY_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "us$": "USD", "¥": "JPY", "₹": "INR", "r$": "BRL",
                    "c$": "CAD", "a$": "AUD", "chf": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP"}
CURRENCY_WORDS = {
    "USD": r"dollars?|dólares|dollari|dollar|dólar|us-dollar",
    "EUR": r"euros?|euro",
    "GBP": r"pounds?(?: sterling)?|livres?(?: sterling)?|pfund|libras?(?: esterlinas)?|sterline?|sterling|pond",
    "CAD": r"canadian dollars|dollars canadiens",
    "INR": r"rupees?|roupies?|rupias?",
    "JPY": r"yen",
    "BRL": r"reais|real",
    "CHF": r"francs? suisses|franken",
}
SCALE_WORDS = [
    (r"trillions?|billions? de billions", 1e12),
    (r"bn|billions?|milliards?|mrd\.?|milliarden?|mil millones|miliardi?|miliardo|bilhões|bilhão|mil milhões|miljard|mld\.?|md", 1e9),
    (r"m|mn|millions?|mio\.?|millionen?|millones|millón|milioni?|milione|milhões|milhão|miljoen|mln\.?", 1e6),
    (r"k|thousand|mille|tausend|mil", 1e3),
]
_NUMBER = r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = "|".join(f"(?:{w})" for w, _ in SCALE_WORDS)
_CUR_WORD = "|".join(f"(?P<w_{code}>{words})" for code, words in CURRENCY_WORDS.items())
_SYMBOL = r"(?P<sym>US\$|R\$|C\$|A\$|[£€$¥₹]|CHF|USD|EUR|GBP)"

_DIGIT = re.compile(r"\d")
_SYMBOL_FIRST = re.compile(rf"{_SYMBOL}\s?(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE})?\b", re.IGNORECASE)
_NUMBER_FIRST = re.compile(
    rf"(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE})?\s?(?:de |d'|di |van )?(?:{_CUR_WORD}|{_SYMBOL})(?!\w)",
    re.IGNORECASE)


def _to_float(number: str) -> float | None:
    n = number.replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,])\d{3}(\1\d{3})*", n):   # thousands separators only
        n = re.sub(r"[.,]", "", n)
    else:
        n = n.replace(",", ".")
        if n.count(".") > 1:
            head, _, tail = n.rpartition(".")
            n = head.replace(".", "") + "." + tail
    try:
        return float(n)
    except ValueError:
        return None


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    for pattern, factor in SCALE_WORDS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return factor
    return 1.0


@lru_cache(maxsize=4096)   # each sentence is asked twice (its country weights, then its relations)
def find_amount(sentence: str) -> tuple[float, str] | None:
    """The first money amount in a sentence as (value, ISO 4217 code), or None."""
    if not _DIGIT.search(sentence):
        return None   # every amount is written with digits; most sentences have none
    best = None
    for pattern in (_SYMBOL_FIRST, _NUMBER_FIRST):
        for match in pattern.finditer(sentence):
            value = _to_float(match.group("num"))
            if value is None:
                continue
            groups = match.groupdict()
            symbol = groups.get("sym")
            if symbol:
                currency = CURRENCY_SYMBOLS.get(symbol.lower())
            else:
                currency = next((k[2:] for k, v in groups.items() if k.startswith("w_") and v), None)
            if currency is None:
                continue
            found = (match.start(), value * _scale(groups.get("scale")), currency)
            if best is None or found[0] < best[0]:
                best = found
            break
    return (best[1], best[2]) if best else None
