"""What every value of the label document shares: named-tuple values whose equality includes the
type, copied with changes (`el.replace(x=3)`), and whose fields follow their schema row.

Each value class is written out as a `typing.NamedTuple` of its fields (so a type checker and a
reader see them) and joined to `Node`; `fields_problem` says where the fields and the schema row
disagree, and the registry of element kinds refuses a class whose fields disagree.
"""

from __future__ import annotations

from typing import Any, ClassVar

from designer.model.schema import Content, Tag


class Node:
    """The behaviour every value class shares; mixed in before its NamedTuple of fields."""

    __slots__ = ()
    TAG: ClassVar[Tag]

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and tuple.__eq__(self, other)  # type: ignore[arg-type]

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = tuple.__hash__  # equal values of two types may share a hash; __eq__ tells them apart

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        return self._replace(**changes)  # type: ignore[attr-defined]

    def attrs(self) -> dict[str, Any]:
        """The value's attribute values by XML name, in schema order."""
        return {a.name: getattr(self, a.name) for a in self.TAG.attrs}


def expected_fields(tag: Tag, children: str | None = None) -> list[tuple[str, object]]:
    """The fields a value class of `tag` must have, in order, with their defaults (`...` for
    none): required attributes first, then the optional ones, then the content or children."""
    fields: list[tuple[str, object]] = [(a.name, ...) for a in tag.attrs if a.required]
    fields += [(a.name, a.default) for a in tag.attrs if not a.required]
    if tag.content is Content.TEXT:
        fields.append((tag.content_field, ""))
    elif tag.content is Content.OPTIONAL_BASE64:
        fields.append((tag.content_field, None))
    if children:
        fields.append((children, ()))
    return fields


def fields_problem(cls: type, children: str | None = None) -> str | None:
    """How the fields of value class `cls` differ from its schema row, or None when they agree."""
    tag: Tag = cls.TAG
    want = expected_fields(tag, children)
    defaults: dict[str, object] = cls._field_defaults  # type: ignore[attr-defined]
    have = [(name, defaults.get(name, ...)) for name in cls._fields]  # type: ignore[attr-defined]
    if have != want:
        return f"{cls.__name__} has fields {have}; the {tag.name} row says {want}"
    return None
