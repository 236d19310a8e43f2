import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { csvCell } from '../../mocks/interactions.js';
import { db, useMockBackend } from '../test-support/mock-backend.js';
import { rejection } from '../test-support/rejection.js';
import { CxClient } from './client.js';
import * as is from './interaction-schemas.js';
import { createRestDataSource } from './rest-data-source.js';
import type { Interaction, InteractionQuery } from './types.js';

// The interaction log's part of the contract (issue 24): 100,000 service records, filtered and
// sorted by the server with a total on every page, records that agree with their cases, sentiment
// and CSAT set under If-Match, and a CSV export a spreadsheet cannot be attacked through.

const rest = () => createRestDataSource({ baseUrl: '/api', retry: { baseDelayMs: 5 } });

describe('the interaction log in the contract', () => {
  useMockBackend();

  it('holds 100,000 records, with the total on every page and pages that never overlap', async () => {
    const source = rest();
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < 3; page += 1) {
      const result = await source.listInteractions!({ limit: 200, cursor });
      expect(result.total).to.equal(100_000);
      for (const record of result.items) seen.add(record.id);
      cursor = result.nextCursor!;
    }
    expect(seen.size).to.equal(600);
    const breached = await source.listInteractions!({ sla: ['breached'], channel: ['voice'], limit: 50 });
    expect(breached.total).to.be.greaterThan(0).and.lessThan(100_000);
    expect(
      breached.items.every((record) => record.sla.verdict === 'breached' && record.channel === 'voice'),
    ).to.equal(true);
  });

  it('sorts by any column on the server, both ways', async () => {
    const source = rest();
    const check = async (query: InteractionQuery, key: (record: Interaction) => number | string) => {
      const { items } = await source.listInteractions!({ ...query, limit: 100 });
      const keys = items.map(key);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys, `${query.sort} ${query.order}`).to.deep.equal(
        query.order === 'asc' ? sorted : sorted.reverse(),
      );
    };
    await check({ sort: 'handleSeconds', order: 'asc' }, (record) => record.handleSeconds ?? -1);
    await check({ sort: 'contact', order: 'desc' }, (record) => record.contact.name.toLocaleLowerCase());
    await check({ sort: 'csat', order: 'desc', csat: ['1', '5'] }, (record) => record.csat ?? 0);
    await check({ sort: 'startedAt', order: 'asc' }, (record) => Date.parse(record.startedAt));
  });

  it('tells records that agree with their cases: contact, case number, recording as long as the call, the SLA rule', async () => {
    const source = rest();
    const { items } = await source.listInteractions!({ channel: ['voice'], limit: 40 });
    for (const record of items) {
      expect(v.safeParse(is.InteractionSchema, record).success).to.equal(true);
      const ticket = db.ticket(record.caseId)!;
      expect(record.caseNumber).to.equal(ticket.number);
      expect(record.contact.id).to.equal(ticket.customerId);
      expect(record.contact.name).to.equal(
        (db.getCustomer(ticket.customerId) as { value: { name: string } }).value.name,
      );
      expect(record.recording?.durationSeconds).to.equal(record.handleSeconds);
      const met = record.firstResponseSeconds !== null && record.firstResponseSeconds! <= 600;
      expect(record.sla.verdict).to.equal(
        record.firstResponseSeconds == null ? 'pending' : met ? 'met' : 'breached',
      );
    }
    const recording = new Uint8Array(await (await fetch(items[0]!.recording!.url)).arrayBuffer());
    const view = new DataView(recording.buffer);
    const seconds = view.getUint32(40, true) / view.getUint32(24, true);
    expect(Math.round(seconds)).to.equal(items[0]!.recording!.durationSeconds);
  });

  it('lets a supervisor set sentiment and CSAT under If-Match; a stale version shows the server’s record', async () => {
    const client = new CxClient(rest());
    const list = await client.queryClient.fetchInfiniteQuery(client.interactions({ limit: 5 }));
    const record = list.pages[0]!.items[0]!;
    const updated = await client.updateInteraction(
      record.id,
      { sentiment: 'negative', csat: 2 },
      { version: record.version },
    );
    expect(updated.data).to.deep.include({ sentiment: 'negative', csat: 2 });
    expect(updated.version).to.not.equal(record.version);
    const stale = await rejection(
      client.updateInteraction(record.id, { csat: 5 }, { version: record.version }),
    );
    expect(stale.kind).to.equal('conflict');
    expect((stale.current as { data: Interaction }).data.csat).to.equal(2);
    const cached = client.queryClient.getQueryData<{ pages: { items: Interaction[] }[] }>([
      'cx',
      'interactions',
      { limit: 5 },
    ]);
    expect(
      cached!.pages[0]!.items[0]!.csat,
      'the list shows the server’s value, not the refused one',
    ).to.equal(2);
    expect(
      (await rejection(rest().updateInteraction!(record.id, { csat: 9 as 5 }, { version: updated.version })))
        .status,
    ).to.be.oneOf([400, 422]);
  });

  it('exports what the filters keep as CSV, header first, one line per record', async () => {
    const source = rest();
    const query: InteractionQuery = { customerId: ['c_1', 'c_2'], sort: 'startedAt', order: 'asc' };
    const { total } = await source.listInteractions!({ ...query, limit: 1 });
    const blob = await source.exportInteractions!(query);
    // A byte-order mark first, so spreadsheets read Thai and Polish names as UTF-8.
    expect([...new Uint8Array(await blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text()).trim().split('\r\n');
    expect(lines[0]).to.match(/^Case,Contact,/);
    expect(lines.length - 1).to.equal(total);
  });

  it('writes CSV cells a spreadsheet never runs', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).to.equal(
      '"\'=HYPERLINK(""http://evil"",""click"")"',
    );
    expect(csvCell('+1 555')).to.equal(`"'+1 555"`);
    expect(csvCell('-2+3')).to.equal(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell('plain, with comma')).to.equal('"plain, with comma"');
    expect(csvCell('สมชาย')).to.equal('สมชาย');
    expect(csvCell(null)).to.equal('');
  });
});
