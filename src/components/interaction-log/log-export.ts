import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CxClient } from '../../api/client.js';
import {
  blobSink,
  exportCsv,
  fileSink,
  type CsvColumn,
  type CsvSink,
  type WritableFile,
} from '../../api/csv-export.js';
import type { Interaction, InteractionQuery } from '../../api/types.js';
import { HostState } from '../../core/host-state.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import { describeError, type ErrorWording } from '../../core/states.js';
import type { LogMessages } from './strings.js';

/** What the export needs from the log. */
export interface LogExportHost extends ReactiveControllerHost, HTMLElement {
  readonly client: CxClient | undefined;
  /** The filters and order in force, without paging. */
  exportQuery(): Omit<InteractionQuery, 'cursor' | 'limit'>;
  /** The shown columns, as the file's columns. */
  exportColumns(): CsvColumn<Interaction>[];
  say(text: string, politeness?: Politeness): void;
  /** Where the file goes, when not the default (tests give their own). */
  readonly openExportSink?: (filename: string) => Promise<CsvSink | undefined>;
  /** The host's server makes the file itself (`GET /interactions/export`). */
  readonly serverExport: boolean;
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number; total: number | undefined }
  | { phase: 'server' }
  | { phase: 'done'; rows: number | undefined }
  | { phase: 'cancelled' }
  | { phase: 'failed'; reason: string };

interface SaveFilePickerWindow {
  showSaveFilePicker?(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{ createWritable(): Promise<WritableFile> }>;
}

/**
 * Where an export goes by default: straight to a file the agent picks where the browser can write
 * files (Chromium's File System Access: memory stays flat however many rows), else a download
 * assembled from per-page Blobs (the text leaves the JavaScript heap page by page). Undefined when
 * the agent closed the save dialog.
 */
export async function defaultExportSink(filename: string): Promise<CsvSink | undefined> {
  const picker = (window as SaveFilePickerWindow).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker.call(window, {
        suggestedName: filename,
        types: [{ description: 'CSV', accept: { 'text/csv': ['.csv'] } }],
      });
      return fileSink(await handle.createWritable());
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return undefined;
      // Not allowed here (a cross-origin frame, a policy): the download below still works.
    }
  }
  return blobSink((file) => {
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
}

/**
 * "Export CSV": every record the filters keep, page by page over all pages, into a file with the
 * shown columns (UTF-8 with a byte-order mark, formulas neutralised: see core/csv.ts), with progress
 * and Cancel. A cancelled or failed export leaves no file behind and says so.
 */
export class LogExport {
  private readonly state = new HostState<ExportState>(this.host, { phase: 'idle' });
  private abort?: AbortController;

  constructor(
    private readonly host: LogExportHost,
    private readonly text: { readonly strings: LogMessages },
    private readonly wording: ErrorWording & { number(value: number): string },
  ) {}

  get running(): boolean {
    const { phase } = this.state.value;
    return phase === 'running' || phase === 'server';
  }

  async start(): Promise<void> {
    const client = this.host.client;
    if (!client || this.running) return;
    const text = this.text.strings;
    const day = new Date().toISOString().slice(0, 10);
    const sink = await (this.host.openExportSink ?? defaultExportSink)(`service-records-${day}.csv`);
    if (!sink) return;
    const abort = new AbortController();
    this.abort = abort;
    try {
      const rows = this.host.serverExport
        ? await this.fromServer(client, sink, abort.signal)
        : await this.pageByPage(client, sink, abort.signal);
      this.state.value = { phase: 'done', rows };
      this.host.say(rows === undefined ? text.exportSaved : text.exportDone(this.wording.number(rows)));
    } catch (error) {
      if (abort.signal.aborted) {
        this.state.value = { phase: 'cancelled' };
        this.host.say(text.exportCancelled);
      } else {
        const { heading, detail } = describeError(error, this.wording);
        const reason = [heading, detail].filter(Boolean).join(' ');
        this.state.value = { phase: 'failed', reason };
        this.host.say(text.exportFailed(reason), 'assertive');
      }
    } finally {
      this.abort = undefined;
    }
  }

  /** Writes the file here, page by page, with the shown columns. */
  private async pageByPage(client: CxClient, sink: CsvSink, signal: AbortSignal): Promise<number> {
    this.state.value = { phase: 'running', rows: 0, total: undefined };
    this.host.say(this.text.strings.exportProgress(this.wording.number(0), undefined));
    const done = await exportCsv({
      pages: client.interactionPages(this.host.exportQuery(), { signal }),
      columns: this.host.exportColumns(),
      sink,
      signal,
      onProgress: ({ rows, total }) => (this.state.value = { phase: 'running', rows, total }),
    });
    return done.rows;
  }

  /** The server's file, as it made it (its columns; how many rows is its business). */
  private async fromServer(client: CxClient, sink: CsvSink, signal: AbortSignal): Promise<undefined> {
    this.state.value = { phase: 'server' };
    this.host.say(this.text.strings.exportPreparing);
    try {
      const file = await client.exportInteractions(this.host.exportQuery(), { signal });
      signal.throwIfAborted();
      await sink.write(file);
      await sink.close();
      return undefined;
    } catch (error) {
      await sink.abort();
      throw error;
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** Progress and Cancel while it runs; what became of it after. */
  renderStatus(): TemplateResult | typeof nothing {
    const text = this.text.strings;
    const state = this.state.value;
    const number = (value: number) => this.wording.number(value);
    switch (state.phase) {
      case 'idle':
        return nothing;
      case 'running':
        return html`<div class="export-status" part="export-status">
          <progress
            max=${state.total ?? 1}
            .value=${state.total ? state.rows : 0}
            aria-label=${text.exportCsv}
          ></progress>
          <span
            >${text.exportProgress(number(state.rows), state.total === undefined ? undefined : number(state.total))}</span
          >
          <button type="button" class="cx-button export-cancel" @click=${() => this.cancel()}>
            ${text.exportCancel}
          </button>
        </div>`;
      case 'server':
        return html`<div class="export-status" part="export-status">
          <progress aria-label=${text.exportCsv}></progress>
          <span>${text.exportPreparing}</span>
          <button type="button" class="cx-button export-cancel" @click=${() => this.cancel()}>
            ${text.exportCancel}
          </button>
        </div>`;
      case 'done':
        return html`<div class="export-status" part="export-status">
          ${state.rows === undefined ? text.exportSaved : text.exportDone(number(state.rows))}
        </div>`;
      case 'cancelled':
        return html`<div class="export-status" part="export-status">${text.exportCancelled}</div>`;
      case 'failed':
        return html`<div class="export-status export-status--error" part="export-status">
          ${text.exportFailed(state.reason)}
        </div>`;
    }
  }
}
