import { join } from "node:path";
import type { SourceInfo } from "../core/schema/registry.ts";
import { addAider, readAider } from "./aider.ts";
import { boardLine } from "./board-place.ts";
import type { Build } from "./build.ts";
import { addEpoch, readEpoch } from "./epoch.ts";
import { readLiteLlm } from "./litellm.ts";
import { addLiteLlm } from "./litellm-merge.ts";
import { readSource } from "./sources.ts";
import { addVectara, readVectara } from "./vectara.ts";

/** Reads the leaderboards present (LiteLLM listings; Aider, Epoch AI, Vectara), each onto the records it names. */
export function addBoards(build: Build, datasetsDir: string, sources: SourceInfo[]): void {
  const litellm = readSource(datasetsDir, "litellm");
  if (litellm) {
    sources.push(litellm);
    const c = addLiteLlm(build, readLiteLlm(join(datasetsDir, "litellm")), litellm);
    build.sourceLines.push(
      `litellm           ${c.rows} text listings of providers read, ${c.mapped} mapped to records; unmapped ${c.unmapped.length}`,
    );
  }
  const aider = readSource(datasetsDir, "aider");
  if (aider) {
    sources.push(aider);
    const c = addAider(build, readAider(join(datasetsDir, "aider")), aider);
    build.sourceLines.push(boardLine("aider polyglot", c));
  }
  const epoch = readSource(datasetsDir, "epoch-ai");
  if (epoch) {
    sources.push(epoch);
    const c = addEpoch(build, readEpoch(join(datasetsDir, "epoch-ai")), epoch);
    build.sourceLines.push(
      `epoch ai          ${c.rows} results, ${c.mapped} mapped to records; unmapped model ids ${c.unmapped.length}`,
    );
  }
  const vectara = readSource(datasetsDir, "vectara-hallucination");
  if (vectara) {
    sources.push(vectara);
    const c = addVectara(build, readVectara(join(datasetsDir, "vectara-hallucination")), vectara);
    build.sourceLines.push(boardLine("vectara", c));
  }
}
