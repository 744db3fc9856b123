import { type Problem, problemMessages } from './problems.js';

/** What went wrong and what to do, in place of the page. */
export function ProblemView({ problem }: { problem: Problem }) {
  const { title, text } = problemMessages[problem];
  return (
    <section className="problem" data-problem={problem}>
      <h1>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
