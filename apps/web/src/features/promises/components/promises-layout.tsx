import { NavLink, Outlet } from 'react-router';

const TABS = [
  { path: '/promises', label: 'Bill of Rights', end: true },
  { path: '/promises/compliance', label: 'Compliance', end: false },
  { path: '/promises/breaches', label: 'Breaches', end: false },
  { path: '/promises/calendars', label: 'Calendars', end: false },
] as const;

/** The promises module's tabs; each page brings its own header. */
export function PromisesLayout() {
  return (
    <>
      <nav className="tabs tabs--top" aria-label="Promises">
        {TABS.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            end={tab.end}
            className={({ isActive }) => (isActive ? 'tabs__tab tabs__tab--active' : 'tabs__tab')}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
