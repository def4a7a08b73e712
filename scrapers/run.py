"""Run the spiders of several sources in one Scrapy process: `python -m scrapers.run CONFIG.json`.

pactwatch always crawls in a child process: Twisted's reactor cannot be restarted, and Airflow's
`dag.test()` runs every task in one process.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from scrapers.spiders.feed import FeedSpider

SPIDERS_BY_KIND = {"feed": FeedSpider}


def main(config_path: str) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    known = set(Path(config["known_urls_file"]).read_text(encoding="utf-8").split("\n")) - {""}
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    settings.update({
        "PACTWATCH_RUN_ID": config["run_id"],
        "PACTWATCH_RAW_DIR": config["raw_dir"],
        **config.get("settings", {}),
    }, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=True)
    for source in config["sources"]:
        spider = SPIDERS_BY_KIND.get(source["kind"])
        if spider is None:
            print(f"source {source['id']}: kind {source['kind']!r} has no spider yet", file=sys.stderr)
            continue
        process.crawl(spider, source=source, known_urls=known)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
