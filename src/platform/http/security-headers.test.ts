import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helmetHeaders } from './security-headers.ts';

describe('security headers', () => {
  it("are helmet's, worked out once from the options", () => {
    const plain = helmetHeaders({
      contentSecurityPolicy: { useDefaults: true, directives: { frameAncestors: ["'none'"] } },
      strictTransportSecurity: false,
    });
    assert.match(plain['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    assert.equal(plain['x-content-type-options'], 'nosniff');
    assert.equal(plain['strict-transport-security'], undefined, 'no HSTS on plain HTTP');
    assert.equal(plain['x-powered-by'], undefined);

    const behindTls = helmetHeaders({
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    });
    assert.equal(behindTls['strict-transport-security'], 'max-age=31536000; includeSubDomains');
  });

  it('refuse options helmet cannot use', () => {
    assert.throws(() =>
      helmetHeaders({ contentSecurityPolicy: { directives: { 'bad directive': ["'self'"] } } }),
    );
  });
});
