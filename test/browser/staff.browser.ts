/**
 * The staff pages of issue 4 (item 7) in Debian's Chromium: the planning list with occupancy and
 * go/no-go, a session with its enrollments, waiting list and the provider's cancellation (refunds
 * shown before confirming), and approving an enrollment that waits for approval.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { apiLogin, daysFromToday, planSession } from './support/api.ts';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

let klasse: TestKlasse;
let browser: Browser;

before(async () => {
  klasse = await startTestKlasse();
  browser = await launchChromium();
  // A session that needs 4 participants and has 1, with one more on its waiting list.
  const { sessionId: thin } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-GNG-1',
    day: daysFromToday(25),
    capacity: 1,
    minParticipants: 1,
    city: 'Zwolle',
  });
  const tom = await apiLogin(klasse.url, 'learner');
  await tom.post('/api/enrollments', { sessionId: thin, acceptTerms: true });
  const lisa = await apiLogin(klasse.url, 'learner2');
  await lisa.post('/api/enrollments', { sessionId: thin, acceptTerms: true, waitlist: true });
  const { sessionId: later } = await planSession(klasse.url, {
    productCode: 'NEN3140-VP',
    code: 'NEN-GNG-2',
    day: daysFromToday(40),
    capacity: 12,
    minParticipants: 4,
    city: 'Zwolle',
  });
  // From now on enrollments wait for staff approval (plusport-cursusvoorwaarden#3.3-3.4).
  const planner = await apiLogin(klasse.url, 'planner');
  await planner.put('/api/enrollment-settings', { requiresApproval: true, offerHours: 48 });
  await lisa.post('/api/enrollments', { sessionId: later, acceptTerms: true });
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

async function logInAsPlanner(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail('planner'));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

describe('staff pages', () => {
  test('the planning list shows occupancy and go/no-go; a session shows its enrollments and waiting list', async () => {
    const page = await browser.freshPage(klasse.url);
    await logInAsPlanner(page);
    await nav(page).getByRole('link', { name: 'Uitvoeringen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoeringen' }).waitFor();
    const full = page.getByRole('row', { name: /NEN-GNG-1/ });
    await full.getByText('1 / 1 (min. 1)').waitFor();
    await full.locator('[data-go-no-go="go"]').waitFor();
    const thin = page.getByRole('row', { name: /NEN-GNG-2/ });
    // Lisa's enrollment there holds a seat while it waits for approval.
    await thin.getByText('1 / 12 (min. 4)').waitFor();
    await thin.getByText('Te weinig deelnemers (3 te kort)').waitFor();
    await screenshot(page, 'staff-sessions');

    await full.getByRole('link', { name: 'NEN-GNG-1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering NEN-GNG-1' }).waitFor();
    await page
      .getByRole('region', { name: 'Aanmeldingen' })
      .getByRole('row', { name: /Tom Smit/ })
      .waitFor();
    const waiting = page.getByRole('region', { name: 'Wachtlijst' });
    await waiting
      .getByRole('row', { name: /Lisa Jansen/ })
      .getByText('Op de wachtlijst')
      .waitFor();
    await page.locator('[data-go-no-go="go"]').first().waitFor();
    await screenshot(page, 'staff-session');
  });

  test('a session short of its minimum is cancelled by the provider with the refunds shown first', async () => {
    const page = await browser.freshPage(klasse.url);
    await logInAsPlanner(page);
    await nav(page).getByRole('link', { name: 'Uitvoeringen' }).click();
    await page
      .getByRole('row', { name: /NEN-GNG-2/ })
      .getByRole('link', { name: 'NEN-GNG-2' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering NEN-GNG-2' }).waitFor();

    const section = page.getByRole('region', { name: 'Go/no-go en annuleren door de opleider' });
    await section.locator('[data-go-no-go="at_risk"], [data-go-no-go="no_go_deadline_passed"]').waitFor();
    const refund = (await section.getByTestId('refund-total').textContent()) ?? '';
    assert.match(refund, /^€\s\d/);
    assert.equal(await section.getByLabel('Reden van annuleren').inputValue(), 'too_few_participants');
    const cancel = section.getByRole('button', { name: 'Uitvoering annuleren' });
    // Not before staff say they understand every enrollment is released.
    assert.equal(await cancel.isDisabled(), true);
    await section.getByLabel(/Ik begrijp dat alle 1 aanmeldingen vervallen/).check();
    await screenshot(page, 'staff-provider-cancel-preview');
    await cancel.click();
    await section
      .getByRole('status')
      .getByText(`Uitvoering geannuleerd: 1 aanmeldingen vervallen, ${refund} terug te betalen.`, {
        exact: false,
      })
      .waitFor();
    await page.getByRole('region', { name: 'Aanmeldingen' }).getByText('Uitvoering vervallen').waitFor();
    await screenshot(page, 'staff-provider-cancel-done');
  });

  test('staff approve an enrollment waiting for approval', async () => {
    const lisa = await apiLogin(klasse.url, 'learner2');
    const { sessionId } = await planSession(klasse.url, {
      productCode: 'NEN3140-VP',
      code: 'NEN-APR-1',
      day: daysFromToday(33),
      capacity: 8,
      city: 'Deventer',
    });
    await lisa.post('/api/enrollments', { sessionId, acceptTerms: true });

    const page = await browser.freshPage(klasse.url);
    await logInAsPlanner(page);
    await nav(page).getByRole('link', { name: 'Goedkeuren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen goedkeuren' }).waitFor();
    await screenshot(page, 'staff-approvals');
    const row = page.getByRole('row', { name: /NEN-APR-1/ });
    await row.getByRole('button', { name: 'Aanmelding van Lisa Jansen goedkeuren' }).click();
    await page.getByRole('status').getByText('Aanmelding van Lisa Jansen goedgekeurd.').waitFor();
    await row.waitFor({ state: 'detached' });
    // Approved, the enrollment is confirmed.
    const lisaAfter = await lisa.get<{ items: { sessionCode: string; status: string }[] }>(
      '/api/enrollments',
    );
    assert.equal(lisaAfter.items.find((e) => e.sessionCode === 'NEN-APR-1')?.status, 'confirmed');
  });
});
