/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, without matchAll's copy of
 * the pattern: matchAll builds a new RegExp on each call, and the question path runs about 40
 * patterns per question, most of which match nothing (measured: the constraint patterns alone
 * went from ~25 µs to ~9 µs a question). The pattern's lastIndex is reset before and after, so a
 * shared module-level pattern is safe to pass.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  // Without the g flag exec would find the first match forever (matchAll throws there too).
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0] === "") re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return out;
}
