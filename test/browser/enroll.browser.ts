/**
 * Enrolling from the public catalog (issue 4, items 1, 3, 5 and 7) in Debian's Chromium: a visitor
 * searches the catalog by city, opens the product and a session with its seats left, logs in as a
 * learner, sees the terms version and the cancellation fee timeline, must tick "I accept the terms",
 * and is enrolled; a full session offers the waiting list instead.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { apiLogin, daysFromToday, planSession } from './support/api.ts';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

let klasse: TestKlasse;
let browser: Browser;
let openSession: string;
let fullSession: string;

before(async () => {
  klasse = await startTestKlasse();
  browser = await launchChromium();
  ({ sessionId: openSession } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-UTR-1',
    day: daysFromToday(21),
    capacity: 12,
    city: 'Leeuwarden',
  }));
  ({ sessionId: fullSession } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-AMF-1',
    day: daysFromToday(28),
    capacity: 1,
    city: 'Amersfoort',
  }));
  // Lisa Jansen (another company) takes the only seat of the Amersfoort session.
  const lisa = await apiLogin(klasse.url, 'learner2');
  await lisa.post('/api/enrollments', { sessionId: fullSession, acceptTerms: true });
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

async function logIn(page: Page, local: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail(local));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('enrolling from the catalog', () => {
  test('a visitor finds a session by city, logs in as a learner, accepts the terms and is enrolled', async () => {
    const page = await browser.freshPage(`${klasse.url}/catalog`);
    // The catalog is public: no login asked.
    await page.getByRole('heading', { level: 1, name: 'Cursusaanbod' }).waitFor();
    assert.equal(await page.getByLabel('Wachtwoord').count(), 0);

    await page.getByLabel('Plaats').fill('Leeuwarden');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gevonden: 1' }).waitFor();
    assert.match(page.url(), /\?city=Leeuwarden$/);
    const card = page.getByRole('article').filter({ hasText: 'NEN 3140 Vakbekwaam persoon' });
    await card.getByText('€ 495,00').waitFor();
    await card.getByText('12 van 12').waitFor();
    await screenshot(page, 'catalog-search-city');

    await card.getByRole('link', { name: 'NEN 3140 Vakbekwaam persoon' }).click();
    await page.getByRole('heading', { level: 1, name: 'NEN 3140 Vakbekwaam persoon' }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Komende uitvoeringen' });
    // Both sessions are listed on the product page, the full one marked so.
    await upcoming
      .getByRole('row', { name: /Amersfoort/ })
      .getByText('Vol, wachtlijst')
      .waitFor();
    await screenshot(page, 'catalog-product');
    await upcoming
      .getByRole('row', { name: /Leeuwarden/ })
      .getByRole('link')
      .click();

    await page.getByRole('heading', { level: 1, name: /^NEN 3140 Vakbekwaam persoon, / }).waitFor();
    await page.getByTestId('seats-left').getByText('12 van 12').waitFor();
    await page.getByText('Leslocatie Leeuwarden').waitFor();
    await page.getByText('Log in om je aan te melden.').waitFor();
    await screenshot(page, 'session-detail-public');
    await page.getByRole('link', { name: 'Aanmelden' }).click();

    // Enrolling needs a login; after it, the enroll form of the same session.
    await logIn(page, 'learner');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden: NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.getByText('Je meldt jezelf aan: Tom Smit.').waitFor();
    const terms = page.getByRole('region', { name: 'Voorwaarden' });
    await terms
      .getByTestId('terms-version')
      .getByText(/plusport-courses, versie/)
      .waitFor();
    await terms.getByRole('img', { name: 'Kostenverloop' }).waitFor();
    assert.ok((await terms.locator('rect.step-area').count()) >= 2);
    await terms
      .getByText(/art\. 15\.5/)
      .first()
      .waitFor();

    // Not accepting the terms is named at the checkbox and sends nothing.
    const submit = page.getByRole('button', { name: 'Aanmelden', exact: true });
    await submit.click();
    await page.getByText('Vink aan dat je akkoord gaat met de voorwaarden').waitFor();
    const accept = page.getByLabel(/Ik ga akkoord met de voorwaarden/);
    assert.equal(await accept.getAttribute('aria-invalid'), 'true');
    assert.equal(await accept.evaluate((el) => el === document.activeElement), true);
    await screenshot(page, 'enroll-form');

    await accept.check();
    await submit.click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding ontvangen' }).waitFor();
    await page.getByRole('status').getByText('1 bevestigd').waitFor();
    await screenshot(page, 'enroll-done');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanmeldingen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
    const row = page.getByRole('row', { name: /NEN 3140 Vakbekwaam persoon/ });
    await row.getByText('Bevestigd').waitFor();
    await row.getByText('NEN-UTR-1').waitFor();
    await screenshot(page, 'my-enrollments');

    // The session page counts the seat taken.
    await page.goto(`${klasse.url}/sessions/${openSession}`);
    await page.getByTestId('seats-left').getByText('11 van 12').waitFor();
  });

  test('a full session offers the waiting list, and the learner lands on it', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'learner');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Tom Smit' }).waitFor();
    await page.goto(`${klasse.url}/sessions/${fullSession}`);
    await page.getByText('Vol, wachtlijst').first().waitFor();
    await page.getByRole('link', { name: 'Op de wachtlijst' }).click();

    await page.getByRole('heading', { level: 1, name: 'Aanmelden: NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.getByText('Deze uitvoering is vol.').waitFor();
    await page.getByLabel(/Ik ga akkoord met de voorwaarden/).check();
    await page.getByRole('button', { name: 'Aanmelden voor de wachtlijst' }).click();
    await page.getByRole('status').getByText('1 op de wachtlijst').waitFor();
    await screenshot(page, 'enroll-waitlist');
    await page.getByRole('link', { name: 'Aanmelding 1 bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.locator('.card [data-status="waitlisted"]').waitFor();

    // Every label in English too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrollment NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.locator('.card [data-status="waitlisted"]').getByText('On the waiting list').waitFor();
    await page.getByRole('region', { name: 'History' }).getByText('Put on the waiting list').waitFor();
    await screenshot(page, 'enrollment-waitlisted-en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Courses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await page.getByLabel('City').fill('Amersfoort');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 2, name: 'Found: 1' }).waitFor();
    await page.getByText('Full, waiting list').waitFor();
    await screenshot(page, 'catalog-en');
  });
});
