/**
 * Cancelling with the fee shown first (issue 4, items 6 and 7) in Debian's Chromium: a learner
 * opens their enrollment, asks what cancelling costs, sees the fee in euros, the clause, the
 * explanation and the fee timeline before confirming, confirms, and the enrollment shows cancelled
 * with the fee on its ledger.
 *
 * The server's clock is fixed on Monday 30 November 2026, 10:00 in Amsterdam, and the classroom
 * training (€ 495) starts on Thursday 10 December: 8 working days before the start, the 10-6 working
 * day tier of plusport-cursusvoorwaarden art. 15.5, which costs 50 %: € 247,50.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { manualClock } from '../../src/platform/clock.ts';
import { apiLogin, planSession } from './support/api.ts';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

let klasse: TestKlasse;
let browser: Browser;
let enrollmentId: string;
let lisaEnrollmentId: string;

before(async () => {
  klasse = await startTestKlasse({ clock: manualClock('2026-11-30T09:00:00Z') });
  browser = await launchChromium();
  const { sessionId } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-UTR-DEC',
    day: '2026-12-10',
    capacity: 12,
    city: 'Utrecht',
  });
  const tom = await apiLogin(klasse.url, 'learner');
  const result = await tom.post<{ items: { id: string; status: string }[] }>('/api/enrollments', {
    sessionId,
    acceptTerms: true,
  });
  const first = result.items[0];
  assert.equal(first?.status, 'confirmed');
  enrollmentId = first.id;
  const lisa = await apiLogin(klasse.url, 'learner2');
  const hers = await lisa.post<{ items: { id: string }[] }>('/api/enrollments', {
    sessionId,
    acceptTerms: true,
  });
  lisaEnrollmentId = hers.items[0]?.id ?? '';
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

describe('cancelling an enrollment', () => {
  test('the fee, clause, explanation and timeline are shown before confirming; then it is cancelled', async () => {
    const page = await browser.freshPage(klasse.url);
    await page.getByLabel('E-mailadres').fill(demoEmail('learner'));
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanmeldingen' })
      .click();
    await page.getByRole('link', { name: 'NEN 3140 Vakbekwaam persoon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding NEN 3140 Vakbekwaam persoon' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/enrollments/${enrollmentId}`);
    await page.locator('.card [data-status="confirmed"]').waitFor();

    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annuleren: NEN 3140 Vakbekwaam persoon' }).waitFor();
    // Nothing to confirm before the fee is shown.
    assert.equal(await page.getByRole('button', { name: /Annulering bevestigen/ }).count(), 0);
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();

    const cost = page.getByRole('region', { name: 'Wat dit kost' });
    await cost.getByTestId('change-fee').getByText('€ 247,50').waitFor();
    await cost
      .getByTestId('change-clauses')
      .getByText('plusport-cursusvoorwaarden, art. 15.5: Annuleringsregelingen')
      .waitFor();
    await cost
      .locator('blockquote[lang="nl"]')
      .getByText(/€ 247,50/)
      .waitFor();
    await cost
      .locator('blockquote[lang="en"]')
      .getByText(/€247\.50/)
      .waitFor();
    // The ledger line a confirm would write, citing the same clause.
    await cost
      .getByRole('row', { name: /Annuleringskosten/ })
      .getByText('€ 247,50')
      .waitFor();
    const timeline = page.getByRole('region', { name: 'Kostenverloop' });
    const chart = timeline.getByRole('img', { name: 'Kostenverloop' });
    await chart.waitFor();
    assert.equal(await chart.locator('rect.step-area').count(), 3);
    await timeline
      .getByRole('row', { name: /26 november 2026/ })
      .getByText('€ 247,50')
      .waitFor();
    await screenshot(page, 'cancel-preview');

    await page.getByRole('button', { name: 'Annulering bevestigen (€ 247,50)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.locator('.card [data-status="cancelled"]').waitFor();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await history.locator('tr[data-event="cancelled"]').getByText('€ 247,50', { exact: true }).waitFor();
    const ledger = page.getByRole('region', { name: 'Bedragen voor de factuur' });
    await ledger
      .getByRole('row', { name: /Annuleringskosten/ })
      .getByText('€ 247,50')
      .waitFor();
    await screenshot(page, 'cancel-done');

    // No further change is offered on a cancelled enrollment.
    assert.equal(await page.getByRole('link', { name: 'Annuleren' }).count(), 0);
  });

  test('a sick report holds the fee until staff record the proof, which decides it again', async () => {
    const page = await browser.freshPage(`${klasse.url}/enrollments/${lisaEnrollmentId}/cancel`);
    await page.getByLabel('E-mailadres').fill(demoEmail('learner2'));
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annuleren: NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.getByLabel('Reden').selectOption('sick_report');
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();
    const cost = page.getByRole('region', { name: 'Wat dit kost' });
    await cost.getByText('Voorlopig, wacht op bewijs').waitFor();
    await cost
      .getByTestId('change-clauses')
      .getByText(/art\. 15\.6/)
      .waitFor();
    await screenshot(page, 'cancel-sick-preview');
    await page.getByRole('button', { name: /Annulering bevestigen/ }).click();
    await page.locator('.card [data-status="cancellation_pending"]').waitFor();

    // Staff record the doctor's note; the held cancellation is decided again.
    const staff = await browser.freshPage(`${klasse.url}/enrollments/${lisaEnrollmentId}`);
    await staff.getByLabel('E-mailadres').fill(demoEmail('administration'));
    await staff.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: 'Inloggen' }).click();
    const record = staff.getByRole('region', { name: 'Vastleggen (opleider)' });
    await record.getByLabel('Bewijs ontvangen op').fill('2026-12-01');
    await record.getByRole('button', { name: 'Bewijs ontvangen' }).click();
    await staff.locator('.card [data-status="cancelled"]').waitFor();
    // The sick report arrived by 7 December: no fee (plusport-cursusvoorwaarden 15.6).
    await staff
      .getByRole('region', { name: 'Geschiedenis' })
      .locator('tr[data-event="proof_received"]')
      .getByText('€ 0,00', { exact: true })
      .waitFor();
    await screenshot(staff, 'cancel-proof-received');
  });
});
