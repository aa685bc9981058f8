/**
 * The import wizard (plusport-cursusvoorwaarden#3.1 "importsheet"; issue 4, items 4 and 7) in Debian's
 * Chromium: a customer admin uploads a sheet with a bad e-mail address and an unknown session, sees
 * each error with its row and column and nothing enrolled, cannot commit the bad rows, uploads the
 * fixed sheet and enrolls every row in one go.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiLogin, daysFromToday, planSession } from './support/api.ts';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

let klasse: TestKlasse;
let browser: Browser;

before(async () => {
  klasse = await startTestKlasse();
  browser = await launchChromium();
  await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-UTR-IMP',
    day: daysFromToday(30),
    capacity: 10,
    city: 'Utrecht',
  });
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

function csv(rows: string[][]): Buffer {
  return Buffer.from(`${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');
}

const HEADINGS = ['Sessiecode', 'Voornaam', 'Achternaam', 'E-mail'];

describe('importing a sheet', () => {
  test('errors are shown by row and column, nothing is enrolled, and the fixed sheet enrolls every row', async () => {
    const page = await browser.freshPage(klasse.url);
    await page.getByLabel('E-mailadres').fill(demoEmail('customer-admin'));
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Importsheet' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden met een importsheet' }).waitFor();

    // The template downloads as a file, headings in the page's language.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Sjabloon downloaden (CSV)' }).click();
    const template = await (await download).path();
    assert.ok(template);

    // A file that is not a sheet is refused before anything is sent.
    await page.getByLabel('Importsheet (CSV of XLSX)').setInputFiles({
      name: 'lijst.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
    await page.getByText('Dit is geen CSV- of XLSX-bestand.').waitFor();

    await page.getByLabel('Importsheet (CSV of XLSX)').setInputFiles({
      name: 'aanmeldingen.csv',
      mimeType: 'text/csv',
      buffer: csv([
        HEADINGS,
        ['NEN-UTR-IMP', 'Piet', 'Bakker', 'piet.bakker@devries.example'],
        ['NEN-UTR-IMP', 'Anna', 'Smit', 'anna.smit@'],
        ['ONBEKEND-1', 'Kees', 'Vos', 'kees.vos@devries.example'],
      ]),
    });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();

    // The headings of the template are recognised.
    const mapping = page.getByRole('region', { name: '3. Kolommen koppelen' });
    assert.equal(await mapping.getByLabel('E-mail', { exact: true }).inputValue(), 'email');
    assert.equal(await mapping.getByLabel('Sessiecode').inputValue(), 'sessionCode');

    const check = page.getByRole('region', { name: '4. Controle' });
    await check.getByTestId('import-totals').getByText('3 rijen: 1 goed, 2 fouten.').waitFor();
    const errors = check.locator('table.import-errors');
    const emailError = errors.locator('tr[data-row="3"]');
    await emailError.getByRole('cell', { name: 'E-mail', exact: true }).waitFor();
    assert.match((await emailError.locator('td').nth(2).textContent()) ?? '', /e-mail/i);
    const sessionError = errors.locator('tr[data-row="4"]');
    await sessionError.getByRole('cell', { name: 'Sessiecode', exact: true }).waitFor();
    assert.match((await sessionError.locator('td').nth(2).textContent()) ?? '', /ONBEKEND-1/);
    // The valid row as it would be enrolled.
    await check
      .getByRole('row', { name: /Piet Bakker/ })
      .getByText('nieuw in Klasse')
      .waitFor();
    // With errors, the commit needs the explicit "valid rows only" tick.
    const commitValid = page.getByRole('button', { name: '1 goede rijen inschrijven' });
    assert.equal(await commitValid.isDisabled(), true);
    await screenshot(page, 'import-errors');

    // Nothing is enrolled by the upload.
    const eva = await apiLogin(klasse.url, 'customer-admin');
    const before = await eva.get<{ total: number }>('/api/enrollments');
    assert.equal(before.total, 0);

    // The fixed sheet: every row valid, enrolled in one go.
    await page.getByLabel('Importsheet (CSV of XLSX)').setInputFiles({
      name: 'aanmeldingen-verbeterd.csv',
      mimeType: 'text/csv',
      buffer: csv([
        HEADINGS,
        ['NEN-UTR-IMP', 'Piet', 'Bakker', 'piet.bakker@devries.example'],
        ['NEN-UTR-IMP', 'Anna', 'Smit', 'anna.smit@devries.example'],
        ['NEN-UTR-IMP', 'Kees', 'Vos', 'kees.vos@devries.example'],
      ]),
    });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
    await check.getByTestId('import-totals').getByText('3 rijen: 3 goed, 0 fouten.').waitFor();
    await check.getByText('Geen fouten gevonden.').waitFor();
    await screenshot(page, 'import-valid');
    await page.getByRole('button', { name: 'Alle 3 rijen inschrijven' }).click();

    const result = page.getByRole('region', { name: 'Resultaat' });
    await result
      .getByRole('status')
      .getByText(/^3 aanmeldingen ingeschreven/)
      .waitFor();
    await result.getByText('3 nieuwe cursisten in Klasse gezet').waitFor();
    await result.getByText('NEN-UTR-IMP: 3 ingeschreven').waitFor();
    await screenshot(page, 'import-result');

    await result.getByRole('link', { name: 'Naar de aanmeldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
    for (const name of ['Piet Bakker', 'Anna Smit', 'Kees Vos']) {
      await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    }
  });
});
