import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../../src/site/link-graph.ts';
import { referencesOf } from '../../src/model/references.ts';
import { commonFacts, makeCaseFacts } from '../helpers/facts.ts';
import { checklistFactsSchema, methodFactsSchema } from '../../src/model/content-schema.ts';

const common = commonFacts;
const caseFacts = makeCaseFacts({ cooperationForms: ['grant'], methods: ['round-table', 'round-table'], pitfalls: ['silo'] });
const methodFacts = methodFactsSchema.parse({ ...common, relatedMethods: ['matrix'], pitfalls: ['silo'], concepts: ['partnership'] });
const checklistFacts = checklistFactsSchema.parse({ ...common, phases: [{ id: 'p', items: [{ id: 'i', methods: ['round-table'], legalForms: ['grant'] }] }] });

const graph = buildLinkGraph([
	{ type: 'case', slug: 'c1', references: referencesOf('case', caseFacts) },
	{ type: 'method', slug: 'round-table', references: referencesOf('method', methodFacts) },
	{ type: 'checklist', slug: 'map', references: referencesOf('checklist', checklistFacts) },
]);

describe('referencesOf', () => {
	it('lists every slug with the field path it came from', () => {
		expect(referencesOf('case', caseFacts)).toContainEqual({ path: ['cooperationForms', 0], target: 'legalForm', slug: 'grant' });
		expect(referencesOf('checklist', checklistFacts)).toContainEqual({ path: ['phases', 0, 'items', 0, 'legalForms', 0], target: 'legalForm', slug: 'grant' });
		expect(referencesOf('method', methodFacts)).toContainEqual({ path: ['concepts', 0], target: 'term', slug: 'partnership' });
	});
});

describe('buildLinkGraph', () => {
	it('keeps outgoing links once each, with their field', () => {
		expect(graph.outgoing({ type: 'case', slug: 'c1' })).toEqual([
			{ type: 'legalForm', slug: 'grant', field: 'cooperationForms' },
			{ type: 'method', slug: 'round-table', field: 'methods' },
			{ type: 'pitfall', slug: 'silo', field: 'pitfalls' },
		]);
	});
	it('derives backlinks from every entry that names the target', () => {
		expect(graph.incoming({ type: 'method', slug: 'round-table' })).toEqual([
			{ type: 'case', slug: 'c1', field: 'methods' },
			{ type: 'checklist', slug: 'map', field: 'methods' },
		]);
		expect(graph.incoming({ type: 'pitfall', slug: 'silo' }).map((l) => l.slug)).toEqual(['c1', 'round-table']);
	});
	it('relates entries both ways without duplicates', () => {
		expect(graph.related({ type: 'method', slug: 'round-table' })).toEqual([
			{ type: 'method', slug: 'matrix' },
			{ type: 'pitfall', slug: 'silo' },
			{ type: 'case', slug: 'c1' },
			{ type: 'checklist', slug: 'map' },
		]);
	});
	it('keeps glossary terms apart from entry links', () => {
		expect(graph.terms({ type: 'method', slug: 'round-table' })).toEqual(['partnership']);
		expect(graph.incoming({ type: 'term' as never, slug: 'partnership' })).toEqual([]);
	});
});
