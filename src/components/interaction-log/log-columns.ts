import { html, nothing, type TemplateResult } from 'lit';
import type { INTERACTION_SORTS } from '../../api/interaction-schemas.js';
import type { Interaction } from '../../api/types.js';
import { channelLabel, renderChannel } from '../../core/badges.js';
import { iconAlert, iconCheck, iconStatusPending, renderIcon } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import type { LogMessages } from './strings.js';

export type ColumnId = keyof LogMessages['column'];
export type InteractionSort = (typeof INTERACTION_SORTS)[number];
export type SlaVerdict = 'met' | 'breached' | 'pending';
/** The two things a supervisor sets on a record, in place. */
export type RatingField = 'sentiment' | 'csat';
export const RATING_FIELDS: readonly string[] = ['sentiment', 'csat'] satisfies RatingField[];

/** What a cell needs to say its value. */
export interface CellContext {
  localize: LocalizeController;
  text: LogMessages;
  /** The SLA threshold the host set, if any (else the server's verdict stands). */
  slaThresholdSeconds: number | undefined;
}

export interface LogColumn {
  id: ColumnId;
  /** The server's sort key, for columns the server sorts by. */
  sort?: InteractionSort;
  /** Shown until the agent chooses otherwise. */
  shownByDefault: boolean;
  /** The cell's words, as shown and as exported (one truth for both). */
  text(record: Interaction, context: CellContext): string;
  /** A richer cell (an icon beside the words); its text must say the same as `text`. */
  render?(record: Interaction, context: CellContext): TemplateResult;
  /**
   * The exported value where a spreadsheet wants the raw one (an ISO time, seconds as a number);
   * `seconds` columns say so in their header.
   */
  csv?(record: Interaction): string | number | null | undefined;
  seconds?: boolean;
}

/**
 * The CX log's verdict: met when the first response came within the threshold (the server's, ten
 * minutes by default, or the host's `sla-threshold-seconds`), pending while none has come.
 */
export function slaVerdict(record: Interaction, thresholdSeconds: number | undefined): SlaVerdict | string {
  if (thresholdSeconds === undefined) return record.sla.verdict;
  if (record.firstResponseSeconds == null) return 'pending';
  return record.firstResponseSeconds <= thresholdSeconds ? 'met' : 'breached';
}

const SLA_ICONS = { met: iconCheck, breached: iconAlert, pending: iconStatusPending } as const;

function slaWord(verdict: string, text: LogMessages): string {
  if (verdict === 'met') return text.slaMet;
  if (verdict === 'breached') return text.slaBreached;
  if (verdict === 'pending') return text.slaPending;
  return verdict;
}

function sentimentWord(sentiment: string | null | undefined, text: LogMessages): string {
  if (!sentiment) return '';
  return (text.sentimentValue as Record<string, string>)[sentiment] ?? sentiment;
}

const seconds = (value: number | null | undefined, context: CellContext) =>
  value == null ? '' : context.localize.duration(value);

const when = (value: string | null | undefined, context: CellContext) =>
  value ? context.localize.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** Every column of the CX interaction log and of the service records, in their default order. */
export const LOG_COLUMNS: readonly LogColumn[] = [
  { id: 'caseNumber', sort: 'caseNumber', shownByDefault: true, text: (record) => record.caseNumber },
  { id: 'contact', sort: 'contact', shownByDefault: true, text: (record) => record.contact.name },
  { id: 'contactLabel', shownByDefault: true, text: (record) => record.contact.label ?? '' },
  {
    id: 'channel',
    sort: 'channel',
    shownByDefault: true,
    text: (record, { localize }) => channelLabel(record.channel, localize.messages),
    render: (record, { localize }) => html`${renderChannel(record.channel, localize.messages)}`,
  },
  { id: 'channelCategory', shownByDefault: false, text: (record) => record.channelCategory?.label ?? '' },
  { id: 'queue', sort: 'queue', shownByDefault: true, text: (record) => record.queue?.name ?? '' },
  { id: 'agent', sort: 'agent', shownByDefault: true, text: (record) => record.agent?.name ?? '' },
  {
    id: 'direction',
    sort: 'direction',
    shownByDefault: true,
    text: (record, { text }) => (record.direction === 'inbound' ? text.inbound : text.outbound),
  },
  {
    id: 'startedAt',
    sort: 'startedAt',
    shownByDefault: true,
    text: (record, context) => when(record.startedAt, context),
    csv: (record) => record.startedAt,
  },
  {
    id: 'endedAt',
    shownByDefault: false,
    text: (record, context) => when(record.endedAt, context),
    csv: (record) => record.endedAt,
  },
  {
    id: 'handleSeconds',
    sort: 'handleSeconds',
    shownByDefault: true,
    text: (record, context) => seconds(record.handleSeconds, context),
    csv: (record) => record.handleSeconds,
    seconds: true,
  },
  {
    id: 'firstResponseSeconds',
    sort: 'firstResponseSeconds',
    shownByDefault: true,
    text: (record, context) => seconds(record.firstResponseSeconds, context),
    csv: (record) => record.firstResponseSeconds,
    seconds: true,
  },
  {
    id: 'recording',
    shownByDefault: true,
    text: (record, context) => seconds(record.recording?.durationSeconds, context),
    csv: (record) => record.recording?.durationSeconds,
    seconds: true,
  },
  {
    id: 'disposition',
    sort: 'disposition',
    shownByDefault: true,
    text: (record) => record.disposition?.label ?? '',
  },
  { id: 'reason', sort: 'reason', shownByDefault: true, text: (record) => record.reason?.label ?? '' },
  {
    id: 'tags',
    shownByDefault: true,
    text: (record) => record.tags.map((tag) => tag.name).join(', '),
  },
  { id: 'notes', shownByDefault: false, text: (record) => record.notes ?? '' },
  {
    id: 'sentiment',
    sort: 'sentiment',
    shownByDefault: true,
    text: (record, { text }) => sentimentWord(record.sentiment, text),
  },
  {
    id: 'csat',
    sort: 'csat',
    shownByDefault: true,
    text: (record, { text }) => (record.csat == null ? '' : text.csatValue(record.csat)),
    csv: (record) => record.csat,
  },
  {
    id: 'sla',
    sort: 'sla',
    shownByDefault: true,
    text: (record, { text, slaThresholdSeconds }) => slaWord(slaVerdict(record, slaThresholdSeconds), text),
    render: (record, { text, slaThresholdSeconds }) => {
      const verdict = slaVerdict(record, slaThresholdSeconds);
      const icon = SLA_ICONS[verdict as SlaVerdict];
      return html`<span class="sla sla--${icon ? verdict : 'other'}"
        >${icon ? renderIcon(icon) : nothing}${slaWord(verdict, text)}</span
      >`;
    },
  },
  {
    id: 'conversations',
    shownByDefault: false,
    text: (record, { text }) => text.conversationCount(record.conversations.length),
  },
];

