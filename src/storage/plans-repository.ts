import type { FidelizaDb } from './db';
import { createPlan, duplicatePlan, readAddress, type NewPlanInput, type Plan, type PlanAddress } from '../domain/plan';

/** For each place edited: what this tab last saw stored there, and what it writes now. */
export type PlanEdits = Partial<Record<PlanAddress, { base: unknown; value: unknown }>>;
export type SaveOutcome = { conflicts: { address: PlanAddress; overwritten: unknown }[]; plan: Plan };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Reads and writes plans; every write that touches several records is one transaction. */
export class PlansRepository {
  constructor(private readonly db: FidelizaDb) {}

  listActive(): Promise<Plan[]> {
    return this.db.plans
      .orderBy('updatedAt')
      .reverse()
      .filter((p) => p.deletedAt === null)
      .toArray();
  }

  get(id: string): Promise<Plan | undefined> {
    return this.db.plans.get(id);
  }

  async create(input: NewPlanInput): Promise<Plan> {
    const plan = createPlan(input, crypto.randomUUID(), new Date());
    await this.db.plans.add(plan);
    return plan;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.plans.update(id, { name: name.trim(), updatedAt: new Date().toISOString() });
  }

  async update(id: string, changes: Partial<Omit<Plan, 'id' | 'fields'>>): Promise<void> {
    await this.db.plans.update(id, { ...changes, updatedAt: new Date().toISOString() });
  }

  async duplicate(id: string, copyName: (name: string) => string): Promise<Plan> {
    return this.db.transaction('rw', this.db.plans, this.db.datasets, async () => {
      const source = await this.db.plans.get(id);
      if (!source) throw new Error(`plan ${id} not found`);
      const copy = duplicatePlan(source, crypto.randomUUID(), new Date(), copyName(source.name));
      await this.db.plans.add(copy);
      const datasets = await this.db.datasets.where('planId').equals(id).toArray();
      await this.db.datasets.bulkAdd(datasets.map((d) => ({ ...d, id: crypto.randomUUID(), planId: copy.id })));
      return copy;
    });
  }

  /** Hides the plan; `restore` brings it back, `purgeDeleted` removes it for good. */
  async softDelete(id: string): Promise<void> {
    await this.db.plans.update(id, { deletedAt: new Date().toISOString() });
  }

  async restore(id: string): Promise<void> {
    await this.db.plans.update(id, { deletedAt: null });
  }

  async purgeDeleted(olderThan: Date): Promise<number> {
    return this.db.transaction('rw', [this.db.plans, this.db.datasets, this.db.snapshots, this.db.conflicts], async () => {
      const doomed = await this.db.plans
        .filter((p) => p.deletedAt !== null && p.deletedAt < olderThan.toISOString())
        .primaryKeys();
      for (const planId of doomed) {
        await this.db.datasets.where('planId').equals(planId).delete();
        await this.db.snapshots.where('planId').equals(planId).delete();
        await this.db.conflicts.where('planId').equals(planId).delete();
      }
      await this.db.plans.bulkDelete(doomed);
      return doomed.length;
    });
  }

  /**
   * Saves answers and sections. `base` is what this tab last saw stored; where the stored value
   * differs from it, another tab wrote meanwhile: this edit wins and the other value is kept
   * as a conflict the user can bring back.
   */
  async saveEdits(id: string, edits: PlanEdits): Promise<SaveOutcome> {
    return this.db.transaction('rw', this.db.plans, this.db.conflicts, async () => {
      const stored = await this.db.plans.get(id);
      if (!stored) throw new Error(`plan ${id} not found`);
      const at = new Date().toISOString();
      const conflicts: SaveOutcome['conflicts'] = [];
      const fields = { ...stored.fields };
      const sections = { ...stored.sections };
      for (const [address, edit] of Object.entries(edits) as [PlanAddress, { base: unknown; value: unknown }][]) {
        const current = readAddress({ fields, sections }, address);
        if (!same(current, edit.base) && !same(current, edit.value)) {
          conflicts.push({ address, overwritten: current });
          await this.db.conflicts.add({ planId: id, address, overwritten: current, at });
        }
        const key = address.slice(address.indexOf('.') + 1);
        if (address.startsWith('fields.')) fields[key] = String(edit.value);
        else sections[key] = edit.value;
      }
      const plan = { ...stored, fields, sections, updatedAt: at };
      await this.db.plans.put(plan);
      return { conflicts, plan };
    });
  }

  conflictsOf(planId: string) {
    return this.db.conflicts.where('planId').equals(planId).toArray();
  }

  async dismissConflict(id: number): Promise<void> {
    await this.db.conflicts.delete(id);
  }
}
