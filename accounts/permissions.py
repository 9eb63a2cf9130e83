"""Scope checks: a view names the scope each action needs."""

from rest_framework.permissions import BasePermission


def required_scopes(view, request) -> set[str]:
    """The scopes a request needs: `view.action_scopes` maps an action (or an HTTP method) to a scope.
    A view whose needs depend on the request (a batch) defines `required_scopes_for(request)` instead."""
    dynamic = getattr(view, "required_scopes_for", None)
    if dynamic is not None:
        return set(dynamic(request))
    scopes = getattr(view, "action_scopes", None)
    if scopes is None:
        raise AttributeError(f"{type(view).__name__} must declare `action_scopes`.")
    scope = scopes.get(getattr(view, "action", None) or request.method.lower())
    return {scope} if isinstance(scope, str) else set(scope or ())


class HasScope(BasePermission):
    """An authenticated API client whose key carries every scope the action needs.

    An action missing from `view.action_scopes` is refused: nothing is open by omission.
    """

    message = "This key lacks the scope for this action."

    def has_permission(self, request, view) -> bool:
        client = request.auth
        if client is None:
            return False
        if not hasattr(view, request.method.lower()):
            return True  # the view answers 405 for a method it does not serve
        needed = required_scopes(view, request)
        missing = sorted(needed - set(client.scopes))
        if missing:
            # DRF reads `message` from this instance, made for this request only.
            self.message = f"This key lacks the scope{'s' if len(missing) > 1 else ''} {', '.join(missing)}."
        return bool(needed) and not missing
