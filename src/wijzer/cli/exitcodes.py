"""Exit statuses of the ``wijzer`` command (documented in the README)."""

from wijzer.domain import Verdict

OK = 0  # green verdict, or a command that succeeded
INTERNAL = 1  # an unexpected error (a bug): please report it
USAGE = 2  # wrong options or arguments
INPUT = 3  # unreadable or invalid input (text, file, line, date, image)
PACK = 4  # the policy pack has an error
ORANGE = 10
RED = 20
INTERRUPTED = 130

BY_VERDICT = {Verdict.GREEN: OK, Verdict.ORANGE: ORANGE, Verdict.RED: RED}
