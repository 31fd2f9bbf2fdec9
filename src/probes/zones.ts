/** UTC offsets of zones for simulated instances (no DST: the zones the toolkit's examples use have none). */
const ZONES: Record<string, { abbreviation: string; utcOffset: string }> = {
  UTC: { abbreviation: "UTC", utcOffset: "+0000" },
  "Etc/UTC": { abbreviation: "UTC", utcOffset: "+0000" },
  "Asia/Tokyo": { abbreviation: "JST", utcOffset: "+0900" },
  "Asia/Seoul": { abbreviation: "KST", utcOffset: "+0900" },
  "Asia/Singapore": { abbreviation: "+08", utcOffset: "+0800" },
  "Asia/Kolkata": { abbreviation: "IST", utcOffset: "+0530" },
};

/** Abbreviation and `date +%z` offset of a zone. */
export function zoneInfo(zone: string): { abbreviation: string; utcOffset: string } {
  const known = ZONES[zone];
  if (known) return known;
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(new Date(0))
      .find((p) => p.type === "timeZoneName")?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? "");
    const utcOffset = match ? `${match[1]}${match[2]}${match[3]}` : "+0000";
    return { abbreviation: utcOffset === "+0000" ? "UTC" : utcOffset.slice(0, 3), utcOffset };
  } catch {
    return { abbreviation: "UTC", utcOffset: "+0000" };
  }
}

/** Offset in milliseconds from a `date +%z` string such as +0900. */
export function offsetMs(utcOffset: string): number {
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  const digits = utcOffset.replace(/^[+-]/, "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** Local ISO time as `date +%Y-%m-%dT%H:%M:%S%z` prints it. */
export function localIso(at: number, utcOffset: string): string {
  return `${new Date(at + offsetMs(utcOffset)).toISOString().slice(0, 19)}${utcOffset}`;
}
