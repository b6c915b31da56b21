import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository's files as a clone would have them (tracked and new, not ignored ones). */
export function repoFiles(root: string): string[] {
  const listed = spawnSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split("\0").filter((f) => f !== "" && existsSync(join(root, f)));
}

/** Copies the repository's files from `root` into `dest`, as a fresh clone would lay them out. */
export function copyRepo(root: string, dest: string): void {
  for (const file of repoFiles(root)) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
}
