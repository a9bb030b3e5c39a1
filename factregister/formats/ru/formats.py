"""The month in the genitive, without "г.", as Russian-language newsrooms date an article: 11 декабря 2025."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
