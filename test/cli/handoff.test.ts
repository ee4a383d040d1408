import { Handoff } from "../../src/cli/handoff";

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("Handoff", () => {
  it("gives items in the order put, to takers waiting before and after", async () => {
    const handoff = new Handoff<number>(2);
    const early = handoff.take();
    await handoff.put(1);
    await handoff.put(2);
    expect(await early).toBe(1);
    expect(await handoff.take()).toBe(2);
  });

  it("makes a put wait while `capacity` items wait, and lets it in when one is taken", async () => {
    const handoff = new Handoff<string>(1);
    await handoff.put("a");
    let second = false;
    const put = handoff.put("b").then(() => (second = true));
    await settle();
    expect(second).toBe(false);
    expect(await handoff.take()).toBe("a");
    await put;
    expect(second).toBe(true);
    expect(await handoff.take()).toBe("b");
  });

  it("drains what waits after close, then gives undefined, also to takers already waiting", async () => {
    const handoff = new Handoff<number>(2);
    await handoff.put(7);
    handoff.close();
    expect(await handoff.take()).toBe(7);
    expect(await handoff.take()).toBeUndefined();
    const other = new Handoff<number>(1);
    const waiting = other.take();
    other.close();
    expect(await waiting).toBeUndefined();
  });
});
