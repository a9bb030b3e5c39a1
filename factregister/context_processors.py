from django.conf import settings

from factregister.addresses import public_address

# The editors' side of the register, as the admin and the login lockout page head it.
ADMIN_HEADER = "Fact register: editors' desk"


def register(request):
    """Names every template needs: the register's own name and public address."""
    return {
        "REGISTER_NAME": settings.REGISTER_NAME,
        "REGISTER_PUBLISHER_NAME": settings.REGISTER_PUBLISHER_NAME,
        "REGISTER_PUBLIC_URL": public_address(),
        "ADMIN_HEADER": ADMIN_HEADER,
    }
