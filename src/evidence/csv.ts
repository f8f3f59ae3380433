// Reading the CSV files the suite writes (the RTTM, the SLA table) back, e.g. from an evidence pack.
/** Rows of a CSV file with a header line, by column name (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n') {
      record.push(cell.replace(/\r$/, ''));
      records.push(record);
      record = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || record.length) records.push([...record, cell]);
  const [header, ...rows] = records;
  return rows.map((cells) => Object.fromEntries((header ?? []).map((column, index) => [column, cells[index] ?? ''])) );
}
