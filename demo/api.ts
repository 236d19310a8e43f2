import { html, nothing, render, type TemplateResult } from 'lit';
import spec from '../openapi.json';
import specUrl from '../openapi.json?url';
import { renderHeader, wireHeader } from './shell.js';

// The host-API contract (openapi.json, generated from src/api/ by `npm run openapi`) as a page an
// integrator can read: every operation with its parameters, body and responses, then every schema.
// Needs no mock backend: it only reads the document bundled with the page.

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
type Parameter = { name: string; in: string; required?: boolean; schema: Schema; description?: string };
type Content = Record<string, { schema: Schema }>;
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Content; description?: string };
  responses: Record<string, { description: string; content?: Content; headers?: Record<string, Parameter> }>;
};
type PathItem = { parameters?: Parameter[] } & Partial<Record<Method, Operation>>;
type Method = (typeof METHODS)[number];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const document_ = spec as unknown as {
  info: { title: string; version: string; summary?: string; description?: string };
  servers?: { url: string; description?: string }[];
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, Schema> };
};

/** Backticked words in the contract's prose become code; nothing is parsed as HTML. */
function prose(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part))}`;
}

const schemaName = (ref: string) => ref.split('/').at(-1)!;

/** A schema as one readable line: links for references, "a | b" for unions, enums listed. */
function typeOf(schema: Schema | undefined): TemplateResult {
  if (!schema) return html`any`;
  if (schema.$ref) {
    const name = schemaName(schema.$ref);
    return html`<a href="#schema-${name}">${name}</a>`;
  }
  if (schema.anyOf) {
    // An open enum: the listed values, or any other string (rendered generically by the widgets).
    const listed = schema.anyOf.find((option) => option.enum);
    if (listed && schema.anyOf.some((option) => option.type === 'string' && !option.enum))
      return html`${enumOf(listed)} <span class="api-note">(open: other strings may come)</span>`;
    return html`${schema.anyOf.map((option, index) => html`${index ? ' | ' : ''}${typeOf(option)}`)}`;
  }
  if (schema.enum) return enumOf(schema);
  if (schema.type === 'array') return html`array of ${typeOf(schema.items)}`;
  if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object')
    return html`map of string to ${typeOf(schema.additionalProperties)}`;
  const limits = [
    schema.format,
    schema.minLength !== undefined ? `min length ${schema.minLength}` : '',
    schema.maxLength !== undefined ? `max length ${schema.maxLength}` : '',
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
  ].filter(Boolean);
  return html`${[schema.type ?? 'any'].flat().join(' | ')}${
    limits.length ? html` <span class="api-note">(${limits.join(', ')})</span>` : nothing
  }`;
}

function enumOf(schema: Schema): TemplateResult {
  return html`one of
  ${schema.enum!.map((value, index) => html`${index ? ', ' : ''}<code>${JSON.stringify(value)}</code>`)}`;
}

/** Properties of an object schema, nested inline objects flattened to `parent.child` rows. */
function propertyRows(schema: Schema, prefix = ''): TemplateResult[] {
  const object = schema.type === 'array' && schema.items?.properties ? schema.items : schema;
  return Object.entries(object.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}${object === schema ? '' : '[]'}`;
    const nested = property.properties || property.items?.properties;
    return [
      html`<tr>
        <th scope="row"><code>${path}</code></th>
        <td>${nested ? (property.type === 'array' ? 'array of objects' : 'object') : typeOf(property)}</td>
        <td>${object.required?.includes(name) ? 'required' : 'optional'}</td>
        <td>${prose(property.description)}</td>
      </tr>`,
      ...(nested ? propertyRows(property, `${path}.`) : []),
    ];
  });
}

