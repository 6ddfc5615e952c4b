import type { CustomerResult } from '../domain/metrics/diagnosis';
import type { CustomersPart, WorkerAnswer, WorkerProgress, WorkerRequest } from './diagnosis-protocol';
import { fromColumns } from './customer-columns';

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number; type: infer T } ? (T extends 'stop' ? never : Omit<R, 'id'>) : never) : never;
type Pending = { body: RequestBody; resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void };
type AnswerOf<T extends WorkerRequest['type']> = Extract<WorkerAnswer, { type: T }>;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Talks to the diagnosis worker: one promise per request. `stop` stops some requests and keeps
 * the data the worker holds; `cancel` stops whatever runs, and the data with it.
 */
export class DiagnosisClient {
  #worker: Worker;
  #pending = new Map<number, Pending>();
  /** Customers of a diagnosis still on its way, by request id. */
  #parts = new Map<number, CustomerResult[]>();
  #nextId = 1;

  constructor(private readonly onprogress: (progress: WorkerProgress) => void = () => {}) {
    this.#worker = this.#start();
  }

  request<T extends RequestBody>(body: T): Promise<AnswerOf<T['type']>> {
    const id = this.#nextId++;
    return new Promise<WorkerAnswer>((resolve, reject) => {
      this.#pending.set(id, { body, resolve, reject });
      this.#worker.postMessage({ ...body, id });
    }).then((answer) => {
      if (answer.type === 'failed') throw new Error(answer.message);
      if (answer.type === 'stopped') throw new CancelledError();
      return answer as AnswerOf<T['type']>;
    });
  }

  /**
   * Stops the requests `which` picks: their promises fail at once with `CancelledError`, and the
   * worker drops each at its next step, keeping its data in use.
   */
  stop(which: (body: RequestBody) => boolean): void {
    const ids: number[] = [];
    for (const [id, pending] of this.#pending) {
      if (!which(pending.body)) continue;
      ids.push(id);
      pending.reject(new CancelledError());
      this.#pending.delete(id);
      this.#parts.delete(id);
    }
    if (ids.length > 0) this.#worker.postMessage({ id: this.#nextId++, type: 'stop', ids } satisfies WorkerRequest);
  }

  /** Stops the work under way; the worker starts afresh with no data in use. */
  cancel(): void {
    this.#worker.terminate();
    for (const pending of this.#pending.values()) pending.reject(new CancelledError());
    this.#pending.clear();
    this.#parts.clear();
    this.#worker = this.#start();
  }

  dispose(): void {
    this.#worker.terminate();
    this.#pending.clear();
  }

  #start(): Worker {
    const worker = new Worker(new URL('./diagnosis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerAnswer | WorkerProgress | CustomersPart>) => {
      const message = event.data;
      // What a stopped request still sent on its way out.
      if (!this.#pending.has(message.id)) return;
      if (message.type === 'progress') {
        this.onprogress(message);
        return;
      }
      if (message.type === 'customers') {
        const parts = this.#parts.get(message.id) ?? [];
        for (const customer of fromColumns(message.customers)) parts.push(customer);
        this.#parts.set(message.id, parts);
        return;
      }
      if (message.type === 'diagnose' && message.diagnosis) message.diagnosis.customers = this.#parts.get(message.id) ?? [];
      this.#parts.delete(message.id);
      this.#pending.get(message.id)?.resolve(message);
      this.#pending.delete(message.id);
    };
    worker.onerror = (event) => {
      for (const pending of this.#pending.values()) pending.reject(new Error(event.message || 'worker error'));
      this.#pending.clear();
      this.#parts.clear();
    };
    return worker;
  }
}
