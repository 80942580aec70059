/** Who is signed in, and what the console may show them (the report is the office's). */
import { signedInUser, type Ctx } from '../request-body';

export const OFFICE_ROLE = 'hotline-office';

export default () => ({
  async me(ctx: Ctx) {
    const user = signedInUser(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: {
        username: user.username,
        role: user.role ? { type: user.role.type, name: user.role.name } : null,
        canSeeReport: user.role?.type === OFFICE_ROLE,
      },
    };
  },
});
