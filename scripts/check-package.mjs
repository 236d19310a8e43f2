// `npm run check:package`: the package as an integrator receives it. Packs it as `npm publish` would,
// then checks the tarball, not the working tree:
// - publint (the package.json's entries, exports and files agree) and arethetypeswrong (every export's
//   types resolve, under the ESM-only profile: cxkit has no CommonJS build);
// - a tiny consumer typechecks against it without skipLibCheck, with this repo's TypeScript and with
//   TypeScript 5.4, the oldest whose DOM library and syntax the types of cxkit's dependencies need
//   (query-core names NoInfer, 5.4; valibot fails before 5.1); cxkit's own types name nothing newer
//   (they named CustomStateSet, 5.5): the README's own snippets, typed events on document and window,
//   the contract's unions (a misspelt status must fail), the React and CDN entries;
// - the Custom Elements Manifest it ships names files that are in it, types every event, defines
//   every tag, lists the design tokens, and no private member.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const WORK = '.tmp/package-check';
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const failures = [];
const fail = (message) => failures.push(message);

// ---- pack ----
const [{ filename, files }] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', WORK], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const tarball = join(WORK, filename);
const packed = new Set(files.map((file) => file.path));
for (const required of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/cdn/loader.js'])
  if (!packed.has(required)) fail(`the tarball lacks ${required}`);
console.log(`packed ${filename}: ${packed.size} files`);

// ---- publint ----
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { messages } = await publint({ pack: { tarball: readFileSync(tarball).buffer }, strict: true });
for (const message of messages)
  fail(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
console.log(`publint: ${messages.length} messages`);

// ---- arethetypeswrong ----
try {
  execFileSync('node_modules/.bin/attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  console.log('arethetypeswrong: no problems');
} catch (error) {
  fail(`arethetypeswrong:\n${error.stdout}${error.stderr}`);
}

// ---- a consumer, typechecked against the tarball ----
const consumer = join(WORK, 'consumer');
const installed = join(consumer, 'node_modules/cxkit');
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
// Its other dependencies (lit, React's types…) resolve from this repository's node_modules above it.
writeFileSync(
  join(consumer, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      jsx: 'react-jsx',
      types: [],
    },
    files: ['consumer.tsx'],
  }),
);
writeFileSync(
  join(consumer, 'consumer.tsx'),
  `import { configure, CxApiError, type CxTicketHistory, type TicketHistoryFilters } from 'cxkit';
import 'cxkit/define.js';
import 'cxkit/components/ticket-history/define.js';
import { CxCustomerCard, CxProvider } from 'cxkit/react';
import { CxTicketHistory as HistoryOnly } from 'cxkit/react/ticket-history';
import { configure as configureFromCdn, discover } from 'cxkit/cdn/loader.js';
import * as cdn from 'cxkit/cdn/cxkit.js';

configure({ baseUrl: '/api', getAccessToken: async () => 'token', retry: { attempts: 2 } });
configureFromCdn({ baseUrl: '/api' });
discover(document.body);
const version: string = cdn.VERSION;

// The README's own listener, and the same on window and on an element.
document.addEventListener('cx-error', (event) => console.log(event.detail.message, event.detail.error));
window.addEventListener('cx-ticket-open', (event) => console.log(event.detail.ticket.id));
const history: CxTicketHistory = document.createElement('cx-ticket-history');
history.addEventListener('cx-auth-required', (event) => {
  const error: CxApiError = event.detail.error;
  console.log(error.kind);
});

const filters: TicketHistoryFilters = { status: ['on_hold', 'open'], channel: ['email'] };
// @ts-expect-error: the contract spells it on_hold; a misspelt status must not typecheck.
const misspelt: TicketHistoryFilters = { status: ['on-hold'] };
history.filters = filters;

export const App = () => (
  <CxProvider baseUrl="/api" getAccessToken={async () => 'token'}>
    <CxCustomerCard customerId="c_1" onCxActivityStart={(event) => event.preventDefault()} />
    <HistoryOnly customerId="c_1" onCxTicketOpen={(event) => console.log(event.detail.ticket.number)} />
  </CxProvider>
);
void [version, misspelt];
`,
);
const typescripts = {
  'this repository': 'node_modules/typescript/bin/tsc',
  'TypeScript 5.4': 'node_modules/typescript-5.4/bin/tsc',
};
for (const [name, tsc] of Object.entries(typescripts)) {
  try {
    execFileSync(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], {
      stdio: 'pipe',
      encoding: 'utf8',
    });
    console.log(`consumer typechecks with ${name}, skipLibCheck off`);
  } catch (error) {
    fail(`the consumer does not typecheck with ${name}:\n${error.stdout}${error.stderr}`);
  }
}

// ---- the shipped Custom Elements Manifest ----
const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
const tokens = new Set(readFileSync('src/core/tokens.ts', 'utf8').match(/--cx-[\w-]+(?=,)/g));
const definitions = new Set(
  manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((item) => item.kind === 'custom-element-definition')
      .map((item) => item.name),
  ),
);
for (const module of manifest.modules) {
  if (!existsSync(join(installed, module.path)))
    fail(`custom-elements.json names ${module.path}, which is not shipped`);
  for (const element of (module.declarations ?? []).filter((item) => item.customElement)) {
    const tag = element.tagName;
    if (!definitions.has(tag)) fail(`custom-elements.json has no definition of <${tag}>`);
    for (const event of element.events ?? [])
      if (!event.type?.text) fail(`<${tag}> ${event.name} has no type`);
    for (const member of element.members ?? [])
      if (member.privacy || member.name.startsWith('_'))
        fail(`<${tag}> lists ${member.privacy ?? ''} ${member.name}`);
    for (const member of element.members ?? [])
      if (/^[A-Z][A-Z0-9_]+$/.test(member.default ?? ''))
        fail(`<${tag}>.${member.name} defaults to a name: ${member.default}`);
    if (tag !== 'cx-provider') {
      const listed = new Set((element.cssProperties ?? []).map((property) => property.name));
      const missing = [...tokens].filter((token) => !listed.has(token));
      if (missing.length)
        fail(`<${tag}> does not list ${missing.length} design tokens (${missing.slice(0, 3).join(', ')}…)`);
    }
  }
}
for (const tag of readdirSync('src/components'))
  if (!definitions.has(`cx-${tag}`)) fail(`no definition of <cx-${tag}>`);
console.log(`custom-elements.json: ${definitions.size} elements, ${tokens.size} design tokens`);

if (failures.length) {
  console.error(`\nThe package has problems:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nThe package is fine as an integrator gets it.');
