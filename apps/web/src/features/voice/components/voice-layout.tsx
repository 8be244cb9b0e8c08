import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { usePermissions } from '../../../lib/permissions.ts';

const TABS = [
  { path: '/voice', label: 'Surveys', permission: 'voice.read', end: true },
  { path: '/voice/answers', label: 'Answers', permission: 'voice.read' },
  { path: '/voice/themes', label: 'Themes', permission: 'voice.read' },
  { path: '/voice/import', label: 'Import answers', permission: 'voice.answers.write' },
] as const;

export function VoiceLayout() {
  const permissions = usePermissions();
  const { pathname } = useLocation();
  // The surveys tab also stands for a survey's own pages (/voice/surveys/…).
  const isActive = (path: string, active: boolean) =>
    active || (path === '/voice' && pathname.startsWith('/voice/surveys'));
  const tabs = useRef<HTMLElement>(null);
  const openTab = TABS.find((tab) => tab.path !== '/voice' && pathname.startsWith(tab.path));
  const openPath = openTab?.path ?? '/voice';
  // On a phone the tabs scroll sideways: keep the open one in sight.
  useEffect(() => {
    const nav = tabs.current;
    const active = nav?.querySelector<HTMLElement>(`a[href="${openPath}"]`);
    if (nav && active) nav.scrollLeft = active.offsetLeft - nav.offsetLeft - 16;
  }, [openPath]);
  return (
    <>
      <PageHeader
        title="Voice"
        description="What customers say: surveys tied to the touchpoint they are about, their answers and the themes in the comments."
      />
      <nav className="tabs tabs--top" aria-label="Voice" ref={tabs}>
        {TABS.filter((tab) => permissions.has(tab.permission)).map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            end={'end' in tab}
            className={({ isActive: active }) =>
              isActive(tab.path, active) ? 'tabs__tab tabs__tab--active' : 'tabs__tab'
            }
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
