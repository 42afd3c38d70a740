// Formatting done on the server only (fixed UTC, so server HTML and hydration always agree).
const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  year: "numeric",
  month: "short",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatDateTime(d: Date | null | undefined): string {
  return d ? `${dateTime.format(d)} UTC` : "—";
}

/** "3 min ago", "in 2 h": relative to `now`, coarse on purpose. */
export function formatRelative(d: Date | null | undefined, now = new Date()): string {
  if (!d) return "never";
  const s = Math.round((d.getTime() - now.getTime()) / 1000);
  const a = Math.abs(s);
  if (a < 10) return "just now";
  const [n, unit] = a < 60 ? [a, "s"] : a < 3600 ? [Math.round(a / 60), "min"] : a < 86_400 ? [Math.round(a / 3600), "h"] : [Math.round(a / 86_400), "d"];
  return s < 0 ? `${n} ${unit} ago` : `in ${n} ${unit}`;
}
