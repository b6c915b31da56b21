import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type ConversationStore, conversationKey } from "../../app/conversations.ts";
import type { ConversationContext } from "../../core/conversation/context.ts";

/**
 * "Share in channel" and "Show chart" on a private `/model` answer ask its question again. A
 * question such as "and its price?" or "more" only means what it meant within the conversation
 * it was asked in, so the button carries a pointer to that conversation's context as it was
 * before the question (kept in the conversation store, which replicas share), not just the words.
 * A question asked outside any conversation carries its words alone, as buttons always have.
 */

/** The button value of a question asked within a conversation. Ids only, never context. */
const Pointer = z.strictObject({ q: z.string().min(1), c: z.uuid() });

const snapshotKey = (id: string) => conversationKey("slack", "replay", id);

/** What a button value asks again: the question, and the context to ask it in, if it had one. */
export type Replay =
  | { kind: "question"; question: string; context: ConversationContext | null }
  /** The context it was asked in has expired: asking again could answer something else. */
  | { kind: "expired"; question: string };

/**
 * The value for a button that asks `question` again: the words alone when there was no
 * conversation before it; else a pointer to a copy of that context, stored first.
 */
export async function replayValue(
  store: ConversationStore,
  question: string,
  before: ConversationContext | undefined,
): Promise<string> {
  if (before === undefined || before.turns === 0) return question;
  const id = randomUUID();
  await store.set(snapshotKey(id), before);
  return JSON.stringify({ q: question, c: id });
}

/** Reads a button value written by replayValue (or an older one holding the question only). */
export async function readReplay(store: ConversationStore, value: string): Promise<Replay> {
  let pointer: z.infer<typeof Pointer> | undefined;
  if (value.startsWith("{")) {
    try {
      const parsed = Pointer.safeParse(JSON.parse(value));
      if (parsed.success) pointer = parsed.data;
    } catch {
      // Not JSON after all: a question that starts with "{".
    }
  }
  if (pointer === undefined) return { kind: "question", question: value, context: null };
  const context = await store.get(snapshotKey(pointer.c)).catch(() => undefined);
  if (context === undefined) return { kind: "expired", question: pointer.q };
  return { kind: "question", question: pointer.q, context };
}
