import { epochDay, epochDayToIso } from '../../domain/dates';

/** Today's date on the user's calendar, as `yyyy-mm-dd`. */
export function todayIso(now = new Date()): string {
  return epochDayToIso(epochDay(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}
