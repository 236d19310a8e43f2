import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { settled } from '../../test-support/settled.js';
import { draftId, loadDraft } from './drafts.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { UploadOptions } from '../../api/data-source.js';
import { CxApiError } from '../../api/errors.js';
import { createRestDataSource } from '../../api/rest-data-source.js';
import type { Attachment, Note, Page, Ticket } from '../../api/types.js';
import type { CxProvider } from '../provider/provider.js';
import { announced } from '../../test-support/announcements.js';
import { nextEvent } from '../../test-support/events.js';
import {
  $,
  dialog,
  fillSubject,
  mount,
  open,
  ready,
  root,
  ticketsOf,
  type,
} from '../../test-support/flyout.js';
import { db, requestLog, requestsTo, useMockBackend, worker } from '../../test-support/mock-backend.js';
import { expectSame } from '../../test-support/same.js';
import type { CxCaseFlyout } from './case-flyout.js';
import { clearCaseDrafts } from './draft-keeper.js';
import { similarCases, titleSimilarity } from './duplicates.js';
import './define.js';

const pdf = (name: string, bytes = 1200) => new File(['%'.repeat(bytes)], name, { type: 'application/pdf' });
const png = (name: string) =>
  new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 0])], name, { type: 'image/png' });

/** Files chosen in the picker of `list` ("case" on the Attachments tab, "note" in the note composer). */
function pick(el: CxCaseFlyout, list: 'case' | 'note', files: File[]): void {
  const input = $<HTMLInputElement>(el, `#file-input-${list}`)!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const tab = (el: CxCaseFlyout, name: string) => $<HTMLButtonElement>(el, `#tab-${name}`)!;
const fileRows = (el: CxCaseFlyout, panel: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`#panel-${panel} .file`),
];
const rowText = (row: HTMLElement) => row.textContent!.replace(/\s+/g, ' ').trim();
const notesOf = (ticketId: string) => (db.listNotes(ticketId, null) as { value: Page<Note> }).value.items;
const attachmentsOf = (ticketId: string) =>
  (db.listAttachments(ticketId) as { value: Page<Attachment> }).value.items;
const OPEN = ['new', 'open', 'pending', 'on_hold'];
/** An open case of the first customer from `from` on that has one. */
function openCaseFrom(from: number): Ticket {
  for (let index = from; index < from + 60; index++) {
    const found = ticketsOf(`c_${index}`).find((ticket) => OPEN.includes(ticket.status));
    if (found) return found;
  }
  throw new Error('no customer with an open case');
}
const createdTicket = (customerId: string, subject: string) =>
  ticketsOf(customerId).find((ticket) => ticket.subject === subject);

async function showTab(el: CxCaseFlyout, name: string): Promise<void> {
  tab(el, name).click();
  await el.updateComplete;
}

/** Types into the note composer's editor. */
async function typeNote(el: CxCaseFlyout, text: string): Promise<void> {
  await showTab(el, 'notes');
  await waitUntil(() => $(el, '#note-editor .rich-text'), 'note editor');
  $(el, '#note-editor .rich-text')!.focus();
  await sendKeys({ type: text });
}

