import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id (the library's default algorithm) at its default cost (19 MiB,
 * 2 passes, 1 lane), which is the OWASP password storage recommendation for argon2id.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never lets anyone in.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification when the e-mail is unknown or has no password, so the
 * response time does not tell which e-mail addresses have an account.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A fresh secret for a cookie, an API token or a CSRF token: 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Session cookies and API tokens are stored only as their SHA-256, so a leaked table opens nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** API tokens carry a recognisable prefix, so a leaked one is easy to spot in logs and code. */
export const API_TOKEN_PREFIX = 'klasse_';

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret()}`;
}
