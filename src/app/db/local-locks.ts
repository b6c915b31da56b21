/**
 * Names of the advisory locks this process holds. PostgreSQL's session locks are re-entrant for
 * the session that holds them, and PGlite is one session, so without this two tasks of the same
 * process could both "win" the lock.
 */
export class LocalLocks {
  private readonly held = new Set<string>();
  private readonly waiting = new Map<string, Array<() => void>>();

  tryTake(name: string): boolean {
    if (this.held.has(name)) return false;
    this.held.add(name);
    return true;
  }

  async take(name: string): Promise<void> {
    while (!this.tryTake(name)) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(name) ?? [];
        queue.push(resolve);
        this.waiting.set(name, queue);
      });
    }
  }

  release(name: string): void {
    this.held.delete(name);
    const queue = this.waiting.get(name);
    const next = queue?.shift();
    if (queue?.length === 0) this.waiting.delete(name);
    next?.();
  }
}
