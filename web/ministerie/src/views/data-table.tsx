import type { TableModel } from '../lib/views';

/** A table model as an accessible table: caption, column headers, the regulation as row header. */
export function DataTable({ model }: { model: TableModel }) {
  const captionId = `${model.id}-caption`;
  return (
    // A wide table scrolls on its own; the region is focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table data-table={model.id}>
        <caption id={captionId}>{model.caption}</caption>
        <thead>
          <tr>
            {model.columns.map((column) => (
              <th key={column.key} scope="col" data-key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, index) => (
            <tr key={`${row.regulation}-${index}`} data-regulation={row.regulation}>
              {model.columns.map((column, i) => {
                const cell = row.cells[column.key];
                const content = cell?.href ? <a href={cell.href}>{cell.text}</a> : cell?.text;
                return i === 0 ? (
                  <th key={column.key} scope="row" data-key={column.key} data-csv={cell?.csv ?? ''}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} data-key={column.key} data-csv={cell?.csv ?? ''}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
