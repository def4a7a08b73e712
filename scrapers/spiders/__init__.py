"""Generic spiders, one per source kind; `SPIDERS_BY_KIND` maps a sources-file kind to its spider."""
