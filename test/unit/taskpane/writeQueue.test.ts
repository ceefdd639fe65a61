import { WriteQueue, WriteQueueState } from "../../../src/taskpane/writeQueue";

/** A promise with its resolve and reject at hand, to hold a write open. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe("WriteQueue", () => {
  it("reports a failing write to every lead of its batch, then the next click starts clean", async () => {
    const written: string[][] = [];
    let fail = true;
    const states: WriteQueueState[] = [];
    const queue = new WriteQueue<string>({
      writeLeads: async (leads) => {
        if (fail) throw new Error("The sheet is protected.");
        written.push([...leads]);
      },
      onChange: (state) => states.push(state),
    });

    const first = queue.enqueueLead("a");
    const second = queue.enqueueLead("b");
    await expect(first).rejects.toThrow("The sheet is protected.");
    await expect(second).rejects.toThrow("The sheet is protected.");
    await flush();
    expect(queue.state).toEqual({ pendingLeads: 0, busy: false });
    expect(written).toEqual([]);

    fail = false;
    await queue.enqueueLead("c");
    expect(written).toEqual([["c"]]);
    expect(queue.state.pendingLeads).toBe(0);
    expect(states.every((state) => state.pendingLeads >= 0)).toBe(true);
  });

  it("reports a failing task to its caller only and carries on with the next job", async () => {
    const written: string[] = [];
    const queue = new WriteQueue<string>({
      writeLeads: async (leads) => {
        written.push(...leads);
      },
    });
    const task = queue.enqueueTask(async () => {
      throw new Error("boom");
    });
    const syncThrow = queue.enqueueTask(() => {
      throw new Error("thrown before any promise");
    });
    const lead = queue.enqueueLead("after");
    await expect(task).rejects.toThrow("boom");
    await expect(syncThrow).rejects.toThrow("thrown before any promise");
    await expect(lead).resolves.toBeUndefined();
    expect(written).toEqual(["after"]);
  });

  it("writes twenty fast clicks exactly once each, in click order", async () => {
    const rows: number[] = [];
    let running = 0;
    let overlapped = false;
    const queue = new WriteQueue<number>({
      writeLeads: async (leads) => {
        running += 1;
        overlapped ||= running > 1;
        await flush();
        rows.push(...leads);
        running -= 1;
      },
    });
    const clicks: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      clicks.push(queue.enqueueLead(i));
      if (i % 3 === 0) await flush(); // some clicks land while a write is running
    }
    await Promise.all(clicks);
    expect(rows).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(overlapped).toBe(false);
  });

  it("batches the leads that wait together into one write, up to maxBatch", async () => {
    const batches: string[][] = [];
    const gate = deferred();
    const queue = new WriteQueue<string>({
      writeLeads: async (leads) => {
        batches.push([...leads]);
        if (batches.length === 1) await gate.promise;
      },
      maxBatch: 3,
    });
    const first = queue.enqueueLead("a");
    await flush(); // "a" is being written, alone
    const rest = ["b", "c", "d", "e"].map((lead) => queue.enqueueLead(lead));
    gate.resolve();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([["a"], ["b", "c", "d"], ["e"]]);
  });

  it("does not batch leads across a task queued between them", async () => {
    const log: string[] = [];
    const queue = new WriteQueue<string>({
      writeLeads: async (leads) => {
        log.push(`leads ${leads.join(",")}`);
      },
    });
    const jobs = [
      queue.enqueueLead("a"),
      queue.enqueueLead("b"),
      queue.enqueueTask(async () => {
        log.push("mark");
      }),
      queue.enqueueLead("c"),
    ];
    await Promise.all(jobs);
    expect(log).toEqual(["leads a,b", "mark", "leads c"]);
  });

  it("counts the leads waiting or being written, and is idle after", async () => {
    const gate = deferred();
    const pending: number[] = [];
    const queue = new WriteQueue<string>({
      writeLeads: () => gate.promise,
      onChange: (state) => pending.push(state.pendingLeads),
    });
    const clicks = [queue.enqueueLead("a"), queue.enqueueLead("b"), queue.enqueueLead("c")];
    expect(queue.state).toEqual({ pendingLeads: 3, busy: true });
    gate.resolve();
    await Promise.all(clicks);
    await flush();
    expect(queue.state).toEqual({ pendingLeads: 0, busy: false });
    expect(pending.slice(0, 3)).toEqual([1, 2, 3]);
    expect(pending[pending.length - 1]).toBe(0);
  });

  it("returns a task's result", async () => {
    const queue = new WriteQueue<string>({ writeLeads: async () => undefined });
    await expect(queue.enqueueTask(async () => "Lead Tally")).resolves.toBe("Lead Tally");
  });
});
