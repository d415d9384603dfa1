import type { TableModel } from './views';

/**
 * The CSV an analyst can use (docs/statistics-csv.md): one column per kind of value, numbers only
 * in number columns. A suppressed count is an empty value with `suppressed` = true beside it; a
 * range is two columns (low, high); text never goes in a number column.
 */
export const CSV_COLUMNS = [
  ['table', 'text'],
  ['regulation', 'text'],
  ['period', 'text'],
  ['channel', 'text'],
  ['verdict', 'text'],
  ['receiving', 'text'],
  ['group', 'text'],
  ['reason', 'text'],
  ['screenings', 'number'],
  ['suppressed', 'flag'],
  ['saysNo', 'number'],
  ['saysYes', 'number'],
  ['unanswered', 'number'],
  ['fewerThan10', 'text'],
  ['n', 'number'],
  ['nLow', 'number'],
  ['nHigh', 'number'],
  ['share', 'number'],
  ['shareLow', 'number'],
  ['shareHigh', 'number'],
  ['estimateLow', 'number'],
  ['estimateHigh', 'number'],
  ['estimateYear', 'number'],
  ['trend', 'text'],
  ['source', 'text'],
  ['rulesVersions', 'text'],
] as const;
export type CsvKey = (typeof CSV_COLUMNS)[number][0];
export type CsvValue = string | number | boolean | null;
export type CsvRecord = Partial<Record<CsvKey, CsvValue>>;

/** `standard`: RFC 4180, `,` and a decimal point. `excel-nl`: `;`, decimal commas and a BOM, as Dutch Excel opens it. */
export type CsvDialect = 'standard' | 'excel-nl';

export function tablesCsv(tables: readonly TableModel[], dialect: CsvDialect = 'standard'): string {
  const separator = dialect === 'excel-nl' ? ';' : ',';
  const quote = (text: string) =>
    text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const format = (kind: string, value: CsvValue | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    if (kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a number: ${value}`);
      const text = String(Math.round(value * 1e6) / 1e6);
      return dialect === 'excel-nl' ? text.replace('.', ',') : text;
    }
    if (kind === 'flag') return value ? 'true' : 'false';
    return quote(String(value));
  };
  const lines = [CSV_COLUMNS.map(([key]) => key).join(separator)];
  for (const table of tables) {
    for (const row of table.rows) {
      const record: CsvRecord = { table: table.id, ...row.csv };
      lines.push(CSV_COLUMNS.map(([key, kind]) => format(kind, record[key])).join(separator));
    }
  }
  return `${dialect === 'excel-nl' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
