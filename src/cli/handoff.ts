/**
 * A bounded hand-off between two stages of lanes. A producer reserves a slot
 * before it starts the work whose result it will put, so the work in flight is
 * bounded too, not only what waits; a slot is freed when its item is taken (or
 * released when the work gave nothing). `take` waits for an item and gives
 * `undefined` once the hand-off is closed and empty. It keeps the reader
 * threads from running ahead of the lint threads with many files' grids.
 */
export class Handoff<T> {
  private readonly items: T[] = [];
  private readonly takers: ((item: T | undefined) => void)[] = [];
  private readonly reservers: (() => void)[] = [];
  /** Slots reserved, with or without an item in them yet. */
  private held = 0;
  private closed = false;

  constructor(private readonly capacity: number) {}

  /** Waits for a free slot and holds it. */
  async reserve(): Promise<void> {
    // A woken reserver looks again: a newcomer may have taken the slot first, and then it waits for the next.
    while (this.held >= this.capacity) await new Promise<void>((resolve) => this.reservers.push(resolve));
    this.held++;
  }

  /** Frees a slot reserved for work that gave nothing to put. */
  release(): void {
    this.held--;
    this.reservers.shift()?.();
  }

  /** Puts an item into a slot this producer reserved. */
  put(item: T): void {
    const taker = this.takers.shift();
    if (!taker) {
      this.items.push(item);
      return;
    }
    this.release();
    taker(item);
  }

  take(): Promise<T | undefined> {
    if (this.items.length > 0) {
      const item = this.items.shift()!;
      this.release();
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
