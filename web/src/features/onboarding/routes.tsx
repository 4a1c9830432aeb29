/** Invitations, passwords and the mail outbox (issue 19), lazy chunks. */
import type { RouteObject } from "react-router";

/** Screens for logged-in admins. */
export const onboardingRoutes: RouteObject[] = [
  {
    path: "/admin/invitations",
    lazy: () => import("./InvitePage").then((m) => ({ Component: m.InvitePage })),
  },
  {
    path: "/admin/mail",
    lazy: () => import("./UnsentMailsPage").then((m) => ({ Component: m.UnsentMailsPage })),
  },
  {
    path: "/settings/notices",
    lazy: () => import("./NoticeSettingsPage").then((m) => ({ Component: m.NoticeSettingsPage })),
  },
];

/** Screens a link in a mail opens, before anyone is logged in. */
export const onboardingPublicRoutes: RouteObject[] = [
  {
    path: "/invitation/:token",
    lazy: () =>
      import("./AcceptInvitationPage").then((m) => ({ Component: m.AcceptInvitationPage })),
  },
  {
    path: "/password-forgotten",
    lazy: () =>
      import("./PasswordForgottenPage").then((m) => ({ Component: m.PasswordForgottenPage })),
  },
  {
    path: "/password-reset/:token",
    lazy: () => import("./PasswordResetPage").then((m) => ({ Component: m.PasswordResetPage })),
  },
];
