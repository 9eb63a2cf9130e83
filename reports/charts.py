"""Bar charts drawn on the server as inline SVG: no script, no library, nothing fetched from the
internet; they print as they show. Each bar is a `<rect class="point">` carrying its value in
`data-value` (the browser test counts them), with a `<title>` for the tooltip and an optional link.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from balance_service.money import money

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 96, 8, 12, 40
GRID_LINES = 4


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Decimal]
    css_class: str  # the bar's colour (see the stylesheet in admin/base_site.html)


def _px(value: float | Decimal) -> str:
    return f"{value:.1f}"


def _nice_ceiling(value: Decimal) -> Decimal:
    """The smallest round number (1, 1.2, 1.5, 2, ... 8 times a power of ten) at least `value`:
    the top of the scale, whose quarters are round too."""
    if value <= 0:
        return Decimal(1)
    power = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, Decimal("1.2"), Decimal("1.6"), 2, Decimal("2.4"), 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # unreachable: value < 10 * power by construction


def bar_chart(
    *, title: str, labels: Sequence[str], series: Sequence[Series], links: Sequence[str] | None = None
) -> SafeString:
    """A grouped bar chart of `series` over `labels` (one group per label), negative values
    drawn below the zero line."""
    values = [value for one in series for value in one.values]
    top = _nice_ceiling(max([*values, Decimal(0)]))
    bottom = -_nice_ceiling(-min(values)) if values and min(values) < 0 else Decimal(0)
    plot_h = HEIGHT - TOP - BOTTOM
    plot_w = WIDTH - LEFT - RIGHT

    def y(value: Decimal) -> Decimal:
        """The SVG y of `value`, computed in Decimal (no float near money), to 0.1 px."""
        return (TOP + (top - value) * plot_h / (top - bottom)).quantize(Decimal("0.1"))

    parts: list[str] = []
    for i in range(GRID_LINES + 1):
        value = bottom + (top - bottom) * i / GRID_LINES
        parts.append(
            format_html(
                '<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="axis" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                _px(y(value)),
                _px(y(value)),
                LEFT - 6,
                _px(y(value) + 4),
                money(value, decimals=0 if top - bottom >= 100 else 2),
            )
        )
    group_w = plot_w / max(len(labels), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    for index, label in enumerate(labels):
        x0 = LEFT + index * group_w + group_w * 0.1
        bars = []
        for number, one in enumerate(series):
            value = one.values[index]
            y_top, y_bottom = sorted((y(value), y(Decimal(0))))
            bars.append(
                format_html(
                    '<rect class="point {}" data-value="{}" x="{}" y="{}" width="{}" height="{}">'
                    "<title>{} {}: {}</title></rect>",
                    one.css_class,
                    value,
                    _px(x0 + number * bar_w),
                    _px(y_top),
                    _px(bar_w),
                    _px(max(y_bottom - y_top, 0.5)),
                    one.name,
                    label,
                    money(value),
                )
            )
        group = mark_safe("".join(bars))  # noqa: S308 - every part was built by format_html
        if links:
            group = format_html('<a href="{}">{}</a>', links[index], group)
        parts.append(group)
        parts.append(
            format_html(
                '<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>',
                _px(x0 + group_w * 0.4),
                HEIGHT - BOTTOM + 16,
                label,
            )
        )
    legend = format_html_join(
        "", '<span class="legend"><span class="swatch {}"></span>{}</span>', ((s.css_class, s.name) for s in series)
    )
    return format_html(
        '<figure class="chart"><figcaption>{}</figcaption>'
        '<svg viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-label="{}">{}</svg>'
        '<div class="legends">{}</div></figure>',
        title,
        WIDTH,
        HEIGHT,
        WIDTH,
        HEIGHT,
        title,
        mark_safe("".join(parts)),  # noqa: S308 - every part was built by format_html
        legend,
    )
