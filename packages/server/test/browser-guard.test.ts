import { createServerClient, DolfinOptionError } from '@dolfinai/server';
import { afterEach, describe, expect, it } from 'vitest';

/** Makes this Node process look like a browser page, as bundlers' test setups (jsdom) do. */
function pretendBrowser() {
  Object.assign(globalThis, { window: globalThis, document: {} });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
});

describe('server client in a browser', () => {
  it('refuses to start, naming the option that would allow it', () => {
    pretendBrowser();
    expect(() => createServerClient({ apiKey: 'dol_live_abc123' })).toThrow(DolfinOptionError);
    expect(() => createServerClient({ apiKey: 'dol_live_abc123' })).toThrow(/dangerouslyAllowBrowser/);
  });

  it('refuses to start in a Web or Service Worker too', () => {
    Object.assign(globalThis, { importScripts: () => undefined });
    try {
      expect(() => createServerClient({ apiKey: 'dol_live_abc123' })).toThrow(/dangerouslyAllowBrowser/);
    } finally {
      Reflect.deleteProperty(globalThis, 'importScripts');
    }
  });

  it('starts when dangerouslyAllowBrowser is set explicitly', () => {
    pretendBrowser();
    expect(() =>
      createServerClient({ apiKey: 'dol_live_abc123', dangerouslyAllowBrowser: true }),
    ).not.toThrow();
  });

  it('starts on a server', () => {
    expect(() => createServerClient({ apiKey: 'dol_live_abc123' })).not.toThrow();
  });
});
