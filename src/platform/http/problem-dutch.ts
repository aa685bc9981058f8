/**
 * The Dutch wording of every fixed English text a problem can carry (issue 8, "one language per
 * screen"): field messages, details and titles thrown by the contexts, looked up by their English
 * text, the way gettext keys a catalogue by the source text. A throw site with a text that is put
 * together at run time gives its Dutch wording itself (`FieldError.nl`, `AppError.detailNl`).
 * test/problem-language.test.ts fails when a fixed text in src/ has no entry here.
 */
export const DUTCH: Readonly<Record<string, string>> = {
  // Nouns for "… does not exist or is not visible to you" (NotFoundError).
  'API token': 'Dit API-token',
  Customer: 'Deze klant',
  Enrollment: 'Deze inschrijving',
  'GET /metrics': 'GET /metrics',
  'Import sheet': 'Dit importbestand',
  Learner: 'Deze cursist',
  Location: 'Deze locatie',
  Product: 'Dit product',
  Provider: 'Deze aanbieder',
  Session: 'Deze sessie',
  User: 'Deze gebruiker',

  // Not allowed (ForbiddenError) and not logged in (UnauthorizedError).
  "Only a provider's planner, administration or finance staff, or the platform admin, may change terms.":
    'Alleen planners, administratie of financiën van een aanbieder, of de platformbeheerder, mogen voorwaarden wijzigen.',
  "Only a provider's staff read and change its enrollment settings.":
    'Alleen medewerkers van de aanbieder bekijken en wijzigen de inschrijfinstellingen.',
  'Only learners, customer admins and provider staff enroll.':
    'Alleen cursisten, klantbeheerders en medewerkers van de aanbieder schrijven in.',
  'Only platform administrators and provider staff may read stored mail.':
    'Alleen platformbeheerders en medewerkers van de aanbieder mogen bewaarde mail lezen.',
  'Only provider staff and customer admins import sheets.':
    'Alleen medewerkers van de aanbieder en klantbeheerders importeren bestanden.',
  'Only staff of the provider may add its customer companies.':
    'Alleen medewerkers van de aanbieder mogen klantbedrijven toevoegen.',
  "Only the provider's planner, administration or finance staff manage locations.":
    'Alleen planners, administratie of financiën van de aanbieder beheren locaties.',
  "Only the provider's planner, administration or finance staff manage the catalog.":
    'Alleen planners, administratie of financiën van de aanbieder beheren de catalogus.',
  "Only the provider's planner, administration or finance staff plan sessions.":
    'Alleen planners, administratie of financiën van de aanbieder plannen sessies.',
  "Only the provider's staff approve enrollments.":
    'Alleen medewerkers van de aanbieder keuren inschrijvingen goed.',
  "Only the provider's staff may add its locations.":
    'Alleen medewerkers van de aanbieder mogen locaties toevoegen.',
  "Only the provider's staff may add products to its catalog.":
    'Alleen medewerkers van de aanbieder mogen producten aan de catalogus toevoegen.',
  "Only the provider's staff may change its catalog.":
    'Alleen medewerkers van de aanbieder mogen de catalogus wijzigen.',
  "Only the provider's staff record what a learner achieved.":
    'Alleen medewerkers van de aanbieder leggen vast wat een cursist behaald heeft.',
  "Only the provider's staff reject enrollments.":
    'Alleen medewerkers van de aanbieder wijzen inschrijvingen af.',
  'Send the API token as "Authorization: Bearer <token>".':
    'Stuur het API-token mee als "Authorization: Bearer <token>".',
  'The API token is unknown or has been revoked.': 'Het API-token is onbekend of ingetrokken.',
  'You belong to no provider.': 'Je hoort bij geen aanbieder.',
  'You may copy terms only for your own provider.':
    'Je mag voorwaarden alleen voor je eigen aanbieder kopiëren.',
  'Log in first.': 'Log eerst in.',
  'You may not do this.': 'Dit mag je niet doen.',

  // Field messages.
  'a customer admin must belong to a customer company': 'een klantbeheerder hoort bij een klantbedrijf',
  'a fee rule cites no clause': 'een kostenregel noemt geen artikel',
  'a fee timeline is drawn for a session or an e-learning purchase, not a textbook':
    'een kostenverloop hoort bij een sessie of een e-learningaankoop, niet bij een lesboek',
  'a group session needs the customer it is for': 'een groepssessie heeft de klant nodig voor wie ze is',
  'a learner enrolls only themself: leave learners out':
    'een cursist schrijft alleen zichzelf in: laat de cursisten weg',
  'a package cannot contain a package': 'een pakket kan geen pakket bevatten',
  'a package cannot contain itself': 'een pakket kan zichzelf niet bevatten',
  'a platform admin belongs to no company': 'een platformbeheerder hoort bij geen bedrijf',
  'a platform admin belongs to no provider': 'een platformbeheerder hoort bij geen aanbieder',
  'a product cannot require itself': 'een product kan zichzelf niet als voorwaarde hebben',
  'an open session has no customer': 'een open sessie heeft geen klant',
  'change your own password with POST /api/me/password, giving your current password':
    'wijzig je eigen wachtwoord met POST /api/me/password, met je huidige wachtwoord erbij',
  'costs, interest and principal each once': 'kosten, rente en hoofdsom elk één keer',
  'from must be on or before to': '"van" moet op of voor "tot" liggen',
  "give the quote's terms key and version together":
    'geef de voorwaarden van de offerte en hun versie samen op',
  'holds the NUL character (U+0000), which no text may contain':
    'bevat het NUL-teken (U+0000), dat geen tekst mag bevatten',
  'is not a real date and time': 'is geen bestaande datum en tijd',
  'is not your current password': 'is niet je huidige wachtwoord',
  'must be a mail id (a UUID)': 'moet het id van een mail zijn (een UUID)',
  'must be after the start': 'moet na het begin liggen',
  'must be an IANA time zone such as Europe/Amsterdam': 'moet een IANA-tijdzone zijn, zoals Europe/Amsterdam',
  'must be an e-mail address': 'moet een e-mailadres zijn',
  'must be an id (a UUID)': 'moet een id zijn (een UUID)',
  'must be base64': 'moet base64 zijn',
  'must be one value of 1 to 255 printable characters without spaces, such as a UUID':
    'moet één waarde zijn van 1 tot 255 afdrukbare tekens zonder spaties, zoals een UUID',
  'must be the id of the colleague (a UUID)': 'moet het id van de collega zijn (een UUID)',
  'must be the id of the new session (a UUID)': 'moet het id van de nieuwe sessie zijn (een UUID)',
  "must be this provider's own terms (a copy edited to the quote), not built-in or another's":
    'moeten de eigen voorwaarden van deze aanbieder zijn (een kopie aangepast aan de offerte), niet ingebouwde of die van een ander',
  'must be true: accept the terms shown by GET /api/sessions/{id}/enrollment-terms':
    'moet true zijn: accepteer de voorwaarden die GET /api/sessions/{id}/enrollment-terms toont',
  'must differ from the current password': 'moet anders zijn dan het huidige wachtwoord',
  'must not be after the start': 'mag niet na het begin liggen',
  'must not be before from': 'mag niet voor "van" liggen',
  'must not be in the future': 'mag niet in de toekomst liggen',
  'must not contain the NUL character (U+0000)': 'mag het NUL-teken (U+0000) niet bevatten',
  'name the learners to enroll': 'noem de cursisten die je inschrijft',
  'name the provider (its slug)': 'noem de aanbieder (de slug)',
  'named twice': 'twee keer genoemd',
  'no such customer company at this provider': 'dit klantbedrijf bestaat niet bij deze aanbieder',
  'no such customer of this provider': 'deze klant bestaat niet bij deze aanbieder',
  'no such instructor of this provider': 'deze docent bestaat niet bij deze aanbieder',
  'no such location of this provider': 'deze locatie bestaat niet bij deze aanbieder',
  "no such product of the learner's provider": 'dit product bestaat niet bij de aanbieder van de cursist',
  'no such product of this provider': 'dit product bestaat niet bij deze aanbieder',
  'no such product of your provider': 'dit product bestaat niet bij jouw aanbieder',
  'no such provider': 'deze aanbieder bestaat niet',
  'only a customer admin enrolling employees gives one':
    'alleen een klantbeheerder die medewerkers inschrijft geeft dit op',
  'only a customer admin or a learner works for a customer company':
    'alleen een klantbeheerder of een cursist werkt voor een klantbedrijf',
  'only a group session runs under the terms of a quote':
    'alleen een groepssessie loopt onder de voorwaarden van een offerte',
  'only a package has components': 'alleen een pakket heeft onderdelen',
  'only an exam has an exam delivery': 'alleen een examen heeft een afnamevorm',
  'only an exam has an exam format': 'alleen een examen heeft een examenvorm',
  'say csv or xlsx (the file name ends in neither)':
    'kies csv of xlsx (de bestandsnaam eindigt op geen van beide)',
  'say which provider it is for': 'zeg voor welke aanbieder het is',
  'say which provider offers the product': 'zeg welke aanbieder het product aanbiedt',
  'say which provider the company is a customer of': 'zeg van welke aanbieder het bedrijf klant is',
  'say which provider will own the copy': 'zeg welke aanbieder de kopie krijgt',
  'that product already requires this one (a loop)':
    'dat product heeft dit product al als voorwaarde (een kringloop)',
  'the first row must hold the column headings': 'de eerste rij moet de kolomkoppen bevatten',
  'the session has not started yet: a late arrival or no-show is recorded from its start':
    'de sessie is nog niet begonnen: te laat komen of niet verschijnen wordt vanaf het begin vastgelegd',
  'the sheet has headings but no rows': 'het bestand heeft kolomkoppen maar geen rijen',
  'this learner is named twice': 'deze cursist wordt twee keer genoemd',
  'is invalid': 'is ongeldig',

  // Messages the schemas give themselves (zod).
  'a time as HH:MM (24 hours)': 'een tijd als UU:MM (24 uur)',
  'must not be empty': 'mag niet leeg zijn',
  'must be a web address': 'moet een webadres zijn',
  'must be a two-letter country code': 'moet een landcode van twee letters zijn',
  'must be whole cents': 'moet in hele centen zijn',
  'must not be negative': 'mag niet negatief zijn',
  'must be more than zero': 'moet meer dan nul zijn',
  'must be an id (uuid)': 'moet een id zijn (een UUID)',
  'must be a whole number': 'moet een geheel getal zijn',
  'must be at least 1': 'moet minstens 1 zijn',
  'must be letters, digits, dots, hyphens or underscores':
    'moet bestaan uit letters, cijfers, punten, koppeltekens of liggende streepjes',
  'must be a new id (uuid)': 'moet een nieuw id zijn (een UUID)',
  'the file is larger than 20 MB': 'het bestand is groter dan 20 MB',
  'must be a user id (uuid)': 'moet het id van een gebruiker zijn (een UUID)',
  'must be a session id (uuid)': 'moet het id van een sessie zijn (een UUID)',
  'name at least one learner': 'noem minstens één cursist',
  'must be whole hours': 'moet in hele uren zijn',
  'must be at least 1 hour': 'moet minstens 1 uur zijn',
  'must be at most 720 hours (30 days)': 'mag hoogstens 720 uur (30 dagen) zijn',
  'must be at least 10 characters': 'moet minstens 10 tekens lang zijn',
  'must be at most 200 characters': 'mag hoogstens 200 tekens lang zijn',
  'must be a KvK number (8 digits) or a KBO number (10 digits)':
    'moet een KvK-nummer (8 cijfers) of een KBO-nummer (10 cijfers) zijn',
  'must be a Dutch (NL123456789B01) or Belgian VAT number':
    'moet een Nederlands (NL123456789B01) of Belgisch btw-nummer zijn',
  'must be lower-case letters and digits joined by hyphens':
    'moet bestaan uit kleine letters en cijfers, verbonden door koppeltekens',
  'must be one line': 'moet één regel zijn',
  'must be a provider id (uuid)': 'moet het id van een aanbieder zijn (een UUID)',
  'a version label such as 2026-01': 'een versienaam zoals 2026-01',
  'an article number such as 15.5 or 3.2': 'een artikelnummer zoals 15.5 of 3.2',
  'a lowercase slug': 'een slug in kleine letters',
  "a clause id '<document>#<article>'": "een artikel-id '<document>#<artikel>'",
  'a lowercase id such as classroom-50': 'een id in kleine letters, zoals classroom-50',
  'a reading id': 'het id van een lezing',
  'a lowercase provider id such as plusport-courses':
    'een aanbieder-id in kleine letters, zoals plusport-courses',
  'The request has invalid fields; nothing was changed.':
    'Het verzoek heeft ongeldige velden; er is niets gewijzigd.',

  // Titles and details of refusals (ConflictError, AppError).
  'A request with this Idempotency-Key is still being processed; retry in a moment.':
    'Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw.',
  'A textbook alone has no participant to substitute.':
    'Een los lesboek heeft geen deelnemer om te vervangen.',
  'A textbook has no date to move.': 'Een lesboek heeft geen datum om te verzetten.',
  'Already enrolled': 'Al ingeschreven',
  'Colleague already enrolled': 'Collega al ingeschreven',
  'E-mail address in use': 'E-mailadres al in gebruik',
  'Enrollment cannot be changed': 'Inschrijving kan niet worden gewijzigd',
  'Idempotency key reused': 'Idempotency-Key opnieuw gebruikt',
  'Location in use': 'Locatie in gebruik',
  'Metrics token required': 'Metrics-token nodig',
  'No cancellation awaits proof': 'Geen annulering wacht op een bewijs',
  'No valid rows': 'Geen geldige rijen',
  'Not possible in this status': 'Niet mogelijk in deze status',
  'Offer expired': 'Aanbod verlopen',
  'Prerequisite not met': 'Niet aan de voorwaarde voldaan',
  'Product cannot be changed': 'Product kan niet worden gewijzigd',
  'Product code in use': 'Productcode al in gebruik',
  'Request body nested too deeply': 'Verzoek te diep genest',
  'Request still in progress': 'Verzoek wordt nog verwerkt',
  'Send the metrics token (KLASSE_METRICS_TOKEN) as a bearer token.':
    'Stuur het metrics-token (KLASSE_METRICS_TOKEN) mee als bearer-token.',
  'Session closed': 'Sessie gesloten',
  'Session code in use': 'Sessiecode al in gebruik',
  'Session full': 'Sessie vol',
  'Session not open for enrollment': 'Sessie niet open voor inschrijving',
  'Sheet already handled': 'Bestand al afgehandeld',
  'Slug already in use': 'Slug al in gebruik',
  'Someone changed the same enrollments or accounts at the same moment; nothing was enrolled. Commit again.':
    'Iemand wijzigde tegelijk dezelfde inschrijvingen of accounts; er is niemand ingeschreven. Verwerk het bestand opnieuw.',
  'Status change not possible': 'Statuswijziging niet mogelijk',
  'Substitution fee not supported': 'Kosten voor vervanging niet ondersteund',
  'Terms changed': 'Voorwaarden gewijzigd',
  'Terms key in use': 'Voorwaardennaam al in gebruik',
  'Terms key used by several providers': 'Voorwaardennaam gebruikt door meerdere aanbieders',
  'The colleague is already enrolled in this session.': 'De collega is al ingeschreven voor deze sessie.',
  'The learner is already enrolled in the new session.':
    'De cursist is al ingeschreven voor de nieuwe sessie.',
  'The new session has no seat left; choose another session. Nothing was changed.':
    'De nieuwe sessie heeft geen plaats meer; kies een andere sessie. Er is niets gewijzigd.',
  'The session has no seat left; send the request again with waitlist: true to join the waiting list.':
    'De sessie heeft geen plaats meer; stuur het verzoek opnieuw met waitlist: true om op de wachtlijst te komen.',
  'The sheet has errors': 'Het bestand bevat fouten',
  'The sheet has no valid row to commit.': 'Het bestand heeft geen geldige rij om te verwerken.',
  'The sheet no longer validates': 'Het bestand klopt niet meer',
  'This sheet was committed or discarded meanwhile.': 'Dit bestand is intussen verwerkt of verworpen.',
  'Version exists': 'Versie bestaat al',

  // Titles of the generic problems (src/platform/errors.ts) and of Fastify's own.
  'Invalid input': 'Ongeldige invoer',
  'Not logged in': 'Niet ingelogd',
  'Not allowed': 'Niet toegestaan',
  'Not found': 'Niet gevonden',
  'Internal error': 'Interne fout',
  'Bad request': 'Ongeldig verzoek',
  'Method not allowed': 'Methode niet toegestaan',
  'Not acceptable': 'Niet aanvaardbaar',
  'Request timeout': 'Verzoek duurde te lang',
  'Length required': 'Lengte nodig',
  'Request body too large': 'Verzoek te groot',
  'Unsupported media type': 'Niet ondersteund mediatype',
  'Too many requests': 'Te veel verzoeken',
  'Service unavailable': 'Dienst niet beschikbaar',
};
