"""Django's Persian date, with the time after a Persian comma. The `day` filter writes the digits in
Persian and adds the Solar Hijri date."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
