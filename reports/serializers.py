"""What the report endpoints accept and return."""

from rest_framework import serializers

from balance_service.fields import StrictIntegerField
from reports.periods import MAX_YEAR, MIN_YEAR, Period, period_parse


class PeriodField(serializers.CharField):
    """A month as `YYYY-MM` -> `Period`: exactly that, nothing around it (no whitespace trimmed)."""

    def __init__(self, **kwargs):
        super().__init__(help_text="The month, YYYY-MM.", trim_whitespace=False, **kwargs)

    def to_internal_value(self, data) -> Period:
        try:
            return period_parse(text=super().to_internal_value(data))
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from None

    def to_representation(self, value) -> str:
        return str(value)


class MonthlyReportQueryInputSerializer(serializers.Serializer):
    """`?period=YYYY-MM`, or `?year=YYYY&month=M`: one of the two forms, not both."""

    period = PeriodField(required=False)
    year = StrictIntegerField(required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)
    month = StrictIntegerField(required=False, min_value=1, max_value=12)

    def validate(self, attrs) -> dict:
        period, year, month = attrs.get("period"), attrs.get("year"), attrs.get("month")
        if period is not None:
            if year is not None or month is not None:
                raise serializers.ValidationError({"period": ["Give either period or year and month, not both."]})
            return {"period": period}
        if year is None and month is None:
            raise serializers.ValidationError({"period": ["Required: a month as YYYY-MM (or give year and month)."]})
        if year is None or month is None:
            missing = "year" if year is None else "month"
            raise serializers.ValidationError({missing: ["Required together with the other of year and month."]})
        return {"period": Period(year=year, month=month)}


class MonthlyReportPathInputSerializer(serializers.Serializer):
    period = PeriodField()


class MonthlyReportLinkOutputSerializer(serializers.Serializer):
    period = PeriodField()
    url = serializers.URLField(help_text="A signed link to the CSV; it works without an API key until it expires.")
