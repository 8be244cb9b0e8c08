export { createTestDatabase, type TTestDatabase } from './database/test-database.ts';
export { createDemoCompany, type TDemoCompany } from './demo/create-demo-company.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG } from './demo/demo-departments.ts';
export { getDemoStory } from './demo/demo-story.ts';
export { findDemoCompany } from './demo/find-demo-company.ts';
export {
  insertOrganization,
  insertUser,
  TEST_PASSWORD,
  type TTestOrganization,
} from './factories/organizations.ts';
export { signIn, type TSignedIn } from './factories/sign-in.ts';
export {
  startWebhookReceiver,
  type TReceivedWebhook,
  type TWebhookReceiver,
} from './webhooks/webhook-receiver.ts';
