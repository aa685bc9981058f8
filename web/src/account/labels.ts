/** Labels of the account page (changing one's own password; issue 12, item 5), Dutch and English. */

const nl = {
  'account.title': 'Mijn account',
  'account.link': 'Mijn account',
  'account.password.heading': 'Wachtwoord wijzigen',
  'account.password.intro':
    'Geef je huidige wachtwoord en kies een nieuw van minstens 10 tekens. Daarna word je overal uitgelogd behalve hier, en werken je API-tokens niet meer.',
  'account.password.current': 'Huidig wachtwoord',
  'account.password.new': 'Nieuw wachtwoord',
  'account.password.repeat': 'Nieuw wachtwoord (nogmaals)',
  'account.password.mismatch': 'De twee nieuwe wachtwoorden zijn niet gelijk.',
  'account.password.tooShort': 'Het nieuwe wachtwoord moet minstens 10 tekens hebben.',
  'account.password.submit': 'Wachtwoord wijzigen',
  'account.password.submitting': 'Bezig met wijzigen…',
  'account.password.failed': 'Het wachtwoord is niet gewijzigd',
  'account.password.done':
    'Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd en je API-tokens ingetrokken.',
};

const en: Record<keyof typeof nl, string> = {
  'account.title': 'My account',
  'account.link': 'My account',
  'account.password.heading': 'Change password',
  'account.password.intro':
    'Give your current password and choose a new one of at least 10 characters. You are then logged out everywhere but here, and your API tokens stop working.',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.repeat': 'New password (again)',
  'account.password.mismatch': 'The two new passwords differ.',
  'account.password.tooShort': 'The new password must have at least 10 characters.',
  'account.password.submit': 'Change password',
  'account.password.submitting': 'Changing…',
  'account.password.failed': 'The password was not changed',
  'account.password.done':
    'Your password has been changed. Your other sessions have ended and your API tokens are revoked.',
};

export const ACCOUNT_LABELS = { nl, en };
