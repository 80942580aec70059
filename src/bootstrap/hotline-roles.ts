/**
 * The hotline console at bootstrap (`setUpHotline`): its roles, the admin's feedback worklist
 * and its two pages. The two users-permissions roles are created once and topped up on every
 * start (an admin may grant more; nothing is taken away):
 * - 话务员 (hotline-agent): search, read released content, open answers, flag them, report
 *   what they did with a search. No content type's create/update: agents cannot edit content.
 * - 热线办 (hotline-office): the agent's actions plus the measures, the unanswered queries, the
 *   feedback list and the raw search log.
 * Only actions the app really has are granted; expected ones that are missing are logged.
 */
import type { Core } from '@strapi/strapi';
import { registerConsolePages } from '../api/hotline/console-pages';
import { FEEDBACK_UID } from '../hotline';
import { ensureSearchLogIndexes } from '../hotline/search-log-store';

export const AGENT_ROLE = { type: 'hotline-agent', name: '话务员 Hotline agent', description: '12345 agents: search, read and flag answers in the hotline console' };
export const OFFICE_ROLE = { type: 'hotline-office', name: '热线办 Hotline office', description: 'The hotline office: console, measures, unanswered queries, feedback list' };

/** The search route's action; the search API is wired by src/index.ts (see docs/hotline.md). */
export const SEARCH_ACTIONS = ['api::search.search.find'];

export const AGENT_ACTIONS = [
  ...SEARCH_ACTIONS,
  'api::hotline.session.me',
  'api::hotline.answer.findOne',
  'api::hotline.answer.plainLines',
  'api::hotline.event.create',
  'api::feedback.feedback.create',
  'api::published.knowledge.find',
  'api::published.knowledge.findOne',
  'api::published.guide.find',
  'api::published.guide.findOne',
  'api::published.bundle-guide.find',
  'api::published.bundle-guide.findOne',
];

export const OFFICE_ACTIONS = [
  ...AGENT_ACTIONS,
  'api::hotline.measure.measures',
  'api::hotline.measure.unanswered',
  'api::feedback.feedback.find',
  'api::feedback.feedback.findOne',
  'api::search-log.search-log.find',
  'api::search-log.search-log.findOne',
];

type Role = { type: string; name: string; description: string };

/** Every content-API action the app has, the way users-permissions names them. */
function appActions(strapi: Core.Strapi): Set<string> {
  const actions = new Set<string>();
  for (const [apiName, api] of Object.entries(strapi.apis)) {
    for (const [controllerName, controller] of Object.entries((api as { controllers: Record<string, object | undefined> }).controllers)) {
      // A helper module in a controllers folder (published-content.ts) is no controller.
      for (const action of Object.keys(controller ?? {})) actions.add(`api::${apiName}.${controllerName}.${action}`);
    }
  }
  return actions;
}

async function ensureRole(strapi: Core.Strapi, role: Role): Promise<number> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const found = (await roles.findOne({ where: { type: role.type } })) as { id: number } | null;
  if (found) return found.id;
  return ((await roles.create({ data: role })) as { id: number }).id;
}

async function grant(strapi: Core.Strapi, roleId: number, actions: readonly string[]): Promise<void> {
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = (await permissions.findMany({ where: { role: roleId, action: { $in: [...actions] } } })) as { action: string }[];
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of actions.filter((a) => !have.has(a))) await permissions.create({ data: { action, role: roleId } });
}

export type HotlineRolesReport = { agentRoleId: number; officeRoleId: number; missingActions: string[] };

/** Creates the agent and office roles if missing and grants their actions. */
export async function ensureHotlineRoles(strapi: Core.Strapi): Promise<HotlineRolesReport> {
  const existing = appActions(strapi);
  const missingActions = OFFICE_ACTIONS.filter((action) => !existing.has(action));
  if (missingActions.length > 0) strapi.log.warn(`hotline roles: these actions do not exist (yet) and were not granted: ${missingActions.join(', ')}`);
  const agentRoleId = await ensureRole(strapi, AGENT_ROLE);
  const officeRoleId = await ensureRole(strapi, OFFICE_ROLE);
  await grant(strapi, agentRoleId, AGENT_ACTIONS.filter((a) => existing.has(a)));
  await grant(strapi, officeRoleId, OFFICE_ACTIONS.filter((a) => existing.has(a)));
  await ensureDemoUsers(strapi, { agentRoleId, officeRoleId });
  return { agentRoleId, officeRoleId, missingActions };
}

/**
 * In development only, with HOTLINE_DEMO_PASSWORD set: the users `agent` and `office`, so a
 * newcomer can try the console. Production users are created in the admin (Content Manager →
 * User, role 话务员 or 热线办).
 */
async function ensureDemoUsers(strapi: Core.Strapi, roles: { agentRoleId: number; officeRoleId: number }): Promise<void> {
  const password = process.env.HOTLINE_DEMO_PASSWORD;
  if (process.env.NODE_ENV !== 'development' || !password) return;
  const users = strapi.plugin('users-permissions').service('user');
  for (const [username, role] of [['agent', roles.agentRoleId], ['office', roles.officeRoleId]] as const) {
    const found = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
    if (found) continue;
    await users.add({ username, email: `${username}@hotline.example`, password, provider: 'local', confirmed: true, blocked: false, role });
    strapi.log.info(`hotline: created the demo user "${username}" (development only)`);
  }
}

type ListMetadata = { label?: string; searchable?: boolean; sortable?: boolean };
type CmConfiguration = { settings: Record<string, unknown>; metadatas: Record<string, { edit: object; list: ListMetadata }>; layouts: { list: string[] } & Record<string, unknown> };

/** The columns owners and the office see in Content Manager → 纠错反馈, with Chinese labels. */
const FEEDBACK_COLUMNS: Record<string, string> = {
  id: 'ID', state: '处理状态', category: '问题类型', subjectCode: '编码', subjectTitle: '标准问 / 名称', ownerName: '负责人', dueAt: '答复截止',
};

/**
 * Shows feedback in the admin as a worklist: state, category, subject, owner and deadline,
 * earliest deadline first. Applied while the list still has Strapi's default columns, so an
 * admin's own arrangement is kept.
 */
export async function configureFeedbackList(strapi: Core.Strapi): Promise<boolean> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = contentTypes.findContentType(FEEDBACK_UID);
  const config = (await contentTypes.findConfiguration(contentType)) as CmConfiguration;
  const defaultList = ['id', ...Object.keys(strapi.contentType(FEEDBACK_UID as never).attributes).slice(0, 3)];
  if (JSON.stringify(config.layouts.list) !== JSON.stringify(defaultList)) return false;
  const metadatas = { ...config.metadatas };
  for (const [field, label] of Object.entries(FEEDBACK_COLUMNS)) {
    if (metadatas[field]) metadatas[field] = { ...metadatas[field], list: { ...metadatas[field].list, label } };
  }
  await contentTypes.updateConfiguration(contentType, {
    settings: { ...config.settings, mainField: 'subjectCode', defaultSortBy: 'dueAt', defaultSortOrder: 'ASC' },
    metadatas,
    layouts: { ...config.layouts, list: Object.keys(FEEDBACK_COLUMNS) },
  });
  return true;
}

/** Everything the hotline needs at bootstrap: log indexes, the roles (and dev demo users), the admin worklist, the pages. */
export async function setUpHotline(strapi: Core.Strapi): Promise<HotlineRolesReport> {
  await ensureSearchLogIndexes(strapi);
  const report = await ensureHotlineRoles(strapi);
  await configureFeedbackList(strapi);
  registerConsolePages(strapi);
  return report;
}
