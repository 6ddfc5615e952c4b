import type { CustomerResult } from '../domain/metrics/diagnosis';
import type { CustomersPart, WorkerAnswer, WorkerProgress, WorkerRequest } from './diagnosis-protocol';
import { fromColumns } from './customer-columns';

type Pending = { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type AnswerOf<T extends WorkerRequest['type']> = Extract<WorkerAnswer, { type: T }>;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Talks to the diagnosis worker: one promise per request; `cancel` stops whatever runs. */
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
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...body, id });
    }).then((answer) => {
      if (answer.type === 'failed') throw new Error(answer.message);
      return answer as AnswerOf<T['type']>;
    });
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