describe('<cx-case-flyout>: tabs, attachments, notes and duplicates', () => {
  useMockBackend();
  // The last test's flyout leaves the page first (keeping its draft, as it should), then every draft goes.
  beforeEach(async () => {
    fixtureCleanup();
    await clearCaseDrafts();
  });

  it('has WAI-ARIA tabs: arrows, Home and End move and select, each tab controls its panel', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const el = mounted.flyout;
    const tabs = [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((item) => item.textContent!.trim())).to.deep.equal([
      'Details',
      'Case notes',
      'Attachments',
    ]);
    expect($(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Case sections');
    const visiblePanel = () => root(el).querySelector('[role="tabpanel"]:not([hidden])')!.id;
    expect(visiblePanel()).to.equal('panel-details');
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => visiblePanel() === 'panel-notes', 'notes shown');
    expectSame(root(el).activeElement, tabs[1], 'focus on the selected tab');
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs.map((item) => item.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => visiblePanel() === 'panel-attachments', 'attachments shown');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => visiblePanel() === 'panel-details', 'wraps to details');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => visiblePanel() === 'panel-attachments', 'wraps back');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => visiblePanel() === 'panel-details', 'home');
    for (const item of tabs) {
      const panel = root(el).getElementById(item.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(item.id);
    }
  });

  it('refuses files beyond the limits with a message each, uploads the rest and saves the case with them', async () => {
    const mounted = await mount('customer-id="c_4" max-file-size="2000" max-files="2" accept=".pdf,image/*"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Invoice disputed');
    await showTab(el, 'attachments');
    expect($(el, '.drop-hint')!.textContent).to.contain('Up to 2 files, 2 kB each.');
    const picker = $<HTMLInputElement>(el, '#file-input-case')!;
    let pickerOpened = 0;
    picker.addEventListener('click', (event) => {
      pickerOpened++;
      event.preventDefault(); // no native dialog in a test
    });
    $<HTMLButtonElement>(el, '#panel-attachments .add-files')!.click();
    expect(pickerOpened, '"Add files" opens the picker').to.equal(1);

    pick(el, 'case', [
      pdf('invoice.pdf'),
      pdf('scan.pdf', 5000),
      new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      new File([], 'empty.pdf', { type: 'application/pdf' }),
      png('photo.png'),
      pdf('third.pdf'),
    ]);
    await el.updateComplete;
    const refused = [...root(el).querySelectorAll('.refused li')].map((item) => item.textContent!.trim());
    expect(refused).to.deep.equal([
      'scan.pdf is 5 kB; files can be up to 2 kB.',
      'setup.exe: this type of file is not accepted.',
      'empty.pdf is empty.',
      'third.pdf was not added: up to 2 files.',
    ]);
    await announced(/^New case: scan\.pdf is 5 kB; files can be up to 2 kB\./, { politeness: 'assertive' });
    await waitUntil(
      () => fileRows(el, 'attachments').every((row) => row.classList.contains('done')),
      'uploaded',
    );
    expect(fileRows(el, 'attachments').map(rowText)).to.deep.equal([
      'invoice.pdf 1.2 kB · Uploaded',
      'photo.png 12 bytes · Uploaded',
    ]);
    expect(requestsTo('POST /api/attachments')).to.have.length(2);
    // The count is read as a count ("Attachments (2)"), not run into the name ("Attachments2").
    expect(tab(el, 'attachments').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Attachments (2)');
    $<HTMLButtonElement>(el, '.refused button')!.click();
    await el.updateComplete;
    expect($(el, '.refused')).to.equal(null);

    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '.created'), 'saved: the flyout says so');
    const ticket = createdTicket('c_4', 'Invoice disputed')!;
    expect(attachmentsOf(ticket.id).map((file) => file.name)).to.have.members(['invoice.pdf', 'photo.png']);
  });

  it('shows per-file progress; cancel and retry an upload; a removed file is not sent', async () => {
    // The host's own data source, reporting progress as a slow network would.
    const rest = createRestDataSource({ baseUrl: '/api' });
    const pending: { file: File; options: UploadOptions; release: () => void }[] = [];
    const dataSource = {
      ...rest,
      uploadAttachment: (file: File, options: UploadOptions = {}) =>
        new Promise<Attachment>((resolve, reject) => {
          options.onProgress?.({ loaded: file.size / 4, total: file.size });
          options.signal?.addEventListener('abort', () =>
            reject(new CxApiError('aborted', 'POST /attachments was aborted')),
          );
          pending.push({
            file,
            options,
            release: () => void rest.uploadAttachment(file).then(resolve, reject),
          });
        }),
    };
    fixtureCleanup();
    const provider = await fixture<CxProvider>(html`<cx-provider lang="en"></cx-provider>`);
    provider.dataSource = dataSource;
    const el = document.createElement('cx-case-flyout');
    el.customerId = 'c_5';
    provider.append(el);
    await el.show();
    await ready(el);
    await fillSubject(el, 'Photos of the damage');
    await showTab(el, 'attachments');
    pick(el, 'case', [pdf('front.pdf', 4000), pdf('back.pdf', 4000), pdf('label.pdf', 4000)]);
    await waitUntil(() => root(el).querySelectorAll('progress').length === 3, 'three progress bars');
    const bars = [...root(el).querySelectorAll('progress')];
    expect(bars.map((bar) => bar.value)).to.deep.equal([1000, 1000, 1000]);
    expect(bars[0]!.getAttribute('aria-label')).to.equal('Uploading front.pdf');
    expect(rowText(fileRows(el, 'attachments')[0]!)).to.contain('Uploading, 25%');
    pending[0]!.options.onProgress?.({ loaded: 3000, total: 4000 });
    await el.updateComplete;
    expect(root(el).querySelector('progress')!.value).to.equal(3000);
    expect(rowText(fileRows(el, 'attachments')[0]!)).to.contain('Uploading, 75%');

    // Cancel the second, then retry it; remove the third.
    $<HTMLButtonElement>(el, 'button[aria-label="Cancel upload of back.pdf"]')!.click();
    await waitUntil(() => fileRows(el, 'attachments')[1]!.classList.contains('cancelled'), 'cancelled');
    expect(rowText(fileRows(el, 'attachments')[1]!)).to.contain('Upload cancelled');
    $<HTMLButtonElement>(el, 'button[aria-label="Retry upload of back.pdf"]')!.click();
    await waitUntil(() => pending.length === 4, 'retried');
    $<HTMLButtonElement>(el, 'button[aria-label="Cancel upload of label.pdf"]')!.click();
    await waitUntil(() => $(el, 'button[aria-label="Remove label.pdf"]'), 'removable');
    $<HTMLButtonElement>(el, 'button[aria-label="Remove label.pdf"]')!.click();
    await el.updateComplete;
    expect(
      fileRows(el, 'attachments').map((row) => row.querySelector('.file-name')!.textContent),
    ).to.deep.equal(['front.pdf', 'back.pdf']);

    // Save waits for the uploads still running, then sends what they became.
    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '.submitting')?.textContent?.includes('Finishing uploads…'), 'waiting');
    pending[0]!.release();
    pending[3]!.release();
    await waitUntil(() => $(el, '.created'), 'saved: the flyout says so');
    const ticket = createdTicket('c_5', 'Photos of the damage')!;
    expect(attachmentsOf(ticket.id).map((file) => file.name)).to.have.members(['front.pdf', 'back.pdf']);
  });

  it('uploads images dropped or pasted into the description and shows them there; other files are attached', async () => {
    const mounted = await mount('customer-id="c_6"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Screen shows an error');
    const editor = $(el, '#description-editor .rich-text')!;
    editor.focus();
    await sendKeys({ type: 'See:' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.post('/api/attachments', async () => {
        await gate;
        return undefined; // on to the mock backend
      }),
    );
    const rect = editor.getBoundingClientRect();
    const drop = new DataTransfer();
    drop.items.add(png('error.png'));
    drop.items.add(pdf('log.pdf'));
    editor.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: drop,
        clientX: rect.left + 10,
        clientY: rect.top + 10,
        bubbles: true,
        cancelable: true,
      }),
    );
    await waitUntil(() => $(el, '.image-placeholder'), 'placeholder while uploading');
    expect($(el, '.image-placeholder')!.textContent).to.equal('Uploading image…');
    release();
    await waitUntil(() => $(el, '#description-editor img'), 'image in the description');
    const image = $<HTMLImageElement>(el, '#description-editor img')!;
    expect(image.getAttribute('src')).to.match(/^http:\/\/[^/]+\/api\/files\/att_u_/);
    expect(image.alt).to.equal('error.png');
    expect($(el, '.image-placeholder')).to.equal(null);
    await waitUntil(() => tab(el, 'attachments').textContent!.includes('2'), 'both attached');

    // A pasted image goes where the cursor is.
    const paste = new DataTransfer();
    paste.items.add(png('pasted.png'));
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }),
    );
    await waitUntil(() => root(el).querySelectorAll('#description-editor img').length === 2, 'pasted image');

    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '.created'), 'saved: the flyout says so');
    const ticket = createdTicket('c_6', 'Screen shows an error')!;
    expect(attachmentsOf(ticket.id).map((file) => file.name)).to.have.members([
      'error.png',
      'log.pdf',
      'pasted.png',
    ]);
    const [firstMessage] = (db.listMessages(ticket.id, null, 20) as { value: Page<{ body: string }> }).value
      .items;
    expect(firstMessage!.body).to.match(
      /^<img src="http:\/\/[^"]+\/api\/files\/att_u_[^"]+" alt="error.png"[^>]*><p>See:<\/p>/,
    );
  });

  it('keeps files and notes in the draft: re-created, the flyout restores them and resumes an interrupted upload', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.post('/api/attachments', () => held.then(() => HttpResponse.error())));
    const first = await mount('customer-id="c_7" draft-key="files"');
    await open(first);
    await fillSubject(first.flyout, 'Warranty claim');
    await typeNote(first.flyout, 'Customer sent the receipt');
    $<HTMLButtonElement>(first.flyout, '.add-note')!.click();
    await showTab(first.flyout, 'attachments');
    pick(first.flyout, 'case', [pdf('receipt.pdf')]);
    await waitUntil(() => root(first.flyout).querySelector('progress'), 'uploading');
    // Saved as the agent pauses: the note and the file (still uploading) are in the draft.
    await waitUntil(
      async () => {
        const draft = await loadDraft(draftId('c_7', 'files'));
        return draft?.notes.length === 1 && draft.attachments.length === 1;
      },
      'the draft saved',
      { timeout: 4000 },
    );
    first.flyout.remove(); // the upload is interrupted
    release();
    worker.resetHandlers();

    const second = await mount('customer-id="c_7" draft-key="files"');
    await open(second);
    const el = second.flyout;
    expect($(el, '.banner')!.textContent).to.contain('Draft restored');
    expect(tab(el, 'notes').textContent!.replace(/\s+/g, '')).to.equal('Casenotes(1)');
    await showTab(el, 'attachments');
    await waitUntil(
      () => fileRows(el, 'attachments')[0]?.classList.contains('done'),
      'upload resumed from the stored file',
    );
    const expand = nextEvent(el, 'cx-case-expand');
    $<HTMLButtonElement>(el, '.expand')!.click();
    const { detail } = await expand;
    expect(detail.draft.notes.map((note) => note.body)).to.deep.equal(['<p>Customer sent the receipt</p>']);
    const [file] = detail.draft.attachments;
    expect(file!.name).to.equal('receipt.pdf');
    expect(file!.attachment?.id).to.match(/^att_u_/);
    expect(await file!.file!.text()).to.equal('%'.repeat(1200));
  });

  it('adds, edits and removes notes before saving; each is sent with the case', async () => {
    const mounted = await mount('customer-id="c_8"');
    await open(mounted);
    const el = mounted.flyout;
    await fillSubject(el, 'Router keeps rebooting');
    await showTab(el, 'notes');
    expect($(el, '.notes-empty')!.textContent).to.contain('No notes yet');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await el.updateComplete;
    expect($(el, '#note-error')!.textContent).to.equal('Write the note or attach a file.');

    await typeNote(el, 'Firmware 2.1 installed');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await typeNote(el, 'Tried another cable');
    pick(el, 'note', [pdf('photo-of-cable.pdf')]);
    await waitUntil(() => fileRows(el, 'notes')[0]?.classList.contains('done'), 'note file uploaded');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await typeNote(el, 'Wrong note');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await el.updateComplete;
    const notes = () =>
      [...root(el).querySelectorAll('.note-item')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(notes()).to.deep.equal([
      'Note 1 Firmware 2.1 installed',
      'Note 2 Tried another cable 1 file: photo-of-cable.pdf',
      'Note 3 Wrong note',
    ]);
    await announced('New case: Note added');

    // Edit note 1 in the composer.
    $<HTMLButtonElement>(el, 'button[aria-label="Edit note 1"]')!.click();
    await el.updateComplete;
    expect($(el, '#note-label')!.textContent).to.equal('Edit note: Note 1');
    expect($(el, '#note-editor .rich-text')!.textContent).to.equal('Firmware 2.1 installed');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' yesterday' });
    $<HTMLButtonElement>(el, '.add-note')!.click(); // "Update note"
    await el.updateComplete;
    // Remove note 3: focus stays in the list.
    $<HTMLButtonElement>(el, 'button[aria-label="Remove note 3"]')!.click();
    await waitUntil(() => notes().length === 2, 'removed');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Edit note 2');
    expect(notes()[0]).to.equal('Note 1 Firmware 2.1 installed yesterday');

    $<HTMLButtonElement>(el, '.footer .save')!.click();
    await waitUntil(() => $(el, '.created'), 'saved: the flyout says so');
    const ticket = createdTicket('c_8', 'Router keeps rebooting')!;
    const sent = notesOf(ticket.id);
    expect(sent.map((note) => note.body)).to.have.members([
      '<p>Firmware 2.1 installed yesterday</p>',
      '<p>Tried another cable</p>',
    ]);
    expect(sent.flatMap((note) => note.attachments.map((file) => file.name))).to.deep.equal([
      'photo-of-cable.pdf',
    ]);
  });

  it('ranks similar titles by shared words, in any script', () => {
    expect(titleSimilarity('Refund not received', 'Refund for order #10234')).to.equal(0.5);
    expect(titleSimilarity('Delivery is late again', 'Delivery is late')).to.equal(1);
    expect(titleSimilarity('Cancel my subscription', 'Item arrived damaged')).to.equal(0);
    expect(titleSimilarity('พัสดุจัดส่งล่าช้ามาก', 'พัสดุจัดส่งล่าช้า', 'th')).to.be.greaterThan(0.5);
    const cases = [
      { subject: 'Item arrived damaged', updatedAt: '2026-01-01T00:00:00Z' },
      { subject: 'Delivery is late', updatedAt: '2026-01-02T00:00:00Z' },
      { subject: 'Late delivery, again', updatedAt: '2026-01-03T00:00:00Z' },
    ] as Ticket[];
    expect(similarCases('The delivery is late', cases).map((ticket) => ticket.subject)).to.deep.equal([
      'Late delivery, again',
      'Delivery is late',
    ]);
  });

  it('finds exact duplicates whose titles are short or numeric', () => {
    const cases = [
      { subject: 'VPN', updatedAt: '2026-01-01T00:00:00Z' },
      { subject: '4471', updatedAt: '2026-01-02T00:00:00Z' },
      { subject: 'Order 42', updatedAt: '2026-01-03T00:00:00Z' },
      { subject: 'Unrelated question', updatedAt: '2026-01-04T00:00:00Z' },
    ] as Ticket[];
    const subjects = (title: string) => similarCases(title, cases).map((ticket) => ticket.subject);
    expect(subjects('vpn')).to.deep.equal(['VPN']);
    expect(subjects('4471')).to.deep.equal(['4471']);
    expect(subjects('Order #42!')).to.deep.equal(['Order 42']);
    expect(subjects('Order 43')).to.deep.equal(['Order 42']); // "order" is one of its two words
    expect(subjects('Q')).to.deep.equal([]);
  });

  it('never offers the case it was opened from (exclude-ticket-id) as a duplicate', async () => {
    const openCase = openCaseFrom(20);
    const mounted = await mount(`customer-id="${openCase.customerId}" exclude-ticket-id="${openCase.id}"`);
    await open(mounted);
    await type(mounted.flyout, '#subject-input', openCase.subject);
    await waitUntil(
      () => requestLog.some((line) => line.includes(`excludeId=${openCase.id}`)),
      'asked without it',
      {
        timeout: 3000,
      },
    );
    const listed = [...root(mounted.flyout).querySelectorAll('.duplicate-number')].map(
      (item) => item.textContent,
    );
    expect(listed).to.not.include(openCase.number);
  });

  it('keeps its height as the agent switches tabs', async () => {
    const mounted = await mount('customer-id="c_1"');
    await open(mounted);
    const heights = new Set<number>();
    for (const tab of ['notes', 'attachments', 'details']) {
      root(mounted.flyout).querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
      await mounted.flyout.updateComplete;
      heights.add(Math.round(dialog(mounted.flyout).getBoundingClientRect().height));
      const hidden = [...root(mounted.flyout).querySelectorAll<HTMLElement>('[role="tabpanel"][hidden]')];
      expect(hidden.every((panel) => getComputedStyle(panel).visibility === 'hidden')).to.equal(true);
    }
    expect(heights.size, [...heights].join(', ')).to.equal(1);
  });

  it('shows possible duplicates once customer and title settle, and adds the draft to one of them instead', async () => {
    const openCase = openCaseFrom(20);
    const notesBefore = notesOf(openCase.id).length;
    const mounted = await mount(`customer-id="${openCase.customerId}"`);
    await open(mounted);
    const el = mounted.flyout;
    const baseline = requestsTo('GET /api/tickets?').length;
    await type(el, '#subject-input', `${openCase.subject} again`);
    await waitUntil(() => !$(el, '.duplicates')!.hidden, 'duplicates shown', { timeout: 4000 });
    // One lookup after the title settled, not one per keystroke.
    const lookups = requestsTo('GET /api/tickets?').slice(baseline);
    expect(lookups).to.have.length(1);
    expect(lookups[0]).to.contain(`customerId=${openCase.customerId}&`);
    expect(lookups[0]).to.contain('status=new&status=open&status=pending&status=on_hold');
    const listed = [...root(el).querySelectorAll('.duplicate-number')].map((item) => item.textContent);
    expect(listed).to.include(openCase.number);
    expect($(el, '.duplicates-heading')!.textContent!.trim()).to.equal(
      listed.length === 1 ? '1 possible duplicate' : `${listed.length} possible duplicates`,
    );

    // Read its summary, then add the draft (description, a file and a note) to it.
    $(el, '#description-editor .rich-text')!.focus();
    await sendKeys({ type: 'Second contact about this' });
    await typeNote(el, 'Called back, no answer');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await showTab(el, 'attachments');
    pick(el, 'case', [pdf('followup.pdf')]);
    await showTab(el, 'details');
    const index = listed.indexOf(openCase.number);
    const toggle = root(el).querySelectorAll<HTMLButtonElement>('.duplicate-toggle')[index]!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const summary = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(summary.hidden).to.equal(false);
    expect(summary.textContent).to.contain(openCase.summary?.trim() || 'No summary yet.');
    const updated = nextEvent(el, 'cx-case-updated');
    summary.querySelector<HTMLButtonElement>('button')!.click();
    const { detail } = await updated;
    expect(detail.ticket.id).to.equal(openCase.id);
    await waitUntil(() => $(el, '.created'), 'added: the flyout says so');
    expect($(el, '.created-heading')!.textContent!.trim()).to.equal(`Added to case ${openCase.number}`);
    expect(
      requestLog.filter((line) => line === 'POST /api/tickets'),
      'no new case',
    ).to.have.length(0);
    expect(requestsTo(`POST /api/tickets/${openCase.id}/notes`)).to.have.length(2);
    const added = notesOf(openCase.id).slice(notesBefore);
    expect(added.map((note) => note.body)).to.deep.equal([
      `<p><strong>${openCase.subject} again</strong></p><p>Second contact about this</p>`,
      '<p>Called back, no answer</p>',
    ]);
    expect(added[0]!.attachments.map((file) => file.name)).to.deep.equal(['followup.pdf']);
    expect(detail.notes.map((note) => note.id)).to.deep.equal(added.map((note) => note.id));
    // The draft is gone once the case has it all.
    const again = await mount(`customer-id="${openCase.customerId}"`);
    await open(again);
    expect($(again.flyout, '.banner')).to.equal(null);
  });

  it('keeps the draft when adding to a case fails, and Retry adds each note once', async () => {
    const openCase = openCaseFrom(40);
    const notesBefore = notesOf(openCase.id).length;
    let calls = 0;
    worker.use(
      http.post(`/api/tickets/${openCase.id}/notes`, () => {
        calls++;
        // The first note goes through, the second fails once.
        return calls === 2
          ? HttpResponse.json({ title: 'Database unavailable', status: 500 }, { status: 500 })
          : undefined;
      }),
    );
    const mounted = await mount(`customer-id="${openCase.customerId}"`);
    await open(mounted);
    const el = mounted.flyout;
    await typeNote(el, 'Extra detail');
    $<HTMLButtonElement>(el, '.add-note')!.click();
    await showTab(el, 'details');
    await type(el, '#subject-input', openCase.subject);
    await waitUntil(() => !$(el, '.duplicates')!.hidden, 'duplicates shown', { timeout: 4000 });
    const numbers = [...root(el).querySelectorAll('.duplicate-number')].map((item) => item.textContent);
    const toggle =
      root(el).querySelectorAll<HTMLButtonElement>('.duplicate-toggle')[numbers.indexOf(openCase.number)]!;
    toggle.click();
    await el.updateComplete;
    root(el)
      .getElementById(toggle.getAttribute('aria-controls')!)!
      .querySelector<HTMLButtonElement>('button')!
      .click();
    await waitUntil(() => $(el, '.submit-error'), 'error shown', { timeout: 8000 });
    expect(dialog(el).open).to.equal(true);
    expect($(el, '.submit-error')!.textContent).to.contain('Database unavailable');
    expect($<HTMLInputElement>(el, '#subject-input')!.value).to.equal(openCase.subject);
    const updated = nextEvent(el, 'cx-case-updated');
    $<HTMLButtonElement>(el, '.submit-error button')!.click();
    await updated;
    expect(
      notesOf(openCase.id)
        .slice(notesBefore)
        .map((note) => note.body),
    ).to.deep.equal([`<p><strong>${openCase.subject}</strong></p>`, '<p>Extra detail</p>']);
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe on each tab, with files, notes and duplicates, light and dark (${lang})`, async () => {
      const openCase = openCaseFrom(60);
      const mounted = await mount(`customer-id="${openCase.customerId}" max-file-size="3000"`, lang);
      await open(mounted);
      const el = mounted.flyout;
      await type(el, '#subject-input', openCase.subject);
      await waitUntil(() => !$(el, '.duplicates')!.hidden, 'duplicates shown', { timeout: 4000 });
      root(el).querySelector<HTMLButtonElement>('.duplicate-toggle')!.click();
      await typeNote(el, 'Note');
      $<HTMLButtonElement>(el, '.add-note')!.click();
      await showTab(el, 'attachments');
      pick(el, 'case', [pdf('a.pdf'), pdf('big.pdf', 9000)]);
      await waitUntil(() => fileRows(el, 'attachments')[0]?.classList.contains('done'), 'uploaded');
      for (const theme of ['light', 'dark'] as const) {
        el.theme = theme;
        await settled(el); // colours transition
        for (const name of ['details', 'notes', 'attachments']) {
          await tab(el, name).click();
          await settled(el);
          await expect(el).to.be.accessible();
        }
      }
    });
  }
});
