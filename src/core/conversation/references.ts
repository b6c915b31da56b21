import { NUMBER_WORDS, type SortKey } from "../engine/filters.ts";

/**
 * The words of a follow-up that point back into the conversation: pronouns ("it", "its",
 * "them"), picks from what was shown ("the second one", "#3"), a request to continue a list
 * ("more", "next 10", "show all"), a topic carried to a new model ("what about …", "and …?"),
 * and refinements of the last list ("only …", "sorted by price"). What is left of the question
 * is read by the engine as usual.
 */
export interface Reading {
  /** The question without the words that point back. */
  rest: string;
  /** "more", "next 10", "show all": the next page of the last list. */
  more?: { count?: number; all?: boolean };
  /** "the second one", "#3", "the last one": a position (1-based) in what was shown. */
  pick?: { position: number; absolute: boolean } | { last: true };
  /** "them", "both", "the top 3": several earlier models, the first `count` of them. */
  those?: { count?: number };
  /** "it", "its", "that one": the one model talked about. */
  it?: boolean;
  /** "what about …", "and …?", "same for …": the new model takes the last topic. */
  carry?: boolean;
  /** "only …", "just …", "of those …", "but …": narrows the last list. */
  refine?: boolean;
  /** "sorted by price": the last list in another order; null for the list's own order. */
  sort?: SortKey | null;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
  "6th": 6,
  "7th": 7,
  "8th": 8,
  "9th": 9,
  "10th": 10,
};

// Words a "more" request may carry besides its own; anything else makes it a new question.
const MORE_WORDS = new Set(["more", "next", "rest", "remaining", "continue", "all", "everything"]);
const MORE_FILLER = new Set(
  (
    "and ok okay so then please pls plz show give list see me us the of them those these results " +
    "rows models entries ones page keep going go on let's lets can you could i want to"
  ).split(" "),
);

const SORT_WORDS: [RegExp, SortKey | null][] = [
  [/^(?:price|cost|pricing|cheapest)/, "price-asc"],
  [/^(?:context|window)/, "context-desc"],
  [/^(?:release|date|newest|recency|age)/, "release-desc"],
  [/^oldest/, "release-asc"],
  [/^(?:size|param)/, "params-desc"],
  [/^(?:score|rank)/, null],
];

/** Reads the words of a question that point back into a conversation. */
export function readReferences(question: string): Reading {
  const text = question
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  const out: Reading = { rest: text };
  const more = readMore(text);
  if (more) return { ...out, more, rest: "" };
  let rest = ` ${text} `;
  const take = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    const m = re.exec(rest);
    if (m === null) return false;
    fn(m);
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    return true;
  };

  const sortBy =
    /\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|list(?:ed)?)?\s*by\s+(price|cost|pricing|context(?: window)?|window|release(?: date)?|date|newest|oldest|recency|age|size|params|parameters|score|rank)\b/;
  take(sortBy, (m) => {
    const word = m[1] ?? "";
    out.sort = SORT_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
  });
  take(/^\s*(?:and|&|also|plus|ok|okay|so|now)?\s*(?:what|how)\s+(?:about|of)\b/, () => {
    out.carry = true;
  });
  take(
    /^\s*(?:and|&|also|plus)\s+(?:same|the same)\s+(?:for|with)\b|^\s*(?:same|the same)\s+(?:for|with)\b/,
    () => {
      out.carry = true;
    },
  );
  const numberWord = Object.keys(NUMBER_WORDS).join("|");
  const topN = String.raw`(?:the\s+)?(?:top|first)\s+(\d{1,2}|${numberWord})`;
  // "compare the top 3", "the first 2 of them": a count of earlier models, not a new top-N.
  take(
    new RegExp(
      String.raw`(?<=\b(?:compare|comparing|vs|versus)\s+)${topN}(?:\s+(?:of\s+(?:them|those|these)|ones?|models?))?\b|\b${topN}\s+of\s+(?:them|those|these)\b`,
    ),
    (m) => {
      const n = m[1] ?? m[2] ?? "";
      out.those = { count: NUMBER_WORDS[n] ?? Number(n) };
    },
  );
  const ordinal = Object.keys(ORDINALS).join("|");
  const noun = "(?:one|model|entry|result|row|option|choice)";
  take(
    new RegExp(
      String.raw`\bthe\s+(${ordinal}|last|latter|former)(?:\s+${noun})?(?!\s+\d)\b|\b(${ordinal}|last)\s+${noun}\b|^\s*(${ordinal}|last)\s*[?.!]?\s*$`,
    ),
    (m) => {
      const w = m[1] ?? m[2] ?? m[3] ?? "";
      if (w === "last" || w === "latter") out.pick = { last: true };
      else out.pick = { position: w === "former" ? 1 : (ORDINALS[w] ?? 1), absolute: false };
    },
  );
  if (out.pick === undefined) {
    take(/(?:^|\s)#\s?(\d{1,3})\b|\b(?:number|no\.?)\s+(\d{1,3})\b/, (m) => {
      out.pick = { position: Number(m[1] ?? m[2]), absolute: true };
    });
  }
  if (out.those === undefined) {
    take(
      /\b(?:all (?:of )?(?:them|those|these)|both(?: of them)?|them|they|their|theirs|those|these|each|either)\b/,
      () => {
        out.those = {};
      },
    );
  }
  if (out.pick === undefined && out.those === undefined) {
    take(
      /\b(?:it|its|it's|itself|that one|this one|that model|this model|the model|same model)\b/,
      () => {
        out.it = true;
      },
    );
  }
  // A leading "and", "but", "only", "just" narrows a list or carries on; it names nothing.
  take(/^\s*(?:and|but|ok|okay|so|now)?\s*(?:only|just)\b/, () => {
    out.refine = true;
  });
  take(/\b(?:of|among|from) (?:those|them|these)\b|^\s*but\b/, () => {
    out.refine = true;
  });
  if (/^\s*(?:and|&)\b/.test(rest)) {
    out.carry = true;
    rest = rest.replace(/^\s*(?:and|&)\b/, " ");
  }
  return { ...out, rest: rest.replace(/\s+/g, " ").trim() };
}

/** "more", "next 10", "show all", "the rest", "10 more please": the next page of a list. */
function readMore(text: string): Reading["more"] | undefined {
  const words = text.match(/[a-z0-9']+/g) ?? [];
  if (words.length === 0 || words.length > 8) return undefined;
  let count: number | undefined;
  let all = false;
  let cue = false;
  for (const w of words) {
    if (/^\d{1,3}$/.test(w)) count = Number(w);
    else if (NUMBER_WORDS[w] !== undefined) count = NUMBER_WORDS[w];
    else if (MORE_WORDS.has(w)) {
      cue = true;
      if (w === "all" || w === "everything" || w === "rest" || w === "remaining") all = true;
    } else if (!MORE_FILLER.has(w)) return undefined;
  }
  if (!cue) return undefined;
  // "all 10" or "the rest" with a count: that many.
  if (count !== undefined) return { count };
  return all ? { all: true } : {};
}
