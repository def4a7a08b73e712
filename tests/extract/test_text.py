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


def test_an_abbreviation_that_is_also_a_word_ends_a_sentence_unless_its_use_says_otherwise():
    # "no." is a number's abbreviation before a number, Spanish "no" otherwise; "Me" a title only capitalised
    assert split_sentences("Lives at No. 10 Downing Street. Fine.") == ["Lives at No. 10 Downing Street.", "Fine."]
    assert split_sentences("Unos datos sí y otros no. Se puede discutir.") == [
        "Unos datos sí y otros no.", "Se puede discutir."]
    assert split_sentences("Me Dupont plaide. They told me. Then left.") == [
        "Me Dupont plaide.", "They told me.", "Then left."]


def test_a_capital_letter_before_an_article_ends_a_sentence():
    # "Protégé A. Le choix…", "Plan B. The ministry…": no surname opens with an article; initials stay together
    assert split_sentences("Seulement au niveau Protégé A. Le choix d'un fournisseur fait réagir.") == [
        "Seulement au niveau Protégé A.", "Le choix d'un fournisseur fait réagir."]
    assert split_sentences("They chose Plan B. The ministry agreed. J. Smith signed. Vitamin C. Dosage.") == [
        "They chose Plan B.", "The ministry agreed.", "J. Smith signed.", "Vitamin C. Dosage."]


def test_text_without_punctuation_is_cut_into_bounded_windows():
    sentences = split_sentences("word " * 5000)
    assert len(sentences) > 10 and all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)


def test_clean_text_drops_html_and_replacement_characters():
    assert clean_text("<p>Hello</p> <b>world</b>\ufffd") == " Hello   world  "
