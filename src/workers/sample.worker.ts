/// <reference lib="webworker" />
import type { EpochDay } from '../domain/dates';
import type { Language } from '../domain/plan';
import { buildSampleBundle } from '../domain/sample/sample-bundle';
import { generateSampleData } from '../domain/sample/sample-data';

export type SampleRequest = { kind: 'plan'; language: Language; today: EpochDay } | { kind: 'files'; today: EpochDay };

/** Builds the sample plan, or just its two files, away from the page: about a second of work. */
self.onmessage = (event: MessageEvent<SampleRequest>) => {
  const request = event.data;
  if (request.kind === 'plan') postMessage(buildSampleBundle(request));
  else {
    const data = generateSampleData({ lastDay: request.today - 1 });
    postMessage({ transactions: data.transactions, customers: data.customers });
  }
};
