"""Is a value better or worse than another? The answer depends on the indicator's direction.

Some indicators are better when they rise (valdeltagande), others when they fall (utsläpp,
fetma), and for many the direction is simply not known. The verdicts are the Swedish words
the GUI shows beside a chart.
"""

from __future__ import annotations

import math
from typing import Final, Literal

Verdict = Literal["bättre", "sämre", "oförändrat", "okänd riktning"]

BETTER: Final = "bättre"
WORSE: Final = "sämre"
UNCHANGED: Final = "oförändrat"
UNKNOWN_DIRECTION: Final = "okänd riktning"

# Values come from spreadsheets as floats: treat a difference below this as no change.
RELATIVE_TOLERANCE: Final = 1e-9


def better_or_worse(
    latest: float,
    reference: float,
    higher_is_better: bool | None,
    tolerance: float = 0.0,
) -> Verdict:
    """Compare ``latest`` with ``reference`` (a previous year, Riket, a group average…).

    Args:
        latest: The value being judged, e.g. the municipality's latest value.
        reference: What it is compared with.
        higher_is_better: The indicator's direction; None when it is not known.
        tolerance: An absolute difference that still counts as unchanged (0 = exact,
            up to float noise).

    Returns:
        "oförändrat" when the two are equal within the tolerance, whatever the direction;
        otherwise "bättre" or "sämre" following the direction, or "okänd riktning" when
        the direction is not known.
    """
    if tolerance < 0:
        raise ValueError("tolerance must not be negative")
    difference = latest - reference
    if abs(difference) <= tolerance or math.isclose(
        latest, reference, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12
    ):
        return UNCHANGED
    if higher_is_better is None:
        return UNKNOWN_DIRECTION
    return BETTER if (difference > 0) == higher_is_better else WORSE
