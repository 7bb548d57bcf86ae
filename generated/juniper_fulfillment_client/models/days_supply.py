from enum import IntEnum


class DaysSupply(IntEnum):
    VALUE_30 = 30
    VALUE_60 = 60
    VALUE_90 = 90

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DaysSupply | None":
        """Accept a value this client does not know yet (the server may add some).

        The result is an unlisted member whose ``value`` is the raw integer, so it compares equal
        to that integer and ``to_dict()`` writes it back unchanged.
        """
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
