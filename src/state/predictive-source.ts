import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { PredictiveAnswer, PredictiveRequest, PredictiveStep } from '../workers/clv-requests';

/** Where the fit runs and what it runs on: the diagnosis session, or a stand-in in tests. */
export interface PredictiveSource {
  readonly diagnosis: Diagnosis | null;
  /** Changes whenever the data in use changes. */
  readonly dataVersion: number;
  fitPredictive(request: PredictiveRequest, onstep?: (step: PredictiveStep) => void): Promise<PredictiveAnswer>;
  /** Stops the fit under way: its promise fails with `CancelledError`. */
  stopPredictive(): void;
}
