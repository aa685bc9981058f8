/**
 * One Idempotency-Key per user action (issue 12, item 18). A fresh key per request protected only
 * against the network delivering one request twice; a user who pressed "Enroll" again after a
 * timeout sent a new key, and the server ran the enrollment twice. So the key belongs to the action:
 * the same method, address and body sent again while the first outcome is unknown (no answer, a
 * server fault, or the first still running) carries the same key, and the server replays the first
 * request's answer instead of running it again. Once the server has answered, the action is done:
 * the next press, even with the same input, is a new action with a new key. Changed input is another
 * action and gets its own key.
 */

/** The outcome of one attempt, as far as keeping its key is concerned. */
export type AttemptOutcome =
  /** The server answered (success or a refusal it stores): a repeat is a new action. */
  | 'answered'
  /** No answer (network gone, timeout, aborted), a 5xx, or the first attempt still running. */
  | 'unknown';

/** How many unfinished actions are remembered; a user has a handful at most. */
const MAX_PENDING = 50;

/**
 * Statuses after which the server may not have run the request, or runs it still: a retry must
 * carry the same key. 0 is no answer at all; 408 and 5xx are failures the server gave the key back
 * for (or never saw it); 409 is only "still running" for the idempotency problem (see below).
 */
export function outcomeOf(status: number, problemType?: string): AttemptOutcome {
  if (status === 0 || status === 408 || status >= 500) return 'unknown';
  if (status === 409 && problemType?.endsWith('/idempotency-request-in-progress')) return 'unknown';
  // 429: refused before it ran (rate limit); the key was not used, so keeping it is harmless and
  // lets the user's retry after the wait still count as the same action.
  if (status === 429) return 'unknown';
  return 'answered';
}

export class ActionKeys {
  readonly #pending = new Map<string, string>();
  readonly #newKey: () => string;

  constructor(newKey: () => string) {
    this.#newKey = newKey;
  }

  /** The key for this action: the unfinished one's with the same method, path and body, or a new one. */
  keyFor(method: string, path: string, body: string | undefined): string {
    const action = actionOf(method, path, body);
    const kept = this.#pending.get(action);
    if (kept !== undefined) return kept;
    const key = this.#newKey();
    this.#pending.set(action, key);
    if (this.#pending.size > MAX_PENDING) {
      // Maps keep insertion order: the oldest unfinished action is the one given up.
      const oldest = this.#pending.keys().next().value;
      if (oldest !== undefined) this.#pending.delete(oldest);
    }
    return key;
  }

  /** Records how an attempt ended: an answered action forgets its key, an unknown one keeps it. */
  settle(method: string, path: string, body: string | undefined, outcome: AttemptOutcome): void {
    if (outcome === 'answered') this.#pending.delete(actionOf(method, path, body));
  }

  /** Forgets every kept key (log out: the next user's actions are theirs). */
  clear(): void {
    this.#pending.clear();
  }
}

function actionOf(method: string, path: string, body: string | undefined): string {
  return `${method} ${path}\n${body ?? ''}`;
}
