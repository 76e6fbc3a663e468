# Albanian dates as Albanians write them: "24 nëntor 2026", "e martë, 24 nëntor 2026, ora 10:00".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y, \o\r\a H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
