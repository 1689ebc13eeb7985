"""The Xpyun cloud: signing, the typed client, and a simulator (plain Python, knows no labels).

The names below are loaded on first use: importing `designer.cloud.errors` (say, for the
window) must not pay for `requests`.
"""

from __future__ import annotations

from designer.lazy_names import names_on_first_use

_EXPORTS = {
    "DEFAULT_BASE_URL": "designer.cloud.base_url",
    "XpyunClient": "designer.cloud.client",
    "new_idempotent": "designer.cloud.client",
    "CloudError": "designer.cloud.errors",
    "OutcomeUnknownError": "designer.cloud.errors",
    "PlatformError": "designer.cloud.errors",
    "TransportError": "designer.cloud.errors",
    "PrintResult": "designer.cloud.models",
    "PrinterState": "designer.cloud.models",
    "PrinterStatus": "designer.cloud.models",
}
__all__ = sorted(_EXPORTS)
__getattr__ = names_on_first_use(__name__, _EXPORTS)
