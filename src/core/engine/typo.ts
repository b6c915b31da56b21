/**
 * Typo repair against the catalog's own token vocabulary, by deletion neighbourhoods (the
 * SymSpell idea): the index stores every vocabulary token with one character deleted, a query
 * token looks up itself and its own one-deletions, and the real edit distance confirms. That finds
 * tokens within two edits in microseconds, with memory linear in the vocabulary.
 */

export interface TypoIndex {
  /** The closest vocabulary token within the allowed distance, or undefined. */
  repair(token: string): string | undefined;
}

/** Short tokens get one edit, longer ones two: "gemni" → "gemini", "sonet" → "sonnet". */
function allowedDistance(length: number): number {
  if (length < 3) return 0;
  return length < 8 ? 1 : 2;
}

/** Three letters get one letter back and nothing else ("mni" → "mini"): "gpt" must not become "got". */
function acceptable(token: string, candidate: string): boolean {
  return token.length > 3 || candidate.length === token.length + 1;
}

function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

/** Builds the index; `weight(token)` breaks distance ties (more common tokens win). */
export function buildTypoIndex(
  vocabulary: Iterable<string>,
  weight: (t: string) => number,
): TypoIndex {
  const vocab = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, token: string) => {
    const list = byDeletion.get(key);
    if (list === undefined) byDeletion.set(key, [token]);
    else if (list[list.length - 1] !== token) list.push(token);
  };
  for (const token of vocabulary) {
    // Numbers and sizes are not misspelled words: "3.1" must never become "3.3".
    if (token.length < 3 || /\d/.test(token)) continue;
    vocab.add(token);
    add(token, token);
    for (const d of deletions(token)) add(d, token);
  }
  return {
    repair(token) {
      const max = allowedDistance(token.length);
      if (max === 0 || /\d/.test(token)) return undefined;
      let best: string | undefined;
      let bestDistance = max + 1;
      let bestWeight = -1;
      const seen = new Set<string>();
      for (const key of [token, ...deletions(token)]) {
        for (const candidate of byDeletion.get(key) ?? []) {
          if (seen.has(candidate) || !acceptable(token, candidate)) continue;
          seen.add(candidate);
          const d = editDistance(token, candidate, max);
          const w = weight(candidate);
          if (d < bestDistance || (d === bestDistance && w > bestWeight)) {
            best = candidate;
            bestDistance = d;
            bestWeight = w;
          }
        }
      }
      return bestDistance <= max ? best : undefined;
    },
  };
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
