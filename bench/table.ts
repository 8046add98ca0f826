/** A column of a printed table: text columns align left, figures right. */
export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/** Lays rows out as a plain-text table with a rule under the header. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, at) => Math.max(column.header.length, ...rows.map((row) => (row[at] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, at) => {
        const cell = cells[at] ?? '';
        const width = widths[at] ?? 0;
        return column.align === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
