import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Browsers accept a `__Host-` cookie only with Secure, which they allow over HTTPS and on
 * localhost. Over plain HTTP elsewhere the cookie keeps a plain name and drops Secure.
 */
const SECURE_NAME = '__Host-customeric_session';
const PLAIN_NAME = 'customeric_session';

function isSecureContext(request: FastifyRequest): boolean {
  return (
    request.protocol === 'https' || ['localhost', '127.0.0.1', '[::1]'].includes(request.hostname)
  );
}

export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_NAME] ?? request.cookies[PLAIN_NAME];
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
) {
  const secure = isSecureContext(request);
  reply.setCookie(secure ? SECURE_NAME : PLAIN_NAME, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  for (const name of [SECURE_NAME, PLAIN_NAME]) reply.clearCookie(name, { path: '/' });
}
