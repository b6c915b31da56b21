/**
 * Checks a message payload (what respond(), chat.postMessage or an options ack carries) against
 * Slack's Block Kit limits and the project's safety rules. Returns every violation found, so a
 * test can `expect(checkSlackLimits(p)).toEqual([])` and see all problems at once.
 */
export function checkSlackLimits(payload: unknown): string[] {
  const problems: string[] = [];
  const p = payload as { text?: unknown; blocks?: unknown; options?: unknown };
  if (typeof p.text === "string") checkText(p.text, "text", problems);
  if (Array.isArray(p.blocks)) checkBlocks(p.blocks, problems);
  if (Array.isArray(p.options)) checkOptions(p.options, "options", problems);
  return problems;
}

/** Links the bot sent, as `<url|label>`: only data sources may appear here. */
export function sentLinks(payload: unknown): string[] {
  return [
    ...collectText(payload)
      .join("\n")
      .matchAll(/<(https?:\/\/[^|>]+)\|[^<>]*>/g),
  ].map((m) => m[1] ?? "");
}

/** Every displayed text (text objects and the fallback), for safety assertions. */
export function collectText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (value === null || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.text === "string" ? [o.text] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => (k === "value" ? [] : collectText(v)))];
}

const MAX = { header: 150, section: 3000, fields: 10, field: 2000, button: 75, value: 2000 };

function checkText(text: string, where: string, problems: string[]): void {
  // Every "<" must open a link to an http(s) source; anything else is an unescaped mention or link.
  const stray = text.replace(/<https?:\/\/[^\s<>|]+\|[^<>]*>/g, "");
  if (/[<>]/.test(stray))
    problems.push(`${where}: unescaped < or > in ${JSON.stringify(text.slice(0, 80))}`);
  if (/&(?!(?:amp|lt|gt);)/.test(text)) problems.push(`${where}: bare & in text`);
  if (/@(?:everyone|here|channel)\b/i.test(text))
    problems.push(`${where}: live @everyone/@here/@channel`);
}

function checkTextObject(t: unknown, max: number, where: string, problems: string[]): void {
  const o = t as { type?: string; text?: string; verbatim?: boolean };
  if (typeof o?.text !== "string" || o.text.length === 0) {
    problems.push(`${where}: empty text object`);
    return;
  }
  if (o.text.length > max) problems.push(`${where}: ${o.text.length} > ${max} characters`);
  if (o.type === "mrkdwn" && o.verbatim !== true)
    problems.push(`${where}: mrkdwn without verbatim`);
  checkText(o.text, where, problems);
}

function checkOptions(options: unknown[], where: string, problems: string[]): void {
  if (options.length > 100) problems.push(`${where}: ${options.length} > 100 options`);
  for (const [i, o] of options.entries()) {
    const opt = o as { text?: unknown; value?: string };
    checkTextObject(opt.text, 75, `${where}[${i}].text`, problems);
    if ((opt.value ?? "").length > 150) problems.push(`${where}[${i}].value > 150`);
  }
}

function checkElement(e: unknown, where: string, problems: string[]): void {
  const el = e as {
    type: string;
    text?: unknown;
    value?: string;
    action_id?: string;
    placeholder?: unknown;
  };
  if ((el.action_id ?? "").length > 255) problems.push(`${where}: action_id > 255`);
  if (el.type === "button") {
    checkTextObject(el.text, MAX.button, `${where}.text`, problems);
    if ((el.value ?? "").length > MAX.value) problems.push(`${where}: value > ${MAX.value}`);
  }
  if (el.placeholder !== undefined)
    checkTextObject(el.placeholder, 150, `${where}.placeholder`, problems);
}

function checkBlock(b: Record<string, unknown>, where: string, problems: string[]): void {
  if (b.type === "header") checkTextObject(b.text, MAX.header, `${where}.header`, problems);
  if (b.type === "header" && (b.text as { type?: string })?.type !== "plain_text") {
    problems.push(`${where}: header text must be plain_text`);
  }
  if (b.type === "section") {
    if (b.text !== undefined) checkTextObject(b.text, MAX.section, `${where}.text`, problems);
    const fields = (b.fields ?? []) as unknown[];
    if (b.text === undefined && fields.length === 0) problems.push(`${where}: empty section`);
    if (fields.length > MAX.fields)
      problems.push(`${where}: ${fields.length} > ${MAX.fields} fields`);
    for (const [i, f] of fields.entries())
      checkTextObject(f, MAX.field, `${where}.fields[${i}]`, problems);
  }
  if (b.type === "context") {
    const elements = (b.elements ?? []) as unknown[];
    if (elements.length > 10) problems.push(`${where}: context > 10 elements`);
    for (const [i, e] of elements.entries())
      checkTextObject(e, 3000, `${where}.elements[${i}]`, problems);
  }
  if (b.type === "actions") {
    const elements = (b.elements ?? []) as unknown[];
    if (elements.length === 0 || elements.length > 25)
      problems.push(`${where}: ${elements.length} action elements`);
    const ids = elements.map((e) => (e as { action_id?: string }).action_id);
    if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id`);
    for (const [i, e] of elements.entries()) checkElement(e, `${where}.elements[${i}]`, problems);
  }
}

function checkBlocks(blocks: unknown[], problems: string[]): void {
  if (blocks.length > 50) problems.push(`blocks: ${blocks.length} > 50`);
  const size = JSON.stringify(blocks).length;
  if (size > 12_000) problems.push(`blocks: ${size} characters of JSON > 12000`);
  for (const [i, b] of blocks.entries())
    checkBlock(b as Record<string, unknown>, `blocks[${i}]`, problems);
}
