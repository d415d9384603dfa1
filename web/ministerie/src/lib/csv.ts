import { COLUMN_KEYS, type TableModel } from './views';

const quote = (text: string) => (/[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * The tables on the page as one CSV: a `table` column naming the table, then one column per
 * kind of value (empty where a table has no such column). Values are the cells' csv values.
 */
export function tablesCsv(tables: readonly TableModel[]): string {
  const lines = [['table', ...COLUMN_KEYS].join(',')];
  for (const table of tables) {
    const keys = new Set(table.columns.map((column) => column.key));
    for (const row of table.rows) {
      lines.push(
        [table.id, ...COLUMN_KEYS.map((key) => (keys.has(key) ? quote(row.cells[key]?.csv ?? '') : ''))].join(
          ',',
        ),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
