"""How each interface language writes a date on the public pages (settings.FORMAT_MODULE_PATH).

Each module overrides only the formats it names; Django's own fill in the rest. The pages show
dates through the `day` and `moment` filters (factregister/templatetags/languages.py), which
read DATE_FORMAT and DATETIME_FORMAT from here. Django has no formats for Kazakh.
"""

from django.utils.translation import pgettext_lazy

# Django's month names as a date shows them ("E" in a format: django.utils.dates.MONTHS_ALT), under
# Django's own context, listed here so that the register's catalogs carry them and can write them as
# a date needs: Russian in the genitive (11 декабря), Kazakh in lower case (11 желтоқсан), where
# Django's Kazakh catalog capitalises them.
MONTHS_IN_A_DATE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
