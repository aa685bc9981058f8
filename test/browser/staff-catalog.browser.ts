/**
 * Issue 8 in Debian's Chromium: a planner sets up the catalog in the web app, without the API. They
 * add a location (a second one with the same name is refused at the name field), a product and a
 * session of it, find the session in the planning list and the product in the public catalog, and
 * change its capacity (a capacity of 0 is refused at the field). At 390 px the nav is a menu and the
 * lists are cards that keep status and price in view.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { daysFromToday } from './support/api.ts';
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

async function logInAsPlanner(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(demoEmail('planner'));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' }).waitFor();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** The error shown at an input: the text its aria-describedby points at. */
async function fieldError(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await page.locator('[aria-invalid="true"]').first().waitFor();
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `${label} is not marked invalid`);
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error')) ?? '';
  return (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
}

describe('staff set up the catalog in the web app', () => {
  test('a planner adds a location, a product and a session, sees them, and changes the capacity', async () => {
    const page = await browser.freshPage(klasse.url);
    await logInAsPlanner(page);

    await nav(page).getByRole('link', { name: 'Locaties' }).click();
    await page.getByRole('link', { name: 'Nieuwe locatie' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Zaal Domstad');
    await page.getByLabel('Adres').fill('Stationsplein 1');
    await page.getByLabel('Plaats').fill('Utrecht');
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaal Domstad' }).waitFor();

    // The same name again: the server's 409 is shown at the name field, and nothing is added.
    await page.getByRole('link', { name: 'Terug naar de locaties' }).click();
    await page.getByRole('link', { name: 'Nieuwe locatie' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Zaal Domstad');
    await page.getByLabel('Plaats').fill('Utrecht');
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    assert.match(await fieldError(page, 'Naam'), /Zaal Domstad/);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe locatie' }).waitFor();
    await screenshot(page, 'staff-location-name-taken');

    await nav(page).getByRole('link', { name: 'Producten' }).click();
    await page.getByRole('link', { name: 'Nieuw product' }).click();
    await page.getByLabel('Code').fill('DOM-BHV');
    await page.getByLabel('Naam', { exact: true }).fill('BHV Domstad');
    await page.getByLabel('Prijs excl. btw').fill('350,00');
    await page.getByRole('button', { name: 'Product toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'BHV Domstad' }).waitFor();

    await nav(page).getByRole('link', { name: 'Uitvoeringen' }).click();
    await page.getByRole('link', { name: 'Nieuwe uitvoering' }).click();
    const day = daysFromToday(45);
    await page.getByLabel('Cursus').selectOption({ label: 'DOM-BHV · BHV Domstad' });
    await page.getByLabel('Uitvoering').fill('DOM-BHV-1');
    await page.getByLabel('Begint').fill(`${day}T09:00`);
    await page.getByLabel('Eindigt').fill(`${day}T17:00`);
    await page.getByLabel('Locatie').selectOption({ label: 'Zaal Domstad, Utrecht' });
    await page.getByLabel('Plaatsen').fill('10');
    await page.getByRole('button', { name: 'Uitvoering plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering DOM-BHV-1' }).waitFor();
    await page.getByText('0 van 10').waitFor();

    await nav(page).getByRole('link', { name: 'Uitvoeringen' }).click();
    const row = page.getByRole('row', { name: /DOM-BHV-1/ });
    await row.getByText('0 / 10 (min. 1)').waitFor();
    await row.getByText('€ 350,00').waitFor();

    await nav(page).getByRole('link', { name: 'Cursusaanbod' }).click();
    await page.getByLabel('Zoekterm').fill('Domstad');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: 'BHV Domstad' }).waitFor();

    // Changing the capacity: 0 is refused at the field, 14 is saved.
    await nav(page).getByRole('link', { name: 'Uitvoeringen' }).click();
    await page
      .getByRole('row', { name: /DOM-BHV-1/ })
      .getByRole('link', { name: 'DOM-BHV-1' })
      .click();
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering DOM-BHV-1 wijzigen' }).waitFor();
    assert.equal(await page.getByLabel('Begint').inputValue(), `${day}T09:00`);
    await page.getByLabel('Plaatsen').fill('0');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert.ok((await fieldError(page, 'Plaatsen')).length > 0);
    await screenshot(page, 'staff-session-capacity-error');
    await page.getByLabel('Plaatsen').fill('14');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering DOM-BHV-1' }).waitFor();
    await page.getByText('0 van 14').waitFor();

    await page.getByRole('button', { name: 'Bevestigen (go)' }).click();
    await page.getByText('Gaat door').first().waitFor();
  });

  test('at 390 px the nav is a menu and the lists are cards with status and price', async () => {
    const page = await browser.freshPage(klasse.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await logInAsPlanner(page);
    assert.equal(await nav(page).isVisible(), false);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await nav(page).getByRole('link', { name: 'Producten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Producten' }).waitFor();
    assert.equal(await nav(page).isVisible(), false, 'a navigation closes the menu');

    const card = page.getByRole('row', { name: /BHV Domstad/ });
    await card.getByText('€ 350,00').waitFor();
    await card.getByText('In de catalogus').waitFor();
    const box = await card.boundingBox();
    assert.ok(box && box.width <= 390, 'the card fits the screen');
    await screenshot(page, 'staff-products-390');

    await page.goto(`${klasse.url}/planning`);
    const session = page.getByRole('row', { name: /DOM-BHV-1/ });
    await session.getByText('€ 350,00').waitFor();
    await session.getByText('Gaat door').waitFor();
    assert.ok(((await session.boundingBox())?.width ?? 999) <= 390);
    await screenshot(page, 'staff-planning-390');

    await page.goto(`${klasse.url}/locations`);
    await page
      .getByRole('row', { name: /Zaal Domstad/ })
      .getByText('Utrecht')
      .waitFor();
    await screenshot(page, 'staff-locations-390');
  });
});
