import type { Session } from '@dolfinai/browser';

type Organisation = Session['organisations'][number];

/** Picks the organisation whose invoices are shown; only there when the user belongs to more than one. */
export function OrganisationSwitcher(props: {
  organisations: readonly Organisation[];
  selected: string;
  onSelect: (organisationId: string) => void;
}) {
  if (props.organisations.length < 2) return null;
  return (
    <label className="switcher">
      Organisation{' '}
      <select value={props.selected} onChange={(event) => props.onSelect(event.target.value)}>
        {props.organisations.map(({ organisationId, organisationName }) => (
          <option key={organisationId} value={organisationId}>
            {organisationName}
          </option>
        ))}
      </select>
    </label>
  );
}
