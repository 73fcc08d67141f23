-- STR_TO_DATE with week-based formats (%W weekday name with %U/%u/%V/%v week numbers and %X/%x years).
SELECT STR_TO_DATE('Friday 2024 09', '%W %Y %u') AS by_week_u, STR_TO_DATE('Monday 2024 01', '%W %Y %U') AS by_week_upper_u;
SELECT STR_TO_DATE('Sunday 2021 01', '%W %X %V') AS by_week_v, STR_TO_DATE('Monday 2021 52', '%W %x %v') AS by_week_lower_v;
SELECT STR_TO_DATE('Tue 2024 10', '%a %Y %u') AS abbreviated;
