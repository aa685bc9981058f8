import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StatementNames } from './prepared-statements.ts';

describe('statement names', () => {
  it('name a text from its third use on, the same name every time, another text another name', () => {
    const names = new StatementNames();
    const read = 'select * from sessions where id = $1';
    assert.equal(names.nameFor(read), undefined);
    assert.equal(names.nameFor(read), undefined);
    const name = names.nameFor(read);
    assert.ok(name);
    assert.equal(names.nameFor(read), name);
    const other = 'select * from users where id = $1';
    names.nameFor(other);
    names.nameFor(other);
    const otherName = names.nameFor(other);
    assert.ok(otherName);
    assert.notEqual(otherName, name);
  });

  it('name no more texts than the cap, and keep naming those already named', () => {
    const names = new StatementNames();
    const named = (text: string) => [1, 2, 3].map(() => names.nameFor(text)).at(-1);
    const first = named('q 0 $1');
    for (let i = 1; i < 2000; i++) assert.ok(named(`q ${i} $1`), `text ${i} is named`);
    assert.equal(named('one too many $1'), undefined);
    assert.equal(names.nameFor('q 0 $1'), first);
  });
});
