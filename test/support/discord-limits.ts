import { LIMITS } from "../../src/adapters/discord/limits.ts";

// Loose shapes, so both rendered messages and captured JSON bodies can be checked.
interface Embed {
  title?: string | undefined;
  description?: string | undefined;
  fields?: { name: string; value: string }[] | undefined;
  footer?: { text: string } | undefined;
}
interface Body {
  content?: string | undefined;
  embeds?: Embed[] | undefined;
  components?: { components: object[] }[] | undefined;
}
type Button = { label?: string; custom_id?: string };

const len = (s: string | undefined) => s?.length ?? 0;

/** Every Discord limit a message body breaks, as readable lines; [] when it is within all. */
export function findLimitViolations(body: Body): string[] {
  const out: string[] = [];
  const over = (what: string, n: number, max: number) => {
    if (n > max) out.push(`${what}: ${n} > ${max}`);
  };
  over("content", len(body.content), LIMITS.content);
  let total = 0;
  for (const e of body.embeds ?? []) {
    over("title", len(e.title), LIMITS.embedTitle);
    over("description", len(e.description), LIMITS.embedDescription);
    over("fields", e.fields?.length ?? 0, LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      over("field name", f.name.length, LIMITS.fieldName);
      over("field value", f.value.length, LIMITS.fieldValue);
      if (!f.name || !f.value) out.push("empty field name or value");
    }
    over("footer", len(e.footer?.text), LIMITS.footer);
    total += len(e.title) + len(e.description) + len(e.footer?.text);
    total += (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    if (((e.description ?? "").match(/```/g)?.length ?? 0) % 2 !== 0)
      out.push("unclosed code block");
  }
  over("embeds total", total, LIMITS.embedsTotal);
  const rows = body.components ?? [];
  over("rows", rows.length, LIMITS.rows);
  const ids = new Set<string>();
  for (const row of rows) {
    over("buttons in a row", row.components.length, LIMITS.buttonsPerRow);
    for (const b of row.components as Button[]) {
      over("button label", len(b.label), LIMITS.buttonLabel);
      over("custom_id", len(b.custom_id), LIMITS.customId);
      if (!b.label) out.push("empty button label");
      if (b.custom_id && ids.has(b.custom_id)) out.push(`duplicate custom_id ${b.custom_id}`);
      if (b.custom_id) ids.add(b.custom_id);
    }
  }
  return out;
}

/**
 * Every user-visible text of a message body, for looking for live mentions and links. The
 * "Sources" field is left out: its links are the data's own source addresses, on purpose.
 */
export function collectTexts(body: Body): string[] {
  const embeds = body.embeds ?? [];
  return [
    body.content ?? "",
    ...embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).filter((f) => f.name !== "Sources").flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

/**
 * Live mention or link syntax in a text: <@id>, <@!id>, <@&id>, <#id>, @everyone, @here, or a
 * masked link whose brackets are not escaped. Returns what it found.
 */
export function findLiveMarkup(text: string): string[] {
  const patterns = [
    /<@[!&]?\d+>/g,
    /<#\d+>/g,
    /@(everyone|here)/gi,
    /(?<!\\)\[[^\]\n]*(?<!\\)\]\(/g,
  ];
  return patterns.flatMap((p) => text.match(p) ?? []);
}
