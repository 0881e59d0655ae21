import fs from 'node:fs';
import { describe } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; no browser is downloaded. `CHROMIUM_PATH` overrides. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

/**
 * Browser tests: where no Chromium is found they fail under CI=true and are
 * skipped with a loud message otherwise.
 */
export function describeBrowser(name: string, body: () => void) {
	if (!chromiumPath) {
		const message = `No Chromium found (install it: apt-get install -y chromium). Browser tests "${name}" cannot run.`;
		if (process.env.CI === 'true') {
			describe(name, () => {
				throw new Error(message);
			});
			return;
		}
		console.warn(`\n\x1b[41m\x1b[37m SKIPPED \x1b[0m ${message}\n`);
		describe.skip(name, body);
		return;
	}
	describe(name, body);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		// This machine has no network: background services would only try to connect out.
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
