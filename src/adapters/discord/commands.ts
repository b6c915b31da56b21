import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";

/** Command names, one per question shape; `question.ts` turns each into text for the core. */
export const COMMAND_NAMES = ["model", "ask", "compare", "top", "transparency"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

// Discord caps string options at 6,000 characters; a question never needs more than this.
const QUESTION_MAX = 300;

function createCommand(name: CommandName, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

function addPrivate<T extends { addBooleanOption: SlashCommandBuilder["addBooleanOption"] }>(b: T) {
  return b.addBooleanOption((o) =>
    o.setName("private").setDescription("Only you see the answer (default: everyone sees it)"),
  );
}

function buildCommands() {
  const model = createCommand("model", "Facts about one model: overview, or one topic")
    .addStringOption((o) =>
      o
        .setName("model")
        .setDescription("Model name or id")
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addStringOption((o) =>
      o
        .setName("topic")
        .setDescription("What to show, e.g. context, pricing, benchmarks (default: overview)")
        .setAutocomplete(true)
        .setMaxLength(100),
    );
  const ask = createCommand(
    "ask",
    "Ask anything about AI models in your own words",
  ).addStringOption((o) =>
    o
      .setName("question")
      .setDescription("e.g. open-weights models with over 1M context")
      .setRequired(true)
      .setMaxLength(QUESTION_MAX),
  );
  const compare = createCommand(
    "compare",
    "Compare two to four models side by side",
  ).addStringOption((o) =>
    o
      .setName("models")
      .setDescription("Models separated by commas, e.g. gpt-5.1-codex-mini, claude-sonnet-4-5")
      .setRequired(true)
      .setMaxLength(QUESTION_MAX),
  );
  const top = createCommand("top", "The best models on a benchmark")
    .addStringOption((o) =>
      o
        .setName("benchmark")
        .setDescription("Benchmark name")
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addIntegerOption((o) =>
      o.setName("count").setDescription("How many models (1 to 25)").setMinValue(1).setMaxValue(25),
    );
  const transparency = createCommand(
    "transparency",
    "How openly a model's maker documents it, across ten categories",
  ).addStringOption((o) =>
    o
      .setName("model")
      .setDescription("Model name or id")
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  );
  return [model, ask, compare, top, transparency].map((c) => addPrivate(c).toJSON());
}

/** The JSON bodies `npm run discord:deploy` registers, in the order users see them. */
export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = buildCommands();
