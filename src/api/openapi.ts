import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import { openApiParts } from './openapi-parts.js';
import { CONVERSATION_SCHEMAS, conversationPaths } from './openapi-conversations.js';
import { ChangeEventSchema } from './live-schemas.js';
import { CASE_SCHEMAS, casePaths } from './openapi-cases.js';
import { INTERACTION_SCHEMAS, interactionPaths } from './openapi-interactions.js';
import * as s from './schemas.js';

// Builds the OpenAPI 3.1 document of the host-API contract from the runtime schemas, so the
// document, the REST data source's validation and the TypeScript types share one source.
// `npm run openapi` writes it to openapi.json; `npm test` fails when that file is stale or invalid.

const SCHEMAS = {
  AgentRef: s.AgentRefSchema,
  Me: s.MeSchema,
  LookupRef: s.LookupRefSchema,
  Customer: s.CustomerSchema,
  Tag: s.TagSchema,
  Sla: s.SlaSchema,
  Ticket: s.TicketSchema,
  Attachment: s.AttachmentSchema,
  Message: s.MessageSchema,
  Note: s.NoteSchema,
  Lookups: s.LookupsSchema,
  CustomerPage: s.CustomerPageSchema,
  TicketPage: s.TicketPageSchema,
  MessagePage: s.MessagePageSchema,
  NotePage: s.NotePageSchema,
  AttachmentPage: s.AttachmentPageSchema,
  AgentPage: s.AgentPageSchema,
  Problem: s.ProblemSchema,
  CustomerPatch: s.CustomerPatchSchema,
  TicketCreate: s.TicketCreateSchema,
  TicketPatch: s.TicketPatchSchema,
  NoteCreate: s.NoteCreateSchema,
  ChannelCategory: s.ChannelCategorySchema,
  ...CONVERSATION_SCHEMAS,
  SlaClock: s.SlaClockSchema,
  ChangeEvent: ChangeEventSchema,
  ...CASE_SCHEMAS,
  ...INTERACTION_SCHEMAS,
};

type SchemaName = keyof typeof SCHEMAS;
const { json, ref, problemResponse, ok, errors, pathId, queryParameters } = openApiParts<SchemaName>();
const ETAG_HEADER = {
  ETag: { description: 'Version of the resource; send it back as If-Match.', schema: { type: 'string' } },
};

const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The ETag the change is based on.',
};
const conflict = {
  '412': problemResponse(
    'Someone changed the resource since it was read. The problem has `current`, the resource as it is now, and the response its ETag.',
  ),
  '422': problemResponse('Invalid fields; `errors` names each with a message.'),
  '428': problemResponse('If-Match is missing.'),
};

/** Every operation takes the agent's language (see the document's description). */
function withLanguage<T extends Record<string, object>>(paths: T): T {
  for (const item of Object.values(paths) as { parameters?: object[] }[])
    item.parameters = [...(item.parameters ?? []), { $ref: '#/components/parameters/AcceptLanguage' }];
  return paths;
}

