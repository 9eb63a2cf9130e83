"""Settings for the test suite: the production settings with local, plain-HTTP defaults.

Environment variables that are already set win, so `DATABASE_URL` picks the database.
"""

import os

for name, value in {
    "SECRET_KEY": "test-only-not-a-secret",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_COOKIES": "0",
    "SECURE_HSTS_SECONDS": "0",
    "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    "THROTTLE_RATE": "100000/min",  # the throttling tests set their own low rates
    "THROTTLE_ANON_RATE": "100000/min",
}.items():
    os.environ.setdefault(name, value)

from balance_service.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation in tests
