"""The statistics charts drawn for the screen (``ui/chart_image.py``)."""

from __future__ import annotations

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from rete_desktop.stats.charts import WIDTH, Chart  # noqa: E402
from rete_desktop.ui.chart_image import chart_image, value_ticks  # noqa: E402


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_the_value_axis_counts_in_round_steps_from_zero_to_the_top(top):
    ticks = value_ticks(top)
    assert ticks[0] == 0 and ticks[-1] <= top
    assert len(ticks) <= 6
    if len(ticks) > 1:
        step = ticks[1]
        assert all(b - a == step for a, b in zip(ticks, ticks[1:], strict=False))
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert round(mantissa, 9) in (1, 2, 5, 10)


def test_a_chart_is_drawn_at_the_screens_pixel_ratio(qapp):
    chart = Chart("New cases by risk", ["Low", "Medium", "High"], [0, None, 12],
                  horizontal=True)
    plain, sharp = chart_image(chart, 1.0), chart_image(chart, 2.0)
    assert plain.width() == round(WIDTH) and sharp.width() == round(WIDTH * 2)
    assert sharp.deviceIndependentSize().toSize() == plain.size()
