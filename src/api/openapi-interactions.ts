import * as is from './interaction-schemas.js';
import { openApiParts } from './openapi-parts.js';

// The interaction log's part of the OpenAPI document (see interaction-schemas.ts). Optional: a
// widget that needs it on an API without it says so.

export const INTERACTION_SCHEMAS = {
  Interaction: is.InteractionSchema,
  InteractionPage: is.InteractionPageSchema,
  InteractionPatch: is.InteractionPatchSchema,
};

const { json, ok, errors, pathId, problemResponse, queryParameters } =
  openApiParts<keyof typeof INTERACTION_SCHEMAS>();

export function interactionPaths(conflict: object, ifMatch: object, etagHeader: object) {
  return {
    '/interactions': {
      get: {
        operationId: 'listInteractions',
        summary:
          'Service records across customers, filtered and sorted by the server, with a total on every page. Optional.',
        parameters: queryParameters(is.InteractionQuerySchema),
        responses: { '200': ok('InteractionPage'), ...errors },
      },
    },
    '/interactions/export': {
      get: {
        operationId: 'exportInteractions',
        summary:
          'The records the filters keep, as CSV (streamed; cells starting with = + - @ are made text). Optional: without it the widget writes the CSV itself.',
        parameters: queryParameters(is.InteractionExportQuerySchema),
        responses: {
          '200': {
            description: 'CSV, UTF-8 with a byte-order mark',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...errors,
        },
      },
    },
    '/interactions/{id}': {
      parameters: [pathId('id', 'Interaction (service record) id.')],
      patch: {
        operationId: 'updateInteraction',
        summary: 'A supervisor sets sentiment or CSAT. Optional.',
        parameters: [ifMatch],
        requestBody: { required: true, content: json('InteractionPatch') },
        responses: {
          '200': ok('Interaction', 'The record as it is now', etagHeader),
          ...conflict,
          '428': problemResponse('If-Match is missing.'),
          ...errors,
        },
      },
    },
  };
}
