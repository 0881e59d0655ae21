/**
 * The words of the GitHub issue forms (.github/ISSUE_TEMPLATE/), per language.
 * Field ids, dropdown values and section headings come from issue-forms.ts,
 * taxonomy.ts and the UI strings; only the questions are written here.
 */
export type FormKind = 'case' | 'correction' | 'translation';

export interface FieldText {
	label: string;
	description?: string;
}

export interface FormText {
	name: string;
	description: string;
	/** Issue title given when the form opens; the contributor completes it. */
	title: string;
	intro: string;
	fields: Record<string, FieldText>;
}

export interface LocaleFormText {
	forms: Record<FormKind, FormText>;
	/** Shared labels. */
	sectionHelp: string;
	licence: { label: string; description: string; option: string };
	partnerSector: (n: number) => FieldText;
	partnerName: (n: number) => FieldText;
	/** Problems the conversion reports on the issue, in the form's language. */
	problems: {
		missing: (label: string) => string;
		notAllowed: (label: string, value: string) => string;
		country: (label: string, value: string) => string;
		year: (label: string, value: string) => string;
		yearOrder: string;
		sourceLine: (line: number, text: string) => string;
		entry: (value: string) => string;
		checklist: string;
		language: (value: string) => string;
		exists: (file: string) => string;
		unknownForm: string;
		validator: string;
		correction: (files: string) => string;
		written: (files: string) => string;
	};
}

