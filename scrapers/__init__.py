"""The Scrapy project: one generic spider per source kind, configured by scrapers/sources.yml."""
