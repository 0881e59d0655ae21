declare module 'virtual:atlas/site' {
	import type { SiteConfig } from './schemas/site-config.ts';
	import type { UiStrings } from './lib/ui-strings.ts';
	/** Dates arrive as ISO strings through JSON. */
	export const config: Omit<SiteConfig, 'accessibility'> & { accessibility: { reviewed: string; compliance: SiteConfig['accessibility']['compliance'] } };
	export const strings: Record<string, UiStrings>;
}
declare module 'virtual:atlas/theme.css';
