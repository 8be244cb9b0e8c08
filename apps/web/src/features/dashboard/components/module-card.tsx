import { Link } from 'react-router';

interface TModuleCardProps {
  moduleKey: string;
  title: string;
  summary: string;
  built: boolean;
}

export function ModuleCard({ moduleKey, title, summary, built }: TModuleCardProps) {
  return (
    <article className={built ? 'module-card' : 'module-card module-card--unbuilt'}>
      <h3 className="module-card__title">
        <Link to={`/${moduleKey}`} className="module-card__link">
          {title}
        </Link>
      </h3>
      <p className="module-card__summary">{summary}</p>
      <p className={built ? 'status status--ready' : 'status status--pending'}>
        {built ? 'Ready to use' : 'Not built yet'}
      </p>
    </article>
  );
}
