import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposeMapping, readDate } from './rules.ts';

describe('import sheet rules', () => {
  it('proposes a field for Dutch and English headings and their usual spellings', () => {
    assert.deepEqual(
      proposeMapping([
        'Sessiecode',
        'Voornaam',
        'Achternaam',
        'E-mailadres',
        'PO-nummer',
        'KvK-nummer',
        'Opmerking',
      ]),
      {
        Sessiecode: 'sessionCode',
        Voornaam: 'firstName',
        Achternaam: 'lastName',
        'E-mailadres': 'email',
        'PO-nummer': 'purchaseOrderRef',
        'KvK-nummer': 'company',
      },
    );
    assert.deepEqual(proposeMapping(['Session code', 'First name', 'Surname', 'Email', 'Email']), {
      'Session code': 'sessionCode',
      'First name': 'firstName',
      Surname: 'lastName',
      Email: 'email',
    });
  });

  it('reads ISO and Dutch dates and refuses dates that do not exist', () => {
    assert.equal(readDate('1990-12-31'), '1990-12-31');
    assert.equal(readDate('31-12-1990'), '1990-12-31');
    assert.equal(readDate('1/2/1990'), '1990-02-01');
    assert.equal(readDate('31-02-1990'), null);
    assert.equal(readDate('12/31/1990'), null);
    assert.equal(readDate('gisteren'), null);
  });
});
