import * as cases from './case-schemas.js';
import { openApiParts } from './openapi-parts.js';

// The case workspace's part of the OpenAPI document (see case-schemas.ts). Every operation here is
// optional: a widget that needs one the API lacks says so.

export const CASE_SCHEMAS = {
  TicketEvent: cases.TicketEventSchema,
  TicketEventPage: cases.TicketEventPageSchema,
  TicketRef: cases.TicketRefSchema,
  TicketAssociations: cases.TicketAssociationsSchema,
  QueueItem: cases.QueueItemSchema,
  TicketQueueItem: cases.TicketQueueItemSchema,
  CustomerAttachment: cases.CustomerAttachmentSchema,
  CustomerAttachmentPage: cases.CustomerAttachmentPageSchema,
  BulkDelete: cases.BulkDeleteSchema,
  BulkDeleteResult: cases.BulkDeleteResultSchema,
};

const { json, ok, errors, pathId, queryParameters } = openApiParts<keyof typeof CASE_SCHEMAS>();
const ticketId = pathId('id', 'Ticket id.');

export function casePaths() {
  return {
    '/tickets/{id}/events': {
      parameters: [ticketId],
      get: {
        operationId: 'listTicketEvents',
        summary:
          'The case’s timeline: status, priority and assignment changes, notes, emails, calls, messages, files and SLA events. Optional.',
        parameters: queryParameters(cases.TicketEventQuerySchema),
        responses: { '200': ok('TicketEventPage'), ...errors },
      },
    },
    '/tickets/{id}/associations': {
      parameters: [ticketId],
      get: {
        operationId: 'getTicketAssociations',
        summary:
          'Parent, child, related and merged cases (both ways: a parent lists its children). Optional.',
        responses: { '200': ok('TicketAssociations'), ...errors },
      },
    },
    '/tickets/{id}/queue-item': {
      parameters: [ticketId],
      get: {
        operationId: 'getTicketQueueItem',
        summary: 'Where the case waits: queue, entered at, worked by (`item` null: in no queue). Optional.',
        responses: { '200': ok('TicketQueueItem'), ...errors },
      },
    },
    '/customers/{id}/attachments': {
      parameters: [pathId('id', 'Customer id.')],
      get: {
        operationId: 'listCustomerAttachments',
        summary: 'Every file of the customer’s cases, searched, filtered and sorted, with a total. Optional.',
        parameters: queryParameters(cases.CustomerAttachmentQuerySchema),
        responses: { '200': ok('CustomerAttachmentPage'), ...errors },
      },
    },
    '/attachments/bulk-delete': {
      post: {
        operationId: 'deleteAttachments',
        summary:
          'Deletes many files; each gets its own outcome (only `direct` uploads can be deleted: the others are 409). Optional.',
        requestBody: { required: true, content: json('BulkDelete') },
        responses: { '200': ok('BulkDeleteResult', 'One result per id, in order'), ...errors },
      },
    },
  };
}
