import { describe, expect, it } from 'vitest';
import { indexSources, overlappingRuns, words } from '../helpers/word-overlap.ts';

describe('word overlap', () => {
	it('compares lower-cased letter words only, diacritics kept', () => {
		expect(words('Sadarbība: 5 soļi, ÖNKORMÁNYZAT!')).toEqual(['sadarbība', 'soļi', 'önkormányzat']);
	});
	it('finds runs of N words shared with a source', () => {
		const index = indexSources([{ name: 'seed.txt', text: 'one two three four five six' }], 4);
		expect(overlappingRuns(index, 'zero ONE two, three four! seven')).toEqual([{ run: 'one two three four', source: 'seed.txt' }]);
		expect(overlappingRuns(index, 'one two three seven four')).toEqual([]);
	});
});
