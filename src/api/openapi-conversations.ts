import * as cs from './conversation-schemas.js';
import { openApiParts } from './openapi-parts.js';

// The customer inbox's part of the OpenAPI document (see conversation-schemas.ts).

export const CONVERSATION_SCHEMAS = {
  Conversation: cs.ConversationSchema,
  ConversationPage: cs.ConversationPageSchema,
  ConversationCounts: cs.ConversationCountsSchema,
  ConversationMessage: cs.ConversationMessageSchema,
  ConversationMessagePage: cs.ConversationMessagePageSchema,
  ConversationAssign: cs.ConversationAssignSchema,
  ConversationRelease: cs.ConversationReleaseSchema,
};

const { json, ok, errors, pathId, problemResponse, queryParameters } =
  openApiParts<keyof typeof CONVERSATION_SCHEMAS>();

const taken = {
  '409': problemResponse(
    'Someone else handles the conversation now (the request named another `expectedAssigneeId`): ' +
      '`current` is the conversation as it is.',
  ),
};

/** Assign, unassign and resolve: the same shape, a conversation back or a 409. */
function action(operationId: string, summary: string, body: 'ConversationAssign' | 'ConversationRelease') {
  return {
    parameters: [pathId('id', 'Conversation id.')],
    post: {
      operationId,
      summary,
      requestBody: { required: body === 'ConversationAssign', content: json(body) },
      responses: { '200': ok('Conversation', 'The conversation as it is now'), ...taken, ...errors },
    },
  };
}

export function conversationPaths() {
  return {
    '/conversations': {
      get: {
        operationId: 'listConversations',
        summary: 'Conversations of the inbox, one tab (state) at a time',
        parameters: queryParameters(cs.ConversationListQuerySchema),
        responses: { '200': ok('ConversationPage'), ...errors },
      },
    },
    '/conversations/counts': {
      get: {
        operationId: 'countConversations',
        summary:
          'How many conversations each state holds, under the same filters (the tabs’ badges). Optional.',
        parameters: queryParameters(cs.ConversationCountQuerySchema),
        responses: { '200': ok('ConversationCounts'), ...errors },
      },
    },
    '/conversations/{id}': {
      parameters: [pathId('id', 'Conversation id.')],
      get: {
        operationId: 'getConversation',
        summary: 'One conversation. Optional.',
        responses: { '200': ok('Conversation'), ...errors },
      },
    },
    '/conversations/{id}/messages': {
      parameters: [pathId('id', 'Conversation id.')],
      get: {
        operationId: 'listConversationMessages',
        summary:
          'The conversation’s messages, oldest first, inbound (inbox) and outbound (outbox). Optional.',
        parameters: queryParameters(cs.ConversationMessageQuerySchema),
        responses: { '200': ok('ConversationMessagePage'), ...errors },
      },
    },
    '/conversations/{id}/assign': action(
      'assignConversation',
      'Assign to an agent (to me, or by a supervisor)',
      'ConversationAssign',
    ),
    '/conversations/{id}/unassign': action(
      'unassignConversation',
      'Back to the queue. Optional.',
      'ConversationRelease',
    ),
    '/conversations/{id}/resolve': action('resolveConversation', 'Resolve. Optional.', 'ConversationRelease'),
  };
}
