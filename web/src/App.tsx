/**
 * Routes. The login page and the shell load eagerly; every other screen is a lazy chunk so the
 * login page loads little JavaScript.
 */
import { createBrowserRouter, RouterProvider } from "react-router";
import { AppShell } from "./components/AppShell";
import { RequireAuth } from "./components/RequireAuth";
import { LoginPage } from "./routes/LoginPage";
import { NotFoundPage } from "./routes/NotFoundPage";
import { featureRoutes, publicFeatureRoutes } from "./routes";

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: "/login", element: <LoginPage /> },
      ...publicFeatureRoutes,
      {
        element: <RequireAuth />,
        children: [
          {
            path: "/",
            lazy: () => import("./routes/HomePage").then((m) => ({ Component: m.HomePage })),
          },
          ...featureRoutes,
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
