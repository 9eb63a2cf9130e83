"""The server-side SVG charts."""

import re
from decimal import Decimal

import pytest

from reports.charts import Series, _nice_ceiling, bar_chart


@pytest.mark.parametrize(
    ("value", "top"),
    [("0", "1"), ("7", "8"), ("40", "40"), ("1250", "1600"), ("1042536744.72", "1200000000"), ("99", "100")],
)
def test_the_scale_tops_at_a_round_number(value, top):
    assert _nice_ceiling(Decimal(value)) == Decimal(top)


def test_a_bar_per_value_taller_for_more_money_and_text_escaped():
    svg = str(
        bar_chart(
            title="<script>",
            labels=["Jan 26", "Feb 26", "<b>"],
            series=[Series("Revenue", [Decimal("10"), Decimal("40"), Decimal("0")], "bar-revenue")],
            links=["?a=1&b=2", "?p=2", "?p=3"],
        )
    )
    heights = [
        float(h)
        for h in re.findall(
            r'class="point bar-revenue" data-value="[^"]+" x="[^"]+" y="[^"]+" '
            r'width="[^"]+" height="([^"]+)"',
            svg,
        )
    ]
    assert len(heights) == 3
    assert heights[1] == pytest.approx(4 * heights[0], rel=0.01)
    assert heights[2] < 1  # a zero is a hairline on the axis
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "&lt;b&gt;" in svg
    assert 'href="?a=1&amp;b=2"' in svg


def test_negative_values_go_below_the_axis():
    svg = str(bar_chart(title="t", labels=["a", "b"], series=[Series("s", [Decimal("-5"), Decimal("5")], "x")]))
    ys = [float(y) for y in re.findall(r'class="point x" data-value="[^"]+" x="[^"]+" y="([^"]+)"', svg)]
    assert ys[0] > ys[1]
