"""`Authorization: Bearer <api key>` authentication for DRF."""

from rest_framework import authentication, exceptions

from accounts.services import api_client_authenticate


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("The Authorization header must be 'Bearer <api key>'.")
        try:
            key = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid API key.") from None
        client = api_client_authenticate(key=key)
        if client is None:
            raise exceptions.AuthenticationFailed("Invalid or revoked API key.")
        return client, client

    def authenticate_header(self, request) -> str:
        return f'{self.keyword} realm="api"'
