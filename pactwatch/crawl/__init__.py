"""Step 1, crawl: run the Scrapy spiders for the configured sources into immutable raw batch files."""
