"""URL canonicalisation: the same article reached through a tracking link is the same article."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

# Query parameters that say how a reader arrived, never which page they read.
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga",
    "_gl", "ref", "ref_src", "ref_url", "cmpid", "cmp", "xtor", "xtref", "ito", "icid", "ocid", "smid", "smtyp",
    "taid", "guccounter", "guce_referrer", "guce_referrer_sig", "mkt_tok", "_hsenc", "_hsmi", "hsctatracking",
    "s_cid", "wt.mc_id", "wt_mc_id", "wt_mc", "wt_zmc", "sr_share", "spm", "outputtype", "amp",
    "__twitter_impression", "at_medium", "at_campaign", "at_source", "at_content", "at_term", "at_link",
    "at_ptr_name", "at_link_id", "at_format",
}
TRACKING_PREFIXES = ("utm_", "ns_", "pk_", "mtm_", "at_", "hmb_", "oly_")


def is_tracking_param(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Lower-case scheme and host, drop fragments, default ports and tracking parameters, sort the query.

    Percent-encoding is normalised too, so `caf%C3%A9` and `café` give one URL.
    """
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))
