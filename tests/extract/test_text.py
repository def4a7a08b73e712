from pactwatch.extract.text import MAX_SENTENCE_CHARS, clean_text, fold, split_sentences, tokenize


def test_fold_case_accents_and_sharp_s():
    assert fold("Élysée") == "elysee" and fold("Straße") == "strasse" and fold("MINISTÈRE") == "ministere"


def test_elision_splits_tokens():
    assert [t.folded for t in tokenize("l'OpenAI d'Anthropic dell'Italia")] == \
        ["l", "openai", "d", "anthropic", "dell", "italia"]


def test_sentences_keep_abbreviations_and_initials_together():
    text = "M. Macron a signé. Dr. Schmidt sagte z.B. nichts. Die U.S. Regierung nickt.\nNeue Zeile ohne Punkt"
    assert split_sentences(text) == ["M. Macron a signé.", "Dr. Schmidt sagte z.B. nichts.",
                                     "Die U.S. Regierung nickt.", "Neue Zeile ohne Punkt"]


def test_text_without_punctuation_is_cut_into_bounded_windows():
    sentences = split_sentences("word " * 5000)
    assert len(sentences) > 10 and all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)


def test_clean_text_drops_html_and_replacement_characters():
    assert clean_text("<p>Hello</p> <b>world</b>\ufffd") == " Hello   world  "
