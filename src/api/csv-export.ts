import { CSV_BOM, csvLine } from '../core/csv.js';
import type { Page } from './types.js';

/** Where an export's text goes, a chunk at a time (a Blob: a whole file the server made). */
export interface CsvSink {
  write(text: string | Blob): Promise<void>;
  /** The export is complete. */
  close(): Promise<void>;
  /** The export stopped part-way (cancelled or failed): nothing half-done may remain. */
  abort(): Promise<void>;
}

export interface CsvColumn<Row> {
  header: string;
  value(row: Row): unknown;
}

export interface CsvExportProgress {
  rows: number;
  /** How many rows the filters keep, when the server says (`total`). */
  total: number | undefined;
}

/**
 * Writes every page as CSV into `sink`: a byte-order mark and the header, then each page's rows as
 * one chunk as it arrives, so what the page holds at any moment is one page, whatever the row count.
 * Cancelled (`signal`) or failed, the sink is aborted and the error rethrown.
 */
export async function exportCsv<Row>(options: {
  pages: AsyncIterable<Page<Row> & { total?: number | null }>;
  columns: readonly CsvColumn<Row>[];
  sink: CsvSink;
  signal?: AbortSignal;
  onProgress?(progress: CsvExportProgress): void;
}): Promise<CsvExportProgress> {
  const { columns, sink, signal } = options;
  const progress: CsvExportProgress = { rows: 0, total: undefined };
  try {
    await sink.write(CSV_BOM + csvLine(columns.map((column) => column.header)));
    for await (const page of options.pages) {
      signal?.throwIfAborted();
      let chunk = '';
      for (const row of page.items) chunk += csvLine(columns.map((column) => column.value(row)));
      await sink.write(chunk);
      progress.rows += page.items.length;
      progress.total = page.total ?? undefined;
      options.onProgress?.({ ...progress });
    }
    signal?.throwIfAborted();
    await sink.close();
    return progress;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/**
 * A sink into a Blob: each chunk becomes a Blob part at once, so the text leaves the JavaScript
 * heap as it is written (the browser keeps Blob data itself, and pages large ones out to disk).
 */
export function blobSink(onDone: (file: Blob) => void, type = 'text/csv;charset=utf-8'): CsvSink {
  let parts: Blob[] = [];
  return {
    write: async (text) => {
      parts.push(typeof text === 'string' ? new Blob([text]) : text);
    },
    close: async () => {
      onDone(new Blob(parts, { type }));
      parts = [];
    },
    abort: async () => {
      parts = [];
    },
  };
}

/** The File System Access API's writable file (Chromium): the export streams straight to disk. */
export interface WritableFile {
  write(data: string | Blob): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** A sink into a file the agent chose; an aborted one is discarded, never left half-written. */
export function fileSink(file: WritableFile): CsvSink {
  return {
    write: (text) => file.write(text),
    close: () => file.close(),
    abort: () => file.abort(),
  };
}