export const COLUMN_IDS = LOG_COLUMNS.map((column) => column.id);
const BY_ID = new Map(LOG_COLUMNS.map((column) => [column.id, column]));

export function columnById(id: ColumnId): LogColumn {
  return BY_ID.get(id)!;
}

/**
 * Which columns show, in which order and how wide: what the agent chose (kept by the host, or in
 * local storage), `shown` listing shown columns first to last, `widths` the ones the agent resized
 * (CSS pixels; the others share the room left). Ids a newer or older version does not know are
 * left out; a column the agent never saw (added later) is not forced on them.
 */
export interface ColumnChoice {
  shown: ColumnId[];
  widths?: Partial<Record<ColumnId, number>>;
}

/** A resized column is at least this wide (its name and a value stay readable) and at most this. */
export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 960;

export const DEFAULT_COLUMNS: ColumnChoice = {
  shown: LOG_COLUMNS.filter((column) => column.shownByDefault).map((column) => column.id),
};

/**
 * Reads a choice from untrusted storage or a host: unknown ids and repeats are dropped, widths that
 * are not numbers are dropped and the rest kept within bounds; no known column means the default.
 */
export function readColumnChoice(value: unknown): ColumnChoice {
  const { shown, widths } = (value ?? {}) as { shown?: unknown; widths?: unknown };
  if (!Array.isArray(shown)) return DEFAULT_COLUMNS;
  const known = [...new Set(shown.filter((id): id is ColumnId => BY_ID.has(id as ColumnId)))];
  if (!known.length) return DEFAULT_COLUMNS;
  const sized: Partial<Record<ColumnId, number>> = {};
  if (widths && typeof widths === 'object')
    for (const [id, width] of Object.entries(widths))
      if (BY_ID.has(id as ColumnId) && typeof width === 'number' && Number.isFinite(width))
        sized[id as ColumnId] = clampWidth(width);
  return Object.keys(sized).length ? { shown: known, widths: sized } : { shown: known };
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** Sets a column's width (or, with `undefined`, gives it back its share of the room). */
export function resizeColumn(choice: ColumnChoice, id: ColumnId, width: number | undefined): ColumnChoice {
  const { [id]: _old, ...others } = choice.widths ?? {};
  const widths = width === undefined ? others : { ...others, [id]: clampWidth(width) };
  return Object.keys(widths).length ? { ...choice, widths } : { shown: choice.shown };
}

/** Shows a hidden column (at the end) or hides a shown one (never the last). */
export function toggleColumn(choice: ColumnChoice, id: ColumnId): ColumnChoice {
  if (!choice.shown.includes(id)) return { ...choice, shown: [...choice.shown, id] };
  if (choice.shown.length === 1) return choice;
  return { ...choice, shown: choice.shown.filter((shown) => shown !== id) };
}

/** Moves a shown column one place earlier (-1) or later (+1). */
export function moveColumn(choice: ColumnChoice, id: ColumnId, by: -1 | 1): ColumnChoice {
  const shown = [...choice.shown];
  const from = shown.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= shown.length) return choice;
  [shown[from], shown[to]] = [shown[to]!, shown[from]!];
  return { ...choice, shown };
}

/** The shown columns as the export's columns: their names as headers, raw values where they help. */
export function csvColumns(shown: readonly ColumnId[], context: CellContext) {
  return shown.map((id) => {
    const column = columnById(id);
    const name = context.text.column[id];
    return {
      header: column.seconds ? context.text.inSeconds(name) : name,
      value: (record: Interaction) => (column.csv ? column.csv(record) : column.text(record, context)),
    };
  });
}
