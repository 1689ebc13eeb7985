"""The cloud's typed errors: one per platform code, and one per way the transport can fail.

None of them ever holds the UserKEY: messages are built from the platform's answer, the endpoint
and the base URL only.
"""

from __future__ import annotations

from designer.cloud.codes import RESULT_CODES, ResultCode, result_code


class CloudError(Exception):
    """Anything that went wrong talking to the cloud."""

    guidance = ""


class PlatformError(CloudError):
    """The platform answered with a code other than 0."""

    def __init__(self, code: int, msg: str, endpoint: str = "", data: object = None) -> None:
        self.result = result_code(code, msg)
        self.data = data
        self.code = code
        self.msg = msg or self.result.msg
        self.endpoint = endpoint
        self.guidance = self.result.guidance
        super().__init__(f"{self.msg} (code {code}): {self.guidance}")


def _platform_class(result: ResultCode) -> type[PlatformError]:
    name = "".join(part.capitalize() for part in result.msg.split("_"))
    name = name if name.endswith("Error") else name + "Error"

    def __init__(
        self, code: int = result.code, msg: str = "", endpoint: str = "", data: object = None
    ) -> None:
        PlatformError.__init__(self, code, msg, endpoint, data)

    return type(name, (PlatformError,), {"__init__": __init__, "__doc__": result.guidance})


PLATFORM_ERRORS: dict[int, type[PlatformError]] = {
    code: _platform_class(result) for code, result in RESULT_CODES.items() if code != 0
}
"""The error class of every documented code, e.g. PLATFORM_ERRORS[1003] is PrinterOfflineError."""
globals().update({cls.__name__: cls for cls in PLATFORM_ERRORS.values()})

RequestHeaderError = PLATFORM_ERRORS[-1]
RequestParamInvalidError = PLATFORM_ERRORS[-2]
RequestSignFailedError = PLATFORM_ERRORS[-3]
RequestUserNotRegisterError = PLATFORM_ERRORS[-4]
PrinterNotRegisterError = PLATFORM_ERRORS[1002]
PrinterOfflineError = PLATFORM_ERRORS[1003]
OrderNotFoundError = PLATFORM_ERRORS[1005]
PrinterExistError = PLATFORM_ERRORS[1009]
OrderIdempotentError = PLATFORM_ERRORS[1013]


def platform_error(code: int, msg: str, endpoint: str = "", data: object = None) -> PlatformError:
    """The typed error for a platform code (with the answer's data, if any)."""
    cls = PLATFORM_ERRORS.get(code)
    if cls is None:
        return PlatformError(code, msg, endpoint, data)
    return cls(code, msg, endpoint, data)


class TransportError(CloudError):
    """The request did not get a platform answer; retrying may help."""

    unreachable = True  # the command line exits 3 for these

    def __init__(self, message: str, guidance: str) -> None:
        self.guidance = guidance
        super().__init__(f"{message}: {guidance}")


class CloudTimeoutError(TransportError):
    """No answer in time."""


class CloudConnectionError(TransportError):
    """The connection was refused, reset or dropped."""


class CloudTLSError(TransportError):
    """The secure connection could not be set up (certificate or TLS failure)."""


class CloudHTTPError(TransportError):
    """The server answered with an HTTP error status instead of the platform's JSON."""

    def __init__(self, status: int, message: str, guidance: str) -> None:
        self.status = status
        super().__init__(message, guidance)


class CloudProtocolError(TransportError):
    """The answer was not the platform's JSON."""


class CredentialsError(CloudError):
    """No usable credentials: none stored, or no keyring to store them in."""
