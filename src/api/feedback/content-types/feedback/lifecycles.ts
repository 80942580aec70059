/**
 * When an owner moves a flag on in the admin, the time is stamped once: answeredAt on the
 * first answer, settledAt when it is fixed or rejected. Kept here so every path (admin, API,
 * scripts) stamps alike.
 */
type Event = { model: { uid: string }; params: { data?: Record<string, unknown>; where?: Record<string, unknown> } };

export default {
  async beforeUpdate(event: Event) {
    const data = event.params.data;
    if (!data || typeof data.state !== 'string' || data.state === 'open' || !event.params.where) return;
    const stored = (await strapi.db.query(event.model.uid as never).findOne({ where: event.params.where, select: ['answeredAt', 'settledAt'] })) as
      | { answeredAt: unknown; settledAt: unknown }
      | null;
    const now = new Date();
    if (!stored?.answeredAt && !data.answeredAt) data.answeredAt = now;
    if ((data.state === 'fixed' || data.state === 'rejected') && !stored?.settledAt && !data.settledAt) data.settledAt = now;
  },
};
