"""The command line's English for a note that counts something says one as one: "1 event
id is text", not "1 event ids are text" (the window says counts in its language with
Qt's plural forms, `planner.ui.core_text`)."""

from __future__ import annotations

import pytest

from planner.domain.messages import Note, NoteCode


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        (
            NoteCode.TEXT_IDS,
            "1 event id is text where the schema wants a number; accepted",
            "2 event ids are text where the schema wants numbers; accepted",
        ),
        (
            NoteCode.HIDDEN_EVENTS,
            "1 event hidden in Giggity (hiding is not a favourite; it is not imported)",
            "2 events hidden in Giggity (hiding is not a favourite; they are not imported)",
        ),
        (
            NoteCode.REPEATED_IDS,
            "1 session repeats an id or GUID used earlier in the file; both were kept",
            "2 sessions repeat an id or GUID used earlier in the file; all were kept",
        ),
        (
            NoteCode.REPEATED_UNNAMED,
            "1 session without an id repeats the title, start and room of an earlier one; "
            "both were kept",
            "2 sessions without an id repeat the title, start and room of an earlier one; "
            "all were kept",
        ),
        (NoteCode.MORE_WARNINGS, "… and 1 more warning", "… and 2 more warnings"),
    ],
)
def test_a_count_of_one_is_said_as_one(code: NoteCode, one: str, two: str) -> None:
    assert Note(code, 1) == one
    assert Note(code, 2) == two
    assert Note(code, 1).values == (1,)  # the code and the count stay for the window
