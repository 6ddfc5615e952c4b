import { customerKey } from '../metrics/text-normalise';
import { csvCell } from '../quality/export-csv';
import type { Contact, ContactBook } from './contacts';

export const CAMPAIGN_TOOLS = ['mailchimp', 'hubspot', 'brevo'] as const;
export type CampaignTool = (typeof CAMPAIGN_TOOLS)[number];

interface ToolFormat {
  /** Column headers as the tool's import documents them, so that it maps them by itself. */
  columns: readonly { header: string; value: (contact: Contact, tag: string) => string; phone?: true }[];
  /** Whether a row can be imported at all: the identifier the tool requires. */
  importable: (contact: Contact) => boolean;
}

const FORMATS: Record<CampaignTool, ToolFormat> = {
  // Mailchimp: «Email Address» is the one required field; «Tags» holds the list's name (commas
  // would split it into several tags).
  mailchimp: {
    columns: [
      { header: 'Email Address', value: (c) => c.email },
      { header: 'First Name', value: (c) => c.firstName },
      { header: 'Last Name', value: (c) => c.lastName },
      { header: 'Phone Number', value: (c) => c.phone, phone: true },
      { header: 'Tags', value: (_, tag) => tag.replace(/\s*,\s*/g, ' - ') },
    ],
    importable: (c) => c.email !== '',
  },
  // HubSpot: default contact properties, de-duplicated by «Email».
  hubspot: {
    columns: [
      { header: 'Email', value: (c) => c.email },
      { header: 'First Name', value: (c) => c.firstName },
      { header: 'Last Name', value: (c) => c.lastName },
      { header: 'Phone Number', value: (c) => c.phone, phone: true },
      { header: 'Street Address', value: (c) => c.address },
      { header: 'City', value: (c) => c.city },
      { header: 'Postal Code', value: (c) => c.postalCode },
    ],
    importable: (c) => c.email !== '',
  },
  // Brevo: default attributes; a contact needs EMAIL or SMS (with + and the country code).
  brevo: {
    columns: [
      { header: 'EMAIL', value: (c) => c.email },
      { header: 'FIRSTNAME', value: (c) => c.firstName },
      { header: 'LASTNAME', value: (c) => c.lastName },
      { header: 'SMS', value: (c) => c.phone, phone: true },
      { header: 'EXT_ID', value: (c) => c.id },
    ],
    importable: (c) => c.email !== '' || c.phone !== '',
  },
};

/**
 * One cell. A phone number keeps its leading + (the tools need the international form; it holds
 * only digits, so there is no formula to neutralise); any other text is neutralised as usual.
 */
function cell(value: string, phone: boolean): string {
  return phone && /^\+\d+$/.test(value) ? value : csvCell(value, ',');
}

export function campaignHeaders(tool: CampaignTool): string[] {
  return FORMATS[tool].columns.map((c) => c.header);
}

export interface CampaignFile {
  /** UTF-8 text, comma-separated, one contact per row (CRLF), a header first. */
  csv: string;
  contacts: number;
  /** Customers of the list left out, and why. */
  withoutContact: number;
  withoutOptIn: number;
}

/**
 * A customer list in the import format of a campaign tool: the customers' contact details from
 * the customers file, under the column names the tool documents. Left out: customers the file
 * does not describe or gives no usable address for, and, when the file has an opt-in column,
 * everyone who did not say yes. Cells a spreadsheet would run as formulas are neutralised.
 */
export function campaignFile(tool: CampaignTool, customerIds: readonly string[], book: ContactBook, tag: string): CampaignFile {
  const format = FORMATS[tool];
  const lines = [format.columns.map((c) => csvCell(c.header, ',')).join(',')];
  let withoutContact = 0;
  let withoutOptIn = 0;
  const seen = new Set<string>();
  for (const id of customerIds) {
    const key = customerKey(id);
    if (seen.has(key)) continue;
    seen.add(key);
    const contact = book.byId.get(key);
    if (!contact || !format.importable(contact)) withoutContact++;
    else if (book.hasOptIn && contact.optIn !== true) withoutOptIn++;
    else lines.push(format.columns.map((c) => cell(c.value(contact, tag), c.phone === true)).join(','));
  }
  return { csv: lines.join('\r\n') + '\r\n', contacts: lines.length - 1, withoutContact, withoutOptIn };
}
