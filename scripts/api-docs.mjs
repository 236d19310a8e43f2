// The per-widget API reference in docs/api/, generated from custom-elements.json (which is read from
// the elements' JSDoc): attributes and properties, methods, events, CSS parts and custom properties,
// slots. `npm run analyze` writes it with the manifest; `--check` fails when it is stale.
import { format, resolveConfig } from 'prettier';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headings, rows) {
  if (!rows.length) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((value) => value || '').join(' | ')} |`),
  ].join('\n');
}

/** The `` `detail: {...}` `` in an event's description, split off for its own column. */
function splitDetail(description = '') {
  const match = description.match(/\s*`detail: ([^`]+)`\.?/);
  if (!match) return { text: description, detail: '' };
  return { text: description.replace(match[0], '').trim(), detail: match[1] };
}

function elementPage(declaration, modulePath) {
  const tag = declaration.tagName;
  const folder = modulePath.split('/').at(-2);
  const isPublic = (member) => !member.privacy && !member.static && !member.name.startsWith('_');
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const methods = (declaration.members ?? []).filter(
    (member) => member.kind === 'method' && isPublic(member),
  );
  const attributes = declaration.attributes ?? [];
  const propertyRows = [
    ...attributes.map((attribute) => {
      const field = fields.find((item) => item.name === attribute.fieldName);
      return [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type?.text ?? field?.type?.text),
        code(field?.default ?? attribute.default),
        cell(attribute.description ?? field?.description),
      ];
    }),
    ...fields
      .filter((field) => !field.attribute && !attributes.some((item) => item.fieldName === field.name))
      .filter((field) => field.description)
      .map((field) => [
        '',
        code(field.name),
        code(field.type?.text),
        code(field.default),
        cell(field.description),
      ]),
  ];
  const methodRows = methods.map((method) => [
    code(
      `${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`).join(', ')})`,
    ),
    code(method.return?.type?.text),
    cell(method.description),
  ]);
  const eventRows = (declaration.events ?? []).map((event) => {
    const { text, detail } = splitDetail(event.description);
    return [code(event.name), code(detail), cell(text)];
  });
  const sections = [
    `# \`<${tag}>\``,
    `<!-- Generated from custom-elements.json by \`npm run analyze\`: edit the element's JSDoc, not this file. -->`,
    declaration.summary ?? declaration.description ?? '',
    [
      '```js',
      `import 'cxkit/components/${folder}/define.js'; // registers <${tag}>`,
      `import { ${declaration.name} } from 'cxkit'; // the class, for types and instanceof`,
      tag === 'cx-provider'
        ? ''
        : `import { ${declaration.name} as ${declaration.name}React } from 'cxkit/react';`,
      '```',
    ]
      .filter(Boolean)
      .join('\n'),
    propertyRows.length
      ? `## Attributes and properties\n\n${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], propertyRows)}`
      : '',
    methodRows.length ? `## Methods\n\n${table(['Method', 'Returns', 'Description'], methodRows)}` : '',
    eventRows.length
      ? `## Events\n\nAll bubble and are composed (they cross shadow roots). In React: \`on\` + the name in camel case (\`cx-ticket-open\` → \`onCxTicketOpen\`).\n\n${table(['Event', 'Detail', 'Description'], eventRows)}`
      : '',
    declaration.slots?.length
      ? `## Slots\n\n${table(
          ['Slot', 'Description'],
          declaration.slots.map((slot) => [
            slot.name ? code(slot.name) : '(default)',
            cell(slot.description),
          ]),
        )}`
      : '',
    declaration.cssParts?.length
      ? `## CSS parts\n\nStyle them from the page with \`${tag}::part(name)\`.\n\n${table(
          ['Part', 'Description'],
          declaration.cssParts.map((part) => [code(part.name), cell(part.description)]),
        )}`
      : '',
    declaration.cssProperties?.length
      ? `## CSS custom properties\n\n${table(
          ['Property', 'Description'],
          declaration.cssProperties.map((property) => [code(property.name), cell(property.description)]),
        )}`
      : '',
  ];
  return sections.filter(Boolean).join('\n\n');
}

/** The reference as `{ 'docs/api/<tag>.md': markdown, 'docs/api/README.md': index }`, formatted. */
export async function apiReference(manifest) {
  const elements = manifest.modules
    .flatMap((module) =>
      (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })),
    )
    .filter(({ declaration }) => declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
  const files = {};
  for (const { declaration, path } of elements)
    files[`docs/api/${declaration.tagName}.md`] = elementPage(declaration, path);
  files['docs/api/README.md'] = [
    '# API reference',
    '<!-- Generated from custom-elements.json by `npm run analyze`. -->',
    'One page per element, generated from the JSDoc of its source (through `custom-elements.json`, which editors and Storybook read too).',
    elements
      .map(
        ({ declaration }) =>
          `- [\`<${declaration.tagName}>\`](${declaration.tagName}.md): ${cell((declaration.summary ?? declaration.description ?? '').split(/\.\s|\n\n/)[0])}.`,
      )
      .join('\n'),
  ].join('\n\n');
  for (const [file, text] of Object.entries(files))
    files[file] = await format(`${text}\n`, { ...(await resolveConfig(file)), filepath: file });
  return files;
}
