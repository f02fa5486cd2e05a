"""Downloading a program from an http(s) URL: bounded, conditional, and offline-friendly.

A refresh sends the validators of the last download (`If-None-Match`/`If-Modified-Since`)
so an unchanged feed costs a 304 and nothing else; the body is capped at the same size as
a local file; the caller keeps the last good copy for when the network is gone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from planner import __version__
from planner.domain.errors import BadInputError
from planner.formats.common import MAX_FILE_BYTES

TIMEOUT_SECONDS = 20.0
USER_AGENT = f"Planner/{__version__} (conference agenda; offline desktop app)"


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https")


@dataclass(frozen=True)
class Validators:
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class Download:
    """The outcome of a fetch: new content, or `not_modified` (HTTP 304)."""

    url: str
    content: bytes = b""
    not_modified: bool = False
    validators: Validators = Validators()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def fetch(
    url: str,
    validators: Validators | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_FILE_BYTES,
) -> Download:
    """GET `url`. Raises BadInputError with a one-line reason on any failure."""
    if not is_url(url):
        raise BadInputError(url, "only http:// and https:// addresses can be imported")
    # Imported here: urllib.request pulls in ssl and email, ~50 ms the app need not pay
    # at start-up.
    import urllib.error
    import urllib.request

    class NoRedirectToOtherSchemes(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise urllib.error.HTTPError(
                    newurl, code, "redirect to a non-web address refused", headers, fp
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "application/json, application/xml, text/xml, text/calendar, */*;q=0.5",
        },
    )
    if validators and validators.etag:
        request.add_header("If-None-Match", validators.etag)
    if validators and validators.last_modified:
        request.add_header("If-Modified-Since", validators.last_modified)
    opener = urllib.request.build_opener(NoRedirectToOtherSchemes())
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise BadInputError(
                    url, f"is {int(declared) / 1e6:.0f} MB, over the {max_bytes // 2**20} MiB limit"
                )
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise BadInputError(url, f"is over the {max_bytes // 2**20} MiB limit")
            return Download(
                url,
                content,
                False,
                Validators(
                    response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")
                ),
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Download(url, b"", True, validators or Validators())
        raise BadInputError(url, f"the server answered {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        raise BadInputError(url, f"cannot be reached ({error.reason})") from error
    except TimeoutError as error:
        raise BadInputError(url, f"did not answer within {timeout:.0f} seconds") from error
    except OSError as error:
        raise BadInputError(url, f"download failed ({error})") from error
