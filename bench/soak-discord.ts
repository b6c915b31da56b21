import type { CapturedRequest, FakeDiscord } from "../test/support/discord-fake.ts";
import {
  APP_ID,
  buttonInteraction,
  commandInteraction,
  GUILD,
  messageCreate,
} from "../test/support/discord-payloads.ts";
import { CHANNELS, type QuestionPool, runTurns, type SoakTurn, soakTurn } from "./soak-plan.ts";

/** How long one answer may take before the soak counts it as lost. */
const ANSWER_TIMEOUT_MS = 15_000;

/** What the Discord side of a soak run saw. */
export interface DiscordSoakCounts {
  questions: number;
  answered: number;
  lost: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const channelId = (c: number) => `93${pad(c, 16)}`;

/**
 * Tells the client about the soak's channels (CHANNEL_CREATE in the fake server), so @mentions
 * in them reach the bot as they would in a real server with that many channels.
 */
export function announceChannels(fake: FakeDiscord): void {
  for (let c = 0; c < CHANNELS; c++) {
    fake.dispatch("CHANNEL_CREATE", {
      id: channelId(c),
      type: 0,
      guild_id: GUILD.id,
      name: `soak-${c}`,
      position: c + 1,
      permission_overwrites: [],
    });
  }
}

/** The gateway dispatch of the n-th Discord question, and how to recognise its answer. */
function dispatchOf(
  t: SoakTurn,
  run: number,
): {
  t: string;
  d: unknown;
  answered: (r: CapturedRequest) => boolean;
} {
  const user = {
    id: `8${run}${pad(t.user, 16)}`,
    username: `asker${t.user}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
  };
  const channel = channelId(t.channel);
  const kind = t.user % 10;
  if (kind === 9) {
    // An @mention in a channel; the answer replies to it there.
    const m = messageCreate(`<@${APP_ID}> ${t.text}`, "guild", user);
    const d = { ...m, channel_id: channel };
    return {
      t: "MESSAGE_CREATE",
      d,
      answered: (r) =>
        r.method === "POST" &&
        r.path.endsWith(`/channels/${channel}/messages`) &&
        (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
          ?.message_id === m.id,
    };
  }
  // /ask (both turns), or for two users in ten a press of the answer's follow-up button.
  const i =
    kind >= 7 && t.followUp
      ? buttonInteraction(`ask:0:${t.first} price`)
      : commandInteraction("ask", { question: t.text });
  const d = {
    ...i,
    channel_id: channel,
    channel: { id: channel, type: 0, guild_id: GUILD.id, name: `soak-${t.channel}` },
    member: { ...i.member, user },
  };
  return {
    t: "INTERACTION_CREATE",
    d,
    answered: (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${i.id}/`),
  };
}

/**
 * Sends `count` Discord questions (see soakTurn) through the fake gateway, `concurrency` at a
 * time, each waiting for its answer at the fake REST. `run` (a digit) keeps user ids of separate
 * runs apart.
 */
export async function driveDiscord(
  fake: FakeDiscord,
  pool: QuestionPool,
  options: { count: number; concurrency: number; run: number; log?: (done: number) => void },
): Promise<DiscordSoakCounts> {
  let answered = 0;
  let lost = 0;
  await runTurns(
    options.count,
    options.concurrency,
    async (n) => {
      // The fake keeps every request; answers are matched as they arrive, so drop the history.
      if (fake.requests.length > 256) fake.requests.length = 0;
      const { t, d, answered: match } = dispatchOf(soakTurn(n, pool), options.run);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), ANSWER_TIMEOUT_MS);
      });
      const reply = fake.waitFor(match).then(() => true);
      fake.dispatch(t, d);
      const ok = await Promise.race([reply, late]);
      clearTimeout(timer);
      if (ok) answered += 1;
      else lost += 1;
    },
    options.log,
  );
  fake.requests.length = 0;
  return { questions: options.count, answered, lost };
}
