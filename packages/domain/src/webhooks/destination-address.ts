import ipaddr from 'ipaddr.js';

/**
 * Why an address may not receive webhooks. Only addresses of the public internet may:
 * anything else lets whoever adds an endpoint make the server call into its own network
 * (SSRF), the cloud metadata service (169.254.169.254) included.
 */
export type TRefusedAddressKind =
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'carrier_grade_nat'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'embedded_ipv4'
  | 'reserved'
  | 'not_an_address';

export type TAddressVerdict =
  | { allowed: true; address: string }
  | { allowed: false; address: string; kind: TRefusedAddressKind };

const REFUSED_LABELS: Record<TRefusedAddressKind, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  link_local: 'a link-local address (where cloud metadata services live)',
  carrier_grade_nat: 'a carrier-grade NAT address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  embedded_ipv4: 'an IPv6 address that carries an IPv4 address inside it',
  reserved: 'a reserved or documentation-only address',
  not_an_address: 'not an IP address',
};

const RANGE_KINDS: Record<string, TRefusedAddressKind> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link_local',
  carrierGradeNat: 'carrier_grade_nat',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  // Translation prefixes reach IPv4 hosts (127.0.0.1 included) through a gateway.
  rfc6052: 'embedded_ipv4',
  rfc6145: 'embedded_ipv4',
  '6to4': 'embedded_ipv4',
  teredo: 'embedded_ipv4',
};

function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  // ::a.b.c.d (deprecated "IPv4-compatible"): the first 96 bits are zero.
  return address.parts.slice(0, 6).every((part) => part === 0);
}

function kindOf(parsed: ipaddr.IPv4 | ipaddr.IPv6): TRefusedAddressKind | null {
  const range = parsed.range();
  if (range === 'unicast') {
    return parsed.kind() === 'ipv6' && isIpv4Compatible(parsed as ipaddr.IPv6)
      ? 'embedded_ipv4'
      : null;
  }
  return RANGE_KINDS[range] ?? 'reserved';
}

/**
 * Classifies one IP address (v4 or v6, as DNS or a URL gives it). IPv4-mapped IPv6 addresses
 * (::ffff:127.0.0.1) are judged as the IPv4 address they stand for.
 */
export function classifyDestinationAddress(text: string): TAddressVerdict {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  // Zone ids (fe80::1%eth0) name an interface: never a public destination.
  if (!ipaddr.isValid(bare) || bare.includes('%')) {
    return { allowed: false, address: text, kind: 'not_an_address' };
  }
  const parsed = ipaddr.process(bare);
  const address = parsed.toString();
  const kind = kindOf(parsed);
  return kind ? { allowed: false, address, kind } : { allowed: true, address };
}

/** Whether a URL host is an IP literal rather than a name to resolve. */
export function isIpLiteral(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipaddr.isValid(bare);
}

export function describeRefusedAddress(kind: TRefusedAddressKind): string {
  return REFUSED_LABELS[kind];
}
