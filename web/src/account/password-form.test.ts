import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordFormProblem } from './password-form.ts';

test('a new password shorter than 10 characters is refused at the new-password field', () => {
  assert.deepEqual(passwordFormProblem('kort', 'kort'), {
    field: 'newPassword',
    label: 'account.password.tooShort',
  });
});

test('two different new passwords are refused at the repeat field', () => {
  assert.deepEqual(passwordFormProblem('een-lang-wachtwoord', 'een-lang-wachtwoorD'), {
    field: 'repeatPassword',
    label: 'account.password.mismatch',
  });
});

test('a long enough new password typed twice alike may be sent', () => {
  assert.equal(passwordFormProblem('een-lang-wachtwoord', 'een-lang-wachtwoord'), null);
});
