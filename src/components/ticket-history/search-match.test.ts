import { expect } from '@open-wc/testing';
import { searchMatch } from './search-match.js';

describe('searchMatch', () => {
  const ticket = { subject: 'Order status', number: 'CX-12' };

  it('finds the hit in the summary, case-insensitively, with the words around it', () => {
    expect(searchMatch({ ...ticket, summary: 'Where is PARCEL 44?' }, 'parcel 44')).to.deep.equal({
      before: 'Where is ',
      hit: 'PARCEL 44',
      after: '?',
    });
  });

  it('cuts a long summary at spaces, and says where it cut', () => {
    const summary = `${'lorem ipsum '.repeat(10)}the parcel went missing ${'dolor sit amet '.repeat(10)}`;
    const match = searchMatch({ ...ticket, summary }, 'parcel')!;
    expect(match.before.startsWith('…')).to.equal(true);
    expect(match.before).to.match(/^…\S/);
    expect(match.hit).to.equal('parcel');
    expect(match.after.endsWith('…')).to.equal(true);
    expect(match.after).to.not.match(/\s…$/);
  });

  it('says nothing when the subject or the number shows the hit, or nothing matched', () => {
    expect(searchMatch({ ...ticket, summary: 'order status as asked' }, 'ORDER')).to.equal(undefined);
    expect(searchMatch({ ...ticket, summary: 'see CX-12' }, 'cx-12')).to.equal(undefined);
    expect(searchMatch({ ...ticket, summary: 'unrelated' }, 'parcel')).to.equal(undefined);
    expect(searchMatch({ ...ticket, summary: null }, 'parcel')).to.equal(undefined);
    expect(searchMatch({ ...ticket, summary: 'a (b) [c]' }, '(b) [')).to.deep.equal({
      before: 'a ',
      hit: '(b) [',
      after: 'c]',
    });
  });
});
