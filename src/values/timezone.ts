// The session time zone, @@time_zone. spbed's simulated host runs in UTC, as the test server does, so 'SYSTEM' is
// UTC; otherwise the zone is an offset '+HH:MM' from -13:59 to +14:00. Named zones ('Europe/Paris') need the time
// zone tables, which a fresh MySQL has not loaded, so SET refuses them (1298). One parser serves SET's check and
// every reader (NOW(), TIMESTAMP ranges, ON UPDATE CURRENT_TIMESTAMP), so they cannot disagree.

const OFFSET = /^([+-])(\d{1,2}):(\d{2})$/;

/** Minutes east of UTC that a time_zone value stands for, or undefined when MySQL would refuse it. */
export function timeZoneOffsetMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === "SYSTEM") return 0;
  const m = OFFSET.exec(zone);
  if (!m || Number(m[3]) >= 60) return undefined;
  const minutes = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === "-" ? -1 : 1);
  return minutes >= -(13 * 60 + 59) && minutes <= 14 * 60 ? minutes : undefined;
}

/**
 * The name @@time_zone shows for an accepted value: 'SYSTEM', or the offset with two-digit hours and a sign that
 * follows the value ('+5:00' is '+05:00', '-0:00' is '+00:00'), as MySQL's Time_zone_offset names it.
 */
export function timeZoneName(zone: string): string | undefined {
  const minutes = timeZoneOffsetMinutes(zone);
  if (minutes === undefined) return undefined;
  if (zone.toUpperCase() === "SYSTEM") return "SYSTEM";
  const a = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}
