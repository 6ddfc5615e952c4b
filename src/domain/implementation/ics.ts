import { isoToEpochDay, epochDayToIso } from '../dates';
import type { Action, ActionStatus } from './action';

export interface IcsOptions {
  /** Stable id of the plan; with the action id it makes each event's UID, stable across exports. */
  planId: string;
  /** When the file is made (an ISO date-time), written as every event's DTSTAMP. */
  stamp: string;
  calendarName?: string;
  /** The DESCRIPTION of each event, in the user's language; none when absent. */
  describe?: (action: Action) => string;
}

export interface IcsExport {
  text: string;
  /** Actions left out because their dates are missing, invalid or reversed. */
  skipped: string[];
}

const STATUS: Record<ActionStatus, string> = {
  planned: 'TENTATIVE',
  'in-progress': 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1 folding: lines of at most 75 octets of UTF-8, continued on lines that start
 * with one space; a character is never split.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const icsDate = (iso: string) => iso.replaceAll('-', '');

function icsStamp(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/**
 * The action plan as an iCalendar file: one all-day VEVENT per action from its start to its
 * end (DTEND is the day after, as all-day events require), with a UID made from the plan and
 * action ids so that re-importing updates the events instead of duplicating them.
 * Lines end in CRLF and are folded.
 */
export function actionsToIcs(actions: readonly Action[], options: IcsOptions): IcsExport {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fideliza//Plan de marketing relacional//ES', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeIcsText(options.calendarName)}`);
  const stamp = icsStamp(options.stamp);
  const skipped: string[] = [];
  for (const action of actions) {
    const start = isoToEpochDay(action.start);
    const end = isoToEpochDay(action.end);
    if (start === null || end === null || end < start) {
      skipped.push(action.id);
      continue;
    }
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${action.id}.${options.planId}@fideliza`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(action.start)}`,
      `DTEND;VALUE=DATE:${icsDate(epochDayToIso(end + 1))}`,
      `SUMMARY:${escapeIcsText(action.name)}`,
    );
    const description = options.describe?.(action);
    if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
    lines.push(`STATUS:${STATUS[action.status]}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldIcsLine).join('\r\n') + '\r\n', skipped };
}
