import { createServerClient, DolfinOptionError, isDolfinError } from '@dolfinai/server';
import { describe, expect, it } from 'vitest';

function optionErrorOf(build: () => unknown): DolfinOptionError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(DolfinOptionError);
    return error as DolfinOptionError;
  }
  throw new Error('expected the options to be rejected');
}

describe('createServerClient options', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['not a string', 42],
  ])('rejects an apiKey that is %s', (_, apiKey) => {
    const error = optionErrorOf(() => createServerClient({ apiKey } as never));
    expect(error.option).toBe('apiKey');
    expect(error.message).toMatch(/apiKey is required/);
  });

  it.each(['api.dolfinai.co', '/v1', 'ftp://api.dolfinai.co', 'https://api.dolfinai.co/?x=1'])(
    'rejects the baseUrl %s',
    (baseUrl) => {
      expect(optionErrorOf(() => createServerClient({ apiKey: 'k', baseUrl })).option).toBe('baseUrl');
    },
  );

  it.each(['acme', '9a658587-fe02-402e-b1ac', '9a658587fe02402eb1acbfaf53274ef8'])(
    'rejects the organisationId %s',
    (organisationId) => {
      expect(optionErrorOf(() => createServerClient({ apiKey: 'k', organisationId })).option).toBe(
        'organisationId',
      );
    },
  );

  it.each([
    ['a line break', 'dol_live_se\r\ncret'],
    ['a NUL', 'dol_live_se\0cret'],
    ['a space', 'dol_live se cret'],
    ['a non-ASCII letter', 'dol_live_sécret'],
  ])('rejects an apiKey holding %s without quoting it', (_, apiKey) => {
    const error = optionErrorOf(() => createServerClient({ apiKey }));
    expect(error.option).toBe('apiKey');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toMatch(/se.?cret/);
  });

  it('rejects a missing options object', () => {
    expect(optionErrorOf(() => createServerClient(undefined as never)).option).toBe('options');
  });

  it('never puts the API key in the error', () => {
    const error = optionErrorOf(() => createServerClient({ apiKey: 'dol_live_secret', baseUrl: 'nope' }));
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('dol_live_secret');
  });

  it('names its errors and recognises them across copies', () => {
    const error = optionErrorOf(() => createServerClient({ apiKey: '' }));
    expect(error.name).toBe('DolfinOptionError');
    expect(isDolfinError(error)).toBe(true);
    expect(isDolfinError(new Error('other'))).toBe(false);
  });

  it('accepts a baseUrl with a trailing slash or a path prefix', () => {
    expect(() => createServerClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:4010/' })).not.toThrow();
    expect(() => createServerClient({ apiKey: 'k', baseUrl: 'https://proxy.example/dolfin' })).not.toThrow();
  });
});
