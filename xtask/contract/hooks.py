"""Schemathesis hooks for `cargo xtask test` (xtask/src/contract.rs).

Schemathesis 4.32.5 collects links from response bodies: every string that starts like a URL
goes through `urllib.parse.urlsplit`, which raises on text such as "http://[" ("Invalid IPv6
URL"). Free text a client may legitimately store (a registration's message, which coordinators
read back) can start so, and the run then stops with an internal error instead of a verdict.
Such a string is no link: it is skipped.
"""

from schemathesis.engine import observations

_same_origin_path = observations._same_origin_path


def _tolerant_same_origin_path(value, origin):
    try:
        return _same_origin_path(value, origin)
    except ValueError:
        return None


observations._same_origin_path = _tolerant_same_origin_path
