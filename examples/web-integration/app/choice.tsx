/** A labelled drop-down: each option a `[value, label]` pair. */
export function Choice(props: {
  label: string;
  value: string;
  options: Iterable<readonly [value: string, label: string]>;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <label className={props.className}>
      {props.label}{' '}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {Array.from(props.options, ([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
