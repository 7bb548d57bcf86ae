"""Facts of the OpenAPI description this package was generated from."""

from typing import Final

# info.version of the description.
API_VERSION: Final = "1.0.2"

# Environment name -> (base URL, token URL), from servers and the OAuth2 tokenUrl.
ENVIRONMENTS: Final[dict[str, tuple[str, str]]] = {
    "sandbox": (
        "https://api.fulfillment.sandbox.juniperhealth.com/v1",
        "https://auth.fulfillment.sandbox.juniperhealth.com/oauth2/token",
    ),
    "production": (
        "https://api.fulfillment.juniperhealth.com/v1",
        "https://auth.fulfillment.juniperhealth.com/oauth2/token",
    ),
}

# JSON keys holding a customer's personal data, redacted from logged bodies: the
# properties of every schema a `customer` property refers to, and of those it refers to.
PERSONAL_DATA_KEYS: Final[frozenset[str]] = frozenset(
    {
        "address",
        "city",
        "email",
        "firstName",
        "lastName",
        "line1",
        "line2",
        "phone",
        "sourceId",
        "state",
        "zipCode",
    }
)
