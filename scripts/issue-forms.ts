/**
 * npm run issue:forms: writes the GitHub issue forms (.github/ISSUE_TEMPLATE/)
 * from src/site/issue-forms.ts, in every form language. Run it after changing a
 * taxonomy, a UI string of a taxonomy or section, or the form texts;
 * tests/unit/issue-forms.test.ts fails while the files are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allForms, templateFolder } from '../src/site/issue-forms.ts';
import type { UiStrings } from '../src/shared/ui-strings.ts';

const root = process.cwd();
const stringsOf = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'src/i18n', `${locale}.json`), 'utf8')) as UiStrings;
const folder = path.join(root, templateFolder);
fs.mkdirSync(folder, { recursive: true });
for (const [name, text] of allForms(stringsOf)) {
	fs.writeFileSync(path.join(folder, name), text);
	console.log(`wrote ${templateFolder}/${name}`);
}
