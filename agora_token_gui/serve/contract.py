"""The community token server's HTTP contract (token-server.md), without any sockets.

``TokenService.handle`` takes one parsed HTTP request (method, request target, the few headers
that matter, body) and returns an ``Answer``: status, headers, body, and a record of what was
issued for the log and the Serve tab. Routing, trailing-slash redirects, no-cache and CORS headers,
the parameters' Go parsing quirks and the exact error bodies all live here; ``server.py`` only moves
bytes.

Every token is built by the core's one request path (``agora_token_gui.core.build``) from a
``requests.md`` object, so ``agora-token build`` reproduces it from the same object plus the pinned
``issue_ts`` and ``salt`` that the record carries.
"""

from __future__ import annotations

import fnmatch
import hmac
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import unquote, unquote_to_bytes

from ..core.build import build
from ..core.errors import InvalidInputError
from .gojson import GoJSONError, decode_token_request, go_object, go_quote

MAX_U32: Final = 0xFFFF_FFFF
MAX_U64: Final = 0xFFFF_FFFF_FFFF_FFFF
DEFAULT_EXPIRY: Final = 3600

JSON_UTF8: Final = "application/json; charset=utf-8"
NO_CACHE: Final = (
    ("Cache-Control", "private, no-cache, no-store, must-revalidate"),
    ("Expires", "-1"),
    ("Pragma", "no-cache"),
)
ALLOW_METHODS: Final = ("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
ALLOW_HEADERS: Final = "Origin, Content-Type"
# Characters Go's URL.EscapedPath leaves alone in a path (encodePath mode).
_PATH_SAFE: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~$&+,/:;=@"
)
_HTML_ESCAPES: Final = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}
)

RandInt = Callable[[int, int], int]
REDACTED: Final = "[certificate]"


class Redactor:
    """Replaces a secret, in any letter case, with ``[certificate]`` (for errors and logs)."""

    def __init__(self, secret: str) -> None:
        self._folded = secret.casefold()
        self._pattern = re.compile(re.escape(secret), re.IGNORECASE) if secret else None

    def __call__(self, text: str) -> str:
        if self._pattern is None or self._folded not in text.casefold():
            return text
        return self._pattern.sub(REDACTED, text)


@dataclass(frozen=True, slots=True)
class Limits:
    """Optional limits on what the server issues (none by default, as the community server).

    ``channels`` and ``identities`` are glob patterns (``*``, ``?``, ``[…]``, case-sensitive);
    an identity is a uid in decimal (``0`` = any user), an account, or an RTM/Chat user id.
    ``bearer`` asks every token request for ``Authorization: Bearer <bearer>``.
    """

    channels: tuple[str, ...] = ()
    identities: tuple[str, ...] = ()
    max_lifetime: int | None = None
    bearer: str | None = field(default=None, repr=False)

    def channel_allowed(self, channel: str) -> bool:
        return not self.channels or any(fnmatch.fnmatchcase(channel, p) for p in self.channels)

    def identity_allowed(self, identity: str) -> bool:
        if not self.identities:
            return True
        numeric = identity.isdecimal() and identity.isascii()
        for pattern in self.identities:
            if fnmatch.fnmatchcase(identity, pattern):
                return True
            if (
                numeric
                and pattern.isdecimal()
                and pattern.isascii()
                and int(pattern) == int(identity)
            ):
                return True
        return False

    @property
    def active(self) -> bool:
        return bool(
            self.channels or self.identities or self.max_lifetime is not None or self.bearer
        )


@dataclass(slots=True)
class Issued:
    """One token of a response: its key in the body, the token, and the request that built it."""

    key: str
    token: str
    request: dict[str, object]  # requests.md object without the certificate, pins included
    warnings: tuple[str, ...] = ()  # the core's build warnings (unusual values, 24 h cap, …)


