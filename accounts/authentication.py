"""`Authorization: Bearer <api key>` authentication for DRF."""

from rest_framework import HTTP_HEADER_ENCODING, authentication, exceptions

from accounts.services import api_client_authenticate


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        # As DRF's get_authorization_header, from META: `request.headers` would first build the
        # map of every header of the request, which nothing else on the API's path needs.
        header = request.META.get("HTTP_AUTHORIZATION", "").encode(HTTP_HEADER_ENCODING).split()
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
