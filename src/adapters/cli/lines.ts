/**
 * Reads a stream as lines split on LF only: a CRLF ending is trimmed to the line, while a lone CR
 * stays inside its line (it is not a line break in any text file this reads). The last line is
 * yielded even without a final LF. Lines are yielded as they arrive, so a pipe gets answers
 * while it is still being written.
 */
export async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  input.setEncoding("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += String(chunk);
    let at = pending.indexOf("\n");
    while (at >= 0) {
      yield trimCr(pending.slice(0, at));
      pending = pending.slice(at + 1);
      at = pending.indexOf("\n");
    }
  }
  if (pending.length > 0) yield trimCr(pending);
}

function trimCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
