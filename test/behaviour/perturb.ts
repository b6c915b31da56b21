/**
 * CheckList invariance perturbations: each rewrites a base question in a way that must not change
 * its reading (intent, models, field, benchmark). Deterministic: the variant a question gets is
 * picked by its position, so every run asks the same questions.
 */
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { type BaseQuestion, orgName, render } from "./generate.ts";

export interface Perturbation {
  name: string;
  /** The perturbed question, or undefined where it does not apply. */
  apply(q: BaseQuestion, i: number, catalog: Catalog): string | undefined;
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

const text = (q: BaseQuestion) => render(q.template, q.slots);

/** Swaps two neighbouring letters inside the longest plain word of at least five letters. */
function typo(sentence: string, skip: (word: string) => boolean): string | undefined {
  const words = sentence.split(" ");
  let best = -1;
  words.forEach((w, k) => {
    if (/^[a-z]{5,}$/.test(w) && !skip(w) && (best < 0 || w.length > (words[best]?.length ?? 0)))
      best = k;
  });
  const w = words[best];
  if (w === undefined) return undefined;
  const at = Math.floor(w.length / 2);
  words[best] = w.slice(0, at - 1) + w[at] + w[at - 1] + w.slice(at + 1);
  return words.join(" ");
}

export const PERTURBATIONS: Perturbation[] = [
  {
    name: "filler before",
    apply: (q, i) =>
      pick(["yo ", "hey bot, ", "pls ", "hi! quick q: ", "ok so ", "sorry, ", "cool, so "], i) +
      text(q),
  },
  {
    name: "filler after",
    apply: (q, i) => text(q) + pick([" lol", " thx", " 🙏", " :)", " pls", " thanks!"], i),
  },
  {
    name: "casing",
    apply: (q, i) => (i % 2 === 0 ? text(q).toUpperCase() : titleCase(text(q))),
  },
  {
    name: "punctuation",
    apply: (q, i) => {
      const t = text(q).replace(/[?!.]+$/, "");
      return pick([`${t}?`, `${t}??`, `${t}!`, `${t}...`, `${t} ?`], i);
    },
  },
  {
    name: "maker prefix",
    apply: (q, _i, catalog) => {
      const r = q.slots.records?.[0];
      if (r === undefined || q.slots.m === undefined) return undefined;
      const maker = orgName(catalog, r.org);
      // Already named ("Mistral Large" by Mistral), or a maker no one would say first.
      if (
        r.org === "other" ||
        q.slots.m.toLowerCase().includes(maker.toLowerCase().split(" ")[0] ?? "")
      )
        return undefined;
      return render(q.template, { ...q.slots, m: `${maker} ${q.slots.m}` });
    },
  },
  {
    name: "markup",
    apply: (q, i) => {
      if (q.slots.m === undefined)
        return pick(["<b>", "**"], i) + text(q) + pick(["</b>", "**"], i);
      const wraps: [string, string][] = [
        ["<b>", "</b>"],
        ["**", "**"],
        ["`", "`"],
        ["<i>", "</i>"],
      ];
      if (i % 5 === 4) return `\`\`\`\n${text(q)}\n\`\`\``;
      const [open, close] = pick(wraps, i);
      return render(q.template, { ...q.slots, m: `${open}${q.slots.m}${close}` });
    },
  },
  {
    name: "slash form",
    apply: (q) => `/${q.expected.intent === "top" ? "ask" : "model"} ${text(q)}`,
  },
  {
    name: "typo",
    // A question word, never the model's own name: a typo in a name can make another name closer.
    apply: (q) => {
      const names = [q.slots.m, q.slots.m2, q.slots.b, q.slots.org].join(" ").toLowerCase();
      return typo(text(q), (w) => names.includes(w));
    },
  },
  {
    name: "word order",
    apply: (q) => (q.reordered === undefined ? undefined : render(q.reordered, q.slots)),
  },
];

function titleCase(s: string): string {
  return s.replace(/\b([a-z])/g, (c) => c.toUpperCase());
}
