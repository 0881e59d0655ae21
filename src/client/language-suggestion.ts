/** The first enabled locale matching the browser's preferred languages ("lv-LV" matches "lv"). */
export function suggestLocale(preferred: readonly string[], enabled: readonly string[]): string | undefined {
	for (const tag of preferred) {
		const lower = tag.toLowerCase();
		const exact = enabled.find((l) => l.toLowerCase() === lower);
		if (exact) return exact;
		const primary = lower.split('-')[0];
		const partial = enabled.find((l) => l.toLowerCase().split('-')[0] === primary);
		if (partial) return partial;
	}
	return undefined;
}
