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
export { getBridgePeople } from './cases/bridges/get-bridge-people.ts';
export { bulkUpdateCases } from './cases/bulk-update-cases.ts';
export { createCaseComment, findCaseComments } from './cases/case-comments.ts';
export {
  assignProgrammeJob,
  CASE_PROGRAMME_JOBS,
  checkCaseClocksJob,
  followUpDetractorsJob,
  remindProgrammeJob,
} from './cases/case-programme-jobs.ts';
export { getCaseSettings, updateCaseSettings } from './cases/case-settings.ts';
export { createCaseStatus, findCaseStatuses, updateCaseStatus } from './cases/case-statuses.ts';
export { deleteCaseView, findCaseViews, saveCaseView } from './cases/case-views.ts';
export {
  checkCaseClocks,
  checkCaseClocksIn,
  type TClockCheckResult,
} from './cases/clocks/check-case-clocks.ts';
export {
  createClockPolicy,
  findClockPolicies,
  updateClockPolicy,
} from './cases/clocks/clock-policies.ts';
export { findCaseEscalations } from './cases/clocks/find-case-escalations.ts';
export { getCaseClocks } from './cases/clocks/get-case-clocks.ts';
export { closeFollowUp, getCaseFollowUp } from './cases/closed-loop/close-follow-up.ts';
export {
  openFollowUpCases,
  openFollowUpCasesIn,
} from './cases/closed-loop/open-follow-up-cases.ts';
export { createCase, createCaseIn } from './cases/create-case.ts';
export { findCases } from './cases/find-cases.ts';
export { getCaseDetail } from './cases/get-case.ts';
export { getCaseLedger } from './cases/get-case-ledger.ts';
export { getBounceRanking, getHandoffFlows, getHeldTimes } from './cases/get-ledger-figures.ts';
export { handOffCase } from './cases/hand-off-case.ts';
export { createCallListened } from './cases/programme/calls-listened.ts';
export { findLearnings } from './cases/programme/find-learnings.ts';
export { findProgrammeAssignments } from './cases/programme/find-programme-assignments.ts';
export { getCaseProgramme } from './cases/programme/get-case-programme.ts';
export { getProgrammeOverview } from './cases/programme/get-programme-overview.ts';
export {
  getProgrammeSettings,
  updateProgrammeSettings,
} from './cases/programme/programme-settings.ts';
export { recordPersonalHandling } from './cases/programme/record-personal-handling.ts';
export { remindOverdueAssignments } from './cases/programme/remind-overdue-assignments.ts';
export {
  runProgrammeAssignment,
  runProgrammeAssignmentIn,
} from './cases/programme/run-programme-assignment.ts';
export { transitionCase } from './cases/transition-case.ts';
export { updateCase } from './cases/update-case.ts';
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
export { defineJob, type TJobContext, type TJobDefinition } from './jobs/define-job.ts';
export {
  createJobQueue,
  sendInTransaction,
  type TJobQueue,
  type TSendOptions,
} from './jobs/job-queue.ts';
export { startJobRunner, type TJobRunner } from './jobs/job-runner.ts';
export {
  createMailer,
  mailerFromEnvironment,
  type TMailer,
  type TMailerConfig,
} from './mail/create-mailer.ts';
export { deliverPendingMail, type TDeliveryResult } from './mail/deliver-pending-mail.ts';
export {
  createCompetitor,
  deleteCompetitor,
  findCompetitors,
  updateCompetitor,
} from './market/competitors.ts';
export { getMarketAnalysis } from './market/get-market-analysis.ts';
export { importMarketCsv } from './market/import-market-csv.ts';
export {
  deleteMarketPeriod,
  findMarketPeriods,
  putMarketPeriod,
  saveMarketPeriodBatch,
} from './market/save-market-periods.ts';
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
export { createBusinessCalendar } from './promises/calendars/create-business-calendar.ts';
export { deleteBusinessCalendar } from './promises/calendars/delete-business-calendar.ts';
export { findBusinessCalendars } from './promises/calendars/find-business-calendars.ts';
export { updateBusinessCalendar } from './promises/calendars/update-business-calendar.ts';
export { createPromise } from './promises/create-promise.ts';
export { deletePromise } from './promises/delete-promise.ts';
export { evaluatePendingEvents } from './promises/evaluate-pending-events.ts';
export { evaluatePromiseHistoryIn } from './promises/evaluate-promise-history.ts';
export {
  exportPromiseBreachesCsv,
  exportPromiseOutcomesCsv,
} from './promises/export-promises-csv.ts';
export { findPromiseBreaches, getPromiseBreachById } from './promises/find-promise-breaches.ts';
export { findPromiseOutcomes } from './promises/find-promise-outcomes.ts';
export { findPromises, getPromiseById } from './promises/find-promises.ts';
export { getCustomerPromises } from './promises/get-customer-promises.ts';
export { getPromiseCompliance } from './promises/get-promise-compliance.ts';
export { getPublicCharter } from './promises/get-public-charter.ts';
export { previewPromise } from './promises/preview-promise.ts';
export { PROMISE_JOBS } from './promises/promise-jobs.ts';
export { reevaluatePromise } from './promises/reevaluate-promise.ts';
export {
  getPromiseEvaluation,
  requestPromiseEvaluation,
} from './promises/request-promise-evaluation.ts';
export { sweepDeadlines } from './promises/sweep-deadlines.ts';
export { updatePromise } from './promises/update-promise.ts';
export { getScoreControlChart } from './scores/get-score-control-chart.ts';
export { getScoreOverview } from './scores/get-score-overview.ts';
export { getScoreTable } from './scores/get-score-table.ts';
export { getScoreWhy } from './scores/get-score-why.ts';
export { applyThemeRulesIn, rerunThemeRules } from './voice/apply-theme-rules.ts';
export { createInvitations } from './voice/create-invitations.ts';
export { createSurvey } from './voice/create-survey.ts';
export { findAnswers } from './voice/find-answers.ts';
export { findInvitations } from './voice/find-invitations.ts';
export { findSurveys, getSurveyById } from './voice/find-surveys.ts';
export { importAnswersCsv, type TAnswerImportOptions } from './voice/import-answers-csv.ts';
export { ingestAnswerBatch, ingestAnswerBatchIn } from './voice/ingest-answer-batch.ts';
export { previewThemeRules } from './voice/preview-theme-rules.ts';
export { getPublicSurvey, submitPublicAnswer } from './voice/public-survey.ts';
export { tagAnswer, untagAnswer } from './voice/tag-answers.ts';
export { createTheme, deleteTheme, findThemes, updateTheme } from './voice/themes.ts';
export { deleteSurvey, updateSurvey } from './voice/update-survey.ts';
export { getVoiceSettings, updateVoiceSettings } from './voice/voice-settings.ts';
export { createWebhookEndpoint } from './webhooks/create-webhook-endpoint.ts';
export { deleteWebhookEndpoint } from './webhooks/delete-webhook-endpoint.ts';
export {
  createDeliverWebhookJob,
  deliverWebhook,
  deliverWebhookJob,
} from './webhooks/deliver-webhook.ts';
export { findWebhookDeliveries } from './webhooks/find-webhook-deliveries.ts';
export { findWebhookEndpoints, getWebhookEndpointById } from './webhooks/find-webhook-endpoints.ts';
export { findWebhookMessages, getWebhookMessageById } from './webhooks/find-webhook-messages.ts';
export { getWebhookDeliveryById } from './webhooks/get-webhook-delivery.ts';
export { listWebhookEventTypes } from './webhooks/list-webhook-event-types.ts';
export {
  publishWebhookMessage,
  type TPublishedWebhookMessage,
  type TWebhookMessageInput,
} from './webhooks/publish-webhook-message.ts';
export { retryWebhookDelivery } from './webhooks/retry-webhook-delivery.ts';
export { rotateWebhookSecret } from './webhooks/rotate-webhook-secret.ts';
export { sendTestWebhook } from './webhooks/send-test-webhook.ts';
export { updateWebhookEndpoint } from './webhooks/update-webhook-endpoint.ts';
export {
  PRIVATE_DESTINATION_DETAIL,
  readWebhookSettings,
  type TResolveHost,
  type TWebhookSettings,
} from './webhooks/webhook-settings.ts';
