export type * from "./answer/types.ts";
export { FIELD_KEYS, INTENTS } from "./answer/types.ts";
export type { Catalog } from "./catalog/catalog.ts";
export { loadCatalog } from "./catalog/load.ts";
export {
  ConversationContext as ConversationContextSchema,
  parseContext,
} from "./conversation/context.ts";
export { createEngine } from "./engine/create.ts";
export type { Choice, ConversationContext, Engine, Turn } from "./engine/engine.ts";
export { BotError } from "./errors.ts";
export type * from "./schema/record.ts";
