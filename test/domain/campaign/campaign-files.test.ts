import { describe, expect, it } from 'vitest';
import { campaignFile, campaignHeaders } from '../../../src/domain/campaign/campaign-files';
import { contactBook } from '../../../src/domain/campaign/contacts';
import { customerTable } from '../quality/table';

const table = customerTable(
  ['id', 'fullName', 'email', 'phone', 'address', 'city', 'postalCode', 'optIn'],
  [
    ['C1', 'Ana García López', ' Ana@Example.com ', '612 345 678', 'Calle Mayor 1', 'Logroño', '26001', 'Sí'],
    ['C2', 'Luis Gil', 'luis@example.com', '', '', '', '', 'No'],
    ['C3', 'Íñigo Sáez', '', '654123456', '', '', '', 'sí'],
    ['C4', '=HYPERLINK("x")', 'eva@example.com', '', '', '', '', 'si'],
    ['C5', 'Rosa Vega', 'rosa@example', '', '', '', '', 'si'],
  ],
);
const book = contactBook(table, 'ES');
const rows = (csv: string) => csv.split('\r\n').filter(Boolean);

describe('campaign files', () => {
  it('uses the column names each tool documents for its import', () => {
    expect(campaignHeaders('mailchimp')).toEqual(['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Tags']);
    expect(campaignHeaders('hubspot')).toEqual(['Email', 'First Name', 'Last Name', 'Phone Number', 'Street Address', 'City', 'Postal Code']);
    expect(campaignHeaders('brevo')).toEqual(['EMAIL', 'FIRSTNAME', 'LASTNAME', 'SMS', 'EXT_ID']);
  });

  it('Mailchimp: one opted-in contact with a valid email per row, the list as its tag', () => {
    const file = campaignFile('mailchimp', ['C1', 'C2', 'C3', 'C4', 'C5', 'C9', 'c1'], book, 'En riesgo de abandono');
    expect(rows(file.csv)).toEqual([
      'Email Address,First Name,Last Name,Phone Number,Tags',
      'ana@example.com,Ana,García López,+34612345678,En riesgo de abandono',
      `eva@example.com,"'=HYPERLINK(""x"")",,,En riesgo de abandono`,
    ]);
    // C2 said no; C3 has no email, C5 an invalid one, C9 is not in the file; «c1» is C1 again.
    expect(file).toMatchObject({ contacts: 2, withoutOptIn: 1, withoutContact: 3 });
  });

  it('Mailchimp: a list name with commas stays one tag', () => {
    expect(rows(campaignFile('mailchimp', ['C1'], book, 'Cuadrante «Valor alto, mucho por ganar»').csv)[1]).toBe(
      'ana@example.com,Ana,García López,+34612345678,Cuadrante «Valor alto - mucho por ganar»',
    );
  });

  it('HubSpot: email, names, phone and postal address', () => {
    expect(rows(campaignFile('hubspot', ['C1'], book, '').csv)[1]).toBe('ana@example.com,Ana,García López,+34612345678,Calle Mayor 1,Logroño,26001');
  });

  it('Brevo: a contact with a mobile and no email still goes in, the phone in international form with its +', () => {
    const file = campaignFile('brevo', ['C1', 'C3'], book, '');
    expect(rows(file.csv)).toEqual(['EMAIL,FIRSTNAME,LASTNAME,SMS,EXT_ID', 'ana@example.com,Ana,García López,+34612345678,C1', ',Íñigo,Sáez,+34654123456,C3']);
  });

  it('without an opt-in column, everyone with a contact goes in', () => {
    const open = contactBook(customerTable(['id', 'name', 'surname', 'email'], [['C1', 'Ana', 'García', 'ana@example.com'], ['C2', 'Luis', 'Gil', 'luis@example.com']]));
    expect(open.hasOptIn).toBe(false);
    expect(rows(campaignFile('mailchimp', ['C1', 'C2'], open, 'Campeones').csv)).toEqual([
      'Email Address,First Name,Last Name,Phone Number,Tags', 'ana@example.com,Ana,García,,Campeones', 'luis@example.com,Luis,Gil,,Campeones',
    ]);
  });

  it('writes plain UTF-8 text with no byte-order mark', () => {
    const csv = campaignFile('brevo', ['C3'], book, '').csv;
    expect(csv.startsWith('EMAIL')).toBe(true);
    expect(new TextDecoder('utf-8').decode(new TextEncoder().encode(csv))).toContain('Íñigo');
  });
});
