"""`planner.json_text.indented` writes what `json.dumps(..., ensure_ascii=False, indent=2)`
writes, character for character, for every value, and refuses what it refuses."""

from __future__ import annotations

import json
import random
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

import pytest

from planner.json_text import indented

if TYPE_CHECKING:
    from collections.abc import Callable


class Word(StrEnum):
    QUOTED = 'say "hé"\n'


class Number(IntEnum):
    THREE = 3


def expected(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        [],
        {},
        [[]],
        [{}],
        {"a": []},
        {"a": {}},
        "text",
        "",
        0,
        -7,
        2**80,
        None,
        True,
        False,
        1.5,
        -0.0,
        1e300,
        float("nan"),
        float("inf"),
        float("-inf"),
        '\x00\x1f\u2028 \\ " é ☕ \ud800',
        {"enum": Word.QUOTED, "int enum": Number.THREE, "tuple": (1, "two", (3,))},
        {"nested": {"deeper": [1, [2, [3, {"x": [{}]}]]]}, "after": None},
        [Word.QUOTED, Number.THREE, True, None, 0.1],
        {2: "number key", None: "none key", True: "bool key", 1.5: "float key"},
        {Word.QUOTED: "a key of a str subclass"},
        {"b": 1, "a": 2},  # insertion order, as json.dumps keeps it
    ],
)
def test_same_text_as_json_dumps(value: Any) -> None:
    assert indented(value) == expected(value)


def random_document(rng: random.Random, depth: int = 0) -> Any:
    scalars: list[Callable[[], Any]] = [
        lambda: "".join(rng.choice('ab"\\\n\t\x01é☕ ') for _ in range(rng.randrange(8))),
        lambda: rng.randrange(-(10**6), 10**6),
        lambda: rng.random() * 10 ** rng.randrange(-5, 5),
        lambda: rng.choice([True, False, None]),
    ]
    kind = rng.randrange(6 if depth < 4 else 4)
    if kind < 4:
        return scalars[kind]()
    size = rng.randrange(5)
    if kind == 4:
        return [random_document(rng, depth + 1) for _ in range(size)]
    return {f"k{rng.randrange(50)}": random_document(rng, depth + 1) for _ in range(size)}


def test_same_text_for_random_documents() -> None:
    rng = random.Random(18)
    for _ in range(2000):
        document = random_document(rng)
        assert indented(document) == expected(document)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ({"a": object()}, TypeError),
        ([{1, 2}], TypeError),
        ({(1, 2): "a tuple key"}, TypeError),
    ],
)
def test_refuses_what_json_dumps_refuses(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as refused:
        indented(value)
    with pytest.raises(error) as by_json:
        expected(value)
    assert str(refused.value) == str(by_json.value)


def test_a_circular_document_is_refused_as_json_refuses_it() -> None:
    circular: list[Any] = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular reference detected"):
        indented(circular)
