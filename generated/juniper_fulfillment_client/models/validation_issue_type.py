from enum import StrEnum


class ValidationIssueType(StrEnum):
    INVALID = "invalid"
    MISSING = "missing"
    TYPE_ERROR = "type_error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationIssueType | None":
        """Accept a value this client does not know yet (the server may add some).

        The result is an unlisted member whose ``value`` is the raw string, so it compares equal
        to that string and ``to_dict()`` writes it back unchanged.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
