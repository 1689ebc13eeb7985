"""The platform's limits that a client checks before sending and the simulator enforces."""

LOGO_MAX_BYTES = 500 * 1024
"""uploadLogo refuses larger images (1017 LOGO_SIZE_LARGE)."""
LOGO_UPLOADS_PER_DAY = 5
"""uploadLogo refuses a sixth upload per printer per user per day (1018 LOGO_UPLOAD_TIMES)."""
IDEMPOTENT_MAX_LENGTH = 50
"""An idempotency value longer than this is refused (1014)."""
IDEMPOTENCY_SECONDS = 300
"""How long the platform refuses a second order with the same idempotency value (1013)."""
