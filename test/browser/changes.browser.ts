/**
 * Rescheduling and sending a colleague (issue 4, items 6 and 7) in Debian's Chromium, as a customer
 * admin: each change shows the terms' decision (fee, clauses, explanation) before it can be
 * confirmed, the same decision the API's preview gives, and a confirmed reschedule lands on the new
 * enrollment. The server's clock is fixed on Monday 30 November 2026.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { manualClock } from '../../src/platform/clock.ts';
import { type ApiSession, apiLogin, planSession } from './support/api.ts';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

interface Preview {
  canConfirm: boolean;
  decision: { feeCents: number; clauses: { document: string; article: string; title: string }[] };
}

let klasse: TestKlasse;
let browser: Browser;
let eva: ApiSession;
let tomEnrollment: string;
let laterSession: string;

const euros = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

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
  ({ sessionId: laterSession } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-UTR-JAN',
    day: '2027-01-14',
    capacity: 12,
    city: 'Utrecht',
  }));
  eva = await apiLogin(klasse.url, 'customer-admin');
  const tom = await apiLogin(klasse.url, 'learner');
  const result = await eva.post<{ items: { id: string }[] }>('/api/enrollments', {
    sessionId,
    acceptTerms: true,
    purchaseOrderRef: 'PO-4711',
    learners: [{ userId: tom.userId }],
  });
  tomEnrollment = result.items[0]?.id ?? '';
  assert.ok(tomEnrollment);
  // A colleague new in Klasse, enrolled in the later session: free to take Tom's place in December.
  await eva.post('/api/enrollments', {
    sessionId: laterSession,
    acceptTerms: true,
    learners: [{ name: 'Noor Bakker', email: 'noor.bakker@devries.example' }],
  });
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

async function openTomsEnrollment(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail('customer-admin'));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Aanmeldingen' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
  // The company's enrollments, with the learner's name.
  await page.getByRole('row', { name: /Noor Bakker/ }).waitFor();
  await page
    .getByRole('row', { name: /Tom Smit/ })
    .getByRole('link')
    .click();
  await page.getByRole('heading', { level: 1, name: 'Aanmelding NEN 3140 Vakbekwaam persoon' }).waitFor();
  await page.getByText('Tom Smit (learner@demo.klasse.local)').waitFor();
  await page.getByText('PO-4711').waitFor();
}

/** The decision the page shows is the API's preview of the same change. */
async function assertShowsPreview(page: Page, preview: Preview): Promise<void> {
  const cost = page.getByRole('region', { name: 'Wat dit kost' });
  await cost.getByTestId('change-fee').getByText(euros(preview.decision.feeCents)).waitFor();
  const clauses = await cost.getByTestId('change-clauses').getByRole('listitem').allInnerTexts();
  assert.deepEqual(
    clauses,
    preview.decision.clauses.map((c) => `${c.document}, art. ${c.article}: ${c.title}`),
  );
  assert.ok(clauses.length > 0);
  await cost.locator('blockquote[lang="nl"]').waitFor();
  await cost.locator('blockquote[lang="en"]').waitFor();
}

describe('changing an enrollment as a customer admin', () => {
  test('sending a colleague shows the decision first', async () => {
    const page = await browser.freshPage(klasse.url);
    await openTomsEnrollment(page);
    await page.getByRole('link', { name: 'Collega in de plaats' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Collega in de plaats sturen: NEN 3140 Vakbekwaam persoon' })
      .waitFor();
    // Asking without a choice names what is missing.
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();
    await page.getByText('Kies eerst wat je wilt, dan tonen we de kosten.').waitFor();

    const colleague = page.getByLabel('Collega');
    const noor = await colleague.locator('option', { hasText: 'Noor Bakker' }).getAttribute('value');
    await colleague.selectOption(noor ?? '');
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();
    await page.getByRole('region', { name: 'Wat dit kost' }).waitFor();
    const preview = await eva.post<Preview>(`/api/enrollments/${tomEnrollment}/substitution/preview`, {
      learnerId: noor,
    });
    await assertShowsPreview(page, preview);
    const confirm = page.getByRole('button', { name: /Collega in de plaats bevestigen/ });
    assert.equal(await confirm.count(), preview.canConfirm ? 1 : 0);
    if (!preview.canConfirm)
      await page.getByText('Deze wijziging is volgens de voorwaarden niet mogelijk.').waitFor();
    await screenshot(page, 'substitute-preview');
  });

  test('rescheduling shows the decision first, and the confirmed move lands on the new enrollment', async () => {
    const page = await browser.freshPage(klasse.url);
    await openTomsEnrollment(page);
    await page.getByRole('link', { name: 'Verschuiven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verschuiven: NEN 3140 Vakbekwaam persoon' }).waitFor();
    const choice = page.getByLabel('Nieuwe uitvoering');
    const january = await choice.locator('option', { hasText: '14 jan 2027' }).getAttribute('value');
    assert.equal(january, laterSession);
    await choice.selectOption(laterSession);
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();
    await page.getByRole('region', { name: 'Wat dit kost' }).waitFor();
    // The course fee is not paid yet: the terms do not allow rescheduling (plusport-cursusvoorwaarden#14.3).
    const unpaid = await eva.post<Preview>(`/api/enrollments/${tomEnrollment}/reschedule/preview`, {
      sessionId: laterSession,
    });
    assert.equal(unpaid.canConfirm, false);
    await assertShowsPreview(page, unpaid);
    await page.getByText('Deze wijziging is volgens de voorwaarden niet mogelijk.').waitFor();
    assert.equal(await page.getByRole('button', { name: /Verschuiven bevestigen/ }).count(), 0);
    await page
      .getByRole('region', { name: 'Kostenverloop' })
      .getByRole('img', { name: 'Kostenverloop' })
      .waitFor();
    await screenshot(page, 'reschedule-not-allowed');

    // Once staff record the fee as paid, the same question is answered with a fee to confirm.
    const planner = await apiLogin(klasse.url, 'planner');
    await planner.post(`/api/enrollments/${tomEnrollment}/course-fee-paid`, { paid: true });
    await page.getByRole('button', { name: 'Kosten bekijken' }).click();
    const preview = await eva.post<Preview>(`/api/enrollments/${tomEnrollment}/reschedule/preview`, {
      sessionId: laterSession,
    });
    assert.equal(preview.canConfirm, true);
    await page.getByRole('button', { name: /Verschuiven bevestigen/ }).waitFor();
    await assertShowsPreview(page, preview);
    await screenshot(page, 'reschedule-preview');
    await page
      .getByRole('button', { name: `Verschuiven bevestigen (${euros(preview.decision.feeCents)})` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding NEN 3140 Vakbekwaam persoon' }).waitFor();
    await page.waitForURL((url) => url.pathname !== `/enrollments/${tomEnrollment}`);
    await page.getByText('do 14 jan 2027, 09:00–17:00').waitFor();
    await page.getByRole('link', { name: 'de eerdere aanmelding' }).waitFor();
    await screenshot(page, 'reschedule-done');
  });
});