export function buildOpenApiDocument(): Record<string, unknown> {
  const schemas = toJsonSchemaDefs(SCHEMAS, {
    target: 'draft-2020-12',
    typeMode: 'output',
    errorMode: 'throw',
    overrideRef: (context) => `#/components/schemas/${context.referenceId}`,
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'cxkit host API',
      version: '1.0.0',
      summary:
        'The API the cxkit widgets speak. JSON over HTTPS, camelCase, ISO 8601 UTC timestamps, opaque string ids.',
      description: [
        'Implement these operations (or give the widgets a data-source object of your own). Enums marked open may carry values this ' +
          'document does not list: the widgets render unknown values generically. Errors are `application/problem+json` (RFC 9457).',
        "**Authentication.** Each request carries `Authorization: Bearer <token>` from the host's `getAccessToken`; after a 401 the " +
          'widgets ask it once for a fresh token (`forceRefresh: true`) and repeat the request, then fire `cx-auth-required`. ' +
          'Cookie sessions work too (`credentials: "include"`).',
        "**Language.** Each request carries `Accept-Language` with the agent's language (`th-TH, th;q=0.9, en;q=0.5`). Word what " +
          'admins define (the labels of reasons and results, wherever they appear) and problem details in it when you can.',
        "**Another origin.** When the API is not on the page's origin, it must answer CORS: allow the headers `Authorization`, " +
          '`If-Match`, `Idempotency-Key` and `Content-Type` (and the methods GET, POST, PATCH, DELETE), and expose `ETag` and ' +
          '`Retry-After` (`Access-Control-Expose-Headers`). Without an exposed ETag the widgets cannot send If-Match, and saves fail ' +
          'with 428. File URLs (`Attachment.url`, `avatarUrl`, `recordingUrl`) should be absolute: relative ones resolve against the ' +
          'page, not the API.',
      ].join('\n\n'),
    },
    servers: [
      {
        url: '/api',
        description: 'The mock backend in the browser (MSW), as the sandbox and the tests use it.',
      },
      {
        url: 'http://127.0.0.1:4010/api',
        description: 'The mock backend over HTTP, CORS open: `npm run mock-server -- --port 4010`.',
      },
    ],
    security: [{ bearer: [] }],
    paths: withLanguage({
      '/customers/{id}': {
        parameters: [pathId('id', 'Customer id.')],
        get: {
          operationId: 'getCustomer',
          summary: 'A customer',
          responses: {
            '200': ok('Customer', 'The customer', ETAG_HEADER),
            '404': problemResponse('No such customer.'),
            ...errors,
          },
        },
        patch: {
          operationId: 'updateCustomer',
          summary: 'Change some of a customer’s fields',
          parameters: [ifMatch],
          requestBody: { required: true, content: json('CustomerPatch') },
          responses: { '200': ok('Customer', 'The changed customer', ETAG_HEADER), ...conflict, ...errors },
        },
      },
      '/customers': {
        get: {
          operationId: 'searchCustomers',
          summary: 'Find customers by name, email, phone or company',
          parameters: queryParameters(s.CustomerSearchQuerySchema),
          responses: { '200': ok('CustomerPage'), ...errors },
        },
      },
      '/tickets': {
        get: {
          operationId: 'listTickets',
          summary: 'Tickets, filtered and sorted on the server, cursor-paged',
          parameters: queryParameters(s.TicketListQuerySchema),
          responses: {
            '200': ok('TicketPage'),
            '400': problemResponse(
              'A parameter is not valid (each one named in `errors`), or the cursor is unknown.',
            ),
            ...errors,
          },
        },
        post: {
          operationId: 'createTicket',
          summary: 'Create a case, exactly once per Idempotency-Key',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              description:
                'One key per draft, reused on every retry. A repeat with the same body returns the first result; with another body, 422; while the first is in flight, 409.',
            },
          ],
          requestBody: { required: true, content: json('TicketCreate') },
          responses: {
            '201': ok('Ticket', 'The case (the first one, on a replay)'),
            '409': problemResponse('A request with this key is still in flight.'),
            '422': problemResponse('Invalid fields, or the key was used with another body.'),
            ...errors,
          },
        },
      },
      '/tickets/{id}': {
        parameters: [pathId('id', 'Ticket id.')],
        get: {
          operationId: 'getTicket',
          summary: 'A ticket',
          responses: {
            '200': ok('Ticket', 'The ticket', ETAG_HEADER),
            '404': problemResponse('No such ticket.'),
            ...errors,
          },
        },
        patch: {
          operationId: 'updateTicket',
          summary: 'Change a ticket',
          parameters: [ifMatch],
          requestBody: { required: true, content: json('TicketPatch') },
          responses: { '200': ok('Ticket', 'The changed ticket', ETAG_HEADER), ...conflict, ...errors },
        },
      },
      '/tickets/{id}/messages': {
        parameters: [pathId('id', 'Ticket id.')],
        get: {
          operationId: 'listMessages',
          summary: 'The transcript, oldest first, paged',
          parameters: queryParameters(s.PageQuerySchema),
          responses: { '200': ok('MessagePage'), ...errors },
        },
      },
      '/tickets/{id}/notes': {
        parameters: [pathId('id', 'Ticket id.')],
        get: {
          operationId: 'listNotes',
          summary: 'Internal notes',
          parameters: queryParameters(s.NoteListQuerySchema),
          responses: { '200': ok('NotePage'), ...errors },
        },
        post: {
          operationId: 'addNote',
          summary: 'Add an internal note',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description:
                'Optional. A repeat with the same key (a note resent after a lost answer) returns the first note and adds nothing; ' +
                'the same key with another note gets 422.',
            },
          ],
          requestBody: { required: true, content: json('NoteCreate') },
          responses: {
            '201': ok('Note', 'The note'),
            '422': problemResponse('Empty note, or an Idempotency-Key reused with another note.'),
            ...errors,
          },
        },
      },
      '/tickets/{id}/attachments': {
        parameters: [pathId('id', 'Ticket id.')],
        get: {
          operationId: 'listAttachments',
          summary: 'Every file on a ticket, whatever its source',
          responses: { '200': ok('AttachmentPage'), ...errors },
        },
      },
      '/attachments': {
        post: {
          operationId: 'uploadAttachment',
          summary: 'Upload a file (multipart); attach it by id when creating a case or a note',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      description:
                        'The file, in the multipart field named `file`, with its name as the filename.',
                    },
                  },
                  required: ['file'],
                },
              },
            },
          },
          responses: {
            '201': ok('Attachment', 'The stored file'),
            '413': problemResponse('Too large.'),
            ...errors,
          },
        },
      },
      '/attachments/{id}': {
        parameters: [pathId('id', 'Attachment id.')],
        delete: {
          operationId: 'deleteAttachment',
          summary: 'Delete a direct upload',
          responses: {
            '204': { description: 'Deleted' },
            '409': problemResponse('Only attachments whose source is `direct` can be deleted.'),
            ...errors,
          },
        },
      },
      '/agents': {
        get: {
          operationId: 'listAgents',
          summary: 'Agents',
          responses: { '200': ok('AgentPage'), ...errors },
        },
      },
      '/me': {
        get: {
          operationId: 'getMe',
          summary: 'The signed-in agent, and what they may do',
          responses: { '200': ok('Me'), ...errors },
        },
      },
      '/lookups': {
        get: {
          operationId: 'getLookups',
          summary: 'Admin-defined options: service reasons, results, tags',
          responses: { '200': ok('Lookups'), ...errors },
        },
      },
      ...conversationPaths(),
      ...casePaths(),
      ...interactionPaths(conflict, ifMatch, ETAG_HEADER),
      '/events': {
        get: {
          operationId: 'subscribe',
          summary: 'Live updates: a stream of changes (optional)',
          description:
            'A `text/event-stream` (Server-Sent Events), authenticated like every request (the widgets read it with fetch, ' +
            'so `Authorization` is sent). Each event is `event: change` with an `id:` and, as `data:`, one ChangeEvent in ' +
            'JSON. After a dropped connection the widgets reconnect (waiting the stream’s `retry:`) and send the last id ' +
            'they saw as `Last-Event-ID`: send the changes after it. Answer 404 when there is no stream: the widgets then ' +
            'refetch on focus and on the host’s interval.',
          parameters: [
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description: 'The id of the last change the client saw: resume after it.',
            },
          ],
          responses: {
            '200': {
              description: 'The stream; each event’s `data` is a ChangeEvent.',
              content: {
                'text/event-stream': { schema: { type: 'string' }, 'x-itemSchema': ref('ChangeEvent') },
              },
            },
            '404': problemResponse('No live stream: the widgets refetch instead.'),
            ...errors,
          },
        },
      },
    }),
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: "The host's access token (see Authentication above).",
        },
      },
      parameters: { AcceptLanguage: ACCEPT_LANGUAGE },
    },
  };
}

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description:
    "The agent's language, e.g. `th-TH, th;q=0.9, en;q=0.5`: word lookup labels and problem details in it.",
};
