import { db } from '../storage/db';
import { DatasetsRepository } from '../storage/datasets-repository';
import { PlansRepository } from '../storage/plans-repository';

export const plansRepository = new PlansRepository(db);
export const datasetsRepository = new DatasetsRepository(db);
