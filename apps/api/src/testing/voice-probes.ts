import { ZCreateSurveyRequest } from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import {
  createContact,
  createCustomer,
  createInvitations,
  createSurvey,
  createTheme,
  ingestAnswerBatch,
  type TActor,
} from '@customeric/services';

interface TVoiceProbe {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  success: number;
  targetsObject?: boolean;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: { organization: { id: string }; actor: TActor };
}

let counter = 0;
const unique = (text: string) => `${text} ${Date.now().toString(36)}-${++counter}`;

/**
 * The authorization matrix's probes for surveys, invitations, answers, themes and the public
 * answer page. Probes that use something up (a draft deleted, a link answered) make a fresh
 * one each time; the probe survey asks without a recontact limit, so every link is new.
 */
export function voiceProbes(world: () => TProbeWorld): Record<string, () => Promise<TVoiceProbe>> {
  const admin = () => ({ database: world().database, actor: world().orgA.actor });
  let shared: { surveyId: string; customerId: string; contactId: string; themeId: string } | null =
    null;
  const newSurvey = async (status: 'draft' | 'active') =>
    (
      await createSurvey(
        admin(),
        ZCreateSurveyRequest.parse({
          name: unique('Probe survey'),
          kind: 'nps',
          question: 'How likely are you to recommend us?',
          status,
          recontactDays: 0,
        }),
      )
    ).id;
  const world0 = async () => {
    if (shared) return shared;
    const customer = await createCustomer(admin(), {
      name: 'Probe voice customer',
      segment: 'Probe',
      relationshipLevel: 'transactional',
      ownerUserId: null,
      status: 'active',
      startedOn: null,
      churnedOn: null,
      churnReason: null,
      externalKeys: [],
    });
    const contact = await createContact(admin(), customer.id, {
      name: 'Pat Probe',
      email: null,
      phone: null,
      title: null,
      isPrimary: true,
    });
    const theme = await createTheme(admin(), {
      name: 'Probe theme',
      description: null,
      rules: [{ language: null, terms: ['probe'] }],
    });
    shared = {
      surveyId: await newSurvey('active'),
      customerId: customer.id,
      contactId: contact.id,
      themeId: theme.id,
    };
    return shared;
  };
  const freshToken = async () => {
    const { surveyId, customerId } = await world0();
    const result = await createInvitations(admin(), surveyId, {
      customerIds: [customerId],
      contactIds: [],
      eventId: null,
      dryRun: false,
    });
    return (result.invited[0]?.link ?? '').replace('/s/', '');
  };
  const answerOfA = async () => {
    const { surveyId, customerId } = await world0();
    const result = await ingestAnswerBatch(admin(), surveyId, [
      {
        externalId: unique('probe'),
        customerId,
        score: 3,
        comment: 'a probe comment',
        answeredAt: '2026-01-05T10:00:00Z',
      },
    ]);
    return result.results[0]?.id as string;
  };
  const surveyUrl = async (tail = '') => `/api/surveys/${(await world0()).surveyId}${tail}`;
  return {
    'GET /api/surveys': async () => ({ url: '/api/surveys?status=active', success: 200 }),
    'POST /api/surveys': async () => ({
      url: '/api/surveys',
      payload: { name: unique('Probe'), kind: 'csat', question: 'How satisfied are you?' },
      success: 201,
    }),
    'GET /api/surveys/:surveyId': async () => ({
      url: await surveyUrl(),
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/surveys/:surveyId': async () => ({
      url: await surveyUrl(),
      payload: { commentPrompt: unique('Why?') },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/surveys/:surveyId': async () => ({
      url: `/api/surveys/${await newSurvey('draft')}`,
      success: 204,
      targetsObject: true,
    }),
    'POST /api/surveys/:surveyId/invitations': async () => ({
      url: await surveyUrl('/invitations'),
      payload: { customerIds: [(await world0()).customerId], dryRun: true },
      success: 200,
      targetsObject: true,
    }),
    'GET /api/surveys/:surveyId/invitations': async () => ({
      url: await surveyUrl('/invitations'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/voice/settings': async () => ({ url: '/api/voice/settings', success: 200 }),
    'PUT /api/voice/settings': async () => ({
      url: '/api/voice/settings',
      payload: { recontactDays: 30, linkValidDays: 30 },
      success: 200,
    }),
    'GET /api/answers': async () => ({ url: '/api/answers?kind=nps', success: 200 }),
    'POST /api/surveys/:surveyId/answers::batch': async () => ({
      url: await surveyUrl('/answers:batch'),
      payload: {
        answers: [
          {
            externalId: unique('b'),
            customerId: (await world0()).customerId,
            score: 8,
            answeredAt: '2026-01-05T10:00:00Z',
          },
        ],
      },
      success: 200,
      targetsObject: true,
    }),
    'POST /api/surveys/:surveyId/answers::import': async () => ({
      url: await surveyUrl('/answers:import'),
      headers: { 'content-type': 'text/csv' },
      payload: `externalId,customerId,score,answeredAt\n${unique('c').replace(/\s/g, '')},${(await world0()).customerId},9,2026-01-05T10:00:00Z\n`,
      success: 200,
      targetsObject: true,
    }),
    'POST /api/answers/:answerId/themes': async () => ({
      url: `/api/answers/${await answerOfA()}/themes`,
      payload: { themeId: (await world0()).themeId },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/answers/:answerId/themes/:themeId': async () => ({
      url: `/api/answers/${await answerOfA()}/themes/${(await world0()).themeId}`,
      success: 204,
      targetsObject: true,
    }),
    'GET /api/themes': async () => ({ url: '/api/themes', success: 200 }),
    'POST /api/themes': async () => ({
      url: '/api/themes',
      payload: { name: unique('Probe theme'), rules: [{ language: 'en', terms: ['probe*'] }] },
      success: 201,
    }),
    'PATCH /api/themes/:themeId': async () => ({
      url: `/api/themes/${(await world0()).themeId}`,
      payload: { description: unique('probe') },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/themes/:themeId': async () => {
      await world0();
      const theme = await createTheme(admin(), {
        name: unique('Gone'),
        description: null,
        rules: [],
      });
      return { url: `/api/themes/${theme.id}`, success: 204, targetsObject: true };
    },
    'POST /api/themes::preview': async () => ({
      url: '/api/themes:preview',
      payload: { rules: [{ language: null, terms: ['probe'] }] },
      success: 200,
    }),
    'POST /api/themes::rerun': async () => ({ url: '/api/themes:rerun', success: 200 }),
    'GET /api/public/surveys/:token': async () => ({
      url: `/api/public/surveys/${await freshToken()}`,
      success: 200,
    }),
    'POST /api/public/surveys/:token/answer': async () => ({
      url: `/api/public/surveys/${await freshToken()}/answer`,
      payload: { score: 9, comment: 'Fine' },
      success: 201,
    }),
  };
}
