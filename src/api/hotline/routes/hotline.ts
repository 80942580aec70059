/**
 * The hotline console's API. Every route needs the JWT of a user whose role allows the
 * action: 话务员 (hotline-agent) for the console, 热线办 (hotline-office) for measures. The
 * pages themselves (/hotline, /hotline/report) are static shells outside /api, registered by
 * console-pages.ts.
 */
export default {
  routes: [
    { method: 'GET', path: '/hotline/session', handler: 'session.me' },
    { method: 'GET', path: '/hotline/answers/:type/:code', handler: 'answer.findOne' },
    { method: 'GET', path: '/hotline/plain-lines', handler: 'answer.plainLines' },
    { method: 'POST', path: '/hotline/events', handler: 'event.create' },
    { method: 'GET', path: '/hotline/measures', handler: 'measure.measures' },
    { method: 'GET', path: '/hotline/unanswered', handler: 'measure.unanswered' },
  ],
};
