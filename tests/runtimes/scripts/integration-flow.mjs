// `<runtime> integration-flow.mjs <baseUrl>` runs the client-integration flow (flow.mjs) on Node, Bun or Deno
// and prints one JSON line with the runtime and what each step returned.
import { integrationFlow } from './flow.mjs';

const result = await integrationFlow(process.argv[2]);
const runtime =
  typeof Deno !== 'undefined'
    ? `deno ${Deno.version.deno}`
    : typeof Bun !== 'undefined'
      ? `bun ${Bun.version}`
      : `node ${process.versions.node}`;
console.log(JSON.stringify({ runtime, ...result }));
