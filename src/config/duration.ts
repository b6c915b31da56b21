import { z } from "zod";

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "6h", "30m", "90s", "1d", "1h30m" → milliseconds; undefined when it is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smhd])+$/.test(t)) return undefined;
  let ms = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)([smhd])/g))
    ms += Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 0);
  return Math.round(ms);
}

/**
 * DATA_REFRESH: how often the running bot refreshes its data from the feeds ("6h"); empty, "0" or
 * "off": never. At least 10 s (tests refresh often; a team would say hours).
 */
export const DataRefresh = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || /^(0|off|no|false)$/i.test(v.trim())) return undefined;
      const ms = parseDuration(v);
      if (ms === undefined || ms < 10_000) {
        ctx.addIssue({
          code: "custom",
          message:
            'DATA_REFRESH must be a duration of 10s or more, such as "6h", "30m" or "1d" (or "off")',
        });
        return z.NEVER;
      }
      return ms;
    }),
);
