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


# The networks' editors' operations run with an editor's session, the coordinators' with the
# bearer token (`-H`). A session comes from a link that works once: the coordinators' API makes
# a new link for the contract's editor, which then signs in. Sessions are kept for a few seconds
# only, since schemathesis also signs out (`DELETE /api/netzwerk/session`).

import os
import zlib

import requests
import schemathesis

_BASE = os.environ.get("CONTRACT_BASE_URL", "")
_TOKEN = os.environ.get("CONTRACT_TOKEN", "")
_EDITOR = os.environ.get("CONTRACT_EDITOR", "")
_NETWORK = os.environ.get("CONTRACT_EDITOR_NETWORK", "")


@schemathesis.auth(refresh_interval=5).apply_to(path_regex="^/api/netzwerk/")
class EditorSession:
    def get(self, case, ctx):
        link = requests.post(
            f"{_BASE}/api/admin/editors/{_EDITOR}/link",
            headers={"Authorization": f"Bearer {_TOKEN}"},
            timeout=30,
        ).json()["link"]
        token = link.split("#", 1)[1]
        signed_in = requests.post(
            f"{_BASE}/api/netzwerk/session",
            json={"token": token},
            headers={"Origin": _BASE},
            timeout=30,
        )
        return signed_in.cookies.get("netzwerk-sitzung", "")

    def set(self, case, data, ctx):
        case.headers = case.headers or {}
        case.headers["Cookie"] = f"netzwerk-sitzung={data}"
        case.headers["Origin"] = _BASE


@schemathesis.hook
def map_path_parameters(ctx, path_parameters):
    # Half the editors' requests name their own network, so the answers past the 404 are tried.
    operation = ctx.operation
    if (
        path_parameters
        and operation.path.startswith("/api/netzwerk/networks/")
        and zlib.crc32(str(path_parameters).encode()) % 2 == 0
    ):
        path_parameters["id"] = _NETWORK
    return path_parameters
