/**
 * A small RFC 4180 CSV reader for survey exports: quoted fields (with "" for a
 * quote, and line breaks inside quotes), CRLF or LF line ends, a leading
 * byte-order mark, and a delimiter detected from the header line (comma,
 * semicolon as spreadsheets in Hungary, Latvia and Lithuania write it, or tab).
 */
export interface CsvTable {
	delimiter: ',' | ';' | '\t';
	/** The header cells, as written. */
	headers: string[];
	/** Data rows; `line` is the 1-based line of the file where the row starts (the header is line 1). */
	rows: { line: number; cells: string[] }[];
	problems: { line: number; message: string }[];
}

const delimiters = [',', ';', '\t'] as const;

/** The delimiter used most often outside quotes on the first line. */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
	const counts = new Map<string, number>(delimiters.map((d) => [d, 0]));
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
	}
	let best: CsvTable['delimiter'] = ',';
	for (const d of delimiters) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

export function parseCsv(input: string, delimiter?: CsvTable['delimiter']): CsvTable {
	const text = input.replace(/^\uFEFF/, '');
	const sep = delimiter ?? detectDelimiter(text);
	const records: { line: number; cells: string[] }[] = [];
	const problems: CsvTable['problems'] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let quoteLine = 1;
	let fieldStart = true;
	const endCell = () => {
		cells.push(cell);
		cell = '';
		fieldStart = true;
	};
	const endRecord = () => {
		endCell();
		// A blank line is no record (spreadsheets often end with one).
		if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
		cells = [];
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
			continue;
		}
		if (ch === '"' && fieldStart) {
			quoted = true;
			quoteLine = line;
			fieldStart = false;
		} else if (ch === sep) endCell();
		else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else {
			// A stray quote inside an unquoted field is kept as written.
			cell += ch;
			fieldStart = false;
		}
	}
	if (quoted) problems.push({ line: quoteLine, message: 'a quoted field is never closed: add the missing " (the rest of the file was read as one cell)' });
	if (cell !== '' || cells.length > 0) endRecord();
	const [header, ...rows] = records;
	return { delimiter: sep, headers: header?.cells.map((h) => h.trim()) ?? [], rows, problems };
}
