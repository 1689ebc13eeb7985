"""The Xpyun cloud: signing, the typed client, and a simulator (plain Python, knows no labels)."""

from designer.cloud.client import DEFAULT_BASE_URL, XpyunClient, new_idempotent
from designer.cloud.errors import CloudError, PlatformError, TransportError
from designer.cloud.models import PrinterState, PrinterStatus, PrintResult

__all__ = [
    "DEFAULT_BASE_URL",
    "CloudError",
    "PlatformError",
    "PrintResult",
    "PrinterState",
    "PrinterStatus",
    "TransportError",
    "XpyunClient",
    "new_idempotent",
]
