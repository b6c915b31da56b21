import { randomBytes } from "node:crypto";
import { LIMITS } from "./limits.ts";

// custom_id forms: "ask:<index>:<query>" carries the question itself (the index keeps the ids of
// one message distinct, which Discord requires); "ask#<key>" points into this process's memory
// for the rare question too long for 100 characters.
const INLINE = /^ask:\d+:([\s\S]+)$/;
const STORED = /^ask#([\w-]+)$/;

/** What a pressed button asks for: a question, or nothing because its memory entry is gone. */
export type PressedFollowUp = { kind: "query"; query: string } | { kind: "expired" };

/**
 * Encodes follow-up questions into button custom_ids and back. Long questions are remembered in
 * a bounded map (oldest dropped first), so a restart or another shard answers "expired" for them
 * instead of asking the wrong thing.
 */
export class FollowUpCodec {
  readonly #stored = new Map<string, string>();
  constructor(private readonly capacity = 10_000) {}

  encode(query: string, index: number): string {
    const inline = `ask:${index}:${query}`;
    if (inline.length <= LIMITS.customId) return inline;
    const key = randomBytes(9).toString("base64url");
    this.#stored.set(key, query);
    if (this.#stored.size > this.capacity) {
      const oldest = this.#stored.keys().next().value;
      if (oldest !== undefined) this.#stored.delete(oldest);
    }
    return `ask#${key}`;
  }

  /** The follow-up behind a custom_id, or null when the id is not one of ours. */
  decode(customId: string): PressedFollowUp | null {
    const inline = INLINE.exec(customId);
    if (inline?.[1] !== undefined) return { kind: "query", query: inline[1] };
    const stored = STORED.exec(customId);
    if (stored?.[1] === undefined) return null;
    const query = this.#stored.get(stored[1]);
    return query === undefined ? { kind: "expired" } : { kind: "query", query };
  }
}
