"""Gazetteers: country, organisation, government and cue-term lists (dbt seeds)."""
