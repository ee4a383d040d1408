/**
 * A bounded queue between two stages of lanes: `put` waits while `capacity`
 * items wait, `take` waits for an item and gives `undefined` once the queue
 * is closed and empty. It keeps the reader threads from running ahead of the
 * lint threads with the grids of many files in memory.
 */
export class Handoff<T> {
  private readonly items: T[] = [];
  private readonly takers: ((item: T | undefined) => void)[] = [];
  private readonly putters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly capacity: number) {}

  async put(item: T): Promise<void> {
    while (this.items.length >= this.capacity) await new Promise<void>((resolve) => this.putters.push(resolve));
    const taker = this.takers.shift();
    if (taker) taker(item);
    else this.items.push(item);
  }

  take(): Promise<T | undefined> {
    if (this.items.length > 0) {
      const item = this.items.shift()!;
      this.putters.shift()?.();
      return Promise.resolve(item);
    }
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.takers.push(resolve));
  }

  /** No more puts: waiting takers get `undefined`. */
  close(): void {
    this.closed = true;
    for (const taker of this.takers.splice(0)) taker(undefined);
  }
}
