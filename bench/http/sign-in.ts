import type { TSeededOrganization } from './seed.ts';

/** Signs in over HTTP as a browser does and returns the Cookie header for later requests. */
export async function signInOverHttp(baseUrl: string, org: TSeededOrganization): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: org.adminEmail, password: org.adminPassword }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Fails early, with the answer shown, if the list route does not give a full page. */
export async function checkUsersList(url: string, cookie: string, expected: number): Promise<void> {
  const response = await fetch(url, { headers: { cookie } });
  const body = (await response.json()) as { items?: unknown[] };
  if (response.status !== 200 || body.items?.length !== expected) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
}
