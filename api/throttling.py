from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class FeedRateThrottle(AnonRateThrottle):
    """Anonymous throttling through the default cache (Redis when REDIS_URL is set).

    DRF copies DEFAULT_THROTTLE_RATES onto the class when the module is
    imported, so a changed setting would go unseen; reading it per request
    keeps the rate a setting in fact.
    """

    scope = "feed"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