@dataclass(slots=True)
class Answer:
    """A response and what the log needs to know about it."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    route: str = ""  # "rtc", "rtm", "rte", "chat", "getToken", "ping", or "" (no route)
    channel: str | None = None
    identity: str | None = None  # uid (decimal, "0" = any), account or user id
    identity_kind: str | None = None  # "uid", "account", "user"
    role: str | None = None
    lifetime: int | None = None
    issued: list[Issued] = field(default_factory=list)
    error: str | None = None

    @property
    def warnings(self) -> list[str]:
        """The build warnings of every issued token, each once."""
        found: list[str] = []
        for issued in self.issued:
            found += [w for w in issued.warnings if w not in found]
        return found


class _Refused(Exception):
    """A limit refused the request (403) or the bearer secret was wrong (401)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.answer: Answer | None = None  # what was known of the request, for the log


class _GoParseError(Exception):
    pass


def parse_uint(text: str) -> int:
    """Go's ``strconv.ParseUint(text, 10, 64)``; the error text is Go's."""
    value = 0
    for ch in text:
        if not "0" <= ch <= "9":
            raise _GoParseError(f"strconv.ParseUint: parsing {go_quote(text)}: invalid syntax")
        value = value * 10 + (ord(ch) - 48)
        if value > MAX_U64:
            raise _GoParseError(f"strconv.ParseUint: parsing {go_quote(text)}: value out of range")
    if not text:
        raise _GoParseError('strconv.ParseUint: parsing "": invalid syntax')
    return value


def query_value(raw_query: str, name: str) -> str | None:
    """The first value of ``name`` in a query string, as Go's ``URL.Query()`` reads it."""
    for pair in raw_query.split("&"):
        if not pair or ";" in pair:
            continue
        key, _, value = pair.partition("=")
        try:
            key = _query_unescape(key)
        except ValueError:
            continue
        if key != name:
            continue
        try:
            return _query_unescape(value)
        except ValueError:
            continue
    return None


def _query_unescape(text: str) -> str:
    if "%" in text:
        _check_escapes(text)
    return unquote(text.replace("+", " "), errors="strict")


def _check_escapes(text: str) -> None:
    index = text.find("%")
    while index != -1:
        pair = text[index + 1 : index + 3]
        if len(pair) != 2 or not all(c in "0123456789abcdefABCDEF" for c in pair):
            raise ValueError(f"bad escape at {index}")
        index = text.find("%", index + 3)


def escape_path(path: str) -> str:
    """Go's ``URL.EscapedPath`` for a path that has no valid raw form."""
    if all(c in _PATH_SAFE for c in path):
        return path
    out = []
    for ch in path:
        if ch in _PATH_SAFE:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", errors="surrogateescape"))
    return "".join(out)


def clean_path(path: str) -> str:
    """Go's ``path.Clean`` for an absolute path, keeping a trailing slash as http.Redirect does."""
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    cleaned = "/" + "/".join(parts)
    if path.endswith("/") and not cleaned.endswith("/"):
        cleaned += "/"
    return cleaned


def _get_route(segments: list[str]) -> str | None:
    """The GET route these path segments match (``path.split("/")``), or None."""
    n = len(segments)
    if n < 2 or segments[0] != "":
        return None
    head = segments[1]
    if n == 2:
        return "ping" if head == "ping" else None
    if segments[-1] != "":
        return None
    if head == "rtc":
        return "rtc" if n == 7 else None
    if head == "rte":
        return "rte" if n in (7, 8) else None
    if head == "rtm":
        return "rtm" if n == 4 else None
    if head == "chat":
        if n == 4 and segments[2] == "app":
            return "chat_app"
        if n == 5 and segments[2] == "account":
            return "chat_account"
    return None


