// The body of GET /industries, as the bench server and the in-memory fetch both answer it.
export const industries = JSON.stringify([
  { id: 'b2d4f6a8-1234-5678-9abc-def012345678', name: 'Plumbing & HVAC', code: 'plumbing-hvac' },
  { id: 'c3e5a7b9-2345-6789-abcd-ef0123456789', name: 'Electrical', code: 'electrical' },
]);
