// A Cloudflare Worker that runs the client-integration flow (flow.mjs) against env.DOLFIN_API_URL when it gets a
// request, and answers with the runtime and what each step returned, or a 500 with the error's stack.
// Bundled by esbuild from the built packages and run in workerd by Miniflare (test/workerd.test.ts), without the
// nodejs_compat flag: it proves the clients need nothing but the web platform.
import { integrationFlow } from './flow.mjs';

export default {
  async fetch(_request, env) {
    try {
      const result = await integrationFlow(env.DOLFIN_API_URL);
      return Response.json({
        runtime: navigator.userAgent,
        nodeGlobals: typeof process !== 'undefined',
        ...result,
      });
    } catch (error) {
      return Response.json({ error: String(error?.stack ?? error) }, { status: 500 });
    }
  },
};
