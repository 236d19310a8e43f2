import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { http, HttpResponse } from 'msw';
import type { Ticket } from '../../api/types.js';
import '../provider/define.js';
import { requestsTo, useMockBackend, worker } from '../../test-support/mock-backend.js';
import './define.js';
import type { CxTicketDetail } from './ticket-detail.js';

const at = new Date(Date.now() - 2 * 86400_000).toISOString();
const voiceTicket: Ticket = {
  id: 't_voice',
  number: 'CX-900',
  customerId: 'c_1',
  subject: 'Called about a refund',
  status: 'resolved',
  priority: 'high',
  channel: 'voice',
  direction: 'outbound',
  assignee: null,
  queue: { id: 'q', name: 'Billing' },
  tags: [{ name: 'refund', source: 'ai' }],
  reason: { id: 'r', label: 'Billing' },
  result: { id: 'res', label: 'Refund issued' },
  notes: 'Follow up next week.',
  createdAt: at,
  updatedAt: at,
  closedAt: at,
  lastInteractionAt: at,
  firstResponseSeconds: 252,
  handleSeconds: 3725,
  sla: { state: 'breached' },
  sentiment: 'negative',
  csat: 2,
  recordingUrl: '/api/recordings/t_voice.wav',
};

function serve(ticket: Ticket, extra: { messages?: unknown[]; notes?: unknown[]; files?: unknown[] } = {}) {
  worker.use(
    http.get(`*/api/tickets/${ticket.id}/attachments`, () =>
      HttpResponse.json({ items: extra.files ?? [], nextCursor: null }),
    ),
    http.get(`*/api/tickets/${ticket.id}`, () => HttpResponse.json(ticket, { headers: { ETag: '"v1"' } })),
    http.get(`*/api/tickets/${ticket.id}/messages`, () =>
      HttpResponse.json({ items: extra.messages ?? [], nextCursor: null }),
    ),
    http.get(`*/api/tickets/${ticket.id}/notes`, () =>
      HttpResponse.json({ items: extra.notes ?? [], nextCursor: null }),
    ),
  );
}

async function mount(
  ticketId: string,
  attributes: { theme?: string; lang?: string } = {},
): Promise<CxTicketDetail> {
  const provider = await fixture(
    html`<cx-provider base-url="/api" lang=${attributes.lang ?? 'en'}>
      <cx-ticket-detail ticket-id=${ticketId} theme=${attributes.theme ?? 'light'}></cx-ticket-detail>
    </cx-provider>`,
  );
  return provider.querySelector('cx-ticket-detail')!;
}

const field = (el: CxTicketDetail, label: string) =>
  [...el.shadowRoot!.querySelectorAll('dl > div')]
    .find((item) => item.querySelector('dt')!.textContent === label)
    ?.querySelector('dd')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

