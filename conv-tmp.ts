import { loadCatalog } from "./src/core/catalog/load.ts";
import type { ConversationContext } from "./src/core/conversation/context.ts";
import { createEngine } from "./src/core/engine/create.ts";

const engine = createEngine(loadCatalog("data"));
let ctx: ConversationContext | null = null;
const qs = process.argv.slice(2).join(" ").split("|");
for (const q of qs) {
  const t = engine.ask(q, ctx);
  ctx = t.context;
  const a = t.answer;
  console.log(
    JSON.stringify(q),
    "=>",
    a.intent,
    a.models.slice(0, 6).join(","),
    a.field,
    a.benchmark,
    "|",
    a.title,
    "|",
    a.summary.slice(0, 160),
  );
}
console.log(JSON.stringify(ctx));
