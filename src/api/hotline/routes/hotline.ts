/**
 * The hotline console. The page itself is a static shell (no data, so no sign-in needed to
 * load it); every API it calls needs the JWT of a user whose role allows that action:
 * 话务员 (hotline-agent) for the console, 热线办 (hotline-office) for measures and the report.
 */
const page = { auth: false as const, prefix: '' };

export default {
  routes: [
    { method: 'GET', path: '/hotline', handler: 'console.page', config: page },
    { method: 'GET', path: '/hotline/report', handler: 'console.page', config: page },
    { method: 'GET', path: '/hotline/session', handler: 'session.me' },
    { method: 'GET', path: '/hotline/answers/:type/:code', handler: 'answer.findOne' },
    { method: 'GET', path: '/hotline/plain-lines', handler: 'answer.plainLines' },
    { method: 'POST', path: '/hotline/events', handler: 'event.create' },
    { method: 'GET', path: '/hotline/measures', handler: 'measure.measures' },
    { method: 'GET', path: '/hotline/unanswered', handler: 'measure.unanswered' },
  ],
};
