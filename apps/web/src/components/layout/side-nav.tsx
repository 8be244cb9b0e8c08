import { MODULES } from '@customeric/contracts';
import { NavLink } from 'react-router';

interface TSideNavProps {
  onNavigate?: () => void;
}

function getLinkClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'side-nav__link side-nav__link--active' : 'side-nav__link';
}

/** Every module of the product, in MODULES order; the unbuilt ones say so. */
export function SideNav({ onNavigate }: TSideNavProps) {
  return (
    <nav className="side-nav" aria-label="Modules">
      <ul className="side-nav__list">
        <li>
          <NavLink to="/" end className={getLinkClass} onClick={onNavigate}>
            <span>Dashboard</span>
          </NavLink>
        </li>
        {MODULES.map((module) => (
          <li key={module.key}>
            <NavLink
              to={`/${module.key}`}
              className={getLinkClass}
              onClick={onNavigate}
              title={module.summary}
            >
              <span>{module.title}</span>
              {module.built ? null : (
                <span className="side-nav__badge">
                  soon<span className="visually-hidden">: not built yet</span>
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