describe('<cx-ticket-detail>', () => {
  useMockBackend();

  it('shows every header field, the recording, attachments and distinct internal notes', async () => {
    serve(voiceTicket, {
      messages: [
        {
          id: 'm1',
          ticketId: 't_voice',
          author: { type: 'agent', id: 'a_1', name: 'Ploy' },
          direction: 'outbound',
          body: 'Calling you back now.',
          bodyFormat: 'text',
          createdAt: at,
          attachments: [
            {
              id: 'f1',
              name: 'invoice.pdf',
              size: 24_000,
              contentType: 'application/pdf',
              url: '/api/files/f1',
              source: 'email',
              uploadedAt: at,
            },
          ],
        },
        {
          id: 'm2',
          ticketId: 't_voice',
          author: { type: 'system', name: 'System' },
          direction: 'inbound',
          body: 'Call ended',
          bodyFormat: 'text',
          createdAt: at,
          attachments: [],
        },
      ],
      notes: [
        {
          id: 'n1',
          ticketId: 't_voice',
          author: { id: 'a_2', name: 'Marcus' },
          body: 'Customer is upset.',
          bodyFormat: 'text',
          createdAt: at,
          attachments: [],
        },
      ],
    });
    const el = await mount('t_voice');
    await waitUntil(() => el.shadowRoot!.querySelector('.note'), 'notes render', { timeout: 4000 });
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Called about a refund');
    expect(field(el, 'Number')).to.equal('CX-900');
    expect(field(el, 'Channel')).to.equal('Phone call');
    expect(field(el, 'Direction')).to.equal('Outbound');
    expect(field(el, 'Queue')).to.equal('Billing');
    expect(field(el, 'Assignee')).to.equal('Unassigned');
    expect(field(el, 'Handle time')).to.equal('1 hr, 2 min');
    expect(field(el, 'First response')).to.equal('4 min, 12 sec');
    expect(field(el, 'SLA')).to.equal('Breached');
    expect(field(el, 'Sentiment')).to.equal('Negative');
    expect(field(el, 'CSAT')).to.equal('2 of 5');
    expect(field(el, 'Service reason')).to.equal('Billing');
    expect(field(el, 'Service result')).to.equal('Refund issued');
    expect(field(el, 'Created')).to.match(/\d/);
    expect(field(el, 'Closed')).to.match(/\d/);
    expect(root.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Resolved');
    expect(root.querySelector('[part~="priority-badge"]')!.textContent!.trim()).to.equal('High priority');
    expect(root.textContent).to.contain('Follow up next week.');

    const audio = root.querySelector<HTMLAudioElement>('audio[part="recording"]')!;
    expect(audio.controls).to.equal(true);
    expect(audio.src).to.match(/\/api\/recordings\/t_voice\.wav$/);

    const link = root.querySelector<HTMLAnchorElement>('a[part="attachment"]')!;
    expect(link.title).to.equal('Download invoice.pdf');
    expect(link.textContent).to.contain('invoice.pdf').and.contain('application/pdf').and.contain('24 kB');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.hasAttribute('download')).to.equal(true);

    const [outbound, system] = [...root.querySelectorAll('.message')];
    expect(outbound!.classList.contains('message--outbound')).to.equal(true);
    expect(system!.classList.contains('message--system')).to.equal(true);
    const note = root.querySelector('.note')!;
    expect(note.textContent).to.contain('Internal note').and.contain('Customer is upset.');
    expect(getComputedStyle(note).backgroundColor).to.not.equal(getComputedStyle(outbound!).backgroundColor);
    await expect(el).to.be.accessible();
  });

  it("shows the case's summary and every file on the case, with where it came from", async () => {
    const file = (id: string, source: string, extra: object = {}) => ({
      id,
      name: `${id}.pdf`,
      size: 2048,
      contentType: 'application/pdf',
      url: `https://files.example/${id}.pdf`,
      source,
      uploadedAt: at,
      ...extra,
    });
    serve(
      { ...voiceTicket, summary: 'Wants a refund for the second charge.' },
      {
        files: [
          file('invoice', 'direct', { uploadedBy: { id: 'a_2', name: 'Marcus Lee' } }),
          file('screenshot', 'conversation'),
          file('scan', 'telepathy'),
        ],
      },
    );
    const el = await mount(voiceTicket.id);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="files"] li'), 'the files');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain(
      'Wants a refund for the second charge.',
    );
    const files = [...el.shadowRoot!.querySelectorAll('[part="files"] li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(files[0]).to.contain('invoice.pdf').and.contain('Uploaded · by Marcus Lee · 2 days ago');
    expect(files[1]).to.contain('screenshot.pdf').and.contain('From the conversation');
    expect(files[2], 'an unknown source reads as a word').to.contain('Telepathy');
    await expect(el).to.be.accessible();
  });

  it('stays inside a 240 px column when an image fails and shows its long alt text, or a <pre> is pasted', async () => {
    const wide = 'W'.repeat(120);
    serve(
      { ...voiceTicket, id: 't_wide' },
      {
        messages: [
          {
            id: 'm1',
            ticketId: 't_wide',
            author: { type: 'customer', name: 'Eve' },
            direction: 'inbound',
            body: `<p>See:</p><img src="/nowhere/missing.png" alt="${wide}"><pre>${wide}</pre><table><tr><td>${wide}</td><td>${wide}</td></tr></table>`,
            bodyFormat: 'html',
            createdAt: at,
            attachments: [],
          },
        ],
      },
    );
    const provider = await fixture(
      html`<div style="inline-size: 240px">
        <cx-provider base-url="/api"><cx-ticket-detail ticket-id="t_wide"></cx-ticket-detail></cx-provider>
      </div>`,
    );
    const el = provider.querySelector('cx-ticket-detail')!;
    const image = () => el.shadowRoot!.querySelector<HTMLImageElement>('.body img');
    await waitUntil(image, 'the message with its image', { timeout: 6000 });
    // The width is measured after the image has failed (its alt text shown), not before.
    await waitUntil(() => image()!.complete, 'the image failed');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.getBoundingClientRect().width).to.be.at.most(240);
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('.message, .body, pre'))
      expect(part.getBoundingClientRect().right, part.className || part.localName).to.be.at.most(
        el.getBoundingClientRect().right + 1,
      );
  });

  it('refuses unsafe recording and attachment URLs', async () => {
    serve(
      { ...voiceTicket, id: 't_bad', recordingUrl: 'javascript:alert(1)' },
      {
        messages: [
          {
            id: 'm1',
            ticketId: 't_bad',
            author: { type: 'customer', name: 'Eve' },
            direction: 'inbound',
            body: 'see file',
            bodyFormat: 'text',
            createdAt: at,
            attachments: [
              {
                id: 'f',
                name: 'evil.pdf',
                size: 1,
                contentType: 'application/pdf',
                url: 'javascript:alert(1)',
                source: 'email',
                uploadedAt: at,
              },
            ],
          },
        ],
      },
    );
    const el = await mount('t_bad');
    await waitUntil(() => el.shadowRoot!.querySelector('.message'), 'transcript renders', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('audio')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('The recording cannot be played here.');
    expect(el.shadowRoot!.querySelector('a[part="attachment"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('evil.pdf');
  });

  it('says when the ticket does not exist, and passes axe in dark', async () => {
    const el = await mount('t_missing', { theme: 'dark' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'error state', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Ticket not found');
    await expect(el).to.be.accessible();
  });

  it('says no ticket is selected until it gets a ticket-id, in every language', async () => {
    const expected = {
      en: 'No ticket selected',
      th: 'ยังไม่ได้เลือกทิกเก็ต',
      id: 'Belum ada tiket yang dipilih',
      pl: 'Nie wybrano zgłoszenia',
    };
    const panels: CxTicketDetail[] = [];
    const empty = (el: CxTicketDetail) => el.shadowRoot!.querySelector('[part="empty"]');
    for (const [lang, heading] of Object.entries(expected)) {
      const provider = await fixture(
        html`<cx-provider base-url="/api" lang=${lang}><cx-ticket-detail></cx-ticket-detail></cx-provider>`,
      );
      const el = provider.querySelector<CxTicketDetail>('cx-ticket-detail')!;
      await waitUntil(() => empty(el)?.textContent?.includes(heading), `${lang}: no ticket selected`);
      await expect(el).to.be.accessible();
      panels.push(el);
    }
    expect(requestsTo('GET /api/tickets'), 'requests while no ticket is selected').to.deep.equal([]);
    serve(voiceTicket);
    const [english] = panels;
    english!.ticketId = voiceTicket.id;
    await waitUntil(() => english!.shadowRoot!.querySelector('[part="header"]'), 'the ticket once chosen', {
      timeout: 4000,
    });
    expect(empty(english!)).to.equal(null);
  });
});
