/** A box in plot pixels: left, top, right, bottom. */
type Box = [number, number, number, number];

export interface LabelRequest {
  /** The point's position in plot pixels (y grows downward). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Try the places left of the point first (its right is taken, e.g. by a line leaving it). */
  leftFirst?: boolean;
}

/** Where a label went: its centre in plot pixels, or undefined when no free place was found. */
export type Placement = { cx: number; cy: number } | undefined;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Greedy label placement for a scatter: each label, in the order given (most important first),
 * takes the first of eight places around its point that stays inside the plot and touches no
 * label already placed and no point's marker; a label with no free place is left out rather than
 * drawn over another. Vega's own label transform would do this, but it rasterises marks on a
 * canvas, which a slim server does not have.
 */
export function placeLabels(
  labels: LabelRequest[],
  plot: { width: number; height: number },
  markerRadius: number,
  gap = 5,
): Placement[] {
  const points: Box[] = labels.map((l) => [
    l.x - markerRadius,
    l.y - markerRadius,
    l.x + markerRadius,
    l.y + markerRadius,
  ]);
  const placed: Box[] = [];
  return labels.map((l) => {
    const d = markerRadius + gap;
    const w = l.width;
    const h = l.height;
    // Right, left, above, below, then the corners.
    const centres: [number, number][] = [
      [l.x + d + w / 2, l.y],
      [l.x - d - w / 2, l.y],
      [l.x, l.y - d - h / 2],
      [l.x, l.y + d + h / 2],
      [l.x + d + w / 2, l.y - d],
      [l.x - d - w / 2, l.y - d],
      [l.x + d + w / 2, l.y + d],
      [l.x - d - w / 2, l.y + d],
    ];
    const order = l.leftFirst
      ? [1, 5, 2, 7, 3, 0, 4, 6].map((i) => centres[i] as [number, number])
      : centres;
    for (const [cx, cy] of order) {
      const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      if (box[0] < 0 || box[1] < 0 || box[2] > plot.width || box[3] > plot.height) continue;
      if (placed.some((p) => overlaps(p, box)) || points.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      return { cx, cy };
    }
    return undefined;
  });
}
