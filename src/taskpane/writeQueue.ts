/**
 * One workbook write at a time, in the order they were asked for.
 *
 * Each click on a source button queues one lead. Writes run one after another, never two at once,
 * so twenty fast clicks give twenty rows in click order: none lost (every click is queued before
 * anything is awaited) and none doubled (a failed write is reported, never retried behind the
 * owner's back). Leads that wait together are written in one call, which keeps Excel's round
 * trips few when the owner clicks faster than Excel answers. Other writes (marking an outcome,
 * the tally, the settings) queue as tasks, so they see every lead clicked before them.
 */

export interface WriteQueueState {
  /** Leads queued or being written. */
  readonly pendingLeads: number;
  /** True while a write of any kind is running or waiting. */
  readonly busy: boolean;
}

export interface WriteQueueOptions<L> {
  /** Writes leads that waited together, in click order, in one call. */
  readonly writeLeads: (leads: readonly L[]) => Promise<void>;
  /** Called whenever the pending count or busy flag changes. */
  readonly onChange?: (state: WriteQueueState) => void;
  /** The most leads written in one call. */
  readonly maxBatch?: number;
}

type Job<L> =
  | {
      readonly kind: "lead";
      readonly lead: L;
      readonly resolve: () => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: "task";
      readonly run: () => Promise<void>;
    };

export class WriteQueue<L> {
  private readonly jobs: Job<L>[] = [];
  private running = false;
  private pendingLeads = 0;
  private readonly maxBatch: number;

  constructor(private readonly options: WriteQueueOptions<L>) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 500);
  }

  get state(): WriteQueueState {
    return { pendingLeads: this.pendingLeads, busy: this.running || this.jobs.length > 0 };
  }

  /** Queues one lead; settles once it is written, or with the error that stopped it. */
  enqueueLead(lead: L): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.jobs.push({ kind: "lead", lead, resolve, reject });
    });
    this.pendingLeads += 1;
    this.changed();
    this.start();
    return done;
  }

  /** Queues any other write; it runs after everything queued before it. */
  enqueueTask<T>(task: () => Promise<T>): Promise<T> {
    const done = new Promise<T>((resolve, reject) => {
      this.jobs.push({
        kind: "task",
        run: async () => {
          try {
            resolve(await task());
          } catch (error) {
            reject(error);
          }
        },
      });
    });
    this.changed();
    this.start();
    return done;
  }

  private changed(): void {
    this.options.onChange?.(this.state);
  }

  private start(): void {
    if (this.running) return;
    this.running = true;
    // Start after the current event: clicks made in the same burst are then written together.
    void Promise.resolve().then(() => this.drain());
  }

  private async drain(): Promise<void> {
    for (let job = this.jobs[0]; job !== undefined; job = this.jobs[0]) {
      if (job.kind === "task") {
        this.jobs.shift();
        await job.run();
        continue;
      }
      const batch = this.takeLeads();
      try {
        await this.options.writeLeads(batch.map((item) => item.lead));
        batch.forEach((item) => item.resolve());
      } catch (error) {
        batch.forEach((item) => item.reject(error));
      } finally {
        this.pendingLeads -= batch.length;
        this.changed();
      }
    }
    this.running = false;
    this.changed();
  }

  /** The leads at the head of the queue, up to maxBatch, in order. */
  private takeLeads(): Extract<Job<L>, { kind: "lead" }>[] {
    const batch: Extract<Job<L>, { kind: "lead" }>[] = [];
    while (batch.length < this.maxBatch) {
      const next = this.jobs[0];
      if (next === undefined || next.kind !== "lead") break;
      batch.push(next);
      this.jobs.shift();
    }
    return batch;
  }
}
