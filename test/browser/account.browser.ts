/**
 * Changing one's own password in the web app (issue 12, item 5), on a phone-sized screen: the
 * current password is required, a wrong one changes nothing, and after the change the old password
 * no longer logs in while the new one does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium, screenshot } from './support/chromium.ts';
import { DEMO_PASSWORD, demoEmail, startTestKlasse, type TestKlasse } from './support/klasse.ts';

const LOGIN_FAILED = 'Inloggen is niet gelukt';

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

async function logIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail('learner'));
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('my account', () => {
  test('a learner changes their password on a phone: the current one is required, then only the new one logs in', async () => {
    const page = await browser.freshPage(klasse.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();

    await page.getByRole('button', { name: /^Gebruikersmenu van/ }).click();
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();

    const newPassword = 'een-nieuw-wachtwoord-2026';
    // A wrong current password is refused and changes nothing.
    await page.getByLabel('Huidig wachtwoord').fill('niet-het-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByLabel('Nieuw wachtwoord (nogmaals)').fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Het wachtwoord is niet gewijzigd').waitFor();

    // Two different new passwords are caught before anything is sent.
    await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
    await page.getByLabel('Nieuw wachtwoord (nogmaals)').fill(`${newPassword}x`);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.').waitFor();

    await page.getByLabel('Nieuw wachtwoord (nogmaals)').fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Je wachtwoord is gewijzigd.', { exact: false }).waitFor();
    await screenshot(page, 'account-password-changed-390');

    // The old password no longer logs in; the new one does.
    const other = await browser.freshPage(klasse.url);
    await logIn(other, DEMO_PASSWORD);
    await other.getByText(LOGIN_FAILED).waitFor();
    assert.equal(await other.getByRole('heading', { level: 1, name: /^Welkom/ }).count(), 0);
    await logIn(other, newPassword);
    await other.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  });
});
