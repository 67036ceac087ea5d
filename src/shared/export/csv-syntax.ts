/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF accepted when reading), fields that
 * hold a comma, quote or line break wrapped in quotes with inner quotes doubled.
 */

export interface CsvRow {
  /** 1-based line of the file on which this row starts (a quoted value may span lines). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: 'unclosed-quote' | 'stray-quote',
  ) {
    super(`line ${line}: ${problem}`);
  }
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(',') + '\r\n').join('');
}

/** Blank lines are skipped (a spreadsheet often leaves one at the end). */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= text.length) throw new CsvSyntaxError(opened, 'unclosed-quote');
          const char = text[i];
          if (char === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (char === '\n') line++;
          cell += char;
          i++;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') throw new CsvSyntaxError(line, 'stray-quote');
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new CsvSyntaxError(line, 'stray-quote');
          cell += text[i];
          i++;
        }
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      // End of record: CRLF, LF, lone CR, or end of text.
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: start, cells });
  }
  return rows;
}
