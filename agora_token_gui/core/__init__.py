"""The pure core: build, decode, verify and explain every Agora key type (standard library only).

No Qt, no file or network I/O, no hidden clock: time and randomness are arguments with defaults.
"""

from .build import BuildResult as BuildResult
from .catalog import KINDS as KINDS
from .catalog import FieldKind as FieldKind
from .catalog import FieldSpec as FieldSpec
from .catalog import KeyKind as KeyKind
from .detect import Decoded as Decoded
from .detect import decode as decode
from .detect import to_json as to_json
from .errors import InvalidInputError as InvalidInputError
from .errors import MalformedTokenError as MalformedTokenError
from .errors import TokenError as TokenError
from .errors import UnknownFormatError as UnknownFormatError
from .report import explain as explain
from .request import Problem as Problem
from .request import TokenRequest as TokenRequest
from .request import check as check
from .request import parse_request as parse_request
from .verification import Verification as Verification
from .verification import VerifyInputs as VerifyInputs
from .verification import verify as verify
