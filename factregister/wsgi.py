"""The WSGI entry point for application servers; it refuses to start without a secret key."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")

application = get_wsgi_application()

# No server without a secret key: it signs sessions and CSRF tokens. (Settings leave it empty
# outside DEBUG so that commands which sign nothing run without one.)
try:
    _ = settings.SECRET_KEY
except ImproperlyConfigured:
    raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=true for local development).") from None
