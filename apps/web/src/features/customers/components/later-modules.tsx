const LATER = [
  ['Cases', 'Open and closed problems that crossed departments, with their owners and handoffs.'],
  ['Scores', 'This customer’s survey answers and scores over time, and why they moved.'],
  [
    'Value',
    'Revenue, margin and lifetime value, the value added to the customer, health and churn risk.',
  ],
] as const;

/** Room for what later modules add to the customer 360, said plainly rather than faked. */
export function LaterModules() {
  return (
    <section aria-labelledby="later-title">
      <h2 id="later-title" className="visually-hidden">
        Coming with later modules
      </h2>
      <div className="later-grid">
        {LATER.map(([title, text]) => (
          <article key={title} className="later-card">
            <h3>{title}</h3>
            <p className="muted">{text}</p>
            <p className="later-card__note">Arrives with the {title.toLowerCase()} module.</p>
          </article>
        ))}
      </div>
    </section>
  );
}
