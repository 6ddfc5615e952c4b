export interface ReportSectionData {
  /** The cover logo as a data URL (`data:image/png;base64,…`), or null. */
  logo: string | null;
}

/** Largest logo file accepted: big enough for a crisp print logo, small enough for the plan's storage and backups. */
export const MAX_LOGO_BYTES = 512 * 1024;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

const LOGO_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

/** Base64 text of MAX_LOGO_BYTES plus its header. */
const MAX_LOGO_URL_LENGTH = Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 32;

/** Stored or imported data → the section: a logo that is not a small image data URL is dropped. */
export function restoreReportSection(raw: unknown): ReportSectionData {
  const logo = typeof raw === 'object' && raw !== null ? (raw as { logo?: unknown }).logo : undefined;
  const ok = typeof logo === 'string' && logo.length <= MAX_LOGO_URL_LENGTH && LOGO_URL.test(logo);
  return { logo: ok ? logo : null };
}

export type LogoError = { code: 'not-image' } | { code: 'too-large'; size: number; max: number };

/** Whether a chosen file can be the logo: a PNG, JPEG or WebP image of at most MAX_LOGO_BYTES. */
export function checkLogoFile(file: { type: string; size: number }): { ok: true } | { ok: false; error: LogoError } {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { ok: false, error: { code: 'not-image' } };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, error: { code: 'too-large', size: file.size, max: MAX_LOGO_BYTES } };
  return { ok: true };
}
