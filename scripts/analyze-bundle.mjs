import { build } from "vite";
const sizes = {};
await build({
  configFile: "web/vite.config.ts",
  logLevel: "silent",
  build: { write: false },
  plugins: [
    {
      name: "sz",
      generateBundle(_o, bundle) {
        for (const c of Object.values(bundle)) {
          if (c.type !== "chunk") continue;
          for (const [id, m] of Object.entries(c.modules)) {
            const k = id
              .replace(/.*node_modules\//, "")
              .split("/")
              .slice(0, id.includes("@") ? 2 : 1)
              .join("/");
            sizes[k] = (sizes[k] ?? 0) + m.renderedLength;
          }
        }
      },
    },
  ],
});
console.log(
  Object.entries(sizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15),
);
