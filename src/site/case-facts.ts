import type { Translate } from '../shared/i18n.ts';
import type { CaseFacts } from '../model/content-schema.ts';

/** A case's years as the reader sees them ("2019–2022", "2021 (end not stated)"); undefined for a scenario, which has no real years. */
export function caseYears(facts: CaseFacts, t: Translate): string | undefined {
	if (facts.evidence === 'scenario') return undefined;
	const years = facts.years;
	if (years === undefined) return t('facts.yearsUnknown');
	if (years.end === undefined) return t('facts.yearsFrom', { start: years.start });
	return t('facts.yearsRange', { start: years.start, end: years.end === 'ongoing' ? t('facts.ongoing') : years.end });
}

/** The kinds of partner, each once and in the order first named ("Municipality, NGO", not "Local company, Local company"). */
export function partnerSectors(facts: CaseFacts): CaseFacts['partners'][number]['sector'][] {
	return [...new Set(facts.partners.map((p) => p.sector))];
}
