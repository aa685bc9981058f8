/**
 * What the password form can tell before it asks the server (the server checks again:
 * src/identity/model.ts passwordSchema and src/identity/passwords.ts).
 */

/** Mirrors the server's minimum, so the user hears it before sending. */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordFormProblem = 'account.password.tooShort' | 'account.password.mismatch';

/** Which field is wrong and why, or null when the form may be sent. */
export function passwordFormProblem(
  newPassword: string,
  repeat: string,
): { field: 'newPassword' | 'repeatPassword'; label: PasswordFormProblem } | null {
  if (newPassword.length < MIN_PASSWORD_LENGTH)
    return { field: 'newPassword', label: 'account.password.tooShort' };
  if (newPassword !== repeat) return { field: 'repeatPassword', label: 'account.password.mismatch' };
  return null;
}
