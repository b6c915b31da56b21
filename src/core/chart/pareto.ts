/**
 * The price–score Pareto front: the points no other point beats on both price (lower) and score
 * (higher or equal). Returned cheapest first, so each step buys more score for more money.
 */
export function paretoFront<T extends { price: number; score: number }>(
  points: readonly T[],
  higherIsBetter = true,
): T[] {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const sorted = [...points].sort(
    (a, b) => a.price - b.price || (higherIsBetter ? b.score - a.score : a.score - b.score),
  );
  const front: T[] = [];
  for (const p of sorted) {
    const last = front[front.length - 1];
    if (last === undefined || better(p.score, last.score)) front.push(p);
  }
  return front;
}

/** One number per model for "price": 3 parts input to 1 part output, a common blend for chat use. */
export function blendedPrice(input: number, output: number): number {
  return (3 * input + output) / 4;
}
