/** Replaced by the package's version when tsdown builds it (see tsdown.config.ts): nothing reads package.json at run time. */
declare const __DOLFIN_SDK_VERSION__: string;

export const SDK_HEADER = 'x-dolfin-sdk';

/** Which SDK sent a request, for the API's logs and support: `@dolfinai/server/<version>`. */
export const SDK_HEADER_VALUE = `@dolfinai/server/${__DOLFIN_SDK_VERSION__}`;
