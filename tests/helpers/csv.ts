import { parseCsv } from '../../scripts/lib/csv.ts';

/** An exported CSV file as rows of cells, the header first, read with the atlas's one CSV reader. */
export function csvRows(text: string): string[][] {
	const table = parseCsv(text, ',');
	return [table.headers, ...table.rows.map((row) => row.cells)];
}
