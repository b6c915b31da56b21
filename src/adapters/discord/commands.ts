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

/** The /compare options, model1 to model4: the first two required, each autocompleted. */
export const COMPARE_OPTIONS = ["model1", "model2", "model3", "model4"] as const;
const COMPARE_REQUIRED = 2;

/**
 * Every command can be installed to a server or to a user's account, and used in servers, in
 * the bot's DM and in other DMs and group DMs (a user install goes where the user goes; the
 * answers are interaction replies, which need no channel permission).
 */
function createCommand(name: CommandName, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    )
    .setIntegrationTypes(
      ApplicationIntegrationType.GuildInstall,
      ApplicationIntegrationType.UserInstall,
    );
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
  const compare = createCommand("compare", "Compare two to four models side by side");
  COMPARE_OPTIONS.forEach((name, i) => {
    compare.addStringOption((o) =>
      o
        .setName(name)
        .setDescription(i < COMPARE_REQUIRED ? `Model ${i + 1}` : `Model ${i + 1} (optional)`)
        .setRequired(i < COMPARE_REQUIRED)
        .setAutocomplete(true)
        .setMaxLength(100),
    );
  });
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
