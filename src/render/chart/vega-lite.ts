import { compile as compileVegaLite, type TopLevelSpec } from "vega-lite";

/**
 * Vega-Lite patches `Set.prototype.toJSON` when it loads (its spec hashing stringifies sets).
 * A global patch breaks other code in the process: discord.js's inspector, loaded after it, fails
 * to start ("string "Set()" is not iterable"). So the patch is taken off as soon as Vega-Lite has
 * loaded, and put back only for the duration of a compile, which is synchronous: nothing else runs
 * in between.
 */
type SetWithJson = { toJSON?: (this: Set<unknown>) => string };
const proto = Set.prototype as unknown as SetWithJson;
const toJSON = proto.toJSON;
delete proto.toJSON;

/** Vega-Lite's compile, with its Set patch in place only while it runs. */
export function compile(spec: TopLevelSpec): ReturnType<typeof compileVegaLite> {
  if (toJSON === undefined) return compileVegaLite(spec);
  proto.toJSON = toJSON;
  try {
    return compileVegaLite(spec);
  } finally {
    delete proto.toJSON;
  }
}
