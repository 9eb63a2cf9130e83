# The balance service: granian (scripts/serve; docs/performance.md) on a slim Python, as an unprivileged user.
# Migrations are a separate step:  docker compose run --rm migrate  (or: docker run IMAGE python manage.py migrate)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STATIC_ROOT=/app/staticfiles
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# collectstatic needs settings; a throwaway key is enough to gather the admin's files.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v 0 \
    && useradd --system --uid 10001 --no-create-home app
USER app

ENV HOST=0.0.0.0 PORT=8000
EXPOSE 8000
# Alive = /healthz answers 200 (no database involved). 127.0.0.1 must stay in ALLOWED_HOSTS.
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"]
CMD ["scripts/serve"]
