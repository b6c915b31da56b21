import { COMPARE_OPTIONS, type CommandName } from "./commands.ts";

/** A slash command's option values, as Discord sent them. */
export type CommandOptions = Readonly<Record<string, string | number | boolean | undefined>>;

const text = (v: CommandOptions[string]): string => (typeof v === "string" ? v.trim() : "");

/**
 * Turns a slash command into one question for the core. Only joins the user's words in the
 * shape the core already understands; all matching and wording stay in the core.
 */
export function questionFromCommand(name: CommandName, options: CommandOptions): string {
  switch (name) {
    case "model":
      return [text(options.model), text(options.topic)].filter(Boolean).join(" ");
    case "ask":
      return text(options.question);
    case "compare": {
      // model1..model4 → "compare a vs b vs c"; a blank optional one is left out.
      const names = COMPARE_OPTIONS.map((o) => text(options[o])).filter(Boolean);
      return `compare ${names.join(" vs ")}`.trim();
    }
    case "top": {
      const count = typeof options.count === "number" ? `${options.count} ` : "";
      return `top ${count}on ${text(options.benchmark)}`.trim();
    }
    case "transparency":
      return `transparency of ${text(options.model)}`.trim();
  }
}

/** Whether the user asked for an answer only they can see (`private:true`). */
export function isPrivate(options: CommandOptions): boolean {
  return options.private === true;
}
