// Well under SQLite's and PostgreSQL's limits on bound parameters per statement.
const CHUNK = 500;

/** Splits rows (or ids) into parts a single statement can bind. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
