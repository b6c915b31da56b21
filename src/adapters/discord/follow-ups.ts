import { randomBytes } from "node:crypto";
import type { PayloadStore } from "../../app/state/types.ts";
import { LIMITS } from "./limits.ts";

// custom_id forms: "ask:<index>:<query>" carries the question itself (the index keeps the ids of
// one message distinct, which Discord requires); "ask#<key>" points into this process's memory
// (and the shared state store, when there is one) for the rare question too long for 100
// characters.
const INLINE = /^ask:\d+:([\s\S]+)$/;
const STORED = /^ask#([\w-]+)$/;

/** What a pressed button asks for: a question, or nothing because its memory entry is gone. */
export type PressedFollowUp = { kind: "query"; query: string } | { kind: "expired" };

/** How long a long follow-up is remembered: Discord keeps the buttons, the bot a day. */
export const FOLLOW_UP_TTL_MS = 24 * 60 * 60_000;

/**
 * Encodes follow-up questions into button custom_ids and back. Long questions are remembered in
 * a bounded map (oldest dropped first) and, when given one, in the state store that replicas and
 * shards share, so a press handled by another process still finds its question; a question
 * nobody remembers answers "expired" instead of asking the wrong thing.
 */
export class FollowUpCodec {
  readonly #stored = new Map<string, string>();

  constructor(
    private readonly capacity = 10_000,
    private readonly shared?: PayloadStore,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  encode(query: string, index: number): string {
    const inline = `ask:${index}:${query}`;
    if (inline.length <= LIMITS.customId) return inline;
    const key = randomBytes(9).toString("base64url");
    this.#stored.set(key, query);
    this.shared?.put(`discord:followup:${key}`, query, FOLLOW_UP_TTL_MS).catch(this.onError);
    if (this.#stored.size > this.capacity) {
      const oldest = this.#stored.keys().next().value;
      if (oldest !== undefined) this.#stored.delete(oldest);
    }
    return `ask#${key}`;
  }

  /** The follow-up behind a custom_id, or null when the id is not one of ours. */
  async decode(customId: string): Promise<PressedFollowUp | null> {
    const inline = INLINE.exec(customId);
    if (inline?.[1] !== undefined) return { kind: "query", query: inline[1] };
    const stored = STORED.exec(customId);
    if (stored?.[1] === undefined) return null;
    const query =
      this.#stored.get(stored[1]) ?? (await this.shared?.get(`discord:followup:${stored[1]}`));
    return query === undefined ? { kind: "expired" } : { kind: "query", query };
  }
}
