/**
 * The console's pages live at /hotline and /hotline/report, outside the /api prefix that
 * every route file gets, so they are added to the server's root router at bootstrap (as
 * Strapi's own public-folder routes are). The handler is the `console.page` controller.
 */
import type { Core } from '@strapi/strapi';

export const CONSOLE_PAGES = ['/hotline', '/hotline/report'] as const;

type PageController = { page(ctx: unknown): Promise<void> };

const registered = new WeakSet<Core.Strapi>();

/** Serves the console's shell at its two addresses, without sign-in (it holds no data). Once per app. */
export function registerConsolePages(strapi: Core.Strapi): void {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  const controller = () => strapi.controller('api::hotline.console' as never) as unknown as PageController;
  strapi.server.routes(
    CONSOLE_PAGES.map((path) => ({ method: 'GET' as const, path, handler: (ctx: unknown) => controller().page(ctx), config: { auth: false as const } })),
  );
}
