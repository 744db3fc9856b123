import type { Session } from '@dolfinai/browser';
import { Choice } from './choice.js';

type Organisation = Session['organisations'][number];

/** Picks the organisation whose invoices are shown; only there when the user belongs to more than one. */
export function OrganisationSwitcher(props: {
  organisations: readonly Organisation[];
  selected: string;
  onSelect: (organisationId: string) => void;
}) {
  if (props.organisations.length < 2) return null;
  return (
    <Choice
      className="switcher"
      label="Organisation"
      value={props.selected}
      options={props.organisations.map(({ organisationId, organisationName }) => [
        organisationId,
        organisationName,
      ])}
      onChange={props.onSelect}
    />
  );
}
