from django.conf import settings


def register(request):
    """Names every template needs: the register's own name and public address."""
    return {
        "REGISTER_NAME": settings.REGISTER_NAME,
        "REGISTER_PUBLISHER_NAME": settings.REGISTER_PUBLISHER_NAME,
        "REGISTER_PUBLIC_URL": settings.REGISTER_PUBLIC_URL,
    }
