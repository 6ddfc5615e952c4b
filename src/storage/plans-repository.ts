import type { FidelizaDb, StoredConflict, StoredDraft } from './db';
import { mergeThreeWay } from '../domain/merge/merge-three-way';
import { settleDerived } from '../domain/merge/settle-derived';
import { createPlan, duplicatePlan, readAddress, type NewPlanInput, type Plan, type PlanAddress } from '../domain/plan';

/** For each place edited: what this tab last saw stored there, and what it writes now. */
export type PlanEdits = Partial<Record<PlanAddress, { base: unknown; value: unknown }>>;
export type SaveOutcome = { conflicts: Omit<StoredConflict, 'id'>[]; plan: Plan };

/** Reads and writes plans; every write that touches several records is one transaction. */
export class PlansRepository {
  constructor(readonly db: FidelizaDb) {}

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
   * Saves answers and sections. `base` is what this tab last saw stored; where another tab wrote
   * meanwhile, the two are merged place by place (`mergeThreeWay`): places only one side changed
   * keep that change, and a place both changed keeps this edit and records the other as a conflict
   * the user can choose instead. `settled`, the saving tab's safety copy once these edits are
   * stored, is written in the same transaction.
   */
  async saveEdits(id: string, edits: PlanEdits, settled?: StoredDraft): Promise<SaveOutcome> {
    return this.db.transaction('rw', [this.db.plans, this.db.conflicts, this.db.drafts], async () => {
      const stored = await this.db.plans.get(id);
      if (!stored) throw new Error(`plan ${id} not found`);
      const at = new Date().toISOString();
      const conflicts: SaveOutcome['conflicts'] = [];
      const fields = { ...stored.fields };
      const sections = { ...stored.sections };
      for (const [address, edit] of Object.entries(edits) as [PlanAddress, { base: unknown; value: unknown }][]) {
        // A section never stored is what the tab started from (its defaults), not a change.
        const current = readAddress({ fields, sections }, address) ?? edit.base;
        const merge = mergeThreeWay(edit.base, edit.value, current);
        const { merged, clashes } = settleDerived(address, merge.merged, merge.clashes, stored.language);
        for (const clash of clashes) {
          const conflict = { planId: id, address, path: clash.path, overwritten: clash.theirs, mine: clash.mine, at };
          conflicts.push(conflict);
          await this.db.conflicts.add(conflict);
        }
        const key = address.slice(address.indexOf('.') + 1);
        if (address.startsWith('fields.')) fields[key] = String(merged);
        else sections[key] = merged;
      }
      const plan = { ...stored, fields, sections, updatedAt: at };
      await this.db.plans.put(plan);
      // The tab's safety copy, replaced by the state its save leaves (unless a later one is there).
      if (settled && ((await this.db.drafts.get(settled.id))?.seq ?? 0) <= settled.seq) await this.db.drafts.put(settled);
      return { conflicts, plan };
    });
  }

  /**
   * Keeps unsaved edits made over a version of the plan that has since been replaced (by a
   * restored backup) as conflicts: the stored text stays, the person can bring theirs back.
   */
  async keepAsConflicts(id: string, edits: PlanEdits): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.conflicts, async () => {
      const stored = await this.db.plans.get(id);
      if (!stored) return;
      const at = new Date().toISOString();
      for (const [address, edit] of Object.entries(edits) as [PlanAddress, { base: unknown; value: unknown }][]) {
        const current = readAddress(stored, address) ?? edit.base;
        for (const clash of mergeThreeWay(edit.base, edit.value, current).clashes) {
          await this.db.conflicts.add({ planId: id, address, path: clash.path, overwritten: clash.mine, mine: clash.theirs, at });
        }
      }
    });
  }

  conflictsOf(planId: string) {
    return this.db.conflicts.where('planId').equals(planId).toArray();
  }

  async dismissConflict(id: number): Promise<void> {
    await this.db.conflicts.delete(id);
  }
}
