/**
 * Plain HTTP against the running Klasse, for setting up what a browser test needs (a location, a
 * session) the way a planner would, through the public API with a session cookie and CSRF token.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, demoEmail } from './klasse.ts';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  userId: string;
}

export async function apiLogin(baseUrl: string, local: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail(local), password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${local} failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { id: string } };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${local}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    userId: user.id,
  };
}

/** 'YYYY-MM-DD', `days` after today (UTC). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Plans a session of a demo product as the demo planner, at a new location in `city` named after the session. */
export async function planSession(
  baseUrl: string,
  options: {
    productCode: string;
    code: string;
    day: string;
    capacity: number;
    city: string;
    minParticipants?: number;
  },
): Promise<{ sessionId: string; productId: string }> {
  const planner = await apiLogin(baseUrl, 'planner');
  const catalog = await planner.get<{ items: { id: string; code: string }[] }>(
    `/api/catalog?q=${encodeURIComponent(options.productCode)}`,
  );
  const product = catalog.items.find((p) => p.code === options.productCode);
  if (!product) throw new Error(`no demo product ${options.productCode}`);
  const location = await planner.post<{ id: string }>('/api/locations', {
    // Location names are unique per provider (issue 12, item 12): one location per planned session.
    name: `Leslocatie ${options.city} ${options.code}`,
    street: 'Stationsplein 1',
    postalCode: '3511 ED',
    city: options.city,
  });
  const session = await planner.post<{ id: string }>('/api/sessions', {
    productId: product.id,
    code: options.code,
    startsAt: `${options.day}T09:00`,
    endsAt: `${options.day}T17:00`,
    locationId: location.id,
    capacity: options.capacity,
    ...(options.minParticipants === undefined ? {} : { minParticipants: options.minParticipants }),
  });
  return { sessionId: session.id, productId: product.id };
}