class TokenService:
    """The community token server's behaviour for one App ID and certificate.

    ``cors_allow_origin`` is the ``CORS_ALLOW_ORIGIN`` setting: None or "" serves only requests
    without an ``Origin`` header, ``*`` any origin, else a comma-separated list of exact origins.
    ``clock`` and ``randint`` pin time and salts for tests.
    """

    def __init__(
        self,
        app_id: str,
        app_certificate: str,
        *,
        cors_allow_origin: str | None = None,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.time,
        randint: RandInt | None = None,
    ) -> None:
        self.app_id = app_id
        self._certificate = app_certificate
        self.limits = limits or Limits()
        self._cors = cors_allow_origin or ""
        self._origins = frozenset(self._cors.split(",")) if self._cors not in ("", "*") else None
        self._clock = clock
        self._randint = randint
        self.redact = Redactor(app_certificate)
        allow_headers = ALLOW_HEADERS + (", Authorization" if self.limits.bearer else "")
        self._allow_headers = ("Access-Control-Allow-Headers", allow_headers)
        self._bearer = (
            ("Bearer " + self.limits.bearer).encode("utf-8") if self.limits.bearer else None
        )

    def __repr__(self) -> str:
        return f"TokenService(app_id={self.app_id!r}, limits={self.limits!r})"

    # --- the request as a whole -----------------------------------------------------------------

    def cors_allowed(self, origin: str | None) -> bool:
        if self._cors == "*":
            return True
        if self._origins is None:
            return origin is None or origin == ""
        return (origin or "") in self._origins

    def handle(
        self,
        method: str,
        target: str,
        *,
        origin: str | None = None,
        authorization: str | None = None,
        body: bytes = b"",
    ) -> Answer:
        """Answer one request. ``target`` is the request target as sent (path and query)."""
        raw_path, _, raw_query = target.partition("?")
        if raw_path.startswith(("http://", "https://")):  # absolute form
            after = raw_path.split("//", 1)[1]
            slash = after.find("/")
            raw_path = after[slash:] if slash != -1 else "/"
        try:
            path = unquote_to_bytes(raw_path).decode("utf-8") if "%" in raw_path else raw_path
            if "%" in raw_path:
                _check_escapes(raw_path)
        except (UnicodeDecodeError, ValueError):
            return bad_request("The request path has a bad percent-escape or is not UTF-8.")
        segments = path.split("/")
        route: str | None = None
        if method == "GET":
            route = _get_route(segments)
            if route is None:
                if not path.endswith("/") and _get_route([*segments, ""]) is not None:
                    return self._redirect(method, path + "/", raw_query)
                if path == "/ping/":
                    return self._redirect(method, "/ping", raw_query)
        elif method == "POST":
            if path == "/getToken":
                route = "getToken"
            elif path == "/getToken/":
                return self._redirect(method, "/getToken", raw_query)

        headers = list(NO_CACHE)
        if not self.cors_allowed(origin):
            headers.append(("Content-Type", "application/json"))
            return Answer(
                403, headers, b'{"error":"Origin not allowed"}', error="Origin not allowed"
            )
        if origin:
            headers.append(("Access-Control-Allow-Origin", origin))
        headers.append(ALLOW_METHODS)
        headers.append(self._allow_headers)
        if method == "OPTIONS":
            return Answer(204, headers)
        if route is None:
            headers.append(("Content-Type", "text/plain"))
            return Answer(404, headers, b"404 page not found", error="no such route")
        if route == "ping":
            headers.append(("Content-Type", JSON_UTF8))
            return Answer(200, headers, b'{"message":"pong"}', route="ping")
        try:
            self._check_bearer(authorization)
            if route == "getToken":
                answer = self._post(body)
            else:
                answer = self._get(route, segments, raw_query)
        except _Refused as refused:
            answer = refused.answer or Answer(
                0, [], route="getToken" if route == "getToken" else route.split("_")[0]
            )
            answer.status = refused.status
            answer.headers = [("Content-Type", JSON_UTF8)]
            answer.body = go_object({"error": str(refused), "status": refused.status})
            answer.error = str(refused)
            answer.issued.clear()
            if refused.status == 401:
                answer.headers.append(("WWW-Authenticate", 'Bearer realm="agora-token"'))
        answer.headers[:0] = headers
        if answer.error is not None:
            # A client may have typed the certificate into a name that an error echoes.
            text = answer.body.decode("utf-8", errors="replace")
            redacted = self.redact(text)
            if redacted is not text:
                answer.body = redacted.encode("utf-8")
                answer.error = self.redact(answer.error)
        return answer

    def _redirect(self, method: str, new_path: str, raw_query: str) -> Answer:
        location = clean_path(escape_path(new_path)) + (f"?{raw_query}" if raw_query else "")
        if method == "GET":
            body = f'<a href="{location.translate(_HTML_ESCAPES)}">Moved Permanently</a>.\n\n'
            return Answer(
                301,
                [("Location", location), ("Content-Type", "text/html; charset=utf-8")],
                body.encode("utf-8"),
            )
        return Answer(307, [("Location", location)])

    def _check_bearer(self, authorization: str | None) -> None:
        if self._bearer is None:
            return
        given = (authorization or "").encode("utf-8", errors="replace")
        if not hmac.compare_digest(given, self._bearer):
            what = "is missing" if not authorization else "is wrong"
            raise _Refused(
                401,
                f"This token server needs 'Authorization: Bearer <secret>'; the header {what}.",
            )

    # --- limits -----------------------------------------------------------------------------------

    def _check_limits(
        self, answer: Answer, channel: str | None, identities: list[str], lifetime: int
    ) -> None:
        try:
            self._check_limit_values(channel, identities, lifetime)
        except _Refused as refused:
            refused.answer = answer
            raise

    def _check_limit_values(
        self, channel: str | None, identities: list[str], lifetime: int
    ) -> None:
        limits = self.limits
        if channel is not None and not limits.channel_allowed(channel):
            raise _Refused(403, f"Channel {channel!r} is not allowed by this token server.")
        for identity in identities:
            if not limits.identity_allowed(identity):
                raise _Refused(403, f"User {identity!r} is not allowed by this token server.")
        if limits.max_lifetime is not None and lifetime > limits.max_lifetime:
            raise _Refused(
                403,
                f"A lifetime of {lifetime} s is more than this token server allows "
                f"({limits.max_lifetime} s).",
            )

    # --- building ---------------------------------------------------------------------------------

    def _build(self, key: str, request: dict[str, object], now: int) -> Issued:
        request["app_id"] = self.app_id
        request["app_certificate"] = self._certificate
        try:
            if self._randint is None:
                result = build(request, now=now)
            else:
                result = build(request, now=now, randint=self._randint)
        except InvalidInputError as exc:
            if exc.field in ("app_id", "app_certificate"):  # the community server's words (§8)
                raise InvalidInputError("check appId or appCertificate", exc.field) from None
            raise
        finally:
            del request["app_certificate"]
        request.update(result.pinned)
        # The core's Texts as they are (str subclasses: every byte written is the same), so that
        # the GUI's Token server page can show them in its language.
        warnings = tuple(w.message for w in result.warnings) if result.warnings else ()
        return Issued(key, result.token, request, warnings)

    def _rtc_request(
        self, channel: str, uid_text: str, token_type: str, publisher: bool, expire: int
    ) -> tuple[dict[str, object], str, str]:
        """The rtc_uid / rtc_account request of §4, its identity and identity kind.

        Raises:
            _GoParseError: the community server's build error for this uid or token type.
        """
        role = 1 if publisher else 2
        base: dict[str, object] = {"format": "007", "channel_name": channel, "role": role}
        base["token_expire"] = base["privilege_expire"] = expire
        if token_type == "uid":
            try:
                uid = parse_uint(uid_text) & MAX_U32
            except _GoParseError as exc:
                raise _GoParseError(
                    f"failed to parse uidStr: {uid_text}, to uint causing error: {exc}"
                ) from None
            base["builder"] = "rtc_uid"
            base["uid"] = uid
            return base, str(uid), "uid"
        if token_type == "userAccount":
            base["builder"] = "rtc_account"
            base["account"] = uid_text
            return base, uid_text, "account"
        raise _GoParseError(f"failed to generate RTC token for Unknown Tokentype: {token_type}")

    @staticmethod
    def _rtm_request(user: str, channel: str, expire: int) -> dict[str, object]:
        """go-tokenbuilder's RTM token: RTM only, or with a channel also RTC privileges 1 and 4."""
        if not channel:
            return {"format": "007", "builder": "rtm", "user_id": user, "expire": expire}
        privileges = {"1": expire, "4": expire}
        return {
            "format": "007",
            "builder": "services",
            "expire": expire,
            "services": [
                {"type": 1, "privileges": privileges, "channel_name": channel, "uid": user},
                {"type": 2, "privileges": {"1": expire}, "user_id": user},
            ],
        }

    def _get(self, route: str, segments: list[str], raw_query: str) -> Answer:
        """The GET token routes of §4–§7."""
        prefix = {
            "rtc": "Error Generating RTC token: ",
            "rtm": "Error Generating RTM token: ",
            "rte": "Error Generating RTC and RTM token: ",
            "chat_app": "Error Generating Chat token: ",
            "chat_account": "Error Generating Chat token: ",
        }[route]
        answer = Answer(0, [("Content-Type", JSON_UTF8)], route=route.split("_")[0])
        text = query_value(raw_query, "expiry")
        param_error: str | None = None
        expire = DEFAULT_EXPIRY
        if text is not None:
            try:
                expire = parse_uint(text) & MAX_U32
            except _GoParseError as exc:
                param_error = f"failed to parse expireTime: {text}, causing error: {exc}"
                expire = 0
        answer.lifetime = expire
        now = int(self._clock())

        if route in ("rtc", "rte"):
            channel, role_text, token_type, uid_text = segments[2:6]
            rtm_user = segments[6] if len(segments) == 8 else ""
            if uid_text == "":
                uid_text = "0"
            if rtm_user == "" and uid_text != "0":
                rtm_user = uid_text
            publisher = role_text == "publisher"
            answer.channel = channel
            answer.role = "publisher" if publisher else "subscriber"
            if route == "rte" and param_error is None and rtm_user == "":
                param_error = 'failed to parse rtm user ID. Cannot be empty or "0"'
            if param_error is not None:
                return _param_error(answer, prefix + param_error)
            try:
                request, identity, kind = self._rtc_request(
                    channel, uid_text, token_type, publisher, expire
                )
            except _GoParseError as exc:
                answer.identity, answer.identity_kind = uid_text, None
                return _build_error(answer, f"Error Generating RTC token - {exc}")
            answer.identity, answer.identity_kind = identity, kind
            users = [identity] if route == "rtc" else [identity, rtm_user]
            self._check_limits(answer, channel, users, expire)
            try:
                answer.issued.append(self._build("rtcToken", request, now))
            except InvalidInputError as exc:
                return _build_error(answer, f"Error Generating RTC token - {exc}")
            if route == "rte":
                try:
                    rtm = self._rtm_request(rtm_user, channel, expire)
                    answer.issued.append(self._build("rtmToken", rtm, now))
                except InvalidInputError as exc:
                    return _build_error(answer, f"Error Generating RTM token - {exc}")
        elif route == "rtm":
            user = segments[2]
            answer.identity, answer.identity_kind = user, "user"
            if user in ("", "0"):
                param_error = f'invalid RTM User ID: "{user}"'
            if param_error is not None:
                return _param_error(answer, prefix + param_error)
            self._check_limits(answer, None, [user], expire)
            try:
                answer.issued.append(
                    self._build("rtmToken", self._rtm_request(user, "", expire), now)
                )
            except InvalidInputError as exc:
                return _build_error(answer, f"Error Generating RTM token: {exc}")
        else:
            user = segments[3] if route == "chat_account" else ""
            if route == "chat_account":
                answer.identity, answer.identity_kind = user, "user"
                if user == "":
                    param_error = "userAccount type requires chat ID"
            if param_error is not None:
                return _param_error(answer, prefix + param_error)
            self._check_chat_limits(answer, user, expire)
            try:
                answer.issued.append(self._build("chatToken", _chat_request(user, expire), now))
            except InvalidInputError as exc:
                return _build_error(answer, f"Error Generating Chat token: {exc}")
        answer.status = 200
        answer.body = go_object({i.key: i.token for i in answer.issued})
        return answer

    def _check_chat_limits(self, answer: Answer, user: str, expire: int) -> None:
        if user == "" and self.limits.identities:
            refused = _Refused(
                403,
                "Chat app tokens are not allowed when this token server limits the users "
                "(an app token acts for every user).",
            )
            refused.answer = answer
            raise refused
        self._check_limits(answer, None, [user] if user else [], expire)

    def _post(self, body: bytes) -> Answer:
        """``POST /getToken`` (§8)."""
        answer = Answer(0, [], route="getToken")
        try:
            fields = decode_token_request(body)
        except GoJSONError as exc:
            return _text_error(answer, str(exc))
        token_type = fields.get("tokenType", "")
        channel = str(fields.get("channel", ""))
        uid_text = str(fields.get("uid", ""))
        expire_value = fields.get("expire", 0)
        assert isinstance(expire_value, int)
        expire = DEFAULT_EXPIRY if expire_value == 0 else expire_value & MAX_U32
        answer.lifetime = expire
        now = int(self._clock())
        if token_type == "rtc":
            if channel == "":
                return _text_error(answer, "invalid: missing channel name")
            answer.channel = channel
            if uid_text == "":
                return _text_error(answer, "invalid: missing user ID or account")
            publisher = fields.get("role") == "publisher"
            answer.role = "publisher" if publisher else "subscriber"
            try:
                parse_uint(uid_text)
                numeric = True
            except _GoParseError:
                numeric = False
            request, identity, kind = self._rtc_request(
                channel, uid_text, "uid" if numeric else "userAccount", publisher, expire
            )
            answer.identity, answer.identity_kind = identity, kind
            self._check_limits(answer, channel, [identity], expire)
        elif token_type == "rtm":
            if uid_text == "":
                return _text_error(answer, "invalid: missing user ID or account")
            answer.identity, answer.identity_kind = uid_text, "user"
            answer.channel = channel or None
            self._check_limits(answer, channel or None, [uid_text], expire)
            request = self._rtm_request(uid_text, channel, expire)
        elif token_type == "chat":
            if uid_text:
                answer.identity, answer.identity_kind = uid_text, "user"
            self._check_chat_limits(answer, uid_text, expire)
            request = _chat_request(uid_text, expire)
        else:
            return _text_error(answer, "Unsupported tokenType")
        try:
            answer.issued.append(self._build("token", request, now))
        except InvalidInputError as exc:
            return _text_error(answer, str(exc))
        answer.status = 200
        answer.headers.append(("Content-Type", "application/json"))
        answer.body = go_object({"token": answer.issued[0].token}) + b"\n"
        return answer


