/**
 * The most a backup may hold once decompressed. Far above any plan with its files (the 1M-row,
 * 73 MB sales file of the performance notes is about 100 MB in a backup) and well below what a
 * tab can hold as one string; past it a file is refused before it is read.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** The size a gzip file declares for its content (its last four bytes: the size modulo 2^32). */
export function declaredGzipSize(bytes: Uint8Array): number {
  const n = bytes.length;
  if (n < 18) return 0;
  return (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16)) + bytes[n - 1] * 0x1000000;
}
