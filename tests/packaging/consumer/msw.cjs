// The CommonJS build of @dolfinai/mock/msw: require() it with msw's CJS build and answer one request.
const { setupServer } = require('msw/node');
const { createHandlers } = require('@dolfinai/mock/msw');

async function main() {
  const server = setupServer(...createHandlers({ baseUrl: 'https://api.dolfinai.co' }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const response = await fetch('https://api.dolfinai.co/industries', {
      headers: { 'x-dolfin-api-key': 'any' },
    });
    const industries = await response.json();
    console.log(JSON.stringify({ status: response.status, industry: industries[0].name }));
  } finally {
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
