export { authenticateApiKey, markApiKeyUsed } from './access/authenticate-api-key.ts';
export { createApiKey } from './access/create-api-key.ts';
export { createOrganization, type TCreateOrganizationInput } from './access/create-organization.ts';
export { createUser } from './access/create-user.ts';
export { findApiKeys } from './access/find-api-keys.ts';
export { findAuditEntries } from './access/find-audit-entries.ts';
export { findUsers } from './access/find-users.ts';
export { getOrganization } from './access/get-organization.ts';
export { login, SESSION_HOURS } from './access/login.ts';
export { logout } from './access/logout.ts';
export { hashPassword } from './access/passwords.ts';
export { recordAudit } from './access/record-audit.ts';
export { resolveSession, type TResolvedSession } from './access/resolve-session.ts';
export { revokeApiKey } from './access/revoke-api-key.ts';
export { secretsEqual } from './access/tokens.ts';
export { updateUser } from './access/update-user.ts';
export { AppError } from './common/app-error.ts';
export type { TActor, TServiceContext } from './common/context.ts';
export {
  runIdempotent,
  runIdempotentStream,
  type TIdempotentAnswer,
  type TStoredAnswer,
} from './common/idempotency.ts';
export { createContact } from './customers/create-contact.ts';
export { createCustomer, createCustomerIn } from './customers/create-customer.ts';
export { findContacts } from './customers/find-contacts.ts';
export { findCustomers } from './customers/find-customers.ts';
export { getCustomerOverview } from './customers/get-customer-overview.ts';
export { updateCustomer } from './customers/update-customer.ts';
export { createEventMapping } from './events/create-event-mapping.ts';
export { deleteEventMapping } from './events/delete-event-mapping.ts';
export { findEventIngests } from './events/find-event-ingests.ts';
export { findEventMappings } from './events/find-event-mappings.ts';
export { findEvents } from './events/find-events.ts';
export { findTimeline } from './events/find-timeline.ts';
export { getEventStats } from './events/get-event-stats.ts';
export { getTimelineSummary } from './events/get-timeline-summary.ts';
export {
  ingestCloudEventsIn,
  ingestEventBatch,
  ingestEventBatchIn,
} from './events/ingest-event-batch.ts';
export { ingestEventStream, type TStreamOptions } from './events/ingest-event-stream.ts';
export {
  readEventRecords,
  type TEventFileFormat,
  type TEventRecord,
} from './events/read-event-records.ts';
export { createDepartment } from './org/create-department.ts';
export { createValueChain } from './org/create-value-chain.ts';
export { exportPeopleCsv } from './org/export-people-csv.ts';
export { findDepartments } from './org/find-departments.ts';
export { findPeople } from './org/find-people.ts';
export { findValueChains } from './org/find-value-chains.ts';
export { getCommitmentSummary } from './org/get-commitment-summary.ts';
export { getDepartmentById } from './org/get-department.ts';
export { getOrgChart } from './org/get-org-chart.ts';
export { getOrgSettings } from './org/get-org-settings.ts';
export { getPersonById } from './org/get-person.ts';
export { getValueChainById } from './org/get-value-chain.ts';
export { importPeople } from './org/import-people.ts';
export { previewPeopleImport } from './org/preview-people-import.ts';
export { replaceValueChainStages } from './org/replace-value-chain-stages.ts';
export { updateDepartment } from './org/update-department.ts';
export { updateOrgSettings } from './org/update-org-settings.ts';
export { updatePerson } from './org/update-person.ts';
export { updateValueChain } from './org/update-value-chain.ts';
