import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { BotReply } from "../../app/bot.ts";
import { conversationKey } from "../../app/conversations.ts";
import { suggestChoices } from "./autocomplete.ts";
import { attachChart } from "./chart.ts";
import { NO_PINGS } from "./client.ts";
import { COMMAND_NAMES, type CommandName } from "./commands.ts";
import { askTurn, type DiscordContext, renderReply } from "./context.ts";
import { type CommandOptions, isPrivate, questionFromCommand } from "./question.ts";
import { type DiscordMessage, renderNotice } from "./render.ts";

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

const isCommandName = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);

/** Routes one interaction; Discord API failures are logged, never thrown into discord.js. */
export async function handleInteraction(ctx: DiscordContext, interaction: Interaction) {
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(ctx, interaction);
    else if (interaction.isChatInputCommand()) await answerCommand(ctx, interaction);
    else if (interaction.isButton()) await answerButton(ctx, interaction);
    else return;
    ctx.monitor?.delivery(true);
  } catch (err) {
    ctx.monitor?.delivery(false);
    ctx.log.warn({ err, interaction: interaction.id }, "could not answer a Discord interaction");
  }
}

async function answerAutocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction) {
  const focused = interaction.options.getFocused(true);
  let choices: ReturnType<typeof suggestChoices> = [];
  try {
    choices = suggestChoices(ctx.bot.engine(), focused.name, String(focused.value));
  } catch (err) {
    ctx.log.error({ err }, "autocomplete failed");
  }
  await interaction.respond(choices);
}

async function answerCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction) {
  if (!isCommandName(interaction.commandName)) {
    await interaction.reply({
      ...renderNotice("This command is no longer offered; try /ask."),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  const options: CommandOptions = Object.fromEntries(
    interaction.options.data.map((o) => [o.name, o.value ?? undefined]),
  );
  const question = questionFromCommand(interaction.commandName, options);
  await answerQuestion(ctx, interaction, question, isPrivate(options));
}

async function answerButton(ctx: DiscordContext, interaction: ButtonInteraction) {
  const pressed = await ctx.codec.decode(interaction.customId);
  if (pressed === null) return;
  // Keep the visibility of the message the button sits on.
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  if (pressed.kind === "expired") {
    await interaction.reply({
      ...renderNotice("This button has expired; please ask the question again."),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  await answerQuestion(ctx, interaction, pressed.query, ephemeral);
}

/**
 * Asks the core and replies. A quick answer is sent at once; a slow one is deferred first,
 * because Discord drops an interaction not answered within 3 seconds. Refusals and errors are
 * always private.
 */
async function answerQuestion(
  ctx: DiscordContext,
  interaction: Answerable,
  question: string,
  ephemeral: boolean,
) {
  // Slash commands and buttons: one conversation per user in each channel.
  const channel = interaction.channelId ?? "dm";
  const key = conversationKey("discord", channel, "commands", interaction.user.id);
  const pending = askTurn(ctx, interaction.user.id, channel, question, key).then(async (turn) => {
    await turn.remember(key);
    return turn.reply;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ctx.deferAfterMs);
  });
  const first = await Promise.race([pending, late]);
  clearTimeout(timer);
  const flagsFor = (reply: BotReply) =>
    ephemeral || reply.kind !== "answer" ? MessageFlags.Ephemeral : undefined;
  // The chart follows in an edit of the reply, once the text answer is out.
  const addChart = (reply: BotReply, sent: DiscordMessage) =>
    reply.kind === "answer"
      ? attachChart(ctx, reply.answer, sent, (b) => interaction.editReply(b))
      : undefined;
  if (first !== "late") {
    const flags = flagsFor(first);
    const rendered = renderReply(ctx, first);
    const body = { ...rendered, allowedMentions: NO_PINGS };
    await interaction.reply(flags === undefined ? body : { ...body, flags });
    await addChart(first, rendered);
    return;
  }
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await pending;
  const rendered = renderReply(ctx, reply);
  const body = { ...rendered, allowedMentions: NO_PINGS };
  if (ephemeral || reply.kind === "answer") {
    await interaction.editReply(body);
    await addChart(reply, rendered);
    return;
  }
  // A refusal stays private even after a public "thinking…": drop that, answer privately.
  await interaction.deleteReply();
  await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
}
