import { db } from '../storage/db';
import { PlansRepository } from '../storage/plans-repository';

export const plansRepository = new PlansRepository(db);