def _chat_request(user: str, expire: int) -> dict[str, object]:
    if user:
        return {"format": "007", "builder": "chat_user", "user_id": user, "expire": expire}
    return {"format": "007", "builder": "chat_app", "expire": expire}


def _param_error(answer: Answer, message: str) -> Answer:
    answer.status = 400
    answer.error = message
    answer.body = go_object({"message": message, "status": 400})
    return answer


def _build_error(answer: Answer, message: str) -> Answer:
    answer.status = 400
    answer.error = message
    answer.issued.clear()
    answer.body = go_object({"error": message, "status": 400})
    return answer


def _text_error(answer: Answer, message: str) -> Answer:
    answer.status = 400
    answer.error = message
    answer.headers += [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("X-Content-Type-Options", "nosniff"),
    ]
    answer.body = message.encode("utf-8") + b"\n"
    return answer


def bad_request(message: str, status: int = 400) -> Answer:
    """A protocol-level refusal (malformed request, too large, too slow): a JSON error."""
    return Answer(
        status,
        [("Content-Type", JSON_UTF8)],
        go_object({"error": message, "status": status}),
        error=message,
    )


def headers_map(pairs: list[tuple[str, str]]) -> Mapping[str, str]:
    """Header pairs as a dict with lower-case names (the last value of a repeated name wins)."""
    return {name.lower(): value for name, value in pairs}
