"""Parsing untrusted XML: defusedxml, with every failure turned into a clear message.

No entity declarations (so no billion-laughs expansion), no external entities or DTDs
fetched, ever. The declared encoding is honoured by the parser itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET

from planner.domain.errors import BadInputError


def parse_xml(data: bytes, source: str) -> ET.Element:
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as error:
        raise BadInputError(
            source,
            "declares XML entities, which Planner refuses to expand (a common way to "
            "attack XML readers)",
        ) from error
    except defusedxml.ExternalReferenceForbidden as error:
        raise BadInputError(
            source, "refers to external XML resources, which Planner never loads"
        ) from error
    except defusedxml.DefusedXmlException as error:
        raise BadInputError(source, f"uses an XML feature Planner refuses ({error})") from error
    except ET.ParseError as error:
        line, column = getattr(error, "position", (None, None))
        message = str(error).split(":", 1)[0]
        raise BadInputError(
            source, f"is not well-formed XML ({message})", line=line, column=column
        ) from error
    except (ValueError, LookupError) as error:  # e.g. an unknown declared encoding
        raise BadInputError(source, f"cannot be read as XML ({error})") from error
    assert isinstance(root, ET.Element)
    return root


def local_name(tag: str) -> str:
    """`{namespace}name` → `name`."""
    return tag.rsplit("}", 1)[-1]


def text_of(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()
