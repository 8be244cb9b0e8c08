import type { TDatabase } from '@customeric/db';
import type { TRole } from '@customeric/domain';
import {
  createDepartment,
  createUser,
  createValueChain,
  previewPeopleImport,
  type TActor,
  updateUser,
} from '@customeric/services';

interface TOrgProbe {
  url: string;
  payload?: unknown;
  success: number;
  targetsObject?: boolean;
}

/** What the matrix knows of organisation A (the testing package's TTestOrganization). */
interface TProbeOrganization {
  admin: { id: string };
  actor: TActor;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: TProbeOrganization;
  usersByRole: ReadonlyMap<TRole, { id: string; email: string }>;
}

let counter = 0;
const unique = (text: string) => `${text} ${Date.now().toString(36)}-${++counter}`;

/**
 * The authorization matrix's probes for /api/org. Scoped writes (department heads edit their
 * own department's people, Value Chain Managers their own chains) probe objects the matrix's
 * department head and Value Chain Manager answer for, so the table's "yes" is a real yes.
 */
export function orgProbes(world: () => TProbeWorld): Record<string, () => Promise<TOrgProbe>> {
  const adminContext = () => ({ database: world().database, actor: world().orgA.actor });
  const department = () =>
    createDepartment(adminContext(), {
      name: unique('Probe department'),
      function: 'service',
      customerFacing: true,
      customerDepartmentLine: 'none',
      headId: null,
    });
  const userOf = (role: TRole) => world().usersByRole.get(role) as { id: string };
  const chainOfTheManager = async () =>
    createValueChain(adminContext(), {
      name: unique('Probe chain'),
      description: null,
      managerId: userOf('value_chain_manager').id,
    });
  return {
    'GET /api/org/settings': async () => ({ url: '/api/org/settings', success: 200 }),
    'PUT /api/org/settings': async () => ({
      url: '/api/org/settings',
      payload: {
        operatingModel: 'both',
        targetBand: { min: 25, max: 50 },
        customerDepartmentHeadId: null,
      },
      success: 200,
    }),
    'GET /api/org/chart': async () => ({ url: '/api/org/chart', success: 200 }),
    'GET /api/org/commitment': async () => ({ url: '/api/org/commitment', success: 200 }),
    'GET /api/org/departments': async () => ({ url: '/api/org/departments', success: 200 }),
    'POST /api/org/departments': async () => ({
      url: '/api/org/departments',
      payload: { name: unique('New department'), function: 'sales', customerFacing: true },
      success: 201,
    }),
    'GET /api/org/departments/:departmentId': async () => ({
      url: `/api/org/departments/${(await department()).id}`,
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/org/departments/:departmentId': async () => ({
      url: `/api/org/departments/${(await department()).id}`,
      payload: { customerDepartmentLine: 'indirect' },
      success: 200,
      targetsObject: true,
    }),
    'GET /api/org/people': async () => ({ url: '/api/org/people', success: 200 }),
    'GET /api/org/people/export': async () => ({ url: '/api/org/people/export', success: 200 }),
    'GET /api/org/people/:personId': async () => ({
      url: `/api/org/people/${world().orgA.admin.id}`,
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/org/people/:personId': async () => {
      const { id: departmentId } = await department();
      await updateUser(adminContext(), userOf('department_head').id, { departmentId });
      const target = await createUser(adminContext(), {
        email: `${unique('target').replace(/\W/g, '')}@probe.test`,
        name: 'Probe target',
        role: 'employee',
        password: 'probe target password',
        departmentId,
        isExecutive: false,
      });
      return {
        url: `/api/org/people/${target.id}`,
        payload: { title: 'Probe title', customerWorkShare: 30 },
        success: 200,
        targetsObject: true,
      };
    },
    'POST /api/org/people/import/preview': async () => ({
      url: '/api/org/people/import/preview',
      payload: { csv: `email,name\n${unique('p').replace(/\W/g, '')}@probe.test,Probe\n` },
      success: 200,
    }),
    'POST /api/org/people/import': async () => {
      const csv = `email,name\n${unique('p').replace(/\W/g, '')}@probe.test,Probe\n`;
      const { previewHash } = await previewPeopleImport(adminContext(), { csv });
      return { url: '/api/org/people/import', payload: { csv, previewHash }, success: 200 };
    },
    'GET /api/org/value-chains': async () => ({ url: '/api/org/value-chains', success: 200 }),
    'POST /api/org/value-chains': async () => ({
      url: '/api/org/value-chains',
      payload: { name: unique('New chain') },
      success: 201,
    }),
    'GET /api/org/value-chains/:valueChainId': async () => ({
      url: `/api/org/value-chains/${(await chainOfTheManager()).id}`,
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/org/value-chains/:valueChainId': async () => ({
      url: `/api/org/value-chains/${(await chainOfTheManager()).id}`,
      payload: { description: 'Changed by the probe' },
      success: 200,
      targetsObject: true,
    }),
    'PUT /api/org/value-chains/:valueChainId/stages': async () => {
      const chain = await chainOfTheManager();
      const { id: departmentId } = await department();
      return {
        url: `/api/org/value-chains/${chain.id}/stages`,
        payload: { stages: [{ name: 'Buy', ownerDepartmentIds: [departmentId] }] },
        success: 200,
        targetsObject: true,
      };
    },
  };
}
