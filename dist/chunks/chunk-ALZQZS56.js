import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/probes/zones.ts
var ZONES = {
  UTC: { abbreviation: "UTC", utcOffset: "+0000" },
  "Etc/UTC": { abbreviation: "UTC", utcOffset: "+0000" },
  "Asia/Tokyo": { abbreviation: "JST", utcOffset: "+0900" },
  "Asia/Seoul": { abbreviation: "KST", utcOffset: "+0900" },
  "Asia/Singapore": { abbreviation: "+08", utcOffset: "+0800" },
  "Asia/Kolkata": { abbreviation: "IST", utcOffset: "+0530" }
};
function zoneInfo(zone) {
  const known = ZONES[zone];
  if (known) return known;
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(/* @__PURE__ */ new Date(0)).find((p) => p.type === "timeZoneName")?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? "");
    const utcOffset = match ? `${match[1]}${match[2]}${match[3]}` : "+0000";
    return { abbreviation: utcOffset === "+0000" ? "UTC" : utcOffset.slice(0, 3), utcOffset };
  } catch {
    return { abbreviation: "UTC", utcOffset: "+0000" };
  }
}
function offsetMs(utcOffset) {
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  const digits = utcOffset.replace(/^[+-]/, "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 6e4;
}
function localIso(at, utcOffset) {
  return `${new Date(at + offsetMs(utcOffset)).toISOString().slice(0, 19)}${utcOffset}`;
}

export {
  zoneInfo,
  offsetMs,
  localIso
};
