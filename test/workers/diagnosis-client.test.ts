import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, DiagnosisClient } from '../../src/workers/diagnosis-client';
import { toColumns } from '../../src/workers/customer-columns';
import { customer, emptyDiagnosis } from '../charts/fixtures';

/** A part of customers as the worker posts it. */
const part = (...ids: string[]) => toColumns(ids.map((id) => customer(id))).columns;

/** A stand-in worker: records what the page posts and lets the test answer as the worker would. */
class FakeWorker {
  static last: FakeWorker;
  posted: { id: number; type: string }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { id: number; type: string }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data });
  }
}

vi.stubGlobal('Worker', FakeWorker);
afterEach(() => vi.clearAllMocks());

describe('DiagnosisClient', () => {
  it('joins a diagnosis whose customers arrive in parts, in the order sent', async () => {
    const client = new DiagnosisClient();
    const answer = client.request({ type: 'diagnose', params: emptyDiagnosis().params });
    const worker = FakeWorker.last;
    const { id } = worker.posted[0];
    worker.answer({ type: 'customers', id, customers: part('A', 'B') });
    worker.answer({ type: 'progress', id, phase: 'analysing' });
    worker.answer({ type: 'customers', id, customers: part('C') });
    worker.answer({ type: 'diagnose', id, diagnosis: emptyDiagnosis({ figures: { customers_total: 3 } }) });
    const { diagnosis } = await answer;
    expect(diagnosis!.customers.map((c) => c.id)).toEqual(['A', 'B', 'C']);
    expect(diagnosis!.figures.customers_total).toBe(3);
  });

  it('keeps the parts of two requests apart, and a cancel drops the parts under way', async () => {
    const client = new DiagnosisClient();
    const first = client.request({ type: 'diagnose', params: emptyDiagnosis().params });
    const worker = FakeWorker.last;
    worker.answer({ type: 'customers', id: worker.posted[0].id, customers: part('old') });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(true);

    const second = client.request({ type: 'diagnose', params: emptyDiagnosis().params });
    const fresh = FakeWorker.last;
    const { id } = fresh.posted[0];
    fresh.answer({ type: 'customers', id, customers: part('new') });
    fresh.answer({ type: 'diagnose', id, diagnosis: emptyDiagnosis() });
    expect((await second).diagnosis!.customers.map((c) => c.id)).toEqual(['new']);
  });

  it('stops only the requests asked for, keeps the worker, and drops what a stopped request still sends', async () => {
    const progress: unknown[] = [];
    const client = new DiagnosisClient((message) => progress.push(message));
    const worker = FakeWorker.last;
    const diagnosis = client.request({ type: 'diagnose', params: emptyDiagnosis().params });
    const overview = client.request({ type: 'quality', body: { type: 'overview' } });
    const [diagnoseId, overviewId] = worker.posted.map((message) => message.id);
    client.stop((body) => body.type === 'diagnose');
    await expect(diagnosis).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(false);
    expect(worker.posted.at(-1)).toMatchObject({ type: 'stop', ids: [diagnoseId] });

    worker.answer({ type: 'progress', id: diagnoseId, phase: 'analysing' });
    worker.answer({ type: 'customers', id: diagnoseId, customers: [customer('late')] });
    worker.answer({ type: 'stopped', id: diagnoseId });
    expect(progress).toEqual([]);
    worker.answer({ type: 'quality', id: overviewId, answer: { type: 'overview', overview: null } });
    await expect(overview).resolves.toMatchObject({ answer: { type: 'overview', overview: null } });
  });

  it('turns a stop the worker reports into a cancel, and posts nothing when there is nothing to stop', async () => {
    const client = new DiagnosisClient();
    const worker = FakeWorker.last;
    client.stop(() => true);
    expect(worker.posted).toEqual([]);
    const fit = client.request({ type: 'diagnose', params: emptyDiagnosis().params });
    worker.answer({ type: 'stopped', id: worker.posted[0].id });
    await expect(fit).rejects.toBeInstanceOf(CancelledError);
  });
});