function fieldsTable(caption: string, rows: TemplateResult[]): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  return html`<table class="api-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Type</th>
        <th scope="col">Required</th>
        <th scope="col">Meaning</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function parameterRows(parameters: Parameter[]): TemplateResult[] {
  return parameters.map(
    (parameter) =>
      html`<tr>
        <th scope="row"><code>${parameter.name}</code> <span class="api-note">${parameter.in}</span></th>
        <td>${typeOf(parameter.schema)}</td>
        <td>${parameter.required ? 'required' : 'optional'}</td>
        <td>${prose(parameter.description)}</td>
      </tr>`,
  );
}

function contentOf(content: Content | undefined): TemplateResult | typeof nothing {
  if (!content) return nothing;
  return html`${Object.entries(content).map(
    ([type, { schema }]) => html`<code>${type}</code>: ${typeOf(schema)}`,
  )}`;
}

const operationAnchor = (operation: Operation) => `op-${operation.operationId}`;

function operationSection(path: string, method: Method, operation: Operation, shared: Parameter[]) {
  const parameters = [...shared, ...(operation.parameters ?? [])];
  return html`<section class="api-operation" aria-labelledby=${operationAnchor(operation)}>
    <h3 id=${operationAnchor(operation)}>
      <span class="api-method api-method-${method}">${method.toUpperCase()}</span>
      <code>${path}</code>
    </h3>
    <p>${prose(operation.summary)} <span class="api-note">(${operation.operationId})</span></p>
    ${operation.description ? html`<p>${prose(operation.description)}</p>` : nothing}
    ${fieldsTable('Parameters', parameterRows(parameters))}
    ${
      operation.requestBody
        ? html`<p>
            <strong>Body</strong> (${operation.requestBody.required ? 'required' : 'optional'}):
            ${contentOf(operation.requestBody.content)} ${prose(operation.requestBody.description)}
          </p>`
        : nothing
    }
    <dl class="api-responses">
      ${Object.entries(operation.responses).map(
        ([status, response]) =>
          html`<dt><code>${status}</code></dt>
            <dd>
              ${prose(response.description)}
              ${response.content ? html`<br />${contentOf(response.content)}` : nothing}
              ${Object.entries(response.headers ?? {}).map(
                ([name, header]) => html`<br />Header <code>${name}</code>: ${prose(header.description)}`,
              )}
            </dd>`,
      )}
    </dl>
  </section>`;
}

/** Every operation of the contract, in document order. */
const OPERATIONS = Object.entries(document_.paths).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method];
    return operation ? [{ path, method, operation, shared: item.parameters ?? [] }] : [];
  }),
);

function page(): TemplateResult {
  const { info, servers, components } = document_;
  const schemas = Object.entries(components.schemas);
  return html`<h1>${info.title} <span class="api-note">version ${info.version}</span></h1>
    <p class="api-lead">${prose(info.summary)}</p>
    <p>${prose(info.description)}</p>
    <p>
      Base URL in the sandbox:
      ${servers?.map((server) => html`<code>${server.url}</code> (${prose(server.description)})`)} The raw
      document: <a href=${specUrl} download="openapi.json">openapi.json</a>.
    </p>
    <h2 id="operations">Operations</h2>
    ${OPERATIONS.map(({ path, method, operation, shared }) =>
      operationSection(path, method, operation, shared),
    )}
    <h2 id="schemas">Schemas</h2>
    ${schemas.map(
      ([name, schema]) =>
        html`<section class="api-schema" aria-labelledby="schema-${name}">
          <h3 id="schema-${name}">${name}</h3>
          ${schema.description ? html`<p>${prose(schema.description)}</p>` : nothing}
          ${
            schema.properties || schema.items?.properties
              ? fieldsTable(`${name} fields`, propertyRows(schema))
              : html`<p>${typeOf(schema)}</p>`
          }
        </section>`,
    )}`;
}

function toc(): TemplateResult {
  return html`<h2>Operations</h2>
    <ul>
      ${OPERATIONS.map(
        ({ path, method, operation }) =>
          html`<li>
            <a href="#${operationAnchor(operation)}"
              ><span class="api-method api-method-${method}">${method.toUpperCase()}</span> ${path}</a
            >
          </li>`,
      )}
    </ul>
    <h2>Schemas</h2>
    <ul>
      ${Object.keys(document_.components.schemas).map(
        (name) => html`<li><a href="#schema-${name}">${name}</a></li>`,
      )}
    </ul>`;
}

renderHeader();
const main = document.querySelector<HTMLElement>('#api')!;
main.replaceChildren(); // the "Loading…" placeholder
render(page(), main);
render(toc(), document.querySelector<HTMLElement>('.api-toc')!);
wireHeader();
if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
