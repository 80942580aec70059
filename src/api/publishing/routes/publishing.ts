/** Publishing commands: full-access API tokens only (read-only tokens cannot reach them). */
export default {
  routes: [
    { method: 'POST', path: '/publishing/publish', handler: 'publishing.publish' },
    { method: 'POST', path: '/publishing/revoke', handler: 'publishing.revoke' },
    { method: 'POST', path: '/publishing/rollback', handler: 'publishing.rollback' },
    { method: 'POST', path: '/publishing/replay', handler: 'publishing.replay' },
    { method: 'GET', path: '/consistency', handler: 'publishing.consistency' },
  ],
};
