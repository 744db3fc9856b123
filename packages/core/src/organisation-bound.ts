import type { paths } from '@dolfinai/types';
import type { ORGANISATION_HEADER } from './headers.js';

type OrganisationHeader = typeof ORGANISATION_HEADER;

/** An operation whose organisation header the client fills in, so the caller may leave it out. */
type WithOptionalOrganisation<Operation> = Operation extends {
  parameters: { header: { [Key in OrganisationHeader]: string } };
}
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Operation['parameters'], 'header'> & {
        header?: Omit<Operation['parameters']['header'], OrganisationHeader> & {
          [Key in OrganisationHeader]?: string;
        };
      };
    }
  : Operation;

/**
 * The Dolfin paths as seen by a client created with an `organisationId`: the organisation header, required by the
 * spec on most operations, becomes optional because the client sends it (a per-request header still overrides it).
 */
export type OrganisationBoundPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: WithOptionalOrganisation<paths[Path][Method]> };
};
