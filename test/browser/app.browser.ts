/**
 * The web app in Debian's Chromium against a real Klasse (issue 2, item 9): login, the dashboards
 * of several roles, the role-dependent nav, a refused login, the language switch, the mail pages,
 * and what the API client sends. Screenshots go to test-results/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

let klasse: TestKlasse;
let browser: Browser;

before(async () => {
  klasse = await startTestKlasse();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await klasse?.stop();
});

async function logIn(page: Page, local: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail(local));
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

describe('web app', () => {
  test('a planner logs in and sees the planner dashboard with the catalog', async () => {
    const page = await browser.freshPage(klasse.url);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    await logIn(page, 'planner');

    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
    await page.getByText('Je bent ingelogd als planner.').waitFor();
    assert.equal(await page.locator('[data-role]').getAttribute('data-role'), 'planner');
    // The header names the provider the planner works for.
    await page.getByRole('banner').getByText('Opleidingscentrum Demo B.V.').waitFor();

    // The demo's session below its minimum, with the planning list's go/no-go badge (issue 12, item 15).
    await page
      .getByRole('region', { name: 'Uitvoeringen onder het minimum' })
      .locator('[data-go-no-go="at_risk"], [data-go-no-go="no_go_deadline_passed"]')
      .first()
      .waitFor();
    const catalog = page.getByRole('region', { name: 'Catalogus' });
    await catalog.getByRole('cell', { name: 'NEN 3140 Vakbekwaam persoon' }).waitFor();
    // Cents from the API, shown as euros in Dutch notation.
    await catalog
      .getByRole('row', { name: /NEN 3140 Vakbekwaam persoon/ })
      .getByText('€ 495,00')
      .waitFor();
    // Staff see the unpublished draft too, marked as such.
    await catalog
      .getByRole('row', { name: /Workshop ATEX/ })
      .getByRole('cell', { name: 'Nee' })
      .waitFor();

    const nav = mainNav(page);
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Overzicht',
      'Cursusaanbod',
      'Aanmeldingen',
      'Uitvoeringen',
      'Producten',
      'Locaties',
      'Goedkeuren',
      'Importsheet',
      'E-mails',
      'Voorwaarden',
    ]);
    await screenshot(page, 'dashboard-planner');
  });

  test('a learner sees the learner dashboard and none of the staff pages', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'learner');

    await page.getByRole('heading', { level: 1, name: 'Welkom, Tom Smit' }).waitFor();
    await page.getByText('Je bent ingelogd als cursist.').waitFor();
    assert.equal(await page.locator('[data-role]').getAttribute('data-role'), 'learner');
    // The learner's company comes from /api/me.
    await page
      .getByRole('region', { name: 'Jouw gegevens' })
      .getByText('Bouwbedrijf De Vries B.V.')
      .waitFor();

    const nav = mainNav(page);
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Overzicht',
      'Cursusaanbod',
      'Aanmeldingen',
    ]);
    assert.equal(await page.getByRole('region', { name: 'Catalogus' }).count(), 0);
    await screenshot(page, 'dashboard-learner');

    // Typing a staff page's address gets "not found", not the page.
    for (const staffPage of ['/mail', '/terms', '/planning', '/approvals', '/imports']) {
      await page.goto(`${klasse.url}${staffPage}`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    }
  });

  test('a customer admin sees their company and its employees only', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'customer-admin');

    await page.getByRole('heading', { level: 1, name: 'Welkom, Eva de Vries' }).waitFor();
    const company = page.getByRole('region', { name: 'Je bedrijf' });
    await company.getByText('NL900000001B01').waitFor();
    const employees = page.getByRole('region', { name: 'Medewerkers van Bouwbedrijf De Vries B.V.' });
    await employees.getByRole('cell', { name: 'Tom Smit' }).waitFor();
    // Lisa Jansen works for another customer company.
    assert.equal(await employees.getByText('Lisa Jansen').count(), 0);
    await screenshot(page, 'dashboard-customer-admin');
  });

  test('a wrong password shows why the login failed and logs nobody in', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'planner', 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.getByText('Inloggen is niet gelukt').waitFor();
    // The API's problem type (invalid-credentials), worded in the page's language.
    await alert.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Inloggen');
    assert.equal(await mainNav(page).count(), 0);
    await screenshot(page, 'login-wrong-password');
  });

  test('switching to English changes the labels and the page language, and is remembered', async () => {
    const page = await browser.freshPage(klasse.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.getByLabel('E-mail address').fill(demoEmail('administration'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Daan Visser' }).waitFor();
    await page.getByText('You are logged in as administration.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Overview',
      'Courses',
      'Enrollments',
      'Sessions',
      'Products',
      'Locations',
      'Approvals',
      'Import sheet',
      'E-mails',
      'Terms',
    ]);
    await page
      .getByRole('region', { name: 'Customers' })
      .getByText('Installatietechniek Jansen B.V.')
      .waitFor();
    await screenshot(page, 'dashboard-administration-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Daan Visser' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Daan Visser' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  });

  test('log out sends the CSRF token and an idempotency key, and returns to the login page', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'finance');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Fleur de Boer' }).waitFor();
    const csrfToken = await page.evaluate(async () => {
      const response = await fetch('/api/me', { credentials: 'include' });
      const me = (await response.json()) as { csrfToken: string };
      return me.csrfToken;
    });

    // The user menu opens from the keyboard and Escape closes it, handing focus back to its button.
    const menuButton = page.getByRole('button', { name: 'Gebruikersmenu van Fleur de Boer' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0);
    assert.equal(await menuButton.evaluate((el) => el === document.activeElement), true);

    await menuButton.click();
    const logoutRequest = page.waitForRequest((r) => r.url().endsWith('/api/auth/logout'));
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const headers = (await logoutRequest).headers();
    assert.equal(headers['x-csrf-token'], csrfToken);
    assert.match(
      headers['idempotency-key'] ?? '',
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    // The session is gone on the server too: a reload does not log back in.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  test('a session that ends elsewhere sends the user to the login page, and back to the same page after', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'planner');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
    // The session ends outside this tab (another tab logged out, or it expired on the server).
    const status = await page.evaluate(async () => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const response = await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { 'x-csrf-token': me.csrfToken, 'idempotency-key': crypto.randomUUID() },
      });
      return response.status;
    });
    assert.equal(status, 204);

    await mainNav(page).getByRole('link', { name: 'E-mails' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/mail');
    await logIn(page, 'planner');
    await page.getByRole('heading', { level: 1, name: 'E-mails' }).waitFor();
  });

  test('the keyboard reaches the skip link first, and it moves focus to the content', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'planner');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    // Hidden off-screen until focused, then visible at the top of the page.
    assert.ok(((await skip.boundingBox())?.y ?? -1) >= 0);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    // The nav is keyboard-usable: focus a link, press Enter, the page changes.
    await mainNav(page).getByRole('link', { name: 'E-mails' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'E-mails' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  });

  test('staff read the stored mails: the list, then one mail in full', async () => {
    const { ctx } = klasse.klasse;
    const provider = await ctx.db
      .selectFrom('providers')
      .select('id')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    await ctx.db.transaction().execute((tx) =>
      ctx.mail.queue(tx, {
        to: 'learner@demo.klasse.local',
        subject: 'Bevestiging van je aanmelding',
        text: 'Beste Tom,\n\nJe aanmelding voor Examen VCA Basis is bevestigd.\n',
        providerId: provider.id,
      }),
    );

    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'planner');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
    await page
      .getByRole('region', { name: 'Laatste e-mails' })
      .getByText('Bevestiging van je aanmelding')
      .waitFor();

    await mainNav(page).getByRole('link', { name: 'E-mails' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-mails' }).waitFor();
    await screenshot(page, 'mail-list');
    await page.getByRole('link', { name: 'Bevestiging van je aanmelding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bevestiging van je aanmelding' }).waitFor();
    await page.getByText('Je aanmelding voor Examen VCA Basis is bevestigd.').waitFor();
    // No SMTP_URL in this test: the mail is kept for staff to read.
    await page.getByText('Bewaard (geen mailserver)').waitFor();
    await screenshot(page, 'mail-detail');
  });

  test('the terms page shows the cancellation fee, its clause, both explanations and the fee timeline', async () => {
    const page = await browser.freshPage(klasse.url);
    await logIn(page, 'planner');
    await mainNav(page).getByRole('link', { name: 'Voorwaarden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorwaarden toepassen' }).waitFor();

    // The demo provider works under the PlusPort course terms: they are chosen already.
    assert.equal(await page.getByLabel('Voorwaarden', { exact: true }).inputValue(), 'plusport-courses');
    // A price that is not an amount is refused before anything is asked, next to its field.
    await page.getByLabel('Prijs (euro, excl. btw)').fill('vierhonderd');
    await page.getByRole('button', { name: 'Beslissing tonen' }).click();
    await page.getByText('Vul een bedrag in euro in, bijvoorbeeld 495,00.').waitFor();
    assert.equal(await page.getByLabel('Prijs (euro, excl. btw)').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('region', { name: 'Beslissing' }).count(), 0);

    // A classroom training of € 495 starting Thursday 10 December 2026, cancelled on Monday
    // 30 November: 8 working days before the start, in the 10-6 working-day tier of
    // plusport-cursusvoorwaarden art. 15.5, which costs 50 %.
    const product = page.getByLabel('Product uit de catalogus');
    const nen3140 = await product
      .locator('option', { hasText: 'NEN 3140 Vakbekwaam persoon' })
      .getAttribute('value');
    await product.selectOption(nen3140 ?? '');
    assert.equal(await page.getByLabel('Prijs (euro, excl. btw)').inputValue(), '495,00');
    await page.getByLabel('Startdatum').fill('2026-12-10');
    await page.getByLabel('Starttijd').fill('09:00');
    await page.getByLabel('Datum van het verzoek').fill('2026-11-30');
    await page.getByLabel('Tijd van het verzoek').fill('10:00');
    await page.getByRole('button', { name: 'Beslissing tonen' }).click();

    const decision = page.getByRole('region', { name: 'Beslissing' });
    await decision.getByTestId('decision-fee').getByText('€ 247,50').waitFor();
    await decision.getByText('Toegestaan').waitFor();
    await decision.getByText('plusport-cursusvoorwaarden, art. 15.5: Annuleringsregelingen').waitFor();
    // The explanation in both languages, each marked with its language.
    await decision
      .locator('blockquote[lang="nl"]')
      .getByText(/Annuleren van de klassikale training kost € 247,50/)
      .waitFor();
    await decision
      .locator('blockquote[lang="en"]')
      .getByText(/Cancelling the classroom training costs €247\.50/)
      .waitFor();

    const timeline = page.getByRole('region', { name: 'Kostenverloop' });
    const chart = timeline.getByRole('img', { name: 'Kostenverloop' });
    await chart.waitFor();
    // Three steps (free, 50 %, 100 %), markers for the request and the start.
    assert.equal(await chart.locator('rect.step-area').count(), 3);
    assert.equal(await chart.locator('[data-marker="request"]').count(), 1);
    assert.equal(await chart.locator('[data-marker="start"]').count(), 1);
    await chart.getByText('verzoek 30 nov').waitFor();
    const rows = timeline.getByRole('table').getByRole('row');
    assert.equal(await rows.count(), 4);
    const requestRow = timeline.locator('tr.current');
    await requestRow.getByText('€ 247,50').waitFor();
    await requestRow.getByText('26 november 2026').waitFor();
    await requestRow.getByText('2 december 2026').waitFor();
    await timeline
      .getByRole('row', { name: /3 december 2026/ })
      .getByText('€ 495,00')
      .waitFor();
    await screenshot(page, 'terms-cancellation');

    // The same decision in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('region', { name: 'Fee timeline' })
      .getByRole('img', { name: 'Fee timeline' })
      .waitFor();
    await page
      .getByRole('region', { name: 'Decision' })
      .getByTestId('decision-fee')
      .getByText('€247.50')
      .waitFor();
    await screenshot(page, 'terms-cancellation-en');
  });
});
