import type { TEvidenceLink } from '@customeric/contracts';
import { Link } from 'react-router';
import { evidenceHref } from '../../../lib/evidence-links.ts';

/** The links under a reason: the answers, breaches or cases it rests on. */
export function EvidenceList({ links }: { links: readonly TEvidenceLink[] }) {
  if (links.length === 0) return null;
  return (
    <span className="evidence">
      {links.map((link) => (
        <Link key={evidenceHref(link)} className="evidence__link" to={evidenceHref(link)}>
          {link.label} →
        </Link>
      ))}
    </span>
  );
}
