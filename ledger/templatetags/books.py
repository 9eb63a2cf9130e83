"""`{% load books %}`: `{{ amount|money }}` writes 1,234,567.80 (see `balance_service.money`)."""

from django import template

from balance_service.money import money as money_text

register = template.Library()


@register.filter
def money(value) -> str:
    return money_text(value)
