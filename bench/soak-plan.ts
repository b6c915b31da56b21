/**
 * Who asks what in the soak benchmark. Questions come in blocks of 1,000: the first 500 are 500
 * new users' first questions, the next 500 the same users' follow-ups ("and its price?") in the
 * same place, so each user asks twice and every conversation is continued while it is still
 * remembered. 100,000 questions are thus 50,000 distinct users, spread over many channels.
 */

export const BLOCK = 1_000;
const HALF = BLOCK / 2;
/** Channels the users are spread over (each with its own rate bucket). */
export const CHANNELS = 2_000;
/** One first question in this many is one whose answer carries a chart (drawn and uploaded). */
const CHART_EVERY = 200;

export const FOLLOW_UPS = ["and its price?", "and its context window?"] as const;

export interface SoakTurn {
  /** 0-based index of the question in the run. */
  n: number;
  /** 0-based user number, distinct per platform run. */
  user: number;
  channel: number;
  /** The user's first question, or their follow-up to it. */
  followUp: boolean;
  text: string;
  /** The first question this user asked (what a follow-up button carries). */
  first: string;
}

/** Splits questions by whether their answer carries a chart, so charts stay a small share. */
export interface QuestionPool {
  plain: readonly string[];
  charted: readonly string[];
}

/** The n-th question of a run. */
export function soakTurn(n: number, pool: QuestionPool): SoakTurn {
  const block = Math.floor(n / BLOCK);
  const j = n % BLOCK;
  const user = block * HALF + (j % HALF);
  const first =
    user % CHART_EVERY === CHART_EVERY - 1 && pool.charted.length > 0
      ? (pool.charted[user % pool.charted.length] ?? "")
      : (pool.plain[user % pool.plain.length] ?? "");
  const followUp = j >= HALF;
  return {
    n,
    user,
    channel: user % CHANNELS,
    followUp,
    text: followUp ? (FOLLOW_UPS[user % FOLLOW_UPS.length] ?? FOLLOW_UPS[0]) : first,
    first,
  };
}

/** Distinct users in a run of `count` questions. */
export function soakUsers(count: number): number {
  const full = Math.floor(count / BLOCK) * HALF;
  return full + Math.min(count % BLOCK, HALF);
}

/**
 * Runs `work` for turns 0..count-1 with at most `concurrency` in flight, in order of n. A turn's
 * work resolves when its answer arrived (or was given up), so the bot is never flooded beyond
 * what it answers.
 */
export async function runTurns(
  count: number,
  concurrency: number,
  work: (n: number) => Promise<void>,
  progress?: (done: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < count) {
      const n = next++;
      await work(n);
      done += 1;
      if (done % 10_000 === 0) progress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}
