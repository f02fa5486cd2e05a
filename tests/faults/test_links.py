"""Links from a program file that the details pane opens: a `mailto:` keeps a subject and
a body, but never a line break that a mail client could read as a header of its own."""

from __future__ import annotations

import pytest

from planner.ui.widgets.details import safe_link


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        (
            "mailto:x@y.z?subject=a%0D%0AAttach:%20/etc/passwd",
            "mailto:x@y.z?subject=a%20%20Attach%3A%20%2Fetc%2Fpasswd",
        ),
        ("mailto:x@y.z?body=one%0Atwo%09three", "mailto:x@y.z?body=one%20two%20three"),
        ("mailto:x@y.z?subject=Hello%20there", "mailto:x@y.z?subject=Hello%20there"),
    ],
)
def test_a_mailto_subject_or_body_keeps_no_control_characters(url: str, safe: str) -> None:
    assert safe_link(url) == safe
