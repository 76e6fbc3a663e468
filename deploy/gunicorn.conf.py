"""gunicorn for cso_site (deploy/systemd/cso-web.service). GUNICORN_BIND and GUNICORN_WORKERS
override the defaults; 2 x cores + 1 workers suit a page-cached site."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "unix:/run/cso_site/gunicorn.sock")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
wsgi_app = "cso_site.wsgi:application"
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))  # recycle workers (memory)
max_requests_jitter = max_requests // 5  # not all workers at once
timeout = 60
graceful_timeout = 30
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1")
