/**
 * A real Strapi with the sample content released on every channel, the hotline roles and
 * users of those roles, for the hotline's API and browser tests.
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { setUpHotline } from '../../src/bootstrap/hotline-roles';
import { searchRuntime } from '../../src/bootstrap/set-up-search';
import { startApp, type TestApp } from '../helpers/app';
import { drainAndReport } from '../helpers/publishing';
import { seedQuietly } from '../helpers/seeded';

export type HotlineUser = { id: number; username: string; password: string; jwt: string };

/** Starts the app, seeds and delivers the sample content, and makes sure the roles exist. */
export async function startHotlineApp(): Promise<TestApp> {
  const app = await startApp();
  await seedQuietly(app);
  await drainAndReport(app);
  await searchRuntime(app.strapi).index.rebuild();
  // Idempotent: src/index.ts calls it at bootstrap too once it is wired.
  await setUpHotline(app.strapi);
  return app;
}

/** A users-permissions user of a role (`hotline-agent`, `hotline-office`, `authenticated`), signed in. */
export async function createUser(app: TestApp, roleType: string, username: string): Promise<HotlineUser> {
  const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } })) as { id: number } | null;
  if (!role) throw new Error(`No users-permissions role of type ${roleType}`);
  const password = `Pw-${randomBytes(9).toString('base64url')}`;
  const user = await app.strapi.plugin('users-permissions').service('user').add({
    username, email: `${username}@hotline.test`, password, provider: 'local', confirmed: true, blocked: false, role: role.id,
  });
  const login = await request(app.server).post('/api/auth/local').send({ identifier: username, password });
  if (login.status !== 200) throw new Error(`Sign-in of ${username} answered ${login.status}: ${JSON.stringify(login.body)}`);
  return { id: user.id as number, username, password, jwt: login.body.jwt as string };
}

/** A Strapi admin user (the owners work in the admin) with a role by code, signed in; returns the admin JWT. */
export async function createAdminUser(app: TestApp, roleCode: 'strapi-editor' | 'strapi-author' | 'strapi-super-admin', email: string): Promise<string> {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number } | null;
  if (!role) throw new Error(`No admin role ${roleCode}`);
  const password = `Pw1-${randomBytes(9).toString('base64url')}`;
  await app.strapi.service('admin::user').create({ email, firstname: '嘉欣', lastname: '陈', password, isActive: true, roles: [role.id], registrationToken: null });
  const login = await request(app.server).post('/admin/login').send({ email, password });
  if (login.status !== 200) throw new Error(`Admin sign-in answered ${login.status}: ${JSON.stringify(login.body)}`);
  return login.body.data.token as string;
}
