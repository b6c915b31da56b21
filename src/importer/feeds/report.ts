import type { SourceOutcome } from "./fetch-source.ts";
import type { UpdateResult } from "./update.ts";

/** 1234567 → "1.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS: Record<SourceOutcome["status"], string> = {
  fresh: "fresh",
  unchanged: "not modified",
  cached: "cached copy",
  missing: "left out",
};

/** One line per source as it is done: what came, how much, and as of when. */
export function formatOutcome(o: SourceOutcome): string {
  const parts = [
    o.id.padEnd(11),
    STATUS[o.status].padEnd(13),
    `${formatBytes(o.bytes)} in ${o.files} file${o.files === 1 ? "" : "s"}`,
  ];
  if (o.received > 0) parts.push(`(${formatBytes(o.received)} received)`);
  if (o.asOf) parts.push(`as of ${o.asOf}`);
  if (o.models > 0) parts.push(`${o.models} entries`);
  const lines = [parts.join("  ")];
  for (const w of o.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}

/** The closing lines: models mapped per source and whether the data directory changed. */
export function formatUpdate(r: UpdateResult): string {
  const lines = ["models mapped per source:"];
  for (const [id, n] of Object.entries(r.mapped).sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${id.padEnd(20)} ${n}`);
  }
  const before =
    r.previousModels === undefined ? "no catalog before" : `${r.previousModels} before`;
  lines.push(
    r.changed
      ? `catalog: ${r.models} models (${before}); ${r.dataDir} replaced, the previous catalog kept in ${r.previousDir}`
      : `catalog: ${r.models} models, unchanged; ${r.dataDir} left as it was`,
  );
  return lines.join("\n");
}
