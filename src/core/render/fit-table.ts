/**
 * Fits a table into a given number of columns: when the natural widths are too wide, the widest
 * columns give up room first (the narrow ones keep theirs), and cells wrap at spaces, hyphens
 * and slashes inside their column. A cell that would need more than MAX_CELL_LINES lines is cut
 * with "…". No output line is ever wider than `width`.
 */

const GAP = "  ";
/** More lines than this per cell reads worse than a shortened name. */
const MAX_CELL_LINES = 3;

/** Column widths that sum (with gaps) to at most `width`: the widest ones are capped first. */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const room = Math.max(natural.length, width - GAP.length * (natural.length - 1));
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= room) return [...natural];
  // Water-filling: the largest cap c with sum(min(w, c)) <= room, then hand out what is left.
  const sorted = [...natural].sort((a, b) => a - b);
  let used = 0;
  let cap = 1;
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted.length - i;
    const even = Math.floor((room - used) / left);
    const w = sorted[i] ?? 0;
    if (w <= even) {
      used += w;
      continue;
    }
    cap = Math.max(1, even);
    break;
  }
  const widths = natural.map((w) => Math.min(w, cap));
  let spare = room - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    if ((widths[i] ?? 0) < (natural[i] ?? 0)) {
      widths[i] = (widths[i] ?? 0) + 1;
      spare--;
    }
  }
  return widths;
}

/** Splits text into lines of at most `width` characters, breaking after spaces, "-" and "/". */
export function wrapCell(text: string, width: number, maxLines = MAX_CELL_LINES): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const window = rest.slice(0, width + 1);
    let cut = Math.max(
      window.lastIndexOf(" "),
      window.lastIndexOf("-") + 1,
      window.lastIndexOf("/") + 1,
    );
    if (cut <= 0 || cut > width) cut = width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) lines.push(rest);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, width - 1))}…`;
  return kept;
}

/** The table as lines: a header row, a rule, then the rows; every line at most `width` wide. */
export function fitTable(columns: string[], rows: string[][], width: number): string {
  const all = [columns, ...rows];
  const natural = columns.map((_, i) => Math.max(1, ...all.map((r) => (r[i] ?? "").length)));
  const widths = fitWidths(natural, width);
  const render = (cells: string[]) => {
    const wrapped = widths.map((w, i) => wrapCell(cells[i] ?? "", w));
    const height = Math.max(...wrapped.map((c) => c.length));
    const out: string[] = [];
    for (let line = 0; line < height; line++) {
      out.push(
        wrapped
          .map((c, i) => (c[line] ?? "").padEnd(widths[i] ?? 0))
          .join(GAP)
          .trimEnd(),
      );
    }
    return out;
  };
  return [
    ...render(columns),
    widths.map((w) => "-".repeat(w)).join(GAP),
    ...rows.flatMap(render),
  ].join("\n");
}
