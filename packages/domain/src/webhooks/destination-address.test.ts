import { describe, expect, it } from 'vitest';
import { classifyDestinationAddress, isIpLiteral } from './destination-address.ts';

describe('classifyDestinationAddress', () => {
  it.each<[string, string, string | null]>([
    // address, what it is, refused kind (null: allowed)
    ['93.184.215.14', 'a public IPv4 address', null],
    ['1.1.1.1', 'a public resolver', null],
    ['2606:4700:4700::1111', 'a public IPv6 address', null],
    ['127.0.0.1', 'IPv4 loopback', 'loopback'],
    ['127.255.255.254', 'the end of 127/8', 'loopback'],
    ['::1', 'IPv6 loopback', 'loopback'],
    ['10.0.0.1', 'RFC 1918 10/8', 'private'],
    ['172.16.0.1', 'RFC 1918 172.16/12', 'private'],
    ['172.31.255.255', 'the end of 172.16/12', 'private'],
    ['172.32.0.1', 'just outside 172.16/12', null],
    ['192.168.1.1', 'RFC 1918 192.168/16', 'private'],
    ['fc00::1', 'IPv6 unique local fc00::/7', 'private'],
    ['fd12:3456:789a::1', 'IPv6 unique local fd00::/8', 'private'],
    ['169.254.169.254', 'the cloud metadata service', 'link_local'],
    ['fe80::1', 'IPv6 link-local', 'link_local'],
    ['100.64.0.1', 'carrier-grade NAT 100.64/10', 'carrier_grade_nat'],
    ['100.127.255.255', 'the end of 100.64/10', 'carrier_grade_nat'],
    ['100.128.0.1', 'just outside 100.64/10', null],
    ['0.0.0.0', 'IPv4 unspecified', 'unspecified'],
    ['::', 'IPv6 unspecified', 'unspecified'],
    ['224.0.0.1', 'IPv4 multicast', 'multicast'],
    ['ff02::1', 'IPv6 multicast', 'multicast'],
    ['255.255.255.255', 'broadcast', 'broadcast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback', 'loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex', 'loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata service', 'link_local'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private', 'private'],
    ['::ffff:93.184.215.14', 'IPv4-mapped public', null],
    ['::127.0.0.1', 'IPv4-compatible loopback, read as mapped', 'loopback'],
    ['::7f00:1', 'IPv4-compatible loopback in hex', 'embedded_ipv4'],
    ['64:ff9b::7f00:1', 'NAT64 of 127.0.0.1', 'embedded_ipv4'],
    ['2002:7f00:1::', '6to4 of 127.0.0.1', 'embedded_ipv4'],
    ['192.0.2.10', 'TEST-NET-1 documentation', 'reserved'],
    ['240.0.0.1', 'class E', 'reserved'],
    ['[::1]', 'a bracketed URL host', 'loopback'],
    ['fe80::1%eth0', 'an address with a zone id', 'not_an_address'],
    ['example.com', 'a name, not an address', 'not_an_address'],
  ])('%s (%s)', (address, _what, refused) => {
    const verdict = classifyDestinationAddress(address);
    expect(verdict.allowed).toBe(refused === null);
    if (!verdict.allowed) expect(verdict.kind).toBe(refused);
  });

  it('names the IPv4 address a mapped IPv6 one stands for', () => {
    expect(classifyDestinationAddress('::ffff:7f00:1').address).toBe('127.0.0.1');
  });
});

describe('isIpLiteral', () => {
  it.each([
    ['127.0.0.1', true],
    ['[::1]', true],
    ['2606:4700::1111', true],
    ['hooks.example.com', false],
    ['localhost', false],
  ])('%s → %s', (host, expected) => {
    expect(isIpLiteral(host)).toBe(expected);
  });
});
