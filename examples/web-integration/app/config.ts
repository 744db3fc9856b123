/** What the app needs to know at run time, served beside it as `/config.json` (see server/app-host.ts). */
export interface AppConfig {
  /** The Dolfin API origin. */
  dolfinBaseUrl: string;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const config = (await response.json()) as Partial<AppConfig>;
  if (typeof config.dolfinBaseUrl !== 'string') throw new Error('/config.json has no dolfinBaseUrl');
  return { dolfinBaseUrl: config.dolfinBaseUrl };
}
