import type { TEvidenceLink } from '@customeric/contracts';

/** Where each kind of evidence is listed in the app; the filters travel in the address. */
const PAGES: Record<TEvidenceLink['kind'], string> = {
  answers: '/voice/answers',
  breaches: '/promises/breaches',
  cases: '/cases',
};

export function evidenceHref(link: TEvidenceLink): string {
  const search = new URLSearchParams(link.query).toString();
  return search ? `${PAGES[link.kind]}?${search}` : PAGES[link.kind];
}
