import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from './webhook-url.ts';

describe('checkWebhookUrl', () => {
  it.each<[string, boolean, string | null]>([
    ['https://hooks.example.com/customeric', false, null],
    ['http://hooks.example.com:8080/in', false, null],
    ['https://93.184.215.14/in', false, null],
    ['ftp://hooks.example.com/', false, 'must start with https:// (or http://)'],
    ['hooks.example.com/in', false, 'is not a URL'],
    [
      'https://user:secret@hooks.example.com/',
      false,
      'must not carry a user name or password; receivers verify the signature',
    ],
    ['http://127.0.0.1:9000/', false, 'points at a loopback address'],
    ['http://127.1/', false, 'points at a loopback address'],
    ['http://0x7f000001/', false, 'points at a loopback address'],
    ['http://[::ffff:127.0.0.1]/', false, 'points at a loopback address'],
    [
      'http://169.254.169.254/latest/meta-data/',
      false,
      'points at a link-local address (where cloud metadata services live)',
    ],
    ['http://10.0.0.8/', false, 'points at a private network address'],
    ['http://127.0.0.1:9000/', true, null],
    ['http://10.0.0.8/', true, null],
  ])('%s (private allowed: %s)', (url, allowPrivate, message) => {
    const check = checkWebhookUrl(url, { allowPrivate });
    expect(check.ok ? null : check.message).toBe(message);
  });

  it('gives the bare host to resolve, without IPv6 brackets', () => {
    const check = checkWebhookUrl('http://[2606:4700::1111]:8443/x', { allowPrivate: false });
    expect(check).toMatchObject({ ok: true, host: '2606:4700::1111', isIpLiteral: true });
  });

  it('refuses a URL longer than 2000 characters', () => {
    const check = checkWebhookUrl(`https://example.com/${'a'.repeat(2000)}`, {
      allowPrivate: false,
    });
    expect(check.ok).toBe(false);
  });
});
