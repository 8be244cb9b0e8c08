import type { FastifyInstance } from 'fastify';
import { TEST_PASSWORD } from './organizations.ts';

export interface TSignedIn {
  /** Headers to send with inject(): the session cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs in through the real log-in route, as a browser would. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<TSignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { csrfToken } = response.json() as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}
