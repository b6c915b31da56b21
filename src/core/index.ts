export type * from "./answer/types.ts";
export { FIELD_KEYS, INTENTS } from "./answer/types.ts";
export type { Catalog } from "./catalog/catalog.ts";
export { loadCatalog } from "./catalog/load.ts";
export { createEngine } from "./engine/create.ts";
export type { Choice, Engine } from "./engine/engine.ts";
export { BotError } from "./errors.ts";
export type * from "./schema/record.ts";
