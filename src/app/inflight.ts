/**
 * Counts work in progress (questions being answered, replies being sent) so shutdown can wait
 * for it. `drain` resolves true when everything finished, false when the time ran out first.
 */
export class Inflight {
  private active = 0;
  private idle: Array<() => void> = [];

  get count(): number {
    return this.active;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      if (this.active === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  drain(timeoutMs: number): Promise<boolean> {
    if (this.active === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idle = this.idle.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idle.push(wake);
    });
  }
}
