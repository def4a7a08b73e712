import pytest

from pactwatch.extract.amounts import find_amount


@pytest.mark.parametrize("sentence,expected", [
    ("a £1bn deal", (1e9, "GBP")),
    ("a $500 million contract", (5e8, "USD")),
    ("un contrat d'1 milliard d'euros", (1e9, "EUR")),
    ("ein Auftrag über 2,5 Mrd. Euro", (2.5e9, "EUR")),
    ("um contrato de R$ 180 milhões", (1.8e8, "BRL")),
    ("1.000 millones de euros", (1e9, "EUR")),
    ("500 milioni di euro", (5e8, "EUR")),
    ("een contract van 30 miljoen euro", (3e7, "EUR")),
])
def test_amounts_in_seven_languages(sentence, expected):
    assert find_amount(sentence) == expected


def test_numbers_without_currency_are_not_amounts():
    assert find_amount("In 2025 the office will grow to 100 staff.") is None