export const formText: Record<'en' | 'hu' | 'lv' | 'lt', LocaleFormText> = {
	en: {
		forms: {
			case: {
				name: 'Propose a case (English)',
				description:
					'Tell us about a cooperation between a municipality and community organisations, social businesses or local companies. No Git or programming needed.',
				title: '[Case] ',
				intro:
					'Thank you for sharing a case. Answer in plain language; a maintainer turns your answers into an entry and asks you if something is unclear. Only write facts that a public source states, and give its address. Do not write personal data about private persons.',
				fields: {
					title: { label: 'Title of the case', description: 'A short, descriptive title, such as "Youth council co-designs the town square".' },
					language: { label: 'Language of your answers' },
					summary: { label: 'Summary', description: 'One or two plain sentences: what happened and why it matters.' },
					country: { label: 'Country', description: 'The two-letter country code, such as HU, LV or LT.' },
					place: { label: 'Place', description: 'The municipality, town or district, as written in your language.' },
					scale: { label: 'Size of the place' },
					evidence: {
						label: 'Is this a real case or an invented example?',
						description: 'Documented: a real case; every fact comes from a source. Scenario: an invented example built on ideas from sources.',
					},
					'year-start': { label: 'Year the cooperation started', description: 'Only if a source states it, such as 2021. Leave empty for a scenario.' },
					'year-end': { label: 'Year it ended', description: 'A year, or "ongoing". Leave empty if the sources do not say.' },
					themes: { label: 'Themes' },
					funding: { label: 'Funding', description: 'Leave empty if the sources do not say.' },
					result: { label: 'Result in one line', description: 'One sentence on the result, as a source states it. Leave empty if none does.' },
					links: {
						label: 'Methods or legal forms of the atlas it uses',
						description: 'Paste the addresses of their pages in the atlas, one per line. A maintainer can add them if you are not sure.',
					},
					sources: {
						label: 'Sources',
						description:
							'One source per line: its web address, then its title. For example: https://www.example-town.hu/decision-2021 Council decision on the youth council',
					},
				},
			},
			correction: {
				name: 'Suggest a correction (English)',
				description: 'Something on a page is wrong, out of date or unclear? Tell us and we will correct it.',
				title: '[Correction] ',
				intro: 'Thank you for helping us keep the atlas correct. Say what is wrong and what it should say; a source helps us check it.',
				fields: {
					entry: { label: 'Entry', description: 'The page address or its citation identifier (filled in when you come from "Suggest a change").' },
					page: { label: 'Page address' },
					problem: { label: 'What is wrong or unclear?' },
					correction: { label: 'What should it say instead?' },
					source: { label: 'Source', description: 'The address of a document that confirms the correction, if you have one.' },
				},
			},
			translation: {
				name: 'Offer a translation (English)',
				description: 'Translate an entry into English, Hungarian, Latvian or Lithuanian.',
				title: '[Translation] ',
				intro:
					'Thank you for translating. Translate the title, summary and text of the entry. Keep every section heading (the lines starting with "##") and translate it as the atlas spells it in your language; the check tells you if one differs.',
				fields: {
					entry: { label: 'Entry to translate', description: 'The page address or its citation identifier, such as cooperation-atlas:case/river-cleanup.' },
					language: { label: 'Language of your translation' },
					title: { label: 'Title' },
					summary: { label: 'Summary', description: 'One or two sentences.' },
					place: { label: 'Place (case studies only)', description: 'The place name in your language.' },
					result: { label: 'Result in one line (case studies only)' },
					text: { label: 'Translated text', description: 'The whole text, with each section heading on its own line starting with "## ".' },
				},
			},
		},
		sectionHelp: 'In your own words. Leave empty if you do not know; a maintainer will ask.',
		licence: {
			label: 'Licence',
			description: 'Entries are published under the licence shown at the foot of every page.',
			option: 'I wrote this text myself (or may share it) and agree that it is published under the atlas licence.',
		},
		partnerSector: (n) => ({ label: `Partner ${n}: type`, description: n === 1 ? 'A cooperation has at least two partners.' : undefined }),
		partnerName: (n) => ({ label: `Partner ${n}: name`, description: 'Only if a source names the organisation; never a private person.' }),
		problems: {
			missing: (label) => `"${label}" is required but was left empty.`,
			notAllowed: (label, value) => `"${label}": "${value}" is not one of the choices of the form.`,
			country: (label, value) => `"${label}": "${value}" is not a two-letter country code such as HU, LV or LT.`,
			year: (label, value) => `"${label}": "${value}" is not a year such as 2021.`,
			yearOrder: 'The end year comes before the start year.',
			sourceLine: (line, text) => `Sources, line ${line} ("${text}"): write the web address (https://…) and the title of the document.`,
			entry: (value) => `"${value}" is not an entry of the atlas: paste the page address or its citation identifier.`,
			checklist: 'Checklists cannot be translated through this form yet; a maintainer will help.',
			language: (value) => `The entry already has a text in "${value}".`,
			exists: (file) => `${file} already exists.`,
			unknownForm: 'This issue was not written with one of the atlas forms, so it cannot be turned into an entry.',
			validator: 'The atlas check found these problems in the new files:',
			correction: (files) => `A maintainer will make this correction by hand in: ${files}`,
			written: (files) => `Written: ${files}`,
		},
	},
	hu: {
		forms: {
			case: {
				name: 'Eset javaslása (magyar)',
				description:
					'Írja le egy önkormányzat és civil szervezetek, szociális vállalkozások vagy helyi cégek együttműködését. Nincs szükség Gitre vagy programozásra.',
				title: '[Eset] ',
				intro:
					'Köszönjük, hogy megosztja velünk az esetet. Válaszoljon közérthetően; egy szerkesztő a válaszaiból bejegyzést készít, és rákérdez, ha valami nem egyértelmű. Csak olyan tényt írjon le, amelyet nyilvános forrás közöl, és adja meg a forrás címét. Magánszemélyekről ne írjon személyes adatot.',
				fields: {
					title: { label: 'Az eset címe', description: 'Rövid, tartalmas cím, például „Az ifjúsági tanács közösen tervezi meg a főteret”.' },
					language: { label: 'A válaszok nyelve' },
					summary: { label: 'Összefoglaló', description: 'Egy-két egyszerű mondat: mi történt, és miért fontos.' },
					country: { label: 'Ország', description: 'Kétbetűs országkód, például HU, LV vagy LT.' },
					place: { label: 'Helyszín', description: 'Az önkormányzat, település vagy kerület neve.' },
					scale: { label: 'A település mérete' },
					evidence: {
						label: 'Valós esetről vagy kitalált példáról van szó?',
						description: 'Dokumentált: valós eset, minden tény forrásból származik. Forgatókönyv: források ötletein alapuló, kitalált példa.',
					},
					'year-start': { label: 'Az együttműködés kezdő éve', description: 'Csak ha forrás közli, például 2021. Forgatókönyvnél hagyja üresen.' },
					'year-end': { label: 'Az együttműködés záró éve', description: 'Évszám vagy „ongoing” (folyamatban). Hagyja üresen, ha a források nem közlik.' },
					themes: { label: 'Témák' },
					funding: { label: 'Finanszírozás', description: 'Hagyja üresen, ha a források nem közlik.' },
					result: { label: 'Az eredmény egy sorban', description: 'Egy mondat az eredményről, ahogy egy forrás közli. Hagyja üresen, ha egyik sem közli.' },
					links: {
						label: 'Az atlasz felhasznált módszerei vagy jogi formái',
						description: 'Másolja be az atlaszbeli oldaluk címét, soronként egyet. Ha nem biztos benne, egy szerkesztő kiegészíti.',
					},
					sources: {
						label: 'Források',
						description:
							'Soronként egy forrás: a webcíme, utána a címe. Például: https://www.pelda-varos.hu/hatarozat-2021 Képviselő-testületi határozat az ifjúsági tanácsról',
					},
				},
			},
			correction: {
				name: 'Javítás javaslása (magyar)',
				description: 'Hibás, elavult vagy nem egyértelmű valami egy oldalon? Jelezze, és kijavítjuk.',
				title: '[Javítás] ',
				intro: 'Köszönjük, hogy segít pontosan tartani az atlaszt. Írja le, mi a hiba, és mi lenne a helyes; egy forrás segít ellenőrizni.',
				fields: {
					entry: { label: 'Bejegyzés', description: 'Az oldal címe vagy hivatkozási azonosítója (a „Módosítás javaslása” linkről érkezve ki van töltve).' },
					page: { label: 'Az oldal címe' },
					problem: { label: 'Mi a hibás vagy nem egyértelmű?' },
					correction: { label: 'Mi lenne helyette a helyes?' },
					source: { label: 'Forrás', description: 'Egy dokumentum címe, amely megerősíti a javítást, ha van ilyen.' },
				},
			},
			translation: {
				name: 'Fordítás felajánlása (magyar)',
				description: 'Fordítson le egy bejegyzést magyarra, angolra, lettre vagy litvánra.',
				title: '[Fordítás] ',
				intro:
					'Köszönjük a fordítást. Fordítsa le a bejegyzés címét, összefoglalóját és szövegét. Minden szakaszcímet (a „##” kezdetű sorokat) tartson meg, és úgy fordítsa, ahogy az atlasz az adott nyelven írja; az ellenőrzés jelzi, ha valamelyik eltér.',
				fields: {
					entry: { label: 'A fordítandó bejegyzés', description: 'Az oldal címe vagy hivatkozási azonosítója, például cooperation-atlas:case/river-cleanup.' },
					language: { label: 'A fordítás nyelve' },
					title: { label: 'Cím' },
					summary: { label: 'Összefoglaló', description: 'Egy-két mondat.' },
					place: { label: 'Helyszín (csak esettanulmányoknál)', description: 'A helység neve az Ön nyelvén.' },
					result: { label: 'Az eredmény egy sorban (csak esettanulmányoknál)' },
					text: { label: 'A lefordított szöveg', description: 'A teljes szöveg, minden szakaszcím külön sorban, „## ” kezdettel.' },
				},
			},
		},
		sectionHelp: 'A saját szavaival. Hagyja üresen, ha nem tudja; egy szerkesztő rákérdez.',
		licence: {
			label: 'Licenc',
			description: 'A bejegyzések az oldalak alján feltüntetett licenc alatt jelennek meg.',
			option: 'A szöveget magam írtam (vagy megoszthatom), és hozzájárulok, hogy az atlasz licence alatt megjelenjen.',
		},
		partnerSector: (n) => ({ label: `${n}. partner: típus`, description: n === 1 ? 'Egy együttműködésnek legalább két partnere van.' : undefined }),
		partnerName: (n) => ({ label: `${n}. partner: név`, description: 'Csak ha egy forrás megnevezi a szervezetet; magánszemélyt soha.' }),
		problems: {
			missing: (label) => `„${label}”: kötelező, de üresen maradt.`,
			notAllowed: (label, value) => `„${label}”: „${value}” nem szerepel az űrlap választási lehetőségei között.`,
			country: (label, value) => `„${label}”: „${value}” nem kétbetűs országkód (például HU, LV vagy LT).`,
			year: (label, value) => `„${label}”: „${value}” nem évszám (például 2021).`,
			yearOrder: 'A záró év korábbi, mint a kezdő év.',
			sourceLine: (line, text) => `Források, ${line}. sor („${text}”): adja meg a dokumentum webcímét (https://…) és címét.`,
			entry: (value) => `„${value}” nem az atlasz bejegyzése: másolja be az oldal címét vagy a hivatkozási azonosítóját.`,
			checklist: 'Ellenőrzőlistát ezen az űrlapon még nem lehet fordítani; egy szerkesztő segít.',
			language: (value) => `A bejegyzésnek már van „${value}” nyelvű szövege.`,
			exists: (file) => `${file} már létezik.`,
			unknownForm: 'Ez a bejelentés nem az atlasz egyik űrlapjával készült, ezért nem lehet belőle bejegyzést készíteni.',
			validator: 'Az atlasz ellenőrzése ezeket a hibákat találta az új fájlokban:',
			correction: (files) => `Egy szerkesztő kézzel végzi el a javítást itt: ${files}`,
			written: (files) => `Elkészült: ${files}`,
		},
	},
	lv: {
		forms: {
			case: {
				name: 'Ieteikt gadījumu (latviešu)',
				description:
					'Pastāstiet par pašvaldības un kopienas organizāciju, sociālo uzņēmumu vai vietējo uzņēmumu sadarbību. Git vai programmēšana nav vajadzīga.',
				title: '[Gadījums] ',
				intro:
					'Paldies, ka dalāties ar gadījumu. Atbildiet vienkāršā valodā; redaktors no jūsu atbildēm izveidos ierakstu un jautās, ja kaut kas nav skaidrs. Rakstiet tikai tos faktus, ko norāda publisks avots, un norādiet tā adresi. Nerakstiet privātpersonu personas datus.',
				fields: {
					title: { label: 'Gadījuma nosaukums', description: 'Īss, saturīgs nosaukums, piemēram, “Jauniešu dome kopā plāno centrālo laukumu”.' },
					language: { label: 'Atbilžu valoda' },
					summary: { label: 'Kopsavilkums', description: 'Viens vai divi vienkārši teikumi: kas notika un kāpēc tas ir svarīgi.' },
					country: { label: 'Valsts', description: 'Divu burtu valsts kods, piemēram, HU, LV vai LT.' },
					place: { label: 'Vieta', description: 'Pašvaldība, pilsēta vai pagasts.' },
					scale: { label: 'Vietas lielums' },
					evidence: {
						label: 'Vai tas ir reāls gadījums vai izdomāts piemērs?',
						description: 'Dokumentēts: reāls gadījums, katrs fakts nāk no avota. Scenārijs: izdomāts piemērs, kas veidots pēc avotu idejām.',
					},
					'year-start': { label: 'Sadarbības sākuma gads', description: 'Tikai tad, ja to norāda avots, piemēram, 2021. Scenārijam atstājiet tukšu.' },
					'year-end': { label: 'Sadarbības beigu gads', description: 'Gads vai “ongoing” (turpinās). Atstājiet tukšu, ja avoti to nenorāda.' },
					themes: { label: 'Tēmas' },
					funding: { label: 'Finansējums', description: 'Atstājiet tukšu, ja avoti to nenorāda.' },
					result: { label: 'Rezultāts vienā rindā', description: 'Viens teikums par rezultātu, kā to norāda avots. Atstājiet tukšu, ja neviens to nenorāda.' },
					links: {
						label: 'Atlanta metodes vai juridiskās formas, ko tas izmanto',
						description: 'Ielīmējiet to lapu adreses atlantā, katru savā rindā. Ja neesat pārliecināts, redaktors tās pievienos.',
					},
					sources: {
						label: 'Avoti',
						description: 'Katrs avots savā rindā: tīmekļa adrese, tad nosaukums. Piemēram: https://www.piemers.lv/lemums-2021 Domes lēmums par jauniešu domi',
					},
				},
			},
			correction: {
				name: 'Ieteikt labojumu (latviešu)',
				description: 'Kaut kas lapā ir nepareizs, novecojis vai neskaidrs? Pastāstiet mums, un mēs to izlabosim.',
				title: '[Labojums] ',
				intro: 'Paldies, ka palīdzat uzturēt atlantu precīzu. Norādiet, kas ir nepareizi un kā jābūt; avots palīdz mums to pārbaudīt.',
				fields: {
					entry: { label: 'Ieraksts', description: 'Lapas adrese vai citēšanas identifikators (aizpildīts, ja atnācāt no saites “Ieteikt izmaiņas”).' },
					page: { label: 'Lapas adrese' },
					problem: { label: 'Kas ir nepareizi vai neskaidri?' },
					correction: { label: 'Kā jābūt?' },
					source: { label: 'Avots', description: 'Dokumenta adrese, kas apstiprina labojumu, ja tāds ir.' },
				},
			},
			translation: {
				name: 'Piedāvāt tulkojumu (latviešu)',
				description: 'Iztulkojiet ierakstu latviešu, angļu, ungāru vai lietuviešu valodā.',
				title: '[Tulkojums] ',
				intro:
					'Paldies par tulkojumu. Iztulkojiet ieraksta nosaukumu, kopsavilkumu un tekstu. Saglabājiet katru sadaļas virsrakstu (rindas, kas sākas ar “##”) un tulkojiet to tā, kā atlants to raksta jūsu valodā; pārbaude norādīs, ja kāds atšķiras.',
				fields: {
					entry: { label: 'Tulkojamais ieraksts', description: 'Lapas adrese vai citēšanas identifikators, piemēram, cooperation-atlas:case/river-cleanup.' },
					language: { label: 'Tulkojuma valoda' },
					title: { label: 'Nosaukums' },
					summary: { label: 'Kopsavilkums', description: 'Viens vai divi teikumi.' },
					place: { label: 'Vieta (tikai gadījumu aprakstiem)', description: 'Vietas nosaukums jūsu valodā.' },
					result: { label: 'Rezultāts vienā rindā (tikai gadījumu aprakstiem)' },
					text: { label: 'Tulkotais teksts', description: 'Viss teksts, katrs sadaļas virsraksts savā rindā, sākot ar “## ”.' },
				},
			},
		},
		sectionHelp: 'Saviem vārdiem. Atstājiet tukšu, ja nezināt; redaktors pajautās.',
		licence: {
			label: 'Licence',
			description: 'Ierakstus publicē ar licenci, kas norādīta katras lapas apakšā.',
			option: 'Šo tekstu uzrakstīju pats (vai drīkstu to kopīgot) un piekrītu, ka to publicē ar atlanta licenci.',
		},
		partnerSector: (n) => ({ label: `${n}. partneris: veids`, description: n === 1 ? 'Sadarbībā ir vismaz divi partneri.' : undefined }),
		partnerName: (n) => ({ label: `${n}. partneris: nosaukums`, description: 'Tikai tad, ja avots nosauc organizāciju; nekad privātpersonu.' }),
		problems: {
			missing: (label) => `“${label}”: obligāts, bet atstāts tukšs.`,
			notAllowed: (label, value) => `“${label}”: “${value}” nav starp veidlapas izvēlēm.`,
			country: (label, value) => `“${label}”: “${value}” nav divu burtu valsts kods (piemēram, HU, LV vai LT).`,
			year: (label, value) => `“${label}”: “${value}” nav gads (piemēram, 2021).`,
			yearOrder: 'Beigu gads ir agrāks par sākuma gadu.',
			sourceLine: (line, text) => `Avoti, ${line}. rinda (“${text}”): norādiet dokumenta tīmekļa adresi (https://…) un nosaukumu.`,
			entry: (value) => `“${value}” nav atlanta ieraksts: ielīmējiet lapas adresi vai citēšanas identifikatoru.`,
			checklist: 'Kontrolsarakstus ar šo veidlapu vēl nevar tulkot; redaktors palīdzēs.',
			language: (value) => `Ierakstam jau ir teksts valodā “${value}”.`,
			exists: (file) => `${file} jau pastāv.`,
			unknownForm: 'Šis pieteikums nav rakstīts ar kādu no atlanta veidlapām, tāpēc no tā nevar izveidot ierakstu.',
			validator: 'Atlanta pārbaude jaunajos failos atrada šīs problēmas:',
			correction: (files) => `Redaktors šo labojumu veiks manuāli: ${files}`,
			written: (files) => `Izveidots: ${files}`,
		},
	},
	lt: {
		forms: {
			case: {
				name: 'Pasiūlyti atvejį (lietuvių)',
				description:
					'Papasakokite apie savivaldybės ir bendruomeninių organizacijų, socialinių verslų ar vietos įmonių bendradarbiavimą. Git ar programavimo nereikia.',
				title: '[Atvejis] ',
				intro:
					'Dėkojame, kad dalijatės atveju. Atsakykite paprasta kalba; redaktorius iš jūsų atsakymų parengs įrašą ir paklaus, jei kas nors neaišku. Rašykite tik tuos faktus, kuriuos nurodo viešas šaltinis, ir pateikite jo adresą. Nerašykite privačių asmenų asmens duomenų.',
				fields: {
					title: {
						label: 'Atvejo pavadinimas',
						description: 'Trumpas, informatyvus pavadinimas, pavyzdžiui, „Jaunimo taryba kartu planuoja centrinę aikštę“.',
					},
					language: { label: 'Atsakymų kalba' },
					summary: { label: 'Santrauka', description: 'Vienas ar du paprasti sakiniai: kas įvyko ir kodėl tai svarbu.' },
					country: { label: 'Šalis', description: 'Dviejų raidžių šalies kodas, pavyzdžiui, HU, LV arba LT.' },
					place: { label: 'Vieta', description: 'Savivaldybė, miestas ar seniūnija.' },
					scale: { label: 'Vietovės dydis' },
					evidence: {
						label: 'Ar tai tikras atvejis, ar sugalvotas pavyzdys?',
						description: 'Dokumentuotas: tikras atvejis, kiekvienas faktas paimtas iš šaltinio. Scenarijus: sugalvotas pavyzdys, paremtas šaltinių idėjomis.',
					},
					'year-start': {
						label: 'Bendradarbiavimo pradžios metai',
						description: 'Tik jei juos nurodo šaltinis, pavyzdžiui, 2021. Scenarijui palikite tuščią.',
					},
					'year-end': {
						label: 'Bendradarbiavimo pabaigos metai',
						description: 'Metai arba „ongoing“ (tebevyksta). Palikite tuščią, jei šaltiniai to nenurodo.',
					},
					themes: { label: 'Temos' },
					funding: { label: 'Finansavimas', description: 'Palikite tuščią, jei šaltiniai to nenurodo.' },
					result: {
						label: 'Rezultatas viena eilute',
						description: 'Vienas sakinys apie rezultatą, kaip jį nurodo šaltinis. Palikite tuščią, jei nė vienas nenurodo.',
					},
					links: {
						label: 'Atlaso metodai ar teisinės formos, kurie taikyti',
						description: 'Įklijuokite jų puslapių atlase adresus, po vieną eilutėje. Jei nesate tikri, juos pridės redaktorius.',
					},
					sources: {
						label: 'Šaltiniai',
						description:
							'Po vieną šaltinį eilutėje: interneto adresas, tada pavadinimas. Pavyzdžiui: https://www.pavyzdys.lt/sprendimas-2021 Tarybos sprendimas dėl jaunimo tarybos',
					},
				},
			},
			correction: {
				name: 'Pasiūlyti pataisymą (lietuvių)',
				description: 'Kas nors puslapyje neteisinga, pasenę ar neaišku? Praneškite mums ir mes pataisysime.',
				title: '[Pataisymas] ',
				intro: 'Dėkojame, kad padedate išlaikyti atlasą tikslų. Nurodykite, kas neteisinga ir kaip turėtų būti; šaltinis padeda mums tai patikrinti.',
				fields: {
					entry: { label: 'Įrašas', description: 'Puslapio adresas arba citavimo identifikatorius (užpildytas, jei atėjote iš nuorodos „Siūlyti pakeitimą“).' },
					page: { label: 'Puslapio adresas' },
					problem: { label: 'Kas neteisinga ar neaišku?' },
					correction: { label: 'Kaip turėtų būti?' },
					source: { label: 'Šaltinis', description: 'Dokumento, patvirtinančio pataisymą, adresas, jei turite.' },
				},
			},
			translation: {
				name: 'Pasiūlyti vertimą (lietuvių)',
				description: 'Išverskite įrašą į lietuvių, anglų, vengrų ar latvių kalbą.',
				title: '[Vertimas] ',
				intro:
					'Dėkojame už vertimą. Išverskite įrašo pavadinimą, santrauką ir tekstą. Išlaikykite kiekvieną skyriaus antraštę (eilutes, prasidedančias „##“) ir išverskite ją taip, kaip atlasas ją rašo jūsų kalba; patikra parodys, jei kuri nors skiriasi.',
				fields: {
					entry: {
						label: 'Verčiamas įrašas',
						description: 'Puslapio adresas arba citavimo identifikatorius, pavyzdžiui, cooperation-atlas:case/river-cleanup.',
					},
					language: { label: 'Vertimo kalba' },
					title: { label: 'Pavadinimas' },
					summary: { label: 'Santrauka', description: 'Vienas ar du sakiniai.' },
					place: { label: 'Vieta (tik atvejų aprašymams)', description: 'Vietovės pavadinimas jūsų kalba.' },
					result: { label: 'Rezultatas viena eilute (tik atvejų aprašymams)' },
					text: { label: 'Išverstas tekstas', description: 'Visas tekstas, kiekviena skyriaus antraštė atskiroje eilutėje, pradedant „## “.' },
				},
			},
		},
		sectionHelp: 'Savais žodžiais. Palikite tuščią, jei nežinote; redaktorius paklaus.',
		licence: {
			label: 'Licencija',
			description: 'Įrašai skelbiami pagal licenciją, nurodytą kiekvieno puslapio apačioje.',
			option: 'Šį tekstą parašiau pats (arba galiu juo dalytis) ir sutinku, kad jis būtų paskelbtas pagal atlaso licenciją.',
		},
		partnerSector: (n) => ({ label: `${n} partneris: tipas`, description: n === 1 ? 'Bendradarbiavime dalyvauja bent du partneriai.' : undefined }),
		partnerName: (n) => ({ label: `${n} partneris: pavadinimas`, description: 'Tik jei šaltinis nurodo organizaciją; niekada ne privatų asmenį.' }),
		problems: {
			missing: (label) => `„${label}“: privalomas, bet paliktas tuščias.`,
			notAllowed: (label, value) => `„${label}“: „${value}“ nėra tarp formos pasirinkimų.`,
			country: (label, value) => `„${label}“: „${value}“ nėra dviejų raidžių šalies kodas (pavyzdžiui, HU, LV arba LT).`,
			year: (label, value) => `„${label}“: „${value}“ nėra metai (pavyzdžiui, 2021).`,
			yearOrder: 'Pabaigos metai ankstesni nei pradžios metai.',
			sourceLine: (line, text) => `Šaltiniai, ${line} eilutė („${text}“): nurodykite dokumento interneto adresą (https://…) ir pavadinimą.`,
			entry: (value) => `„${value}“ nėra atlaso įrašas: įklijuokite puslapio adresą arba citavimo identifikatorių.`,
			checklist: 'Kontrolinių sąrašų per šią formą dar negalima versti; padės redaktorius.',
			language: (value) => `Įrašas jau turi tekstą kalba „${value}“.`,
			exists: (file) => `${file} jau yra.`,
			unknownForm: 'Šis pranešimas parašytas ne viena iš atlaso formų, todėl iš jo negalima parengti įrašo.',
			validator: 'Atlaso patikra naujuose failuose rado šias problemas:',
			correction: (files) => `Šį pataisymą redaktorius atliks rankiniu būdu: ${files}`,
			written: (files) => `Parengta: ${files}`,
		},
	},
};
