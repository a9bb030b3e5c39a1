"""The month in full on the public pages ("11 December 2025"), as they have always written it."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
