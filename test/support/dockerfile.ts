import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, posix, relative } from "node:path";

/** One instruction of a Dockerfile: its keyword, flags (--from=…) and the rest of the line. */
export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  args: string;
}

export interface Stage {
  name: string | undefined;
  instructions: Instruction[];
}

/** Parses the subset of Dockerfile syntax the project's Dockerfile uses; anything else throws. */
export function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of lines) {
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`cannot read Dockerfile line: ${line}`);
    const keyword = (m[1] ?? "").toUpperCase();
    let rest = m[2] ?? "";
    const flags: Record<string, string> = {};
    for (let f = /^--([\w-]+)=(\S+)\s+/.exec(rest); f; f = /^--([\w-]+)=(\S+)\s+/.exec(rest)) {
      flags[f[1] ?? ""] = f[2] ?? "";
      rest = rest.slice(f[0].length);
    }
    if (keyword === "FROM") {
      const name = /\s+AS\s+(\S+)$/i.exec(rest)?.[1];
      stages.push({ name, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before FROM`);
    stage.instructions.push({ keyword, flags, args: rest });
  }
  return stages;
}

/** A command in exec form (["node", "x.js"]) or shell form (run through sh -c). */
export function commandOf(args: string): string[] {
  return args.startsWith("[") ? (JSON.parse(args) as string[]) : ["sh", "-c", args];
}

/** KEY=value pairs of an ENV line (the one-pair "ENV KEY value" form too). */
function parseEnv(args: string): Record<string, string> {
  if (!args.includes("=")) {
    const [key, ...value] = args.split(/\s+/);
    return { [key ?? ""]: value.join(" ") };
  }
  return Object.fromEntries(
    [...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [
      m[1],
      (m[2] ?? "").replace(/^"|"$/g, ""),
    ]),
  );
}

/** Paths left out of the build context by .dockerignore (plain names and "*.ext" patterns). */
function ignored(path: string, patterns: readonly string[]): boolean {
  const parts = path.split("/");
  return patterns.some((p) =>
    p.startsWith("*.")
      ? path.endsWith(p.slice(1))
      : path === p || path.startsWith(`${p}/`) || parts[0] === p,
  );
}

export interface BuiltStage {
  name: string | undefined;
  /** This stage's filesystem root on the host. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  volumes: string[];
  exposed: string[];
  cmd: string[] | undefined;
  healthcheck: string[] | undefined;
}

/**
 * Runs each stage of a Dockerfile on this machine: every stage gets its own directory as its
 * root, COPY copies from the context (minus .dockerignore) or an earlier stage, RUN runs with
 * the stage's ENV in its WORKDIR. `runEnv` is added to RUN's environment (npm offline, say).
 */
export function runDockerfile(
  stages: Stage[],
  context: string,
  scratch: string,
  runEnv: Record<string, string>,
): BuiltStage[] {
  const dockerignore = join(context, ".dockerignore");
  const patterns = existsSync(dockerignore)
    ? readFileSync(dockerignore, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"))
    : [];
  const built: BuiltStage[] = [];
  stages.forEach((stage, i) => {
    const s: BuiltStage = {
      name: stage.name,
      root: join(scratch, `stage-${i}`),
      workdir: "/",
      env: {},
      user: undefined,
      volumes: [],
      exposed: [],
      cmd: undefined,
      healthcheck: undefined,
    };
    mkdirSync(s.root, { recursive: true });
    const host = (p: string) => join(s.root, posix.resolve(s.workdir, p));
    for (const ins of stage.instructions) {
      switch (ins.keyword) {
        case "WORKDIR":
          s.workdir = posix.resolve(s.workdir, ins.args);
          mkdirSync(host("."), { recursive: true });
          break;
        case "ENV":
          Object.assign(s.env, parseEnv(ins.args));
          break;
        case "USER":
          s.user = ins.args;
          break;
        case "VOLUME":
          s.volumes.push(...commandOf(ins.args).filter((v) => v !== "sh" && v !== "-c"));
          break;
        case "EXPOSE":
          s.exposed.push(...ins.args.split(/\s+/));
          break;
        case "CMD":
          s.cmd = commandOf(ins.args);
          break;
        case "HEALTHCHECK":
          s.healthcheck = commandOf(ins.args.replace(/^(--\S+\s+)*CMD\s+/, ""));
          break;
        case "COPY": {
          const words = ins.args.split(/\s+/);
          const dest = words.pop() ?? ".";
          const from = ins.flags.from;
          const source =
            from === undefined
              ? undefined
              : built.find((b) => b.name === from || String(built.indexOf(b)) === from);
          if (from !== undefined && !source) throw new Error(`COPY --from=${from}: no such stage`);
          for (const src of words) {
            const path = source ? join(source.root, src) : join(context, src);
            const target =
              dest.endsWith("/") && !statSync(path).isDirectory()
                ? join(host(dest), basename(path))
                : host(dest);
            mkdirSync(statSync(path).isDirectory() ? target : dirname(target), { recursive: true });
            cpSync(path, target, {
              recursive: true,
              // npm's .bin links are relative; copied as they are, they stay inside this stage.
              verbatimSymlinks: true,
              filter: (p) => source !== undefined || !ignored(relative(context, p), patterns),
            });
          }
          break;
        }
        case "RUN": {
          const [command, ...args] = commandOf(ins.args);
          const run = spawnSync(command ?? "", args, {
            cwd: host("."),
            env: { ...process.env, ...s.env, ...runEnv },
            encoding: "utf8",
          });
          if (run.status !== 0) {
            throw new Error(
              `RUN ${ins.args} failed (${run.status}):\n${run.stdout}\n${run.stderr}`,
            );
          }
          break;
        }
        default:
          throw new Error(`the Dockerfile test does not know ${ins.keyword}`);
      }
    }
    built.push(s);
  });
  return built;
}
