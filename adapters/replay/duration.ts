const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Adds an ISO-8601 duration (`P1M`, `P10D`, `PT5M`, `P1Y2M3DT4H`) to an instant: years and months
 * by the calendar (UTC), the rest as fixed lengths.
 */
export function addIsoDuration(from: Date, duration: string): Date {
  const m = pattern.exec(duration);
  if (!m || duration === "P" || duration.endsWith("T"))
    throw new Error(`not an ISO-8601 duration: ${duration}`);
  const [years, months, weeks, days, hours, minutes, seconds] = m
    .slice(1)
    .map((v) => Number(v ?? 0)) as number[];
  const out = new Date(from.getTime());
  if (years || months) out.setUTCMonth(out.getUTCMonth() + (years ?? 0) * 12 + (months ?? 0));
  const ms =
    (((weeks ?? 0) * 7 + (days ?? 0)) * 24 * 3600 +
      (hours ?? 0) * 3600 +
      (minutes ?? 0) * 60 +
      (seconds ?? 0)) *
    1000;
  return new Date(out.getTime() + ms);
}
