"""Step 4, extract: find government–AI company relations in articles, sentence by sentence.

`text` splits and tokenises; `gazetteer` loads the dbt seeds into one phrase index;
`relations` pairs government parties with organisations and types the relation; `step` runs it
over the warehouse's new (or all, after a gazetteer change) articles.
"""
