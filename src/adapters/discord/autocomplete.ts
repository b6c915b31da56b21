import type { ApplicationCommandOptionChoiceData } from "discord.js";
import type { Choice, Engine } from "../../core/engine/engine.ts";
import { COMPARE_OPTIONS } from "./commands.ts";
import { LIMITS } from "./limits.ts";
import { truncate } from "./text.ts";

type Suggest = (engine: Engine, typed: string, limit: number) => Choice[];

const models: Suggest = (e, t, n) => e.suggestModels(t, n);

// Which of the core's pickers feeds which option; option names are the same in every command.
const SUGGESTERS: Record<string, Suggest> = {
  model: models,
  ...Object.fromEntries(COMPARE_OPTIONS.map((o) => [o, models])),
  topic: (e, t, n) => e.suggestTopics(t, n),
  benchmark: (e, t, n) => e.suggestBenchmarks(t, n),
};

/**
 * The choices for an autocomplete request: the core's fuzzy matches, at most 25 (discord.js does
 * not enforce it and Discord refuses more), names cut to 100 characters, values that would not
 * fit skipped (a cut value would ask for something else), each value once.
 */
export function suggestChoices(
  engine: Engine,
  option: string,
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const suggest = SUGGESTERS[option];
  if (!suggest) return [];
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const c of suggest(engine, typed.slice(0, LIMITS.choiceText), LIMITS.choices)) {
    if (!c.value || c.value.length > LIMITS.choiceText || seen.has(c.value)) continue;
    seen.add(c.value);
    choices.push({ name: truncate(c.label.trim() || c.value, LIMITS.choiceText), value: c.value });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}
