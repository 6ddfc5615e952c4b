import type { PredictiveAnswer, PredictiveRequest, PredictiveStep } from '../../../workers/clv-requests';
import { CancelledError } from '../../../workers/diagnosis-client';
import type { PredictiveSource } from '../../../state/predictive-source';

export type { PredictiveSource };

/**
 * One fit of the predictive-CLV models, run when the user asks: the step under way, the answer
 * and the inputs it answers (a fit for other inputs is shown as out of date, never stored).
 */
export class PredictiveRun {
  #answer = $state.raw<PredictiveAnswer | null>(null);
  #answeredKey = $state<string | null>(null);
  #step = $state<PredictiveStep | null>(null);
  #failure = $state<string | null>(null);
  #stopped = $state(false);
  #ticket = 0;

  constructor(private readonly source: PredictiveSource) {}

  get answer(): PredictiveAnswer | null {
    return this.#answer;
  }

  /** The step under way, null when nothing runs. */
  get step(): PredictiveStep | null {
    return this.#step;
  }

  /** A worker failure nobody could foresee, in its own words. */
  get failure(): string | null {
    return this.#failure;
  }

  /** Whether the user stopped the last fit. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Stops the fit under way; the answer shown before stays. */
  stop(): void {
    if (this.#step === null) return;
    this.#ticket++;
    this.#step = null;
    this.#stopped = true;
    this.source.stopPredictive();
  }

  /** Whether the answer shown is the one for these inputs. */
  answers(key: string): boolean {
    return this.#answeredKey === key;
  }

  /** Fits for `request`; `key` names the inputs (request and data version). A newer run wins. */
  async run(request: PredictiveRequest, key: string): Promise<void> {
    const ticket = ++this.#ticket;
    this.#step = 'summary';
    this.#failure = null;
    this.#stopped = false;
    try {
      const answer = await this.source.fitPredictive({ ...request }, (step) => {
        if (ticket === this.#ticket) this.#step = step;
      });
      if (ticket !== this.#ticket) return;
      this.#answer = answer;
      this.#answeredKey = key;
    } catch (error) {
      if (ticket === this.#ticket && !(error instanceof CancelledError)) {
        this.#failure = error instanceof Error ? error.message : String(error);
      }
    } finally {
      if (ticket === this.#ticket) this.#step = null;
    }
  }
}
