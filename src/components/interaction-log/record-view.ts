import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import { safeUrl } from '../../core/urls.js';
import { LOG_COLUMNS, type CellContext } from './log-columns.js';

// A service record in place of the grid: every column's value, the recording, the conversation
// records it holds (channel, start, end) and its notes; then the case itself (transcript, internal
// notes, files) by the ticket detail. A module of its own, loaded when a record is first opened.

export interface RecordViewModel {
  record: Interaction;
  context: CellContext;
  headingLevel: number;
  onBack(): void;
}

export function renderRecordView(model: RecordViewModel): TemplateResult {
  const { record, context } = model;
  const { text, localize } = context;
  const src = safeUrl(record.recording?.url);
  const level = Math.min(model.headingLevel + 1, 6);
  const heading = (words: string, id?: string) =>
    html`<div role="heading" aria-level=${level} class="record-heading" id=${id ?? nothing}>${words}</div>`;
  const when = (value: string | null | undefined) =>
    value ? localize.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }) : text.noValue;
  return html`<div class="record" part="record">
    <button type="button" class="cx-link-button back" @click=${model.onBack}>${text.back}</button>
    <div role="heading" aria-level=${model.headingLevel} class="record-title">
      ${text.recordHeading(record.caseNumber)}
    </div>
    <dl>
      ${LOG_COLUMNS.filter((column) => column.id !== 'notes').map((column) => {
        const words = column.text(record, context);
        return html`<div>
          <dt>${text.column[column.id]}</dt>
          <dd>${column.render && words ? column.render(record, context) : words || text.noValue}</dd>
        </div>`;
      })}
    </dl>
    ${
      record.recording
        ? html`${heading(text.column.recording, 'record-recording')}
          ${
            src
              ? html`<audio
                  controls
                  preload="metadata"
                  src=${src}
                  aria-labelledby="record-recording"
                ></audio>`
              : html`<p>${text.noValue}</p>`
          }`
        : nothing
    }
    ${heading(text.conversationsHeading)}
    <ul class="conversation-records">
      ${record.conversations.map(
        (conversation) =>
          html`<li>
            ${channelLabel(conversation.channel, localize.messages)}: ${when(conversation.startedAt)} –
            ${when(conversation.endedAt)}
          </li>`,
      )}
    </ul>
    ${heading(text.notesHeading)}
    <p class="notes">${record.notes || text.noNotes}</p>
    <cx-ticket-detail ticket-id=${record.caseId}></cx-ticket-detail>
  </div>`;
}
