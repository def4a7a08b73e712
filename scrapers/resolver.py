"""DNS: names that can never resolve are refused at once, without asking a DNS server.

RFC 6761 reserves `.invalid` (and `.test` for testing); a source pointing there is a mistake or a
test, and must not wait for (or leak a query to) the network.
"""

from __future__ import annotations

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

RESERVED_SUFFIXES = (".invalid", ".test")


class ReservedNamesResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout=()):  # noqa: N802 (Twisted naming)
        lowered = name.lower().rstrip(".")
        if lowered.endswith(RESERVED_SUFFIXES) or lowered in ("invalid", "test"):
            return defer.fail(DNSLookupError(f"{name}: reserved name, not resolved"))
        if lowered == "localhost":
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)
