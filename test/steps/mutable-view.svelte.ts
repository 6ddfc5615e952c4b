import type { Figures } from '../../src/domain/metric-ids';
import type { Diagnosis } from '../../src/domain/metrics/diagnosis';
import type { DiagnosisView } from '../../src/state/diagnosis-context';

/** A diagnosis view whose diagnosis a test can replace, as a new import does. */
export class MutableView implements DiagnosisView {
  diagnosis = $state.raw<Diagnosis | null>(null);
  computedAt = $state<string | null>(null);

  constructor(view: DiagnosisView) {
    this.diagnosis = view.diagnosis;
    this.computedAt = view.computedAt;
  }

  get figures(): Figures {
    return this.diagnosis?.figures ?? {};
  }
}
