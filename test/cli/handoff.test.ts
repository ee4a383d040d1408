import { Handoff } from "../../src/cli/handoff";

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("Handoff", () => {
  it("gives items in the order put, to takers waiting before and after", async () => {
    const handoff = new Handoff<number>(2);
    const early = handoff.take();
    await handoff.reserve();
    handoff.put(1);
    await handoff.reserve();
    handoff.put(2);
    expect(await early).toBe(1);
    expect(await handoff.take()).toBe(2);
  });

  it("makes a reserve wait while every slot is held, and lets it in when an item is taken or a slot released", async () => {
    const handoff = new Handoff<string>(1);
    await handoff.reserve();
    handoff.put("a");
    let second = false;
    const reserved = handoff.reserve().then(() => (second = true));
    await settle();
    expect(second).toBe(false);
    expect(await handoff.take()).toBe("a");
    await reserved;
    expect(second).toBe(true);
    // The work gave nothing: its slot is released, and the next producer gets it.
    let third = false;
    const next = handoff.reserve().then(() => (third = true));
    await settle();
    expect(third).toBe(false);
    handoff.release();
    await next;
    expect(third).toBe(true);
  });

  it("loses no wake-up when items go straight to waiting takers", async () => {
    // Two slots, six producers, takers asking in bursts: every item must arrive.
    const handoff = new Handoff<string>(2);
    const produced = ["A", "B", "C", "D", "E", "F"].map(async (item) => {
      await handoff.reserve();
      handoff.put(item);
    });
    const got: (string | undefined)[] = [];
    for (const burst of [3, 2, 1])
      got.push(...(await Promise.all(Array.from({ length: burst }, () => handoff.take()))));
    await Promise.all(produced);
    expect(got.sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("drains what waits after close, then gives undefined, also to takers already waiting", async () => {
    const handoff = new Handoff<number>(2);
    await handoff.reserve();
    handoff.put(7);
    handoff.close();
    expect(await handoff.take()).toBe(7);
    expect(await handoff.take()).toBeUndefined();
    const other = new Handoff<number>(1);
    const waiting = other.take();
    other.close();
    expect(await waiting).toBeUndefined();
  });
});
